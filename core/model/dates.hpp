// Calendar dates as spans of time, in fractional years: what a stated date covers and what a fact's
// date means, so that "in 2023" and "2023-11-17" can be compared.
#pragma once

#include <string_view>

#include "model/interval.hpp"

namespace factcheck {

// The span of a calendar date in fractional years [low, high): a whole year (month 0), a month (day 0)
// or a day, each day 1/365 (1/366 in leap years) of its year. A fiscal year runs July to June:
// FY2025 is 1 July 2024 to 30 June 2025, as Microsoft's is. Arguments must be a valid date.
Interval date_span(int year, int month = 0, int day = 0, bool fiscal = false);

// Parses an ISO 8601 date ("2030", "2025-01", "2025-01-21"), "FY2025", or a part of a year ("2025-Q3",
// "2026-H2", "2029-spring") into its span. Returns false when the text is not such a date.
bool parse_date_span(std::string_view iso, Interval& out);

// Whether `word` (lower case) names a day of the week: "monday" ... "sunday".
bool is_weekday(std::string_view word);

// Days in a month of a year (leap years included).
int days_in_month(int year, int month);

}  // namespace factcheck
