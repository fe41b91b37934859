#include <catch2/catch.hpp>

#include <string>

#include "base/utf8.hpp"

using namespace factcheck;

namespace {

// The code point at the start of s, and how many bytes it took.
std::pair<char32_t, std::size_t> first(const std::string& s) {
  std::size_t len = 0;
  const char32_t cp = decode_utf8(s, 0, len);
  return {cp, len};
}

std::string encoded(char32_t cp) {
  std::string out;
  encode_utf8(cp, out);
  return out;
}

}  // namespace

TEST_CASE("decode_utf8 reads one to four bytes", "[utf8]") {
  CHECK(first("A") == std::pair<char32_t, std::size_t>{'A', 1});
  CHECK(first("\xC3\xBC") == std::pair<char32_t, std::size_t>{0xFC, 2});              // ü
  CHECK(first("\xE2\x82\xAC") == std::pair<char32_t, std::size_t>{0x20AC, 3});        // €
  CHECK(first("\xF0\x9F\x98\x80") == std::pair<char32_t, std::size_t>{0x1F600, 4});   // 😀
  CHECK(first("\xF4\x8F\xBF\xBF") == std::pair<char32_t, std::size_t>{0x10FFFF, 4});  // the last
  CHECK(first(std::string("\0x", 2)) == std::pair<char32_t, std::size_t>{0, 1});
}

TEST_CASE("decode_utf8 gives kInvalidCodePoint and one byte for what is not UTF-8", "[utf8]") {
  const std::pair<char32_t, std::size_t> invalid{kInvalidCodePoint, 1};
  CHECK(first("\x80") == invalid);              // a continuation byte alone
  CHECK(first("\xC3") == invalid);              // cut short
  CHECK(first("\xE2\x82") == invalid);          // cut short
  CHECK(first("\xC3(") == invalid);             // not followed by a continuation byte
  CHECK(first("\xC0\xAF") == invalid);          // overlong "/"
  CHECK(first("\xE0\x80\xAF") == invalid);      // overlong "/"
  CHECK(first("\xF0\x80\x80\xAF") == invalid);  // overlong "/"
  CHECK(first("\xED\xA0\x80") == invalid);      // a surrogate
  CHECK(first("\xF4\x90\x80\x80") == invalid);  // above U+10FFFF
  CHECK(first("\xF5\x80\x80\x80") == invalid);  // no code point starts with F5
  CHECK(first("\xFF") == invalid);
  // Stepping by len never swallows the valid text after a bad byte.
  const std::string s =
      "\xE2\x82"
      "A";
  std::size_t len = 0;
  CHECK(decode_utf8(s, 0, len) == kInvalidCodePoint);
  CHECK(decode_utf8(s, len + 1, len) == 'A');
}

TEST_CASE("encode_utf8 is decode_utf8's inverse", "[utf8]") {
  CHECK(encoded('a') == "a");
  CHECK(encoded(0xFC) == "\xC3\xBC");
  CHECK(encoded(0x20AC) == "\xE2\x82\xAC");
  CHECK(encoded(0x1F600) == "\xF0\x9F\x98\x80");
  for (char32_t cp : {0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0x10000u, 0x10FFFFu}) {
    const std::string s = encoded(cp);
    CHECK(first(s) == std::pair<char32_t, std::size_t>{cp, s.size()});
  }
}

TEST_CASE("is_letter: letters of any script, not punctuation, symbols, selectors or digits", "[utf8]") {
  for (char32_t c : {U'a', U'Z', U'ü', U'ß', U'ª', U'µ', U'º', U'Ω', U'ж', U'日', U'ア', U'\u0301', U'Ａ',
                     U'ｚ', U'\U00020000'})
    CHECK(is_letter(c));
  for (char32_t c :
       {U'0',  U'9',      U'-',  U' ',          U'\u00A0',     U'×',          U'÷',         U'€',  U'\u2019',
        U'—',  U'→',      U'、', U'\uE000',     U'\uFE0F',     U'\uFE50',     U'０',        U'（', U'［',
        U'｛', U'\uFFFD', U'😀',  U'\U0001FB00', U'\U000E0067', U'\U000E0100', U'\U000F0000'})
    CHECK_FALSE(is_letter(c));
  CHECK_FALSE(is_letter(kInvalidCodePoint));
}

TEST_CASE("is_letter_or_digit adds ASCII and full-width digits", "[utf8]") {
  for (char32_t c : {U'0', U'9', U'０', U'９', U'a', U'ü'}) CHECK(is_letter_or_digit(c));
  for (char32_t c : {U'-', U'（', U'\uFFFD', U'😀'}) CHECK_FALSE(is_letter_or_digit(c));
  CHECK_FALSE(is_letter_or_digit(kInvalidCodePoint));
}

TEST_CASE("is_space: ASCII blanks, no-break and typographic spaces, the byte-order mark", "[utf8]") {
  for (char32_t c : {U' ', U'\t', U'\n', U'\r', U'\f', U'\v', U'\u00A0', U'\u2002', U'\u2009', U'\u200B',
                     U'\u202F', U'\u205F', U'\u3000', U'\uFEFF'})
    CHECK(is_space(c));
  for (char32_t c : {U'a', U'0', U'_', U'\u2010', U'\u2060', U'\u00AD'}) CHECK_FALSE(is_space(c));
  CHECK_FALSE(is_space(kInvalidCodePoint));
}

TEST_CASE("to_lower: the capitals of European scripts, nothing else", "[utf8]") {
  CHECK(to_lower(U'A') == U'a');
  CHECK(to_lower(U'\u00c2') == U'\u00e2');  // Â
  CHECK(to_lower(U'\u00d7') == U'\u00d7');  // × is no letter
  CHECK(to_lower(U'\u0102') == U'\u0103');  // Ă
  CHECK(to_lower(U'\u0141') == U'\u0142');  // Ł
  CHECK(to_lower(U'\u017d') == U'\u017e');  // Ž
  CHECK(to_lower(U'\u0178') == U'\u00ff');  // Ÿ
  CHECK(to_lower(U'\u0386') == U'\u03ac');  // Ά
  CHECK(to_lower(U'\u03a3') == U'\u03c3');  // Σ
  CHECK(to_lower(U'\u041c') == U'\u043c');  // М
  CHECK(to_lower(U'\u0406') == U'\u0456');  // І
  CHECK(to_lower(U'\u00e2') == U'\u00e2');  // already small
  CHECK(to_lower(U'\u20ac') == U'\u20ac');  // €
}
