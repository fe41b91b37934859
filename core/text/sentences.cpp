#include "text/sentences.hpp"

#include <algorithm>
#include <array>

namespace factcheck {
namespace {

bool is_upper_start(std::string_view text, const Token& t) {
  const char c = text[t.start];
  // Opening marks start a sentence too: quotes, brackets, bullets and pasted markup ("<img").
  static constexpr std::string_view kOpening = "\"'([<*#";
  return (c >= 'A' && c <= 'Z') || kOpening.find(c) != std::string_view::npos || t.norm == "\"" ||
         t.norm == "'" || t.kind == TokenKind::number || static_cast<unsigned char>(c) >= 0xC0;
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
  const Token& next = tokens[k];
  const std::size_t line_start = text.rfind('\n', before.start);
  const std::size_t line_length = before.end - (line_start == std::string_view::npos ? 0 : line_start + 1);
  // A line that goes on in lower case ("nearly $14\nbillion") was wrapped, however short it is.
  const char first = text[next.start];
  const bool goes_on_lower = next.kind == TokenKind::word && first >= 'a' && first <= 'z';
  if (line_length < 50 && !goes_on_lower) return false;
  const bool ends_sentence = before.is(".") || before.is("!") || before.is("?") || before.is(":") ||
                             before.is(";") || before.is("\"") || before.is("'") || before.is(")") ||
                             before.is("...");
  const bool bullet = next.kind == TokenKind::punct;  // "•", "-", "*", an opening quote or bracket
  return !ends_sentence && !bullet;
}

}  // namespace

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
    // "$400m." ends a sentence: a letter glued to a number is its scale, not an initial.
    const bool scale = k >= first + 2 && tokens[k - 1].norm.size() == 1 && tokens[k - 2].is_number() &&
                       adjacent(tokens[k - 2], tokens[k - 1]);
    if (t.is(".") && k > first && is_abbreviation(tokens[k - 1]) && adjacent(tokens[k - 1], t) && !scale)
      continue;
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

}  // namespace factcheck
