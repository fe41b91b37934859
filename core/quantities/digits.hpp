// Internal to core/quantities: numbers written in digits and glyphs, as the number parser
// (numbers.cpp) and the word reader (number_words.cpp) share them. read_digits() and
// split_digit_list(), defined in digits.cpp too, are public (numbers.hpp).
#pragma once

#include <string_view>

namespace factcheck::quantities_detail {

// True for a plain run of ASCII digits ("2025"); false for an empty string.
bool all_digits(std::string_view s);

// The value of a run of digits with an optional '.' ("1234.5"); inf for absurdly long runs.
double digits_value(std::string_view s);

// The value of a vulgar fraction glyph ("½" 0.5, "¾" 0.75, "⅓"), or 0.
double vulgar_fraction(std::string_view s);

}  // namespace factcheck::quantities_detail
