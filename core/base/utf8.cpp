#include "base/utf8.hpp"

namespace factcheck {

char32_t decode_utf8_sequence(std::string_view text, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  len = 1;
  std::size_t extra = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    return kInvalidCodePoint;  // a continuation byte, or a lead byte no valid sequence starts with
  }
  if (i + extra >= text.size()) return kInvalidCodePoint;
  for (std::size_t k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return kInvalidCodePoint;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};  // shorter forms are overlong
  if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalidCodePoint;
  len = extra + 1;
  return cp;
}

void encode_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

bool is_fullwidth_digit(char32_t c) {
  return c >= 0xFF10 && c <= 0xFF19;
}

}  // namespace

bool is_letter_beyond_ascii(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation, but ª µ º
  if (c == 0xD7 || c == 0xF7) return false;                   // × ÷
  if (c == 0x0E3F) return false;                              // ฿, the baht sign among Thai letters
  if (c >= 0x2000 && c <= 0x2BFF) return false;               // punctuation, currency, arrows, maths, shapes
  if (c >= 0x3000 && c <= 0x303F) return false;               // CJK punctuation
  if (c >= 0xE000 && c <= 0xF8FF) return false;               // private use
  if (c >= 0xFE00 && c <= 0xFE6F) return false;               // variation selectors, vertical and small forms
  if ((c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65))
    return false;                                  // full-width punctuation and digits
  if (c >= 0xFFF0 && c <= 0xFFFF) return false;    // specials, U+FFFD
  if (c >= 0x1F000 && c <= 0x1FBFF) return false;  // emoji, pictographs, legacy computing symbols
  if (c >= 0xE0000) return false;  // tags, variation selectors, private use; kInvalidCodePoint
  return true;
}

bool is_letter_or_digit(char32_t c) {
  return (c >= '0' && c <= '9') || is_fullwidth_digit(c) || is_letter(c);
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;
  // Latin Extended-A pairs each capital with the small letter after it: even capitals, then (from Ĺ to
  // Ň, and Ź to Ž) odd ones.
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0 ? c + 1 : c;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1 ? c + 1 : c;
  if (c == 0x386) return 0x3AC;  // Greek capitals with a tonos
  if (c >= 0x388 && c <= 0x38A) return c + 0x25;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 0x3F;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

}  // namespace factcheck
