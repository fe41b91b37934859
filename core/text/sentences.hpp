// Stage 1 of the pipeline, second step: tokens -> sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/tokens.hpp"

namespace factcheck {

// A sentence as a half-open range of tokens and the bytes they cover.
struct Sentence {
  std::size_t start = 0;        // byte offset of its first token
  std::size_t end = 0;          // byte offset one past its last token
  std::size_t first_token = 0;  // index of its first token
  std::size_t last_token = 0;   // index one past its last token
};

// The longest sentence, in tokens; a longer run without a stop is cut into pieces of this size.
constexpr std::size_t kMaxSentenceTokens = 200;

// Groups tokens into sentences: on . ! ? before a capital, quote or end (not after "Corp." and
// other abbreviations, nor inside numbers), on blank lines, on line breaks after headlines, bullets
// and finished sentences (a long line that stops mid-sentence is a hard wrap and goes on), and
// every kMaxSentenceTokens tokens.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// A mark that opens a list item: a bullet ("•", "▸", "▪", "‣", "◦", "►") or a dash or "-" or "*" before it.
bool is_list_mark(std::string_view text, const Token& t);

// A month's name, whole or abbreviated ("june", "jun", "sept"), as a token's norm.
bool is_month_name(std::string_view w);

// A dot that leads the eye along a table row, touching another: "Valuation ...... $157 billion".
bool is_leader(const std::vector<Token>& tokens, std::size_t k);

// False when the sentence's small words are mostly French, German, Spanish, Italian, Portuguese or Dutch
// ("le", "und", "los", "della", "het"): translated copy whose cue words an English reading cannot take.
// Words in capitals ("EST", "OG") are passed over.
bool in_english(std::string_view text, const std::vector<Token>& tokens, const Sentence& s);

}  // namespace factcheck
