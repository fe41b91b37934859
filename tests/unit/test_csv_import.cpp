// The CSV importer (core/facts/csv_import.hpp): spreadsheet rows -> a fact base the loader accepts, and
// every problem reported with its code, the row's physical line and the column.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "facts/csv_import.hpp"
#include "facts/factbase.hpp"

using namespace factcheck;

namespace {

struct Imported {
  std::string json;
  std::vector<CsvError> errors;
};

Imported import(const std::string& csv, const CsvImportOptions& options = {}) {
  Imported out;
  out.json = import_csv(csv, options, out.errors);
  return out;
}

// Each error as (code, line, column): what a user needs to find the cell.
using Where = std::tuple<std::string, std::size_t, std::string>;

std::vector<Where> where(const std::vector<CsvError>& errors) {
  std::vector<Where> out;
  for (const CsvError& e : errors) out.emplace_back(e.code, e.line, e.column);
  return out;
}

// Imports a sheet that must be clean and loads the result; fails the test otherwise.
FactBase load(const std::string& csv, std::string* json = nullptr) {
  const Imported r = import(csv);
  for (const CsvError& e : r.errors) INFO(e.to_string());
  REQUIRE(r.errors.empty());
  REQUIRE_FALSE(r.json.empty());
  std::vector<FactBaseError> problems;
  FactBase fb = FactBase::parse(r.json, problems);
  for (const FactBaseError& p : problems) INFO(p.to_string());
  REQUIRE(problems.empty());
  if (json) *json = r.json;
  return fb;
}

const Fact& fact(const FactBase& fb, const std::string& id) {
  const Fact* f = fb.fact(id);
  INFO("fact " << id);
  REQUIRE(f);
  return *f;
}

const Entity& entity(const FactBase& fb, const std::string& id) {
  const Entity* e = fb.entity(id);
  INFO("entity " << id);
  REQUIRE(e);
  return *e;
}

const std::string kNbsp = "\u00a0";

// A small desk sheet: two investments of one backer (aliases and cues merged across rows), a round in
// euros, a market share with a hedge, a head count and an exclusivity date. Curly quotes, € and $,
// and no-break spaces inside and around cells, as spreadsheets paste them.
const std::string kDeskSheet =
    "subject,subject_aliases,predicate,cues,object,value,as_of,when,context,statement,source,source_date,"
    "source_title,source_url\n"
    "Brightwater Capital,Brightwater|the fund,invest,invest|back,Kestrel Robotics,nearly $2.5" +
    kNbsp +
    "billion,2025-03-31,,,\"Brightwater\u2019s stake in Kestrel has reached nearly $2.5 billion, the "
    "\u201cpeople familiar\u201d said.\",Harbor Ledger,2025-04-02,Brightwater deepens its robot bet,"
    "https://example.org/ledger/brightwater\n"
    "Brightwater Capital,the fund|BWC,invest,back|pour,Kestrel Robotics" +
    kNbsp +
    ",$400 million,,2024-11,round|Series C,,Harbor Ledger,2025-04-02,,\n"
    "Kestrel Robotics,Kestrel,funding round,,,\u20ac" +
    kNbsp +
    "340 million,,2024-11,,,Harbor Ledger,2025-04-02,,\n"
    "Kestrel Robotics,,market share,share|market,,more than 12%,2025,,,,Industry Monitor,2025-01-15,,\n"
    "Kestrel Robotics,,headcount,,,\"about 1,800 employees\",2025-03,,,,Industry Monitor,2025-01-15,,\n"
    "Kestrel Robotics,,exclusivity,exclusive,Brightwater Capital,until 2031,,,,,Harbor Ledger,2025-04-02,,\n";

}  // namespace

TEST_CASE("a desk sheet becomes a fact base the loader accepts", "[csv]") {
  std::string json;
  const FactBase fb = load(kDeskSheet, &json);
  CHECK(fb.name() == "Imported facts");
  CHECK(fb.version() == "1.0.0");
  REQUIRE(fb.facts().size() == 6);

  const Fact& total = fact(fb, "brightwater-capital-invest-kestrel-robotics");
  CHECK(total.subject == "brightwater-capital");
  CHECK(total.object == "kestrel-robotics");
  CHECK(total.value.amount == Approx(2.5e9));
  CHECK(total.value.unit == "USD");
  CHECK(total.value.comparator == Comparator::nearly);
  CHECK(total.value.step == 0);  // exact unless the step column says otherwise
  CHECK(total.value.as_of == "2025-03-31");
  CHECK(total.statement.find("\u201cpeople familiar\u201d said.") != std::string::npos);
  CHECK(total.source == "harbor-ledger-2025-04-02");

  // The same subject, predicate and object again: the id gets -2.
  const Fact& round = fact(fb, "brightwater-capital-invest-kestrel-robotics-2");
  CHECK(round.value.amount == Approx(400e6));
  CHECK(round.value.comparator == Comparator::none);
  CHECK(round.when == "2024-11");
  CHECK(round.context == std::vector<std::string>{"round", "Series C"});

  const Fact& euros = fact(fb, "kestrel-robotics-funding-round");
  CHECK(euros.value.unit == "EUR");
  CHECK(euros.value.amount == Approx(340e6));
  CHECK(fb.predicate("funding-round")->cues == std::vector<std::string>{"funding round"});
  CHECK(fb.predicate("funding-round")->label == "funding round");

  const Fact& share = fact(fb, "kestrel-robotics-market-share");
  CHECK(fb.predicate("market-share")->value == ValueKind::percent);
  CHECK(share.value.unit == "%");
  CHECK(share.value.comparator == Comparator::more_than);
  CHECK(fact(fb, "kestrel-robotics-headcount").value.unit == "employees");
  CHECK(fact(fb, "kestrel-robotics-headcount").value.comparator == Comparator::approx);
  const Fact& until = fact(fb, "kestrel-robotics-exclusivity-brightwater-capital");
  CHECK(until.value.date == "2031");
  CHECK(until.value.comparator == Comparator::until);

  // Aliases and cues are merged over the rows, first seen first, each once; trailing spaces do not
  // make a second entity.
  CHECK(fb.entities().size() == 2);
  CHECK(entity(fb, "brightwater-capital").aliases ==
        std::vector<std::string>{"Brightwater", "the fund", "BWC"});
  CHECK(entity(fb, "kestrel-robotics").aliases == std::vector<std::string>{"Kestrel"});
  CHECK(entity(fb, "kestrel-robotics").type == "organization");
  CHECK(fb.predicate("invest")->cues == std::vector<std::string>{"invest", "back", "pour"});

  // Rows with the same publisher and date share one source; the title and URL come along.
  REQUIRE(fb.sources().size() == 2);
  CHECK(fb.sources()[0].id == "harbor-ledger-2025-04-02");
  CHECK(fb.sources()[0].title == "Brightwater deepens its robot bet");
  CHECK(fb.sources()[0].url == "https://example.org/ledger/brightwater");
  CHECK(fb.sources()[1].id == "industry-monitor-2025-01-15");

  // Pretty JSON with 2 spaces, keys in a readable order, a trailing newline, no step invented.
  CHECK(json.rfind("{\n  \"name\": \"Imported facts\",\n  \"version\": \"1.0.0\",\n  \"sources\": [", 0) ==
        0);
  CHECK(json.back() == '\n');
  const auto doc = nlohmann::ordered_json::parse(json);
  CHECK(doc["facts"][0].begin().key() == "id");
  CHECK(doc["entities"][0].begin().key() == "id");
  CHECK(doc["facts"][0]["value"] ==
        nlohmann::ordered_json::parse(R"({"amount": 2500000000, "unit": "USD", "comparator": "nearly"})"));
  CHECK(doc["facts"][0]["as_of"] == "2025-03-31");
}

TEST_CASE("options name and version the base", "[csv]") {
  CsvImportOptions options;
  options.name = "Kestrel desk";
  options.version = "2.1.0";
  const Imported r = import(kDeskSheet, options);
  REQUIRE(r.errors.empty());
  const auto doc = nlohmann::json::parse(r.json);
  CHECK(doc["name"] == "Kestrel desk");
  CHECK(doc["version"] == "2.1.0");
}

TEST_CASE("a semicolon sheet with a BOM and CRLF line ends", "[csv]") {
  // Header names in any case, padded with spaces; commas inside cells need no quotes here.
  const std::string sheet =
      "\xEF\xBB\xBF Subject ;PREDICATE; Kind ;value;Source;source_date\r\n"
      "Tidewater Consortium;joint venture;members;Corvane Construction, Mirelle Signalworks and Oakhurst "
      "Rail;"
      "Velmora Courier;2025-06-13\r\n"
      "Harbour Line;cost;;\u20ac1.2 billion;Velmora Courier;2025-06-13\r\n";
  const FactBase fb = load(sheet);
  REQUIRE(fb.facts().size() == 2);
  CHECK(fact(fb, "tidewater-consortium-joint-venture").value.members ==
        std::vector<std::string>{"corvane-construction", "mirelle-signalworks", "oakhurst-rail"});
  CHECK(fact(fb, "harbour-line-cost").value.amount == Approx(1.2e9));
  CHECK(fb.sources().at(0).date == "2025-06-13");  // no '\r' left on the last cell

  // Line numbers count CRLF lines like LF lines.
  const Imported bad = import(sheet + "Harbour Line;cost;;;Velmora Courier;2025-06-13\r\n");
  CHECK(where(bad.errors) == std::vector<Where>{{"csv.empty_field", 4, "value"}});
  CHECK(bad.json.empty());
}

TEST_CASE("quoted cells hold separators, line breaks and doubled quotes", "[csv]") {
  const std::string sheet =
      "subject,subject_aliases,predicate,value,statement,source,source_date\n"
      "Kestrel Robotics,\"Kestrel|Kestrel Robotics, Inc.\",shipments,\"12,000 robots\",\"Kestrel said: "
      "\"\"We "
      "shipped 12,000 robots,\"\" adding\r\nthat orders doubled.\",Harbor Ledger,2025-04-02\n"
      "Kestrel Robotics, \"Kestrel\" ,factories,3 factories,\"A \"\"quote\"\" in the middle\",Harbor "
      "Ledger,2025-04-02\n";
  std::string json;
  const FactBase fb = load(sheet, &json);
  const Fact& f = fact(fb, "kestrel-robotics-shipments");
  CHECK(f.value.amount == Approx(12000));
  CHECK(f.value.unit == "robots");
  CHECK(f.statement == "Kestrel said: \"We shipped 12,000 robots,\" adding\nthat orders doubled.");
  CHECK(entity(fb, "kestrel-robotics").aliases ==
        std::vector<std::string>{"Kestrel", "Kestrel Robotics, Inc."});
  CHECK(fact(fb, "kestrel-robotics-factories").statement == "A \"quote\" in the middle");

  // The multi-line row takes lines 2 and 3, so the row added after the next one is on line 5.
  const Imported bad = import(sheet + "Kestrel Robotics,,staff,lots,,Harbor Ledger,2025-04-02\n");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].code == "csv.bad_kind");
  CHECK(bad.errors[0].line == 5);
}

TEST_CASE("members, role and rank rows", "[csv]") {
  const std::string sheet =
      "subject,subject_type,predicate,kind,cues,object,value,optional_members,as_of,valid_from,source,source_"
      "date\n"
      "Tidewater Consortium,venture,joint venture,members,joint venture|consortium,,\"Corvane Construction; "
      "Mirelle Signalworks and Oakhurst Rail\",Hollis Bank,,,Velmora Courier,2025-06-13\n"
      "Kestrel Robotics,,CEO,role,CEO|chief executive,,Ana Oduya,,2025-02-01,,Velmora Courier,2025-06-13\n"
      "Velmora Transit Authority,,chair,role,,,Ilse Marrow,,,2023-09,Velmora Courier,2025-06-13\n"
      "Brightwater Capital,,investor rank,rank,investor|backer,Kestrel Robotics,second-largest,,,,Velmora "
      "Courier,2025-06-13\n"
      "Corvane Construction,,partner rank,rank,partner,Tidewater Consortium,1,,,,Velmora Courier,2025-06-13\n"
      "Hollis Bank,,lender rank,rank,lender,Tidewater Consortium,largest,,,,Velmora Courier,2025-06-13\n";
  const FactBase fb = load(sheet);
  const Fact& jv = fact(fb, "tidewater-consortium-joint-venture");
  CHECK(jv.value.members ==
        std::vector<std::string>{"corvane-construction", "mirelle-signalworks", "oakhurst-rail"});
  CHECK(jv.value.optional_members == std::vector<std::string>{"hollis-bank"});
  CHECK(entity(fb, "tidewater-consortium").type == "venture");
  CHECK(fb.predicate("joint-venture")->value == ValueKind::members);

  const Fact& ceo = fact(fb, "kestrel-robotics-ceo");
  CHECK(ceo.value.entity == "ana-oduya");
  CHECK(ceo.value.as_of == "2025-02-01");
  CHECK(entity(fb, "ana-oduya").type == "person");  // a role's holder is a person
  CHECK(fb.predicate("ceo")->label == "CEO");
  CHECK(fact(fb, "velmora-transit-authority-chair").value.valid_from == "2023-09");

  CHECK(fact(fb, "brightwater-capital-investor-rank-kestrel-robotics").value.rank == 2);
  CHECK(fact(fb, "corvane-construction-partner-rank-tidewater-consortium").value.rank == 1);
  CHECK(fact(fb, "hollis-bank-lender-rank-tidewater-consortium").value.rank == 1);
  // Members and holders are entities of their own, created once.
  CHECK(fb.entities().size() == 10);
}

TEST_CASE("ids are slugs of the names, non-ASCII letters kept", "[csv]") {
  const std::string sheet =
      "subject,predicate,object,value,source,source_date\n"
      "Z\u00fcrich Re,invest,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale,$1 billion,Le Temps,2025-01-07\n"
      "AT&T,headcount,,\"150,000 employees\",Le Temps,2025-01-07\n"
      "  Sam  Altman\u2019s Fund ,invest,,$5 million,Le Temps,2025-01-07\n";
  const FactBase fb = load(sheet);
  CHECK(fb.fact("z\u00fcrich-re-invest-soci\u00e9t\u00e9-g\u00e9n\u00e9rale"));
  CHECK(fb.fact("at-t-headcount"));
  CHECK(fb.fact("sam-altman-s-fund-invest"));
  CHECK(entity(fb, "sam-altman-s-fund").name == "Sam  Altman\u2019s Fund");
  CHECK(fb.source("le-temps-2025-01-07"));
}

// Emoji and the selectors that follow them are no letters (base/utf8.hpp): they leave no trace in an id.
TEST_CASE("ids drop emoji with their variation selectors and tags", "[csv]") {
  const FactBase fb = load(
      "subject,predicate,value,source,source_date\n"
      "Caf\u00e9 \u2615\ufe0f Co,revenue,$2 million,Le Temps,2025-01-07\n"
      "\U0001F3F4\U000E0067\U000E0062\U000E007F Rovers,revenue,$3 million,Le Temps,2025-01-07\n");
  CHECK(fb.fact("caf\u00e9-co-revenue"));
  CHECK(fb.fact("rovers-revenue"));
}

TEST_CASE("unit, comparator and step cells override the value cell", "[csv]") {
  const std::string sheet =
      "subject,predicate,value,unit,comparator,step,kind,source,source_date\n"
      "Kestrel Robotics,revenue,14 billion,usd,,,,Ledger,2025\n"
      "Kestrel Robotics,margin,nearly $3 billion,EUR,none,$100 million,,Ledger,2025\n"
      "Kestrel Robotics,backlog,$2 billion,,more than,,,Ledger,2025\n"
      "Kestrel Robotics,track,11.4,kilometres,,0.1,,Ledger,2025\n"
      "Kestrel Robotics,stores,2030,stores,,,count,Ledger,2025\n";
  const FactBase fb = load(sheet);
  const Fact& revenue = fact(fb, "kestrel-robotics-revenue");
  CHECK(revenue.value.unit == "USD");
  CHECK(revenue.value.amount == Approx(14e9));
  const Fact& margin = fact(fb, "kestrel-robotics-margin");
  CHECK(margin.value.unit == "EUR");
  CHECK(margin.value.comparator == Comparator::none);
  CHECK(margin.value.step == Approx(1e8));
  CHECK(fact(fb, "kestrel-robotics-backlog").value.comparator == Comparator::more_than);
  const Fact& track = fact(fb, "kestrel-robotics-track");
  CHECK(fb.predicate("track")->value == ValueKind::measure);
  CHECK(track.value.unit == "km");
  CHECK(track.value.step == Approx(0.1));
  // With kind count, "2030" is a number of stores, not a year.
  CHECK(fact(fb, "kestrel-robotics-stores").value.amount == Approx(2030));
}

TEST_CASE("an explicit id shared by rows makes a series", "[csv][series]") {
  const std::string sheet =
      "id,subject,predicate,value,as_of,valid_from,statement,source,source_date\n"
      "kestrel-staff,Kestrel Robotics,headcount,\"1,200 employees\",2023-12,,\"Kestrel had 1,200 "
      "staff.\",Velmora "
      "Courier,2024-01-10\n"
      "kestrel-staff,Kestrel Robotics,headcount,\"about 1,800 employees\",2025-03,,,Harbor "
      "Ledger,2025-04-02\n"
      ",Kestrel Robotics,headcount,\"1,900 employees\",,,,Harbor Ledger,2025-04-02\n";
  std::string json;
  const FactBase fb = load(sheet, &json);
  const Fact& staff = fact(fb, "kestrel-staff");
  CHECK(staff.value.amount == Approx(1800));  // the latest value is the current one
  CHECK(staff.value.comparator == Comparator::approx);
  REQUIRE(staff.earlier.size() == 1);
  CHECK(staff.earlier[0].amount == Approx(1200));
  CHECK(staff.earlier[0].as_of == "2023-12");
  // A row without an id is a fact of its own, even with the same names.
  CHECK(fact(fb, "kestrel-robotics-headcount").value.amount == Approx(1900));

  const auto doc = nlohmann::json::parse(json);
  const auto& f = doc["facts"][0];
  CHECK_FALSE(f.contains("value"));
  REQUIRE(f["values"].size() == 2);
  CHECK(f["values"][0]["source"] == "velmora-courier-2024-01-10");
  CHECK(f["values"][0]["statement"] == "Kestrel had 1,200 staff.");
  CHECK(f["values"][1]["as_of"] == "2025-03");
  CHECK(f["source"] == "harbor-ledger-2025-04-02");
}

TEST_CASE("series rows must agree and each needs a date", "[csv][series]") {
  const std::string sheet =
      "id,subject,predicate,value,as_of,source,source_date\n"
      "kestrel-staff,Kestrel Robotics,headcount,\"1,200 employees\",2023-12,Courier,2024-01-10\n"
      "kestrel-staff,Kestrel Labs,headcount,\"1,500 employees\",2024-06,Courier,2024-07-01\n"
      "kestrel-staff,Kestrel Robotics,headcount,42%,2024-09,Courier,2024-10-01\n"
      "kestrel-staff,Kestrel Robotics,headcount,\"1,800 employees\",,Courier,2025-04-02\n"
      "kestrel-staff,Kestrel Robotics,headcount,\"1,900 employees\",2023-12,Courier,2025-04-02\n";
  const Imported r = import(sheet);
  CHECK(r.json.empty());
  CHECK(where(r.errors) == std::vector<Where>{{"csv.inconsistent_fact", 3, "subject"},
                                              {"csv.inconsistent_fact", 4, "value"},
                                              {"csv.empty_field", 5, "as_of"},
                                              {"factbase.overlapping_values", 6, "as_of"}});
  CHECK(r.errors[0].to_string() ==
        "[csv.inconsistent_fact] line 3, column subject: fact \"kestrel-staff\" has subject "
        "\"kestrel-robotics\" on "
        "line 2, but this row says \"kestrel-labs\"");
}

TEST_CASE("header problems: missing, unknown and duplicate columns", "[csv]") {
  const Imported missing = import("subject,predicate,value,source\nKestrel,invest,$1 billion,Ledger\n");
  CHECK(missing.json.empty());
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].to_string() ==
        "[csv.missing_column] line 1, column source_date: the header has no \"source_date\" column");

  const Imported unknown = import(
      "subject,predicate,value,source,source_date,sourse_url\nKestrel,invest,$1 billion,Ledger,2025,x\n");
  CHECK(unknown.json.empty());
  REQUIRE(unknown.errors.size() == 1);
  CHECK(unknown.errors[0].to_string() ==
        "[csv.unknown_column] line 1, column sourse_url: unknown column \"sourse_url\" (did you mean "
        "\"source_url\"?)");

  const Imported twice = import(
      "subject,predicate,Value,source,source_date,value\nKestrel,invest,$1 billion,Ledger,2025,$2 billion\n");
  CHECK(twice.json.empty());
  CHECK(where(twice.errors) == std::vector<Where>{{"csv.duplicate_column", 1, "value"}});

  // Trailing separators, as spreadsheets export them, add no columns and no cells; an unnamed column
  // in the middle is reported.
  const Imported padded =
      import("subject,predicate,value,source,source_date,,\nKestrel,invest,$1 billion,Ledger,2025,,,\n");
  CHECK(padded.errors.empty());
  const Imported unnamed =
      import("subject,,predicate,value,source,source_date\nKestrel,,invest,$1 billion,Ledger,2025\n");
  REQUIRE(unnamed.errors.size() == 1);
  CHECK(unnamed.errors[0].to_string() == "[csv.unknown_column] line 1: column 2 has no name");

  // Comments and blank lines before the header move it down; errors name its real line.
  const Imported late = import("# Kestrel desk sheet\n\n,,,\nsubject,predicate,value,source\n");
  CHECK(where(late.errors) == std::vector<Where>{{"csv.missing_column", 4, "source_date"}});
}

TEST_CASE("row problems: each code with its line and column", "[csv]") {
  const std::string header = "subject,predicate,kind,value,source,source_date\n";
  struct Case {
    std::string row;
    Where expected;
  };
  const std::vector<Case> cases = {
      {"Kestrel,headcount,,1,800 employees,Ledger,2025\n", {"csv.field_count", 2, ""}},
      {"Kestrel,invest,,$1 billion,Ledger,\n", {"csv.empty_field", 2, "source_date"}},
      {",invest,,$1 billion,Ledger,2025\n", {"csv.empty_field", 2, "subject"}},
      {"Kestrel,invest,money,a great deal,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,invest,,$1 billion and $2 billion,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,invest,percent,$1 billion,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,invest,,$1-2 billion,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,tenure,,five years,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,rank,rank,top-ish,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,rank,rank,0,Ledger,2025\n", {"csv.bad_value", 2, "value"}},
      {"Kestrel,invest,currency,$1 billion,Ledger,2025\n", {"csv.bad_kind", 2, "kind"}},
      {"Tidewater,joint venture,,\"Corvane, Mirelle\",Ledger,2025\n", {"csv.bad_kind", 2, "kind"}},
      {"Kestrel,factories,,14,Ledger,2025\n", {"csv.bad_kind", 2, "kind"}},
  };
  for (const Case& c : cases) {
    INFO(c.row);
    const Imported r = import(header + c.row);
    CHECK(r.json.empty());
    CHECK(where(r.errors) == std::vector<Where>{c.expected});
  }
  const Imported two = import(header + "Kestrel,invest,,$1 billion and $2 billion,Ledger,2025\n");
  REQUIRE(two.errors.size() == 1);
  CHECK(two.errors[0].to_string() ==
        "[csv.bad_value] line 2, column value: the cell holds 2 figures (\"$1 billion\", \"$2 billion\"); a "
        "fact "
        "has one");
  const Imported wide = import(header + "Kestrel,headcount,,1,800 employees,Ledger,2025\n");
  REQUIRE(wide.errors.size() == 1);
  CHECK(wide.errors[0].to_string() ==
        "[csv.field_count] line 2: the row has 7 cells but the header has 6 columns (quote a cell that "
        "contains the "
        "separator)");
}

TEST_CASE("a predicate keeps one kind over its rows", "[csv]") {
  const Imported r = import(
      "subject,predicate,value,source,source_date\n"
      "Kestrel,growth,$1 billion,Ledger,2025\n"
      "Brightwater,growth,12%,Ledger,2025\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(
      r.errors[0].to_string() ==
      "[csv.bad_kind] line 3, column value: predicate \"growth\" holds money values (line 2), but this row's "
      "value is percent");
}

TEST_CASE("an entity keeps one type, and object cells need an object", "[csv]") {
  const Imported r = import(
      "subject,subject_type,predicate,kind,object,object_aliases,value,source,source_date\n"
      "Ana Oduya,person,board seats,,,,3 seats,Ledger,2025\n"
      "Ana Oduya,Organisation,advisory seats,,,,2 seats,Ledger,2025\n"
      "Kestrel Robotics,organisation,CEO,role,,the boss,Ana Oduya,Ledger,2025\n");
  CHECK(r.json.empty());
  CHECK(where(r.errors) ==
        std::vector<Where>{{"csv.inconsistent_fact", 3, "subject_type"}, {"csv.empty_field", 4, "object"}});
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].message == "\"Ana Oduya\" is a person on line 2, but this row says \"Organisation\"");
}

TEST_CASE("an unclosed quote skips its row, and later rows are still checked", "[csv]") {
  const Imported r = import(
      "subject,predicate,value,source,source_date\n"
      "Kestrel,invest,$1 billion,Ledger,2025\n"
      "Kestrel,headcount,\"about 1,800 employees,Ledger,2025\n"
      "Kestrel,invest,,Ledger,2025\n"
      "Brightwater,invest,$2 billion,Ledger,2025\n");
  CHECK(r.json.empty());
  CHECK(where(r.errors) ==
        std::vector<Where>{{"csv.unterminated_quote", 3, "value"}, {"csv.empty_field", 4, "value"}});

  // In the header nothing else can be read.
  const Imported header = import("subject,\"predicate,value\n");
  CHECK(where(header.errors) == std::vector<Where>{{"csv.unterminated_quote", 1, ""}});
}

TEST_CASE("validator problems are mapped back to the row and column", "[csv]") {
  const Imported r = import(
      "subject,subject_aliases,predicate,value,unit,as_of,source,source_date,source_url\n"
      "Brightwater Capital,the fund,invest,$1 billion,,2025-03,Ledger,2025-04-02,\n"
      "Kestrel Robotics,,invest,$2 billion,,2025-13,Ledger,2025-04-02,\n"
      "Kestrel Robotics,the fund,headcount,\"1,800 employees\",,,Ledger,2025-04-02,\n"
      "Kestrel Robotics,,revenue,$14 billion,XX,,Monitor,2025-01-15,www.example.org\n");
  CHECK(r.json.empty());
  CHECK(where(r.errors) == std::vector<Where>{{"factbase.bad_date", 3, "as_of"},
                                              {"factbase.shared_alias", 4, "subject_aliases"},
                                              {"factbase.bad_url", 5, "source_url"},
                                              {"factbase.unknown_currency", 5, "unit"}});
  REQUIRE_FALSE(r.errors.empty());
  CHECK(r.errors[0].to_string().rfind(
            "[factbase.bad_date] line 3, column as_of: \"2025-13\" is not an ISO 8601 date", 0) == 0);

  const Imported typed = import(
      "subject,subject_type,predicate,kind,value,unit,source,source_date\n"
      "Kestrel Robotics,company,invest,,$1 billion,,Ledger,2025\n"
      "Harbour Line,other,length,measure,11.4,furlongs,Ledger,2025\n");
  CHECK(where(typed.errors) == std::vector<Where>{{"factbase.unknown_entity_type", 2, "subject_type"},
                                                  {"factbase.unknown_unit", 3, "unit"}});

  // A problem no row made keeps its pointer, at line 0.
  CsvImportOptions nameless;
  nameless.name = "";
  const Imported unnamed =
      import("subject,predicate,value,source,source_date\nKestrel,invest,$1 billion,L,2025\n", nameless);
  REQUIRE(unnamed.errors.size() == 1);
  CHECK(unnamed.errors[0].code == "factbase.empty_field");
  CHECK(unnamed.errors[0].line == 0);
  CHECK(unnamed.errors[0].column.empty());
  CHECK(unnamed.errors[0].message.rfind("/name: ", 0) == 0);
}

TEST_CASE("every problem is reported at once, in line order", "[csv]") {
  const Imported r = import(
      "subject,predicate,kind,value,as_of,source,source_date,colour\n"
      "Kestrel,invest,,$1 billion,2025-02-30,Ledger,2025,blue\n"
      "Kestrel,invest,,,,Ledger,,\n"
      "Kestrel,rank,rank,first-ish,,Ledger,2025,\n"
      "Kestrel,invest,,$1 billion,,Ledger,2025,\n"
      "Kestrel,invest,weight,$1 billion,,Ledger,2025,\n");
  CHECK(r.json.empty());
  CHECK(where(r.errors) == std::vector<Where>{{"csv.unknown_column", 1, "colour"},
                                              {"factbase.bad_date", 2, "as_of"},
                                              {"csv.empty_field", 3, "value"},
                                              {"csv.empty_field", 3, "source_date"},
                                              {"csv.bad_value", 4, "value"},
                                              {"csv.bad_kind", 6, "kind"}});
  // Errors are appended to what the caller already has.
  std::vector<CsvError> errors(1);
  import_csv("subject\n", {}, errors);
  CHECK(errors.size() == 5);
}

TEST_CASE("error text follows the documented shape", "[csv]") {
  CHECK(CsvError{"csv.empty_field", 7, "value", "\"value\" is empty"}.to_string() ==
        "[csv.empty_field] line 7, column value: \"value\" is empty");
  CHECK(CsvError{"csv.field_count", 3, "", "too wide"}.to_string() == "[csv.field_count] line 3: too wide");
}

TEST_CASE("hostile input is reported, never thrown", "[csv]") {
  // Nothing at all, or only comments: there is no header.
  for (const std::string& text :
       {std::string(), std::string("\xEF\xBB\xBF"), std::string("# notes\n\n  \n")}) {
    const Imported r = import(text);
    CHECK(r.json.empty());
    CHECK(where(r.errors) == std::vector<Where>{{"csv.missing_column", 1, "subject"},
                                                {"csv.missing_column", 1, "predicate"},
                                                {"csv.missing_column", 1, "value"},
                                                {"csv.missing_column", 1, "source"},
                                                {"csv.missing_column", 1, "source_date"}});
  }

  // A header alone is an empty, valid base.
  const Imported empty = import("subject,predicate,value,source,source_date\n");
  CHECK(empty.errors.empty());
  CHECK(nlohmann::json::parse(empty.json)["facts"].empty());

  // NUL bytes and invalid UTF-8 become U+FFFD; the JSON stays valid.
  std::string sheet = "subject,predicate,value,source,source_date\n";
  const char nul_row[] =
      "Kes\0trel,invest,$1 billion,Led\xFF\xFE"
      "ger,2025\n";
  sheet += std::string(nul_row, sizeof nul_row - 1);
  sheet += "\xC3(Bad,invest,\xE2\x82\xAC\x35 million,Ledger,2025\n";
  std::string json;
  REQUIRE_NOTHROW(json = import(sheet).json);
  REQUIRE_FALSE(json.empty());
  const auto doc = nlohmann::json::parse(json);
  CHECK(doc["entities"][0]["name"] == "Kes\uFFFDtrel");
  CHECK(doc["sources"][0]["publisher"] == "Led\uFFFD\uFFFDger");
  CHECK(doc["entities"][1]["name"] == "\uFFFD(Bad");
  CHECK(doc["facts"][1]["value"]["unit"] == "EUR");

  // A megabyte cell and a cell of separators only.
  const Imported big = import("subject,predicate,value,source,source_date\nKestrel,invest,\"" +
                              std::string(1 << 20, '9') + "\",Ledger,2025\n,,,,,,,,\nx,y,z,$1,L,2025\n");
  CHECK(where(big.errors) == std::vector<Where>{{"csv.bad_kind", 2, "kind"}, {"csv.field_count", 4, ""}});
  CHECK(big.errors[0].message.size() < 200);
}

TEST_CASE("many rows: made-up ids stay unique and explicit ids are never taken", "[csv]") {
  std::string sheet =
      "id,subject,predicate,value,source,source_date\nkestrel-invest-2,Kestrel,invest,$7,Ledger,2025\n";
  constexpr int kRows = 20000;
  for (int i = 0; i < kRows; ++i)
    sheet += ",Kestrel,invest,$" + std::to_string(i + 1) + " million,Ledger,2025\n";
  const Imported r = import(sheet);
  REQUIRE(r.errors.empty());
  const auto doc = nlohmann::json::parse(r.json);
  const auto& facts = doc["facts"];
  REQUIRE(facts.size() == kRows + 1);
  CHECK(facts[0]["id"] == "kestrel-invest-2");
  CHECK(facts[1]["id"] == "kestrel-invest");
  CHECK(facts[2]["id"] == "kestrel-invest-3");  // -2 is taken by the row that gave it
  CHECK(facts[kRows]["id"] == "kestrel-invest-" + std::to_string(kRows + 1));
  CHECK(facts[kRows]["value"]["amount"] == kRows * 1000000LL);
}

TEST_CASE("the fact-base size limit holds for a CSV and for the fact base it becomes", "[csv][limits]") {
  const std::string& sheet = kDeskSheet;
  CsvImportOptions options;
  options.max_bytes = sheet.size() - 1;
  Imported r = import(sheet, options);
  CHECK(r.json.empty());
  CHECK(where(r.errors) == std::vector<Where>{{"csv.too_large", 0, ""}});
  // The CSV fits, but the JSON it makes (longer: keys on every value) does not.
  options.max_bytes = sheet.size();
  r = import(sheet, options);
  CHECK(r.json.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].code == "factbase.too_large");
  // And a limit raised above the default applies to the result too.
  options.max_bytes = kDefaultMaxFactsBytes * 2;
  CHECK(import(sheet, options).errors.empty());
}
