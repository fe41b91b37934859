// Hostile and bad input: every case ends with a result or a clear error (a stable code and where),
// never a crash. The multi-megabyte cases run against the release CLI (tests/cli/test_hostile.sh) and the
// wasm module (tests/js/hostile.test.mjs); here each case is sized for the sanitizer build too.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checker.hpp"
#include "facade.hpp"
#include "report/json.hpp"

using namespace factcheck;
using json = nlohmann::json;

namespace {

const char* kClaim = "Microsoft has invested nearly $14 billion in OpenAI.";

const Checker& bundled() {
  static const Checker checker;
  return checker;
}

// The report of `text` as parsed JSON; fails the test when the JSON is not well-formed (nlohmann refuses
// invalid UTF-8 too).
json report_of(const std::string& text) {
  const std::string out = report_json(bundled().check(text), bundled().facts(), text, -1);
  REQUIRE(json::accept(out));
  return json::parse(out);
}

std::string repeat(const std::string& s, std::size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += s;
  return out;
}

std::vector<std::string> problems(const std::string& facts, std::size_t max_bytes = kDefaultMaxFactsBytes) {
  std::vector<FactBaseError> errors;
  FactBase::parse(facts, errors, max_bytes);
  std::vector<std::string> out;
  for (const FactBaseError& e : errors) out.push_back(e.code + " at " + e.pointer);
  return out;
}

}  // namespace

TEST_CASE("invalid UTF-8 and NUL bytes do not stop a check", "[hostile]") {
  const std::string bad =
      std::string("\xff\xfe\xc3 \xe2\x82 \xf0\x9f\x98 \xc0\xaf \xed\xa0\x80 ") + '\0' + " \x01 ";
  const std::string text = bad + kClaim + std::string(1, '\0') + bad;
  const json r = report_of(text);
  REQUIRE(r["claims"].size() == 1);
  CHECK(r["claims"][0]["verdict"] == "supported");
  CHECK(r["claims"][0]["start"] == text.find("$14"));
  // Extract and the facade (UTF-16 offsets) take the same bytes.
  const std::string extracted = quantities_json(extract_quantities(text, tokenize(text)), text, -1);
  REQUIRE(json::accept(extracted));
  CHECK(json::parse(extracted)["quantities"].size() == 1);
  const json facade = json::parse(api::Session().check(text));
  REQUIRE(facade["claims"].size() == 1);
  CHECK(facade["claims"][0]["text"] == "$14 billion");
}

TEST_CASE("a 100,000-digit number and 1e999 give a result, never infinity", "[hostile]") {
  const std::string digits(100000, '7');
  for (const std::string& text : std::vector<std::string>{
           "Microsoft has invested $" + digits + " billion in OpenAI.", "It counted " + digits + " people.",
           std::string("Microsoft has invested $1e999 in OpenAI."),
           std::string("Revenue rose 1e999% and ") + kClaim,
           "Microsoft has invested $0." + digits + " billion in OpenAI."}) {
    const json r = report_of(text);  // well-formed: no inf or nan in the numbers
    for (const json& c : r["claims"]) {
      for (const char* key : {"value", "low", "high"})
        CHECK((c["claimed"][key].is_null() || std::isfinite(c["claimed"][key].get<double>())));
    }
    const std::string extracted = quantities_json(extract_quantities(text, tokenize(text)), text, -1);
    CHECK(json::accept(extracted));
  }
  CHECK(report_of(std::string("Revenue rose 1e999% and ") + kClaim)["summary"]["supported"] == 1);
}

TEST_CASE("10,000 nested brackets are refused before parsing, with where", "[hostile]") {
  const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
  CHECK(problems(arrays) == std::vector<std::string>{"factbase.too_deep at line 1, column 65"});
  std::string objects = "{\"name\": \"x\",\n \"facts\": ";
  for (int i = 0; i < 10000; ++i) objects += "{\"a\": ";
  objects += "1" + std::string(10000, '}') + "}";
  CHECK(problems(objects) == std::vector<std::string>{"factbase.too_deep at line 2, column 389"});
  // Brackets inside strings do not count, escaped quotes included; 64 levels are allowed.
  const std::string in_strings =
      R"({"name": "[[[[\"{{{{", "version": ")" + std::string(200, '[') + R"(", "facts": []})";
  CHECK(problems(in_strings).empty());
  CHECK(problems(std::string(64, '[') + std::string(64, ']')) ==
        std::vector<std::string>{"factbase.wrong_type at "});
  CHECK(problems(std::string(65, '[') + std::string(65, ']')) ==
        std::vector<std::string>{"factbase.too_deep at line 1, column 65"});
}

TEST_CASE("a fact base over the size limit is refused with its size", "[hostile]") {
  const std::string padded = R"({"name": "x", "version": "1", "facts": []})" + std::string(2000, ' ');
  CHECK(problems(padded).empty());
  std::vector<FactBaseError> errors;
  FactBase::parse(padded, errors, 1000);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].to_string() ==
        "[factbase.too_large] /: the fact base is 2042 bytes; the limit is 1000 bytes");
  FactBase merged = FactBase::bundled();
  CHECK_FALSE(merged.merge(padded, errors, 1000));
  CHECK(merged.facts().size() == FactBase::bundled().facts().size());
}

TEST_CASE("pathological repetition ends with a plain result", "[hostile]") {
  CHECK(report_of(repeat("$", 100000))["claims"].empty());
  const json billions = report_of("It cost $5 " + repeat("billion ", 20000));
  REQUIRE(billions["claims"].size() == 1);
  CHECK(billions["claims"][0]["text"] == "$5 billion");
  CHECK(report_of(repeat("1,", 50000))["claims"].empty());
  CHECK(report_of(repeat("Microsoft ", 20000) + kClaim)["summary"]["supported"] == 1);
  const json many = report_of(repeat(std::string(kClaim) + " ", 2000));
  CHECK(many["summary"]["supported"] == 2000);
}

TEST_CASE("the facade refuses a text over its limit and stays usable", "[hostile][facade]") {
  api::Session s;
  const json limits = json::parse(s.set_limits(R"({"maxTextBytes": 100})"));
  REQUIRE(limits["ok"] == true);
  CHECK(limits["limits"]["maxTextBytes"] == 100);
  CHECK(limits["limits"]["maxFactsBytes"] == kDefaultMaxFactsBytes);
  const json refused = json::parse(s.check(std::string(101, 'x')));
  CHECK(refused["ok"] == false);
  CHECK(refused["code"] == "engine.text_too_large");
  CHECK(refused["message"] == "the text is 101 bytes; the limit is 100 bytes (maxTextBytes)");
  CHECK(json::parse(s.check(kClaim))["summary"]["supported"] == 1);
  // The default is 4 MiB: 10 MB of text is refused without being checked.
  const json ten = json::parse(api::Session().check(std::string(10 << 20, 'x')));
  CHECK(ten["code"] == "engine.text_too_large");
}

TEST_CASE("the facade refuses a fact base over its limit, and bad limits", "[hostile][facade]") {
  api::Session s;
  REQUIRE(json::parse(s.set_limits(R"({"maxFactsBytes": 50})"))["ok"] == true);
  const json refused = json::parse(
      s.load_facts(R"({"name": "x", "version": "1", "facts": []})" + std::string(20, ' '), "replace"));
  CHECK(refused["code"] == "factbase.too_large");
  CHECK(refused["errors"][0]["pointer"] == "");
  const json deep = json::parse(api::Session().load_facts(std::string(10000, '['), "merge"));
  CHECK(deep["code"] == "factbase.too_deep");
  CHECK(deep["errors"][0]["pointer"] == "line 1, column 65");
  for (const char* bad :
       {"[]", "{\"maxTextBytes\": 0}", "{\"maxTextBytes\": 1.5}", "{\"maxTextBytes\": \"9\"}",
        "{\"maxTextBytes\": 4294967296}", "{\"maxWords\": 9}", "{"}) {
    INFO(bad);
    CHECK(json::parse(s.set_limits(bad))["code"] == "api.bad_argument");
  }
  const json kept = json::parse(s.set_limits("{}"));
  CHECK(kept["limits"]["maxFactsBytes"] == 50);
  CHECK(kept["limits"]["maxTextBytes"] == 4 << 20);
  CHECK(json::parse(s.check(kClaim))["summary"]["supported"] == 1);
}
