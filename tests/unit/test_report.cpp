// Explanations (core/report/explain.cpp) and the JSON contract (core/report/json.cpp).
#include <catch2/catch.hpp>

#include "checking.hpp"

using namespace factcheck;
using factcheck::testing::check;
using factcheck::testing::only_claim;
using factcheck::testing::Seen;

TEST_CASE("the issue's example: a figure off by a factor of ten", "[report]") {
  const std::string text = "Microsoft has invested roughly $1.4 billion in OpenAI.";
  const Checker checker;
  const Report r = checker.check(text);
  const Claim& c = only_claim(r);
  CHECK(text.substr(c.start, c.end - c.start) == "$1.4 billion");
  CHECK(std::string(c.kind()) == "money");
  CHECK(c.verdict == Verdict::contradicted);
  REQUIRE(c.fact);
  CHECK(c.fact->id == "microsoft-openai-total-investment");
  CHECK(c.deviation == Approx(-0.9));
  CHECK(c.explanation ==
        "The fact base says nearly $14 billion as of 23 January 2025 (Mint, 2025-01-23); $1.4 billion is "
        "about 90% lower.");
  CHECK(r.contradicted == 1);
}

TEST_CASE("the claimed value keeps the writer's hedge", "[report]") {
  const Checker checker;
  const Report r = checker.check("Microsoft has invested roughly $1.4 billion in OpenAI.");
  const Claim& c = only_claim(r);
  CHECK(c.claimed == "roughly $1.4 billion");
  CHECK(c.expected == "nearly $14 billion");
}

TEST_CASE("the JSON report follows the contract", "[report]") {
  const Checker checker;
  const std::string text = "Microsoft has invested nearly $14 billion in OpenAI.";
  const std::string json = report_json(checker.check(text), checker.facts(), text);
  for (const char* key : {"\"factbase\"", "\"checksum\"", "\"claims\"", "\"start\": 30", "\"end\": 41",
                          "\"verdict\": \"supported\"", "\"fact\": \"microsoft-openai-total-investment\"",
                          "\"deviation\": 0.0", "\"publisher\": \"Mint\"", "\"summary\""})
    CHECK(json.find(key) != std::string::npos);
}

TEST_CASE("a figure in another currency says why it is not checked", "[report]") {
  const Checker checker;
  const Report r = checker.check("Microsoft has invested €14 billion in OpenAI.");
  const Claim& c = only_claim(r);
  CHECK(c.verdict == Verdict::unverified);
  CHECK(c.explanation ==
        "Not checked: the fact base records this in USD (nearly $14 billion, Mint, 2025-01-23) and does not "
        "convert EUR figures.");
}

TEST_CASE("an unverified figure says what the sentence lacked", "[report]") {
  const Checker checker;
  Report r = checker.check("Microsoft employs about 228,000 people.");
  CHECK(only_claim(r).explanation ==
        "Not in the fact base: it has no fact on Microsoft that covers about 228,000 people.");
  r = checker.check("Amazon invested $4 billion in Anthropic.");
  CHECK(only_claim(r).explanation ==
        "Not in the fact base: the sentence names no one it has facts on, so $4 billion cannot be checked.");
}
