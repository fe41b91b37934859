// The relation finder's role reader: a role cue of the fact base ("CEO", "chief executive", "chair") read
// with the organisation and the person around it, in steps. And the judging of a role claim, which the
// phrase readers (relation_phrases.cpp) share.
#include <algorithm>
#include <string>
#include <vector>

#include "match/relation_finder.hpp"

namespace factcheck {

// What the words around a role cue say, as far as read: each step reads on from the last.
struct RelationFinder::RoleReading {
  std::optional<Name> org, person;
  std::size_t after = 0;         // the token after the cue, or after the organisation it is "of"
  std::size_t title = 0;         // where the title starts: "interim CEO"
  bool org_follows = false;      // "chair Stargate": the cue is a verb and the organisation its object
  bool org_named_apart = false;  // named elsewhere: "Microsoft will ..., Chief Executive Satya Nadella said"
  bool org_unnamed = false;      // found in the base alone: a date in the sentence dates something else
  // Found as the one organisation where the base gives the person another role ("The CFO, Dana
  // Whitcombe" where she is its chief executive): it may contradict, when the base names this role's
  // holder there.
  bool org_by_other_role = false;
  // Found as the one organisation the text goes on about with a holder of this role on record, for a
  // person the base gives no role ("says CEO Pieter Janssens" in a story on Maison Verrier): it may
  // contradict, as the text says whose role it is by saying nothing else.
  bool org_by_topic = false;
  // Referred to ("its chief executive") where no one organisation is: the title is of none the sentence
  // names elsewhere.
  bool referred_to_none = false;
  std::size_t lead = 0;  // where the role phrase starts: the organisation or the cue
  Polarity polarity = Polarity::asserted;
  bool ended_by_event = false;  // "removed ... as", "is out as": an event ended the role
};

// ---- the cue-led reader ------------------------------------------------------------------------------

// "OpenAI CEO Sam Altman", "Microsoft's chief executive, Satya Nadella", "Satya Nadella, Microsoft's
// CEO", "the chief executive of OpenAI, Sam Altman", "Altman is no longer OpenAI's CEO", "former OpenAI
// CEO Mira Murati", "Masayoshi Son, who will chair Stargate".
void RelationFinder::role(const CueMention& cue) {
  // "vice-president", "deputy chair": another title, held by someone the base does not list.
  std::size_t before = cue.first_token;
  if (before > begin() && tok(before - 1).is("-")) --before;
  if (before > begin() && token_is(tok(before - 1), {"vice", "deputy", "assistant", "associate"})) return;
  RoleReading r;
  r.after = cue.last_token;
  role_organisation(cue, r);
  if (!role_person_after(r)) return;
  // "our chairman Masayoshi Son": the speaker's organisation, unnamed. ("their chief executive" is read
  // as a title no organisation is named for: the one the person holds a role at.)
  if (!r.org && r.title > begin() && token_is(tok(r.title - 1), {"our", "my", "your", "his", "her"})) return;
  if (!r.org && (r.referred_to_none || !role_organisation_elsewhere(cue, r))) return;
  r.lead = r.org_named_apart ? cue.first_token : std::min(r.org->first, cue.first_token);
  if (!r.person) {
    // The person before: "Satya Nadella, Microsoft's CEO", "Nadella, the CEO of Microsoft",
    // "Altman is no longer OpenAI's CEO", "Son, who will chair Stargate".
    if (auto n = person_before(r.lead)) r.person = n;
  }
  if (!r.person) r.person = person_bracketed(r.lead, r.after);
  if (!r.person) return;
  role_polarity(cue, r);
  Claim claim = role_judged(cue, r);
  // An organisation found by the person's role confirms; it contradicts only what the sentence says ended
  // or denies ("ex-chief Altman" of the chief executive now), or, found by another role of theirs, a
  // title the base gives someone else there and the sentence ties to no other organisation.
  // One named as a place or a party ("will present the data at CTAD", "talks with Halden") is not the
  // one the title is of.
  // Nor is one named after the person's own verb: "CEO Sophie Ng calls Marlowe underserved".
  const std::size_t person_end = r.person ? r.person->last : cue.last_token;
  const bool other_named = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
    const bool after_verb = r.person && r.person->first >= cue.last_token && m.first_token > person_end &&
                            in(person_end) && tok(person_end).is_word() &&
                            !token_is(tok(person_end), {"of", "at"});
    return !m.entity->is_person() && m.entity != r.org->thing.entity && !after_verb &&
           !(m.first_token > begin() && token_is(tok(m.first_token - 1), {"at", "in", "to", "with", "from",
                                                                          "for", "on", "into", "against"}));
  });
  // (But the organisation that opens the sentence and names the person to the title is its own:
  // "Eldmark named Mira Santos (CFO) to the board".)
  const bool appointer = r.org_named_apart && r.org->first == begin() && in(r.org->last) &&
                         token_is(tok(r.org->last), {"named", "appointed", "hired", "promoted"});
  if (r.org_named_apart && claim.verdict == Verdict::contradicted && r.polarity == Polarity::asserted &&
      !((r.org_by_other_role || r.org_by_topic) && !other_named) && !appointer)
    return;
  role_add(cue, r, std::move(claim));
}

// The organisation the title is of: named before it ("OpenAI's CEO"), after it ("the CEO of OpenAI",
// "will chair Stargate"), or referred to ("its chief executive").
void RelationFinder::role_organisation(const CueMention& cue, RoleReading& r) const {
  // "OpenAI's interim CEO": a word of the title between the organisation and the cue.
  r.title = cue.first_token;
  if (r.title > begin() + 1 && token_is(tok(r.title - 1), {"interim", "acting"})) --r.title;
  // "Sam Altman is the company's CEO", "Satya Nadella, its chief executive": the organisation the
  // sentence or the one before speaks of, if one of them has this role on record.
  // So is "CEO of the company". The words that refer are [ref_first, ref_last).
  const auto plain_noun = [&](std::size_t k) {
    return token_is(tok(k), {"company", "firm", "startup", "group", "venture", "lab", "project"});
  };
  std::size_t ref_first = r.title, ref_last = r.title;
  if (r.title > begin() && tok(r.title - 1).is("its")) {
    ref_first = r.title - 1;
  } else if (r.title > begin() + 2 && tok(r.title - 1).is("'s") && tok(r.title - 3).is("the") &&
             plain_noun(r.title - 2)) {
    ref_first = r.title - 3;
  } else if (in(r.after + 2) && tok(r.after).is("of") && tok(r.after + 1).is("the") &&
             plain_noun(r.after + 2)) {
    ref_first = r.after;
    ref_last = r.after + 3;
  }
  if (ref_first < ref_last) {
    const Entity* only = nullptr;
    int orgs = 0;
    // The sentence, then its antecedents, then the sentence before. "Its" refers back: to the sentence
    // before the word, and of the antecedents, to those the sentence before names, if it names any:
    // "Northfield is still trading ... Its boss, Keith Ormsby, ..., and the board's chief executive" speaks
    // of Northfield's boss, though only the board, which the text is about, has one on record.
    const auto in_previous = [&](const Entity* e) {
      return std::any_of(v_.previous.begin(), v_.previous.end(),
                         [&](const EntityMention& p) { return p.entity == e && !e->is_person(); });
    };
    const bool back = tok(ref_first).is("its");  // (not "the company's": "…, said KabayanPay")
    const bool previous_referred =
        back && std::any_of(v_.antecedents.begin(), v_.antecedents.end(),
                            [&](const EntityMention& m) { return in_previous(m.entity); });
    for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
      for (const EntityMention& m : *list) {
        if (m.entity->is_person() || (back && list == &v_.entities && m.first_token >= ref_first) ||
            (list == &v_.antecedents && previous_referred && !in_previous(m.entity)))
          continue;
        if (m.entity != only && !facts_.facts_for(cue.predicate->id, m.entity->id).empty()) {
          only = m.entity;
          ++orgs;
        }
      }
      if (orgs) break;
    }
    r.referred_to_none = back && orgs != 1;
    if (orgs == 1) {
      const std::string said(
          v_.text.substr(tok(ref_first).start, tok(ref_last - 1).end - tok(ref_first).start));
      r.org = Name{{said, only}, ref_first, ref_last};
      if (ref_last > r.title) r.after = ref_last;
    }
  }
  // "Masayoshi Son of SoftBank chairs the venture": the organisation a person is "of" is theirs, not
  // the title's.
  const auto affiliation = [&](const EntityMention* m) {
    if (m->first_token < begin() + 2 || !tok(m->first_token - 1).is("of")) return false;
    const EntityMention* p = ending_at(m->first_token - 1);
    return p && p->entity->is_person();
  };
  if (r.org) {
  } else if (const EntityMention* m = entity_before(r.title, true);
             m && !m->entity->is_person() && !affiliation(m)) {
    r.org = from_mention(m);
  } else if (in(r.after) && tok(r.after).is("of")) {
    auto n = organisation_at(r.after + 1);
    if (n) {
      r.org = n;
      r.after = n->last;
    }
  } else if (auto n = organisation_at(r.after);
             n && cue.first_token > begin() &&
             !token_is(tok(cue.first_token - 1), {"'s", "the", "a", "an"})) {
    r.org = n;
    r.after = n->last;
    r.org_follows = true;
  }
}

// The person after the role phrase: "OpenAI CEO Sam Altman", "Microsoft's CEO is Satya Nadella". False
// when the words after the cue name another role ("OpenAI Chief Operating Officer").
bool RelationFinder::role_person_after(RoleReading& r) const {
  std::size_t p = r.after;
  if (!r.org_follows && in(p) && tok(p).is(",")) ++p;
  // A person the base does not know needs a first and a last name: in a title-case headline,
  // "Microsoft CEO Warns" names nobody, nor does "Saltmarsh Chair Opens Site"; and "OpenAI Chief
  // Operating Officer Brad Lightcap" names another role.
  if (in(p) && token_is(tok(p), {"operating", "financial",  "technology",     "technical",   "scientist",
                                 "marketing", "product",    "research",       "information", "security",
                                 "strategy",  "legal",      "commercial",     "people",      "revenue",
                                 "data",      "digital",    "medical",        "science",     "investment",
                                 "economist", "operations", "communications", "officer",     "compliance",
                                 "content",   "growth",     "business",       "design",      "architect"}))
    return false;
  // "Microsoft's CEO is Satya Nadella", "the chairman of the venture is Masayoshi Son", and in lists
  // and tables "OpenAI CEO: Mira Murati".
  // A fact box's row leads the eye to the name: "CEO ...... Sam Altman", "Chairman | Masayoshi Son".
  if (!r.org_follows)
    while (in(p + 1) && token_is(tok(p), {".", "...", "|"}) && (tok(p).is("|") || is_leader(v_.tokens, p)))
      ++p;
  if (!r.org_follows && in(p + 1) && token_is(tok(p), {"is", "was", "remains", ":", "="})) {
    // "OpenAI's chief executive is currently Mira Murati": a word of time between.
    const std::size_t q =
        in(p + 2) && token_is(tok(p + 1), {"now", "currently", "still", "presently", "again"}) ? p + 2
                                                                                               : p + 1;
    if (auto n = name_at(past_address(q)); n && n->thing.entity && n->thing.entity->is_person())
      p = past_address(q);
  }
  // "Chief Medical Officer Dr Rania Haddad": a word of address before the name.
  p = past_address(p);
  if (auto n = name_at(p);
      !r.org_follows && n && (n->thing.entity ? n->thing.entity->is_person() : n->last - n->first >= 2))
    r.person = n;
  return true;
}

// The role's organisation when the title names none: one the sentence names elsewhere, or the one the base
// gives the person this role at. False when there is none, or more than one.
bool RelationFinder::role_organisation_elsewhere(const CueMention& cue, RoleReading& r) const {
  // The role's organisation named elsewhere in the sentence: the one whose role the person holds or
  // held ("interim chief executive Mira Murati", "ex-chief Altman"). Found so, it can confirm, never
  // contradict: the sentence did not say whose role it is.
  if (!r.person) r.person = person_before(cue.first_token);
  if (!r.person) r.person = person_bracketed(r.title, r.after);
  if (!r.person) return false;
  // A role said to be "of" something the sentence does not name as ours is that something's:
  // "Masayoshi Son, chairman and representative director of the said company".
  for (std::size_t k = cue.last_token; k < std::min(end(), cue.last_token + 5); ++k)
    if (tok(k).is("of")) return false;
  if (!r.person->thing.entity) return role_organisation_of_topic(cue, r);
  for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
    for (const EntityMention& m : *list) {
      if (r.org || m.entity->is_person() || !holds_or_held(*m.entity, *r.person->thing.entity, cue.predicate))
        continue;
      r.org = from_mention(&m);
      r.org_named_apart = true;
    }
  }
  // Nobody's role named at all ("Interim CEO Mira Murati spoke"): the one organisation in the base
  // whose role of this kind the person holds or held. Not where the sentence names an organisation
  // with holders of this role on record: the role may be that one's.
  // (One the base knows holders of this role for: another organisation may have chairs the base
  // does not list.)
  // (The one organisation where the base gives the person a role is no other one: "Eldmark named Mira
  // Santos (CFO)" where the sources make her Eldmark's CTO.)
  const Entity* own = organisation_of_role(*r.person->thing.entity);
  const auto names_organisation = [&](const std::vector<EntityMention>& list) {
    return std::any_of(list.begin(), list.end(), [&](const EntityMention& m) {
      return !m.entity->is_person() && m.entity != own &&
             !facts_.facts_for(cue.predicate->id, m.entity->id).empty();
    });
  };
  if (!r.org && names_organisation(v_.entities)) return false;
  if (!r.org) {
    // Through the role's facts, not every entity: a base learned from many sources names thousands.
    const Entity* only = nullptr;
    for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
      const Fact& f = facts_.facts()[fi];
      const std::string& who = r.person->thing.entity->id;
      const bool held =
          f.value.entity == who || std::any_of(f.earlier.begin(), f.earlier.end(),
                                               [&](const FactValue& v) { return v.entity == who; });
      const Entity* e = held ? facts_.entity(f.subject) : nullptr;
      if (!e || e->is_person() || e == only) continue;
      if (only) return false;
      only = e;
    }
    // Nor where the text goes on about other organisations and never names that one: "Head coach Ellie
    // Marsh says ..." in a story on Harbour City is not about the academy the sources say she coaches.
    const auto names_only = [&](const EntityMention& m) { return m.entity == only; };
    const bool others_topic = only &&
                              std::none_of(v_.antecedents.begin(), v_.antecedents.end(), names_only) &&
                              std::any_of(v_.antecedents.begin(), v_.antecedents.end(),
                                          [](const EntityMention& m) { return !m.entity->is_person(); });
    if (others_topic) return false;
    if (!only) {
      only = organisation_of_role(*r.person->thing.entity);
      if (!only) return role_organisation_of_topic(cue, r);
      if (facts_.facts_for(cue.predicate->id, only->id).empty()) return false;
      r.org_by_other_role = true;
    }
    r.org = Name{{only->name, only}, cue.first_token, cue.last_token};
    r.org_named_apart = true;
    r.org_unnamed = true;
  }
  return true;
}

bool RelationFinder::role_organisation_of_topic(const CueMention& cue, RoleReading& r) const {
  // Not where the sentence names an organisation, known or not ("Kuusamo Juusto's chief executive"),
  // nor of a rival or another body ("rival CEO ...").
  if (headline() || std::any_of(v_.entities.begin(), v_.entities.end(),
                                [](const EntityMention& m) { return !m.entity->is_person(); }))
    return false;
  if (r.title > begin() && token_is(tok(r.title - 1), {"rival", "another", "other", "their", "sister"}))
    return false;
  for (std::size_t k = begin(); k < end(); ++k) {
    if ((k >= cue.first_token && k <= cue.last_token) || (k >= r.person->first && k < r.person->last))
      continue;
    // (A word opening the sentence names no one, unless the title follows: "Swisslink CEO Jonas Brunner".)
    const bool opens = (k == begin() || !tok(k - 1).is_word()) && k + 1 != r.title;
    if (tok(k).is_word() && v_.capitalized(k) && !opens && !is_function_word(tok(k))) return false;
  }
  const Entity* only = nullptr;
  for (const EntityMention& m : v_.antecedents) {
    if (m.entity->is_person() || m.entity == only ||
        facts_.facts_for(cue.predicate->id, m.entity->id).empty())
      continue;
    if (only) return false;
    only = m.entity;
  }
  if (!only) return false;
  r.org = Name{{only->name, only}, cue.first_token, cue.last_token};
  r.org_named_apart = true;
  r.org_unnamed = true;
  r.org_by_topic = true;
  return true;
}

// Whether the role is said to be held, denied or over: the words between the person and the role, an
// event that ended it, "former" before it.
void RelationFinder::role_polarity(const CueMention& cue, RoleReading& r) const {
  if (r.person->last <= r.lead) r.polarity = polarity_between(v_, r.person->last, r.lead);
  // "The board removed Sam Altman as chief executive": the verb before the person ends the role. So do
  // "is out as", "stepped down as" and "resigned as" after it: events, right at their time.
  if (r.person->first > begin() && r.person->last <= cue.first_token &&
      ends_a_role(tok(r.person->first - 1))) {
    r.polarity = Polarity::ceased;
    r.ended_by_event = true;
  }
  for (std::size_t k = r.person->last; k < r.lead && r.polarity == Polarity::ceased; ++k)
    r.ended_by_event = r.ended_by_event || token_is(tok(k), {"out", "down", "resigned", "resigns"});
  // "boss Greg Tamblyn quit in January", "chief executive Gareth Lyle has stepped down": the verb right
  // after the person, the title before.
  if (r.lead < r.person->first) {
    std::size_t k = r.person->last;
    while (in(k) && token_is(tok(k), {"has", "had", "have"})) ++k;
    // (Past forms only: "retires in April" is a plan.)
    if (in(k) && (token_is(tok(k), {"resigned", "quit", "retired"}) ||
                  (in(k + 1) && tok(k).is("stepped") && tok(k + 1).is("down")))) {
      r.polarity = Polarity::ceased;
      r.ended_by_event = true;
    }
  }
  // "former OpenAI CEO Mira Murati", "ex-chief Altman": the words right before the role phrase.
  const std::size_t front = std::min(r.lead, r.person->first);
  if (front > begin()) {
    const Polarity before = polarity_in(v_, front >= begin() + 2 ? front - 2 : begin(), front);
    if (before == Polarity::ceased) r.polarity = Polarity::ceased;
  }
}

// The role claim, judged.
Claim RelationFinder::role_judged(const CueMention& cue, const RoleReading& r) const {
  RelationClaim rel;
  rel.relation = ValueKind::role;
  rel.predicate = cue.predicate;
  rel.subject = r.org->thing;
  rel.object = r.person->thing;
  Claim claim;
  claim.relation = rel;
  // A timeline's row opens on the date it is of: "Nov 17–19, 2023 – Mira Murati serves as interim CEO".
  const bool row_dated = !v_.quantities.empty() && v_.quantities.front()->kind == QuantityKind::date &&
                         v_.quantities.front()->first_token == begin();
  // A date in a relative clause after the role dates that clause's event: "its chief executive is Mira
  // Murati, who took over in November 2023" says who leads now.
  bool relative = false;
  const std::size_t said_end = std::max(r.person->last, cue.last_token);
  for (const QuantityMention* q : v_.quantities) {
    if (q->kind != QuantityKind::date || q->first_token < said_end) continue;
    for (std::size_t k = said_end; k < q->first_token && !relative; ++k)
      relative = token_is(tok(k), {"who", "which", "when", "whose"});
  }
  judge_role(claim, *r.org->thing.entity, *r.person, cue.predicate, r.polarity, r.ended_by_event,
             (!r.org_unnamed || row_dated) && !relative);
  // "Mira Murati was interim CEO", "Murati, who served as interim CEO": told in the past, an earlier
  // holder's role is history rightly told, not a stale title.
  if (claim.verdict == Verdict::outdated && claim.earlier && r.person->last <= cue.first_token) {
    bool past = false;
    for (std::size_t k = r.person->last; k < cue.first_token && !past; ++k)
      past = token_is(tok(k), {"was", "served", "had", "became", "briefly"});
    if (past) {
      claim.verdict = Verdict::supported;
      claim.value = claim.earlier;
    }
  }
  return claim;
}

// The claim's span, and a role found elsewhere said to be over: "ex-chief Altman".
void RelationFinder::role_add(const CueMention& cue, const RoleReading& r, Claim claim) {
  std::size_t first = r.org_named_apart ? std::min(cue.first_token, r.person->first)
                                        : std::min({r.org->first, cue.first_token, r.person->first});
  // "our chairman Masayoshi Son will chair the venture", "... serves as chairman of Stargate": the
  // person's own title before them is another claim (of another organisation, here unnamed); this one
  // is what the verb says of them.
  if ((r.org_follows || (!r.org_named_apart && r.org->first >= cue.last_token)) &&
      r.person->first > begin() && r.person->last <= cue.first_token) {
    bool titled = false;
    // With or without a comma: "Our Chairman, Masayoshi Son, also serves as chairman of Stargate".
    const std::size_t named = r.person->first - (tok(r.person->first - 1).is(",") ? 1 : 0);
    for (const CueMention& c : v_.cues)
      titled = titled || (c.predicate->value == ValueKind::role && c.last_token == named);
    if (titled) first = r.person->last;
    while (titled && first < cue.first_token && tok(first).is(",")) ++first;
  }
  const std::size_t last = r.org_named_apart ? std::max(cue.last_token, r.person->last)
                                             : std::max({r.org->last, cue.last_token, r.person->last});
  if (r.org_named_apart) {
    // "ex-chief Altman": the words before the role phrase say it ended.
    const std::size_t front = first;
    if (front > begin() &&
        polarity_in(v_, front >= begin() + 2 ? front - 2 : begin(), front) == Polarity::ceased &&
        claim.polarity != Polarity::ceased) {
      judge_role(claim, *r.org->thing.entity, *r.person, cue.predicate, Polarity::ceased);
    }
  }
  add(std::move(claim), first, last);
}

// "Mira Santos (CEO)", "DR HELENA MORAVEC (MSA director-general)": the person right before the bracket
// the role phrase [lead, after) fills.
std::optional<RelationFinder::Name> RelationFinder::person_bracketed(std::size_t lead,
                                                                     std::size_t after) const {
  if (lead < begin() + 2 || !tok(lead - 1).is("(") || !in(after) || !tok(after).is(")")) return std::nullopt;
  const EntityMention* m = ending_at(lead - 1);
  if (!m || !m->entity->is_person()) return std::nullopt;
  return from_mention(m);
}

// The one organisation where the base gives the person a role now, whichever role; null when none or two.
const Entity* RelationFinder::organisation_of_role(const Entity& person) const {
  const Entity* only = nullptr;
  for (const Predicate& role : facts_.predicates()) {
    if (role.value != ValueKind::role) continue;
    for (std::size_t fi : facts_.facts_with(role.id)) {
      const Fact& f = facts_.facts()[fi];
      const Entity* e = f.value.entity == person.id ? facts_.entity(f.subject) : nullptr;
      if (!e || e->is_person() || e == only) continue;
      if (only) return nullptr;
      only = e;
    }
  }
  return only;
}

// ---- judging ----------------------------------------------------------------------------------------

bool RelationFinder::holds_or_held(const Entity& org, const Entity& person,
                                   const Predicate* predicate) const {
  for (std::size_t fi : facts_.facts_for(predicate->id, org.id)) {
    const Fact& f = facts_.facts()[fi];
    if (f.value.entity == person.id) return true;
    for (const FactValue& v : f.earlier)
      if (v.entity == person.id) return true;
  }
  return false;
}

const FactValue* RelationFinder::holder_on_date(const Fact& f) const {
  const QuantityMention* date = nullptr;
  for (const QuantityMention* q : v_.quantities) {
    if (q->kind != QuantityKind::date || q->unit == "relative" || q->comparator != Comparator::none) continue;
    if (date) return nullptr;  // two dates: which one dates the role is not said
    date = q;
  }
  if (!date) return nullptr;
  // Only a day or a month is precise enough for a role that changed hands within days.
  if (date->unit != "day" && date->unit != "month") return nullptr;
  const FactValue* at = nullptr;
  for (const FactValue* v : [&] {
         std::vector<const FactValue*> all;
         for (const FactValue& e : f.earlier) all.push_back(&e);
         all.push_back(&f.value);
         return all;
       }()) {
    if (!v->valid.overlaps(date->interval)) continue;
    if (at) return nullptr;  // the date spans a change of hands
    at = v;
  }
  return at;
}

void RelationFinder::judge_role(Claim& claim, const Entity& org, const Name& person,
                                const Predicate* predicate, Polarity polarity, bool ended_by_event,
                                bool dated) const {
  claim.polarity = polarity;
  const Entity* who = person.thing.entity;
  const Fact* named = nullptr;  // the fact whose holder, now or before, the person is
  const Fact* first = nullptr;  // else the first role fact of the organisation
  const FactValue* then = nullptr;
  for (const Predicate& role : facts_.predicates()) {
    if (role.value != ValueKind::role || (predicate && &role != predicate)) continue;
    for (std::size_t fi : facts_.facts_for(role.id, org.id)) {
      const Fact& f = facts_.facts()[fi];
      if (!first) first = &f;
      if (who && f.value.entity == who->id) {
        named = &f;
        then = nullptr;
        break;
      }
      for (const FactValue& v : f.earlier) {
        if (who && v.entity == who->id && !named) {
          named = &f;
          then = &v;
        }
      }
    }
    if (named && !then) break;
  }
  const Fact* fact = named ? named : first;
  if (!fact) return;  // the base knows no such role: unverified
  claim.fact = fact;
  claim.relation->predicate = facts_.predicate(fact->predicate);
  // A date in the sentence picks the holder then: "named Mira Murati interim CEO on Nov. 17, 2023",
  // "removed Altman as chief executive on Nov. 17, 2023".
  // It only ever confirms: a date near a role often dates another event ("Sam Altman, OpenAI's chief
  // executive, was removed on 17 November 2023"), so a date never makes a role wrong.
  if (const FactValue* at = dated ? holder_on_date(*fact) : nullptr; at && who && at != &fact->value) {
    const bool held = at->entity == who->id;
    if (polarity == Polarity::asserted ? held : !held) {
      claim.verdict = Verdict::supported;
      claim.value = at;
      return;
    }
  }
  const bool holds = named && !then;
  switch (polarity) {
    case Polarity::asserted:
      claim.verdict = holds ? Verdict::supported : then ? Verdict::outdated : Verdict::contradicted;
      claim.earlier = then;
      break;
    case Polarity::negated:  // "X is not OpenAI's CEO": wrong only of the one who is
      claim.verdict = holds ? Verdict::contradicted : Verdict::supported;
      break;
    case Polarity::ceased:  // "former CEO X": right of an earlier holder; the base may not list them all
      if (holds) {
        // "Altman is out as chief executive": the base's history may hold a time he was out, when
        // someone else held the role; then the sentence was right then, and is outdated now.
        const auto gap = std::find_if(fact->earlier.rbegin(), fact->earlier.rend(),
                                      [&](const FactValue& v) { return v.entity != who->id; });
        const bool was_out = ended_by_event && gap != fact->earlier.rend();
        claim.verdict = was_out ? Verdict::outdated : Verdict::contradicted;
        if (was_out) claim.earlier = &*gap;
      } else if (then) {
        claim.verdict = Verdict::supported;
        claim.earlier = then;
      } else {
        claim.fact = nullptr;
      }
      break;
  }
}

}  // namespace factcheck
