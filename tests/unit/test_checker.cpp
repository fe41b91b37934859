// End to end through the pipeline: binding, verdicts, relations and explanations.
#include <catch2/catch.hpp>

#include "checker.hpp"

using namespace factcheck;

namespace {

struct Seen {
  std::string text, verdict, fact;
};

std::vector<Seen> check(const std::string& text) {
  static const Checker checker;
  std::vector<Seen> out;
  for (const Claim& c : checker.check(text).claims)
    out.push_back({text.substr(c.start, c.end - c.start), to_string(c.verdict), c.fact ? c.fact->id : ""});
  return out;
}

const Claim& only_claim(const Report& r) {
  REQUIRE(r.claims.size() == 1);
  return r.claims.front();
}

}  // namespace

TEST_CASE("the issue's example: a figure off by a factor of ten", "[checker]") {
  const std::string text = "Microsoft has invested roughly $1.4 billion in OpenAI.";
  const Checker checker;
  const Report r = checker.check(text);
  const Claim& c = only_claim(r);
  CHECK(text.substr(c.start, c.end - c.start) == "$1.4 billion");
  CHECK(c.kind == "money");
  CHECK(c.verdict == Verdict::contradicted);
  REQUIRE(c.fact);
  CHECK(c.fact->id == "microsoft-openai-total-investment");
  CHECK(c.deviation == Approx(-0.9));
  CHECK(c.explanation == "The fact base says nearly $14 billion (Mint, 2025-01-23); $1.4 billion is about 90% lower.");
  CHECK(r.contradicted == 1);
}

TEST_CASE("two figures in one sentence bind to their own facts", "[checker]") {
  const auto seen = check("Microsoft put $750\u00a0million into OpenAI’s $6.6 billion funding round.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[0].fact == "microsoft-openai-2024-round-contribution");
  CHECK(seen[1].verdict == "supported");
  CHECK(seen[1].fact == "openai-2024-round-size");
}

TEST_CASE("a shared verb and number do not make a claim about other entities", "[checker]") {
  for (const char* text : {"Microsoft will invest $3 billion in India.", "Amazon invested $4 billion in Anthropic.",
                           "Microsoft employs about 228,000 people.", "OpenAI has 300 million weekly users."}) {
    INFO(text);
    for (const Seen& s : check(text)) CHECK(s.verdict == "unverified");
  }
}

TEST_CASE("hedges set the interval a figure admits", "[checker]") {
  CHECK(check("Microsoft has invested nearly $14 billion in OpenAI.")[0].verdict == "supported");
  CHECK(check("Microsoft has invested $13 billion in OpenAI.")[0].verdict == "supported");
  CHECK(check("Microsoft has invested more than $14 billion in OpenAI.")[0].verdict == "contradicted");
  CHECK(check("Microsoft has invested $15 billion in OpenAI.")[0].verdict == "contradicted");
  CHECK(check("Microsoft has invested less than $15 billion in OpenAI.")[0].verdict == "supported");
}

TEST_CASE("a wrong year on an event contradicts its figure", "[checker]") {
  const auto seen = check("Microsoft put $750 million into OpenAI’s funding round in 2021.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
  CHECK(seen[0].fact == "microsoft-openai-2024-round-contribution");
}

TEST_CASE("temporal bounds", "[checker]") {
  auto seen = check("The contract makes Microsoft OpenAI’s exclusive cloud provider until 2030.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "supported");
  seen = check("The contract makes Microsoft OpenAI’s exclusive cloud provider until 2032.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
}

TEST_CASE("days are told apart, in the text and in the fact base alike", "[checker]") {
  for (const char* day : {"January 21, 2025", "21 January 2025", "2025-01-21"}) {
    const auto seen = check(std::string("Stargate was announced on ") + day + ".");
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].verdict == "supported");
  }
  for (const char* day : {"January 20, 2025", "January 22, 2025", "21 January 2024"}) {
    const auto seen = check(std::string("Stargate was announced on ") + day + ".");
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].verdict == "contradicted");
  }
  CHECK(check("Stargate was announced in January 2025.")[0].verdict == "supported");
}

TEST_CASE("membership names missing and extra members", "[checker]") {
  const Checker checker;
  const std::string text = "Stargate is a joint venture between OpenAI, SoftBank and Microsoft.";
  const Report r = checker.check(text);
  const Claim& c = only_claim(r);
  CHECK(c.kind == "relation");
  CHECK(c.verdict == Verdict::contradicted);
  CHECK(text.substr(c.start, c.end - c.start) == "OpenAI, SoftBank and Microsoft");
  CHECK(c.explanation ==
        "The fact base lists Stargate's members as OpenAI, SoftBank and Oracle (Mint, 2025-01-23); Microsoft is not a "
        "member, and Oracle is missing.");
  const auto ok = check("a joint venture between OpenAI, SoftBank Group Corp. and Oracle Corp. called Stargate");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].verdict == "supported");
}

TEST_CASE("roles", "[checker]") {
  auto seen = check("OpenAI CEO Sam Altman met Microsoft’s chief executive, Satya Nadella.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "OpenAI CEO Sam Altman");
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].text == "Microsoft’s chief executive, Satya Nadella");
  CHECK(seen[1].verdict == "supported");
  seen = check("Microsoft CEO Sundar Pichai disagreed.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
  CHECK(seen[0].fact == "microsoft-ceo");
}

TEST_CASE("ranks", "[checker]") {
  auto seen = check("Microsoft is the largest investor in OpenAI.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "supported");
  seen = check("SoftBank is the largest investor in OpenAI.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
  seen = check("Microsoft is OpenAI’s second-largest investor.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
}

TEST_CASE("the JSON report follows the contract", "[checker]") {
  const Checker checker;
  const std::string text = "Microsoft has invested nearly $14 billion in OpenAI.";
  const std::string json = report_json(checker.check(text), checker.facts(), text);
  for (const char* key : {"\"factbase\"", "\"checksum\"", "\"claims\"", "\"start\": 30", "\"end\": 41",
                          "\"verdict\": \"supported\"", "\"fact\": \"microsoft-openai-total-investment\"",
                          "\"deviation\": 0.0", "\"publisher\": \"Mint\"", "\"summary\""})
    CHECK(json.find(key) != std::string::npos);
}
