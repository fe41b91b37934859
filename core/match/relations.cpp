// Stage 4a: relational claims. Membership ("a joint venture between OpenAI, SoftBank and Oracle"),
// roles ("OpenAI CEO Sam Altman", "Satya Nadella, Microsoft's chief executive") and ranks ("the
// largest investor in OpenAI"), found around the cues of the fact base's relational predicates, and
// (relation_phrases.cpp) around the engine's own words for them. A denied or ended relation ("is not
// part of", "no longer") flips or withholds the verdict.
#include "match/relations.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "match/relation_finder.hpp"

namespace factcheck {

namespace {

// Month names and their abbreviations: "REDMOND, Washington, Jan 23" is a dateline, not a list of names.
bool is_month(const Token& t) {
  return token_is(t, {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
}

// Copulas and the like between a name and what is said of it: "is", "has become", "remains".
bool is_linking_word(const Token& t) {
  return token_is(
      t, {"is",     "was",   "are",   "were",   "remains", "remained", "became",    "become", "has",    "had",
          "have",   "been",  "be",    "now",    "still",   "also",     "currently", "the",    "not",    "no",
          "longer", "never", "isn't", "wasn't", "aren't",  "hasn't",   "ceased",    "to",     "anymore"});
}

// Which claim wins when stacked fact bases share a cue: the first whose facts judged the claim.
bool judged(const std::vector<Claim>& claims, std::size_t before) {
  return claims.size() > before && claims.back().fact;
}

}  // namespace

std::vector<Claim> RelationFinder::run() {
  const std::vector<CueMention>& cues = v_.cues;
  for (std::size_t i = 0; i < cues.size();) {
    // The cues found on one span: several when fact bases stacked with --add-facts share a cue phrase
    // ("consortium", "chair"). The first predicate whose facts judge the claim wins; if none does, the
    // last one's unjudged claim stays.
    std::size_t j = i + 1;
    while (j < cues.size() && cues[j].first_token == cues[i].first_token &&
           cues[j].last_token == cues[i].last_token)
      ++j;
    for (std::size_t k = i; k < j && !taken(cues[k].first_token, cues[k].last_token); ++k) {
      const std::size_t claims = claims_.size(), spans = spans_.size();
      relate(cues[k]);
      if (k + 1 == j || judged(claims_, claims)) break;
      claims_.erase(claims_.begin() + static_cast<std::ptrdiff_t>(claims), claims_.end());
      spans_.erase(spans_.begin() + static_cast<std::ptrdiff_t>(spans), spans_.end());
    }
    i = j;
  }
  read_phrases();
  return std::move(claims_);
}

void RelationFinder::relate(const CueMention& cue) {
  switch (cue.predicate->value) {
    case ValueKind::role:
      role(cue);
      break;
    case ValueKind::members:
      members(cue);
      break;
    case ValueKind::rank:
      rank(cue);
      break;
    default:
      break;
  }
}

// ---- reading helpers ---------------------------------------------------------------------------------

// The entity mention that starts (ends) at token i, if any. Mentions never overlap, so there is one at
// most; a sentence has a few, so a scan rather than an index built for every sentence.
const EntityMention* RelationFinder::starting_at(std::size_t i) const {
  for (const EntityMention& m : v_.entities)
    if (m.first_token == i) return &m;
  return nullptr;
}

const EntityMention* RelationFinder::ending_at(std::size_t i) const {
  for (const EntityMention& m : v_.entities)
    if (m.last_token == i) return &m;
  return nullptr;
}

bool RelationFinder::taken(std::size_t first, std::size_t last) const {
  for (auto [a, b] : spans_)
    if (first < b && last > a) return true;
  return false;
}

// An entity, or up to three capitalised words the fact base does not know, starting at token i.
std::optional<RelationFinder::Name> RelationFinder::name_at(std::size_t i) const {
  if (!in(i)) return std::nullopt;
  if (const EntityMention* m = starting_at(i)) return from_mention(m);
  std::size_t j = i;
  while (j < end() && j - i < 3 && tok(j).is_word() && v_.capitalized(j) && !is_function_word(tok(j)) &&
         !is_month(tok(j)) && !starting_at(j))
    ++j;
  if (j == i) return std::nullopt;
  return Name{{std::string(v_.text.substr(tok(i).start, tok(j - 1).end - tok(i).start)), nullptr}, i, j};
}

// The entity mention that ends right before token i, skipping a possessive "'s" (or the "'" of a name
// ending in s: "Saltmarsh Wind Partners' chair").
const EntityMention* RelationFinder::entity_before(std::size_t i, bool skip_possessive) const {
  if (skip_possessive && i > begin() &&
      (tok(i - 1).is("'s") || (tok(i - 1).is("'") && i - 1 > begin() && adjacent(tok(i - 2), tok(i - 1)))))
    --i;
  return ending_at(i);
}

RelationFinder::Name RelationFinder::from_mention(const EntityMention* m) const {
  return Name{
      {std::string(v_.text.substr(m->start, m->end - m->start)), m->entity}, m->first_token, m->last_token};
}

const Fact* RelationFinder::members_fact(const Entity& venture) const {
  for (const Predicate& p : facts_.predicates()) {
    if (p.value != ValueKind::members) continue;
    for (std::size_t fi : facts_.facts_for(p.id, venture.id)) return &facts_.facts()[fi];
  }
  return nullptr;
}

void RelationFinder::add(Claim claim, std::size_t first, std::size_t last) {
  claim.start = tok(first).start;
  claim.end = tok(last - 1).end;
  // The value a bound claim is compared with: relations have no history but a role's earlier holders.
  if (claim.fact && !claim.value) claim.value = &claim.fact->value;  // a role dated by the sentence keeps its
  claim.modality = clause_modality(v_, first);
  if (claim.modality == Modality::fact) {
    if (reported_ < 0) reported_ = reported_in(v_) ? 1 : 0;
    if (reported_ == 1) claim.modality = Modality::reported;
  }
  spans_.push_back({first, last});
  claims_.push_back(std::move(claim));
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

void RelationFinder::judge_membership(Claim& claim, const Fact& venture, const Name& member,
                                      Polarity polarity) const {
  claim.polarity = polarity;
  const Entity* e = member.thing.entity;
  const FactValue& v = venture.value;
  const bool core = e && std::count(v.members.begin(), v.members.end(), e->id);
  const bool optional = e && std::count(v.optional_members.begin(), v.optional_members.end(), e->id);
  if (optional && !core) return;  // in some accounts a member, in others not: nothing to judge
  claim.fact = &venture;
  switch (polarity) {
    case Polarity::asserted:
      claim.verdict = core ? Verdict::supported : Verdict::contradicted;
      break;
    case Polarity::negated:
      claim.verdict = core ? Verdict::contradicted : Verdict::supported;
      break;
    case Polarity::ceased:  // "no longer part of": the base keeps no history of members
      if (core) {
        claim.verdict = Verdict::contradicted;
      } else {
        claim.fact = nullptr;
      }
      break;
  }
}

// ---- the cue-led readers -------------------------------------------------------------------------

// "OpenAI CEO Sam Altman", "Microsoft's chief executive, Satya Nadella", "Satya Nadella, Microsoft's
// CEO", "the chief executive of OpenAI, Sam Altman", "Altman is no longer OpenAI's CEO", "former OpenAI
// CEO Mira Murati", "Masayoshi Son, who will chair Stargate".
void RelationFinder::role(const CueMention& cue) {
  std::optional<Name> org, person;
  std::size_t after = cue.last_token;
  bool org_follows = false;  // "chair Stargate": the cue is a verb and the organisation its object
  // "OpenAI's interim CEO": a word of the title between the organisation and the cue.
  std::size_t title = cue.first_token;
  if (title > begin() + 1 && token_is(tok(title - 1), {"interim", "acting"})) --title;
  // "Sam Altman is the company's CEO", "Satya Nadella, its chief executive": the organisation the
  // sentence or the one before speaks of, if one of them has this role on record.
  std::size_t referred_from = title;
  if (title > begin() && tok(title - 1).is("its")) {
    referred_from = title - 1;
  } else if (title > begin() + 2 && tok(title - 1).is("'s") && tok(title - 3).is("the") &&
             token_is(tok(title - 2), {"company", "firm", "startup", "group", "venture", "lab", "project"})) {
    referred_from = title - 3;
  }
  if (referred_from < title) {
    const Entity* only = nullptr;
    int orgs = 0;
    for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
      for (const EntityMention& m : *list)
        if (!m.entity->is_person() && m.entity != only &&
            !facts_.facts_for(cue.predicate->id, m.entity->id).empty()) {
          only = m.entity;
          ++orgs;
        }
      if (orgs) break;
    }
    if (orgs == 1)
      org = Name{{std::string(v_.text.substr(tok(referred_from).start,
                                             tok(title - 1).end - tok(referred_from).start)),
                  only},
                 referred_from,
                 title};
  }
  if (org) {
  } else if (const EntityMention* m = entity_before(title, true); m && !m->entity->is_person()) {
    org = from_mention(m);
  } else if (in(after) && tok(after).is("of")) {
    auto n = organisation_at(after + 1);
    if (n) {
      org = n;
      after = n->last;
    }
  } else if (auto n = organisation_at(after); n && cue.first_token > begin() &&
                                              !token_is(tok(cue.first_token - 1), {"'s", "the", "a", "an"})) {
    org = n;
    after = n->last;
    org_follows = true;
  }
  bool org_named_apart = false;  // "Microsoft will ..., Chief Executive Satya Nadella said": found below
  bool org_unnamed = false;      // found in the base alone: a date in the sentence dates something else
  std::size_t p = after;
  if (!org_follows && in(p) && tok(p).is(",")) ++p;
  // A person the base does not know needs a first and a last name: in a title-case headline,
  // "Microsoft CEO Warns" names nobody, nor does "Saltmarsh Chair Opens Site"; and "OpenAI Chief
  // Operating Officer Brad Lightcap" names another role.
  if (in(p) && token_is(tok(p), {"operating", "financial",  "technology",     "technical",   "scientist",
                                 "marketing", "product",    "research",       "information", "security",
                                 "strategy",  "legal",      "commercial",     "people",      "revenue",
                                 "data",      "digital",    "medical",        "science",     "investment",
                                 "economist", "operations", "communications", "officer",     "compliance",
                                 "content",   "growth",     "business",       "design",      "architect"}))
    return;
  // "Microsoft's CEO is Satya Nadella", "the chairman of the venture is Masayoshi Son", and in lists
  // and tables "OpenAI CEO: Mira Murati".
  // A fact box's row leads the eye to the name: "CEO ...... Sam Altman", "Chairman | Masayoshi Son".
  if (!org_follows)
    while (in(p + 1) && token_is(tok(p), {".", "...", "|"}) && (tok(p).is("|") || is_leader(v_.tokens, p)))
      ++p;
  if (!org_follows && in(p + 1) && token_is(tok(p), {"is", "was", "remains", ":", "="})) {
    // "OpenAI's chief executive is currently Mira Murati": a word of time between.
    const std::size_t q =
        in(p + 2) && token_is(tok(p + 1), {"now", "currently", "still", "presently", "again"}) ? p + 2
                                                                                               : p + 1;
    if (auto n = name_at(q); n && n->thing.entity && n->thing.entity->is_person()) p = q;
  }
  if (auto n = name_at(p);
      !org_follows && n && (n->thing.entity ? n->thing.entity->is_person() : n->last - n->first >= 2))
    person = n;
  // "our chairman Masayoshi Son", "their chief executive": the speaker's organisation, unnamed.
  if (!org && title > begin() && token_is(tok(title - 1), {"our", "my", "their", "your", "his", "her"}))
    return;
  if (!org) {
    // The role's organisation named elsewhere in the sentence: the one whose role the person holds or
    // held ("interim chief executive Mira Murati", "ex-chief Altman"). Found so, it can confirm, never
    // contradict: the sentence did not say whose role it is.
    if (!person) person = person_before(cue.first_token);
    if (!person || !person->thing.entity) return;
    // A role said to be "of" something the sentence does not name as ours is that something's:
    // "Masayoshi Son, chairman and representative director of the said company".
    for (std::size_t k = cue.last_token; k < std::min(end(), cue.last_token + 5); ++k)
      if (tok(k).is("of")) return;
    for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
      for (const EntityMention& m : *list) {
        if (org || m.entity->is_person() || !holds_or_held(*m.entity, *person->thing.entity, cue.predicate))
          continue;
        org = from_mention(&m);
        org_named_apart = true;
      }
    }
    // Nobody's role named at all ("Interim CEO Mira Murati spoke"): the one organisation in the base
    // whose role of this kind the person holds or held. Not where the sentence names an organisation
    // with holders of this role on record: the role may be that one's.
    // (One the base knows holders of this role for: another organisation may have chairs the base
    // does not list.)
    const auto names_organisation = [&](const std::vector<EntityMention>& list) {
      return std::any_of(list.begin(), list.end(), [&](const EntityMention& m) {
        return !m.entity->is_person() && !facts_.facts_for(cue.predicate->id, m.entity->id).empty();
      });
    };
    if (!org && names_organisation(v_.entities)) return;
    if (!org) {
      // Through the role's facts, not every entity: a base learned from many sources names thousands.
      const Entity* only = nullptr;
      for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
        const Fact& f = facts_.facts()[fi];
        const std::string& who = person->thing.entity->id;
        const bool held =
            f.value.entity == who || std::any_of(f.earlier.begin(), f.earlier.end(),
                                                 [&](const FactValue& v) { return v.entity == who; });
        const Entity* e = held ? facts_.entity(f.subject) : nullptr;
        if (!e || e->is_person() || e == only) continue;
        if (only) return;
        only = e;
      }
      if (!only) return;
      org = Name{{only->name, only}, cue.first_token, cue.last_token};
      org_named_apart = true;
      org_unnamed = true;
    }
  }
  std::size_t lead = org_named_apart ? cue.first_token : std::min(org->first, cue.first_token);
  if (!person) {
    // The person before: "Satya Nadella, Microsoft's CEO", "Nadella, the CEO of Microsoft",
    // "Altman is no longer OpenAI's CEO", "Son, who will chair Stargate".
    if (auto n = person_before(lead)) person = n;
  }
  if (!person) return;
  Polarity polarity = Polarity::asserted;
  if (person->last <= lead) polarity = polarity_between(v_, person->last, lead);
  // "The board removed Sam Altman as chief executive": the verb before the person ends the role. So do
  // "is out as", "stepped down as" and "resigned as" after it: events, right at their time.
  bool ended_by_event = false;
  if (person->first > begin() && person->last <= cue.first_token && ends_a_role(tok(person->first - 1))) {
    polarity = Polarity::ceased;
    ended_by_event = true;
  }
  for (std::size_t k = person->last; k < lead && polarity == Polarity::ceased; ++k)
    ended_by_event = ended_by_event || token_is(tok(k), {"out", "down", "resigned", "resigns"});
  // "former OpenAI CEO Mira Murati", "ex-chief Altman": the words right before the role phrase.
  const std::size_t front = std::min(lead, person->first);
  if (front > begin()) {
    const Polarity before = polarity_in(v_, front >= begin() + 2 ? front - 2 : begin(), front);
    if (before == Polarity::ceased) polarity = Polarity::ceased;
  }
  RelationClaim rel;
  rel.relation = ValueKind::role;
  rel.predicate = cue.predicate;
  rel.subject = org->thing;
  rel.object = person->thing;
  Claim claim;
  claim.relation = rel;
  // A timeline's row opens on the date it is of: "Nov 17–19, 2023 – Mira Murati serves as interim CEO".
  const bool row_dated = !v_.quantities.empty() && v_.quantities.front()->kind == QuantityKind::date &&
                         v_.quantities.front()->first_token == begin();
  // A date in a relative clause after the role dates that clause's event: "its chief executive is Mira
  // Murati, who took over in November 2023" says who leads now.
  bool relative = false;
  const std::size_t said_end = std::max(person->last, cue.last_token);
  for (const QuantityMention* q : v_.quantities) {
    if (q->kind != QuantityKind::date || q->first_token < said_end) continue;
    for (std::size_t k = said_end; k < q->first_token && !relative; ++k)
      relative = token_is(tok(k), {"who", "which", "when", "whose"});
  }
  judge_role(claim, *org->thing.entity, *person, cue.predicate, polarity, ended_by_event,
             (!org_unnamed || row_dated) && !relative);
  // "Mira Murati was interim CEO", "Murati, who served as interim CEO": told in the past, an earlier
  // holder's role is history rightly told, not a stale title.
  if (claim.verdict == Verdict::outdated && claim.earlier && person->last <= cue.first_token) {
    bool past = false;
    for (std::size_t k = person->last; k < cue.first_token && !past; ++k)
      past = token_is(tok(k), {"was", "served", "had", "became", "briefly"});
    if (past) {
      claim.verdict = Verdict::supported;
      claim.value = claim.earlier;
    }
  }
  // An organisation found by the person's role confirms; it contradicts only what the sentence says ended
  // or denies ("ex-chief Altman" of the chief executive now).
  if (org_named_apart && claim.verdict == Verdict::contradicted && polarity == Polarity::asserted) return;
  std::size_t first = org_named_apart ? std::min(cue.first_token, person->first)
                                      : std::min({org->first, cue.first_token, person->first});
  // "our chairman Masayoshi Son will chair the venture", "... serves as chairman of Stargate": the
  // person's own title before them is another claim (of another organisation, here unnamed); this one
  // is what the verb says of them.
  if ((org_follows || (!org_named_apart && org->first >= cue.last_token)) && person->first > begin() &&
      person->last <= cue.first_token) {
    bool titled = false;
    // With or without a comma: "Our Chairman, Masayoshi Son, also serves as chairman of Stargate".
    const std::size_t named = person->first - (tok(person->first - 1).is(",") ? 1 : 0);
    for (const CueMention& c : v_.cues)
      titled = titled || (c.predicate->value == ValueKind::role && c.last_token == named);
    if (titled) first = person->last;
    while (titled && first < cue.first_token && tok(first).is(",")) ++first;
  }
  const std::size_t last = org_named_apart ? std::max(cue.last_token, person->last)
                                           : std::max({org->last, cue.last_token, person->last});
  if (org_named_apart) {
    // "ex-chief Altman": the words before the role phrase say it ended.
    const std::size_t front = first;
    if (front > begin() &&
        polarity_in(v_, front >= begin() + 2 ? front - 2 : begin(), front) == Polarity::ceased &&
        claim.polarity != Polarity::ceased) {
      judge_role(claim, *org->thing.entity, *person, cue.predicate, Polarity::ceased);
    }
  }
  add(std::move(claim), first, last);
}

// "Microsoft is the largest investor in OpenAI", "OpenAI's second-largest backer, SoftBank", "Microsoft
// is no longer OpenAI's largest investor".
void RelationFinder::rank(const CueMention& cue) {
  static const std::map<std::string_view, int> kOrdinals = {{"second", 2}, {"third", 3}, {"fourth", 4},
                                                            {"fifth", 5},  {"2nd", 2},   {"3rd", 3}};
  std::size_t s = cue.first_token;
  if (s > begin() && tok(s - 1).is("single")) --s;
  // And in translated copy: "der größte Geldgeber", "principal investisseur", "premier actionnaire",
  // "mayor inversor", "maggiore investitore".
  if (!(s > begin() && token_is(tok(s - 1), {"largest", "biggest", "top", "leading", "main", "largest-ever",
                                             "größte", "größter", "grösste", "principal", "premier", "mayor",
                                             "maggiore", "principale", "primo"})))
    return;
  --s;
  int rank = 1;
  if (s > begin() && tok(s - 1).is("-")) --s;
  if (s > begin() && kOrdinals.count(tok(s - 1).norm)) {
    rank = kOrdinals.at(tok(s - 1).norm);
    --s;
  }
  // Whom the investing is in: "in OpenAI", "of OpenAI", "OpenAI's largest investor".
  const EntityMention* object = nullptr;
  std::size_t after = cue.last_token;
  if (in(after) && token_is(tok(after), {"in", "of", "to"})) {
    const EntityMention* m = starting_at(after + 1);
    if (m && !m->entity->is_person()) object = m;
  }
  std::size_t lead = s;
  if (lead > begin() && tok(lead - 1).is("the")) --lead;
  if (!object) {
    if (const EntityMention* m = entity_before(lead, true); m && lead > begin() && tok(lead - 1).is("'s"))
      object = m;
  }
  if (!object) {
    // "the largest investor in the company": the sentence's entity that has investors on record, or
    // the one it refers back to ("Largest investor ...... Microsoft" under "OpenAI key numbers").
    for (const auto* list : {&v_.entities, &v_.antecedents}) {
      for (const EntityMention& m : *list) {
        for (std::size_t fi : facts_.facts_with(cue.predicate->id))
          if (facts_.facts()[fi].object == m.entity->id) object = &m;
        if (object) break;
      }
      if (object) break;
    }
  }
  // "msft is still the largest investor", with no one else named: the one organisation the holder's
  // rank is on record for.
  EntityMention unnamed;
  if (!object) {
    const EntityMention* holder = nullptr;
    for (const EntityMention& m : v_.entities)
      if (!m.entity->is_person() && m.last_token <= s) holder = &m;
    const Entity* only = nullptr;
    int objects = 0;
    if (holder)
      for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
        const Fact& f = facts_.facts()[fi];
        const Entity* o = facts_.entity(f.object);
        if (f.subject != holder->entity->id || !o || o == only) continue;
        only = o;
        ++objects;
      }
    if (objects == 1) {
      unnamed = EntityMention{cue.first_token, cue.first_token, tok(cue.first_token).start,
                              tok(cue.first_token).start, only};
      object = &unnamed;
    }
  }
  if (!object) return;
  // Who holds the rank: the nearest entity before the phrase, else the first after it.
  const EntityMention* subject = nullptr;
  std::optional<Name> unknown;
  // One set aside is not the holder: "SoftBank, which, rather than Microsoft, is now OpenAI's largest
  // investor", "SoftBank, not Microsoft, is ...".
  const auto set_aside = [&](const EntityMention& m) {
    const std::size_t b = m.first_token;
    return (b > begin() + 1 && ((tok(b - 1).is("than") && tok(b - 2).is("rather")) ||
                                (tok(b - 1).is("of") && tok(b - 2).is("instead")))) ||
           (b > begin() && tok(b - 1).is("not"));
  };
  for (const EntityMention& m : v_.entities) {
    if (m.entity == object->entity || m.entity->is_person() || m.last_token > lead || set_aside(m)) continue;
    subject = &m;
  }
  std::size_t k = lead;
  while (k > begin() && (is_linking_word(tok(k - 1)) || tok(k - 1).is(","))) --k;
  {
    // A name the base does not know, right before "is the largest": "Google is the largest ...".
    if (k < lead && k > begin() && !ending_at(k)) {
      std::size_t b = k;
      while (b > begin() && tok(b - 1).is_word() && v_.capitalized(b - 1) && !is_function_word(tok(b - 1)) &&
             k - b < 3)
        --b;
      if (b < k) unknown = name_at(b);
    }
  }
  if (!subject && !unknown) {
    for (const EntityMention& m : v_.entities) {
      if (m.entity != object->entity && !m.entity->is_person() && m.first_token >= cue.last_token) {
        subject = &m;
        break;
      }
    }
  }
  if (!subject && !unknown) return;
  RelationClaim rel;
  rel.relation = ValueKind::rank;
  rel.predicate = cue.predicate;
  rel.subject = unknown ? unknown->thing : NamedThing{"", subject->entity};
  rel.object = {"", object->entity};
  rel.rank = rank;
  Claim claim;
  claim.relation = rel;
  // The words between the holder and the rank: "is no longer", "has ceased to be".
  const std::size_t holder_end = unknown ? unknown->last : subject->last_token;
  claim.polarity = holder_end <= lead ? polarity_between(v_, holder_end, lead) : Polarity::asserted;
  // The fact that settles it: the holder's own rank if it is the one said, else whoever holds the rank
  // said, else the holder's own.
  const Fact *exact = nullptr, *holder_fact = nullptr, *rank_fact = nullptr;
  for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
    const Fact& f = facts_.facts()[fi];
    if (f.object != object->entity->id) continue;
    const bool holder = rel.subject.entity && rel.subject.entity->id == f.subject;
    if (holder && f.value.rank == rank) exact = &f;
    if (holder && !holder_fact) holder_fact = &f;
    if (f.value.rank == rank && !rank_fact) rank_fact = &f;
  }
  claim.fact = exact ? exact : rank_fact ? rank_fact : holder_fact;
  if (claim.fact) {
    const bool right = exact != nullptr;
    switch (claim.polarity) {
      case Polarity::asserted:
        claim.verdict = right ? Verdict::supported : Verdict::contradicted;
        break;
      case Polarity::negated:
        claim.verdict = right ? Verdict::contradicted : Verdict::supported;
        break;
      case Polarity::ceased:  // the base keeps no history of ranks: only the current holder is judged
        if (right) {
          claim.verdict = Verdict::contradicted;
        } else {
          claim.fact = nullptr;
        }
        break;
    }
  }
  add(std::move(claim), s, cue.last_token);
}

// A list of two or more names joined by commas and "and" ("+", "&"), starting at token i.
static std::size_t list_separator(const SentenceView& v, std::size_t j, std::size_t end) {
  std::size_t k = j;
  if (k < end && v.tokens[k].is(",")) ++k;
  // "and" in translated copy too: "OpenAI, Softbank und Oracle", "OpenAI, SoftBank et Oracle".
  if (k < end && token_is(v.tokens[k], {"and", "&", "+", "/", "und", "et", "y", "e"})) ++k;
  return k;
}

// "a joint venture between OpenAI, SoftBank and Oracle", "OpenAI, SoftBank and Oracle formed a joint
// venture", "the venture brings together SoftBank, OpenAI and Oracle": the list nearest the cue.
void RelationFinder::members(const CueMention& cue) {
  std::vector<Name> list;
  std::size_t list_first = 0, best_distance = 0;
  for (std::size_t s = begin(); s < end();) {
    std::vector<Name> items;
    std::size_t e = s;
    bool person = false;
    for (auto n = name_at(s); n;) {
      // A person is no member of a venture: "the joint venture's chairman is Masayoshi Son, Stargate
      // said" lists no one.
      if (n->thing.entity && n->thing.entity->is_person()) {
        person = true;
        e = n->last;
        break;
      }
      items.push_back(*n);
      e = n->last;
      const std::size_t j = list_separator(v_, n->last, end());
      if (j == n->last) break;
      n = name_at(j);
    }
    const bool known = std::any_of(items.begin(), items.end(), [](const Name& n) { return n.thing.entity; });
    if (items.size() >= 2 && known && !person && !taken(s, e)) {
      const std::size_t d = e <= cue.first_token  ? cue.first_token - e
                            : s >= cue.last_token ? s - cue.last_token
                                                  : 0;
      if (list.empty() || d < best_distance) {
        list = items;
        list_first = s;
        best_distance = d;
      }
    }
    s = std::max(s + 1, e);
  }
  if (list.size() < 2) return;
  // "Members" lists only what follows it: "the members are A, B and C", "its members include A and B".
  // "Not a member of Stargate, the venture that A, B and C unveiled" is membership_at()'s.
  if (tok(cue.first_token).norm.rfind("member", 0) == 0 || tok(cue.first_token).norm.rfind("owner", 0) == 0 ||
      (tok(cue.first_token).is("equity") && cue.last_token - cue.first_token == 2 &&
       token_is(tok(cue.first_token + 1), {"holders", "participants"}))) {
    bool listed = list_first > cue.last_token && list_first <= cue.last_token + 4;
    bool verb = false;
    for (std::size_t k = cue.last_token; listed && k < list_first; ++k)
      verb = verb || token_is(tok(k), {"are", "were", "include", "included", "includes", ":", "="});
    if (!listed || !verb) return;
  }
  // The venture: one named in the sentence that has a members fact, else the best overlap.
  const Fact* best = nullptr;
  std::size_t best_overlap = 0;
  for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
    const Fact& f = facts_.facts()[fi];
    std::size_t overlap = 0;
    for (const Name& n : list)
      if (n.thing.entity && std::count(f.value.members.begin(), f.value.members.end(), n.thing.entity->id))
        ++overlap;
    const bool venture_named = std::any_of(v_.entities.begin(), v_.entities.end(),
                                           [&](const EntityMention& m) { return m.entity->id == f.subject; });
    if (venture_named) overlap += 100;
    if (overlap > best_overlap) {
      best = &f;
      best_overlap = overlap;
    }
  }
  RelationClaim rel;
  rel.relation = ValueKind::members;
  rel.predicate = cue.predicate;
  for (const Name& n : list) rel.members.push_back(n.thing);
  Claim claim;
  claim.relation = rel;
  // A venture the sentence does not name ("a joint venture that will sell ...") is ours only if the list
  // names every one of its members: two of them may well have another venture together.
  const bool named_venture = best_overlap >= 100;
  const bool all_members = best && best_overlap >= best->value.members.size();
  if (best && best_overlap >= 2 && (named_venture || all_members)) {
    claim.fact = best;
    claim.relation->subject = {"", facts_.entity(best->subject)};
    std::set<std::string> named;
    for (const Name& n : list)
      if (n.thing.entity) named.insert(n.thing.entity->id);
    const FactValue& v = best->value;
    // "OpenAI unveiled Stargate, a joint venture with SoftBank and Oracle": the list after "with" leaves
    // out whoever the sentence is about, so the members named before the cue count as named too.
    // So does a list before the cue: "SoftBank Group, together with OpenAI, Oracle and MGX, is an
    // initial equity funder of Stargate" names SoftBank too.
    bool with = false;  // "with Japan's SoftBank and Oracle" too
    const std::size_t after_cue = list_first > cue.last_token ? cue.last_token : begin();
    for (std::size_t k = list_first; k > after_cue && k + 3 > list_first && !with; --k)
      with = token_is(tok(k - 1), {"with", "alongside"});
    if (with) {
      const std::size_t before = std::min(cue.first_token, list_first);
      for (const EntityMention& m : v_.entities)
        if (m.last_token <= before && std::count(v.members.begin(), v.members.end(), m.entity->id))
          named.insert(m.entity->id);
    }
    // Right when every member is named and nobody else, optional members aside.
    const bool all_named = std::all_of(v.members.begin(), v.members.end(),
                                       [&](const std::string& id) { return named.count(id); });
    const bool none_extra = std::all_of(list.begin(), list.end(), [&](const Name& n) {
      return n.thing.entity &&
             (std::count(v.members.begin(), v.members.end(), n.thing.entity->id) ||
              std::count(v.optional_members.begin(), v.optional_members.end(), n.thing.entity->id));
    });
    const bool right = all_named && none_extra;
    // "we are a founding equity partner in Stargate together with OpenAI and Oracle": after "with", a
    // list that misses members but names no one else is true as far as it goes when the one it is
    // with is not named ("we", "the company").
    const bool partial = with && none_extra && !all_named;
    // "Stargate is not a venture of Microsoft and Oracle": a denied list is wrong only if the list was
    // right; a denied wrong list is left unjudged (which part is denied is not said).
    // Only the words right before the cue or the list deny it: "is not a venture of", "not OpenAI and".
    claim.polarity = polarity_before(v_, cue.first_token, 3);
    if (claim.polarity == Polarity::asserted) claim.polarity = polarity_before(v_, list_first, 2);
    if (claim.polarity == Polarity::asserted && partial) {
      claim.fact = nullptr;
    } else if (claim.polarity == Polarity::asserted) {
      claim.verdict = right ? Verdict::supported : Verdict::contradicted;
    } else if (right) {
      claim.verdict = Verdict::contradicted;
    } else {
      claim.fact = nullptr;
    }
  }
  add(std::move(claim), list.front().first, list.back().last);
  spans_.push_back({cue.first_token, cue.last_token});
}

namespace {

// "Q. Is Microsoft still OpenAI's largest investor?": a plain yes-or-no question asks whether, and
// asserts nothing. ("Isn't Altman still CEO?" and "…, aren't they?" lean on what they ask, and do.)
bool yes_no_question(const SentenceView& v) {
  std::size_t a = v.sentence.first_token;
  const std::size_t b = v.sentence.last_token;
  if (b <= a + 1 || !v.tokens[b - 1].is("?")) return false;
  // Past a speaker's label: "Q.", "Q:", "MEMBER:".
  for (std::size_t k = a; k < std::min(b, a + 3); ++k)
    if (v.tokens[k].is(":") || (v.tokens[k].is(".") && k == a + 1)) a = k + 1;
  return a < b && token_is(v.tokens[a], {"is", "are", "was", "were", "does", "do", "did", "has", "have",
                                         "can", "will", "would", "should", "could"});
}

}  // namespace

std::vector<Claim> find_relation_claims(const SentenceView& view, const FactBase& facts) {
  if (yes_no_question(view)) return {};
  // Most sentences have neither a relational cue nor a relational word of the engine's own: no finder,
  // then.
  const bool cued = std::any_of(view.cues.begin(), view.cues.end(), [](const CueMention& c) {
    const ValueKind kind = c.predicate->value;
    return kind == ValueKind::role || kind == ValueKind::members || kind == ValueKind::rank;
  });
  const bool phrases = RelationFinder::may_have_phrases(view);
  if (!cued && !phrases) return {};
  return RelationFinder(view, facts, phrases).run();
}

}  // namespace factcheck
