#include "match/assignment.hpp"

#include <algorithm>
#include <cmath>

namespace factcheck {

void sort_by_score(std::vector<Candidate>& candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

std::vector<const Fact*> assign(const std::vector<Candidate>& candidates, std::size_t figures,
                                const std::vector<Fact>& all) {
  // Exact search stays small: at most six figures, each with its three best facts (4^6 leaves).
  constexpr std::size_t kExactLimit = 6;
  constexpr std::size_t kChoicesPerFigure = 3;
  std::vector<const Fact*> bound(figures, nullptr);
  if (candidates.empty()) return bound;  // most sentences: no figure fits any fact
  // A sentence has a few figures and facts: flat vectors searched in place. Figure f's best facts
  // are choices[f * kChoicesPerFigure, + choice_count[f]).
  std::vector<const Candidate*> choices(figures * kChoicesPerFigure, nullptr);
  std::vector<std::size_t> choice_count(figures, 0);
  for (const Candidate& c : candidates) {
    std::size_t& count = choice_count[c.quantity];
    if (count < kChoicesPerFigure) choices[c.quantity * kChoicesPerFigure + count++] = &c;
  }
  std::vector<std::size_t> order;  // the figures with candidates, in order
  for (std::size_t figure = 0; figure < figures; ++figure)
    if (choice_count[figure] > 0) order.push_back(figure);
  std::vector<std::size_t> used;  // facts taken
  const auto is_used = [&](std::size_t fact) {
    return std::find(used.begin(), used.end(), fact) != used.end();
  };
  if (order.size() > kExactLimit) {
    for (const Candidate& c : candidates) {
      if (bound[c.quantity] || is_used(c.fact)) continue;
      bound[c.quantity] = &all[c.fact];
      used.push_back(c.fact);
    }
    return bound;
  }
  std::vector<const Candidate*> current(order.size(), nullptr), best(order.size(), nullptr);
  double best_score = -1;
  // Depth-first over figures; each takes one of its facts not yet taken, or none.
  auto search = [&](auto& self, std::size_t i, double score) -> void {
    if (i == order.size()) {
      if (score > best_score + 1e-12) {
        best_score = score;
        best = current;
      }
      return;
    }
    for (std::size_t k = 0; k < choice_count[order[i]]; ++k) {
      const Candidate* c = choices[order[i] * kChoicesPerFigure + k];
      if (is_used(c->fact)) continue;
      used.push_back(c->fact);
      current[i] = c;
      self(self, i + 1, score + c->score);
      used.pop_back();
    }
    current[i] = nullptr;
    self(self, i + 1, score);
  };
  search(search, 0, 0.0);
  for (const Candidate* c : best)
    if (c) bound[c->quantity] = &all[c->fact];
  return bound;
}

std::string judge_in_time(Claim& claim, const QuantityMention& q, const Fact& f,
                          const std::vector<const QuantityMention*>& qualifiers, std::string_view text) {
  std::vector<const FactValue*> values;
  for (const FactValue& v : f.earlier) values.push_back(&v);
  values.push_back(&f.value);
  const auto fits = [&](const FactValue* v) { return agrees(q, *v); };
  for (const QuantityMention* d : qualifiers) {
    // A date judged is no date of itself: "will open on 14 December" against an opening moved since.
    if (d->unit == "relative" || (d->start == q.start && d->kind == q.kind)) continue;
    const std::string said(text.substr(d->start, d->end - d->start));
    std::vector<const FactValue*> then;
    for (const FactValue* v : values)
      if (d->interval.overlaps(v->valid)) then.push_back(v);
    if (then.empty()) {
      claim.verdict = Verdict::unverified;
      claim.value = nullptr;
      return said;
    }
    const auto it = std::find_if(then.rbegin(), then.rend(), fits);
    claim.verdict = it != then.rend() ? Verdict::supported : Verdict::contradicted;
    claim.value = it != then.rend() ? *it : then.back();
    // A period the sources revised its figure in ("the FY2025 budget of $598.4 million", recommended in
    // August and adopted at $604.9 million in September): the figure it had before is outdated.
    if (it != then.rend() && it != then.rbegin() && !fits(then.back())) {
      claim.verdict = Verdict::outdated;
      claim.earlier = *it;
      claim.value = then.back();
    }
    return said;
  }
  claim.value = &f.value;
  // A figure that names an earlier value ("$13 billion", "roughly $13bn") is outdated even where the
  // current one's hedge would admit it ("nearly $14 billion"); one that names no value exactly fits by
  // tolerance. A plain or approximate figure names the values its own digits round to, whatever its
  // hedge ("roughly $13bn" is the $13 billion of before); a bound names what it admits ("at least
  // $13 billion" is true of nearly $14 billion).
  const auto names = [&](const FactValue& v) {
    if (v.amount == 0) return false;
    const bool point = q.comparator == Comparator::none || q.comparator == Comparator::exactly ||
                       q.comparator == Comparator::approx;
    if (!point || q.range_low != q.range_high) return q.interval.contains(v.amount);
    return std::fabs(v.amount - q.value) <= q.step / 2 * (1 + 1e-9);
  };
  const auto it = std::find_if(f.earlier.rbegin(), f.earlier.rend(), [&](const FactValue& v) {
    return fits(&v) && (!fits(&f.value) || (names(v) && !names(f.value) && v.amount != f.value.amount));
  });
  if (it != f.earlier.rend()) {
    claim.verdict = Verdict::outdated;
    claim.earlier = &*it;
  } else {
    claim.verdict = fits(&f.value) ? Verdict::supported : Verdict::contradicted;
  }
  return "";
}

}  // namespace factcheck
