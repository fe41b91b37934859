// Facts whose value changed over time (core/match/figures.cpp, judge_in_time), on a small fact base
// written here: a city bridge whose cost estimate rose twice.
#include <catch2/catch.hpp>

#include "checking.hpp"
#include "report/wording.hpp"

using namespace factcheck;
using factcheck::testing::check;
using factcheck::testing::fixture;
using factcheck::testing::only;
using factcheck::testing::only_claim;
using factcheck::testing::Seen;

namespace {

// The Lantern Bridge was to cost £40 million in May 2022, £55 million from November 2023, and nearly
// £70 million since the council's budget papers of 26 February 2025.
const Checker& bridge() {
  static const Checker checker(fixture(R"json({
    "name": "Brackwater bridge (test fixture)", "version": "0.1.0",
    "sources": [
      {"id": "herald-2022-05-18", "publisher": "Brackwater Herald", "date": "2022-05-18"},
      {"id": "herald-2023-11-07", "publisher": "Brackwater Herald", "date": "2023-11-07"},
      {"id": "council-2025-02-26", "publisher": "Brackwater City Council", "date": "2025-02-26"}
    ],
    "entities": [
      {"id": "lantern-bridge", "name": "Lantern Bridge", "type": "other", "aliases": ["the bridge"]}
    ],
    "predicates": [
      {"id": "cost", "label": "cost", "value": "money", "cues": ["cost", "budget", "price tag"]}
    ],
    "facts": [
      {"id": "lantern-bridge-cost", "subject": "lantern-bridge", "predicate": "cost",
       "values": [{"amount": 40000000, "unit": "GBP", "as_of": "2022-05", "source": "herald-2022-05-18"},
                  {"amount": 55000000, "unit": "GBP", "as_of": "2023-11", "source": "herald-2023-11-07"},
                  {"amount": 70000000, "unit": "GBP", "comparator": "nearly", "as_of": "2025-02-26"}],
       "source": "council-2025-02-26"}
    ]})json"));
  return checker;
}

// The value a claim was compared with, as "£55 million as of November 2023".
std::string compared_with(const std::string& text) {
  const Report r = bridge().check(text);
  const Claim& c = only_claim(r);
  REQUIRE(c.value);
  return format_amount(c.value->amount, c.value->unit, ValueKind::money) + " as of " + c.value->as_of;
}

}  // namespace

TEST_CASE("fixtures: without a date, the latest value decides", "[fixtures][time]") {
  CHECK(only(bridge(), "The Lantern Bridge will cost nearly £70 million.").verdict == "supported");
  CHECK(only(bridge(), "The bridge has a price tag of £68 million.").verdict == "supported");
  CHECK(only(bridge(), "The Lantern Bridge will cost £90 million.").verdict == "contradicted");
}

TEST_CASE("fixtures: an earlier value stated as current is outdated", "[fixtures][time]") {
  const Report r = bridge().check("The Lantern Bridge will cost £55 million.");
  const Claim& c = only_claim(r);
  CHECK(c.verdict == Verdict::outdated);
  REQUIRE(c.earlier);
  CHECK(c.earlier->as_of == "2023-11");
  REQUIRE(c.value);
  CHECK(c.value->as_of == "2025-02-26");
  CHECK(c.explanation ==
        "£55 million was the figure as of November 2023 (Brackwater Herald, 2023-11-07); the fact base's "
        "latest is nearly £70 million as of 26 February 2025 (Brackwater City Council, 2025-02-26).");
  // The oldest value too, with its own source.
  CHECK(
      only(bridge(), "The Lantern Bridge will cost £40 million.").explanation ==
      "£40 million was the figure as of May 2022 (Brackwater Herald, 2022-05-18); the fact base's latest is "
      "nearly £70 million as of 26 February 2025 (Brackwater City Council, 2025-02-26).");
  CHECK(r.outdated == 1);
}

TEST_CASE("fixtures: a date in the sentence picks the value that held then", "[fixtures][time]") {
  CHECK(only(bridge(), "In 2024 the Lantern Bridge was to cost £55 million.").verdict == "supported");
  CHECK(compared_with("In 2024 the Lantern Bridge was to cost £55 million.") == "£55 million as of 2023-11");
  CHECK(only(bridge(), "In March 2023 the Lantern Bridge was to cost £40 million.").verdict == "supported");
  CHECK(compared_with("In March 2023 the Lantern Bridge was to cost £40 million.") ==
        "£40 million as of 2022-05");
  // The value of the time is the one compared with, not the latest: not outdated but contradicted.
  const Seen wrong = only(bridge(), "In 2024 the Lantern Bridge was to cost £40 million.");
  CHECK(wrong.verdict == "contradicted");
  CHECK(wrong.explanation ==
        "For 2024, the fact base says £55 million as of November 2023 (Brackwater Herald, 2023-11-07); £40 "
        "million is about 27% lower.");
  // A date after the latest value started is within it.
  CHECK(only(bridge(), "In 2026 the Lantern Bridge will cost nearly £70 million.").verdict == "supported");
}

TEST_CASE("fixtures: a date no value covers leaves the figure unverified, and says from when the base knows",
          "[fixtures][time]") {
  const Report r = bridge().check("In 2021 the Lantern Bridge was to cost £30 million.");
  const Claim& c = only_claim(r);
  CHECK(c.verdict == Verdict::unverified);
  REQUIRE(c.fact);
  CHECK(c.fact->id == "lantern-bridge-cost");
  CHECK(c.value == nullptr);
  CHECK(c.explanation ==
        "Not in the fact base for 2021: its cost figures start with £40 million as of May 2022 (Brackwater "
        "Herald, 2022-05-18).");
  CHECK(r.unverified == 1);
}

TEST_CASE("an approximate figure names the earlier value its digits give; a bound does not", "[time]") {
  CHECK(only(Checker(), "Microsoft has invested roughly $13 billion in OpenAI.").verdict == "outdated");
  CHECK(only(Checker(), "Microsoft has invested around thirteen billion dollars in OpenAI.").verdict ==
        "outdated");
  CHECK(only(Checker(), "Microsoft has invested at least $13 billion in OpenAI.").verdict == "supported");
  CHECK(only(Checker(), "Microsoft has invested roughly $14 billion in OpenAI.").verdict == "supported");
}

TEST_CASE("a span of time is checked in its unit and worded in words", "[time]") {
  Seen s = only(Checker(), "Stargate will invest its money over the next four years.");
  CHECK(s.verdict == "supported");
  CHECK(s.fact == "stargate-investment-period");
  s = only(Checker(), "Stargate will pour its money into data centres over five years.");
  CHECK(s.verdict == "contradicted");
  CHECK(s.explanation.find("4 years") != std::string::npos);
  // Someone else's horizon is not Stargate's.
  CHECK(only(Checker(), "Meta will invest its money over five years.").verdict == "unverified");
}

TEST_CASE("a day with no year is compared in the year of a fact's day", "[time]") {
  CHECK(only(Checker(), "Stargate was announced on January 22.").verdict == "contradicted");
  CHECK(only(Checker(), "ORACLE QUITS STARGATE DAYS AFTER JAN. 21 LAUNCH").verdict == "supported");
  CHECK(only(Checker(), "OpenAI's board fired Sam Altman on November 17.").verdict == "supported");
  // It dates nothing else: not a fiscal year's end, nor a bound ("until 2030"), nor a dateline.
  for (const Seen& s : check(Checker(), "FY25 capex: $80bn (fiscal year ends 30 June)"))
    CHECK(s.verdict != "contradicted");
  for (const Seen& s : check(Checker(), "BENGALURU, Jan 23 – OpenAI uses Azure exclusively until 2030."))
    if (s.text == "Jan 23") CHECK(s.verdict == "unverified");
}
