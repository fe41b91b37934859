// The aligner's revisions: which fact of a dated source a later-dated source revises (match/alignment.hpp).
#include "match/alignment.hpp"

#include <algorithm>
#include <cmath>

namespace factcheck {

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
  revised_by_.assign(all.size(), nullptr);
  says_revised_.assign(all.size(), false);
  const auto shared = [&](std::size_t a, std::size_t b) {
    std::size_t n = 0;
    auto x = content[a].begin(), y = content[b].begin();
    while (x != content[a].end() && y != content[b].end()) {
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
  };
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
        const double ratio = all[newer].value.amount / all[older].value.amount;
        if (!(ratio >= 0.25 && ratio <= 4) || std::fabs(ratio - 1) < 0.01) continue;
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
        const std::size_t common = shared(sa, sb);
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
            std::any_of(fact_words_[older].begin(), fact_words_[older].end(), [&](const FactWord& word) {
              return std::binary_search(content[sb].begin(), content[sb].end(), word.stem);
            });
        // (Not a dated figure by an undated sentence: "2.6% in August" is no figure "compared with" later.)
        if (revises_[sb] && names_its_word && common >= 2 && w >= 0.4 && w > best &&
            (times_[sa].empty() || !times_[sb].empty())) {
          best = w;
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
}

}  // namespace factcheck
