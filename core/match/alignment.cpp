#include "match/alignment.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include "match/alignment_words.hpp"
#include "match/figure_judge.hpp"
#include "match/stance.hpp"
#include "model/units.hpp"
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
  // Compared as they stand, a few words a letter: no hashing for the many words that pass the first one.
  static constexpr std::pair<std::string_view, unsigned> kAdjectives[] = {
      {"annual", 1},    {"annually", 1}, {"yearly", 1},         {"year-on-year", 1},
      {"quarterly", 2}, {"monthly", 4},  {"month-on-month", 4}, {"weekly", 8}};
  static constexpr std::pair<std::string_view, unsigned> kNouns[] = {
      {"year", 1}, {"quarter", 2}, {"month", 4}, {"week", 8}};
  for (const auto& [word, period] : kAdjectives)
    if (w == word) return period;
  unsigned noun = 0;
  for (const auto& [word, period] : kNouns)
    if (w == word) noun = period;
  if (noun == 0 || k == 0) return 0;
  if (t[k - 1].is("per")) return noun;
  if (k + 1 < t.size() && (t[k + 1].is("earlier") || t[k + 1].is("ago"))) return noun;  // "a year ago"
  const bool the = t[k - 1].is("the") && k >= 2 &&
                   (t[k - 2].is("on") || t[k - 2].is("over") || t[k - 2].is("in") || t[k - 2].is("for"));
  return the ? noun : 0;
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

// The numbers of the facts' words (SourceAligner::word_ids_) in [from, to) but outside figure `q`: looked
// up when a fact first asks, each also a bit of `bits_` (its number modulo 64), which turns most words
// away at once.
class NearWords {
 public:
  NearWords(const std::unordered_map<std::string, unsigned>& ids, const std::vector<std::string>& stems,
            std::size_t from, std::size_t to, const QuantityMention& q)
      : ids_(ids), stems_(stems), from_(from), to_(to), q_(q) {}
  bool has(unsigned id) {
    if (!read_) {
      read_ = true;
      for (std::size_t k = from_; k < to_; ++k) {
        if (k >= q_.first_token && k < q_.last_token) continue;
        const auto found = ids_.find(stems_[k]);
        if (found == ids_.end()) continue;
        near_.push_back(found->second);
        bits_ |= std::uint64_t{1} << (found->second % 64);
      }
    }
    return ((bits_ >> (id % 64)) & 1) != 0 && std::find(near_.begin(), near_.end(), id) != near_.end();
  }

 private:
  const std::unordered_map<std::string, unsigned>& ids_;
  const std::vector<std::string>& stems_;
  std::size_t from_, to_;
  const QuantityMention& q_;
  bool read_ = false;
  std::vector<unsigned> near_;
  std::uint64_t bits_ = 0;
};

// Whether `subject` is named in the sentence only after the figure, right before another figure of its
// kind: "followed by Italy with 19%".
bool named_only_after(const SentenceView& view, const QuantityMention& q, const Entity* subject) {
  const auto owns_later = [&](const EntityMention& m) {
    return m.entity == subject && m.first_token >= q.last_token &&
           std::any_of(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* o) {
             return o->kind == q.kind && o->first_token >= m.last_token && o->first_token <= m.last_token + 2;
           });
  };
  return subject && std::any_of(view.entities.begin(), view.entities.end(), owns_later) &&
         std::none_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
           return m.entity == subject && m.last_token <= q.first_token;
         });
}

// The quarter tokens from `k` name, as a bit (Q1 is 1): "Q2", "second quarter", "fourth-quarter"; else 0.
// `end` gets one past its last token.
unsigned quarter_at(const std::vector<Token>& t, std::size_t k, std::size_t& end) {
  static const char* const kOrdinals[] = {"first", "second", "third", "fourth"};
  const std::string& w = t[k].norm;
  end = k + 1;
  if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') return 1u << (w[1] - '1');
  // "Q2" is read as "q" and "2".
  if (w == "q" && k + 1 < t.size() && t[k].end == t[k + 1].start && t[k + 1].norm.size() == 1 &&
      t[k + 1].norm[0] >= '1' && t[k + 1].norm[0] <= '4') {
    end = k + 2;
    return 1u << (t[k + 1].norm[0] - '1');
  }
  for (unsigned n = 0; n < 4; ++n) {
    const std::string ordinal = kOrdinals[n];
    if (w == ordinal + "-quarter") return 1u << n;
    if (w != ordinal) continue;
    std::size_t j = k + 1;
    if (j < t.size() && t[j].is("-")) ++j;
    end = j + 1;
    return j < t.size() && t[j].is("quarter") ? 1u << n : 0;
  }
  return 0;
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

const SourceAligner::Reading& SourceAligner::reading(std::size_t source) const {
  if (readings_.size() < facts_.sources().size()) readings_.resize(facts_.sources().size());
  std::unique_ptr<Reading>& r = readings_[source];
  if (!r) {
    r = std::make_unique<Reading>();
    const std::string& quote = facts_.sources()[source].quote;
    r->tokens = tokenize(quote);
    r->quantities = extract_quantities(quote, r->tokens);
  }
  return *r;
}

SourceAligner::SourceAligner(const FactBase& facts) : facts_(facts), first_alike_(first_alike_facts(facts)) {
  const std::vector<Source>& sources = facts.sources();
  periods_.reserve(sources.size());
  std::vector<std::vector<std::string>> content;  // each source's distinct stems, function words aside
  content.reserve(sources.size());
  std::unordered_map<std::string, std::size_t> group_of;  // by the sentence's words, joined
  for (std::size_t i = 0; i < sources.size(); ++i) {
    source_index_.emplace(sources[i].id, i);
    std::vector<std::string> stems;
    unsigned periods = 0, quarters = 0;
    const std::vector<Token> tokens = tokenize(sources[i].quote);
    std::vector<std::string> times, kept;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      if (is_time_word(tokens[k]))
        times.push_back(tokens[k].is_word() ? tokens[k].norm.substr(0, 3) : tokens[k].norm);
      if (!counts_as_word(tokens[k])) continue;
      stems.push_back(stem(tokens[k].norm));
      if (tokens[k].norm.size() >= 3 && !is_function_word(tokens[k])) kept.push_back(stems.back());
      periods |= period_at(tokens, k);
      std::size_t end = 0;
      quarters |= quarter_at(tokens, k, end);
    }
    content.push_back(distinct(std::move(kept)));
    times_.push_back(distinct(std::move(times)));
    quarters_.push_back(static_cast<unsigned char>(quarters));
    revises_.push_back(
        std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return is_revision_word(t); }));
    periods_.push_back(periods);
    const std::vector<std::string> words = distinct(std::move(stems));
    std::string key;
    for (const std::string& w : words) key.append(w).push_back('\0');
    const auto [group, added] = group_of.emplace(std::move(key), groups_.size());
    if (added) groups_.emplace_back();
    groups_[group->second].push_back(i);
    for (const std::string& w : words) {
      Posting& posting = postings_[w];
      ++posting.sentences;
      if (added) posting.groups.push_back(group->second);
    }
    numbers_.insert(numbers_.end(), sources[i].numbers.begin(), sources[i].numbers.end());
  }
  std::sort(numbers_.begin(), numbers_.end());
  const std::vector<Fact>& all = facts.facts();
  facts_of_.resize(sources.size());
  fact_words_.resize(all.size());
  unit_stem_.resize(all.size());
  unit_stem_id_.assign(all.size(), 0);
  source_of_.assign(all.size(), 0);
  subject_of_.assign(all.size(), nullptr);
  predicate_of_.resize(all.size());
  kinds_.resize(all.size());
  subject_in_quote_.assign(all.size(), false);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Predicate* p = facts.predicate(all[i].predicate);
    const auto source = source_index_.find(all[i].source);
    if (!p || !figure_kind(p->value) || source == source_index_.end()) continue;
    facts_of_[source->second].push_back(i);
    source_of_[i] = source->second;
    predicate_of_[i] = p;
    kinds_[i] = std::to_string(static_cast<int>(p->value)) + " " + all[i].value.unit;
    if (p->value == ValueKind::measure || p->value == ValueKind::count || p->value == ValueKind::money)
      exact_[all[i].value.amount].push_back(i);
    subject_of_[i] = facts.entity(all[i].subject);
    if (const Entity* e = subject_of_[i]) {
      const std::string& quote = sources[source->second].quote;
      bool named = quote.find(e->name) != std::string::npos;
      for (const std::string& alias : e->aliases) named = named || quote.find(alias) != std::string::npos;
      subject_in_quote_[i] = named;
    }
    for (const auto* cues : {&p->cues, &all[i].context})
      for (const std::string& cue : *cues)
        for (const Token& t : tokenize(cue))
          if (counts_as_word(t)) {
            std::string w = stem(t.norm);
            const unsigned id = word_id(w);
            fact_words_[i].push_back({std::move(w), id, &cue});
          }
    if (p->value == ValueKind::count) {
      unit_stem_[i] = stem(all[i].value.unit);
      if (!unit_stem_[i].empty()) unit_stem_id_[i] = word_id(unit_stem_[i]);
      count_nouns_.push_back(unit_stem_[i]);
    }
  }
  std::sort(count_nouns_.begin(), count_nouns_.end());
  count_nouns_.erase(std::unique(count_nouns_.begin(), count_nouns_.end()), count_nouns_.end());
  for (const Source& src : sources) latest_date_ = std::max(latest_date_, src.date);  // ISO dates sort so
  std::vector<std::pair<const std::string*, Posting*>> stems;
  stems.reserve(postings_.size());
  for (auto& [w, posting] : postings_) {
    posting.weight = weight_of(posting.sentences);
    stems.emplace_back(&w, &posting);
  }
  std::sort(stems.begin(), stems.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  for (std::size_t i = 0; i < stems.size(); ++i) stems[i].second->rank = i;
  const bool dated_apart = std::any_of(sources.begin(), sources.end(), [&](const Source& s) {
    return !s.date.empty() && !sources.empty() && s.date != sources.front().date;
  });
  if (dated_apart) find_revisions(content);
}

unsigned SourceAligner::word_id(const std::string& stem) {
  return word_ids_.emplace(stem, static_cast<unsigned>(word_ids_.size() + 1)).first->second;
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
  // The sentence's distinct words some source sentence has, by their postings, in the byte order of the
  // words (Posting::rank).
  std::vector<const Posting*> words;
  for (std::size_t k = s.first_token; k < s.last_token && k < view.tokens.size(); ++k) {
    if (!counts_as_word(view.tokens[k])) continue;
    const auto posting = postings_.find(view.stems[k]);
    if (posting != postings_.end()) words.push_back(&posting->second);
  }
  std::sort(words.begin(), words.end(), [](const Posting* a, const Posting* b) { return a->rank < b->rank; });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  // Summed per group in a table of the base's size, kept across a text's sentences (`scratch`) and set
  // back to zero entry by entry; the postings of the words that tell sentences apart, with their weights,
  // bound the groups reached.
  std::vector<double>& sum = *shared.scratch;
  sum.resize(groups_.size(), 0.0);
  std::vector<std::pair<const std::vector<std::size_t>*, double>> telling;
  telling.reserve(words.size());
  std::size_t reached = 0;
  for (const Posting* posting : words) {
    const std::size_t df = posting->sentences;
    if (posting->weight <= 0 || (df > 16 && 64 * df > periods_.size())) continue;
    telling.emplace_back(&posting->groups, posting->weight);
    reached += posting->groups.size();
  }
  std::vector<std::pair<std::size_t, double>> groups;  // (group, weight)
  groups.reserve(std::min(reached, groups_.size()));
  for (const auto& [posting, weight] : telling) {
    for (std::size_t group : *posting) {
      if (sum[group] == 0) groups.emplace_back(group, 0.0);  // first reached: summed below
      sum[group] += weight;
    }
  }
  for (auto& [group, weight] : groups) {
    weight = sum[group];
    sum[group] = 0;
  }
  // Their sentences, best groups first, to sixteen and every group as good as the last one taken. Each
  // group has a sentence, so no group weighing less than the sixteenth best is reached: only the groups at
  // least as good are sorted (a large base reaches thousands).
  const auto heavier = [](const auto& a, const auto& b) { return a.second > b.second; };
  if (groups.size() > 16) {
    std::nth_element(groups.begin(), groups.begin() + 15, groups.end(), heavier);
    const double sixteenth = groups[15].second;
    groups.erase(std::partition(groups.begin(), groups.end(),
                                [sixteenth](const auto& g) { return g.second >= sixteenth; }),
                 groups.end());
  }
  std::sort(groups.begin(), groups.end(), heavier);
  std::vector<std::pair<std::size_t, double>>& hits = shared.sources;
  for (std::size_t g = 0; g < groups.size() && (hits.size() < 16 || groups[g].second == groups[g - 1].second);
       ++g)
    for (std::size_t source : groups_[groups[g].first]) hits.emplace_back(source, groups[g].second);
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
  std::size_t quarter_gap = SIZE_MAX;
  for (std::size_t k = near.from; k < near.to && k < view.tokens.size(); ++k) {
    near.periods |= period_at(view.tokens, k);
    // The quarter a figure is of, right beside it with no year or "of": "45.9% in Q2", not "arrive from
    // the third quarter of this year" or "first cans Q1 2025", an event's date.
    const std::size_t gap = k < q.first_token ? q.first_token - k : k >= q.last_token ? k - q.last_token : 0;
    std::size_t end = 0;
    const unsigned quarter = quarter_at(view.tokens, k, end);
    const bool dated =
        end < view.tokens.size() &&
        (view.tokens[end].is("of") || (view.tokens[end].is_number() && is_time_word(view.tokens[end])));
    if (quarter != 0 && !dated && gap <= 3 && gap < quarter_gap) {
      near.quarter = quarter;
      quarter_gap = gap;
    }
  }
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
  // "in which we hold 49%": the speaker holds it, whoever the sentence names.
  near.speaker_holds = q.first_token >= s.first_token + 2 &&
                       token_is(view.tokens[q.first_token - 2], {"we", "i"}) &&
                       is_holding_verb(view.tokens[q.first_token - 1]);
  near.next_owner = view.owner_of_next(q);
  for (const EntityMention& m : view.entities) {
    near.known_owner = near.known_owner || acts_from(m.last_token);
    if (m.last_token + 1 == q.first_token && is_holding_verb(view.tokens[m.last_token]))
      near.holder = m.entity;
  }
  // A name the base does not know: two capitalised words no source sentence has, or one inside the
  // sentence ("Meanwhile Greyling Partners holds half"; not "More than a third", nor a word in capitals,
  // which may be shouted: "shuts FOUR libraries despite four in five residents").
  // A word in capitals right before the figure, no source sentence has, may be a ticker: "w/ EWM: ALPN
  // 40%" (not "shuts FOUR libraries", which is shouted; nor "UP 40%").
  const auto shouted = [&](std::size_t k) {
    const Token& t = view.tokens[k];
    const std::string_view written = view.text.substr(t.start, t.end - t.start);
    return std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // (After a colon or a comma only, and not a figure's own abbreviation: "DPS CHF2.40", "FINAL DIV 4.2P",
  // "BILL HITS £7.9M".)
  // (Nor in a line all in capitals, as wire flashes are: "VOLUMES 1.4 MLN T, DOWN 6 PCT".)
  const std::string_view line = view.text.substr(s.start, s.end - s.start);
  const bool all_capitals =
      std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const auto ticker = [&](std::size_t k) {
    const Token& t = view.tokens[k];
    return !all_capitals && shouted(k) && k + 1 == q.first_token && k > s.first_token &&
           (view.tokens[k - 1].is(":") || view.tokens[k - 1].is(",")) && t.norm.size() >= 3 &&
           t.norm.size() <= 5 &&
           !token_is(t, {"eps",  "dps",  "div",   "rev", "fcf",  "ebit", "capex", "opex",
                         "nav",  "aum",  "gdp",   "cpi", "vat",  "from", "over",  "under",
                         "only", "just", "total", "up",  "down", "and",  "was",   "now"});
  };
  const auto unknown = [&](std::size_t k) {
    const bool known = std::any_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
    return !known && view.tokens[k].is_word() && view.capitalized(k) && (!shouted(k) || ticker(k)) &&
           postings_.count(view.stems[k]) == 0;
  };
  // A headline capitalises every word ("Council Shuts FOUR Libraries Despite Four in Five Residents"), but
  // not in capitals. (Asked only once such a name is found.)
  int headline = -1;
  for (std::size_t k = q.first_token > s.first_token + 3 ? q.first_token - 3 : s.first_token;
       k < q.first_token; ++k) {
    const bool name = unknown(k) && (k > s.first_token || (k + 1 < q.first_token && unknown(k + 1)));
    if (!name || !(ticker(k) || acts_from(k + 1))) continue;
    if (headline < 0) headline = view.title_case(1) ? 1 : 0;
    if (headline == 1 && !ticker(k)) break;
    near.unknown_owner = true;
    near.unknown_at = k;
  }
  // Or the clause's subject, further back: two such words together ("Rival Sable Grain Millers increased
  // flour volumes by 5 percent to 98 000 tonnes", where the sources' 8% and 142,000 tonnes are Kambira's).
  for (std::size_t k = scope_start(view, q.first_token); !near.unknown_owner && k + 4 < q.first_token; ++k) {
    if (!unknown(k) || !unknown(k + 1) || shouted(k) || shouted(k + 1)) continue;
    if (headline < 0) headline = view.title_case(1) ? 1 : 0;
    if (headline == 1) break;
    near.unknown_owner = true;
    near.unknown_at = k;
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

void SourceAligner::align(Claim& claim, const SentenceView& view, const std::vector<Claim>& sentence_claims,
                          SharedSources& shared) const {
  if (claim.verdict != Verdict::unverified || !claim.quantity || claim.relation) return;
  if (claim.polarity != Polarity::asserted) return;
  if (claim.binding && claim.binding->abstained == "sources disagree") return;
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  if (date && (q.unit == "relative" || is_yearless(q))) return;
  if (!date && !(q.value > 0)) return;
  // A figure no fact came close to was not read for its stance: "fares will not be capped at £2" is no
  // figure the sources' sentence confirms.
  if (polarity_before(view, q.first_token) == Polarity::negated) return;

  if (!shared.read) read(view, shared);
  // The words near the figure, where what it measures is said.
  const Near near = near_of(view, q);
  const std::vector<Aligned> candidates = aligned_facts(claim, view, sentence_claims, shared, near);
  if (candidates.empty()) return;
  bind_best(claim, candidates, near);
  // "Bangladesh's own cloud services market, worth about Tk 2,400 crore" is not the sources' "data-centre
  // market at Tk 1,200 crore": a word that narrows the fact's word, which its source sentence lacks, makes
  // it another thing, of which the sources say nothing.
  if (claim.verdict == Verdict::contradicted && narrowed_otherwise(view, near, *claim.fact)) {
    claim.verdict = Verdict::unverified;
    claim.fact = nullptr;
    claim.value = nullptr;
    claim.binding->abstained = "another word";
  }
}

SourceAligner::FigureOwner SourceAligner::owner_of(const SentenceView& view, const QuantityMention& q) {
  // The name nearest before the figure in the sentence, else the nearest after it.
  FigureOwner who;
  for (const EntityMention& m : view.entities) {
    if (m.last_token <= q.first_token || !who.entity) who.entity = m.entity;
    if (m.last_token <= q.first_token) who.end = m.last_token;
    who.before = who.before || (m.last_token <= q.first_token && !m.entity->is_person());
    if (m.first_token >= q.last_token) break;
  }
  return who;
}

std::vector<SourceAligner::Aligned> SourceAligner::aligned_facts(const Claim& claim, const SentenceView& view,
                                                                 const std::vector<Claim>& sentence_claims,
                                                                 const SharedSources& shared,
                                                                 const Near& near) const {
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  NearWords near_words(word_ids_, view.stems, near.from, std::min(near.to, view.stems.size()), q);
  const auto near_word = [&](unsigned id) { return near_words.has(id); };
  const std::string q_stem = q.kind == QuantityKind::count ? stem(q.unit) : std::string();
  const int figures = other_nouns(q, q_stem);  // 0: no count in other words is weighed
  const FigureOwner who = owner_of(view, q);
  // The facts of the best aligned source sentences, of the figure's kind, whose value is within a
  // factor of twenty of it (a year either side for a date): those it fits, and those it may have been
  // swapped with.
  std::vector<Aligned> candidates;
  // Most facts are of another size: turned away before they are weighed.
  const auto in_range = [&](std::size_t fi) {
    const double key = key_of(facts_.facts()[fi].value, predicate_of_[fi]->value);
    return date ? !(std::fabs(key - q.value) > 1) : key >= q.value / 20 && key <= q.value * 20;
  };
  // What a fact says of the figure whatever its source (kept, the value it fits: -1 none, 0 its current
  // one, k its k-th earlier; whose it is, its word near the figure): the same for facts alike.
  struct Said {
    bool kept, owner, named, referred, named_after, other_noun;
    int fits;
    const std::string* cue;
  };
  AlikeTable<Said> said;
  const auto say = [&](std::size_t fi) {
    const Fact& f = facts_.facts()[fi];
    const Predicate* p = predicate_of_[fi];
    Said s{false, false, false, false, false, false, -1, nullptr};
    // A bare number counts what the words beside it name: "Vacancies at 96,400", "180,000 long-term
    // unemployed" against a count of vacancies.
    const bool counted = q.kind == QuantityKind::number && p->value == ValueKind::count &&
                         !unit_stem_[fi].empty() && near_word(unit_stem_id_[fi]);
    s.other_noun = !counted && !kinds_agree(q, f, p->value, q_stem, unit_stem_[fi]);
    if (s.other_noun &&
        (figures == 0 || p->value != ValueKind::count || counts_apart(q_stem, unit_stem_[fi])))
      return s;
    // Units of one dimension are compared as written only: "10 miles" is not weighed against 16 km here.
    if ((p->value == ValueKind::measure || p->value == ValueKind::percent) && q.unit != f.value.unit)
      return s;
    s.kept = true;
    // A bound confirms no other figure, on either side: "at least €1.20" is not the sources' "at least
    // €1.10", nor is "up to $500bn" their $80 billion.
    const auto fits = [&](const FactValue& v) {
      const bool bound = !std::isfinite(v.interval.low) || !std::isfinite(v.interval.high) ||
                         !std::isfinite(q.interval.low) || !std::isfinite(q.interval.high);
      return agrees(q, v) && (!bound || q.value == v.amount);
    };
    if (fits(f.value)) {
      s.fits = 0;
    } else if (s.other_noun) {  // of other things, and not its value: no evidence either way
      return Said{false, false, false, false, false, false, -1, nullptr};
    } else {
      for (std::size_t k = 0; k < f.earlier.size(); ++k)
        if (fits(f.earlier[k])) s.fits = static_cast<int>(k) + 1;
    }
    const Entity* subject = subject_of_[fi];
    const auto is_subject = [&](const EntityMention& m) { return subject && m.entity == subject; };
    s.owner = who.entity && who.entity == subject;
    s.named = std::any_of(view.entities.begin(), view.entities.end(), is_subject);
    s.named_after = s.named && !s.owner && who.before && named_only_after(view, q, subject);
    // Not through a topic of the sources other than the organisation the text named last.
    s.referred = (std::any_of(view.antecedents.begin(), view.antecedents.end(), is_subject) ||
                  std::any_of(view.topic.begin(), view.topic.end(), is_subject)) &&
                 !of_another_topic(view, f, facts_);
    for (const FactWord& w : fact_words_[fi])
      if (!s.cue && near_word(w.id)) s.cue = w.cue;
    return s;
  };
  const auto consider = [&](std::size_t fi, std::size_t source, double weight) {
    const Said* found = said.find(first_alike_[fi]);
    const Said& s = found ? *found : said.put(first_alike_[fi], say(fi));
    if (!s.kept) return;
    const Fact& f = facts_.facts()[fi];
    Aligned c;
    c.fact = &f;
    // (Not by a figure found swapped: "Fund (£150,000) and Friends (£400,000)" for the Fund's £400,000
    // leaves the Fund's fact to the £400,000. Nor by the date of the fact's event, for a figure.)
    c.taken = std::any_of(sentence_claims.begin(), sentence_claims.end(), [&](const Claim& other) {
      return &other != &claim && other.fact == &f && !swapped(other) &&
             !(other.quantity && other.quantity->kind == QuantityKind::date && !date);
    });
    c.fits = s.fits < 0 ? nullptr : s.fits == 0 ? &f.value : &f.earlier[static_cast<std::size_t>(s.fits) - 1];
    c.current = s.fits == 0;
    c.owner = s.owner;
    c.named = s.named;
    c.referred = s.referred;
    c.named_after = s.named_after;
    c.other_noun = s.other_noun;
    c.other_owner = who.end > 0 && who.entity && !who.entity->is_person() && !s.owner;
    if (c.other_noun && weak_other_noun(c, fi, source, view, q, who.end, figures)) return;
    c.cue = s.cue;
    c.shared = weight;
    c.period_differs = period_differs(near, source);
    for (const QuantityMention* m : view.quantities)
      c.given_beside = c.given_beside || (m->start != q.start && m->kind == q.kind && agrees(*m, f.value));
    c.anchored = anchored_by(claim, q, view, sentence_claims, source);
    c.score = (c.owner      ? 2.0
               : c.named    ? 1.0
               : c.referred ? 0.75
                            : 0.0) +
              (c.cue ? 1.5 : 0.0) + 0.75 * std::min(c.shared, 4.0);
    candidates.push_back(c);
  };
  for (const auto& entry : shared.sources)
    for (std::size_t fi : facts_of_[entry.first])
      if (in_range(fi)) consider(fi, entry.first, entry.second);
  // And any fact of exactly the figure's value, though its sentence shares no word with the draft's.
  const auto exact = exact_.find(q.value);
  if (exact != exact_.end())
    for (std::size_t fi : exact->second)
      // A fact of a sentence weighed above was weighed already, whether it was kept or not.
      if (in_range(fi) && std::none_of(shared.sources.begin(), shared.sources.end(),
                                       [&](const auto& entry) { return entry.first == source_of_[fi]; }))
        consider(fi, source_of_[fi], 0.0);
  return candidates;
}

}  // namespace factcheck
