// The relation finder's phrase readers: relations said in the engine's own words rather than the fact
// base's cues. Membership of a venture ("Oracle is not part of Stargate", "Microsoft isn't a Stargate
// member", "SoftBank joined Stargate", "Microsoft sits out Stargate"), leadership ("Satya Nadella, who
// has run Microsoft", "she ran OpenAI", "Murati-led OpenAI", "Microsoft-led Stargate").
#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "match/relation_finder.hpp"

namespace factcheck {
namespace {

// Forms of the verbs that say who leads an organisation.
bool is_leading_verb(const Token& t) {
  return token_is(t, {"run", "runs", "ran", "running", "lead", "leads", "led", "leading", "head", "heads",
                      "headed", "heading", "helm", "helms", "helmed", "steer", "steers", "steered"});
}

// Words a verb's subject may stand apart from it by: auxiliaries, adverbs, denials, "who".
bool is_between_subject_and_verb(const Token& t) {
  return token_is(
      t, {"will", "would", "shall", "to", "has", "have", "had", "is", "was", "are", "were", "be", "been",
          "also", "now", "still", "currently", "once", "previously", "briefly", "not", "no", "longer",
          "never", "no-longer", "isn't", "wasn't", "hasn't", "won't", "didn't", "doesn't", "ceased", "a",
          "an", "the", "one", "of", "already", "who", "which", "that",
          // "will serve as interim CEO", "is out as chief executive", "will return as CEO"
          "as", "interim", "acting", "out", "serve", "serves", "served", "return", "returns", "returned",
          "remain", "remains", "remained", "stepped", "steps", "down", "resigned", "resigns",
          // "Sam Altman, its chief executive"
          "its", "his", "her", "their", "among", "even", "really", "actually",
          // "Microsoft sits among the owners", "Nadella continues as chief executive", "named as key
          // technology partners"
          "sits", "sit", "stands", "ranks", "counts", "continues", "continue", "named", "listed", "key",
          // "msft is only a tech partner", "Microsoft participates as a technology partner", "serves only as"
          "only", "just", "merely", "participates", "serves", "acts",
          // "MSFT SAYS NOT A MEMBER OF STARGATE JV"
          "says", "said",
          // "Satya Nadella remains at Microsoft's helm"
          "at",
          // "Altman came back as CEO", "then took over as chair", "later became chief executive"
          "came", "comes", "come", "back", "took", "takes", "over", "became", "becomes", "become", "then",
          "later", "soon", "eventually",
          // "Microsoft itself is not a participant in the Stargate project"
          "itself", "themselves",
          // "Microsoft is a founding member of Stargate"
          "founding", "original", "full", "core"});
}

}  // namespace

namespace {

// A word a phrase reader starts from ("member", "joined", "led", "partner", …): asked of every word of a
// sentence with entities, so most are turned away by length and first letter before any hashing.
bool is_phrase_word(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "member", "members", "part",     "join",    "joins",    "joined",   "joining", "outside",
      "sit",    "sits",    "sat",      "sitting", "unveiled", "unveil",   "unveils", "formed",
      "form",   "forms",   "launched", "launch",  "launches", "created",  "create",  "founded",
      "behind", "cooked",  "run",      "runs",    "ran",      "running",  "lead",    "leads",
      "led",    "leading", "head",     "heads",   "headed",   "heading",  "helm",    "helms",
      "helmed", "steer",   "steers",   "steered", "partner",  "partners", "chaired", "backed",
      "owner",  "owners",  "holder",   "holders", "presided", "owns",     "own",     "owned"};
  if (!t.is_word() || t.norm.size() < 3) return false;
  if (t.norm.size() > 8)
    return t.is("shareholder") || t.is("shareholders") || t.is("participant") || t.is("participants");
  if (t.norm[0] == 'e') return t.is("equity");
  if (std::string_view("mpjosuflcbrh").find(t.norm[0]) == std::string_view::npos) return false;
  return kWords.count(t.norm) > 0;
}

}  // namespace

bool RelationFinder::may_have_phrases(const SentenceView& view) {
  if (view.entities.empty() && view.antecedents.empty()) return false;
  for (const EntityMention& m : view.entities)  // "Sam Altman's OpenAI"
    if (m.entity->is_person() && m.last_token < view.sentence.last_token &&
        view.tokens[m.last_token].is("'s"))
      return true;
  for (std::size_t k = view.sentence.first_token; k < view.sentence.last_token; ++k)
    if (is_phrase_word(view.tokens[k])) return true;
  return false;
}

void RelationFinder::read_phrases() {
  if (!phrases_) return;
  possessed_by_leader();
  for (const EntityMention& m : v_.entities)
    if (!m.entity->is_person()) founders_of(m);
  for (std::size_t i = begin(); i < end(); ++i) {
    if (!is_phrase_word(tok(i)) || taken(i, i + 1)) continue;
    membership_at(i);
    if (!taken(i, i + 1)) leadership_at(i);
    if (!taken(i, i + 1)) backed_at(i);
  }
}

std::optional<RelationFinder::Name> RelationFinder::organisation_at(std::size_t i) const {
  // An alias with its article: "the Stargate venture".
  if (const EntityMention* m = in(i) ? starting_at(i) : nullptr; m && !m->entity->is_person()) {
    if (m->last_token < end() && tok(m->last_token).is("'s")) return std::nullopt;
    return from_mention(m);
  }
  std::size_t k = i;
  if (in(k) && token_is(tok(k), {"the", "a", "an", "this", "that"})) ++k;
  if (in(k) && tok(k).is("new")) ++k;
  if (!in(k)) return std::nullopt;
  if (const EntityMention* m = starting_at(k); m && !m->entity->is_person()) {
    // "OpenAI's board" is something of OpenAI's, not OpenAI.
    if (m->last_token < end() && tok(m->last_token).is("'s")) return std::nullopt;
    Name n = from_mention(m);
    n.first = i;
    return n;
  }
  // "the venture", "the joint venture", "the project": the venture the text is about, when it names one.
  std::size_t last = k;
  if (in(last) && tok(last).is("joint")) ++last;
  if (!(in(last) && token_is(tok(last), {"venture", "project", "consortium"})) || k == i) return std::nullopt;
  const Entity* venture = venture_spoken_of(false);
  if (!venture) return std::nullopt;
  return Name{
      {std::string(v_.text.substr(tok(i).start, tok(last).end - tok(i).start)), venture}, i, last + 1};
}

const Entity* RelationFinder::venture_spoken_of(bool or_before) const {
  const Entity* venture = nullptr;
  for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
    if (list == &v_.previous && !or_before) break;
    for (const EntityMention& m : *list) {
      if (m.entity->is_person() || m.entity == venture || !members_fact(*m.entity)) continue;
      if (venture) return nullptr;  // two ventures: which one is not said
      venture = m.entity;
    }
    if (venture) return venture;
  }
  return nullptr;
}

std::optional<RelationFinder::Name> RelationFinder::described_after_article(std::size_t i,
                                                                            const Entity& leader) const {
  if (!in(i)) return std::nullopt;
  // An alias with its article, the article before the leader: "the Altman-led ChatGPT maker".
  for (const Entity& e : facts_.entities()) {
    if (e.is_person()) continue;
    for (const std::string& alias : e.aliases) {
      if (alias.rfind("the ", 0) != 0) continue;
      const std::vector<Token> words = tokenize(std::string_view(alias).substr(4));
      std::size_t k = i;
      for (const Token& w : words) {
        if (!in(k) || tok(k).norm != w.norm) break;
        ++k;
      }
      if (k - i == words.size() && !words.empty())
        return Name{{std::string(v_.text.substr(tok(i).start, tok(k - 1).end - tok(i).start)), &e}, i, k};
    }
  }
  // A plain noun, "the Nadella-led company", "the Son-led venture": the organisation the sentence or the
  // one before names whose role the leader holds or held.
  if (!token_is(tok(i), {"company", "firm", "group", "startup", "start-up", "lab", "giant", "venture",
                         "project", "consortium", "maker", "outfit"}))
    return std::nullopt;
  for (const auto* list : {&v_.entities, &v_.antecedents, &v_.previous}) {
    for (const EntityMention& m : *list) {
      if (m.entity->is_person()) continue;
      for (const Predicate& role : facts_.predicates())
        if (role.value == ValueKind::role && holds_or_held(*m.entity, leader, &role))
          return Name{
              {std::string(v_.text.substr(tok(i).start, tok(i).end - tok(i).start)), m.entity}, i, i + 1};
    }
  }
  return std::nullopt;
}

const Predicate* RelationFinder::chair_role() const {
  for (const Predicate& p : facts_.predicates())
    if (p.value == ValueKind::role)
      for (const std::string& cue : p.cues)
        if (cue.rfind("chair", 0) == 0) return &p;
  return nullptr;
}

std::optional<RelationFinder::Name> RelationFinder::person_before(std::size_t i) const {
  std::size_t k = i;
  bool who = false;
  while (k > begin() && is_between_subject_and_verb(tok(k - 1))) {
    who = who || tok(k - 1).is("who");
    --k;
  }
  if (k > begin() && tok(k - 1).is(",")) --k;
  if (k <= begin()) return std::nullopt;
  if (const EntityMention* m = ending_at(k)) {
    // "Masayoshi Son of SoftBank chairs the venture": the person the organisation is of.
    if (!m->entity->is_person() && m->first_token >= begin() + 2 && tok(m->first_token - 1).is("of"))
      if (const EntityMention* p = ending_at(m->first_token - 1); p && p->entity->is_person()) m = p;
    if (!m->entity->is_person()) return std::nullopt;
    // "Masayoshi Son, rather than Sam Altman, chairs it": the one set aside is not the subject; the
    // one before the comma is.
    std::size_t b = m->first_token;
    if (b > begin() + 1 && tok(b - 1).is("than") && tok(b - 2).is("rather"))
      b -= 2;
    else if (b > begin() + 1 && tok(b - 1).is("of") && tok(b - 2).is("instead"))
      b -= 2;
    else if (b > begin() && token_is(tok(b - 1), {"not", "non", "nicht", "no"}))
      b -= 1;
    // "Masayoshi Son, et non Sam Altman, préside Stargate", "and not"
    if (b < m->first_token && b > begin() && token_is(tok(b - 1), {"and", "et", "und", "y", "e"})) b -= 1;
    if (b == m->first_token) return from_mention(m);
    if (b > begin() + 1 && tok(b - 1).is(",")) {
      if (const EntityMention* p = ending_at(b - 1); p && p->entity->is_person()) return from_mention(p);
    }
    return std::nullopt;
  }
  // "he" or "she": the person this sentence or the one before named last.
  if (token_is(tok(k - 1), {"he", "she"})) {
    const EntityMention* person = nullptr;
    for (const EntityMention& m : v_.entities)
      if (m.entity->is_person() && m.last_token < k) person = &m;
    if (!person)
      for (const EntityMention& m : v_.antecedents)
        if (m.entity->is_person()) person = &m;
    if (!person) return std::nullopt;
    return Name{
        {std::string(v_.text.substr(tok(k - 1).start, tok(k - 1).end - tok(k - 1).start)), person->entity},
        k - 1,
        k};
  }
  // A name the base does not know, as "Larry Ellison, who ..." or "Larry Ellison chairing": two or three
  // capitalised words, but not in a headline, where every word is capitalised.
  if (!who && headline()) return std::nullopt;
  std::size_t b = k;
  while (b > begin() && k - b < 3 && tok(b - 1).is_word() && v_.capitalized(b - 1) &&
         !is_function_word(tok(b - 1)) && !ending_at(b))
    --b;
  if (k - b < 2) return std::nullopt;
  // "Sam Altman, not Greg Brockman, is the company's chief executive": the one set aside is not the
  // subject; a person named before the comma is.
  std::size_t c = b;
  if (c > begin() + 1 && tok(c - 1).is("than") && tok(c - 2).is("rather"))
    c -= 2;
  else if (c > begin() && token_is(tok(c - 1), {"not", "non", "nicht", "no"}))
    c -= 1;
  if (c < b) {
    if (c > begin() + 1 && tok(c - 1).is(","))
      if (const EntityMention* p = ending_at(c - 1); p && p->entity->is_person()) return from_mention(p);
    return std::nullopt;
  }
  return name_at(b);
}

bool RelationFinder::headline() const {
  // A headline ends without a stop: "Larry Ellison will chair Stargate." is a sentence.
  if (tok(end() - 1).is(".")) return false;
  return v_.title_case(3);
}

// ---- backing ---------------------------------------------------------------------------------------

void RelationFinder::backed_at(std::size_t i) {
  // "Microsoft-backed OpenAI": the backer glued to "-backed" before the organisation. The base's rank
  // of the backer among the organisation's investors confirms it; nothing here can contradict it, as
  // the base need not list every backer.
  if (!tok(i).is("backed") || i < begin() + 2 || !tok(i - 1).is("-") || !adjacent(tok(i - 1), tok(i))) return;
  const EntityMention* backer = ending_at(i - 1);
  auto org = organisation_at(i + 1);
  if (!backer || backer->entity->is_person() || !org || !org->thing.entity ||
      taken(backer->first_token, org->last))
    return;
  for (const Predicate& p : facts_.predicates()) {
    if (p.value != ValueKind::rank) continue;
    for (std::size_t fi : facts_.facts_with(p.id)) {
      const Fact& f = facts_.facts()[fi];
      if (f.subject != backer->entity->id || f.object != org->thing.entity->id) continue;
      RelationClaim rel;
      rel.relation = ValueKind::rank;
      rel.predicate = &p;
      rel.subject = from_mention(backer).thing;
      rel.object = org->thing;
      rel.rank = f.value.rank;
      Claim claim;
      claim.relation = rel;
      claim.fact = &f;
      claim.verdict = Verdict::supported;
      add(std::move(claim), backer->first_token, org->last);
      return;
    }
  }
}

// ---- leadership by possession -----------------------------------------------------------------------

void RelationFinder::possessed_by_leader() {
  // "Sam Altman's OpenAI": the organisation as its leader's. It confirms only: a founder's or an
  // owner's name may stand so too ("Musk's OpenAI" of the early years).
  for (const EntityMention& p : v_.entities) {
    const std::size_t k = p.last_token;
    if (!p.entity->is_person() || !in(k + 1) || !tok(k).is("'s")) continue;
    const EntityMention* org = starting_at(k + 1);
    if (!org || org->entity->is_person() || taken(p.first_token, org->last_token)) continue;
    // "Altman's outfit" names OpenAI by its leader already: it says nothing more.
    if (!v_.capitalized(org->first_token)) continue;
    Claim claim = role_claim(from_mention(org), from_mention(&p), nullptr, Polarity::asserted);
    if (claim.verdict != Verdict::supported) continue;
    add(std::move(claim), p.first_token, org->last_token);
  }
}

// ---- membership ------------------------------------------------------------------------------------

void RelationFinder::founders_of(const EntityMention& venture) {
  const Fact* fact = members_fact(*venture.entity);
  if (!fact) return;
  // "OpenAI, SoftBank and Oracle unveiled Stargate", "the three amigos behind Stargate": a list before
  // the venture, in its clause, and a verb of founding or "behind" between them.
  std::size_t floor = venture.first_token;
  while (floor > begin() && !token_is(tok(floor - 1), {";", ":", "--", "."})) --floor;
  std::size_t verb = venture.first_token;
  for (std::size_t k = venture.first_token; k > floor; --k) {
    if (token_is(tok(k - 1), {"unveiled", "unveil", "unveils", "formed", "form", "forms", "launched",
                              "launch", "launches", "created", "create", "founded", "behind", "up"})) {
      verb = k - 1;
      break;
    }
  }
  if (verb == venture.first_token || verb - floor < 3) return;
  for (std::size_t s = floor; s < verb; ++s) {
    std::vector<Name> items;
    std::size_t e = s;
    for (auto n = name_at(s); n;) {
      items.push_back(*n);
      e = n->last;
      std::size_t j = n->last;
      if (in(j) && tok(j).is(",")) ++j;
      if (in(j) && token_is(tok(j), {"and", "&", "+"})) ++j;
      if (j == n->last) break;
      n = name_at(j);
    }
    const auto known =
        std::count_if(items.begin(), items.end(), [](const Name& n) { return n.thing.entity; });
    if (items.size() < 2 || known < 2 || taken(s, e) || verb - e > 8) {
      if (!items.empty()) s = e - 1;
      continue;
    }
    RelationClaim rel;
    rel.relation = ValueKind::members;
    rel.predicate = facts_.predicate(fact->predicate);
    rel.subject = from_mention(&venture).thing;
    for (const Name& n : items) rel.members.push_back(n.thing);
    Claim claim;
    claim.relation = rel;
    claim.fact = fact;
    std::set<std::string> named;
    for (const Name& n : items)
      if (n.thing.entity) named.insert(n.thing.entity->id);
    const FactValue& v = fact->value;
    const bool all_named = std::all_of(v.members.begin(), v.members.end(),
                                       [&](const std::string& id) { return named.count(id); });
    const bool none_extra = std::all_of(items.begin(), items.end(), [&](const Name& n) {
      return n.thing.entity &&
             (std::count(v.members.begin(), v.members.end(), n.thing.entity->id) ||
              std::count(v.optional_members.begin(), v.optional_members.end(), n.thing.entity->id));
    });
    // Some of the members, and no one else, behind it: true as far as it goes ("OpenAI and SoftBank
    // unveiled Stargate"), so no mark either way.
    if (none_extra && !all_named) return;
    claim.verdict = all_named && none_extra ? Verdict::supported : Verdict::contradicted;
    add(std::move(claim), items.front().first, items.back().last);
    return;
  }
}

void RelationFinder::membership_at(std::size_t i) {
  const Token& t = tok(i);
  std::optional<Name> venture;
  std::size_t verb = i, stop = i + 1;  // the words that say it, and where the claim's span ends
  Polarity said = Polarity::asserted;  // what the words themselves say: "outside" denies
  bool only_confirms = false;
  // An owner or shareholder of a venture is one of its members: "is not an owner of Stargate".
  const bool member_word = token_is(t, {"member", "members", "owner", "owners", "shareholder", "shareholders",
                                        "participant", "participants"}) ||
                           (token_is(t, {"holder", "holders"}) && i > begin() && tok(i - 1).is("equity"));
  if ((t.is("part") || member_word) && in(i + 1) &&
      (tok(i + 1).is("of") || (member_word && tok(i + 1).is("in")))) {  // "an equity holder in Stargate"
    venture = organisation_at(i + 2);  // "part of Stargate", "a member of the venture"
  } else if (t.is("equity") && in(i + 2) && tok(i + 1).is("in")) {
    // "Oracle, which holds equity in Stargate", "Microsoft holds no equity in the venture"
    venture = organisation_at(i + 2);
    std::size_t k = i;
    while (k > begin() && token_is(tok(k - 1), {"no", "an", "any", "a", "some"})) --k;
    if (k > begin() && token_is(tok(k - 1), {"holds", "hold", "held", "has", "have", "had", "takes", "took",
                                             "owns", "own", "owned"})) {
      verb = k - 1;
      if (tok(k).is("no")) said = Polarity::negated;
    } else {
      venture.reset();
    }
  } else if (member_word) {
    // "a Stargate member", "one of Stargate's members"
    if (const EntityMention* m = entity_before(i, true); m && !m->entity->is_person()) {
      venture = from_mention(m);
      verb = m->first_token;
    }
  } else if (token_is(t, {"owns", "own", "owned"}) && !(in(i + 1) && tok(i + 1).is("by"))) {
    // "Microsoft owns Stargate", "SoftBank owns part of Stargate", "owns a stake in the venture".
    std::size_t k = i + 1;
    while (k < end() && k < i + 5 && token_is(tok(k), {"part", "of", "a", "stake", "in", "share", "piece"}))
      ++k;
    venture = organisation_at(k);
    // Not another thing of that name: "Amazon owns the Stargate film and TV franchise".
    if (venture && in(venture->last) && tok(venture->last).is_word() && !v_.capitalized(venture->last) &&
        !token_is(tok(venture->last), {"venture", "project", "joint", "jv", "outright", "jointly", "together",
                                       "alongside", "with", "and", "since", "now"}))
      venture.reset();
  } else if (token_is(t, {"partner", "partners"}) && i > begin() &&
             token_is(tok(i - 1), {"equity", "technology", "tech"})) {
    // "an equity partner in Stargate" is a member; "a technology partner" of Stargate is not one.
    verb = i - 1;
    if (!tok(i - 1).is("equity")) {
      said = Polarity::negated;
      only_confirms = true;  // a member may be a technology partner too (Oracle is both)
    }
    if (in(i + 1) && token_is(tok(i + 1), {"in", "of", "to"})) {
      venture = organisation_at(i + 2);
    } else if (const EntityMention* m = entity_before(i - 1, true); m && !m->entity->is_person()) {
      venture = from_mention(m);  // "a Stargate equity partner"
      verb = m->first_token;
    } else if (const Entity* e = venture_spoken_of()) {
      // "Microsoft is among the technology partners": of the one venture the sentence or the one
      // before speaks of.
      venture = Name{{e->name, e}, i, i + 1};
    }
  } else if (token_is(t, {"join", "joins", "joined", "joining"})) {
    venture = organisation_at(i + 1);
    // "Microsoft joined Stargate as a technology partner rather than a member": not as a member.
    std::size_t k = venture ? venture->last : i + 1;
    if (in(k + 1) && tok(k).is("as") && token_is(tok(k + 1), {"a", "an"})) ++k;
    if (venture && in(k + 1) && token_is(tok(k + 1), {"technology", "tech"})) {
      said = Polarity::negated;
      only_confirms = true;
    }
  } else if (t.is("outside") ||
             (token_is(t, {"sit", "sits", "sat", "sitting"}) && in(i + 1) && tok(i + 1).is("out"))) {
    // "stays outside Stargate", "will sit out the equity side of the new Stargate venture"
    said = Polarity::negated;
    for (std::size_t k = i + 1; k < std::min(end(), i + 10) && !is_clause_break(tok(k)); ++k) {
      if (const EntityMention* m = starting_at(k); m && !m->entity->is_person() && members_fact(*m->entity)) {
        venture = from_mention(m);
        break;
      }
    }
  }
  if (venture && venture->thing.entity) member_phrase(i, verb, stop, said, only_confirms, *venture);
}

void RelationFinder::member_phrase(std::size_t i, std::size_t verb, std::size_t stop, Polarity said,
                                   bool only_confirms, const Name& venture) {
  const Fact* fact = members_fact(*venture.thing.entity);
  if (!fact) return;
  stop = std::max(stop, venture.last);
  // Who is said to be in it: the organisation before the words.
  std::size_t span_first = 0;
  std::optional<Name> member = member_before(verb, venture, span_first);
  if (!member) return;
  // "Microsoft, which has invested ..., will take part in Stargate only as a technology partner": past
  // the venture itself, the organisation the sentence opens on.
  if (member->thing.entity == venture.thing.entity) {
    const auto opener = std::find_if(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return !m.entity->is_person() && m.entity != venture.thing.entity && m.last_token <= member->first;
    });
    if (!only_confirms || opener == v_.entities.end() || opener->first_token != begin()) return;
    member = from_mention(&*opener);
    // The claim is the words that say it, from the venture's name, not the clauses between.
    span_first = verb;
    for (const EntityMention& m : v_.entities)
      if (m.entity == venture.thing.entity && m.last_token <= verb) span_first = m.first_token;
  }
  const std::size_t first = span_first ? span_first : member->first;
  if (taken(first, stop)) return;
  Polarity polarity = polarity_between(v_, member->last, i);
  if (said == Polarity::negated) polarity = Polarity::negated;
  // "A SoftBank spokesman denied that Microsoft holds any equity in Stargate".
  if (member->first >= begin() + 2 && tok(member->first - 1).is("that") &&
      token_is(tok(member->first - 2), {"denied", "denies", "deny", "denying", "rejected"}))
    polarity = polarity == Polarity::negated ? Polarity::asserted : Polarity::negated;
  RelationClaim rel;
  rel.relation = ValueKind::members;
  rel.predicate = facts_.predicate(fact->predicate);
  rel.subject = venture.thing;
  rel.members = {member->thing};
  Claim claim;
  claim.relation = rel;
  judge_membership(claim, *fact, *member, polarity);
  if (only_confirms && claim.verdict == Verdict::contradicted) return;
  // A technology partner is not a member; it is one only where the base says so of it: "Amazon is a
  // technology partner of Stargate" is not confirmed by Amazon's not being a member.
  // (Of a list, one the base says so of will do: "Microsoft, Nvidia and Arm are named as key technology
  // partners".)
  const auto said_so_of = [&](const Entity* e) {
    return e && e != venture.thing.entity && fact->statement.find(e->name) != std::string::npos;
  };
  // (Against sources, whose sentences name partners apart from the venture's members, as before.)
  if (only_confirms && !facts_.from_documents() && !said_so_of(member->thing.entity) &&
      std::none_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
        return m.last_token <= first && m.first_token + 8 >= first && said_so_of(m.entity);
      }))
    return;
  add(std::move(claim), first, stop);
}

// The member a venture's words at `verb` are said of: the organisation before them, "which", copulas and
// denials between. After a relative clause ("Microsoft, which has invested in OpenAI, was not part of
// Stargate"), `span_first` is where the claim's span starts.
std::optional<RelationFinder::Name> RelationFinder::member_before(std::size_t verb, const Name& venture,
                                                                  std::size_t& span_first) const {
  std::size_t k = verb;
  while (k > begin() && is_between_subject_and_verb(tok(k - 1))) --k;
  if (k > begin() && tok(k - 1).is(",")) --k;
  // "Microsoft, which has invested in OpenAI, was not part of Stargate": the name before "which"; the
  // claim's span then starts after the relative clause, which may hold figures of its own.
  if (k > begin() && tok(k).is(",")) {
    for (std::size_t w = k; w > begin() + 1; --w) {
      if (tok(w - 1).is(";")) break;
      if (token_is(tok(w - 1), {"which", "who"}) && tok(w - 2).is(",")) {
        span_first = k + 1;
        k = w - 2;
        break;
      }
    }
  }
  std::optional<Name> member;
  if (const EntityMention* m = ending_at(k);
      m && !m->entity->is_person() && m->entity != venture.thing.entity) {
    member = from_mention(m);
  } else if (k > begin() && tok(k - 1).is_word() && v_.capitalized(k - 1) && !is_function_word(tok(k - 1))) {
    std::size_t b = k - 1;
    while (b > begin() && k - b < 3 && tok(b - 1).is_word() && v_.capitalized(b - 1) &&
           !is_function_word(tok(b - 1)))
      --b;
    member = name_at(b);
  }
  return member;
}

// ---- leadership ------------------------------------------------------------------------------------

void RelationFinder::leadership_at(std::size_t i) {
  // "presided over by Masayoshi Son" is "chaired by" him.
  const bool presided = tok(i).is("presided") && in(i + 3) && tok(i + 1).is("over") && tok(i + 2).is("by");
  const bool chaired = tok(i).is("chaired") || presided;
  if (!is_leading_verb(tok(i)) && !chaired) return;
  // "Murati-led OpenAI", "Microsoft-led Stargate", "Son-chaired Stargate": a name glued to "-led"
  // before the organisation.
  if ((tok(i).is("led") || chaired) && i >= begin() + 2 && tok(i - 1).is("-") &&
      adjacent(tok(i - 1), tok(i))) {
    led_glued_at(i, chaired);
    return;
  }
  // "Stargate, chaired by Larry Ellison", "OpenAI, led by Sam Altman": the organisation before, the
  // person after "by".
  const std::size_t by = presided ? i + 2 : i + 1;
  if ((presided || token_is(tok(i), {"led", "run", "headed", "helmed", "steered", "chaired"})) &&
      in(by + 1) && tok(by).is("by")) {
    led_by_at(i, by, chaired);
    return;
  }
  // "Satya Nadella, who has run Microsoft since 2014", "she ran OpenAI", "Son will head Stargate".
  auto org = organisation_at(i + 1);
  if (!org || !org->thing.entity) return;
  auto person = person_before(i);
  if (!person || taken(person->first, org->last)) return;
  // A past tense says it is over only with "no longer", "former" and the like: "Nadella ran Microsoft"
  // may still be true, so the tense alone decides nothing.
  add(role_claim(*org, *person, nullptr, polarity_between(v_, person->last, i)), person->first, org->last);
}

// The reader of "Murati-led OpenAI" (leadership_at): the name glued to "-led" or "-chaired" at token i
// leads the organisation after it, or, an organisation itself, is a member of the venture after it.
void RelationFinder::led_glued_at(std::size_t i, bool chaired) {
  // "-chaired" says which role: the base's role whose cues say "chair".
  const Predicate* role = chaired ? chair_role() : nullptr;
  if (chaired && !role) return;
  const EntityMention* leader = ending_at(i - 1);
  auto org = organisation_at(i + 1);
  if (!org && leader && leader->entity->is_person() && leader->first_token > begin() &&
      tok(leader->first_token - 1).is("the"))
    org = described_after_article(i + 1, *leader->entity);
  if (!leader || !org || !org->thing.entity || taken(leader->first_token, org->last)) return;
  Claim claim;
  if (leader->entity->is_person()) {
    claim = role_claim(*org, from_mention(leader), role, Polarity::asserted);
  } else if (chaired) {
    return;
  } else if (const Fact* fact = members_fact(*org->thing.entity)) {
    RelationClaim rel;
    rel.relation = ValueKind::members;
    rel.predicate = facts_.predicate(fact->predicate);
    rel.subject = org->thing;
    rel.members = {from_mention(leader).thing};
    claim.relation = rel;
    judge_membership(claim, *fact, from_mention(leader), Polarity::asserted);
  } else {
    return;
  }
  add(std::move(claim), leader->first_token, org->last);
}

// The reader of "OpenAI, led by Sam Altman" (leadership_at): the organisation before the verb at token i,
// the person after "by" at `by`.
void RelationFinder::led_by_at(std::size_t i, std::size_t by, bool chaired) {
  std::size_t k = i;
  if (k > begin() && tok(k - 1).is(",")) --k;
  // "Stargate is chaired by Sam Altman", "OpenAI has been led by …"
  while (k > begin() && token_is(tok(k - 1), {"is", "was", "be", "been", "has", "will", "now", "still"})) --k;
  const EntityMention* org = ending_at(k);
  // "Stargate, a venture chaired by …", "Stargate, the joint venture presided over by …": the
  // organisation before the noun that describes it.
  // (A description that lists names too: "Stargate, the alliance of OpenAI, Oracle and SoftBank
  // presided over by …".)
  // A name that ends a list or follows "of" is not the one led: "the alliance of OpenAI and Oracle
  // chaired by …".
  if (org && org->first_token > begin() && token_is(tok(org->first_token - 1), {"and", "of", "&"}))
    org = nullptr;
  // "OpenAI, founded in December 2015, is led by Sam Altman": the organisation before a clause set
  // off by commas.
  // (The claim is then the verb and the person, as below: the clause may hold claims of its own.)
  bool set_off = false;
  if (!org && k > begin() + 2 && tok(k - 1).is(",") && i > k)
    for (std::size_t d = k - 2; d > begin() && k - d < 10; --d)
      if (tok(d).is(",")) {
        const EntityMention* m = ending_at(d);
        if (m && !m->entity->is_person() && m->first_token == begin()) org = m;
        set_off = org != nullptr;
        break;
      }
  const bool described = !org;
  for (std::size_t d = k; !org && d > begin() + 1 && k - d < 12; --d)
    if (token_is(tok(d - 1), {"a", "an", "the"}) && tok(d - 2).is(",")) org = ending_at(d - 2);
  // (Past a word of address: "chaired by Dame Penelope Hurst".)
  auto person = name_at(past_address(by + 1));
  // "by the Japanese billionaire Masayoshi Son": a known person after a description.
  if (tok(by + 1).is("the"))
    for (const EntityMention& m : v_.entities)
      if (m.entity->is_person() && m.first_token > by + 1 && m.first_token <= by + 5) {
        person = from_mention(&m);
        break;
      }
  // "a venture chaired by Masayoshi Son", naming no venture: the one organisation the base gives him
  // that role at, which the sentence can confirm and never contradict.
  if (!org && chaired && person && person->thing.entity && person->thing.entity->is_person() &&
      k > begin() + 1 && token_is(tok(k - 2), {"a", "an", "the"})) {
    const Predicate* role = chair_role();
    const Entity* only = nullptr;
    for (std::size_t fi : role ? facts_.facts_with(role->id) : std::vector<std::size_t>{}) {
      const Fact& f = facts_.facts()[fi];
      const Entity* e = f.value.entity == person->thing.entity->id ? facts_.entity(f.subject) : nullptr;
      if (!e || e == only) continue;
      if (only) return;
      only = e;
    }
    if (!only || taken(k - 2, person->last)) return;
    Claim claim = role_claim(Name{{only->name, only}, k - 1, k}, *person, role, Polarity::asserted);
    if (claim.verdict == Verdict::supported) add(std::move(claim), k - 2, person->last);
    return;
  }
  if (!org || org->entity->is_person() || !person) return;
  const bool known = person->thing.entity != nullptr;
  // A name the base does not know may be an investor's that led a round ("OpenAI, led by Thrive
  // Capital"): only a chair is read so.
  if (known ? !person->thing.entity->is_person()
            : (!chaired || person->last - person->first < 2 || headline()))
    return;
  // Described at length, the claim is the verb and the person: the description may hold claims of its own.
  const std::size_t first = described || set_off ? i : org->first_token;
  if (taken(first, person->last)) return;
  const Predicate* role = chaired ? chair_role() : nullptr;
  if (chaired && !role) return;
  add(role_claim(from_mention(org), *person, role, Polarity::asserted), first, person->last);
}

Claim RelationFinder::role_claim(const Name& org, const Name& person, const Predicate* predicate,
                                 Polarity polarity) const {
  RelationClaim rel;
  rel.relation = ValueKind::role;
  rel.subject = org.thing;
  rel.object = person.thing;
  Claim claim;
  claim.relation = rel;
  judge_role(claim, *org.thing.entity, person, predicate, polarity);  // names the predicate it judged by
  return claim;
}

}  // namespace factcheck
