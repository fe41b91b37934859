// Bare figures that count what an earlier figure of their sentence counts (extractor.hpp).
#include <string>
#include <vector>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

bool ends_clause(const Token& t) {
  return t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.is(":");
}

}  // namespace

void carry_count_nouns(std::vector<QuantityMention>& mentions, const std::vector<Token>& tokens) {
  for (std::size_t j = 1; j < mentions.size(); ++j) {
    QuantityMention& q = mentions[j];
    if (q.kind != QuantityKind::number || q.comparator == Comparator::order || q.value < 1 ||
        q.first_token == 0 || q.first_token >= tokens.size())
      continue;
    // The nearest figure before it that is not a date, in the same sentence.
    std::size_t b = j;
    while (b > 0 && mentions[b - 1].kind == QuantityKind::date) --b;
    if (b == 0) continue;
    const QuantityMention& before = mentions[b - 1];
    if (before.kind != QuantityKind::count || before.last_token > q.first_token ||
        q.first_token - before.last_token > 24)
      continue;
    bool same_sentence = true;
    for (std::size_t k = before.last_token; k < q.first_token && same_sentence; ++k)
      same_sentence = !ends_clause(tokens[k]);
    // Within twenty times of each other, as a figure set against another is (counts.cpp): "From 12
    // stores the chain grew to 4,000" may count something else.
    if (before.value <= 0 || q.value > 20 * before.value || before.value > 20 * q.value) continue;
    if (!same_sentence) continue;
    // "nearly 3bn more than the council pencilled in": a difference, not another of the same.
    const std::size_t after = q.last_token;
    if (after < tokens.size() && tokens[after].is_word() &&
        (tokens[after].is("more") || tokens[after].is("less") || tokens[after].is("fewer") ||
         tokens[after].is("higher") || tokens[after].is("lower") || tokens[after].is("extra")))
      continue;
    // "4.4 million subscribers in the quarter, taking its total to 153.6 million": the same noun.
    q.kind = QuantityKind::count;
    q.unit = before.unit;
  }
}

}  // namespace factcheck::quantities_detail
