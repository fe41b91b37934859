// Part of stage 2 (quantities): reading one number from a run of tokens, whether written in digits
// ("1,234.5", "40 000", "3/4", "1.3e6", "10k"), in words ("one hundred and sixty-one", "two thirds",
// "nought point five", "half a dozen") or mixed ("6.6 billion", "13 lakh"). Nothing here knows about
// currencies, units or dates; quantities.cpp builds mentions on top of it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "text/tokens.hpp"

namespace factcheck {

// How a number was written.
enum class NumberForm {
  digits,    // "1,234.5", "6.6 billion", "10k"
  words,     // "fourteen", "two hundred point zero three"
  fraction,  // "3/4", "2 1/4", "two thirds", "one over three", "½"
  power,     // "1e10", "1.1^23", "1.3x10^6"
};

// One number read from tokens[first_token, last_token).
struct ParsedNumber {
  std::size_t first_token = 0;  // index of the first token (the sign, when there is one)
  std::size_t last_token = 0;   // index one past the last token
  double value = 0;             // the value, sign and scale applied; may be inf for absurd inputs
  double step = 1;              // the stated precision: 0.1e9 for "6.6 billion", 1 for "14"
  double scale = 1;             // the multiplier of a trailing scale word ("billion" -> 1e9), else 1
  NumberForm form = NumberForm::digits;
  bool negative = false;       // a sign ("-", "minus", "negative") was read
  bool plain_integer = false;  // a single digit token with no separators, sign or scale: "2025"
  bool spelled = false;        // at least its head is written in words
};

// Context the caller knows about.
struct NumberOptions {
  bool money = false;  // a currency sign precedes: a glued "m"/"mm" means million and "over" is no fraction
};

// Reads the longest number starting at tokens[i]; std::nullopt when none starts there. Linear in the
// tokens it reads; never throws.
std::optional<ParsedNumber> parse_number(std::string_view text, const std::vector<Token>& tokens,
                                         std::size_t i, NumberOptions options = {});

// Reads a number token's digits: "1,234.5" -> 1234.5 (step 0.1), "1,3" and "5,00" (a decimal comma),
// "12,34,567.89" (Indian grouping), "1.111,11" (European). False for lists such as "192.168.1.2".
bool read_digits(std::string_view digits, double& value, double& step);

// A digit run inside a number token that read_digits rejects as a list ("192.168.1.2").
struct DigitPart {
  std::size_t start = 0;  // byte offset of its first digit in the text
  std::size_t end = 0;    // byte offset one past its last digit
  double value = 0;
};

// Splits a list-like number token into its digit runs: "22,24,26,31" -> 22, 24, 26, 31.
std::vector<DigitPart> split_digit_list(const Token& token);

// The multiplier of a scale word: "hundred" 100, "thousand" 1e3, "million" 1e6, "billion", "trillion",
// "lakh" 1e5, "crore" 1e7, and the abbreviations "bn", "bln", "mn", "mln", "mil", "tn", "tln"; 0 otherwise.
double scale_word(std::string_view norm);

// True for a cardinal number word ("zero" to "ninety", "hundred", scale words).
bool is_number_word(std::string_view norm);

}  // namespace factcheck
