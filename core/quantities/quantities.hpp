// Stage 2 of the pipeline: tokens -> quantity mentions (money, percentages, counts, measures,
// durations, dates, bare numbers), each with a normalised value, its comparator or hedge, and the
// interval of values it admits (README, "Tolerance table").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/comparator.hpp"
#include "model/interval.hpp"
#include "model/quantity_kind.hpp"
#include "text/tokens.hpp"

namespace factcheck {

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
  std::string unit;  // money: ISO 4217 code; percent: "%", "pp" (percentage points) or "bp" (basis
                     // points); count: the noun as written, lower-case ("iphones");
                     // measure: a unit code of model/units.hpp ("km", "kg", "GW", "°C", "m²");
                     // duration and age: "s", "min", "h", "d", "wk", "mo" or "yr";
                     // date: "year", "month", "day", "fiscal_year", or "relative"
  Comparator comparator = Comparator::none;
  double step = 1;        // the stated precision: 0.1e9 for "$6.6 billion", 1e6 for "$750 million"
  double range_low = 0;   // a range's stated ends, normalised as `value` ("$5-10 billion": 5e9 and
  double range_high = 0;  // 10e9); for any other figure both are `value`
  Interval interval;      // the values the mention admits (README, "Tolerance table")
  std::string date;       // dates: ISO 8601 ("2030", "2025-01", "2025-01-23", or "--01-22" for a day
                          // with no year), "FY2025", or for relative dates the phrase ("this fiscal year")
};

// Finds every quantity in the tokens of `text`, in order of appearance, with no overlaps.
std::vector<QuantityMention> extract_quantities(std::string_view text, const std::vector<Token>& tokens);

// Spelled fractions read as the shares they state, for checking against percentage facts: "more than a
// third of buyers" is above 33.3%, "up almost a fifth" just under 20%, "a quarter point" 0.25 percentage
// points. Only a fraction in words that says of what ("of", "the") or by how much (a hedge, "by", "rose")
// is read so, as a round figure (about, unless hedged otherwise); the rest stay numbers. The last step of
// extract_quantities(), so that `extract`, the learner and the checker read a fraction alike.
void read_fractions_as_shares(std::vector<QuantityMention>& quantities, const std::vector<Token>& tokens);

// The mention converted into another unit of its dimension (model/units.hpp): value, step, range ends
// and interval, for comparing "10 miles" with a fact in km. Nothing when the unit is already `unit`, when
// the two do not convert, or for money (there are no exchange rates).
std::optional<QuantityMention> in_unit(const QuantityMention& q, std::string_view unit);

// A day with no year ("January 22", date "--01-22") placed in `year`, for comparing it with a fact's
// date of that year. Nothing for any other mention.
std::optional<QuantityMention> in_year(const QuantityMention& q, int year);

// The month (1 to 12) a word names ("october", "sept"), or 0: the extractor's own reading, for the later
// stages that ask whether a word beside a figure dates it.
int month_of(std::string_view word);

}  // namespace factcheck
