// Shared by the end-to-end tests: run a checker (the bundled one, or one over a fact base written in the
// test itself) and list what it found.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "checker.hpp"
#include "report/json.hpp"

namespace factcheck::testing {

struct Seen {
  std::string text, verdict, fact;
  std::string explanation;
};

// Every claim of `text` as (span, verdict, fact id, explanation), checked by `checker`.
inline std::vector<Seen> check(const Checker& checker, const std::string& text) {
  std::vector<Seen> out;
  for (const Claim& c : checker.check(text).claims)
    out.push_back({text.substr(c.start, c.end - c.start), to_string(c.verdict), c.fact ? c.fact->id : "",
                   c.explanation});
  return out;
}

// Each claim's verdict by its span, checked by `checker` ("" for a span with no claim when looked up).
inline std::map<std::string, std::string> verdicts(const Checker& checker, const std::string& text) {
  std::map<std::string, std::string> out;
  for (const Seen& s : check(checker, text)) out[s.text] = s.verdict;
  return out;
}

// A checker over the bundled fact base, made once.
inline const Checker& bundled() {
  static const Checker checker;
  return checker;
}

// The same, checked against the bundled fact base.
inline std::vector<Seen> check(const std::string& text) {
  return check(bundled(), text);
}

// The claim `text` makes, checked by `checker`; fails the test when it makes not exactly one.
inline Seen only(const Checker& checker, const std::string& text) {
  INFO(text);
  const std::vector<Seen> seen = check(checker, text);
  REQUIRE(seen.size() == 1);
  return seen.front();
}

// The claim `text` makes, checked against the bundled fact base.
inline Seen only(const std::string& text) {
  return only(bundled(), text);
}

// The report's single claim; fails the test when there is not exactly one.
inline const Claim& only_claim(const Report& r) {
  REQUIRE(r.claims.size() == 1);
  return r.claims.front();
}

// A fact base written in the test itself; fails the test, with every problem, when it does not load.
inline FactBase fixture(std::string_view json) {
  std::vector<FactBaseError> errors;
  FactBase facts = FactBase::parse(json, errors);
  for (const FactBaseError& e : errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(errors.empty());
  return facts;
}

}  // namespace factcheck::testing
