#include <catch2/catch.hpp>

#include "facts/factbase.hpp"

using namespace factcheck;

namespace factcheck {
extern const std::string_view kBundledFacts;
}

namespace {

std::vector<FactBaseError> errors_of(const std::string& json) {
  std::vector<FactBaseError> errors;
  FactBase::parse(json, errors);
  return errors;
}

// A small valid base to break one field at a time.
std::string base(const std::string& facts, const std::string& extra_entities = "") {
  return R"({"name": "t", "version": "1",
    "sources": [{"id": "s", "publisher": "P", "date": "2024-05-01"}],
    "entities": [{"id": "acme", "name": "Acme", "aliases": ["the widget maker"]},
                 {"id": "bolt", "name": "Bolt"})" +
         extra_entities + R"(],
    "predicates": [{"id": "invest", "value": "money", "cues": ["invest"]},
                   {"id": "jv", "value": "members", "cues": ["joint venture"]}],
    "facts": [)" +
         facts + "]}";
}

}  // namespace

TEST_CASE("the bundled fact base is valid", "[factbase]") {
  std::vector<FactBaseError> errors;
  const FactBase fb = FactBase::parse(kBundledFacts, errors);
  for (const auto& e : errors) INFO(e.to_string());
  REQUIRE(errors.empty());
  CHECK(fb.facts().size() >= 15);
  CHECK(fb.checksum().rfind("sha256:", 0) == 0);
  CHECK(fb.checksum().size() == 7 + 64);
  CHECK(&FactBase::bundled() == &FactBase::bundled());
  CHECK(FactBase::bundled().facts().size() == fb.facts().size());
  const Fact* total = nullptr;
  for (const Fact& f : fb.facts())
    if (f.id == "microsoft-openai-total-investment") total = &f;
  REQUIRE(total);
  CHECK(total->value.unit == "USD");
  CHECK(total->value.comparator == Comparator::nearly);
  CHECK(total->value.interval.contains(13.5e9));
  CHECK_FALSE(total->value.interval.contains(14.5e9));
}

TEST_CASE("a valid small base loads with its index", "[factbase]") {
  std::vector<FactBaseError> errors;
  const FactBase fb =
      FactBase::parse(base(R"({"id": "f1", "subject": "acme", "predicate": "invest", "object": "bolt",
               "value": {"amount": 5e6, "unit": "EUR"}, "source": "s"})"),
                      errors);
  REQUIRE(errors.empty());
  CHECK(fb.facts_for("invest", "acme").size() == 1);
  CHECK(fb.facts_for("invest", "bolt").empty());
  CHECK(fb.facts_with("invest").size() == 1);
  CHECK(fb.entity("acme")->aliases.front() == "the widget maker");
}

TEST_CASE("every problem is reported with a stable code and a pointer", "[factbase]") {
  const auto errors = errors_of(base(
      R"({"id": "f1", "subject": "acme", "predicate": "invest", "object": "oracel",
          "value": {"amount": 5, "unit": "dollars"}, "source": "s"},
         {"id": "f1", "subject": "acme", "predicate": "invest", "value": {"amount": 5}, "source": "nope"},
         {"id": "f3", "subject": "acme", "predicate": "jv", "value": {"members": []}, "source": "s",
          "when": "2024-13"})",
      R"(, {"id": "acme2", "name": "ACME", "aliases": [" "]})"));
  std::vector<std::string> got;
  for (const auto& e : errors) got.push_back(e.to_string());
  CHECK(got ==
        std::vector<std::string>{
            "[factbase.empty_alias] /entities/2/aliases/0: is empty",
            "[factbase.shared_alias] /entities/2/name: \"ACME\" also names entity \"acme\"",
            "[factbase.unknown_entity] /facts/0/object: no entity \"oracel\"",
            "[factbase.unknown_currency] /facts/0/value/unit: \"dollars\" is not an ISO 4217 currency code",
            "[factbase.duplicate_id] /facts/1/id: fact id \"f1\" is used twice",
            "[factbase.unknown_source] /facts/1/source: no source \"nope\"",
            "[factbase.missing_unit] /facts/1/value: a money value needs a \"unit\"",
            "[factbase.bad_date] /facts/2/when: \"2024-13\" is not an ISO 8601 date (2025, 2025-01 or "
            "2025-01-23) or FYyyyy",
            "[factbase.empty_members] /facts/2/value/members: a relation needs members",
        });
}

TEST_CASE("malformed JSON is reported with line and column", "[factbase]") {
  const auto errors = errors_of("{\n  \"name\": \"t\",\n  \"version\": 1,,\n}");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "factbase.json_syntax");
  CHECK(errors[0].pointer == "line 3, column 16");
  CHECK(errors_of("")[0].code == "factbase.json_syntax");
  CHECK(errors_of("[]")[0].to_string() == "[factbase.wrong_type] /: a fact base must be a JSON object");
}

TEST_CASE("dates parse to spans of years", "[factbase]") {
  Interval i;
  REQUIRE(parse_date_span("2030", i));
  CHECK(i.low == 2030);
  CHECK(i.high == 2031);
  CHECK(i.high_open);
  REQUIRE(parse_date_span("2024-10", i));
  CHECK(i.contains(2024.8));
  REQUIRE(parse_date_span("FY2025", i));
  CHECK(i.contains(2024.6));
  CHECK_FALSE(i.contains(2025.6));
  CHECK_FALSE(parse_date_span("2025-02-30", i));
  CHECK_FALSE(parse_date_span("20x5", i));
  CHECK_FALSE(parse_date_span("2025-1", i));
  // Parts of a year: quarters, halves and seasons (winter runs into the next year).
  REQUIRE(parse_date_span("2025-Q3", i));
  CHECK(i.contains(2025.6));
  CHECK_FALSE(i.contains(2025.45));
  REQUIRE(parse_date_span("2026-H2", i));
  CHECK(i.low == Approx(2026.5).epsilon(0.01));
  REQUIRE(parse_date_span("2024-winter", i));
  CHECK(i.contains(2025.05));
  CHECK_FALSE(i.contains(2024.5));
  CHECK_FALSE(parse_date_span("2025-Q5", i));
  CHECK_FALSE(parse_date_span("2025-H3", i));
  CHECK_FALSE(parse_date_span("2025-monsoon", i));
}

TEST_CASE("value kind names read back as the kinds they name", "[factbase]") {
  for (ValueKind kind : {ValueKind::money, ValueKind::percent, ValueKind::count, ValueKind::measure,
                         ValueKind::date, ValueKind::members, ValueKind::role, ValueKind::rank}) {
    ValueKind read = kind == ValueKind::money ? ValueKind::rank : ValueKind::money;
    CHECK(parse_value_kind(kind_name(kind), read));
    CHECK(read == kind);
  }
  ValueKind untouched = ValueKind::date;
  CHECK_FALSE(parse_value_kind("Money", untouched));
  CHECK_FALSE(parse_value_kind("currency", untouched));
  CHECK_FALSE(parse_value_kind("", untouched));
  CHECK(untouched == ValueKind::date);
}
