// Internal to core/quantities: numbers written in words ("one hundred and sixty-one", "two thirds",
// "half a dozen") and scale words ("billion", "bn", a glued "k"), read by number_words.cpp for the
// number parser (numbers.cpp). scale_word() and is_number_word() are public (numbers.hpp).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "quantities/numbers.hpp"
#include "text/tokens.hpp"

namespace factcheck::quantities_detail {

// tokens[k] is the word w.
inline bool is_word(const std::vector<Token>& t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].kind == TokenKind::word && t[k].norm == w;
}

// tokens[k] is the punctuation or symbol p.
inline bool is_punct(const std::vector<Token>& t, std::size_t k, std::string_view p) {
  return k < t.size() && t[k].kind != TokenKind::word && t[k].kind != TokenKind::number && t[k].norm == p;
}

// The value of a cardinal word, zero..nineteen and the tens ("nought" 0, "ninety" 90); -1 otherwise.
int cardinal(std::string_view w);

// cardinal() of tokens[k], -1 when it is not a word.
int cardinal_at(const std::vector<Token>& t, std::size_t k);

// "dozen", "dozens", "doz", "dz" and their plurals.
bool is_dozen(std::string_view w);

// The multiplier of a scale abbreviation right after digits, or 0. Case matters: "10M" and "10G" are
// million and giga, but a lower-case glued "m" or "g" is a metre or a gram unless money precedes or,
// for "m", `amount_after` (a plural noun or a unit follows: "1.2m tons"); a spaced "K" is kelvin.
double abbreviation_scale(std::string_view text, const Token& num, const Token& tok, bool money,
                          bool amount_after = false);

// The multiplier of a scale word in the languages translated copy keeps after digits ("2,5 millones",
// "3,4 miliardi", "4,5 miljoen", "1,2 milhões", "80 Milliarden", "3 millions d'euros"), or 0. Only after
// digits: "millions of people" is no number.
double foreign_scale(std::string_view w);

// The state of a number written in words while it is read.
enum class Last { none, unit, teen, tens, hundred, scale, dozen, decimal, and_word };

// A cardinal read in words, with what the fractions built on it need to know.
struct Cardinal {
  bool ok = false;
  double value = 0;
  double step = 1;
  std::size_t end = 0;
  Last last = Last::none;
  bool leading_a = false;       // "a hundred", "a dozen"
  double before_tens = 0;       // the value before the last tens word ("one hundred | thirty")
  int tens = 0;                 // the last tens word's value
  bool tens_after_and = false;  // "one hundred and thirty": the tens word follows "and"
  bool has_and = false;
  double before_and = 0;  // the value before the last inner "and"
  double after_and = 0;   // the value after it
  int words_after_and = 0;
  double last_scale = 0;  // the last scale word's multiplier (1e3 and up)
};

// The value of an ordinal word ("fifth" 5, "twentieth" 20, "thirds" 3, "half" 2), or 0.
double ordinal(std::string_view w);

// Reads "one hundred and sixty-one", "twenty-one trillion and three hundred", "three lakh crore",
// "three hundred and two dozens", "two hundred point zero three".
Cardinal read_cardinal(const std::vector<Token>& t, std::size_t k);

// A fraction in words: a numerator then an ordinal.
struct Fraction {
  bool ok = false;
  double value = 0;
  std::size_t end = 0;
  bool half_or_quarter = false;
};

// "a half", "a twenty-first", "a trillionth", "three fifths", "two thirds": a numerator then an ordinal.
// A numerator in words other than "a" may not take "first"/"second" alone nor a scale ordinal.
Fraction read_fraction_phrase(const std::vector<Token>& t, std::size_t k);

// A number written in words, with its fraction and scale.
struct Words {
  bool ok = false;
  double value = 0;
  double step = 1;
  std::size_t end = 0;
  NumberForm form = NumberForm::words;
  double scale = 1;
};

// Numbers written in words, with their fractions: "fourteen", "two thirds", "half a million",
// "one and a half", "six point six billion".
Words read_words(const std::vector<Token>& t, std::size_t k);

}  // namespace factcheck::quantities_detail
