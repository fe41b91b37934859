// The report stage's words: what each judged claim says, what the fact base says, and why the verdict,
// in one sentence a reader understands, with the source. Words only: the matching stage has already
// set every verdict, value and deviation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "match/claim.hpp"

namespace factcheck {

// Fills claimed, expected and explanation of a judged claim. `names` are the known entities its
// sentence names, in order, once each: an unverified figure's explanation says what the sentence lacked.
void explain(Claim& claim, const FactBase& facts, std::string_view text,
             const std::vector<std::string>& names);

}  // namespace factcheck
