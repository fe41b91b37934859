// UTF-8 for every stage: one decoder, one encoder, and one answer to "is this a letter?" and "is this
// a space?". The tokenizer and the CSV importer read text with the same rules, so a name the importer
// turns into a slug splits where the tokenizer splits it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factcheck {

// What decode_utf8 returns for a byte that starts no valid sequence: not a code point.
constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point that starts at text[i] (i < text.size()) and sets len to the bytes it takes.
// An invalid byte (a stray continuation, a truncated or overlong sequence, a surrogate, a value above
// U+10FFFF) gives kInvalidCodePoint with len 1, so a caller stepping by len never skips valid text.
// ASCII, most of any text, is decoded inline; the rest by decode_utf8_sequence.
char32_t decode_utf8_sequence(std::string_view text, std::size_t i, std::size_t& len);
inline char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  len = 1;
  return b0 < 0x80 ? b0 : decode_utf8_sequence(text, i, len);
}

// Appends the UTF-8 encoding of a code point (at most U+10FFFF) to out.
void encode_utf8(char32_t cp, std::string& out);

// The small letter of a capital of the scripts European names and news are written in (ASCII, Latin-1,
// Latin Extended-A, Greek, Cyrillic): "Â" is "â", "Ł" "ł", "Ά" "ά", "М" "м"; any other code point as it is.
char32_t to_lower(char32_t c);

// A letter of any script: ASCII letters, and outside ASCII every code point but those of the blocks of
// punctuation, symbols, selectors and private use that text mixes in: Latin-1 punctuation (but the
// letters ª µ º), × ÷, U+2000-2BFF (punctuation, currency, arrows, maths, shapes), CJK punctuation,
// private use, variation selectors, vertical and small forms, full-width punctuation and digits, the
// Specials (U+FFFD among them), emoji and pictographs, emoji tags. kInvalidCodePoint is no letter.
// The tokenizer and the CSV importer each had a test, and they disagreed; this one takes the
// importer's, the more careful (the tokenizer's took ª µ º for punctuation and private use, small
// forms, some full-width punctuation and U+FFF0-FFFF for letters, and everything from U+1F000 up, CJK
// Extension B too, for pictographs), and where the importer's was the careless one the tokenizer's:
// variation selectors (U+FE00-FE0F, U+E0100-E01EF), emoji tags (U+E0000-E007F), legacy computing
// symbols (U+1FB00-1FBFF) and the private use planes (U+F0000 up) are no letters.
bool is_letter_beyond_ascii(char32_t c);
inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : is_letter_beyond_ascii(c);
}

// A letter (is_letter), an ASCII digit or a full-width digit (U+FF10-FF19).
bool is_letter_or_digit(char32_t c);

// White space: ASCII blanks, the no-break spaces, the U+2000-200B spaces, U+205F, the ideographic
// space and the byte-order mark (a zero-width no-break space inside text).
bool is_space(char32_t c);

}  // namespace factcheck
