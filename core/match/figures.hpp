// Stage 4b: the figures of one sentence, each bound to the fact whose subject, object, predicate and
// context fit it best, and judged against that fact's value (README, "How a claim is judged").
#pragma once

#include <cstddef>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "match/claim.hpp"
#include "match/sentence.hpp"

namespace factcheck {

// `figures` are the sentence's figures that no relational claim took. Adds the number of facts it
// weighed to `considered`.
std::vector<Claim> judge_figures(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
                                 const FactBase& facts, const Lexicon& lexicon, std::size_t& considered);

}  // namespace factcheck
