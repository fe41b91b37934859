// What kind of quantity a figure in the text is.
#pragma once

namespace factcheck {

enum class QuantityKind { number, money, percent, count, measure, duration, date };

// The stable lower-case name used in the JSON contract: "money", "percent", ...
const char* to_string(QuantityKind kind);

}  // namespace factcheck
