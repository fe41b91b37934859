// Binding figures to facts and judging them (core/match/figures.cpp), end to end through the checker.
#include <catch2/catch.hpp>

#include "checking.hpp"

using namespace factcheck;
using factcheck::testing::check;
using factcheck::testing::only_claim;
using factcheck::testing::Seen;

TEST_CASE("two figures in one sentence bind to their own facts", "[matcher]") {
  const auto seen = check("Microsoft put $750\u00a0million into OpenAI’s $6.6 billion funding round.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[0].fact == "microsoft-openai-2024-round-contribution");
  CHECK(seen[1].verdict == "supported");
  CHECK(seen[1].fact == "openai-2024-round-size");
}

TEST_CASE("a shared verb and number do not make a claim about other entities", "[matcher]") {
  for (const char* text :
       {"Microsoft will invest $3 billion in India.", "Amazon invested $4 billion in Anthropic.",
        "Microsoft employs about 228,000 people.", "OpenAI has 300 million weekly users."}) {
    INFO(text);
    for (const Seen& s : check(text)) CHECK(s.verdict == "unverified");
  }
}

TEST_CASE("two figures may speak of one fact", "[matcher]") {
  auto seen =
      check("Microsoft says it has invested $13.5 billion in OpenAI, or $14 billion by another count.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].verdict == "supported");
  CHECK(seen[1].fact == "microsoft-openai-total-investment");
  // A figure the sentence denies is not a claim that it is so: "not $1.4 billion" is left unverified.
  seen = check("Microsoft says it has invested $13.5 billion in OpenAI, not $1.4 billion.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].verdict == "unverified");
}

TEST_CASE("a year that agrees with an event picks that event's fact", "[matcher]") {
  const auto seen = check("In 2023, Microsoft neared a deal to invest $40 billion in OpenAI.");
  REQUIRE(seen.size() == 2);
  // The year is a claim too, about the same event.
  CHECK(seen[0].text == "2023");
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[0].fact == "microsoft-openai-2023-talks");
  CHECK(seen[1].verdict == "supported");
  CHECK(seen[1].fact == "microsoft-openai-2023-talks");
}

TEST_CASE("hedges set the interval a figure admits", "[matcher]") {
  CHECK(check("Microsoft has invested nearly $14 billion in OpenAI.")[0].verdict == "supported");
  CHECK(check("Microsoft has invested $13.5 billion in OpenAI.")[0].verdict == "supported");
  // $13 billion fits "nearly $14 billion" too, but it is the figure the base had before.
  CHECK(check("Microsoft has invested $13 billion in OpenAI.")[0].verdict == "outdated");
  CHECK(check("Microsoft has invested more than $14 billion in OpenAI.")[0].verdict == "contradicted");
  CHECK(check("Microsoft has invested $15 billion in OpenAI.")[0].verdict == "contradicted");
  CHECK(check("Microsoft has invested less than $15 billion in OpenAI.")[0].verdict == "supported");
}

TEST_CASE("a wrong year on an event is contradicted, and the figure it dates is judged by its value",
          "[matcher]") {
  auto seen = check("Microsoft put $750 million into OpenAI’s funding round in 2021.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[0].fact == "microsoft-openai-2024-round-contribution");
  CHECK(seen[1].text == "2021");
  CHECK(seen[1].verdict == "contradicted");
  CHECK(seen[1].fact == "microsoft-openai-2024-round-contribution");
  // A wrong year on a figure of no event the base records is no claim about the base's events.
  seen = check("Microsoft invested $2 billion in OpenAI in 2021.");
  for (const Seen& s : seen) CHECK(s.verdict != "contradicted");
}

TEST_CASE("temporal bounds", "[matcher]") {
  auto seen = check("The contract makes Microsoft OpenAI’s exclusive cloud provider until 2030.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "supported");
  seen = check("The contract makes Microsoft OpenAI’s exclusive cloud provider until 2032.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].verdict == "contradicted");
}

TEST_CASE("days are told apart, in the text and in the fact base alike", "[matcher]") {
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

TEST_CASE("a pronoun refers back one sentence, to one entity's worth of evidence", "[matcher]") {
  auto seen = check(
      "Microsoft remains OpenAI’s closest ally. Over the years it has bankrolled the lab with roughly "
      "$13 billion.");
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].fact == "microsoft-openai-total-investment");
  seen = check(
      "Stargate is a joint venture of OpenAI, SoftBank and Oracle, not a Microsoft project. Its backers "
      "say it will invest up to $500 billion.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[1].fact == "stargate-planned-investment");
  CHECK(
      check("Microsoft remains OpenAI’s closest ally. Its rival Amazon invested $4 billion in Anthropic.")[0]
          .verdict == "unverified");
}

TEST_CASE("the figure's target and actor must be the fact's", "[matcher]") {
  for (const char* text : {"Microsoft will invest $3 billion in India, OpenAI said.",
                           "SoftBank put $1 billion into OpenAI, Microsoft said.",
                           "Microsoft invested $2 billion in Mistral, a rival of OpenAI."}) {
    INFO(text);
    const auto seen = check(text);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].verdict == "unverified");
  }
  CHECK(check("Microsoft invested $13.5 billion in January in OpenAI.")[0].verdict == "supported");
  CHECK(check("OpenAI, backed by Microsoft, raised $6.6 billion in its latest funding round.")[0].verdict ==
        "supported");
}
