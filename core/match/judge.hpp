// Stage 4: the claims of one sentence, bound to facts and judged: its relations (match/relations.hpp),
// then its figures (match/figures.hpp), in order of appearance.
#pragma once

#include <cstddef>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "match/claim.hpp"
#include "match/sentence.hpp"

namespace factcheck {

// Adds the number of facts it weighed to `considered`.
std::vector<Claim> judge_sentence(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon,
                                  std::size_t& considered);

}  // namespace factcheck
