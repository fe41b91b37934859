#include "facts/csv_cells.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "base/utf8.hpp"
#include "text/tokens.hpp"

namespace factcheck::csv {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Spreadsheets pad cells with spaces and no-break spaces; none of them is ever meant (trim).
std::size_t blank_prefix(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  for (std::string_view b : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x87", "\xEF\xBB\xBF"})
    if (s.substr(0, b.size()) == b) return b.size();
  return 0;
}

std::size_t blank_suffix(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s.back();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  for (std::string_view b : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x87", "\xEF\xBB\xBF"})
    if (s.size() >= b.size() && s.substr(s.size() - b.size()) == b) return b.size();
  return 0;
}

// The one mention of `text`, when it holds exactly one.
std::optional<QuantityMention> sole_mention(std::string_view text) {
  auto mentions = extract(text);
  if (mentions.size() != 1) return std::nullopt;
  return std::move(mentions.front());
}

}  // namespace

// ---- cell text -----------------------------------------------------------------------------------

std::string sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == kInvalidCodePoint || cp == 0) {
      out += kReplacement;
    } else {
      out.append(s.data() + i, len);
    }
    i += len;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = blank_prefix(s)) s.remove_prefix(n);
  while (std::size_t n = blank_suffix(s)) s.remove_suffix(n);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

std::string cited(std::string_view s) {
  constexpr std::size_t kMax = 60;
  if (s.size() <= kMax) return "\"" + std::string(s) + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not mid code point
  return "\"" + std::string(s.substr(0, cut)) + "\u2026\"";
}

std::string slug(std::string_view s) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    i += len;
    if (!is_letter_or_digit(cp)) {  // kInvalidCodePoint is neither
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    encode_utf8(to_lower(cp), out);
  }
  return out;
}

std::vector<std::string> split_members(std::string_view s) {
  std::vector<std::string> out;
  auto is_gap = [&](std::size_t i) {
    return i >= s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
           (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0');
  };
  auto gap_before = [&](std::size_t i) {
    return i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' ||
           (i >= 2 && s[i - 1] == '\xA0' && s[i - 2] == '\xC2');
  };
  std::size_t start = 0;
  auto cut = [&](std::size_t end) {
    const std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == ';') {
      cut(i);
      start = i + 1;
    } else if ((s[i] == 'a' || s[i] == 'A') && i + 3 <= s.size() && lower_ascii(s.substr(i, 3)) == "and" &&
               gap_before(i) && is_gap(i + 3)) {
      cut(i);
      start = i + 3;
      i += 2;
    }
  }
  cut(s.size());
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// ---- what a cell holds ---------------------------------------------------------------------------

bool is_figure(ValueKind k) {
  return k == ValueKind::money || k == ValueKind::percent || k == ValueKind::count || k == ValueKind::measure;
}

std::optional<ValueKind> value_kind(QuantityKind k) {
  switch (k) {
    case QuantityKind::money:
      return ValueKind::money;
    case QuantityKind::percent:
      return ValueKind::percent;
    case QuantityKind::count:
      return ValueKind::count;
    case QuantityKind::measure:
      return ValueKind::measure;
    case QuantityKind::date:
      return ValueKind::date;
    default:
      return std::nullopt;
  }
}

std::vector<QuantityMention> extract(std::string_view text) {
  return extract_quantities(text, tokenize(text));
}

std::optional<ValueKind> read_unit(std::string_view unit, std::string& normalised) {
  const std::string lower = lower_ascii(unit);
  if (lower == "%" || lower == "pp" || lower == "bp") {
    normalised = lower;
    return ValueKind::percent;
  }
  // As written first ("MW" is not "mW"); then a lower-case currency code ("usd"); then a sign ("€").
  const auto as_written = sole_mention("1 " + std::string(unit));
  if (as_written && (as_written->kind == QuantityKind::money || as_written->kind == QuantityKind::percent ||
                     as_written->kind == QuantityKind::measure)) {
    normalised = as_written->unit;
    return value_kind(as_written->kind);
  }
  for (const std::string& probe : {"1 " + upper_ascii(unit), std::string(unit) + "1"}) {
    const auto m = sole_mention(probe);
    if (m && m->kind == QuantityKind::money) {
      normalised = m->unit;
      return ValueKind::money;
    }
  }
  if (as_written && as_written->kind == QuantityKind::count) {
    normalised = as_written->unit;
    return ValueKind::count;
  }
  return std::nullopt;
}

std::string unit_for(ValueKind kind, std::string_view unit) {
  std::string normalised;
  const auto implied = read_unit(unit, normalised);
  if (implied && *implied == kind) return normalised;
  // Three letters for money are a currency code even when the extractor has not heard of it.
  if (kind == ValueKind::money && unit.size() == 3) return upper_ascii(unit);
  return kind == ValueKind::count ? lower_ascii(unit) : std::string(unit);
}

std::optional<double> read_step(std::string_view s) {
  const std::string text(s);
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) {
    const auto m = sole_mention(s);
    if (!m || m->kind == QuantityKind::date || m->kind == QuantityKind::duration) return std::nullopt;
    v = m->value;
  }
  if (!std::isfinite(v) || v <= 0) return std::nullopt;
  return v;
}

std::optional<int> read_rank(std::string_view s) {
  const std::vector<Token> tokens = tokenize(s);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::punct && (t.is("-") || t.is("--"))) continue;
    const bool suffix = t.is("st") || t.is("nd") || t.is("rd") || t.is("th");
    if (suffix && i > 0 && tokens[i - 1].is_number() && adjacent(tokens[i - 1], t)) {
      words.back() += t.norm;  // "3rd" is one word to us, two tokens to the tokenizer
      continue;
    }
    words.push_back(t.norm);
  }
  static const char* const kOrdinals[] = {"first", "second",  "third",  "fourth", "fifth",
                                          "sixth", "seventh", "eighth", "ninth",  "tenth"};
  auto ordinal = [&](const std::string& w) -> std::optional<int> {
    for (int i = 0; i < 10; ++i)
      if (w == kOrdinals[i]) return i + 1;
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 6) return std::nullopt;
    const std::string rest = w.substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return std::nullopt;
    return std::atoi(w.substr(0, digits).c_str());
  };
  auto largest = [](const std::string& w) { return w == "largest" || w == "biggest"; };
  std::optional<int> rank;
  if (words.size() == 1) rank = largest(words[0]) ? std::optional<int>(1) : ordinal(words[0]);
  if (words.size() == 2 && largest(words[1])) rank = ordinal(words[0]);
  if (rank && *rank < 1) return std::nullopt;
  return rank;
}

}  // namespace factcheck::csv
