// Reading one cell of a CSV fact sheet: its text (trimmed, made valid UTF-8, quoted in messages, cut
// into lists and slugs) and what it holds (a kind, a unit, a step, a rank), read the way the
// extractor reads text. The CSV import's helpers (facts/csv_import.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/factbase.hpp"
#include "quantities/quantities.hpp"

namespace factcheck::csv {

// ---- cell text -----------------------------------------------------------------------------------

// NUL bytes and invalid UTF-8 become U+FFFD: the JSON writer needs valid UTF-8, and one stray byte
// should not sink a whole sheet (the checker treats such bytes the same way).
std::string sanitize(std::string_view s);

// Without the blanks spreadsheets pad cells with: spaces, tabs, line breaks, no-break and figure
// spaces and byte-order marks.
std::string_view trim(std::string_view s);

// With ASCII letters in lower case; other bytes as they are.
std::string lower_ascii(std::string_view s);

// With ASCII letters in upper case; other bytes as they are.
std::string upper_ascii(std::string_view s);

// Splits on `sep`, trims each piece and drops empty ones ("MSFT| the software giant |" -> 2 pieces).
std::vector<std::string> split_list(std::string_view s, char sep);

// Quotes cell text for a message, cut to a readable length (a hostile cell can be megabytes).
std::string cited(std::string_view s);

// "Sam Altman" -> "sam-altman", "Zürich Re" -> "zürich-re": lower case, each run of other characters
// becomes one "-", none at either end.
std::string slug(std::string_view s);

// "OpenAI, SoftBank and Oracle" -> the three names; ";" and "," and the word "and" separate.
std::vector<std::string> split_members(std::string_view s);

// Levenshtein distance of two short strings, for "did you mean" on a misspelt column.
std::size_t edit_distance(std::string_view a, std::string_view b);

// ---- what a cell holds ---------------------------------------------------------------------------

// True for the kinds whose value is an amount: money, percent, count and measure.
bool is_figure(ValueKind k);

// The kind of value a fact holding a figure of kind `k` has: money, percent, count, measure or date;
// nothing for a bare number or a duration.
std::optional<ValueKind> value_kind(QuantityKind k);

// The quantities in a cell, found as the extractor finds them in an article.
std::vector<QuantityMention> extract(std::string_view text);

// A unit cell read the way the extractor reads units in text: "$" and "usd" are USD, "percent" is %,
// "kilometres" is km. Returns the kind the unit implies, or nothing for a word it does not know.
std::optional<ValueKind> read_unit(std::string_view unit, std::string& normalised);

// The unit written for a fact of kind `kind`, normalised when the extractor knows it for that kind.
std::string unit_for(ValueKind kind, std::string_view unit);

// A step cell: "1e8", "100000000" or "$100 million".
std::optional<double> read_step(std::string_view s);

// "1", "largest", "second-largest", "3rd largest" -> the position, 1 for the largest.
std::optional<int> read_rank(std::string_view s);

}  // namespace factcheck::csv
