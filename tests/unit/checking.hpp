// Shared by the end-to-end tests: run the bundled checker and list what it found.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "checker.hpp"
#include "report/json.hpp"

namespace factcheck::testing {

struct Seen {
  std::string text, verdict, fact;
};

// Every claim of `text` as (span, verdict, fact id), checked against the bundled fact base.
inline std::vector<Seen> check(const std::string& text) {
  static const Checker checker;
  std::vector<Seen> out;
  for (const Claim& c : checker.check(text).claims)
    out.push_back({text.substr(c.start, c.end - c.start), to_string(c.verdict), c.fact ? c.fact->id : ""});
  return out;
}

// The report's single claim; fails the test when there is not exactly one.
inline const Claim& only_claim(const Report& r) {
  REQUIRE(r.claims.size() == 1);
  return r.claims.front();
}

}  // namespace factcheck::testing
