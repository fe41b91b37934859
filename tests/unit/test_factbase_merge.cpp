// Stacking fact bases (--add-facts) and facts whose value changed over time.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checker.hpp"
#include "checking.hpp"
#include "report/json.hpp"

using namespace factcheck;
using factcheck::testing::only_claim;

namespace {

// A small invented base: a ferry operator's fleet and its fare, which went up.
const char* kFerries = R"({
  "name": "Islay ferries", "version": "2.0.0",
  "sources": [{"id": "gazette-2024", "publisher": "Island Gazette", "date": "2024-04-02"},
              {"id": "gazette-2026", "publisher": "Island Gazette", "date": "2026-03-10"}],
  "entities": [{"id": "tidewell", "name": "Tidewell Ferries", "aliases": ["Tidewell"]}],
  "predicates": [{"id": "fleet", "label": "fleet", "value": "count", "cues": ["fleet", "operate"]},
                 {"id": "fare", "label": "fare", "value": "money", "cues": ["fare", "ticket"]}],
  "facts": [
    {"id": "tidewell-fleet", "subject": "tidewell", "predicate": "fleet",
     "value": {"amount": 9, "unit": "ferries"}, "source": "gazette-2026"},
    {"id": "tidewell-fare", "subject": "tidewell", "predicate": "fare", "source": "gazette-2026",
     "values": [{"amount": 12, "unit": "GBP", "as_of": "2024-04", "source": "gazette-2024"},
                {"amount": 15.5, "unit": "GBP", "as_of": "2026-03"}]}
  ]})";

FactBase ferries() {
  std::vector<FactBaseError> errors;
  FactBase fb = FactBase::parse(kFerries, errors);
  for (const auto& e : errors) INFO(e.to_string());
  REQUIRE(errors.empty());
  return fb;
}

std::vector<std::string> merge_errors(FactBase& fb, const std::string& json) {
  std::vector<FactBaseError> errors;
  fb.merge(json, errors);
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.to_string());
  return out;
}

}  // namespace

TEST_CASE("a file merges onto the bundled base and both are checked", "[merge]") {
  FactBase fb = FactBase::bundled();
  const std::size_t bundled = fb.facts().size();
  CHECK(merge_errors(fb, kFerries).empty());
  CHECK(fb.facts().size() == bundled + 2);
  REQUIRE(fb.layers().size() == 2);
  CHECK(fb.layers()[0].checksum == FactBase::bundled().checksum());
  CHECK(fb.layers()[1].name == "Islay ferries");
  CHECK(fb.layers()[1].facts == 2);
  CHECK(fb.name() == FactBase::bundled().name());
  CHECK(fb.checksum() != FactBase::bundled().checksum());
  const Checker checker(std::move(fb));
  const Report r = checker.check(
      "Tidewell Ferries operates a fleet of 9 ferries. Microsoft has invested nearly $14 billion in OpenAI.");
  REQUIRE(r.claims.size() == 2);
  CHECK(r.claims[0].fact->id == "tidewell-fleet");
  CHECK(r.claims[1].fact->id == "microsoft-openai-total-investment");
  CHECK(r.supported == 2);
}

TEST_CASE("an id defined differently is a merge conflict and the base is left unchanged", "[merge]") {
  FactBase fb = ferries();
  const std::string checksum = fb.checksum();
  const auto errors = merge_errors(fb, R"({"name": "desk", "version": "1",
    "entities": [{"id": "tidewell", "name": "Tidewell Ferries Ltd"}, {"id": "harbour", "name": "Harbour Board"}],
    "facts": [{"id": "tidewell-fleet", "subject": "tidewell", "predicate": "fleet", "source": "gazette-2026",
               "value": {"amount": 10, "unit": "ferries"}}]})");
  CHECK(errors == std::vector<std::string>{
                      "[factbase.merge_conflict] /entities/0/id: entity id \"tidewell\" is already defined "
                      "differently by an earlier fact base",
                      "[factbase.merge_conflict] /facts/0/id: fact id \"tidewell-fleet\" is already defined "
                      "differently by an earlier fact base"});
  // Nothing of the failed file was kept: not even its harmless new entity.
  CHECK(fb.checksum() == checksum);
  CHECK(fb.layers().size() == 1);
  CHECK(fb.entity("harbour") == nullptr);
  CHECK(fb.fact("tidewell-fleet")->value.amount == 9);
}

TEST_CASE("an identical definition in a later file is accepted once", "[merge]") {
  FactBase fb = ferries();
  // Reformatted, keys in another order: the same content.
  CHECK(merge_errors(fb, R"({"version": "1", "name": "desk",
    "entities": [{"name": "Tidewell Ferries", "aliases": ["Tidewell"], "id": "tidewell"},
                 {"id": "quay", "name": "North Quay", "type": "place"}],
    "facts": []})")
            .empty());
  CHECK(fb.entities().size() == 2);
  CHECK(fb.layers().size() == 2);
}

TEST_CASE("aliases and duplicate ids are checked across files", "[merge]") {
  FactBase fb = ferries();
  CHECK(merge_errors(fb, R"({"name": "desk", "version": "1",
    "entities": [{"id": "tidewell-2", "name": "Tidewell Group", "aliases": ["Tidewell"]}],
    "facts": []})") ==
        std::vector<std::string>{"[factbase.shared_alias] /entities/0/aliases/0: \"Tidewell\" also "
                                 "names entity \"tidewell\""});
  // A file that refers to the base's entities is valid only on top of it.
  const std::string addon = R"({"name": "desk", "version": "1",
    "facts": [{"id": "tidewell-fleet-2027", "subject": "tidewell", "predicate": "fleet", "source": "gazette-2026",
               "value": {"amount": 11, "unit": "ferries"}}]})";
  std::vector<FactBaseError> alone;
  FactBase::parse(addon, alone);
  REQUIRE(alone.size() == 3);
  CHECK(alone[0].code == "factbase.unknown_entity");
  CHECK(merge_errors(fb, addon).empty());
}

TEST_CASE("checksums follow content, not layout", "[merge]") {
  std::vector<FactBaseError> errors;
  const FactBase a = FactBase::parse(R"({"name": "n", "version": "1", "facts": []})", errors);
  const FactBase b = FactBase::parse(
      "{\n  \"facts\": [],\n  \"version\": \"1\",\n  \"name\": \"n\",\n  \"$schema\": \"x.json\"\n}", errors);
  const FactBase c = FactBase::parse(R"({"name": "n", "version": "2", "facts": []})", errors);
  REQUIRE(errors.empty());
  CHECK(a.checksum() == b.checksum());
  CHECK(a.checksum() != c.checksum());
  CHECK(a.checksum().rfind("sha256:", 0) == 0);
}

TEST_CASE("an undated claim that fits only an earlier value is outdated", "[time]") {
  const Checker checker(ferries());
  const Report report_c = checker.check("A Tidewell ticket costs £12.");
  const Claim& c = only_claim(report_c);
  CHECK(to_string(c.verdict) == std::string("outdated"));
  REQUIRE(c.earlier);
  CHECK(c.earlier->amount == 12);
  CHECK(c.value->amount == 15.5);
  CHECK(c.explanation ==
        "£12 was the figure as of April 2024 (Island Gazette, 2024-04-02); the fact base's latest is £15.5 "
        "as of "
        "March 2026 (Island Gazette, 2026-03-10).");
  CHECK(report_c.outdated == 1);
  const auto json =
      nlohmann::json::parse(report_json(report_c, checker.facts(), "A Tidewell ticket costs £12."));
  CHECK(json["summary"]["outdated"] == 1);
  CHECK(json["claims"][0]["verdict"] == "outdated");
  CHECK(json["claims"][0]["earlier"]["value"] == 12);
  CHECK(json["claims"][0]["earlier"]["as_of"] == "2024-04");
  CHECK(json["claims"][0]["expected"]["as_of"] == "2026-03");
  CHECK(json["claims"][0]["source"]["date"] == "2026-03-10");
}

TEST_CASE("the current value supports, and a value no one had contradicts", "[time]") {
  const Checker checker(ferries());
  const Report report_now = checker.check("Tidewell’s fare is now £15.50.");
  const Claim& now = only_claim(report_now);
  CHECK(to_string(now.verdict) == std::string("supported"));
  CHECK(now.explanation.find("as of March 2026") != std::string::npos);
  const Report report_wrong = checker.check("Tidewell’s fare is £30.");
  const Claim& wrong = only_claim(report_wrong);
  CHECK(to_string(wrong.verdict) == std::string("contradicted"));
  CHECK(wrong.earlier == nullptr);
}

TEST_CASE("a date in the sentence binds the claim to the value that held then", "[time]") {
  const Checker checker(ferries());
  const Report report_then = checker.check("In 2025, a Tidewell ticket cost £12.");
  const Claim& then = only_claim(report_then);
  CHECK(to_string(then.verdict) == std::string("supported"));
  CHECK(then.value->amount == 12);
  CHECK(then.explanation.find("Island Gazette, 2024-04-02") != std::string::npos);
  const Report report_wrong = checker.check("In 2025, a Tidewell ticket cost £15.50.");
  const Claim& wrong = only_claim(report_wrong);
  CHECK(to_string(wrong.verdict) == std::string("contradicted"));
  CHECK(wrong.explanation.rfind("For 2025, the fact base says £12 as of April 2024", 0) == 0);
  const Report report_none = checker.check("In 2019, a Tidewell ticket cost £9.");
  const Claim& none = only_claim(report_none);
  CHECK(to_string(none.verdict) == std::string("unverified"));
  CHECK(none.value == nullptr);
  CHECK(none.explanation ==
        "Not in the fact base for 2019: its fare figures start with £12 as of April 2024 "
        "(Island Gazette, 2024-04-02).");
}

TEST_CASE("a cue phrase two stacked bases share finds the facts of either", "[merge]") {
  // The bundled base has "consortium" (joint venture) and "chair" (chairman) among its cues; so has this
  // invented one, for facts of its own.
  const char* rail = R"({
    "name": "Harrow rail", "version": "1.0.0",
    "sources": [{"id": "herald", "publisher": "Harrow Herald", "date": "2026-02-01"}],
    "entities": [{"id": "hrg", "name": "Harrow Rail Group", "type": "venture"},
                 {"id": "alder", "name": "Alder Works"}, {"id": "birch", "name": "Birch Signals"},
                 {"id": "quell", "name": "Mina Quell", "type": "person"},
                 {"id": "harrow-council", "name": "Harrow Council"}],
    "predicates": [{"id": "rail-consortium", "label": "consortium", "value": "members", "cues": ["consortium"]},
                   {"id": "council-chair", "label": "chair", "value": "role", "cues": ["chair"]}],
    "facts": [
      {"id": "hrg-members", "subject": "hrg", "predicate": "rail-consortium",
       "value": {"members": ["alder", "birch"]}, "source": "herald"},
      {"id": "council-chair", "subject": "harrow-council", "predicate": "council-chair",
       "value": {"entity": "quell"}, "source": "herald"}]})";
  FactBase fb = FactBase::bundled();
  REQUIRE(merge_errors(fb, rail).empty());
  const Checker checker(std::move(fb));
  const Report r = checker.check(
      "Harrow Rail Group is a consortium of Alder Works and Birch Signals. "
      "“We are ready,” said Harrow Council chair Mina Quell. "
      "Stargate is a consortium of OpenAI, SoftBank and Oracle.");
  REQUIRE(r.claims.size() == 3);
  CHECK(r.claims[0].fact->id == "hrg-members");
  CHECK(r.claims[0].verdict == Verdict::supported);
  CHECK(r.claims[1].fact->id == "council-chair");
  CHECK(r.claims[1].verdict == Verdict::supported);
  CHECK(r.claims[2].fact->subject == "stargate");
  CHECK(r.claims[2].verdict == Verdict::supported);
}
