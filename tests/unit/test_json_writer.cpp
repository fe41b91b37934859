#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "base/json_writer.hpp"
#include "checker.hpp"
#include "report/json.hpp"

using factcheck::JsonWriter;
using json = nlohmann::json;

TEST_CASE("the writer lays out JSON exactly as nlohmann/json dumps it", "[json]") {
  for (int indent : {-1, 2}) {
    JsonWriter w(indent);
    w.begin_object().field("a", 1).key("b").begin_array().end_array().key("c").begin_object().end_object();
    w.key("d").begin_array().string("x").number(2.5).null().end_array().field("e", "é \"q\" \\ \n\t\x01");
    w.end_object();
    const json expected = {{"a", 1},
                           {"b", json::array()},
                           {"c", json::object()},
                           {"d", {"x", 2.5, nullptr}},
                           {"e", "é \"q\" \\ \n\t\x01"}};
    CHECK(w.take() == expected.dump(indent));
  }
}

TEST_CASE("numbers read back as the same doubles, and whole ones keep a decimal point", "[json]") {
  for (double x : {14000000000.0, 1590000000.0000002, 2025.0575342465754, -0.9, 0.1, 1e21, 1e-5, -0.0,
                   123456789012345.0, 1e15, 3.0}) {
    JsonWriter w(-1);
    w.number(x);
    const std::string out = w.take();
    CHECK(out == json(x).dump());
    CHECK(json::parse(out).get<double>() == x);
  }
  JsonWriter w(-1);
  w.begin_array().number(std::numeric_limits<double>::infinity()).number(std::nan("")).end_array();
  CHECK(w.take() == "[null,null]");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, as nlohmann's replace handler does", "[json]") {
  const std::string bad = "ok \xC3\x28 \xED\xA0\x80 \xF4\x90\x80\x80 \xE2\x82 end";
  JsonWriter w(-1);
  w.string(bad);
  CHECK(w.take() == json(bad).dump(-1, ' ', false, json::error_handler_t::replace));
}

TEST_CASE("a compact report is the pretty one without the layout", "[json]") {
  const factcheck::Checker checker;
  const std::string text =
      "Microsoft has invested $13 billion in OpenAI. OpenAI CEO Sam Altman agreed; Stargate is "
      "a joint venture between OpenAI, SoftBank and Oracle. It employs 228,000 people.";
  const factcheck::Report r = checker.check(text);
  REQUIRE(r.claims.size() >= 4);
  const std::string compact = factcheck::report_json(r, checker.facts(), text, -1);
  const std::string pretty = factcheck::report_json(r, checker.facts(), text, 2);
  CHECK(json::parse(compact) == json::parse(pretty));
  CHECK(json::parse(pretty).dump(2) == pretty);
}
