#include "model/dates.hpp"

#include <initializer_list>

namespace factcheck {

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Interval date_span(int year, int month, int day, bool fiscal) {
  if (fiscal) return Interval{date_span(year - 1, 7).low, date_span(year, 6).high, false, true};
  if (month == 0) return Interval{static_cast<double>(year), year + 1.0, false, true};
  const double len = days_in_month(year, 2) == 29 ? 366 : 365;
  int before = 0;
  for (int k = 1; k < month; ++k) before += days_in_month(year, k);
  if (day == 0)
    return Interval{year + before / len, year + (before + days_in_month(year, month)) / len, false, true};
  return Interval{year + (before + day - 1) / len, year + (before + day) / len, false, true};
}

bool parse_date_span(std::string_view s, Interval& out) {
  auto digits = [&](std::size_t pos, std::size_t n, int& v) {
    if (pos + n > s.size()) return false;
    v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0;
  if (s.size() == 6 && (s.substr(0, 2) == "FY" || s.substr(0, 2) == "fy")) {
    if (!digits(2, 4, year)) return false;
    out = date_span(year, 0, 0, true);
    return true;
  }
  if (!digits(0, 4, year)) return false;
  if (s.size() == 4) {
    out = date_span(year);
    return true;
  }
  // A part of a year: "2025-Q3", "2026-H2", "2029-spring" (seasons by the northern calendar: spring
  // March to May, summer June to August, autumn September to November, winter December to February).
  if (s.size() >= 7 && s[4] == '-') {
    const std::string_view part = s.substr(5);
    int first = 0, months = 0;
    if (part.size() == 2 && part[0] == 'Q' && part[1] >= '1' && part[1] <= '4') {
      first = 3 * (part[1] - '0') - 2, months = 3;
    } else if (part.size() == 2 && part[0] == 'H' && (part[1] == '1' || part[1] == '2')) {
      first = 6 * (part[1] - '0') - 5, months = 6;
    } else if (part == "spring" || part == "summer" || part == "autumn" || part == "winter") {
      first = part == "spring" ? 3 : part == "summer" ? 6 : part == "autumn" ? 9 : 12, months = 3;
    }
    if (months) {
      const int last = first + months - 1;
      out =
          Interval{date_span(year, first).low,
                   last > 12 ? date_span(year + 1, last - 12).high : date_span(year, last).high, false, true};
      return true;
    }
  }
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2, month) || month < 1 || month > 12) return false;
  if (s.size() == 7) {
    out = date_span(year, month);
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !digits(8, 2, day) || day < 1 || day > days_in_month(year, month))
    return false;
  out = date_span(year, month, day);
  return true;
}

bool is_weekday(std::string_view word) {
  for (std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
    if (word == day) return true;
  return false;
}

}  // namespace factcheck
