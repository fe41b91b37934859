// The aligner's revisions: which fact of a dated source a later-dated source revises (match/alignment.hpp).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "match/alignment.hpp"
#include "match/figure_judge.hpp"
#include "model/units.hpp"
#include "text/stem.hpp"

namespace factcheck {

namespace {

// The stems of the words that say a price: "costs", "retails", "sells", "fare".
const std::vector<std::string>& price_words() {
  static const std::vector<std::string> kPriceWords = [] {
    std::vector<std::string> out;
    for (const char* w : {"cost", "costs", "retail", "retails", "sell", "sells", "sold", "price", "priced",
                          "prices", "charge", "charges", "fee", "fare"})
      out.push_back(stem(w));
    return out;
  }();
  return kPriceWords;
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

// A stock counted at a day each ("864 stores at 30 June 2024", later "889 stores at 31 December 2024"):
// the later figure is the one now. Not a flow over a period ("revenue in 2024"), nor a figure told apart
// by its own words ("35 stores to open"): only words of time may narrow either.
bool stock_at_later_day(const Fact& older, const Fact& newer) {
  const auto day = [](const std::string& when) { return when.size() == 10; };
  const auto plain = [](const Fact& f) {
    return std::all_of(f.context.begin(), f.context.end(),
                       [](const std::string& w) { return is_calendar_word(w); });
  };
  const double ratio = newer.value.amount / older.value.amount;
  return older.subject == newer.subject && older.predicate == newer.predicate &&
         older.value.unit == newer.value.unit && day(older.when) && day(newer.when) &&
         newer.when > older.when && ratio >= 0.7 && ratio <= 1.45 && plain(older) && plain(newer);
}

}  // namespace

// How many facts of each kind each document gives, money and dates aside. (Not counting a figure of an
// earlier year than its document's: "In 2022 it subtitled 14 episodes into 12 languages" beside the
// project's 18 languages.)
std::map<std::pair<std::string, std::string>, int> SourceAligner::kinds_in_documents() const {
  const std::vector<Fact>& all = facts_.facts();
  const std::vector<Source>& sources = facts_.sources();
  std::map<std::pair<std::string, std::string>, int> of_kind_in;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Source& in = sources[source_index_.at(all[i].source)];
    const bool earlier_year =
        all[i].when.size() >= 4 && in.date.size() >= 4 && all[i].when.compare(0, 4, in.date, 0, 4) < 0;
    if (predicate_of_[i] && predicate_of_[i]->value != ValueKind::date &&
        predicate_of_[i]->value != ValueKind::money && !earlier_year)
      ++of_kind_in[{in.document, kind_of(i)}];
  }
  return of_kind_in;
}

void SourceAligner::find_revisions(const std::vector<std::vector<std::string>>& content) {
  // Facts by kind of figure, for pairs across documents of different dates; a kind with hundreds of
  // facts (a large base) is passed over rather than weighed pair by pair.
  const std::vector<Fact>& all = facts_.facts();
  const std::vector<Source>& sources = facts_.sources();
  std::unordered_map<std::string, std::vector<std::size_t>> by_kind;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (predicate_of_[i] && predicate_of_[i]->value != ValueKind::date) by_kind[kind_of(i)].push_back(i);
  // How many facts each document gives of each kind of figure: one of a kind in each of two documents is
  // the same thing, if the two share a word and are near each other ("a 500 MW electrolyser", later "the
  // electrolyser 400 MW"), whoever the learner took each sentence to be about.
  const std::map<std::pair<std::string, std::string>, int> of_kind_in = kinds_in_documents();
  const std::vector<std::vector<std::pair<std::string, std::string>>> dates = dates_by_source();
  const std::vector<std::vector<std::string>> periods = period_times(dates);
  revised_by_.assign(all.size(), nullptr);
  says_revised_.assign(all.size(), false);
  superseded_.assign(all.size(), false);
  for (const auto& entry : by_kind) {
    const std::vector<std::size_t>& group = entry.second;
    if (group.size() > 400) continue;
    for (std::size_t older : group) {
      const std::size_t sa = source_index_.at(all[older].source);
      const Source& a = sources[sa];
      double best = 0;
      // The later fact `newer` revises this one, by `weight`; `says`: its sentence says so.
      const auto take = [&](std::size_t newer, double weight, bool says) {
        best = weight;
        revised_by_[older] = &all[newer];
        says_revised_[older] = says;
        superseded_[older] = false;
      };
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
        const auto pair_times = times_to_compare(sa, sb, dates, periods);
        const std::vector<std::string>* ta = pair_times.first;
        const std::vector<std::string>* tb = pair_times.second;
        if (!ta->empty() && !tb->empty() && std::none_of(ta->begin(), ta->end(), [&](const std::string& t) {
              return std::binary_search(tb->begin(), tb->end(), t);
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
        const bool restates = revises_[sb] && common >= 2 &&
                              std::any_of(given.begin(), given.end(),
                                          [&](double v) { return same_amount(v, all[older].value.amount); });
        if (restates && best < 1) {
          take(newer, 1, true);
          continue;
        }
        // Or it restates another figure of the earlier sentence, and each has one figure of this kind: "cut
        // about 1,150 jobs, or roughly 9% of its workforce", later "now expects to reduce headcount by about
        // 1,400 roles, or 11% of its 12,800 employees, up from the 1,150 announced".
        const bool restates_other =
            revises_[sb] && common >= 2 && best < 1 && restates_another(older, newer, sa, sb);
        if (restates_other) {
          take(newer, 1, true);
          continue;
        }
        // Or it says it revises, in words of the earlier sentence's: "Free reserves have been restated
        // to £1.6 million" after "Free reserves were £1.9 million at the year end".
        const bool names_its_word =
            std::any_of(fact_words_[older].begin(), fact_words_[older].end(), [&](const auto& word) {
              return std::binary_search(content[sb].begin(), content[sb].end(), word.stem);
            });
        // (Not a dated figure by an undated sentence: "2.6% in August" is no figure "compared with" later;
        // but a date after its source's is a plan's: "commissioning planned for June 2025 at a cost of".)
        if (revises_[sb] && names_its_word && common >= 2 && w >= 0.4 && w > best &&
            (ta->empty() || !tb->empty() || all[older].when > a.date)) {
          take(newer, w, true);
          continue;
        }
        // Or both price the same thing in the same money, not far apart: "A standard roll retails at
        // SI$145", later "From 1 March 2024 a standard roll costs SI$160".
        if (best < 1 && repriced(older, newer, content[sb]) && (ta->empty() || !tb->empty())) {
          take(newer, 1, true);
          continue;
        }
        if (best < 1 && stock_at_later_day(all[older], all[newer])) {
          take(newer, 1, false);
          superseded_[older] = true;
          continue;
        }
        // `i` is the one fact of its kind in its document (money never is).
        const auto sole = [&](std::size_t i, const Source& in) {
          const auto kin = of_kind_in.find({in.document, kind_of(i)});
          return kin != of_kind_in.end() && kin->second == 1;
        };
        if (best < 1 && ratio >= 0.7 && ratio <= 1.45 && share_a_word(older, newer) && sole(older, a) &&
            sole(newer, b) && (ta->empty() || !tb->empty())) {
          take(newer, 1, true);
          continue;
        }
        if (common >= (same_subject ? 4u : 5u) && w >= 0.35 && w > best) take(newer, w, revises_[sb]);
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
    if (!says_revised_[i] && !superseded_[i]) continue;
    FactValue then = all[i].value;
    if (then.source.empty()) then.source = all[i].source;
    if (then.as_of.empty() && superseded_[i]) then.as_of = all[i].when;  // the day it was counted
    if (then.as_of.empty()) then.as_of = facts_.sources()[source_index_.at(all[i].source)].date;
    then_.emplace(i, std::move(then));
  }
}

bool SourceAligner::repriced(std::size_t older, std::size_t newer,
                             const std::vector<std::string>& newer_sentence) const {
  const std::vector<Fact>& all = facts_.facts();
  const double ratio = all[newer].value.amount / all[older].value.amount;
  if (all[older].value.unit != all[newer].value.unit || ratio < 0.7 || ratio > 1.45 ||
      predicate_of_[older]->value != ValueKind::money)
    return false;
  const std::vector<std::string> thing = priced_thing(older, false);
  if (thing.empty() || thing.size() > 3) return false;
  if (thing == priced_thing(newer, false)) return true;
  // "The price of a standard 100-gram bar was raised to 800 XOF": the later sentence names the price,
  // the fact's own words the thing, and more.
  const bool priced = std::any_of(price_words().begin(), price_words().end(), [&](const std::string& w) {
    return std::binary_search(newer_sentence.begin(), newer_sentence.end(), w);
  });
  const std::vector<std::string> words = priced_thing(newer, true);
  return priced && all[older].subject == all[newer].subject &&
         std::includes(words.begin(), words.end(), thing.begin(), thing.end());
}

std::vector<std::string> SourceAligner::priced_thing(std::size_t i, bool priced) const {
  std::vector<std::string> thing;
  for (const FactWord& w : fact_words_[i]) {
    if (std::find(price_words().begin(), price_words().end(), w.stem) != price_words().end())
      priced = true;
    else if (!is_calendar_word(w.stem))
      thing.push_back(w.stem);
  }
  if (!priced) return {};
  std::sort(thing.begin(), thing.end());
  thing.erase(std::unique(thing.begin(), thing.end()), thing.end());
  return thing;
}

bool SourceAligner::share_a_word(std::size_t x, std::size_t y) const {
  return std::any_of(fact_words_[x].begin(), fact_words_[x].end(), [&](const auto& word) {
    return std::any_of(fact_words_[y].begin(), fact_words_[y].end(),
                       [&](const auto& other) { return other.stem == word.stem; });
  });
}

std::vector<std::vector<std::pair<std::string, std::string>>> SourceAligner::dates_by_source() const {
  // A series keeps a date's earlier values in the fact of the latest, each with its own source.
  std::vector<std::vector<std::pair<std::string, std::string>>> dates(times_.size());
  const std::vector<Fact>& all = facts_.facts();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!predicate_of_[i] || predicate_of_[i]->value != ValueKind::date) continue;
    dates[source_of_[i]].emplace_back(all[i].predicate, all[i].value.date);
    for (const FactValue& e : all[i].earlier) {
      const auto source = source_index_.find(e.source);
      if (source != source_index_.end()) dates[source->second].emplace_back(all[i].predicate, e.date);
    }
  }
  return dates;
}

std::vector<std::vector<std::string>> SourceAligner::period_times(
    const std::vector<std::vector<std::pair<std::string, std::string>>>& dates) const {
  // Not a year or month a date fact of the sentence has as its value: that is when something happens ("A
  // £240 million pipeline ... is planned for completion in 2027", later "now expected to cost £310 million
  // and to be completed in 2028").
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  std::vector<std::vector<std::string>> periods(times_);
  for (std::size_t s = 0; s < dates.size(); ++s)
    for (const auto& entry : dates[s]) {
      // Its year and month ("2025-03": "2025" and "mar"), as times_ has them.
      const std::string& date = entry.second;
      if (date.size() < 4) continue;
      const int month = date.size() >= 7 ? std::atoi(date.c_str() + 5) : 0;
      std::vector<std::string>& times = periods[s];
      times.erase(std::remove_if(times.begin(), times.end(),
                                 [&](const std::string& t) {
                                   return t == date.substr(0, 4) ||
                                          (month >= 1 && month <= 12 && t == kMonths[month - 1]);
                                 }),
                  times.end());
    }
  return periods;
}

std::pair<const std::vector<std::string>*, const std::vector<std::string>*> SourceAligner::times_to_compare(
    std::size_t sa, std::size_t sb,
    const std::vector<std::vector<std::pair<std::string, std::string>>>& dates,
    const std::vector<std::vector<std::string>>& periods) const {
  // Without their date facts' years and months where the later sentence moves a date of the earlier (a
  // completion year with a cost), for those are when things happen.
  const bool moved = std::any_of(dates[sa].begin(), dates[sa].end(), [&](const auto& a) {
    return std::any_of(dates[sb].begin(), dates[sb].end(),
                       [&](const auto& b) { return b.first == a.first && b.second != a.second; });
  });
  return moved ? std::make_pair(&periods[sa], &periods[sb]) : std::make_pair(&times_[sa], &times_[sb]);
}

bool SourceAligner::restates_another(std::size_t older, std::size_t newer, std::size_t sa,
                                     std::size_t sb) const {
  const auto one_here = [&](std::size_t i, std::size_t in) {
    return std::count_if(facts_of_[in].begin(), facts_of_[in].end(),
                         [&](std::size_t j) { return kind_of(j) == kind_of(i); }) == 1;
  };
  if (!one_here(older, sa) || !one_here(newer, sb)) return false;
  const std::vector<double>& given = facts_.sources()[sb].numbers;
  return std::any_of(facts_of_[sa].begin(), facts_of_[sa].end(), [&](std::size_t j) {
    // (A figure of another kind: a restated figure of the same kind is revised itself, "income was £6.12
    // million, not £6.42 million", and says nothing of the sentence's expenditure.)
    return j != older && kind_of(j) != kind_of(older) &&
           std::any_of(given.begin(), given.end(),
                       [&](double v) { return same_amount(v, facts_.facts()[j].value.amount); });
  });
}

}  // namespace factcheck
