// Values as a reader reads them: amounts, dates, when a value held, and the short citation. One place
// for the wording that explanations, the JSON report's display strings and the CLI share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/factbase.hpp"
#include "match/claim.hpp"

namespace factcheck {

// A value as a reader would write it: "$14 billion", "€2.5 million", "40%", "1,200 workers".
std::string format_amount(double amount, const std::string& unit, ValueKind kind);

// A figure converted into another unit, to three significant digits: "16.1 km" for 10 miles.
std::string converted_amount(double amount, const std::string& unit, ValueKind kind);

// An ISO 8601 date as a reader writes it: "21 January 2025", "October 2024", "fiscal year 2025", "2030".
std::string format_date(const std::string& iso);

// "Mint, 2025-01-23": the short citation used in explanations, of a value's own source if it has one.
std::string cite(const FactBase& facts, const Fact& fact);
std::string cite(const FactBase& facts, const Fact& fact, const FactValue& value);

// How a fact's value reads: "nearly $14 billion", "until 2030", "OpenAI, SoftBank and Oracle".
std::string describe_value(const FactBase& facts, const Fact& fact);
std::string describe_value(const FactBase& facts, const Fact& fact, const FactValue& value);

// When a value held, for readers: "as of 23 January 2025", "from March 2024 until June 2025".
std::string describe_period(const FactValue& value);

// A comparator's usual words with a trailing space: "nearly ", "more than ", "until "; "" for none.
const char* comparator_words(Comparator c);

// "A, B and C" (or with `last` " or ": "A, B or C").
std::string join_names(const std::vector<std::string>& names, const char* last = " and ");

// "largest", "second-largest", ... "fifth-largest", else "a lower-ranked".
const char* rank_words(int rank);

// Text for display: runs of spaces, line breaks and no-break spaces (U+00A0, U+202F) become one space.
std::string one_spaced(std::string_view s);

// "OpenAI's", but "Greenspur Partners'".
std::string possessive(const std::string& name);

// How far a claimed figure is from the fact's: "about 90% lower", "about 7% higher", "about 10 times as
// much"; "different" when the fact is 0.
std::string deviation_words(double claimed, double fact);

// The same for a reader's display, where a claim that agrees says so: "the figures agree".
std::string describe_deviation(double claimed, double fact);

// A verdict as a reader reads it: "Supported", "Contradicted", "Outdated", and for an unverified claim
// "Not in the fact base", "Not in the sources" when the base was learned from documents, or "Not in the
// fact base or the sources" for a stack of both.
const char* verdict_name(Verdict verdict, Basis basis);

// The basis as the report's JSON names it: "facts", "sources" or "both".
const char* to_string(Basis basis);

// The signals that bound a figure to a fact, for readers: "Bound to this fact by the word “invested”,
// Microsoft and OpenAI named, and a value that fits."
std::string describe_binding(const FactBase& facts, const std::vector<std::string>& signals);

}  // namespace factcheck
