// What kind of quantity a figure in the text is.
#pragma once

namespace factcheck {

// `age` is a duration that says how old someone or something is ("a 15-year-old", "aged 67").
enum class QuantityKind { number, money, percent, count, measure, duration, age, date };

// The stable lower-case name used in the JSON contract: "money", "percent", ...
const char* to_string(QuantityKind kind);

}  // namespace factcheck
