// Internal to match/: the pieces of binding figures to facts that need no sentence. Choosing, among
// scored (figure, fact) pairs, one fact per figure and one figure per fact; and judging a figure against
// a fact whose value changed over time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "match/claim.hpp"

namespace factcheck {

// One (figure, fact) pair that may be bound, with the evidence for it.
struct Candidate {
  double score;          // the binding evidence (figures.cpp)
  std::size_t quantity;  // index into the sentence's figures
  std::size_t fact;      // index into facts.facts()
  bool fits = false;     // the figure fits the fact's value, now or before
};

// Best first; among equals, in the order they were found.
void sort_by_score(std::vector<Candidate>& candidates);

// Binds each figure to at most one fact and each fact to at most one figure, maximising the total
// score: two figures in a sentence bind to two facts ("$750 million into OpenAI's $6.6 billion round").
// `candidates` come sorted by sort_by_score(); the result holds a fact (or null) per figure.
std::vector<const Fact*> assign(const std::vector<Candidate>& candidates, std::size_t figures,
                                const std::vector<Fact>& all);

// Judges a figure against a fact whose value changed over time. A date in the sentence picks the
// values that held then; with none, the current value decides, and a figure that fits only an earlier
// value is outdated. Returns the sentence's date the verdict rests on, if any.
std::string judge_in_time(Claim& claim, const QuantityMention& q, const Fact& f,
                          const std::vector<const QuantityMention*>& qualifiers, std::string_view text);

}  // namespace factcheck
