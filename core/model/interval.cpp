#include "model/interval.hpp"

#include <algorithm>
#include <cmath>

namespace factcheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

bool Interval::contains(double x) const {
  if (std::isnan(x)) return false;
  const bool above_low = low_open ? x > low : x >= low;
  const bool below_high = high_open ? x < high : x <= high;
  return above_low && below_high;
}

bool Interval::overlaps(const Interval& other) const {
  // The larger of the two lows against the smaller of the two highs, open where either end is open.
  double lo = low;
  bool lo_open = low_open;
  if (other.low > lo || (other.low == lo && other.low_open)) {
    lo = other.low;
    lo_open = other.low_open || (other.low == low && low_open);
  }
  double hi = high;
  bool hi_open = high_open;
  if (other.high < hi || (other.high == hi && other.high_open)) {
    hi = other.high;
    hi_open = other.high_open || (other.high == high && high_open);
  }
  if (lo < hi) return true;
  return lo == hi && !lo_open && !hi_open;
}

namespace {

bool hedged(Comparator c) {
  return c == Comparator::approx || c == Comparator::nearly || c == Comparator::just_over;
}

}  // namespace

Interval interval_for(double value, double step, Comparator comparator, double high_value) {
  // Half the stated step, but never more than a tenth of the figure: a round "$1 billion" is stated
  // to the billion, yet it does not admit $750 million; no plain figure is looser than "about".
  const double magnitude =
      std::max(std::fabs(value), comparator == Comparator::range ? std::fabs(high_value) : 0.0);
  const double h = std::min(std::fabs(step) / 2, 0.1 * magnitude);
  const double v = value;
  // For negative values the "larger" and "smaller" multipliers swap so that low <= high.
  auto ordered = [](double a, double b, bool ao = false, bool bo = false) {
    if (a <= b) return Interval{a, b, ao, bo};
    return Interval{b, a, bo, ao};
  };
  switch (comparator) {
    case Comparator::none:
    case Comparator::until:
    case Comparator::since:
      return {v - h, v + h, false, false};
    case Comparator::exactly:
      return {v, v, false, false};
    case Comparator::approx:
      return ordered(0.9 * v - h, 1.1 * v + h);
    case Comparator::nearly:
      return ordered(0.9 * v - h, v + h);
    case Comparator::just_over:
      return ordered(v - h, 1.1 * v + h);
    case Comparator::more_than:
      return {v, kInf, true, false};
    case Comparator::at_least:
      return {v, kInf, false, false};
    case Comparator::less_than:
      return {-kInf, v, false, true};
    case Comparator::at_most:
      return {-kInf, v, false, false};
    case Comparator::order:
      return ordered(v, 10 * v, false, true);
    case Comparator::range:
      return ordered(v - h, high_value + h);
  }
  return {};
}

Interval share_interval_for(double value, double step, Comparator comparator) {
  const Interval wide = interval_for(value, step, comparator);
  if (!hedged(comparator)) return wide;
  const double v = std::fabs(value);
  const double h = std::min(std::fabs(step) / 2, 0.1 * v);
  const double s = std::min(0.1 * v, 3.5) + h;
  const double low = comparator == Comparator::just_over ? value - h : value - s;
  const double high = comparator == Comparator::nearly ? value + h : value + s;
  return {std::max(wide.low, std::min(low, high)), std::min(wide.high, std::max(low, high)), false, false};
}

bool agree(const Stated& a, const Stated& b) {
  if (!a.admits.overlaps(b.admits)) return false;
  // Two ranges agree end to end: "4 to 12 storeys" is not "from 4 to 9 storeys", though they overlap.
  if (a.comparator == Comparator::range && b.comparator == Comparator::range)
    return a.admits.contains(b.value) && b.admits.contains(a.value) && a.admits.contains(b.high) &&
           b.admits.contains(a.high);
  if (!hedged(a.comparator) || !hedged(b.comparator)) return true;
  // The same one-sided hedge states nearly the same figure: "nearly $13 billion" is not the "nearly $14
  // billion" it overlaps, "almost $13.9 billion" is.
  if (a.comparator == b.comparator && a.comparator != Comparator::approx)
    return std::fabs(a.value - b.value) <= 0.02 * std::max(std::fabs(a.value), std::fabs(b.value));
  return a.admits.contains(b.value) || b.admits.contains(a.value);
}

}  // namespace factcheck
