// Stage 2 of the pipeline: tokens -> quantity mentions (money, percentages, counts, measures,
// durations, dates, bare numbers), each with a normalised value, its comparator or hedge, and the
// interval of values it admits (see docs/tolerance.md for the table).
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.hpp"

namespace factcheck {

enum class QuantityKind { number, money, percent, count, measure, duration, date };

// The hedge or bound a writer put on a figure: "nearly $14 billion", "more than 40%".
enum class Comparator {
  none,       // a plain figure: "$6.6 billion"
  exactly,    // exactly, precisely
  approx,     // about, around, roughly, approximately, some, an estimated, close to
  nearly,     // nearly, almost, just under, just shy of
  just_over,  // just over, just above, a little more than
  more_than,  // more than, over, above, exceeding, in excess of, upwards of
  at_least,   // at least, no less than, a minimum of
  less_than,  // less than, under, below, fewer than
  at_most,    // up to, at most, no more than, a maximum of, as much as
  order,      // "tens of billions", "hundreds of millions": an order of magnitude
  range,      // "between $5 billion and $10 billion", "$5-10 billion"
  until,      // dates: until, through, to, till, by the end of
  since,      // dates: since, from, starting
};

struct Interval {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;   // true when low itself is excluded ("more than")
  bool high_open = false;  // true when high itself is excluded ("less than")

  bool contains(double x) const;
  bool overlaps(const Interval& other) const;
};

// One quantity found in the text. Spans exclude the comparator words ("nearly" is not in the span of
// "nearly $14 billion") but include currency signs, scale words and units.
struct QuantityMention {
  std::size_t start = 0;             // UTF-8 byte offset of the first byte
  std::size_t end = 0;               // UTF-8 byte offset one past the last byte
  std::size_t comparator_start = 0;  // byte offset of the comparator words ("nearly"), or `start`
  std::size_t first_token = 0;       // index of the first token of the span
  std::size_t last_token = 0;        // index one past the last token of the span
  QuantityKind kind = QuantityKind::number;
  double value = 0;  // normalised: money in currency units, percent as 40 for 40%,
                     // a year as 2030 (a date's full form is in `date`)
  std::string unit;  // money: ISO 4217 code; percent: "%" or "pp" (percentage points);
                     // count: the noun as written, lower-case ("iphones");
                     // measure: a unit symbol ("m", "km", "kg", "GW");
                     // duration: "year", "month", "week", "day", "hour";
                     // date: "year", "month", "day", "fiscal_year", or "relative"
  Comparator comparator = Comparator::none;
  double step = 1;    // the stated precision: 0.1e9 for "$6.6 billion", 1e6 for "$750 million"
  Interval interval;  // the values the mention admits (docs/tolerance.md)
  std::string date;   // dates: ISO 8601 ("2030", "2025-01", "2025-01-23"), "FY2025",
                      // or for relative dates the phrase ("this fiscal year")
};

// Finds every quantity in the tokens of `text`, in order of appearance, with no overlaps.
std::vector<QuantityMention> extract_quantities(std::string_view text, const std::vector<Token>& tokens);

// The interval a figure admits, from its nominal value, stated step and comparator (docs/tolerance.md).
// `high_value` is the upper end of a range (ignored otherwise).
Interval interval_for(double value, double step, Comparator comparator, double high_value = 0);

// The span of a calendar date in fractional years [low, high): a whole year (month 0), a month (day 0)
// or a day, each day 1/365 (1/366 in leap years) of its year. A fiscal year runs July to June:
// FY2025 is 1 July 2024 to 30 June 2025, as Microsoft's is. Arguments must be a valid date.
Interval date_span(int year, int month = 0, int day = 0, bool fiscal = false);

// Whether figures of measure can carry this unit symbol ("km", "GW", "m2").
bool is_measure_unit(std::string_view symbol);

// Days in a month of a year (leap years included).
int days_in_month(int year, int month);

// Stable lower-case names used in the JSON contract.
const char* to_string(QuantityKind kind);
const char* to_string(Comparator comparator);

}  // namespace factcheck
