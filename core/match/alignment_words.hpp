// Word tests and the evidence for a candidate fact that the source aligner's files share (alignment.cpp,
// alignment_doubts.cpp, alignment_verdict.cpp).
#pragma once

#include "match/alignment.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// A month ("June", "Jun"), a quarter ("Q2") or a year ("2025"): what a figure of a series is for.
bool is_time_word(const Token& t);

// The evidence for one candidate fact.
struct SourceAligner::Aligned {
  const Fact* fact = nullptr;
  const FactValue* fits = nullptr;  // the value the figure agrees with: the current one or an earlier
  bool current = false;             // `fits` is the fact's current value
  double score = 0;
  bool owner = false;     // its subject is whom the figure is about
  bool named = false;     // its subject is named in the sentence
  bool referred = false;  // ... or referred to ("it", the sentences before, what the sources are about)
  const std::string* cue = nullptr;  // the fact's word found beside the figure, if one is
  double shared = 0;
  bool period_differs = false;  // the draft gives the figure for a year, its source sentence for a month
  bool taken = false;           // another figure of the sentence is bound to it
  bool given_beside = false;    // another figure of the sentence is its value
  bool anchored = false;        // another figure of the sentence is confirmed by its source sentence
  // Its subject is named only after the figure, right before another figure of its kind, and another body
  // before the figure: "Germany was the biggest market with 34%, followed by Italy with 19%" gives the
  // 34% to Germany, not to Italy.
  bool named_after = false;
  // A count of other things than the fact's, of a noun no count of the sources has ("214 000 viewers"
  // where the sources' best site had 214,000 admissions): kept only where it is the fact's value.
  bool other_noun = false;
  // Another organisation the sentence names is whom the figure is about, the one named nearest before it
  // ("a grant the Hollins Foundation awarded in 2022" against the Carrick society's grant of 2022).
  bool other_owner = false;
};

}  // namespace factcheck
