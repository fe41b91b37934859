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

}  // namespace factcheck
