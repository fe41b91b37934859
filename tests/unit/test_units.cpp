// The unit table and conversion (core/model/units.hpp), and that fact bases and their schema use it.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "checking.hpp"
#include "model/units.hpp"
#include "quantities/quantities.hpp"

using factcheck::convert;
using factcheck::find_unit;
using factcheck::Interval;

TEST_CASE("units: codes and other spellings name one unit", "[units]") {
  REQUIRE(find_unit("km") != nullptr);
  CHECK(find_unit("m2") == find_unit("m\u00b2"));
  CHECK(find_unit("sq ft") == find_unit("ft\u00b2"));
  CHECK(find_unit("Nm") != find_unit("nm"));  // newton metres are not nanometres
  CHECK(find_unit("furlong") == nullptr);
  CHECK(factcheck::is_measure_unit("\u00b0C"));
  CHECK_FALSE(factcheck::is_measure_unit("pp"));  // percentage points are a percent's unit
  CHECK_FALSE(factcheck::is_measure_unit("USD"));
}

TEST_CASE("units: conversion within a dimension, never across", "[units]") {
  CHECK(*convert(10, "mi", "km") == Approx(16.09344));
  CHECK(*convert(6.2, "mi", "km") == Approx(9.978).epsilon(1e-3));
  CHECK(*convert(1, "ton", "t") == Approx(0.90718474));
  CHECK(*convert(100, "\u00b0C", "\u00b0F") == Approx(212));
  CHECK(*convert(-40, "\u00b0F", "\u00b0C") == Approx(-40));
  CHECK(*convert(0, "\u00b0C", "K") == Approx(273.15));
  CHECK(*convert(50, "bp", "pp") == Approx(0.5));
  CHECK(*convert(2, "yr", "mo") == Approx(24));
  CHECK(*convert(1, "km\u00b2", "ha") == Approx(100));
  CHECK_FALSE(convert(1, "km", "kg"));
  CHECK_FALSE(convert(1, "USD", "EUR"));  // no exchange rates
  const auto iv = convert(Interval{6.15, 6.25, false, false}, "mi", "km");
  REQUIRE(iv);
  CHECK(iv->low == Approx(9.8975).epsilon(1e-4));
  CHECK(iv->high == Approx(10.0584).epsilon(1e-4));
  const auto open = convert(Interval{5, std::numeric_limits<double>::infinity(), true, false}, "mi", "km");
  CHECK(open->low_open);
  CHECK(open->high == std::numeric_limits<double>::infinity());
}

TEST_CASE("units: a mention converts with its step and its range", "[units]") {
  const std::string text = "The route is 10 to 12 miles long; it was 68\u00b0F.";
  const auto ms = factcheck::extract_quantities(text, factcheck::tokenize(text));
  REQUIRE(ms.size() == 2);
  const auto km = factcheck::in_unit(ms[0], "km");
  REQUIRE(km);
  CHECK(km->range_low == Approx(16.09344));
  CHECK(km->range_high == Approx(19.312128));
  CHECK(km->unit == "km");
  const auto c = factcheck::in_unit(ms[1], "\u00b0C");
  REQUIRE(c);
  CHECK(c->value == Approx(20));
  CHECK(c->step == Approx(5.0 / 9));  // a difference: the offset cancels
  CHECK_FALSE(factcheck::in_unit(ms[0], "kg"));
  CHECK_FALSE(factcheck::in_unit(ms[0], "mi"));  // already in it
}

TEST_CASE("units: the extractor's codes are all in the table", "[units]") {
  const std::string text =
      "330 metres, 1.2 gigawatts, 180ml, 2,000 square feet, 6.2 miles, 4 acres, 5 hectares, 10 tonnes, 3 "
      "tons, "
      "12 stone, 40 mph, 12km/h, 5 knots, 20\u00b0C, 70 degrees Fahrenheit, 2.7 K, 5 kWh, 300 hp, 329PS, "
      "1,000Nm, "
      "7,000rpm, 36psi, 34.4mpg, 186g/km, 897 millibars, 80,360 MeV, 250 kcal, 107 micrograms, 4.2 "
      "light-years, "
      "2 TB, 3 tbsp, 1 cup, 14.1 cubic feet, 2 pints, 5 gallons, 100 barrels, two hours, 3 weeks, 4 decades.";
  for (const auto& m : factcheck::extract_quantities(text, factcheck::tokenize(text))) {
    INFO(text.substr(m.start, m.end - m.start) << " -> " << m.unit);
    CHECK(find_unit(m.unit) != nullptr);
  }
}

TEST_CASE("units: the fact-base schema lists the units the validator accepts", "[units][factbase]") {
  std::ifstream in(std::string(FACTCHECK_SOURCE_DIR) + "/core/facts/factbase.schema.json");
  REQUIRE(in);
  const auto schema = nlohmann::json::parse(in);
  std::set<std::string> listed;
  for (const auto& u : schema["$defs"]["measureUnit"]["enum"]) listed.insert(u.get<std::string>());
  std::set<std::string> accepted;
  for (auto name : factcheck::measure_unit_names()) accepted.insert(std::string(name));
  CHECK(listed == accepted);
}

TEST_CASE("units: a figure in another unit is judged in the fact's, and both are worded", "[units][match]") {
  using factcheck::testing::only;
  static const factcheck::Checker checker(factcheck::testing::fixture(R"json({
    "name": "Harbour Run (invented)", "version": "1.0.0",
    "sources": [{"id": "courier", "publisher": "Castlemere Courier", "date": "2025-05-14"}],
    "entities": [{"id": "run", "name": "Harbour Run", "type": "other"}],
    "predicates": [{"id": "distance", "value": "measure", "cues": ["course", "long"]},
                   {"id": "prize", "value": "money", "cues": ["prize"]}],
    "facts": [{"id": "run-distance", "subject": "run", "predicate": "distance",
               "value": {"amount": 10, "unit": "km"}, "source": "courier"},
              {"id": "run-prize", "subject": "run", "predicate": "prize",
               "value": {"amount": 5000, "unit": "GBP"}, "source": "courier"}]})json"));
  const auto near = only(checker, "The Harbour Run course is 6.2 miles long.");
  CHECK(near.verdict == "supported");
  CHECK(near.explanation ==
        "The fact base says 10 km (Castlemere Courier, 2025-05-14); 6.2 miles (9.98 km) is consistent with "
        "it.");
  const auto far = only(checker, "The Harbour Run course is 10 miles long.");
  CHECK(far.verdict == "contradicted");
  CHECK(far.explanation ==
        "The fact base says 10 km (Castlemere Courier, 2025-05-14); 10 miles (16.1 km) is about 61% higher.");
  CHECK(only(checker, "The Harbour Run course is 10 kg long.").verdict == "unverified");  // not a length
  // Currencies are never converted: there are no exchange rates offline.
  const auto dollars = only(checker, "The Harbour Run prize is $6,000.");
  CHECK(dollars.verdict == "unverified");
  CHECK(dollars.explanation.find("does not convert USD figures") != std::string::npos);
}
