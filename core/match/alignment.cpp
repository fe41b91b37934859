#include "match/alignment.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "match/alignment_words.hpp"
#include "match/figure_judge.hpp"
#include "match/stance.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

namespace {

// The words that can tie a draft to a source sentence: stems of words of two letters or more.
bool counts_as_word(const Token& t) {
  return t.is_word() && t.norm.size() >= 2;
}

std::vector<std::string> distinct(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// The period a rate or a change is given over, as a bit: a figure "on the year" is not one "in the
// month" ("prices rose 0.3% on the year" where the sources' 0.3% is October's monthly rise). Adjectives
// say it alone; a noun only as "on/over/in/for the year", "per month" or "a year earlier", not "in a
// year and a half".
unsigned period_at(const std::vector<Token>& t, std::size_t k) {
  // Every word below begins with a, m, q, w or y: most words are passed over at their first letter.
  const std::string& w = t[k].norm;
  if (w.size() < 4 || (w[0] != 'a' && w[0] != 'm' && w[0] != 'q' && w[0] != 'w' && w[0] != 'y')) return 0;
  static const std::unordered_map<std::string_view, unsigned> kAdjectives = {
      {"annual", 1},    {"annually", 1}, {"yearly", 1},         {"year-on-year", 1},
      {"quarterly", 2}, {"monthly", 4},  {"month-on-month", 4}, {"weekly", 8}};
  static const std::unordered_map<std::string_view, unsigned> kNouns = {
      {"year", 1}, {"quarter", 2}, {"month", 4}, {"week", 8}};
  const auto adjective = kAdjectives.find(t[k].norm);
  if (adjective != kAdjectives.end()) return adjective->second;
  const auto noun = kNouns.find(t[k].norm);
  if (noun == kNouns.end() || k == 0) return 0;
  if (t[k - 1].is("per")) return noun->second;
  if (k + 1 < t.size() && (t[k + 1].is("earlier") || t[k + 1].is("ago")))
    return noun->second;  // "a year ago"
  const bool the = t[k - 1].is("the") && k >= 2 &&
                   (t[k - 2].is("on") || t[k - 2].is("over") || t[k - 2].is("in") || t[k - 2].is("for"));
  return the ? noun->second : 0;
}

// A word that says a figure replaces an earlier one: "now estimated at", "revised to", "final", "raised".
bool is_revision_word(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "now",     "revised",   "revises",    "revision", "preliminary", "provisional", "final",     "flash",
      "updated", "instead",   "corrected",  "raised",   "lowered",     "reduced",     "increased", "cut",
      "changed", "postponed", "downgraded", "upgraded", "restated",    "extended",    "delayed",   "moved"};
  return t.is_word() && kWords.count(t.norm) > 0;
}

// The value a fact is found by: its amount, or for a date its year.
double key_of(const FactValue& v, ValueKind kind) {
  return kind == ValueKind::date ? std::floor(v.interval.low) : v.amount;
}

bool figure_kind(ValueKind kind) {
  return kind == ValueKind::money || kind == ValueKind::percent || kind == ValueKind::count ||
         kind == ValueKind::measure || kind == ValueKind::date;
}

// How many words two sorted lists of distinct words share.
std::size_t shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t n = 0;
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++n;
      ++x;
      ++y;
    }
  }
  return n;
}

}  // namespace

// A month ("June", "Jun"), a quarter ("Q2") or a year ("2025"): what a figure of a series is for. A word
// is compared by its first three letters ("Sept" is "Sep"), a year whole.
bool is_time_word(const Token& t) {
  static const std::unordered_set<std::string_view> kMonths = {
      "january",  "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan",   "feb",   "mar", "apr",  "jun",  "jul",    "aug",       "sep",
      "sept",     "oct",      "nov",   "dec",   "q1",  "q2",   "q3",   "q4"};
  if (t.is_word()) return kMonths.count(t.norm) > 0;
  return t.norm.size() == 4 &&
         std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         (t.norm[0] == '1' || t.norm[0] == '2');
}

// The evidence for one candidate fact.
struct SourceAligner::Aligned {
  const Fact* fact = nullptr;
  const FactValue* fits = nullptr;  // the value the figure agrees with: the current one or an earlier
  bool current = false;             // `fits` is the fact's current value
  double score = 0;
  bool owner = false;     // its subject is whom the figure is about
  bool named = false;     // its subject is named in the sentence
  bool referred = false;  // ... or referred to ("it", the sentences before, what the sources are about)
  std::string cue;        // the fact's word found beside the figure, or ""
  double shared = 0;
  bool period_differs = false;  // the draft gives the figure for a year, its source sentence for a month
  bool taken = false;           // another figure of the sentence is bound to it
  bool given_beside = false;    // another figure of the sentence is its value
};

// Whether the figure, as stated with no hedge or with the fact's own, is the value of `fit` and of no
// other candidate, and particular enough to be evidence: a measure, a count, or money to three
// significant digits or with the fact's hedge.
bool SourceAligner::exactly_once(const QuantityMention& q, const std::vector<Aligned>& candidates,
                                 const Aligned& fit) {
  // Or hedged as the fact is: "nearly $14 bn" where the sources say "nearly $14 billion".
  // (Not a bound: "fines of up to £5,000" name a ceiling many things share.)
  const bool same_hedge = (q.comparator == Comparator::nearly || q.comparator == Comparator::just_over) &&
                          q.comparator == fit.fact->value.comparator;
  if (q.comparator != Comparator::none && q.comparator != Comparator::approx && !same_hedge) return false;
  const bool measure = q.kind == QuantityKind::measure || q.kind == QuantityKind::count;
  const bool money = q.kind == QuantityKind::money && q.step > 0 && (q.value / q.step >= 100 || same_hedge);
  if (!measure && !money) return false;
  const auto same = [&](const Fact& f) {
    return std::fabs(f.value.amount - q.value) <= 1e-9 * std::fabs(q.value) &&
           (f.value.comparator == Comparator::none || (same_hedge && f.value.comparator == q.comparator));
  };
  if (!same(*fit.fact)) return false;
  for (const Aligned& c : candidates)
    if (&c != &fit && same(*c.fact)) return false;
  return true;
}

SourceAligner::SourceAligner(const FactBase& facts) : facts_(facts) {
  const std::vector<Source>& sources = facts.sources();
  periods_.reserve(sources.size());
  std::vector<std::vector<std::string>> content;  // each source's distinct stems, function words aside
  content.reserve(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    source_index_.emplace(sources[i].id, i);
    std::vector<std::string> stems;
    unsigned periods = 0;
    const std::vector<Token> tokens = tokenize(sources[i].quote);
    std::vector<std::string> times, kept;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (is_time_word(tokens[k]))
        times.push_back(tokens[k].is_word() ? tokens[k].norm.substr(0, 3) : tokens[k].norm);
      if (!counts_as_word(tokens[k])) continue;
      stems.push_back(stem(tokens[k].norm));
      if (tokens[k].norm.size() >= 3 && !is_function_word(tokens[k])) kept.push_back(stems.back());
      periods |= period_at(tokens, k);
    }
    content.push_back(distinct(std::move(kept)));
    times_.push_back(distinct(std::move(times)));
    revises_.push_back(
        std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return is_revision_word(t); }));
    periods_.push_back(periods);
    for (std::string& w : distinct(std::move(stems))) postings_[std::move(w)].push_back(i);
    numbers_.insert(numbers_.end(), sources[i].numbers.begin(), sources[i].numbers.end());
  }
  std::sort(numbers_.begin(), numbers_.end());
  const std::vector<Fact>& all = facts.facts();
  facts_of_.resize(sources.size());
  fact_words_.resize(all.size());
  unit_stem_.resize(all.size());
  predicate_of_.resize(all.size());
  subject_in_quote_.assign(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Predicate* p = facts.predicate(all[i].predicate);
    const auto source = source_index_.find(all[i].source);
    if (!p || !figure_kind(p->value) || source == source_index_.end()) continue;
    facts_of_[source->second].push_back(i);
    predicate_of_[i] = p;
    if (p->value == ValueKind::measure || p->value == ValueKind::count || p->value == ValueKind::money)
      exact_[all[i].value.amount].push_back(i);
    if (const Entity* e = facts.entity(all[i].subject)) {
      const std::string& quote = sources[source->second].quote;
      bool named = quote.find(e->name) != std::string::npos;
      for (const std::string& alias : e->aliases) named = named || quote.find(alias) != std::string::npos;
      subject_in_quote_[i] = named;
    }
    for (const auto* cues : {&p->cues, &all[i].context})
      for (const std::string& cue : *cues)
        for (const Token& t : tokenize(cue))
          if (counts_as_word(t)) fact_words_[i].emplace_back(stem(t.norm), &cue);
    if (p->value == ValueKind::count) unit_stem_[i] = stem(all[i].value.unit);
  }
  const bool dated_apart = std::any_of(sources.begin(), sources.end(), [&](const Source& s) {
    return !s.date.empty() && !sources.empty() && s.date != sources.front().date;
  });
  if (dated_apart) find_revisions(content);
}

double SourceAligner::weight_of(std::size_t df) const {
  // A word in every source sentence ("the") weighs nothing; one in a single sentence of many, the most.
  return std::log((static_cast<double>(periods_.size()) + 1) / (static_cast<double>(df) + 0.5));
}

void SourceAligner::read(const SentenceView& view, SharedSources& shared) const {
  // The weight of the words each source sentence shares with the draft's, through the postings of each
  // draft word. A word most source sentences have tells none apart: in a large base it is passed over.
  shared.read = true;
  const Sentence& s = view.sentence;
  // The sentence's distinct words, by pointer: no stem is copied.
  std::vector<const std::string*> words;
  for (std::size_t k = s.first_token; k < s.last_token && k < view.tokens.size(); ++k)
    if (counts_as_word(view.tokens[k])) words.push_back(&view.stems[k]);
  std::sort(words.begin(), words.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  words.erase(std::unique(words.begin(), words.end(),
                          [](const std::string* a, const std::string* b) { return *a == *b; }),
              words.end());
  // Summed per sentence in a table of the base's size, kept across a text's sentences (`scratch`) and
  // set back to zero entry by entry.
  std::vector<double>& sum = *shared.scratch;
  sum.resize(periods_.size(), 0.0);
  std::vector<std::pair<std::size_t, double>>& hits = shared.sources;
  std::vector<std::size_t> touched;
  for (const std::string* w : words) {
    const auto posting = postings_.find(*w);
    if (posting == postings_.end()) continue;
    const std::size_t df = posting->second.size();
    const double weight = weight_of(df);
    if (weight <= 0 || (df > 16 && 64 * df > periods_.size())) continue;
    for (std::size_t source : posting->second) {
      if (sum[source] == 0) touched.push_back(source);
      sum[source] += weight;
    }
  }
  hits.reserve(touched.size());
  for (std::size_t source : touched) {
    hits.emplace_back(source, sum[source]);
    sum[source] = 0;
  }
  // The best aligned sentences first, sixteen at most: a large base has hundreds sharing a word.
  const auto better = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  if (hits.size() > 16) {
    std::nth_element(hits.begin(), hits.begin() + 15, hits.end(), better);
    hits.resize(16);
  }
  std::sort(hits.begin(), hits.end(), better);
}

SourceAligner::Near SourceAligner::near_of(const SentenceView& view, const QuantityMention& q) const {
  const Sentence& s = view.sentence;
  Near near;
  near.from = q.first_token > s.first_token + 6 ? q.first_token - 6 : s.first_token;
  near.to = std::min(s.last_token, q.last_token + 6);
  for (std::size_t k = near.from; k < near.to && k < view.tokens.size(); ++k)
    near.periods |= period_at(view.tokens, k);
  // A name that acts on the figure: at most two words before it, no preposition between ("Ostwind holds
  // half", "Verdant's 50%"), not "from Earth" or "in London".
  const auto acts_from = [&](std::size_t k) {
    if (k >= q.first_token || q.first_token - k > 2) return false;
    for (; k < q.first_token; ++k) {
      const Token& t = view.tokens[k];
      if (!(t.is_word() || t.is("'s") || t.is("\u2019s")) ||
          token_is(t, {"of", "in", "from", "at", "to", "for", "by", "on", "and", "or", "with"}))
        return false;
    }
    return true;
  };
  for (const EntityMention& m : view.entities) near.known_owner = near.known_owner || acts_from(m.last_token);
  // A name the base does not know: two capitalised words no source sentence has, or one inside the
  // sentence ("Meanwhile Greyling Partners holds half"; not "More than a third", nor a word in capitals,
  // which may be shouted: "shuts FOUR libraries despite four in five residents").
  const auto unknown = [&](std::size_t k) {
    const bool known = std::any_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
    const Token& t = view.tokens[k];
    const std::string_view written = view.text.substr(t.start, t.end - t.start);
    const bool shouted =
        std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return !known && t.is_word() && view.capitalized(k) && !shouted && postings_.count(view.stems[k]) == 0;
  };
  // A headline capitalises every word ("Council Shuts FOUR Libraries Despite Four in Five Residents").
  const bool headline = view.title_case(1);
  for (std::size_t k = q.first_token > s.first_token + 3 ? q.first_token - 3 : s.first_token;
       k < q.first_token && !headline; ++k) {
    const bool name = unknown(k) && (k > s.first_token || (k + 1 < q.first_token && unknown(k + 1)));
    near.unknown_owner = near.unknown_owner || (name && acts_from(k + 1));
  }
  return near;
}

bool SourceAligner::period_differs(const Near& near, std::size_t source) const {
  return periods_[source] != 0 && near.periods != 0 && (periods_[source] & near.periods) == 0;
}

std::vector<Claim> SourceAligner::bare_numbers(const SentenceView& view, const std::vector<Claim>& claims,
                                               SharedSources& shared) const {
  std::vector<Claim> out;
  for (const QuantityMention* q : view.quantities) {
    if (q->kind != QuantityKind::number || !(q->value >= 10)) continue;
    const bool held = std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
      return c.quantity && c.quantity->start < q->end && q->start < c.quantity->end;
    });
    if (held) continue;
    Claim claim;
    claim.start = q->start;
    claim.end = q->end;
    claim.quantity = *q;
    align(claim, view, claims, shared);
    if (claim.verdict != Verdict::unverified) out.push_back(std::move(claim));
  }
  return out;
}

void SourceAligner::find_revisions(const std::vector<std::vector<std::string>>& content) {
  // Facts by kind of figure, for pairs across documents of different dates; a kind with hundreds of
  // facts (a large base) is passed over rather than weighed pair by pair.
  const std::vector<Fact>& all = facts_.facts();
  const std::vector<Source>& sources = facts_.sources();
  std::unordered_map<std::string, std::vector<std::size_t>> by_kind;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (predicate_of_[i] && predicate_of_[i]->value != ValueKind::date)
      by_kind[std::to_string(static_cast<int>(predicate_of_[i]->value)) + " " + all[i].value.unit].push_back(
          i);
  // How many facts each document gives of each kind of figure: one of a kind in each of two documents is
  // the same thing, if the two share a word and are near each other ("a 500 MW electrolyser", later "the
  // electrolyser 400 MW"), whoever the learner took each sentence to be about.
  std::map<std::pair<std::string, std::string>, int> of_kind_in;
  const auto kind_of = [&](std::size_t i) {
    return std::to_string(static_cast<int>(predicate_of_[i]->value)) + " " + all[i].value.unit;
  };
  for (std::size_t i = 0; i < all.size(); ++i)
    if (predicate_of_[i] && predicate_of_[i]->value != ValueKind::date &&
        predicate_of_[i]->value != ValueKind::money)
      ++of_kind_in[{sources[source_index_.at(all[i].source)].document, kind_of(i)}];
  revised_by_.assign(all.size(), nullptr);
  says_revised_.assign(all.size(), false);
  for (const auto& entry : by_kind) {
    const std::vector<std::size_t>& group = entry.second;
    if (group.size() > 400) continue;
    for (std::size_t older : group) {
      const std::size_t sa = source_index_.at(all[older].source);
      const Source& a = sources[sa];
      double best = 0;
      for (std::size_t newer : group) {
        const std::size_t sb = source_index_.at(all[newer].source);
        const Source& b = sources[sb];
        if (a.date.empty() || b.date <= a.date || a.document == b.document) continue;
        // Another value, though both may be hedged ("about £3.1 billion", later "about £3.43 billion").
        // Two exact figures a fraction of a per cent apart are two figures ("148,260 pupils", then the final
        // count of 147,910); hedged ones that close are one.
        const double ratio = all[newer].value.amount / all[older].value.amount;
        const bool hedged = all[older].value.comparator != Comparator::none ||
                            all[newer].value.comparator != Comparator::none;
        if (!(ratio >= 0.25 && ratio <= 4) || std::fabs(ratio - 1) < (hedged ? 0.01 : 1e-9)) continue;
        // A figure of another month, quarter or year is the next of a series, not a revision: "4.2% in
        // July" does not revise "4.1% in June", but "June revised to 19,000" does.
        if (!times_[sa].empty() && !times_[sb].empty() &&
            std::none_of(times_[sa].begin(), times_[sa].end(), [&](const std::string& t) {
              return std::binary_search(times_[sb].begin(), times_[sb].end(), t);
            }))
          continue;
        // The later sentence must speak of the same thing: four of its words and a third of the shorter's
        // (function words aside), whatever the size of the base; five and a third when the learner gave
        // the two figures different subjects ("Polaris Geodata has moved one of its two satellites, so the
        // flight will now carry two satellites" after "the flight will carry three satellites").
        const bool same_subject = all[older].subject == all[newer].subject;
        const std::size_t common = shared_words(content[sa], content[sb]);
        const double w =
            static_cast<double>(common) /
            static_cast<double>(std::max<std::size_t>(1, std::min(content[sa].size(), content[sb].size())));
        // Or the later sentence gives the earlier figure itself as what it revises: "Exports are now
        // estimated at $8.61 billion (preliminary: $8.42 billion)".
        const std::vector<double>& given = b.numbers;
        const bool restates =
            revises_[sb] && common >= 2 && std::any_of(given.begin(), given.end(), [&](double v) {
              return std::fabs(v - all[older].value.amount) <= 1e-9 * std::fabs(all[older].value.amount);
            });
        if (restates && best < 1) {
          best = 1;
          revised_by_[older] = &all[newer];
          says_revised_[older] = true;
          continue;
        }
        // Or it says it revises, in words of the earlier sentence's: "Free reserves have been restated
        // to £1.6 million" after "Free reserves were £1.9 million at the year end".
        const bool names_its_word =
            std::any_of(fact_words_[older].begin(), fact_words_[older].end(), [&](const auto& word) {
              return std::binary_search(content[sb].begin(), content[sb].end(), word.first);
            });
        // (Not a dated figure by an undated sentence: "2.6% in August" is no figure "compared with" later.)
        if (revises_[sb] && names_its_word && common >= 2 && w >= 0.4 && w > best &&
            (times_[sa].empty() || !times_[sb].empty())) {
          best = w;
          revised_by_[older] = &all[newer];
          says_revised_[older] = true;
          continue;
        }
        // `i` is the one fact of its kind in its document (money never is).
        const auto sole = [&](std::size_t i, const Source& in) {
          const auto kin = of_kind_in.find({in.document, kind_of(i)});
          return kin != of_kind_in.end() && kin->second == 1;
        };
        if (best < 1 && ratio >= 0.7 && ratio <= 1.45 && share_a_word(older, newer) && sole(older, a) &&
            sole(newer, b) && (times_[sa].empty() || !times_[sb].empty())) {
          best = 1;
          revised_by_[older] = &all[newer];
          says_revised_[older] = true;
          continue;
        }
        if (common >= (same_subject ? 4u : 5u) && w >= 0.35 && w > best) {
          best = w;
          revised_by_[older] = &all[newer];
          says_revised_[older] = revises_[sb];
        }
      }
    }
  }
  find_bound_revisions(content);
  keep_revised_values();
}

void SourceAligner::find_bound_revisions(const std::vector<std::vector<std::string>>& content) {
  // A bound in time a later document moves ("has until 25 October", later "extended to 8 November"):
  // the same subject's, or of a word of its, or in a sentence with two of its words, another date.
  const std::vector<Fact>& all = facts_.facts();
  const std::vector<Source>& sources = facts_.sources();
  std::vector<std::size_t> bounds;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (predicate_of_[i] && predicate_of_[i]->value == ValueKind::date &&
        all[i].value.comparator == Comparator::until)
      bounds.push_back(i);
  if (bounds.size() > 400) return;
  for (std::size_t older : bounds)
    for (std::size_t newer : bounds) {
      const std::size_t sa = source_index_.at(all[older].source), sb = source_index_.at(all[newer].source);
      const Source& a = sources[sa];
      const Source& b = sources[sb];
      if (a.date.empty() || b.date <= a.date || a.document == b.document) continue;
      if (all[older].value.date == all[newer].value.date || revised_by_[older]) continue;
      if (all[older].subject != all[newer].subject && !share_a_word(older, newer) &&
          shared_words(content[sa], content[sb]) < 2)
        continue;
      revised_by_[older] = &all[newer];
      says_revised_[older] = true;
    }
}

void SourceAligner::keep_revised_values() {
  // The value a revision replaced, cited to its own source and dated by it, for an outdated verdict.
  const std::vector<Fact>& all = facts_.facts();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!says_revised_[i]) continue;
    FactValue then = all[i].value;
    if (then.source.empty()) then.source = all[i].source;
    if (then.as_of.empty()) then.as_of = facts_.sources()[source_index_.at(all[i].source)].date;
    then_.emplace(i, std::move(then));
  }
}

bool SourceAligner::share_a_word(std::size_t x, std::size_t y) const {
  return std::any_of(fact_words_[x].begin(), fact_words_[x].end(), [&](const auto& word) {
    return std::any_of(fact_words_[y].begin(), fact_words_[y].end(),
                       [&](const auto& other) { return other.first == word.first; });
  });
}

void SourceAligner::align(Claim& claim, const SentenceView& view, const std::vector<Claim>& sentence_claims,
                          SharedSources& shared) const {
  if (claim.verdict != Verdict::unverified || !claim.quantity || claim.relation) return;
  if (claim.polarity != Polarity::asserted) return;
  if (claim.binding && claim.binding->abstained == "sources disagree") return;
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  if (date && (q.unit == "relative" || is_yearless(q))) return;
  if (!date && !(q.value > 0)) return;

  if (!shared.read) read(view, shared);
  // The words near the figure, where what it measures is said.
  const Near near = near_of(view, q);
  const std::vector<Aligned> candidates = aligned_facts(claim, view, sentence_claims, shared, near);
  if (candidates.empty()) return;
  bind_best(claim, candidates, near);
}

std::vector<SourceAligner::Aligned> SourceAligner::aligned_facts(const Claim& claim, const SentenceView& view,
                                                                 const std::vector<Claim>& sentence_claims,
                                                                 const SharedSources& shared,
                                                                 const Near& near) const {
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  const auto near_word = [&](const std::string& w) {
    for (std::size_t k = near.from; k < near.to && k < view.stems.size(); ++k)
      if ((k < q.first_token || k >= q.last_token) && view.stems[k] == w) return true;
    return false;
  };
  const std::string q_stem = q.kind == QuantityKind::count ? stem(q.unit) : std::string();

  // Who the figure is about: the name nearest before it in the sentence, else the nearest after it.
  const Entity* owner = nullptr;
  for (const EntityMention& m : view.entities) {
    if (m.last_token <= q.first_token || !owner) owner = m.entity;
    if (m.first_token >= q.last_token) break;
  }

  // The facts of the best aligned source sentences, of the figure's kind, whose value is within a
  // factor of twenty of it (a year either side for a date): those it fits, and those it may have been
  // swapped with.
  std::vector<Aligned> candidates;
  const auto consider = [&](std::size_t fi, std::size_t source, double weight) {
    const Fact& f = facts_.facts()[fi];
    const Predicate* p = predicate_of_[fi];
    const double key = key_of(f.value, p->value);
    if (date ? std::fabs(key - q.value) > 1 : !(key >= q.value / 20 && key <= q.value * 20)) return;
    // A bare number counts what the words beside it name: "Vacancies at 96,400", "180,000 long-term
    // unemployed" against a count of vacancies.
    const bool counted = q.kind == QuantityKind::number && p->value == ValueKind::count &&
                         !unit_stem_[fi].empty() && near_word(unit_stem_[fi]);
    if (!counted && !kinds_agree(q, f, p->value, q_stem, unit_stem_[fi])) return;
    // Units of one dimension are compared as written only: "10 miles" is not weighed against 16 km here.
    if ((p->value == ValueKind::measure || p->value == ValueKind::percent) && q.unit != f.value.unit) return;
    Aligned c;
    c.fact = &f;
    c.taken = std::any_of(sentence_claims.begin(), sentence_claims.end(),
                          [&](const Claim& other) { return &other != &claim && other.fact == &f; });
    // A bound confirms no other figure, on either side: "at least €1.20" is not the sources' "at least
    // €1.10", nor is "up to $500bn" their $80 billion.
    const auto fits = [&](const FactValue& v) {
      const bool bound = !std::isfinite(v.interval.low) || !std::isfinite(v.interval.high) ||
                         !std::isfinite(q.interval.low) || !std::isfinite(q.interval.high);
      return agrees(q, v) && (!bound || q.value == v.amount);
    };
    if (fits(f.value)) {
      c.fits = &f.value;
      c.current = true;
    } else {
      for (const FactValue& v : f.earlier)
        if (fits(v)) c.fits = &v;
    }
    c.owner = owner && owner->id == f.subject;
    for (const EntityMention& m : view.entities) c.named = c.named || (m.entity && m.entity->id == f.subject);
    bool& referred = c.referred;
    for (const auto* list : {&view.antecedents, &view.topic})
      for (const EntityMention& m : *list) referred = referred || (m.entity && m.entity->id == f.subject);
    for (const auto& [w, cue] : fact_words_[fi])
      if (c.cue.empty() && near_word(w)) c.cue = *cue;
    c.shared = weight;
    c.period_differs = period_differs(near, source);
    for (const QuantityMention* m : view.quantities)
      c.given_beside = c.given_beside || (m->start != q.start && m->kind == q.kind && agrees(*m, f.value));
    c.score = (c.owner    ? 2.0
               : c.named  ? 1.0
               : referred ? 0.75
                          : 0.0) +
              (!c.cue.empty() ? 1.5 : 0.0) + 0.75 * std::min(c.shared, 4.0);
    candidates.push_back(c);
  };
  for (const auto& entry : shared.sources)
    for (std::size_t fi : facts_of_[entry.first]) consider(fi, entry.first, entry.second);
  // And any fact of exactly the figure's value, though its sentence shares no word with the draft's.
  const auto exact = exact_.find(q.value);
  if (exact != exact_.end())
    for (std::size_t fi : exact->second)
      if (std::none_of(candidates.begin(), candidates.end(),
                       [&](const Aligned& c) { return c.fact == &facts_.facts()[fi]; }))
        consider(fi, source_index_.at(facts_.facts()[fi].source), 0.0);
  return candidates;
}

void SourceAligner::bind_best(Claim& claim, const std::vector<Aligned>& candidates, const Near& near) const {
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  const Aligned* fit = nullptr;
  const Aligned* other = nullptr;  // the best aligned fact the figure does not fit
  // A fact another figure of the sentence is bound to confirms no second one ("Almost half ... while 46%
  // are against" where the sources' 46% is the Yes vote), but a figure that fits it is no wrong figure.
  bool fits_any = false;
  for (const Aligned& c : candidates) {
    fits_any = fits_any || c.fits;
    if (c.taken && c.fits) continue;
    if (c.fits && (!fit || c.score > fit->score)) fit = &c;
    if (!c.fits && (!other || c.score > other->score)) other = &c;
  }
  // The best rival of `c`: another fact on the same subject, aligned nearly as well.
  const auto rival = [&](const Aligned& c) {
    const Aligned* r = nullptr;
    for (const Aligned& d : candidates)
      if (&d != &c && d.fact->subject == c.fact->subject && (!r || d.score > r->score)) r = &d;
    return r;
  };

  const auto bind = [&](const Aligned& c, Verdict verdict, const Aligned* runner_up) {
    claim.verdict = verdict;
    claim.fact = c.fact;
    claim.value = c.current || !c.fits ? &c.fact->value : c.fits;
    claim.earlier = c.fits && !c.current ? c.fits : nullptr;
    const FactValue& v = c.fits ? *c.fits : c.fact->value;
    claim.deviation = !date && v.amount != 0 ? (q.value - v.amount) / v.amount : std::nan("");
    Binding b;
    b.fact = c.fact;
    b.score = c.score;
    if (runner_up) {
      b.runner_up = runner_up->fact;
      b.runner_up_score = runner_up->score;
    }
    if (c.owner) b.signals.push_back("subject:" + c.fact->subject);
    if (!c.cue.empty()) b.signals.push_back("cue:" + c.cue);
    b.signals.push_back("source-sentence:" + std::to_string(static_cast<int>(std::lround(c.shared))));
    b.signals.push_back(c.fits ? "value:fits" : "value:differs");
    claim.binding = std::move(b);
  };

  // Supported (or outdated): the figure agrees with a fact well aligned with the sentence, and no fact
  // it does not fit is aligned as well (a figure swapped with its neighbour's, as often as not).
  // Nor one said of another: a figure right after a name the fact is not about ("Ostwind holds half"
  // where the sources' half is Verdant's), or one the sources never use, is not confirmed unless the
  // fact's subject is named as well; and a fact whose own sentence names its subject confirms nothing
  // in a draft that neither names nor speaks of it ("La deuda pública se situó en el 86,4 %" is not
  // Verlandia's 86.4%).
  if (fit && fit->score >= 3.0 && (fit->owner || !fit->cue.empty()) &&
      (!other || fit->score > other->score) && !((near.known_owner || near.unknown_owner) && !fit->named) &&
      (fit->named || fit->referred || !subject_in_quote_[fit->fact - facts_.facts().data()]) &&
      !fit->period_differs) {
    bind(*fit, fit->current ? Verdict::supported : Verdict::outdated, other);
    return;
  }
  // Supported on the value alone: a measure, a count of the same things or a sum of money to three
  // significant digits that exactly one fact of the sources gives, on someone the draft names or speaks
  // of ("avg 21.9 °C", "only 41 mm of rain" where the sources' July averaged 21.9 °C and 41 mm). Not a
  // percentage: two shares of one poll swap too easily ("46% are against" where 46% said yes).
  // A fact the figure does not fit, aligned as well, leaves it open where the figure may be that fact's,
  // changed (within a factor of three of it) or swapped with another figure of the sentence ("the round
  // was $750m, Microsoft's share $6.6bn"); "Microsoft chipped in $750 m" beside the round's $6.6 billion
  // is the $750 million. A fact far from the figure that aligns better yields to the figure's own
  // owner's fact of exactly its value ("Microsoft has put nearly $14 bn into OpenAI", where "into" is the
  // $750 million injection's word).
  const auto far_from = [&](const Aligned& c) {
    const double ratio = q.value / c.fact->value.amount;
    return !(ratio >= 1.0 / 3 && ratio <= 3) && !c.given_beside;
  };
  if (fit && fit->current && (fit->named || fit->referred) &&
      (!other || fit->score > other->score ||
       (far_from(*other) && (fit->score == other->score || fit->owner))) &&
      !((near.known_owner || near.unknown_owner) && !fit->named) && !fit->period_differs &&
      exactly_once(q, candidates, *fit)) {
    bind(*fit, Verdict::supported, other);
    return;
  }
  // Contradicted: nothing in the sources fits, and one fact stands out: its subject the figure's, its
  // own word beside the figure, words shared with its sentence, a value within a factor of four, and
  // well ahead of any other fact on that subject.
  if (fits_any || date || !other || !other->owner || other->cue.empty() || other->shared < 2.0) return;
  // Nor against a bound: "at least €1.20" does not contradict the sources' "at least €1.10", nor does
  // "€1.50"; a figure that overlaps the fact's values is no contradiction.
  const FactValue& v = other->fact->value;
  if (agrees(q, v) || !std::isfinite(v.interval.low) || !std::isfinite(v.interval.high) ||
      !std::isfinite(q.interval.low) || !std::isfinite(q.interval.high))
    return;
  const double ratio = q.value / v.amount;
  if (!(ratio >= 0.25 && ratio <= 4)) return;
  const auto given = [&](double v) { return std::binary_search(numbers_.begin(), numbers_.end(), v); };
  if (given(q.value) || given(q.range_low) || given(q.range_high)) return;
  const Aligned* second = rival(*other);
  if (second && second->score + 1.5 > other->score) return;
  bind(*other, Verdict::contradicted, second);
}

}  // namespace factcheck
