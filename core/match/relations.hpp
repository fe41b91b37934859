// Stage 4a: relational claims (members of a venture, roles, ranks) found in one sentence, bound to the
// facts they speak of and judged.
#pragma once

#include <vector>

#include "match/claim.hpp"
#include "match/sentence.hpp"

namespace factcheck {

std::vector<Claim> find_relation_claims(const SentenceView& view, const FactBase& facts);

}  // namespace factcheck
