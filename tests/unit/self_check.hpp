// The property of checking against sources (issue 16): a text checked against itself, learned as its
// only source, gives no contradiction, and every figure learned from it comes back supported. Shared by
// the Catch2 property test (tests/unit/test_learn.cpp) and the libFuzzer target learn_check
// (tests/fuzz/targets.hpp), so a failing input found by one replays through the other.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "checker.hpp"
#include "learn/learner.hpp"

namespace factcheck::testing {

struct SelfCheck {
  std::string problem;              // "" when the property holds
  std::size_t learned = 0;          // numeric facts learned
  std::size_t supported = 0;        // of those, the ones a claim of the text supports
  std::vector<std::string> missed;  // ids of learned facts no claim supports
};

inline SelfCheck self_check(std::string_view text) {
  SelfCheck out;
  const LearnedBase learned = learn_fact_base({{"self.txt", "2025-01-23", std::string(text)}}, "Self");
  std::vector<FactBaseError> errors;
  FactBase base = FactBase::parse(learned.json, errors, learned.json.size() + 1);
  if (!errors.empty()) {
    out.problem = "the learned base does not load: " + errors.front().to_string();
    return out;
  }
  const Checker checker(std::move(base));
  const Report report = checker.check(text);
  std::set<std::string> supported;
  for (const Claim& c : report.claims) {
    if (c.verdict == Verdict::contradicted) {
      out.problem =
          "\"" + std::string(text.substr(c.start, c.end - c.start)) + "\" is contradicted: " + c.explanation;
      return out;
    }
    if (c.verdict == Verdict::supported && c.fact) supported.insert(c.fact->id);
  }
  for (const Fact& f : checker.facts().facts()) {
    const ValueKind kind = checker.facts().predicate(f.predicate)->value;
    if (kind != ValueKind::money && kind != ValueKind::percent && kind != ValueKind::count &&
        kind != ValueKind::measure)
      continue;
    ++out.learned;
    if (supported.count(f.id)) {
      ++out.supported;
    } else {
      out.missed.push_back(f.id);
    }
  }
  return out;
}

}  // namespace factcheck::testing
