// Binding figures to facts and judging them (core/match/figures.cpp), on small fact bases written here:
// a chip maker and the foundry it backs, and a football club. Every rule is shown with a sentence that
// follows it and one that breaks it.
#include <catch2/catch.hpp>

#include "checking.hpp"

using namespace factcheck;
using factcheck::testing::check;
using factcheck::testing::fixture;
using factcheck::testing::only;
using factcheck::testing::Seen;

namespace {

// Quillon Semiconductor has put $2.4 billion into Ardent Foundry in all: $500 million first, in 2019,
// and $300 million of Ardent's $1.2 billion round of February 2025. Marlowe Capital holds a $3 billion
// stake in Ardent; Harlan Motors has none. Ardent turns out 42,000 wafers a month, and its water
// pipeline is 11.4 km long, to the nearest 100 metres. The total's siblings come first: their context,
// not the order of the facts, keeps a bare figure off them.
const Checker& chips() {
  static const Checker checker(fixture(R"json({
    "name": "Quillon and Ardent (test fixture)", "version": "0.1.0",
    "sources": [
      {"id": "ledger-2025-03-04", "publisher": "Silicon Ledger", "date": "2025-03-04"},
      {"id": "ardent-2019-06-12", "publisher": "Ardent Foundry", "date": "2019-06-12"}
    ],
    "entities": [
      {"id": "quillon", "name": "Quillon Semiconductor", "aliases": ["Quillon"]},
      {"id": "ardent", "name": "Ardent Foundry", "aliases": ["Ardent"]},
      {"id": "marlowe", "name": "Marlowe Capital", "aliases": ["Marlowe"]},
      {"id": "harlan", "name": "Harlan Motors", "aliases": ["Harlan"]}
    ],
    "predicates": [
      {"id": "invest", "label": "investment", "value": "money", "cues": ["invest", "pour", "put", "stake"]},
      {"id": "raise", "label": "funding round", "value": "money",
       "cues": ["funding round", "round", "raise"]},
      {"id": "wafers", "label": "wafer output", "value": "count", "cues": ["wafer", "produce", "output"]},
      {"id": "pipeline", "label": "pipeline length", "value": "measure", "cues": ["pipeline"]}
    ],
    "facts": [
      {"id": "quillon-ardent-round-share", "subject": "quillon", "predicate": "invest", "object": "ardent",
       "context": ["round", "funding round", "raise"], "value": {"amount": 300000000, "unit": "USD"},
       "when": "2025-02", "source": "ledger-2025-03-04"},
      {"id": "quillon-ardent-first-stake", "subject": "quillon", "predicate": "invest", "object": "ardent",
       "context": ["first", "initial"], "value": {"amount": 500000000, "unit": "USD"},
       "when": "2019", "source": "ardent-2019-06-12"},
      {"id": "quillon-ardent-total", "subject": "quillon", "predicate": "invest", "object": "ardent",
       "value": {"amount": 2400000000, "unit": "USD"}, "source": "ledger-2025-03-04"},
      {"id": "marlowe-ardent-stake", "subject": "marlowe", "predicate": "invest", "object": "ardent",
       "value": {"amount": 3000000000, "unit": "USD"}, "source": "ledger-2025-03-04"},
      {"id": "ardent-round-size", "subject": "ardent", "predicate": "raise",
       "value": {"amount": 1200000000, "unit": "USD"}, "when": "2025-02", "source": "ledger-2025-03-04"},
      {"id": "ardent-wafers", "subject": "ardent", "predicate": "wafers",
       "value": {"amount": 42000, "unit": "wafers"}, "source": "ledger-2025-03-04"},
      {"id": "ardent-pipeline", "subject": "ardent", "predicate": "pipeline",
       "value": {"amount": 11.4, "unit": "km", "step": 0.1}, "source": "ledger-2025-03-04"}
    ]})json"));
  return checker;
}

// Harrowgate Rovers' ground holds exactly 42,000 seats; the club's record fee was nearly £90 million.
const Checker& club() {
  static const Checker checker(fixture(R"json({
    "name": "Harrowgate Rovers (test fixture)", "version": "0.1.0",
    "sources": [{"id": "chronicle-2025-08-02", "publisher": "Harrowgate Chronicle", "date": "2025-08-02"}],
    "entities": [{"id": "rovers", "name": "Harrowgate Rovers", "aliases": ["Rovers"]}],
    "predicates": [
      {"id": "capacity", "label": "capacity", "value": "count", "cues": ["seat", "hold", "capacity"]},
      {"id": "record-fee", "label": "record fee", "value": "money", "cues": ["record fee", "paid"]}
    ],
    "facts": [
      {"id": "rovers-capacity", "subject": "rovers", "predicate": "capacity",
       "value": {"amount": 42000, "unit": "seats"}, "source": "chronicle-2025-08-02"},
      {"id": "rovers-record-fee", "subject": "rovers", "predicate": "record-fee",
       "value": {"amount": 90000000, "unit": "GBP", "comparator": "nearly"}, "source": "chronicle-2025-08-02"}
    ]})json"));
  return checker;
}

// The verdict a figure gets, written into a sentence about the ground or the record fee.
std::string seats(const std::string& figure) {
  return only(club(), "Harrowgate Rovers' ground holds " + figure + " seats.").verdict;
}
std::string fee(const std::string& figure) {
  return only(club(), "Rovers paid a record fee of " + figure + " for the striker.").verdict;
}

}  // namespace

TEST_CASE("fixtures: two figures in one sentence bind to two facts", "[fixtures][match]") {
  const auto seen = check(chips(), "Quillon put $300 million into Ardent's $1.2 billion funding round.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "$300 million");
  CHECK(seen[0].fact == "quillon-ardent-round-share");
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].text == "$1.2 billion");
  CHECK(seen[1].fact == "ardent-round-size");
  CHECK(seen[1].verdict == "supported");
}

TEST_CASE(
    "fixtures: a context cue picks the sibling fact, and without it a figure the sibling has is no "
    "wrong total",
    "[fixtures][match]") {
  const Seen round = only(chips(), "Quillon put $300 million into Ardent's latest funding round.");
  CHECK(round.fact == "quillon-ardent-round-share");
  CHECK(round.verdict == "supported");
  // True of the round share, wrong as a total: which one the sentence means is not clear, and a red mark
  // on a true sentence is the worst error. The explanation names both.
  const Seen bare = only(chips(), "Quillon put $300 million into Ardent.");
  CHECK(bare.fact.empty());
  CHECK(bare.verdict == "unverified");
  CHECK(bare.explanation.find("$300 million is the figure of ") != std::string::npos);
  CHECK(bare.explanation.find("does not make clear which it means") != std::string::npos);
  // A figure no sibling has still meets the total.
  const Seen wrong = only(chips(), "Quillon put $400 million into Ardent.");
  CHECK(wrong.fact == "quillon-ardent-total");
  CHECK(wrong.verdict == "contradicted");
  const Seen total = only(chips(), "Quillon has invested $2.4 billion in Ardent.");
  CHECK(total.fact == "quillon-ardent-total");
  CHECK(total.verdict == "supported");
}

TEST_CASE("fixtures: a year picks the fact dated then, and a wrong year contradicts it",
          "[fixtures][match]") {
  // No "first" here: the year alone singles out the 2019 stake from the running total; the year is a
  // claim of its own, and right.
  auto seen = check(chips(), "In 2019 Quillon invested $500 million in Ardent.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].text == "2019");
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].fact == "quillon-ardent-first-stake");
  CHECK(seen[1].verdict == "supported");
  // A wrong year: the figure is right, the year is wrong, and the year is what the reader is told.
  seen = check(chips(), "Quillon made its first investment in Ardent, $500 million, in 2021.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].fact == "quillon-ardent-first-stake");
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].text == "2021");
  CHECK(seen[1].verdict == "contradicted");
  CHECK(seen[1].explanation.rfind("The fact base dates ", 0) == 0);
  CHECK(seen[1].explanation.find(" to 2019 (Ardent Foundry, 2019-06-12), not 2021.") != std::string::npos);
  // The round of February 2025, said to be of 2025: the year agrees.
  seen = check(chips(), "In 2025 Quillon put $300 million into Ardent's funding round.");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].verdict == "supported");
  CHECK(seen[1].verdict == "supported");
}

TEST_CASE("fixtures: the organisation before the figure is its actor, not the one quoted after it",
          "[fixtures][match]") {
  // Marlowe's stake is $3 billion, but here Quillon is the one investing: compared with Quillon's total.
  const Seen s = only(chips(), "Quillon will invest $3 billion in Ardent, Marlowe said.");
  CHECK(s.fact == "quillon-ardent-total");
  CHECK(s.verdict == "contradicted");
  CHECK(only(chips(), "Marlowe has a $3 billion stake in Ardent.").fact == "marlowe-ardent-stake");
  // An actor with no fact of its own: the figure is still not Marlowe's.
  const Seen other = only(chips(), "Harlan will invest $3 billion in Ardent, Marlowe said.");
  CHECK(other.fact.empty());
  CHECK(other.verdict == "unverified");
}

TEST_CASE("fixtures: a company the base does not know, before the figure, is its actor too",
          "[fixtures][match][!mayfail]") {
  // Tessaly, not Marlowe, is investing: Marlowe's $3 billion stake says nothing about it. Today the
  // unknown name is passed over and the figure is checked as Marlowe's, and supported.
  const Seen s = only(chips(), "Tessaly will invest $3 billion in Ardent, Marlowe said.");
  CHECK(s.fact.empty());
  CHECK(s.verdict == "unverified");
}

TEST_CASE("fixtures: \"in\" and a name after the figure must name the fact's object", "[fixtures][match]") {
  // Both companies are named, but the $800 million goes to Vantor, of which the base knows nothing.
  const Seen elsewhere = only(chips(), "Quillon, a partner of Ardent, will invest $800 million in Vantor.");
  CHECK(elsewhere.fact.empty());
  CHECK(elsewhere.verdict == "unverified");
  // Nor may a company the base knows stand there in place of the fact's object.
  const Seen known = only(chips(), "Quillon, a partner of Ardent, will invest $800 million in Harlan.");
  CHECK(known.fact.empty());
  CHECK(known.verdict == "unverified");
  const Seen here = only(chips(), "Quillon, a partner of Ardent, will invest $800 million in Ardent.");
  CHECK(here.fact == "quillon-ardent-total");
  CHECK(here.verdict == "contradicted");
  // A month after "in" says when, not in whom.
  const Seen month = only(chips(), "Quillon invested $2.4 billion in January in Ardent.");
  CHECK(month.fact == "quillon-ardent-total");
  CHECK(month.verdict == "supported");
}

TEST_CASE("fixtures: a pronoun binds to the entity of the sentence before", "[fixtures][match]") {
  const Seen object =
      only(chips(), "Ardent Foundry broke ground on a second fab. Quillon has poured $2.4 billion into it.");
  CHECK(object.fact == "quillon-ardent-total");
  CHECK(object.verdict == "supported");
  const Seen subject = only(
      chips(), "Quillon Semiconductor designs chips for phones. It has poured $2.4 billion into Ardent.");
  CHECK(subject.fact == "quillon-ardent-total");
  CHECK(subject.verdict == "supported");
  // With no sentence before, "it" names nobody.
  const Seen alone = only(chips(), "Quillon has poured $2.4 billion into it.");
  CHECK(alone.fact.empty());
  CHECK(alone.verdict == "unverified");
}

TEST_CASE("fixtures: a figure in another currency stays unverified and says why", "[fixtures][match]") {
  for (const char* sign : {"€", "£", "¥"}) {
    const Seen s = only(chips(), std::string("Quillon has invested ") + sign + "2.4 billion in Ardent.");
    CHECK(s.verdict == "unverified");
    CHECK(s.fact.empty());
  }
  CHECK(only(chips(), "Quillon has invested €2.4 billion in Ardent.").explanation ==
        "Not checked: the fact base records this in USD ($2.4 billion, Silicon Ledger, 2025-03-04) and does "
        "not convert EUR figures.");
  // Dollars in other words are still dollars; a scaled figure with no currency takes the fact's.
  for (const char* figure : {"US$2.4 billion", "$2.4bn", "2.4 billion dollars", "2.4 billion"}) {
    const Seen s = only(chips(), std::string("Quillon has invested ") + figure + " in Ardent.");
    CHECK(s.text == figure);
    CHECK(s.verdict == "supported");
  }
}

TEST_CASE("fixtures: hedges decide at the edges of an exact count", "[fixtures][match][tolerance]") {
  // The ground holds exactly 42,000 seats; a figure written in digits is exact to the unit.
  CHECK(seats("42,000") == "supported");
  CHECK(seats("42,001") == "contradicted");
  CHECK(seats("nearly 42,000") == "supported");
  CHECK(seats("nearly 46,000") == "supported");     // admits 41,400 to 46,000
  CHECK(seats("nearly 47,000") == "contradicted");  // 42,300 at the least
  CHECK(seats("more than 41,000") == "supported");
  CHECK(seats("more than 42,000") == "contradicted");  // more than is strictly more
  CHECK(seats("at least 42,000") == "supported");
  CHECK(seats("less than 42,000") == "contradicted");
  CHECK(seats("up to 42,000") == "supported");
  CHECK(seats("up to 41,000") == "contradicted");
  CHECK(seats("about 39,000") == "supported");     // 10% either way: up to 42,900
  CHECK(seats("about 37,000") == "contradicted");  // up to 40,700
  CHECK(seats("tens of thousands of") == "supported");
  CHECK(seats("hundreds of thousands of") == "contradicted");
  CHECK(seats("between 40,000 and 45,000") == "supported");
  CHECK(seats("between 43,000 and 45,000") == "contradicted");
  CHECK(seats("40,000-42,000") == "supported");
}

TEST_CASE("fixtures: a hedged fact admits what its hedge does", "[fixtures][match][tolerance]") {
  // "nearly £90 million" admits £81 million to £90 million.
  CHECK(fee("nearly £90 million") == "supported");
  CHECK(fee("£90 million") == "supported");
  CHECK(fee("£85 million") == "supported");
  CHECK(fee("£91 million") == "contradicted");
  CHECK(fee("£80 million") == "contradicted");
  CHECK(fee("more than £90 million") == "contradicted");
  CHECK(fee("at least £89 million") == "supported");
  CHECK(fee("up to £80 million") == "contradicted");
  // Two hedges meet only at their edges: "roughly £75 million" admits up to £83 million, but a reader
  // hears £75 million against nearly £90 million. One's own figure must lie in what the other admits.
  CHECK(fee("roughly £75 million") == "contradicted");
  CHECK(fee("roughly £83 million") == "supported");
  CHECK(fee("about £95 million") == "supported");  // £90 million lies within about £95 million
  CHECK(fee("tens of millions of pounds") == "supported");
  CHECK(fee("hundreds of millions of pounds") == "contradicted");
}

TEST_CASE("fixtures: a fact's own precision widens what it admits", "[fixtures][match][tolerance]") {
  // 11.4 km to the nearest 100 metres: 11.35 to 11.45 km.
  const auto pipeline = [](const std::string& figure) {
    return only(chips(), "Ardent's water pipeline is " + figure + " long.").verdict;
  };
  CHECK(pipeline("11.4 km") == "supported");
  CHECK(pipeline("11.38 km") == "supported");
  CHECK(pipeline("11.45 km") == "supported");
  CHECK(pipeline("11.6 km") == "contradicted");
  CHECK(pipeline("about 12 km") == "supported");
  // Another unit of length is converted first: 11.4 miles is 18.3 km, 7.1 miles is 11.43 km.
  CHECK(pipeline("11.4 miles") == "contradicted");
  CHECK(pipeline("7.1 miles") == "supported");
}

TEST_CASE("fixtures: the next figure at the fact's own precision is another figure",
          "[fixtures][match][tolerance][!mayfail]") {
  // "11.5 km" is stated to the 100 metres as well, and 11.5 is not 11.4. But the two rounding intervals,
  // [11.45, 11.55] and [11.35, 11.45], share their end point 11.45, and today that overlap supports it.
  CHECK(only(chips(), "Ardent's water pipeline is 11.5 km long.").verdict == "contradicted");
}

TEST_CASE("fixtures: a range that misses names the range, not its midpoint", "[fixtures][match][!mayfail]") {
  // Today: "…; 43,000 and 45,000 seats is about 4.8% higher.": the range loses its "between" and is
  // measured from its midpoint, 44,000, as if it were one figure.
  CHECK(only(club(), "Harrowgate Rovers' ground holds between 43,000 and 45,000 seats.").explanation ==
        "The fact base says 42,000 seats (Harrowgate Chronicle, 2025-08-02), not between 43,000 and 45,000 "
        "seats.");
}

TEST_CASE("fixtures: explanations of figures, word for word", "[fixtures][match][explain]") {
  // Supported, as the fact base words it.
  CHECK(only(club(), "Rovers paid a record fee of nearly £90 million.").explanation ==
        "Matches the fact base: nearly £90 million (Harrowgate Chronicle, 2025-08-02).");
  // Supported by a figure the fact's interval admits.
  CHECK(only(club(), "Rovers paid a record fee of £85 million.").explanation ==
        "The fact base says nearly £90 million (Harrowgate Chronicle, 2025-08-02); £85 million is consistent "
        "with it.");
  CHECK(
      only(club(), "Harrowgate Rovers' ground holds about 39,000 seats.").explanation ==
      "The fact base says 42,000 seats (Harrowgate Chronicle, 2025-08-02); about 39,000 seats is consistent "
      "with it.");
  // Contradicted, with how far off.
  CHECK(only(club(), "Rovers paid a record fee of £80 million.").explanation ==
        "The fact base says nearly £90 million (Harrowgate Chronicle, 2025-08-02); £80 million is about 11% "
        "lower.");
  CHECK(only(chips(), "Ardent will produce 420,000 wafers a month.").explanation ==
        "The fact base says 42,000 wafers (Silicon Ledger, 2025-03-04); 420,000 wafers is about 10 times as "
        "much.");
  // Contradicted where a percentage would say nothing: a hedge that misses by a hair, an order of magnitude.
  CHECK(only(club(), "Harrowgate Rovers' ground holds more than 42,000 seats.").explanation ==
        "The fact base says 42,000 seats (Harrowgate Chronicle, 2025-08-02), not more than 42,000 seats.");
  CHECK(
      only(club(), "Rovers paid a record fee of hundreds of millions of pounds.").explanation ==
      "The fact base says nearly £90 million (Harrowgate Chronicle, 2025-08-02), not hundreds of millions of "
      "pounds.");
  // Unverified: the sentence names someone the base knows, or no one.
  CHECK(only(chips(), "Quillon, a partner of Ardent, will invest $800 million in Vantor.").explanation ==
        "Not in the fact base: it has no fact on Quillon Semiconductor or Ardent Foundry that covers $800 "
        "million.");
  CHECK(only(chips(), "Vantor spent about $4 billion on a plant.").explanation ==
        "Not in the fact base: the sentence names no one it has facts on, so about $4 billion cannot be "
        "checked.");
}

TEST_CASE("fixtures: two sibling figures in a sentence not in English are not told apart",
          "[fixtures][match]") {
  // Swapped: the first stake was $500 million and the round share $300 million. Only the French words say
  // which is which, and they are not read.
  const auto french = check(chips(),
                            "Quillon a investi 300 millions de dollars dans Ardent lors de sa première "
                            "prise de participation, et 500 millions de dollars pour le tour de table.");
  REQUIRE(french.size() == 2);
  for (const auto& s : french) {
    CHECK(s.verdict == "unverified");
    CHECK(s.explanation.find("which figure is which cannot be read") != std::string::npos);
  }
  // In English the cue words bind each figure to its own fact.
  const auto english = check(chips(),
                             "Quillon first invested $500 million in Ardent, and then $300 million in "
                             "the funding round.");
  REQUIRE(english.size() == 2);
  CHECK(english[0].fact == "quillon-ardent-first-stake");
  CHECK(english[0].verdict == "supported");
  CHECK(english[1].fact == "quillon-ardent-round-share");
  CHECK(english[1].verdict == "supported");
}
