// One case per fact-base error code: each asserts the code and the JSON pointer it is reported at.
#include <catch2/catch.hpp>

#include "facts/factbase.hpp"

using namespace factcheck;

namespace {

// A small valid base, as one JSON text with a hole for each part a case breaks.
struct Parts {
  std::string top = R"("name": "Harbour notes", "version": "1.0.0")";
  std::string sources = R"({"id": "gazette", "publisher": "The Harbour Gazette", "date": "2026-03-02"})";
  std::string entities = R"({"id": "port", "name": "Port of Lindqvist", "aliases": ["the port"]},
      {"id": "marta", "name": "Marta Okafor", "type": "person"},
      {"id": "tugco", "name": "Tugco"})";
  std::string predicates = R"({"id": "budget", "value": "money", "cues": ["budget"]},
      {"id": "share", "value": "percent", "cues": ["share"]},
      {"id": "length", "value": "measure", "cues": ["long"]},
      {"id": "opens", "value": "date", "cues": ["open"]},
      {"id": "owners", "value": "members", "cues": ["owned by"]},
      {"id": "chair", "value": "role", "cues": ["chair"]},
      {"id": "ranked", "value": "rank", "cues": ["operator"]})";
  std::string facts = R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette",
      "value": {"amount": 4.5e8, "unit": "EUR"}})";

  std::string json() const {
    return "{" + top + R"(, "sources": [)" + sources + R"(], "entities": [)" + entities +
           R"(], "predicates": [)" + predicates + R"(], "facts": [)" + facts + "]}";
  }
};

// "code at pointer" for every problem in `json`.
std::vector<std::string> problems(const std::string& json) {
  std::vector<FactBaseError> errors;
  FactBase::parse(json, errors);
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.code + " at " + e.pointer);
  return out;
}

// Writes the expected pairs in the same form.
std::vector<std::string> Problems(std::initializer_list<std::pair<const char*, const char*>> pairs) {
  std::vector<std::string> out;
  for (const auto& [code, pointer] : pairs) out.push_back(std::string(code) + " at " + pointer);
  return out;
}

// A base whose only fact is `fact`.
std::string with_fact(const std::string& fact) {
  Parts p;
  p.facts = fact;
  return p.json();
}

}  // namespace

TEST_CASE("the sample base used by the error-code cases is valid", "[factbase][codes]") {
  CHECK(problems(Parts{}.json()).empty());
}

// The column is where the parser stopped: the end of the token it could not accept.
TEST_CASE("json_syntax gives line and column", "[factbase][codes]") {
  CHECK(problems("{\n  \"name\": \"x\"\n  \"version\": \"1\"\n}") ==
        Problems({{"factbase.json_syntax", "line 3, column 11"}}));
  CHECK(problems("{\"name\": \"caf\xC3") == Problems({{"factbase.json_syntax", "line 1, column 15"}}));
}

TEST_CASE("wrong_type, missing_field, empty_field and unknown_field", "[factbase][codes]") {
  CHECK(problems("[1]") == Problems({{"factbase.wrong_type", ""}}));
  Parts p;
  p.top = R"("name": "", "version": 3, "entites": [])";
  CHECK(problems(p.json()) == Problems({{"factbase.unknown_field", "/entites"},
                                        {"factbase.empty_field", "/name"},
                                        {"factbase.wrong_type", "/version"}}));
  CHECK(problems(R"({"name": "n", "version": "1"})") == Problems({{"factbase.missing_field", ""}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette",
      "value": {"amount": 4.5e8, "unit": "EUR", "comparater": "nearly"}})")) ==
        Problems({{"factbase.unknown_field", "/facts/0/value/comparater"}}));
  // A field of another kind of value is unknown here: a budget has no members.
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette",
      "value": {"amount": 4.5e8, "unit": "EUR", "members": ["tugco"]}})")) ==
        Problems({{"factbase.unknown_field", "/facts/0/value/members"}}));
  CHECK(
      problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette"})")) ==
      Problems({{"factbase.missing_field", "/facts/0"}}));
}

TEST_CASE("empty_alias and shared_alias", "[factbase][codes]") {
  Parts p;
  p.entities += R"(, {"id": "harbour", "name": "Harbour Board", "aliases": ["", "The Port"]})";
  CHECK(problems(p.json()) == Problems({{"factbase.empty_alias", "/entities/3/aliases/0"},
                                        {"factbase.shared_alias", "/entities/3/aliases/1"}}));
}

TEST_CASE("duplicate_id in sources, entities, predicates and facts", "[factbase][codes]") {
  Parts p;
  p.sources += R"(, {"id": "gazette", "publisher": "Other", "date": "2026"})";
  p.entities += R"(, {"id": "tugco", "name": "Tugco Holdings"})";
  p.predicates += R"(, {"id": "share", "value": "percent", "cues": ["stake"]})";
  p.facts += R"(, {"id": "f", "subject": "port", "predicate": "budget", "source": "gazette",
      "value": {"amount": 5e8, "unit": "EUR"}})";
  CHECK(problems(p.json()) == Problems({{"factbase.duplicate_id", "/sources/1/id"},
                                        {"factbase.duplicate_id", "/entities/3/id"},
                                        {"factbase.duplicate_id", "/predicates/7/id"},
                                        {"factbase.duplicate_id", "/facts/1/id"}}));
}

TEST_CASE("unknown references: entity, predicate, source", "[factbase][codes]") {
  CHECK(problems(with_fact(R"({"id": "f", "subject": "portt", "object": "tug", "predicate": "budgets",
      "source": "gazete", "value": {"amount": 1, "unit": "EUR"}})")) ==
        Problems({{"factbase.unknown_entity", "/facts/0/subject"},
                  {"factbase.unknown_entity", "/facts/0/object"},
                  {"factbase.unknown_predicate", "/facts/0/predicate"},
                  {"factbase.unknown_source", "/facts/0/source"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "owners", "source": "gazette",
      "value": {"members": ["tugco", "nobody"]}})")) ==
        Problems({{"factbase.unknown_entity", "/facts/0/value/members/1"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "chair", "source": "gazette",
      "value": {"entity": "marta", "source": "wire"}})")) ==
        Problems({{"factbase.unknown_source", "/facts/0/value/source"}}));
}

TEST_CASE("predicate codes: unknown_value_kind and missing_cues", "[factbase][codes]") {
  Parts p;
  p.predicates += R"(, {"id": "speed", "value": "velocity", "cues": ["fast"]}, {"id": "x", "value": "count"},
      {"id": "y", "value": "count", "cues": []})";
  CHECK(problems(p.json()) == Problems({{"factbase.unknown_value_kind", "/predicates/7/value"},
                                        {"factbase.missing_cues", "/predicates/8"},
                                        {"factbase.missing_cues", "/predicates/9/cues"}}));
}

TEST_CASE("unknown_entity_type", "[factbase][codes]") {
  Parts p;
  p.entities += R"(, {"id": "gull", "name": "Gull", "type": "bird"})";
  CHECK(problems(p.json()) == Problems({{"factbase.unknown_entity_type", "/entities/3/type"}}));
}

TEST_CASE("value codes: comparator, units, currencies and numbers", "[factbase][codes]") {
  auto budget = [](const std::string& value) {
    return with_fact(
        R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette", "value": )" + value +
        "}");
  };
  CHECK(problems(budget(R"({"amount": 1, "unit": "EUR", "comparator": "roughly"})")) ==
        Problems({{"factbase.unknown_comparator", "/facts/0/value/comparator"}}));
  CHECK(problems(budget(R"({"amount": 1})")) == Problems({{"factbase.missing_unit", "/facts/0/value"}}));
  CHECK(problems(budget(R"({"amount": 1, "unit": ""})")) ==
        Problems({{"factbase.missing_unit", "/facts/0/value/unit"}}));
  CHECK(problems(budget(R"({"amount": 1, "unit": "US$"})")) ==
        Problems({{"factbase.unknown_currency", "/facts/0/value/unit"}}));
  CHECK(problems(budget(R"({"amount": 1, "unit": "EUX"})")) ==
        Problems({{"factbase.unknown_currency", "/facts/0/value/unit"}}));
  CHECK(problems(budget(R"({"amount": 1, "unit": "EUR", "step": 0})")) ==
        Problems({{"factbase.bad_number", "/facts/0/value/step"}}));
  CHECK(problems(budget(R"({"amount": "1", "unit": "EUR"})")) ==
        Problems({{"factbase.wrong_type", "/facts/0/value/amount"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "share", "source": "gazette",
      "value": {"amount": 12, "unit": "percent"}})")) ==
        Problems({{"factbase.unknown_unit", "/facts/0/value/unit"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "length", "source": "gazette",
      "value": {"amount": 12, "unit": "furlongs"}})")) ==
        Problems({{"factbase.unknown_unit", "/facts/0/value/unit"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "length", "source": "gazette",
      "value": {"amount": 12, "unit": "km"}})"))
            .empty());
}

TEST_CASE("bad_date in sources, events, values and periods", "[factbase][codes]") {
  Parts p;
  p.sources = R"({"id": "gazette", "publisher": "The Harbour Gazette", "date": "2 March 2026"})";
  p.facts = R"({"id": "f", "subject": "port", "predicate": "opens", "source": "gazette", "when": "2026-02-30",
      "value": {"date": "2027-13", "valid_from": "soon"}})";
  CHECK(problems(p.json()) == Problems({{"factbase.bad_date", "/sources/0/date"},
                                        {"factbase.bad_date", "/facts/0/when"},
                                        {"factbase.bad_date", "/facts/0/value/valid_from"},
                                        {"factbase.bad_date", "/facts/0/value/date"}}));
}

TEST_CASE("a source needs a publisher and a date, and a web address", "[factbase][codes]") {
  Parts p;
  p.sources =
      R"({"id": "gazette", "publisher": "The Harbour Gazette", "date": "2026", "url": "gazette.example/x"},
      {"id": "wire"})";
  CHECK(problems(p.json()) == Problems({{"factbase.bad_url", "/sources/0/url"},
                                        {"factbase.missing_field", "/sources/1"},
                                        {"factbase.missing_field", "/sources/1"}}));
}

TEST_CASE("relation codes: empty_members and bad_rank", "[factbase][codes]") {
  CHECK(problems(with_fact(R"({"id": "f", "subject": "port", "predicate": "owners", "source": "gazette",
      "value": {"members": []}})")) == Problems({{"factbase.empty_members", "/facts/0/value/members"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "tugco", "object": "port", "predicate": "ranked",
      "source": "gazette", "value": {"rank": 0}})")) ==
        Problems({{"factbase.bad_rank", "/facts/0/value/rank"}}));
  CHECK(problems(with_fact(R"({"id": "f", "subject": "tugco", "object": "port", "predicate": "ranked",
      "source": "gazette", "value": {"rank": 1.5}})")) ==
        Problems({{"factbase.bad_rank", "/facts/0/value/rank"}}));
}

TEST_CASE("time-series codes: conflicting_fields, undated_value, overlapping_values, bad_period",
          "[factbase][codes]") {
  auto budget = [](const std::string& rest) {
    return with_fact(R"({"id": "f", "subject": "port", "predicate": "budget", "source": "gazette", )" + rest +
                     "}");
  };
  CHECK(problems(budget(R"("value": {"amount": 1, "unit": "EUR"}, "values": [])")) ==
        Problems({{"factbase.conflicting_fields", "/facts/0/values"}}));
  CHECK(
      problems(budget(R"("value": {"amount": 1, "unit": "EUR", "as_of": "2025", "valid_until": "2026"})")) ==
      Problems({{"factbase.conflicting_fields", "/facts/0/value/as_of"}}));
  CHECK(problems(budget(
            R"("values": [{"amount": 1, "unit": "EUR", "as_of": "2025"}, {"amount": 2, "unit": "EUR"}])")) ==
        Problems({{"factbase.undated_value", "/facts/0/values/1"}}));
  CHECK(problems(
            budget(R"("values": [{"amount": 1, "unit": "EUR", "valid_from": "2024", "valid_until": "2025-06"},
      {"amount": 2, "unit": "EUR", "as_of": "2025-03"}])")) ==
        Problems({{"factbase.overlapping_values", "/facts/0/values/1"}}));
  CHECK(problems(
            budget(R"("values": [{"amount": 1, "unit": "EUR", "as_of": "2025"}, {"amount": 2, "unit": "EUR",
      "as_of": "2025"}])")) == Problems({{"factbase.overlapping_values", "/facts/0/values/1"}}));
  CHECK(problems(budget(
            R"("value": {"amount": 1, "unit": "EUR", "valid_from": "2026", "valid_until": "2025"})")) ==
        Problems({{"factbase.bad_period", "/facts/0/value/valid_until"}}));
  CHECK(problems(budget(R"("values": [])")) == Problems({{"factbase.missing_field", "/facts/0/values"}}));
}

TEST_CASE("every problem in a file is reported, not just the first", "[factbase][codes]") {
  Parts p;
  p.entities += R"(, {"id": "gull", "name": "Gull", "type": "bird"})";
  p.facts = R"({"id": "f", "subject": "gul", "predicate": "budget", "source": "gazette",
      "value": {"amount": 1, "unit": "usd"}})";
  CHECK(problems(p.json()) == Problems({{"factbase.unknown_entity_type", "/entities/3/type"},
                                        {"factbase.unknown_entity", "/facts/0/subject"},
                                        {"factbase.unknown_currency", "/facts/0/value/unit"}}));
}
