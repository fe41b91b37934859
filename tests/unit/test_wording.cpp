// Values as a reader reads them (core/report/wording.cpp), called directly, and the display strings of
// the JSON report (core/report/json.cpp) for a small fact base written here: a bakery chain.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checking.hpp"
#include "report/wording.hpp"

using namespace factcheck;
using factcheck::testing::fixture;
using json = nlohmann::json;

namespace {

// Pennick Bakeries: its shops (a series), a loan (an event), a lease (a date), its chief executive (a
// role held since a date), the grain co-op it belongs to (members) and its rank among the co-op's
// suppliers, and two figures known only to their order of magnitude.
const Checker& bakery() {
  static const Checker checker(fixture(R"json({
    "name": "Pennick Bakeries (test fixture)", "version": "0.1.0",
    "sources": [
      {"id": "trade-2023-03-14", "publisher": "Baking Trade Weekly", "date": "2023-03-14"},
      {"id": "post-2025-09-16", "publisher": "Westcombe Post", "date": "2025-09-16",
       "title": "Pennick at 150"}
    ],
    "entities": [
      {"id": "pennick", "name": "Pennick Bakeries", "aliases": ["Pennick"]},
      {"id": "ashby", "name": "Ashby Mills"},
      {"id": "tolland", "name": "Tolland Farms"},
      {"id": "millbrook", "name": "Millbrook Grain Co-op", "type": "venture", "aliases": ["Millbrook"]},
      {"id": "rosa-venn", "name": "Rosa Venn", "type": "person"}
    ],
    "predicates": [
      {"id": "shops", "label": "shops", "value": "count", "cues": ["shop", "run"]},
      {"id": "loan", "label": "loan", "value": "money", "cues": ["borrow", "loan"]},
      {"id": "lease", "label": "lease", "value": "date", "cues": ["lease"]},
      {"id": "ceo", "label": "chief executive", "value": "role", "cues": ["chief executive"]},
      {"id": "co-op", "label": "co-op", "value": "members", "cues": ["co-op"]},
      {"id": "supplier", "label": "supplier", "value": "rank", "cues": ["supplier"]},
      {"id": "export", "label": "exports", "value": "money", "cues": ["export"]},
      {"id": "loaves", "label": "loaves", "value": "count", "cues": ["bake"]}
    ],
    "facts": [
      {"id": "pennick-shops", "subject": "pennick", "predicate": "shops", "source": "post-2025-09-16",
       "values": [{"amount": 120, "unit": "shops", "as_of": "2023-03", "source": "trade-2023-03-14"},
                  {"amount": 150, "unit": "shops", "as_of": "2025-09-15"}]},
      {"id": "pennick-loan", "subject": "pennick", "predicate": "loan", "when": "2024-10",
       "value": {"amount": 12000000, "unit": "GBP"}, "source": "post-2025-09-16"},
      {"id": "pennick-lease", "subject": "pennick", "predicate": "lease",
       "value": {"date": "2031", "comparator": "until"}, "source": "post-2025-09-16"},
      {"id": "pennick-ceo", "subject": "pennick", "predicate": "ceo",
       "value": {"entity": "rosa-venn", "valid_from": "2021-04"}, "source": "post-2025-09-16"},
      {"id": "millbrook-members", "subject": "millbrook", "predicate": "co-op",
       "value": {"members": ["pennick", "ashby"], "optional_members": ["tolland"]},
       "source": "post-2025-09-16"},
      {"id": "pennick-millbrook-supplier", "subject": "pennick", "predicate": "supplier",
       "object": "millbrook", "value": {"rank": 2}, "source": "post-2025-09-16"},
      {"id": "pennick-export-dollars", "subject": "pennick", "predicate": "export",
       "value": {"amount": 100000000, "unit": "USD", "comparator": "order"}, "source": "post-2025-09-16"},
      {"id": "pennick-export-pounds", "subject": "pennick", "predicate": "export", "context": ["pounds"],
       "value": {"amount": 10000000, "unit": "GBP", "comparator": "order"}, "source": "post-2025-09-16"},
      {"id": "pennick-loaves", "subject": "pennick", "predicate": "loaves",
       "value": {"amount": 10000, "unit": "loaves", "comparator": "order"}, "source": "post-2025-09-16"}
    ]})json"));
  return checker;
}

// How the bakery's fact `id` reads.
std::string value_of(const std::string& id) {
  const FactBase& facts = bakery().facts();
  const Fact* f = facts.fact(id);
  REQUIRE(f);
  return describe_value(facts, *f);
}

// The JSON report's only claim for `text`, checked against the bakery.
// The claim of `text` that is not a date of another claim's event (there is one such claim).
json claim_json(const std::string& text) {
  INFO(text);
  const json report = json::parse(report_json(bakery().check(text), bakery().facts(), text));
  std::vector<json> figures;
  for (const json& c : report["claims"])
    if (!(c["kind"] == "date" && c["expected"].is_object() && c["expected"].count("when")))
      figures.push_back(c);
  REQUIRE(figures.size() == 1);
  return figures[0];
}

FactValue held(const std::string& as_of, const std::string& from, const std::string& until) {
  FactValue v;
  v.as_of = as_of;
  v.valid_from = from;
  v.valid_until = until;
  return v;
}

}  // namespace

TEST_CASE("format_amount: each currency sign, and codes without one", "[wording]") {
  CHECK(format_amount(14e9, "USD", ValueKind::money) == "$14 billion");
  CHECK(format_amount(2.5e6, "EUR", ValueKind::money) == "€2.5 million");
  CHECK(format_amount(90e6, "GBP", ValueKind::money) == "£90 million");
  CHECK(format_amount(3e12, "JPY", ValueKind::money) == "¥3 trillion");
  CHECK(format_amount(450e6, "CHF", ValueKind::money) == "450 million CHF");
  CHECK(format_amount(75000, "INR", ValueKind::money) == "75,000 INR");
}

TEST_CASE("format_amount: scales, separators and decimals", "[wording]") {
  CHECK(format_amount(1.2e12, "USD", ValueKind::money) == "$1.2 trillion");
  CHECK(format_amount(1e9, "USD", ValueKind::money) == "$1 billion");
  CHECK(format_amount(6.6e9, "USD", ValueKind::money) == "$6.6 billion");
  CHECK(format_amount(1.25e9, "USD", ValueKind::money) == "$1.25 billion");
  CHECK(format_amount(1e6, "USD", ValueKind::money) == "$1 million");
  CHECK(format_amount(750e6, "USD", ValueKind::money) == "$750 million");
  CHECK(format_amount(999999, "USD", ValueKind::money) == "$999,999");
  CHECK(format_amount(1500, "USD", ValueKind::money) == "$1,500");
  CHECK(format_amount(12.5, "USD", ValueKind::money) == "$12.5");
  CHECK(format_amount(1200, "workers", ValueKind::count) == "1,200 workers");
  CHECK(format_amount(1.5e6, "passengers", ValueKind::count) == "1.5 million passengers");
  CHECK(format_amount(11.4, "km", ValueKind::measure) == "11.4 km");
  CHECK(format_amount(250, "MW", ValueKind::measure) == "250 MW");
  CHECK(format_amount(40, "%", ValueKind::percent) == "40%");
  CHECK(format_amount(12.25, "%", ValueKind::percent) == "12.25%");
  CHECK(format_amount(2.5, "pp", ValueKind::percent) == "2.5 percentage points");
}

TEST_CASE("format_amount: cents and losses as a reader writes them", "[wording][!mayfail]") {
  // Today "$0.5" and "$-2.5 billion".
  CHECK(format_amount(0.5, "USD", ValueKind::money) == "$0.50");
  CHECK(format_amount(-2.5e9, "USD", ValueKind::money) == "-$2.5 billion");
}

TEST_CASE("format_date: years, months, days and fiscal years", "[wording]") {
  CHECK(format_date("2030") == "2030");
  CHECK(format_date("2025-01") == "January 2025");
  CHECK(format_date("2024-12") == "December 2024");
  CHECK(format_date("2025-01-21") == "21 January 2025");
  CHECK(format_date("2025-03-05") == "5 March 2025");  // no leading zero
  CHECK(format_date("FY2025") == "fiscal year 2025");
  CHECK(format_date("fy2026") == "fiscal year 2026");
  CHECK(format_date("2025-13") == "2025-13");  // not a date: left as written
  CHECK(format_date("2025-Q3") == "the third quarter of 2025");
  CHECK(format_date("2026-H1") == "the first half of 2026");
  CHECK(format_date("2029-spring") == "spring 2029");
}

TEST_CASE("describe_period: as of, from and until, since, until, and nothing", "[wording]") {
  CHECK(describe_period(held("2025-01-23", "", "")) == "as of 23 January 2025");
  CHECK(describe_period(held("FY2024", "", "")) == "as of fiscal year 2024");
  CHECK(describe_period(held("", "2024-03", "2025-06")) == "from March 2024 until June 2025");
  CHECK(describe_period(held("", "2023-09", "")) == "since September 2023");
  CHECK(describe_period(held("", "", "2024")) == "until 2024");
  CHECK(describe_period(held("", "", "")).empty());
}

TEST_CASE("deviation_words: how far off, in percent or times", "[wording]") {
  CHECK(deviation_words(1.4e9, 14e9) == "about 90% lower");
  CHECK(deviation_words(107, 100) == "about 7% higher");
  CHECK(deviation_words(1.2e9, 1e9) == "about 20% higher");
  CHECK(deviation_words(113, 100) == "about 13% higher");   // whole percent from 10% on
  CHECK(deviation_words(97.6, 100) == "about 2.4% lower");  // a tenth below 10%
  CHECK(deviation_words(100.4, 100) == "about 0.4% higher");
  CHECK(deviation_words(1.99, 1) == "about 99% higher");
  CHECK(deviation_words(2, 1) == "about 2 times as much");
  CHECK(deviation_words(2.46, 1) == "about 2.5 times as much");
  CHECK(deviation_words(10, 1) == "about 10 times as much");
  CHECK(deviation_words(0, 10) == "about 100% lower");
  CHECK(deviation_words(5, 0) == "different");
}

TEST_CASE("describe_deviation: agreement said in words", "[wording]") {
  CHECK(describe_deviation(14e9, 14e9) == "the figures agree");
  CHECK(describe_deviation(100.04, 100) == "the figures agree");  // within 0.05%
  CHECK(describe_deviation(100.1, 100) == "about 0.1% higher");
  CHECK(describe_deviation(50, 100) == "about 50% lower");
  CHECK(describe_deviation(3, 1) == "about 3 times as much");
  CHECK(describe_deviation(5, 0) == "different");
}

TEST_CASE("describe_deviation: nothing against nothing agrees", "[wording][!mayfail]") {
  CHECK(describe_deviation(0, 0) == "the figures agree");  // today "different"
}

TEST_CASE("wording helpers: names, ranks, hedges and spacing", "[wording]") {
  CHECK(join_names({"Ashby Mills"}) == "Ashby Mills");
  CHECK(join_names({"Ashby Mills", "Tolland Farms"}) == "Ashby Mills and Tolland Farms");
  CHECK(join_names({"A", "B", "C"}, " or ") == "A, B or C");
  CHECK(std::string(rank_words(1)) == "largest");
  CHECK(std::string(rank_words(2)) == "second-largest");
  CHECK(std::string(rank_words(5)) == "fifth-largest");
  CHECK(std::string(rank_words(6)) == "a lower-ranked");
  CHECK(possessive("Pennick Bakeries") == "Pennick Bakeries'");
  CHECK(possessive("Ashby Mill") == "Ashby Mill's");
  CHECK(std::string(comparator_words(Comparator::at_most)) == "up to ");
  CHECK(std::string(comparator_words(Comparator::approx)) == "about ");
  CHECK(std::string(comparator_words(Comparator::none)).empty());
  CHECK(one_spaced("£12\u00a0million") == "£12 million");
  CHECK(one_spaced("twelve\n  million") == "twelve million");
}

TEST_CASE("describe_value: each kind of value as a reader reads it", "[wording][fixtures]") {
  CHECK(value_of("pennick-shops") == "150 shops");
  CHECK(value_of("pennick-loan") == "£12 million");
  CHECK(value_of("pennick-lease") == "until 2031");
  CHECK(value_of("pennick-ceo") == "Rosa Venn");
  CHECK(value_of("millbrook-members") ==
        "Pennick Bakeries and Ashby Mills, with Tolland Farms in some accounts");
  CHECK(value_of("pennick-millbrook-supplier") == "Pennick Bakeries is the second-largest supplier");
  CHECK(value_of("pennick-export-dollars") == "hundreds of millions of dollars");
  const FactBase& facts = bakery().facts();
  const Fact* shops = facts.fact("pennick-shops");
  REQUIRE(shops);
  REQUIRE(shops->earlier.size() == 1);
  CHECK(describe_value(facts, *shops, shops->earlier.front()) == "120 shops");
  CHECK(cite(facts, *shops) == "Westcombe Post, 2025-09-16");
  CHECK(cite(facts, *shops, shops->earlier.front()) == "Baking Trade Weekly, 2023-03-14");
}

TEST_CASE("describe_value: an order of magnitude in pounds or of a count reads as words",
          "[wording][fixtures][!mayfail]") {
  // Today "tens of millions (GBP)" and "tens of thousands (loaves)".
  CHECK(value_of("pennick-export-pounds") == "tens of millions of pounds");
  CHECK(value_of("pennick-loaves") == "tens of thousands of loaves");
}

TEST_CASE("JSON report: the current value's period, the deviation and the source date, for display",
          "[wording][fixtures]") {
  json c = claim_json("Pennick Bakeries now runs 150 shops.");
  CHECK(c["verdict"] == "supported");
  CHECK(c["expected"]["display"] == "150 shops");
  CHECK(c["expected"]["period"] == "as of 15 September 2025");
  CHECK(c["deviation_display"] == "the figures agree");
  CHECK(c["source"]["date"] == "2025-09-16");
  CHECK(c["source"]["date_display"] == "16 September 2025");
  CHECK(c["source"]["title"] == "Pennick at 150");

  c = claim_json("Pennick Bakeries now runs about 140 shops.");
  CHECK(c["claimed"]["display"] == "about 140 shops");
  CHECK(c["deviation_display"] == "about 6.7% lower");
}

TEST_CASE("JSON report: the verdicts' names for readers, the fact base's word for an unverified claim",
          "[wording][fixtures]") {
  CHECK(std::string(verdict_name(Verdict::supported, Basis::facts)) == "Supported");
  CHECK(std::string(verdict_name(Verdict::outdated, Basis::sources)) == "Outdated");
  CHECK(std::string(verdict_name(Verdict::unverified, Basis::facts)) == "Not in the fact base");
  CHECK(std::string(verdict_name(Verdict::unverified, Basis::sources)) == "Not in the sources");
  CHECK(std::string(verdict_name(Verdict::unverified, Basis::both)) == "Not in the fact base or the sources");
  const std::string text = "Pennick Bakeries now runs 150 shops.";
  const json report = json::parse(report_json(bakery().check(text), bakery().facts(), text));
  CHECK(report["verdict_names"] == json({{"contradicted", "Contradicted"},
                                         {"outdated", "Outdated"},
                                         {"supported", "Supported"},
                                         {"unverified", "Not in the fact base"}}));
}

TEST_CASE("JSON report: an outdated figure shows the earlier value, when it held and its source",
          "[wording][fixtures]") {
  const json c = claim_json("Pennick Bakeries runs 120 shops.");
  CHECK(c["verdict"] == "outdated");
  CHECK(c["earlier"]["display"] == "120 shops");
  CHECK(c["earlier"]["period"] == "as of March 2023");
  CHECK(c["expected"]["period"] == "as of 15 September 2025");
  CHECK(c["deviation_display"] == "about 20% lower");
  CHECK(c["explanation"] ==
        "120 shops was the figure as of March 2023 (Baking Trade Weekly, 2023-03-14); the fact base's latest "
        "is 150 shops as of 15 September 2025 (Westcombe Post, 2025-09-16).");
}

TEST_CASE("JSON report: an event's period is when it happened, and a date has no deviation",
          "[wording][fixtures]") {
  json c = claim_json("Pennick borrowed £15 million in October 2024.");
  CHECK(c["verdict"] == "contradicted");
  CHECK(c["expected"]["period"] == "in October 2024");
  CHECK(c["expected"]["when"] == "2024-10");
  CHECK(c["deviation_display"] == "about 25% higher");

  c = claim_json("Pennick holds the lease on its flagship until 2033.");
  CHECK(c["verdict"] == "contradicted");
  CHECK(c["explanation"] == "The fact base says until 2031 (Westcombe Post, 2025-09-16), not until 2033.");

  c = claim_json("Pennick holds the lease on its flagship until 2031.");
  CHECK(c["verdict"] == "supported");
  CHECK(c["expected"]["display"] == "until 2031");
  CHECK(c["expected"].count("period") == 0);
  CHECK(c["deviation"].is_null());
  CHECK(c["deviation_display"].is_null());
  CHECK(c["source"]["date_display"] == "16 September 2025");
}

TEST_CASE("JSON report: a role held since a date says so", "[wording][fixtures]") {
  const json c = claim_json("Pennick chief executive Rosa Venn opened the shop.");
  CHECK(c["kind"] == "relation");
  CHECK(c["verdict"] == "supported");
  CHECK(c["expected"]["display"] == "Rosa Venn");
  CHECK(c["expected"]["period"] == "since April 2021");
  CHECK(c["deviation_display"].is_null());
  CHECK(c["explanation"] ==
        "The fact base confirms that Rosa Venn is Pennick Bakeries' chief executive (Westcombe Post, "
        "2025-09-16).");
}
