#include "text/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace factcheck {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one code point at text[i]; sets len to the bytes it used (1 for an invalid byte).
char32_t decode(std::string_view text, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  int extra = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    return kInvalid;
  }
  if (i + extra >= text.size()) return kInvalid;
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr std::array<char32_t, 4> kMin = {0, 0x80, 0x800, 0x10000};
  if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
  len = static_cast<std::size_t>(extra) + 1;
  return cp;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

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
      return true;
    default:
      return c >= 0x20A0 && c <= 0x20CF;  // the Currency Symbols block: euro, rupee, won, ...
  }
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == kInvalid || c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows, maths
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE0F) return false;  // variation selectors
  if (c >= 0xFF00 && c <= 0xFF20) return false;  // full-width punctuation
  if (c >= 0x1F000) return false;                // emoji and pictographs
  return true;
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

void append_lower(std::string& out, std::string_view raw) {
  for (char ch : raw) out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
}

bool is_upper_start(std::string_view text, const Token& t) {
  const char c = text[t.start];
  return (c >= 'A' && c <= 'Z') || t.norm == "\"" || t.norm == "'" || t.kind == TokenKind::number ||
         static_cast<unsigned char>(c) >= 0xC0;
}

bool is_abbreviation(const Token& t) {
  static const std::array<std::string_view, 30> kAbbrev = {
      "corp", "inc", "co",  "ltd", "mr",  "mrs", "ms",  "dr",   "jr",  "sr",
      "st",   "vs",  "no",  "jan", "feb", "mar", "apr", "aug",  "sep", "sept",
      "oct",  "nov", "dec", "gen", "gov", "sen", "rep", "prof", "etc", "bros"};
  if (t.kind != TokenKind::word) return false;
  if (t.norm.size() == 1) return true;  // initials: "J. P. Morgan", "U.S."
  return std::find(kAbbrev.begin(), kAbbrev.end(), t.norm) != kAbbrev.end();
}

// True when the single line break before token k looks like a hard wrap inside a sentence (an email or
// a PDF paste): the line before is long and stops mid-sentence, and the next line is no bullet.
// Headlines, short lines, bullets and lines that end a sentence keep their breaks.
bool wrapped_line(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  const Token& before = tokens[k - 1];
  const std::size_t line_start = text.rfind('\n', before.start);
  const std::size_t line_length = before.end - (line_start == std::string_view::npos ? 0 : line_start + 1);
  if (line_length < 50) return false;
  const bool ends_sentence = before.is(".") || before.is("!") || before.is("?") || before.is(":") ||
                             before.is(";") || before.is("\"") || before.is("'") || before.is(")") ||
                             before.is("...");
  const Token& next = tokens[k];
  const bool bullet = next.kind == TokenKind::punct;  // "•", "-", "*", an opening quote or bracket
  return !ends_sentence && !bullet;
}

}  // namespace

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
    const char32_t c = decode(text, i, len);
    if (is_space(c)) {
      i += len;
      continue;
    }
    Token t;
    t.start = i;
    const bool dot_number =
        c == '.' && i + 1 < n && is_digit(static_cast<unsigned char>(text[i + 1])) &&
        (tokens.empty() || tokens.back().end != i || tokens.back().kind != TokenKind::number);
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
        std::size_t l2 = 0;
        const char32_t d = decode(text, j, l2);
        if (is_letter(d)) {
          ascii = false;
          j += l2;
          continue;
        }
        if (is_apostrophe(d) && j + l2 < n) {
          std::size_t l3 = 0;
          const char32_t e = decode(text, j + l2, l3);
          if (!is_letter(e)) break;
          // Split the possessive "'s" off so that "Microsoft's" is found as "Microsoft".
          std::size_t l4 = 0;
          const bool possessive =
              (e == 's' || e == 'S') && (j + l2 + l3 >= n || !is_letter(decode(text, j + l2 + l3, l4)));
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
        const char32_t d = decode(text, k, l);
        if (is_apostrophe(d)) {
          t.norm += '\'';
        } else {
          append_lower(t.norm, text.substr(k, l));
        }
        k += l;
      }
    } else if (is_apostrophe(c) && i + len < n && (text[i + len] == 's' || text[i + len] == 'S') &&
               !tokens.empty() && tokens.back().end == i && tokens.back().kind == TokenKind::word &&
               (i + len + 1 >= n || !is_letter(decode(text, i + len + 1, scratch)))) {
      t.kind = TokenKind::word;
      t.end = i + len + 1;
      t.norm = "'s";
    } else {
      t.kind = is_symbol(c) ? TokenKind::symbol : TokenKind::punct;
      t.end = i + len;
      t.norm = c == kInvalid ? std::string("\xEF\xBF\xBD") : norm_punct(c, text.substr(i, len));
    }
    i = t.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    if (last <= first) return;
    out.push_back({tokens[first].start, tokens[last - 1].end, first, last});
    first = last;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // No real sentence is this long; cutting keeps every later stage's per-sentence work bounded, so a
    // text without stops is checked in linear time.
    if (k - first >= kMaxSentenceTokens) close(k);
    if (k > first) {
      const auto gap = text.substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
      const auto newline = gap.find('\n');
      if (newline != std::string_view::npos &&
          !(gap.find('\n', newline + 1) == std::string_view::npos && wrapped_line(text, tokens, k)))
        close(k);
    }
    const Token& t = tokens[k];
    const bool terminal = t.is(".") || t.is("!") || t.is("?") || t.is("...");
    if (!terminal) continue;
    if (t.is(".") && k > first && is_abbreviation(tokens[k - 1]) && adjacent(tokens[k - 1], t)) continue;
    std::size_t last = k + 1;
    // Closing quotes and brackets stay with the sentence they close.
    while (last < tokens.size() && (tokens[last].is("\"") || tokens[last].is("'") || tokens[last].is(")")) &&
           adjacent(tokens[last - 1], tokens[last])) {
      ++last;
    }
    if (last >= tokens.size() || is_upper_start(text, tokens[last])) {
      close(last);
      k = last - 1;
    }
  }
  close(tokens.size());
  return out;
}

std::string stem(std::string_view word) {
  // Every rule below but "led" needs four letters or more: stems_of() relies on that to skip short words.
  std::string w;
  append_lower(w, word);
  if (w == "spent") return "spend";
  if (w == "sold") return "sell";
  if (w == "bought") return "buy";
  if (w == "led") return "lead";
  if (w == "went" || w == "gone") return "go";
  if (w == "sunk" || w == "sank") return "sink";
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  auto cut = [&](std::size_t k) { w.erase(w.size() - k); };
  if (w.size() > 4 && ends("ies")) {
    cut(3);
    w += 'y';
  } else if (w.size() > 3 && (ends("oes") || ends("ches") || ends("shes") || ends("xes") || ends("sses"))) {
    cut(2);  // "goes", "reaches", "pushes", "taxes", "passes"
  } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    cut(1);
  }
  bool stripped = false;
  if (w.size() > 6 && ends("ment")) {
    cut(4);
  } else if (w.size() > 5 && ends("ing")) {
    cut(3);
    stripped = true;
  } else if (w.size() > 4 && ends("ed")) {
    cut(2);
    stripped = true;
  } else if (w.size() > 6 && ends("ion")) {
    cut(3);
  }
  const std::size_t m = w.size();
  const bool consonant = m > 0 && std::string_view("aeiouy").find(w[m - 1]) == std::string_view::npos;
  if (stripped && m > 2 && consonant && w[m - 1] == w[m - 2] && w[m - 1] != 'l' && w[m - 1] != 's') cut(1);
  if (w.size() > 3 && ends("e")) cut(1);
  return w;
}

}  // namespace factcheck
