// Stage 2b of the pipeline, for checking a text against its sources: any trusted document becomes a
// fact base. Every figure of every source sentence becomes a fact with its subject (the organisation or
// person the clause is about), its governing word as the predicate's cue, context words that tell sibling
// facts apart, its comparator as stated, its time and the sentence it came from. The result is an
// ordinary fact base in the documented format (docs/fact-base.md), so it validates, stacks with other
// bases and is checked by the same matcher.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

// One trusted document.
struct SourceDocument {
  std::string name;  // unique in a set: "report.txt"; echoed in explanations
  std::string date;  // ISO 8601 publication date ("2025-01-23"), or empty when unknown
  std::string text;  // UTF-8; invalid bytes are read as they are, never fatal
};

// A source refused: printed as "[learn.CODE] NAME: message".
struct LearnError {
  std::string code;    // stable: "learn.too_large", "learn.bad_date", "learn.duplicate_name", "learn.no_name"
  std::string source;  // the source's name, or its position ("#3") when it has none
  std::string message;
  std::string to_string() const;
};

// The most source text a checker learns from, all sources together, by default: learning takes about
// as much memory as checking, so this is the text limit's size times four.
constexpr std::size_t kDefaultMaxSourcesBytes = std::size_t{16} << 20;

// Every problem of a set of sources; empty when all can be learned. Sources over the total limit are
// refused from the first that crosses it, so the ones before it are kept.
std::vector<LearnError> check_sources(const std::vector<SourceDocument>& sources,
                                      std::size_t max_total_bytes);

struct LearnedBase {
  std::string json;                           // the fact base, in the documented format
  std::vector<std::size_t> facts_per_source;  // in the order of the sources
};

// Learns one fact base named `name` from the sources (which check_sources() accepted). Never throws.
LearnedBase learn_fact_base(const std::vector<SourceDocument>& sources, const std::string& name);

}  // namespace factcheck
