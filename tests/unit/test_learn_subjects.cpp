// Whose a learned figure is: the document's topic where a sentence names no one (a sender's heading, a
// subject line, a later notice that names its company only further on), and names that run across "and".
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checking.hpp"
#include "learn/learner.hpp"

namespace {

using factcheck::SourceDocument;

// Each learned fact as "subject predicate amount", in the base's order.
std::vector<std::string> facts_of(const std::vector<SourceDocument>& sources) {
  const nlohmann::json base = nlohmann::json::parse(factcheck::learn_fact_base(sources, "S").json);
  std::vector<std::string> out;
  for (const auto& f : base["facts"]) {
    std::string line = f["subject"].get<std::string>() + " " + f["predicate"].get<std::string>();
    if (f.contains("value") && f["value"].contains("amount"))
      line += " " + std::to_string(static_cast<long long>(f["value"]["amount"].get<double>()));
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> entity_ids(const std::vector<SourceDocument>& sources) {
  const nlohmann::json base = nlohmann::json::parse(factcheck::learn_fact_base(sources, "S").json);
  std::vector<std::string> out;
  for (const auto& e : base["entities"]) out.push_back(e["id"].get<std::string>());
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace

namespace {

std::string verdict_in(const std::vector<SourceDocument>& sources, const std::string& text,
                       const std::string& span) {
  const factcheck::Checker checker(
      factcheck::testing::fixture(factcheck::learn_fact_base(sources, "S").json));
  for (const auto& seen : factcheck::testing::check(checker, text))
    if (seen.text == span) return seen.verdict + ": " + seen.explanation;
  return "no claim";
}

}  // namespace

TEST_CASE("a sender's heading does not make the document about the sender", "[learn][topic][s16-17]") {
  // The release comes from the operator; its first sentence of figures, and so the document, is about
  // the venue.
  const auto facts = facts_of({{"release.txt", "2024-11-04",
                                "TARRANT LEISURE LTD \u2014 PRESS RELEASE, 4 NOVEMBER 2024\n\n"
                                "The Brackley Ice Arena, run by Tarrant Leisure Ltd, sold 212,000 tickets in "
                                "the season to 31 August. "
                                "Expansion: a second rink will be built at a cost of \u00a39 million."}});
  CHECK(has(facts, "brackley-ice-arena count-ticket 212000"));
  CHECK(has(facts, "brackley-ice-arena money-cost 9000000"));
  // A heading with words in lower case is no sender's line: "The Pellam Rail Agency has confirmed ..."
  // names the topic, and a sentence opening on another body keeps its own figures only.
  const auto agency = facts_of({{"agency.txt", "2024-05-02",
                                 "The Pellam Rail Agency has confirmed the final design of the line. The "
                                 "Westby Loop, a separate project, is 84 kilometres long. The route will be "
                                 "212 kilometres long."}});
  CHECK(has(agency, "westby-loop measure-project 84"));
  CHECK(has(agency, "pellam-rail-agency measure-rout 212"));
}

TEST_CASE("a subject line names what a communiqué is about", "[learn][topic][s16-17]") {
  const auto facts =
      facts_of({{"notice.txt", "2025-06-15",
                 "HOLTBY DISTRICT COUNCIL \u2014 NOTICE, 15 JUNE 2025\n\nRegarding the Holtby Lido\n\n"
                 "The number of visitors in 2024 has been corrected to 96,000. The new pool will cost "
                 "\u00a34 million."}});
  CHECK(has(facts, "holtby-lido count-visitor 96000"));
  CHECK(has(facts, "holtby-lido money-cost 4000000"));
}

TEST_CASE("a later notice that names its company only further on is about the earlier source's",
          "[learn][topic][s16-17]") {
  const auto facts =
      facts_of({{"terms.txt", "2024-02-01",
                 "Ferncastle Beds delivers to every address for \u00a329 and trades from 31 shops."},
                {"changes.txt", "2024-09-02",
                 "From 1 September 2024 the following changes apply:\n\u2022 Delivery rises to \u00a335.\n\n"
                 "After two openings this summer, Ferncastle now trades from 33 shops."}});
  CHECK(has(facts, "ferncastle-beds money-ris 35"));
  // A notice that never names it keeps its figures to itself.
  const auto alone = facts_of({{"terms.txt", "2024-02-01", "Ferncastle Beds trades from 31 shops."},
                               {"other.txt", "2024-09-02", "Delivery rises to \u00a335."}});
  CHECK_FALSE(has(alone, "ferncastle-beds money-ris 35"));
}

TEST_CASE("a later source about \"the garden\" is about the garden; its membership revises the members",
          "[learn][topic][s16-17]") {
  // The notice names no organisation, and the garden only as "the garden": its unnamed figures are the
  // garden's, and "Membership reached 19,400 in July 2024" is the level the earlier 18,600 members was.
  const std::vector<SourceDocument> sources = {
      {"annual.txt", "2024-01-15", "Rowanlea Botanic Garden ended the year with 18,600 members."},
      {"update.txt", "2024-08-30",
       "Work on the new glasshouse has been moved to 2025. Grants will provide 41% of the garden's "
       "income. Membership reached 19,400 in July 2024."}};
  const auto facts = facts_of(sources);
  CHECK(has(facts, "rowanlea-botanic-garden count-member"));  // one series: 18,600, then 19,400
  CHECK(has(facts, "rowanlea-botanic-garden percent-provid 41"));
  CHECK_THAT(verdict_in(sources, "Rowanlea Botanic Garden has 18,600 members.", "18,600 members"),
             Catch::StartsWith("outdated") && Catch::Contains("19,400 members"));
}

TEST_CASE("a name runs across \"and\" into a body's noun, not between two names", "[learn][names][s16-17]") {
  const auto ids = entity_ids(
      {{"venue.txt", "2024-11-04",
        "The Larchmont Science and Discovery Centre hosted 140 school visits. Its discovery hall and its "
        "science garden reopened. The Guild of Masons and Carvers has 900 members, and the carvers meet "
        "monthly. Pellow and Tarrant employs 640 people. Vantor and Quillfeather signed a deal worth $2 "
        "billion."}});
  CHECK(has(ids, "larchmont-science-and-discovery-centre"));
  CHECK(has(ids, "guild-of-masons-and-carvers"));
  // Two names joined by "and" stay two: no body's noun ends them, and neither is a word in lower case.
  CHECK_FALSE(has(ids, "pellow-and-tarrant"));
  CHECK(has(ids, "quillfeather"));
}

TEST_CASE("a name in capitals is the same name in title case", "[learn][names][s16-17]") {
  // Only ASCII letters were lower-cased before: "HOLMÖSTRAND" and "Holmöstrand" made two entities.
  const std::vector<SourceDocument> notice = {
      {"notice.txt", "2025-03-01",
       "HOLM\u00d6STRAND TOURIST BOARD \u2014 NOTICE, 1 MARCH 2025\n\n"
       "The Holm\u00f6strand Tourist Board counted 41,000 overnight stays in 2024."}};
  CHECK(entity_ids(notice).size() == 1);
  CHECK(facts_of(notice).size() == 1);
}

TEST_CASE("words after \"and\" that go on to the next figure are not the figure's", "[learn][s16-17]") {
  // "and approved dividends of R$ 2.4 billion" made "approved" and "dividends" words of the income.
  const nlohmann::json base = nlohmann::json::parse(
      factcheck::learn_fact_base({{"results.txt", "2025-02-12",
                                   "Serrana Mineira reported net income of R$ 9.1 billion for 2024 and "
                                   "approved dividends of R$ 2.4 billion."}},
                                 "S")
          .json);
  for (const auto& p : base["predicates"]) {
    if (p["id"] != "money-incom") continue;
    const auto cues = p["cues"].get<std::vector<std::string>>();
    CHECK(has(cues, "income"));
    CHECK_FALSE(has(cues, "dividends"));
    CHECK_FALSE(has(cues, "approved"));
  }
}

TEST_CASE("figures that are not the source's figure of the same word", "[learn][settle][s16-17]") {
  const std::vector<SourceDocument> results = {
      {"results.txt", "2025-02-12",
       "Serrana Mineira reported net income of R$ 9.1 billion for 2024. The Peltra sneaker's upper is made "
       "from 62% recycled polyester. Severance terms will be four weeks' pay per year of service."}};
  // "net debt" shares only "net" with the income.
  CHECK_THAT(verdict_in(results, "Serrana Mineira has net debt of R$ 11 billion.", "R$ 11 billion"),
             Catch::StartsWith("unverified") && Catch::Contains("another kind"));
  CHECK_THAT(verdict_in(results, "Serrana Mineira had net income of R$ 11 billion.", "R$ 11 billion"),
             Catch::StartsWith("contradicted"));
  // "recycled card" is not the "recycled polyester".
  CHECK_THAT(verdict_in(results, "The Peltra box is 100% recycled card.", "100%"),
             Catch::StartsWith("unverified") && Catch::Contains("another word"));
  CHECK_THAT(verdict_in(results, "The Peltra upper is 100% recycled polyester.", "100%"),
             Catch::StartsWith("contradicted"));
  // What a union demands is its wish, not the company's terms.
  CHECK_THAT(
      verdict_in(results, "Our demands for Serrana Mineira are simple: five weeks' pay per year of service.",
                 "five weeks"),
      Catch::StartsWith("unverified") && Catch::Contains("demands"));
  CHECK_THAT(
      verdict_in(results, "Serrana Mineira will pay five weeks' pay per year of service.", "five weeks"),
      Catch::StartsWith("contradicted"));
}

TEST_CASE("a date nearer to another figure dates that one", "[learn][dates][s16-17]") {
  // "per the 2024 annual press conference" dates the conference: the vehicles have their own 2023.
  const std::vector<SourceDocument> report = {
      {"report.txt", "2024-03-12", "Halvard Motors delivered 1.84 million vehicles worldwide in 2023."}};
  const std::string text =
      "Per the 2024 annual press conference, Halvard Motors delivered 1.84M vehicles in 2023.";
  CHECK_THAT(verdict_in(report, text, "2024"), !Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_in(report, text, "2023"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_in(report, "Halvard Motors delivered 1.84M vehicles in 2022.", "2022"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("a figure given as now is not wrong by a value its source dates years before",
          "[learn][settle][s16-17]") {
  const std::vector<SourceDocument> release = {
      {"release.txt", "2024-04-16",
       "In 2019 Korav Weather Service operated 48 automatic weather stations. Korav Weather Service employs "
       "112 staff."}};
  CHECK_THAT(verdict_in(release, "Korav Weather Service currently operates 64 automatic weather stations.",
                        "64 automatic weather stations"),
             Catch::StartsWith("unverified") && Catch::Contains("another period"));
  // Said of that year, it is wrong; the source's own undated figures are still checked as now.
  CHECK_THAT(verdict_in(release, "In 2019 Korav Weather Service operated 64 automatic weather stations.",
                        "64 automatic weather stations"),
             Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_in(release, "Korav Weather Service currently employs 140 staff.", "140 staff"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("'transplants 611 (previously 598)' revises the earlier count", "[learn][revisions][s16-17]") {
  const std::vector<SourceDocument> sources = {
      {"annual.txt", "2024-02-20", "In 2023 the Tarnwell Donor Register recorded 598 transplants."},
      {"corrections.txt", "2024-09-03",
       "Two figures of the Tarnwell Donor Register's 2023 report are revised: deceased donors 219 "
       "(previously "
       "212) and transplants 611 (previously 598)."}};
  CHECK_THAT(
      verdict_in(sources, "The Tarnwell Donor Register recorded 598 transplants in 2023.", "598 transplants"),
      Catch::StartsWith("outdated") && Catch::Contains("611 transplants"));
  CHECK_THAT(
      verdict_in(sources, "The Tarnwell Donor Register recorded 611 transplants in 2023.", "611 transplants"),
      Catch::StartsWith("supported"));
}

TEST_CASE("a bound both name is the figure: 'a minimum of 3 kg' is not the minimum of 5 kg",
          "[learn][settle][s16-17]") {
  const std::vector<SourceDocument> terms = {
      {"terms.txt", "2024-02-20",
       "Suds & Co service wash: \u20ac2.40 per kg, minimum 5 kg. Suds & Co delivers orders of at least 12 "
       "kg free."}};
  CHECK_THAT(verdict_in(terms, "Suds & Co charges \u20ac2.40 per kg with a minimum of 3 kg.", "3 kg"),
             Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_in(terms, "Suds & Co charges \u20ac2.40 per kg with a minimum of 5 kg.", "5 kg"),
             Catch::StartsWith("supported"));
  // A floor the draft sets, where the sources name no bound, is still a floor: 12 kg clears "at least 10".
  CHECK_THAT(verdict_in(terms, "Suds & Co delivers orders of at least 10 kg free.", "10 kg"),
             !Catch::StartsWith("contradicted"));
}

TEST_CASE("an organisation with a third of the topic's facts is no topic of a sentence that names no one",
          "[learn][topic][s16-18]") {
  // Osterwald has one fact to the statistics office's three: "coffee up 9%" is not Osterwald's.
  const std::vector<SourceDocument> sources = {
      {"prices.txt", "2024-04-10",
       "Lindmark Statistical Office said food prices rose 4.7% in March. It said butter fell 11.2% and sugar "
       "rose 32.4%. Osterwald said coffee rose 7.5%."}};
  CHECK(verdict_in(sources, "Chocolate up 18.4%, coffee up 9%.", "9%").rfind("unverified", 0) == 0);
  CHECK(verdict_in(sources, "Osterwald: coffee up 9%.", "9%").rfind("contradicted", 0) == 0);
}

TEST_CASE("a fact sheet's heading names what it is about; its 'Length:' is a text's 'long'",
          "[learn][topic][s16-18]") {
  const std::vector<SourceDocument> sources = {
      {"canal.txt", "2024-05-02",
       "THE HOLLIN & LEDBROOK CANAL \u2013 FACT SHEET\n\nLength: 31.6 miles. Locks: 42.\n\nKestrel Hill "
       "flight: 14 locks in 1.2 miles."}};
  CHECK(verdict_in(sources, "The Hollin & Ledbrook Canal is thirty-one and a half miles long.",
                   "thirty-one and a half miles")
            .rfind("supported", 0) == 0);
  CHECK(verdict_in(sources, "The Hollin & Ledbrook Canal is 40 miles long.", "40 miles")
            .rfind("contradicted", 0) == 0);
}

TEST_CASE("a figure of another year does not make wrong a draft's sentence dated to other years",
          "[learn][time][s16-18]") {
  const std::vector<SourceDocument> sources = {
      {"interim.txt", "2024-10-08",
       "Mupundu Tobacco Plc reported interim results. Mupundu Tobacco paid a dividend of 35 ngwee per share "
       "for 2022."}};
  CHECK(verdict_in(
            sources,
            "Mupundu Tobacco made a profit in 2024, and shareholders will receive a dividend of 42 ngwee "
            "per share.",
            "42 ngwee")
            .rfind("unverified", 0) == 0);
  CHECK(verdict_in(sources, "Mupundu Tobacco paid a dividend of 42 ngwee per share for 2022.", "42 ngwee")
            .rfind("contradicted", 0) == 0);
}

TEST_CASE("an opening postponed 'to Monday 1 September' makes the earlier date outdated",
          "[learn][time][s16-18]") {
  const std::vector<SourceDocument> sources = {
      {"changes.txt", "2025-01-08",
       "Dunmere City Archives will move. Ledger House will open to the public on 2 June 2025."},
      {"update.txt", "2025-03-03",
       "Dunmere City Archives gave an update. However, the opening of Ledger House has been postponed from 2 "
       "June "
       "to Monday 1 September 2025."}};
  CHECK(verdict_in(sources, "Ledger House opens on 2 June.", "2 June").rfind("outdated", 0) == 0);
  CHECK(verdict_in(sources, "Ledger House opens on 1 September.", "1 September").rfind("supported", 0) == 0);
}

TEST_CASE("a heading in capitals ends a name at its verb", "[learn][names][s16-18]") {
  const std::vector<std::string> ids = entity_ids(
      {{"release.txt", "2025-05-20",
        "MOSETLHA UNIVERSITY AND PHATSIMO PROPERTIES SIGN STUDENT HOSTEL PARTNERSHIP\n\nMosetlha University "
        "has signed a P640 million partnership with Phatsimo Properties to build 3,200 beds."}});
  CHECK(has(ids, "phatsimo-properties"));
  CHECK_FALSE(has(ids, "phatsimo-properties-sign-student-hostel-partnership"));
}

TEST_CASE("'(Pty) Ltd' is a legal suffix, not two names", "[learn][names][s16-18]") {
  const std::vector<std::string> ids =
      entity_ids({{"notice.txt", "2024-08-19",
                   "Segodi Aggregates (Pty) Ltd plans a quarry. Kalahari Build holds 70% of it."}});
  CHECK(has(ids, "segodi-aggregates"));
  CHECK_FALSE(has(ids, "pty"));
  CHECK_FALSE(has(ids, "ltd"));
}

TEST_CASE("a country that opens a sentence is a name, whose figure it is", "[learn][names][s16-19]") {
  const std::vector<SourceDocument> doc = {
      {"report.txt", "2025-02-20",
       "Drinasa sold 2,130 tonnes of oil. Italy was the largest foreign market, taking 34% of exports, "
       "followed by Germany (19%)."}};
  const std::vector<std::string> facts = facts_of(doc);
  CHECK(has(entity_ids(doc), "italy"));
  CHECK(has(facts, "italy percent-market 34"));
  CHECK_FALSE(has(facts, "germany percent-market 34"));
  // A word that opens a sentence and names no country is still no name: "Exports made up 58% of sales".
  const std::vector<SourceDocument> plain = {
      {"report.txt", "2025-02-20", "Drinasa sold 2,130 tonnes of oil. Exports made up 58% of sales."}};
  CHECK_FALSE(has(entity_ids(plain), "exports"));
}

TEST_CASE("a year that opens a sentence dates each of its figures", "[learn][dates][s16-19]") {
  const nlohmann::json base = nlohmann::json::parse(
      factcheck::learn_fact_base({{"release.txt", "2024-02-14",
                                   "Kavar Call Service answers emergency calls. In 2023 the 112 service of "
                                   "Kavar received 1.84 million calls."}},
                                 "S")
          .json);
  bool dated = false;
  for (const auto& f : base["facts"])
    if (f["value"].value("amount", 0.0) == 1840000.0) dated = f.value("when", "") == "2023";
  CHECK(dated);
}

TEST_CASE("'THE CAPITAL, date —' is a dateline's place; 'CJSC' is a legal suffix", "[learn][names][s16-19]") {
  const std::vector<SourceDocument> doc = {
      {"release.txt", "2024-03-12",
       "THE CAPITAL, 12 March 2024 \u2014 Mirzoyan Hair Studios CJSC reported results.\n\nThe group ended "
       "the year with 61 salons. Capital expenditure guidance is unchanged at AMD 900 million."}};
  const std::vector<std::string> facts = facts_of(doc);
  // The unnamed sentences' figures are the company's, not the place's; "Capital expenditure" names no one.
  CHECK(has(facts, "mirzoyan-hair-studios count-salon 61"));
  for (const std::string& f : facts) CHECK(f.rfind("capital ", 0) != 0);
  CHECK_FALSE(has(entity_ids(doc), "mirzoyan-hair-studios-cjsc"));
}

TEST_CASE("'A rival refinery hired 230 workers' is no figure of the document's topic",
          "[learn][subjects][s16-16]") {
  const std::vector<std::string> facts = facts_of(
      {{"notice.txt", "2024-09-02",
        "Cukrovar Hornany processed 410,000 tonnes of beet. A rival refinery hired 230 seasonal "
        "workers in 2023. Rival Sable Mills employs 80 people. The company hired 320 seasonal workers."}});
  CHECK_FALSE(has(facts, "cukrovar-hornany count-worker 230"));
  CHECK(has(facts, "cukrovar-hornany count-worker 320"));
  CHECK(has(facts, "sable-mills count-peopl 80"));
}

TEST_CASE("'A \"Dragon's Vault\" coin pusher built in 2021' is one thing of a kind, no figure of the name's",
          "[learn][subjects]") {
  const std::vector<std::string> facts = facts_of(
      {{"notice.txt", "2024-09-02",
        "Marlow Tancred will sell the contents of Brunsfield Bowl. Dragon Vault Games made 40 machines for "
        "the hall. A \u201cDragon Vault\u201d coin pusher built in 2021 sold at a Blackpool auction for "
        "\u00a32,900."}});
  CHECK(has(facts, "dragon-vault-games count-machin 40"));
  for (const std::string& f : facts) CHECK(f.find("2900") == std::string::npos);
}

TEST_CASE("'Vedrac d.d.' is a name with its dotted suffix; 'the Zeleni Dol-based operator' is no subject",
          "[learn][names][s16-17]") {
  const std::vector<SourceDocument> doc = {
      {"release.txt", "2024-02-15",
       "Vedrac d.d., the Zeleni Dol-based maker of garden sheds, posted sales of EUR 9.4 million in 2023. "
       "The company runs four plants."}};
  const std::vector<std::string> facts = facts_of(doc);
  CHECK(has(facts, "vedrac money-sal 9400000"));
  CHECK(has(facts, "vedrac count-plant 4"));
  const std::vector<std::string> ids = entity_ids(doc);
  CHECK(has(ids, "vedrac"));
  CHECK_FALSE(has(ids, "zeleni-dol"));
  // So "s.r.o." and "d.o.o." after a one-word name at a text's start.
  CHECK(has(entity_ids({{"a.txt", "2024-02-15", "Kovovar s.r.o. employs 310 people."}}), "kovovar"));
  CHECK(has(entity_ids({{"a.txt", "2024-02-15", "Lesnina d.o.o. employs 95 people."}}), "lesnina"));
}

TEST_CASE("'SIA Dzintarkoks' is 'Dzintarkoks' too: a legal form written before the name",
          "[learn][names][s16-17]") {
  const std::vector<SourceDocument> doc = {{"report.txt", "2024-05-30",
                                            "In 2023 SIA Kokvilna achieved net turnover of EUR 38.6 million. "
                                            "In 2021 Kokvilna had 540 employees."}};
  CHECK(entity_ids(doc) == std::vector<std::string>{"sia-kokvilna"});
  CHECK(has(facts_of(doc), "sia-kokvilna count-employe 540"));
}

TEST_CASE(
    "a dateline under a heading line is a place; a place after 'in' is no subject of the clause after it",
    "[learn][subjects][s16-20]") {
  const std::vector<SourceDocument> doc = {
      {"release.txt", "2024-02-14",
       "Tintovar LLC reports 2023 results\n\nHrodna, 14 February 2024 \u2014 Tintovar LLC, the operator of "
       "tattoo studios headquartered in Hrodna, today reported revenue of BYN 6.84 million for 2023.\n\nAt "
       "31 "
       "December 2023 the chain ran 23 studios, nine of them in Hrodna, and employed 148 licensed artists."}};
  const std::vector<std::string> facts = facts_of(doc);
  CHECK(has(facts, "tintovar money-revenu 6840000"));
  CHECK(has(facts, "tintovar count-artist 148"));
  for (const std::string& f : facts) CHECK(f.rfind("hrodna ", 0) != 0);
}

TEST_CASE(
    "'The company has opened two studios, in Baranichy and Lidava, bringing the network to 25': the "
    "places are where, the company is who; 'It' after them is the company",
    "[learn][subjects][s16-20]") {
  const std::vector<std::string> facts = facts_of(
      {{"update.txt", "2024-11-05",
        "Tintovar LLC reported revenue of BYN 5.62 million. The company has opened two new studios this "
        "year, in "
        "Baranichy and Lidava, bringing the network to 25 studios. It now expects to open four studios in "
        "2024."}});
  CHECK(has(facts, "tintovar count-studio 25"));
  CHECK(has(facts, "tintovar count-studio 4"));
  for (const std::string& f : facts) CHECK((f.rfind("baranichy ", 0) != 0 && f.rfind("lidava ", 0) != 0));
}

TEST_CASE("'Harbour Bay, Sandalwood Cay, 8 July 2024 —' under two heading lines: a place and its island",
          "[learn][subjects][s16-20]") {
  const std::vector<SourceDocument> doc = {
      {"release.txt", "2024-07-08",
       "GULL LEISURE GROUP — PRESS RELEASE\nReef Lanes to open on Tern Cay\n\nPort Ibis, Tern Cay, 8 July "
       "2024 — Reef Lanes, a B$7.8 million family entertainment centre, will open on 15 July 2024."}};
  const std::vector<std::string> facts = facts_of(doc);
  for (const std::string& f : facts) CHECK((f.rfind("port-ibis ", 0) != 0 && f.rfind("tern-cay ", 0) != 0));
  CHECK(has(facts, "reef-lanes money-family 7800000"));
}
