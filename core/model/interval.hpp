// The values a figure admits, and the tolerance table that derives them (README, "Tolerance table").
#pragma once

#include <limits>

#include "model/comparator.hpp"

namespace factcheck {

struct Interval {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;   // true when low itself is excluded ("more than")
  bool high_open = false;  // true when high itself is excluded ("less than")

  bool contains(double x) const;
  bool overlaps(const Interval& other) const;
};

// The interval a figure admits, from its nominal value, stated step and comparator (README, "Tolerance
// table"). `high_value` is the upper end of a range (ignored otherwise).
Interval interval_for(double value, double step, Comparator comparator, double high_value = 0);

// The interval a share in per cent admits: a hedge on a share is of points, not of tenths ("about 87%"
// admits 83 to 91, never 78; "about 70%" admits two thirds): at most three and a half points beyond half
// its step, and no wider than interval_for() makes it.
Interval share_interval_for(double value, double step, Comparator comparator);

// A figure as stated: its nominal value, its hedge and the interval those admit.
struct Stated {
  double value;
  Comparator comparator;
  const Interval& admits;
  double high = 0;  // a range's upper end (`value` is its lower one)
};

// Whether two stated figures agree: what they admit overlaps, and when both are hedged ("about",
// "nearly", "just over"), one's own value lies in what the other admits. "Around three-quarters" and
// "about two-thirds" meet only where both hedges stretch, and a reader hears two different figures.
bool agree(const Stated& a, const Stated& b);

}  // namespace factcheck
