// Word tests the source aligner's files share (alignment.cpp, alignment_doubts.cpp).
#pragma once

#include "text/tokens.hpp"

namespace factcheck {

// A month ("June", "Jun"), a quarter ("Q2") or a year ("2025"): what a figure of a series is for.
bool is_time_word(const Token& t);

}  // namespace factcheck
