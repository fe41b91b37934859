// Stage 1 of the pipeline, first step: UTF-8 text -> tokens.
//
// Offsets are UTF-8 byte offsets into the original text, end exclusive. Each token carries a
// normalised form so later stages never deal with typography: letters are lower-cased (ASCII, Latin,
// Greek and Cyrillic), curly quotes and apostrophes become ' and ", en dashes and minus signs become -, em dashes become --.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

enum class TokenKind {
  word,    // letters (any script), with inner apostrophes ("don't"); never digits
  number,  // digits with inner separators: "1,234.5", "6.6", ".08"
  symbol,  // a currency sign or % ^ + and the like, one code point
  punct,   // any other single code point: . , ; : ( ) " ' - / ...
};

struct Token {
  std::size_t start = 0;  // byte offset of the first byte
  std::size_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::word;
  std::string norm;  // normalised text (see the file comment)

  bool is(std::string_view s) const { return norm == s; }
  bool is_word() const { return kind == TokenKind::word; }
  bool is_number() const { return kind == TokenKind::number; }
};

// Splits text into tokens. Invalid UTF-8 bytes become single punct tokens; never throws.
std::vector<Token> tokenize(std::string_view text);

// True when the two tokens touch (no space between them).
inline bool adjacent(const Token& a, const Token& b) {
  return a.end == b.start;
}

// A verb that ends the role of the person named right after it: "the board removed Sam Altman as chief
// executive", "ousted Sam Altman, OpenAI's chief executive". The learner and the checker read it alike.
inline bool ends_a_role(const Token& t) {
  return t.is("removed") || t.is("fired") || t.is("ousted") || t.is("sacked") || t.is("dismissed") ||
         t.is("axed");
}

// Written as a name is: a capital, then a lower-case letter among the rest ("Moen", "McAdam"; not
// "FIRING" or "moen").
inline bool written_as_name(std::string_view word) {
  return word.size() > 1 && word[0] >= 'A' && word[0] <= 'Z' &&
         word.substr(1).find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
}

// Appends `raw` to `out` with its letters lower-cased: ASCII, and the Latin, Greek and Cyrillic capitals
// of European languages (other code points and invalid bytes as they are).
void append_lower(std::string& out, std::string_view raw);

// Lower-cases letters as append_lower does and maps typographic punctuation to ASCII, as Token::norm does.
std::string normalize(std::string_view s);

}  // namespace factcheck
