// Stage 4a: relational claims. Membership ("a joint venture between OpenAI, SoftBank and Oracle"),
// roles ("OpenAI CEO Sam Altman", "Satya Nadella, Microsoft's chief executive") and ranks ("the
// largest investor in OpenAI"), found around the cues of the fact base's relational predicates, and
// (relation_phrases.cpp) around the engine's own words for them. A denied or ended relation ("is not
// part of", "no longer") flips or withholds the verdict.
// This file: the entry point, the run over the sentence's cues, and the reading helpers every reader
// shares. Each cue-led reader has its file: relation_roles.cpp, relation_ranks.cpp, relation_members.cpp.
#include "match/relations.hpp"

#include <algorithm>

#include "learn/names.hpp"
#include "match/relation_finder.hpp"

namespace factcheck {

namespace {

// Month names and their abbreviations: "REDMOND, Washington, Jan 23" is a dateline, not a list of names.
bool is_month(const Token& t) {
  return token_is(t, {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
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
  // "Yoon Ha-na": a given name's second syllable in lower case, after a short capitalised first.
  if (j - i >= 2 && joins_syllables(v_.text, v_.tokens, j, end())) j += 2;
  return Name{{std::string(v_.text.substr(tok(i).start, tok(j - 1).end - tok(i).start)), nullptr}, i, j};
}

std::size_t RelationFinder::past_address(std::size_t i) const {
  // "chaired by SoftBank's Masayoshi Son": the organisation the person is of, before the name.
  if (const EntityMention* m = starting_at(i);
      m && !m->entity->is_person() && in(m->last_token + 1) && tok(m->last_token).is("'s")) {
    const auto n = name_at(m->last_token + 1);
    if (n && (n->thing.entity ? n->thing.entity->is_person() : n->last - n->first >= 2))
      return m->last_token + 1;
  }
  if (!in(i + 1) || !token_is(tok(i), {"dr", "prof", "professor", "mr", "ms", "mrs", "sir", "dame", "lord",
                                       "lady", "atty"}))
    return i;
  return in(i + 2) && tok(i + 1).is(".") ? i + 2 : i + 1;
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
