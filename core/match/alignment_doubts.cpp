// The source aligner's doubts about a support the matcher found, and the revision a contradicted figure
// may be: each reads the draft's sentence against the fact's source sentence (alignment.hpp).
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "match/alignment.hpp"
#include "match/alignment_words.hpp"
#include "match/stance.hpp"
#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/tokens.hpp"

namespace factcheck {

namespace {

// Whether the draft's words between figure `q` and the figure `beside` it, and the word right before `q`,
// are all words of the source sentence `quote`: "rose 18% to 9,400 tonnes" retold from "rose 8% to 9,400
// tonnes", not "exports rose 18%, and output reached 9,400 tonnes".
bool retold_beside(const SentenceView& view, const QuantityMention& q, const QuantityMention& beside,
                   const std::string& quote) {
  const bool first = q.last_token <= beside.first_token;
  const std::size_t from = first ? q.last_token : beside.last_token;
  const std::size_t to = first ? beside.first_token : q.first_token;
  if (to < from || to - from > 3 || q.first_token <= view.sentence.first_token) return false;
  std::unordered_set<std::string> said;
  for (const Token& t : tokenize(quote)) said.insert(t.norm);
  for (std::size_t k = from; k < to; ++k)
    if (!said.count(view.tokens[k].norm)) return false;
  const Token& before = view.tokens[q.first_token - 1];
  return !before.is_word() || said.count(before.norm) > 0;
}

// The compass direction said within three words after tokens [.., last): "3 miles south of the village";
// "" when none.
std::string direction_after(const std::vector<Token>& t, std::size_t last, std::size_t end) {
  static const std::unordered_set<std::string> kDirections = {
      "north",     "south",     "east",       "west",       "northeast",  "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"};
  for (std::size_t k = last; k < end && k < last + 3; ++k)
    if (kDirections.count(t[k].norm)) return t[k].norm;
  return "";
}

}  // namespace

std::vector<std::size_t> SourceAligner::sentences_with(const std::string& stem) const {
  std::vector<std::size_t> out;
  const auto posting = postings_.find(stem);
  if (posting == postings_.end()) return out;
  for (std::size_t g : posting->second.groups) out.insert(out.end(), groups_[g].begin(), groups_[g].end());
  std::sort(out.begin(), out.end());
  return out;
}

const Fact* SourceAligner::revision(const Claim& claim) const {
  if (claim.verdict != Verdict::contradicted || !claim.quantity || claim.relation || !claim.fact)
    return nullptr;
  const std::size_t index = static_cast<std::size_t>(claim.fact - facts_.facts().data());
  if (index >= revised_by_.size() || !revised_by_[index]) return nullptr;
  const Fact* later = revised_by_[index];
  return agrees(*claim.quantity, later->value) ? later : nullptr;
}

bool SourceAligner::span_differs(const SentenceView& view, const QuantityMention& q,
                                 std::size_t source) const {
  // The span the draft gives the figure: "over five years" (a duration after it, with "over"), or a
  // year's worth ("$140M a year", "annually").
  const QuantityMention* over = nullptr;
  for (const QuantityMention* d : view.quantities) {
    if (d->kind != QuantityKind::duration || d->first_token < q.last_token ||
        d->first_token > q.last_token + 3)
      continue;
    for (std::size_t k = q.last_token; k < d->first_token; ++k)
      if (d->unit == "yr" && token_is(view.tokens[k], {"over", "across", "during"})) over = d;
  }
  const std::size_t at = q.last_token;
  const auto is = [&](std::size_t k, std::initializer_list<std::string_view> words) {
    return k < view.sentence.last_token && token_is(view.tokens[k], words);
  };
  const bool yearly =
      is(at, {"annually", "yearly"}) || (is(at, {"a", "per", "each"}) && is(at + 1, {"year", "yr"}));
  if ((!over || over->value < 2) && !yearly) return false;
  // The source sentence's own spans: "over three years", "this fiscal year".
  bool several_years = false, same = false;
  std::vector<double> years;  // "between 2016 and 2022" spans six years
  for (const QuantityMention& d : reading(source).quantities) {
    if (d.kind == QuantityKind::date && d.unit == "year") years.push_back(d.value);
    if (d.kind != QuantityKind::duration) continue;
    several_years = several_years || (d.unit == "yr" && d.value >= 2);
    same = same || (over && d.unit == over->unit && d.value == over->value);
  }
  for (std::size_t i = 0; over && i < years.size(); ++i)
    for (std::size_t j = i + 1; j < years.size(); ++j)
      same = same || std::fabs(years[j] - years[i]) == over->value;
  // "over two years" that the sentence does not give; "a year" where it spreads the figure over years.
  return over ? !same : several_years;
}

SourceAligner::Doubt SourceAligner::doubt(const Claim& claim, const SentenceView& view) const {
  if (claim.verdict != Verdict::supported || !claim.quantity || claim.relation || !claim.fact) return {};
  const auto source = source_index_.find(claim.fact->source);
  if (source == source_index_.end()) return {};
  const Near near = near_of(view, *claim.quantity);
  if (period_differs(near, source->second) || span_differs(view, *claim.quantity, source->second))
    return {"another period"};
  // "3 miles south of the village" against "3 miles north of Lanthorn": a distance the other way.
  if (claim.quantity->kind == QuantityKind::measure) {
    const std::string said =
        direction_after(view.tokens, claim.quantity->last_token, view.sentence.last_token);
    const std::string& quote = facts_.sources()[source->second].quote;
    if (!said.empty() && quote.find(said) == std::string::npos) {
      const std::vector<Token>& tokens = reading(source->second).tokens;
      for (const QuantityMention& m : reading(source->second).quantities)
        if (m.kind == QuantityKind::measure && same_amount(m.value, claim.quantity->value) &&
            !direction_after(tokens, m.last_token, tokens.size()).empty())
          return {"another direction"};
    }
  }
  // "45.9% in Q2" against "Fourth-quarter gross margin was 45.9%": another quarter's figure.
  if (const unsigned said = near.quarter, given = quarters_[source->second]; said && given && !(said & given))
    return {"another period"};
  if (const Fact* other = nullptr;
      words_of_another(view, *claim.quantity, source->second, *claim.fact, other))
    return {"another figure's words", other};
  // "Gusts of up to 186 km/h", "as many as 40": a writer names the most there was. Against the sources'
  // 168 km/h it holds as a bound, but it is not what they say.
  const QuantityMention& q = *claim.quantity;
  if (q.comparator == Comparator::at_most && claim.value && !claim.value->date.size()) {
    QuantityMention point = q;
    point.comparator = Comparator::none;
    point.interval = interval_for(q.value, q.step, Comparator::none);
    if (!agrees(point, *claim.value)) return {"a higher bound"};
  }
  // A year the draft ties to the figure ("target 100% by 2030", "$14.3 billion in 2024", "a loss in the
  // first half of 2022") that its source sentence, which dates its figures, does not give: the sources
  // say it of another year.
  const std::vector<std::string>& times = times_[source->second];
  const bool source_years =
      std::any_of(times.begin(), times.end(), [](const std::string& t) { return t[0] <= '9'; });
  for (const QuantityMention* m : view.quantities) {
    if (!source_years || m->kind != QuantityKind::date ||
        (m->unit != "year" && m->unit != "half" && m->unit != "quarter"))
      continue;
    std::size_t at = m->first_token;
    if (m->unit != "year" && at > 0 && view.tokens[at - 1].is("the")) --at;
    if (at < q.last_token || at > q.last_token + 3 || at == 0 ||
        !token_is(view.tokens[at - 1], {"by", "in", "for", "until", "through", "from"}))
      continue;
    if (!std::binary_search(times.begin(), times.end(), m->date.substr(0, 4))) return {"another year"};
  }
  const std::size_t index = static_cast<std::size_t>(claim.fact - facts_.facts().data());
  // A draft that dates its figure ("in June dipped to 4.1%", "last year") speaks of that time, which the
  // earlier source reported, unless the later one says it revises ("now estimated at", "final").
  if (index < revised_by_.size() && revised_by_[index]) {
    bool dated = false;
    for (std::size_t k = near.from; k < near.to && !dated; ++k) dated = is_time_word(view.tokens[k]);
    for (const QuantityMention* m : view.quantities)
      dated =
          dated || (m->kind == QuantityKind::date && m->last_token > near.from && m->first_token < near.to);
    // (A year is no figure of the fact's: "founded in 2019" by a fact dated 2019 is not out of date.)
    if (says_revised_[index] &&
        (q.kind != QuantityKind::date || claim.fact->value.comparator == Comparator::until))
      return {"a later source", revised_by_[index], &then_.at(index)};
    // A stock counted again at a later day is out of date, unless the draft gives the day it was so.
    if (superseded_[index] && !dated) return {"a later source", revised_by_[index], &then_.at(index)};
    if (!dated || says_revised_[index]) return {"a later source", revised_by_[index]};
  }
  if (!near.unknown_owner) return {};
  // Unless the fact's subject is named: "Calder beat Ashby into a 9-knot headwind". But a name right
  // before the figure owns it: "w/ EWM: ALPN 40%" is ALPN's.
  const bool adjacent = near.unknown_at + 1 == q.first_token;
  for (const EntityMention& m : view.entities)
    if (m.entity && m.entity->id == claim.fact->subject && (!adjacent || m.first_token > near.unknown_at))
      return {};
  return {"said of another"};
}
bool SourceAligner::narrowed_otherwise(const SentenceView& view, const Near& near, const Fact& f) const {
  // Both sides narrow the same word, each with a word the other lacks: "cloud services market" against
  // "the country's data-centre market". (One side's word alone may be a rewrite's: "40 more shops".)
  const Source* src = facts_.source(f.source);
  if (!src) return false;
  const std::size_t fi = static_cast<std::size_t>(&f - facts_.facts().data());
  const std::vector<Token>& quote = reading(*src).tokens;
  const std::vector<std::string> said = stems_of(quote);  // the source sentence's words
  const auto narrows = [](const Token& t) {
    // A word of content, not a function word: "they're opening" against "would open" narrows nothing.
    return t.is_word() && t.norm.size() >= 4 &&
           std::all_of(t.norm.begin(), t.norm.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
           !token_is(t, {"total",   "overall", "annual", "whole", "entire", "domestic", "global", "local",
                         "current", "latest",  "same",   "their", "about",  "around",   "with",   "from",
                         "that",    "this",    "than",   "into",  "over",   "more",     "some",   "each",
                         "every",   "other",   "would",  "will",  "could",  "should",   "might",  "must",
                         "have",    "been",    "were",   "they",  "there",  "these",    "those",  "which",
                         "when",    "where",   "also",   "just",  "only",   "still",    "very",   "said",
                         "says",    "being",   "then",   "what",  "while",  "after",    "before", "under"});
  };
  const std::size_t to = std::min(near.to, view.stems.size());
  for (std::size_t k = near.from + 1; k < to; ++k) {
    const bool cue = std::any_of(fact_words_[fi].begin(), fact_words_[fi].end(),
                                 [&](const FactWord& w) { return w.stem == view.stems[k]; });
    if (!cue) continue;
    if (!narrows(view.tokens[k - 1]) || view.capitalized(k - 1) ||
        std::find(said.begin(), said.end(), view.stems[k - 1]) != said.end())
      return false;
    // The source's word before the same word, which the draft's sentence does not have.
    const auto first = view.stems.begin() + static_cast<std::ptrdiff_t>(view.sentence.first_token);
    const auto last = view.stems.begin() +
                      static_cast<std::ptrdiff_t>(std::min(view.sentence.last_token, view.stems.size()));
    for (std::size_t j = 1; j < said.size(); ++j)
      if (said[j] == view.stems[k] && narrows(quote[j - 1]) && std::find(first, last, said[j - 1]) == last)
        return true;
    return false;
  }
  return false;
}

bool SourceAligner::anchored_by(const Claim& claim, const QuantityMention& q, const SentenceView& view,
                                const std::vector<Claim>& sentence_claims, std::size_t source) const {
  return std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](const Claim& other) {
    if (&other == &claim || other.verdict != Verdict::supported || !other.fact || other.relation ||
        !other.quantity)
      return false;
    const auto at = static_cast<std::size_t>(other.fact - facts_.facts().data());
    // (A fact of no source sentence anchors none.)
    return predicate_of_[at] && source_of_[at] == source &&
           retold_beside(view, q, *other.quantity, facts_.sources()[source].quote);
  });
}

}  // namespace factcheck
