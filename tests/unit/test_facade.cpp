// The wasm facade, natively: JSON in and out, UTF-16 offsets, failures as values, never exceptions.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "facade.hpp"

using factcheck::api::Session;
using json = nlohmann::json;

namespace {

const char* kSmall = R"({"name": "Quay notes", "version": "0.2.0",
  "sources": [{"id": "q", "publisher": "Quay Weekly", "date": "2026-02-01"}],
  "entities": [{"id": "brightwater", "name": "Brightwater Ports"}],
  "predicates": [{"id": "cranes", "value": "count", "cues": ["crane"]}],
  "facts": [{"id": "brightwater-cranes", "subject": "brightwater", "predicate": "cranes", "source": "q",
             "value": {"amount": 12, "unit": "cranes"}}]})";

}  // namespace

TEST_CASE("the facade reports offsets as JavaScript string indices", "[facade]") {
  const Session s;
  // "🚀" is 4 UTF-8 bytes and 2 UTF-16 units; "é" 2 bytes and 1 unit; the NBSP 2 bytes and 1 unit.
  const std::string text = "🚀 Café note: Microsoft has invested nearly $14\u00a0billion in OpenAI.";
  const json r = json::parse(s.check(text));
  REQUIRE(r["claims"].size() == 1);
  const json& c = r["claims"][0];
  CHECK(c["text"] == "$14\u00a0billion");
  const std::size_t byte = text.find("$14");
  CHECK(c["start"] == byte - 2 - 1);  // two units fewer for the rocket, one for the é
  CHECK(c["end"].get<std::size_t>() - c["start"].get<std::size_t>() == 11);  // "$14", NBSP, "billion"
}

TEST_CASE("bad facts come back as a value with every problem, and the session keeps its facts", "[facade]") {
  Session s;
  const json bad =
      json::parse(s.load_facts(R"({"name": "x", "version": "1", "facts": [{"id": "f"}]})", "replace"));
  CHECK(bad["ok"] == false);
  CHECK(bad["code"] == "factbase.missing_field");
  CHECK(bad["errors"].size() >= 3);
  CHECK(bad["errors"][0]["pointer"] == "/facts/0");
  for (const json& e : bad["errors"]) CHECK(e["code"].get<std::string>().rfind("factbase.", 0) == 0);
  CHECK(bad["errors"][0]["code"] == "factbase.missing_field");
  const json syntax = json::parse(s.load_facts("{\"name\": ", "replace"));
  CHECK(syntax["code"] == "factbase.json_syntax");
  CHECK(json::parse(s.load_facts(kSmall, "sideways"))["code"] == "api.bad_mode");
  CHECK(json::parse(s.factbase())["name"] == "Microsoft, OpenAI and Stargate");
  CHECK(json::parse(
            s.check("Microsoft has invested nearly $14 billion in OpenAI."))["summary"]["supported"] == 1);
}

TEST_CASE("facts merge onto the current base or replace it", "[facade]") {
  Session s;
  const json merged = json::parse(s.load_facts(kSmall, "merge"));
  REQUIRE(merged["ok"] == true);
  CHECK(merged["factbase"]["layers"].size() == 2);
  const std::string text =
      "Brightwater Ports runs 12 cranes. Microsoft has invested nearly $14 billion in OpenAI.";
  CHECK(json::parse(s.check(text))["summary"]["supported"] == 2);
  REQUIRE(json::parse(s.load_facts(kSmall, "replace"))["ok"] == true);
  const json info = json::parse(s.factbase());
  CHECK(info["facts"] == 1);
  CHECK(info["entities"] == 1);
  CHECK(json::parse(s.check(text))["summary"]["supported"] == 1);
}

TEST_CASE("sources: added, listed, checked against, removed; a refused one changes nothing",
          "[facade][sources]") {
  factcheck::api::Session s;
  const json added = json::parse(s.add_source("Harrow Foods plc employs 5,200 people in 41 shops.",
                                              R"({"name": "harrow.txt", "date": "2025-03-01"})"));
  REQUIRE(added["ok"] == true);
  CHECK(added["source"]["name"] == "harrow.txt");
  CHECK(added["source"]["facts"] == 2);
  const json report = json::parse(s.check("Harrow Foods employs 5,900 people."));
  REQUIRE(report["claims"].size() == 1);
  CHECK(report["claims"][0]["verdict"] == "contradicted");
  CHECK(report["claims"][0]["source"]["document"] == "harrow.txt");
  // Refused: the same name again, a bad date, a bad argument. The first source stays.
  CHECK(json::parse(s.add_source("x", R"({"name": "harrow.txt"})"))["code"] == "learn.duplicate_name");
  CHECK(json::parse(s.add_source("x", R"({"name": "b.txt", "date": "2025-13-01"})"))["code"] ==
        "learn.bad_date");
  CHECK(json::parse(s.add_source("x", R"({"date": "2025-01-01"})"))["code"] == "api.bad_argument");
  CHECK(json::parse(s.set_limits(R"({"maxSourcesBytes": 60})"))["ok"] == true);
  CHECK(json::parse(s.add_source(std::string(20, 'x'), R"({"name": "c.txt"})"))["code"] == "learn.too_large");
  const json listed = json::parse(s.sources());
  REQUIRE(listed["sources"].size() == 1);
  CHECK(listed["use"] == "sources");
  // Both: the bundled facts and the sources.
  CHECK(json::parse(s.use("both"))["use"] == "both");
  const json both = json::parse(
      s.check("Microsoft has invested nearly $14 billion in OpenAI. Harrow Foods employs 5,200 people."));
  REQUIRE(both["claims"].size() == 2);
  CHECK(both["claims"][0]["verdict"] == "supported");
  CHECK(both["claims"][1]["verdict"] == "supported");
  CHECK(json::parse(s.use("everything"))["code"] == "api.bad_argument");
  CHECK(json::parse(s.remove_source("nope.txt"))["code"] == "api.unknown_source");
  CHECK(json::parse(s.remove_source("harrow.txt"))["sources"].empty());
  CHECK(json::parse(s.check("Harrow Foods employs 5,900 people."))["claims"][0]["verdict"] == "unverified");
}
