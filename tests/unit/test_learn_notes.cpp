// Analysts' call notes and quoted staff checked against a company's release: a glued "m" after a word of
// money is a million ("Capex 189m"), a phrase's short form is its cue ("capex", "FCF"), and a title with
// no organisation is the one the text is about ("says CEO Jussi Lehtonen"). Each source is invented.
#include <string>

#include <catch2/catch.hpp>

#include "checking.hpp"
#include "learn/learner.hpp"
#include "quantities/quantities.hpp"
#include "text/tokens.hpp"

using factcheck::Checker;
using factcheck::FactBase;
using factcheck::learn_fact_base;

namespace {

FactBase learned(const std::string& name, const std::string& date, const std::string& text) {
  return factcheck::testing::fixture(learn_fact_base({{name, date, text}}, "Test sources").json);
}

std::string verdict_of(const Checker& checker, const std::string& text, const std::string& span) {
  for (const auto& seen : factcheck::testing::check(checker, text))
    if (seen.text == span) return seen.verdict;
  return "no claim";
}

// The quantity of `text` whose span starts with `start`, as "kind value unit".
std::string quantity_at(const std::string& text, const std::string& start) {
  for (const auto& q : factcheck::extract_quantities(text, factcheck::tokenize(text)))
    if (text.compare(q.start, start.size(), start) == 0)
      return std::string(factcheck::to_string(q.kind)) + " " +
             std::to_string(static_cast<long long>(q.value)) + " " + q.unit;
  return "none";
}

const char* const kRelease =
    "Alpennet AG reported results for the third quarter of 2024 on 6 November. Revenue declined 0.8% to "
    "CHF 1.214 billion. EBITDA was CHF 486 million. Capital expenditure was CHF 198 million and free cash "
    "flow CHF 121 million. \u201cWe kept our promises,\u201d said chief executive Claudia Imhof.";

}  // namespace

TEST_CASE("a glued 'm' right after a word of money is a million, elsewhere a metre", "[quantities][notes]") {
  CHECK(quantity_at("Capex 189m; FCF 212m", "189m") == "number 189000000 ");
  CHECK(quantity_at("the budget is 212.4m, not less", "212.4m") == "number 212400000 ");
  CHECK(quantity_at("we paid 7.5m for him in 2020", "7.5m") == "number 7500000 ");
  // A length stays a length, whatever the sentence paid before.
  CHECK(quantity_at("The 48-storey, 182m scheme", "182m") == "measure 182 m");
  CHECK(quantity_at("The terminal, which cost \u20ac80\u00a0million, takes ships of up to 350m.", "350m") ==
        "measure 350 m");
  CHECK(quantity_at("Residents within 400m of the fee office were told", "400m") == "measure 400 m");
}

TEST_CASE("call notes are checked against the release: glued millions and short forms", "[match][notes]") {
  const Checker checker(learned("alpennet.txt", "2024-11-06", kRelease));
  const std::string notes = "Alpennet 3Q24 call notes\nEBITDA 486m, in line\nCapex 189m\nFCF 121m\n";
  CHECK(verdict_of(checker, notes, "486m") == "supported");
  CHECK(verdict_of(checker, notes, "189m") == "contradicted");
  CHECK(verdict_of(checker, notes, "121m") == "supported");
  // A bullet's first word opens its line: "Revenue" is no other company's name.
  CHECK(verdict_of(checker, "Alpennet 3Q24\n\u2022 Revenue CHF1.412bn, down 0.8%", "CHF1.412bn") ==
        "contradicted");
}

TEST_CASE("a title with no organisation is of the one the text is about", "[match][notes][roles]") {
  const Checker checker(learned("alpennet.txt", "2024-11-06", kRelease));
  CHECK(verdict_of(checker,
                   "Alpennet held its call. \u201cWe kept our promises,\u201d said CEO Claudia Imhof.",
                   "CEO Claudia Imhof") == "supported");
  // Someone no source names, given the title the release gives Claudia Imhof, is wrong.
  CHECK(verdict_of(checker,
                   "Alpennet held its call. \u201cWe kept our promises,\u201d said CEO Jonas Brunner.",
                   "CEO Jonas Brunner") == "contradicted");
  // Not where the sentence names another organisation, known or not, or a rival's.
  CHECK(verdict_of(checker, "Alpennet held its call. Swisslink CEO Jonas Brunner disagreed.",
                   "CEO Jonas Brunner") != "contradicted");
  CHECK(verdict_of(checker, "Alpennet held its call. Its rival CEO Jonas Brunner disagreed.",
                   "CEO Jonas Brunner") != "contradicted");
  // "CEO of the company" is the company's the text speaks of.
  CHECK(
      verdict_of(
          checker,
          "Alpennet held its call. \u201cWe kept our promises,\u201d says Claudia Imhof, CEO of the company.",
          "Claudia Imhof, CEO of the company") == "supported");
  // Nor words in capitals after the title, which a wire headline has.
  CHECK(verdict_of(checker, "IMHOF STAYS AS ALPENNET CEO AFTER BRIEF REVIEW",
                   "ALPENNET CEO AFTER BRIEF REVIEW") != "contradicted");
}

TEST_CASE("a count narrowed to a part is not the whole's", "[match][notes]") {
  const Checker checker(
      learned("factsheet.txt", "2024-09-02",
              "Kirkbridge University was founded in 1964. In 2023/24 it had 21,450 students and "
              "employed 2,870 staff."));
  const std::string sheet = "Kirkbridge University\nStaff: 2,870\nAdministrative staff: 1,150\n";
  CHECK(verdict_of(checker, sheet, "2,870") == "supported");
  CHECK(verdict_of(checker, sheet, "1,150") != "contradicted");
  CHECK(verdict_of(checker, "Kirkbridge University employs 1,150 administrative staff.",
                   "1,150 administrative staff") != "contradicted");
  // The whole, in other words, is still checked.
  CHECK(verdict_of(checker, "Kirkbridge University employs 2,780 staff.", "2,780 staff") == "contradicted");
}

TEST_CASE("a note's own model is no wrong figure of the sources", "[match][notes]") {
  const Checker checker(
      learned("update.txt", "2025-01-16",
              "Halvorsen Propulsion ASA now expects to have delivered approximately 540 large "
              "turbofan engines in 2024."));
  const std::string note = "Halvorsen Propulsion\n\u2022 We model a 2025 delivery target of 650+ engines.";
  int found = 0;
  for (const auto& seen : factcheck::testing::check(checker, note))
    if (seen.text.find("650") != std::string::npos) {
      ++found;
      CHECK(seen.verdict == "unverified");
      CHECK_THAT(seen.explanation, Catch::Contains("the writer's own estimate"));
    }
  CHECK(found == 1);
}
