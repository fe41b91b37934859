// Stage 1 of the pipeline: UTF-8 text -> tokens -> sentences.
//
// Offsets are UTF-8 byte offsets into the original text, end exclusive. Each token carries a
// normalised form so later stages never deal with typography: ASCII letters are lower-cased, curly
// quotes and apostrophes become ' and ", en dashes and minus signs become -, em dashes become --.
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

// A sentence as a half-open range of tokens and the bytes they cover.
struct Sentence {
  std::size_t start = 0;        // byte offset of its first token
  std::size_t end = 0;          // byte offset one past its last token
  std::size_t first_token = 0;  // index of its first token
  std::size_t last_token = 0;   // index one past its last token
};

// Splits text into tokens. Invalid UTF-8 bytes become single punct tokens; never throws.
std::vector<Token> tokenize(std::string_view text);

// The longest sentence, in tokens; a longer run without a stop is cut into pieces of this size.
constexpr std::size_t kMaxSentenceTokens = 200;

// Groups tokens into sentences: on . ! ? before a capital, quote or end (not after "Corp." and
// other abbreviations, nor inside numbers), on blank lines, on line breaks after headlines, bullets
// and finished sentences (a long line that stops mid-sentence is a hard wrap and goes on), and
// every kMaxSentenceTokens tokens.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// True when the two tokens touch (no space between them).
inline bool adjacent(const Token& a, const Token& b) {
  return a.end == b.start;
}

// Lower-cases ASCII letters and maps typographic punctuation to ASCII, as Token::norm does.
std::string normalize(std::string_view s);

// A crude English stemmer for matching word forms: "invested", "investing", "investment" -> "invest".
std::string stem(std::string_view word);

}  // namespace factcheck
