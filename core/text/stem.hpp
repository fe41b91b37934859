// Word forms: "invested", "investing" and "investment" all stem to "invest", so that the fact base's
// cues match whatever form a text uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.hpp"

namespace factcheck {

// A crude English stemmer for matching word forms: "invested", "investing", "investment" -> "invest".
std::string stem(std::string_view word);

// The stems of a token sequence (numbers and punctuation keep their normalised form).
std::vector<std::string> stems_of(const std::vector<Token>& tokens);

}  // namespace factcheck
