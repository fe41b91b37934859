// Shared by the extraction tests: the quantities of a text and the text of a mention's span.
#pragma once

#include <string>
#include <vector>

#include "quantities/quantities.hpp"

namespace factcheck::testing {

inline std::vector<QuantityMention> extract(const std::string& text) {
  return extract_quantities(text, tokenize(text));
}

inline std::string span(const std::string& text, const QuantityMention& m) {
  return text.substr(m.start, m.end - m.start);
}

}  // namespace factcheck::testing
