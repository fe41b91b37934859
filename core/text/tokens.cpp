#include "text/tokens.hpp"

#include <array>
#include <cstdint>

#include "base/utf8.hpp"

namespace factcheck {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

bool is_symbol(char32_t c) {
  switch (c) {
    case '$':
    case '%':
    case '^':
    case '+':
    case '=':
    case '<':
    case '>':
    case '~':
    case '#':
    case '&':
    case '@':
    case '*':
    case 0xA2:
    case 0xA3:
    case 0xA5:
    case 0x2030:
    case 0x00B0:
    case 0x0E3F:  // ฿, the baht sign, outside the Currency Symbols block
      return true;
    default:
      return c >= 0x20A0 && c <= 0x20CF;  // the Currency Symbols block: euro, rupee, won, ...
  }
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

// The normalised form of one non-letter code point.
std::string norm_punct(char32_t c, std::string_view raw) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
    case 0xAB:
    case 0xBB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x2014:
    case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    default:
      return std::string(raw);
  }
}

}  // namespace

void append_lower(std::string& out, std::string_view raw) {
  for (std::size_t i = 0; i < raw.size();) {
    const char ch = raw[i];
    if (static_cast<unsigned char>(ch) < 0x80) {
      out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      ++i;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = decode_utf8(raw, i, len);
    const char32_t lower = c == kInvalidCodePoint ? c : to_lower(c);
    if (lower == c)
      out.append(raw.substr(i, len));
    else
      encode_utf8(lower, out);
    i += len;
  }
}

std::string normalize(std::string_view s) {
  std::string out;
  for (const Token& t : tokenize(s)) {
    if (!out.empty()) out += ' ';
    out += t.norm;
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // News runs at about six bytes a token: one allocation for most texts instead of a doubling series.
  tokens.reserve(text.size() / 5 + 16);
  std::size_t i = 0;
  const std::size_t n = text.size();
  std::size_t len = 0;
  std::size_t scratch = 0;
  while (i < n) {
    const char32_t c = decode_utf8(text, i, len);
    if (is_space(c)) {
      i += len;
      continue;
    }
    Token t;
    t.start = i;
    // ".5" is a number, but not after a number or a word it touches: "c.125" is circa 125, "ID.3" a name.
    const bool dot_number =
        c == '.' && i + 1 < n && is_digit(static_cast<unsigned char>(text[i + 1])) &&
        (tokens.empty() || tokens.back().end != i ||
         (tokens.back().kind != TokenKind::number && tokens.back().kind != TokenKind::word));
    if (is_digit(c) || dot_number) {
      std::size_t j = dot_number ? i + 1 : i;
      while (j < n) {
        const char ch = text[j];
        if (ch >= '0' && ch <= '9') {
          ++j;
        } else if ((ch == '.' || ch == ',') && j + 1 < n && text[j + 1] >= '0' && text[j + 1] <= '9') {
          j += 2;
        } else {
          break;
        }
      }
      t.kind = TokenKind::number;
      t.end = j;
      t.norm = std::string(text.substr(i, j - i));
    } else if (is_letter(c)) {
      std::size_t j = i + len;
      bool ascii = len == 1;  // the word so far is ASCII letters only
      while (j < n) {
        // Most words are plain ASCII letters: those need no decoding.
        const char ch = text[j];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
          ++j;
          continue;
        }
        // A word hyphenated at the end of a printed line: "bil-\nlion", "Decem-\nber" (scanned print).
        if (ch == '-' && j > i + 1 && j + 2 < n) {
          const std::size_t k = j + 1 + (text[j + 1] == '\r' ? 1 : 0);
          const char next = k + 1 < n ? text[k + 1] : 0;
          if (text[k] == '\n' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
            ascii = false;
            j = k + 1;
            continue;
          }
        }
        std::size_t l2 = 0;
        const char32_t d = decode_utf8(text, j, l2);
        if (is_letter(d)) {
          ascii = false;
          j += l2;
          continue;
        }
        if (is_apostrophe(d) && j + l2 < n) {
          std::size_t l3 = 0;
          const char32_t e = decode_utf8(text, j + l2, l3);
          if (!is_letter(e)) break;
          // Split the possessive "'s" off so that "Microsoft's" is found as "Microsoft".
          std::size_t l4 = 0;
          const bool possessive =
              (e == 's' || e == 'S') && (j + l2 + l3 >= n || !is_letter(decode_utf8(text, j + l2 + l3, l4)));
          if (possessive) break;
          ascii = false;
          j += l2 + l3;
          continue;
        }
        break;
      }
      t.kind = TokenKind::word;
      t.end = j;
      if (ascii) {
        t.norm.assign(text.data() + i, j - i);
        for (char& ch : t.norm)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      for (std::size_t k = ascii ? j : i; k < j;) {
        std::size_t l = 0;
        const char32_t d = decode_utf8(text, k, l);
        if (is_apostrophe(d)) {
          t.norm += '\'';
        } else if (d == '-' || d == '\r' || d == '\n') {
          // the line break of a hyphenated word: "bil-\nlion" is "billion"
        } else {
          append_lower(t.norm, text.substr(k, l));
        }
        k += l;
      }
    } else if (is_apostrophe(c) && i + len < n && (text[i + len] == 's' || text[i + len] == 'S') &&
               !tokens.empty() && tokens.back().end == i && tokens.back().kind == TokenKind::word &&
               (i + len + 1 >= n || !is_letter(decode_utf8(text, i + len + 1, scratch)))) {
      t.kind = TokenKind::word;
      t.end = i + len + 1;
      t.norm = "'s";
    } else {
      t.kind = is_symbol(c) ? TokenKind::symbol : TokenKind::punct;
      t.end = i + len;
      t.norm = c == kInvalidCodePoint ? std::string("\xEF\xBF\xBD") : norm_punct(c, text.substr(i, len));
    }
    i = t.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace factcheck
