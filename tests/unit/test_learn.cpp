// The learning stage (core/learn): sources become an ordinary fact base, checked by the same matcher.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checking.hpp"
#include "learn/learner.hpp"
#include "report/json.hpp"
#include "self_check.hpp"

namespace fs = std::filesystem;
using factcheck::Checker;
using factcheck::FactBase;
using factcheck::FactBaseError;
using factcheck::learn_fact_base;
using factcheck::SourceDocument;

namespace {

// An invented results release, written as agencies write them: curly quotes, a no-break space, dashes.
const std::string kRelease =
    "SAN JOSE, Calif. \u2013 Kestrel Semiconductor Inc. (NASDAQ: KSTR) reported second-quarter revenue of "
    "$1.82\u00a0billion, up 31% year on year. Data-centre revenue was $1.07 billion. GAAP net income was "
    "$311 million. The company employs 12,400 people. \u201cDemand is outrunning supply,\u201d said chief "
    "executive Anjali Raman. Kestrel returned $400 million to shareholders through buybacks.";

FactBase learned(const std::vector<SourceDocument>& sources) {
  const factcheck::LearnedBase base = learn_fact_base(sources, "Test sources");
  return factcheck::testing::fixture(base.json);
}

std::string verdict_of(const Checker& checker, const std::string& text, const std::string& span) {
  for (const auto& seen : factcheck::testing::check(checker, text))
    if (seen.text == span) return seen.verdict + ": " + seen.explanation;
  return "no claim";
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("a learned base is an ordinary fact base: it validates and carries its sentences", "[learn]") {
  const factcheck::LearnedBase base =
      learn_fact_base({{"kestrel-q2.txt", "2025-07-24", kRelease}}, "Kestrel");
  const FactBase facts = factcheck::testing::fixture(base.json);
  REQUIRE(base.facts_per_source.size() == 1);
  CHECK(base.facts_per_source[0] >= 5);
  CHECK(facts.from_documents());
  const factcheck::Source& first = facts.sources().front();
  CHECK(first.document == "kestrel-q2.txt");
  CHECK(first.date == "2025-07-24");
  CHECK(first.end > first.start);
  CHECK(kRelease.substr(first.start, first.end - first.start).find(first.quote.substr(0, 20)) == 0);
  // The legal suffix and the short form are aliases of one entity.
  const factcheck::Entity* kestrel = facts.entity("kestrel-semiconductor");
  REQUIRE(kestrel);
  CHECK(std::count(kestrel->aliases.begin(), kestrel->aliases.end(), "Kestrel") == 1);
}

TEST_CASE("figures are checked against what the sources say", "[learn]") {
  const Checker checker(learned({{"kestrel-q2.txt", "2025-07-24", kRelease}}));
  const std::string draft =
      "Kestrel Semiconductor said revenue rose 31% to $1.82bn. Data-centre revenue was $1.2 billion. The "
      "chipmaker employs about 12,000 people. Kestrel handed $450 million back to shareholders through "
      "buybacks.";
  CHECK_THAT(verdict_of(checker, draft, "$1.82bn"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, draft, "31%"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, draft, "$1.2 billion"),
             Catch::StartsWith("contradicted: The sources say $1.07"));
  CHECK_THAT(verdict_of(checker, draft, "12,000 people"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, draft, "$450 million"), Catch::StartsWith("contradicted"));
}

TEST_CASE("what the sources lack is 'not in the sources'", "[learn]") {
  const Checker checker(learned({{"kestrel-q2.txt", "2025-07-24", kRelease}}));
  CHECK_THAT(verdict_of(checker, "Kestrel Semiconductor has 41 factories.", "41 factories"),
             Catch::StartsWith("unverified: Not in the sources"));
}

TEST_CASE("an undated source is cited by its name alone", "[learn]") {
  const Checker checker(learned({{"notes.txt", "", "Harrow Foods plc employs 5,200 people."}}));
  CHECK(verdict_of(checker, "Harrow Foods employs 5,900 people.", "5,900 people") ==
        "contradicted: The sources say 5,200 people (notes.txt); 5,900 people is about 13% higher.");
}

TEST_CASE("roles are learned from titles beside names", "[learn][roles]") {
  const Checker checker(learned({{"kestrel-q2.txt", "2025-07-24", kRelease}}));
  CHECK_THAT(verdict_of(checker, "Kestrel CEO Anjali Raman was upbeat.", "Kestrel CEO Anjali Raman"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a later-dated source makes the earlier figure outdated", "[learn][time]") {
  const Checker checker(learned({{"spring.txt", "2025-03-01", "Harrow Foods plc employs 5,200 people."},
                                 {"autumn.txt", "2025-10-01", "Harrow Foods plc employs 6,100 people."}}));
  CHECK_THAT(verdict_of(checker, "Harrow Foods employs 5,200 people.", "5,200 people"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Harrow Foods employs 6,100 people.", "6,100 people"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a figure set apart from its siblings by the same words in each source is one series",
          "[learn][time]") {
  // Three counts of people in each report; only the displaced are a series.
  const Checker checker(learned(
      {{"report3.txt", "2024-10-30",
        "Forty-seven people have died in the Marrow Valley floods. An estimated 18,500 people have been "
        "displaced. Marrow Valley officials said 23 people remain missing."},
       {"report6.txt", "2024-11-04",
        "Sixty-two people have died in the Marrow Valley floods. About 24,300 people are displaced. Marrow "
        "Valley officials said 9 people remain missing. The number of damaged homes is put at 8,150."}}));
  CHECK_THAT(verdict_of(checker, "In the Marrow Valley, 18,500 people are displaced.", "18,500 people"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "In the Marrow Valley, 24,300 people are displaced.", "24,300 people"),
             Catch::StartsWith("supported"));
  // "the number of damaged homes": a count of homes, a describing word between.
  CHECK_THAT(verdict_of(checker, "Marrow Valley has 8,150 damaged homes.", "8,150 damaged homes"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a figure of a past period, said with no period, is not confirmed as the figure now",
          "[learn][time]") {
  // 29.1% was the first half of 2023's margin; the margin now is 27.5%.
  const Checker checker(learned(
      {{"h1.txt", "2024-07-25",
        "Maison Orvel reported its first-half results. Operating margin was 27.5%, compared with 29.1% in "
        "the "
        "first half of 2023. Production was up 8% on Q3 2023. The average order was 21.4 days, the longest "
        "since records began in 2010."}}));
  const std::string held = verdict_of(checker, "Maison Orvel's operating margin held at 29.1%.", "29.1%");
  CHECK_THAT(held, Catch::StartsWith("unverified"));
  CHECK_THAT(held, Catch::Contains("the figure for the first half of 2023") && Catch::Contains("27.5%"));
  CHECK_THAT(
      verdict_of(checker, "Maison Orvel's operating margin was 29.1% in the first half of 2023.", "29.1%"),
      Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Maison Orvel's operating margin is 27.5%.", "27.5%"),
             Catch::StartsWith("supported"));
  // The period a change is set against, and a time since when, date no figure.
  CHECK_THAT(verdict_of(checker, "Maison Orvel's production rose 8%.", "8%"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "At Maison Orvel the average order was 21.4 days.", "21.4 days"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a floor confirms no exact figure above it, however near", "[learn]") {
  const Checker checker(learned({{"bulletin.txt", "2025-03-20",
                                  "The Halden Institute said the average exceeded 1.5\u00b0C in 2024."}}));
  CHECK_THAT(
      verdict_of(checker, "The Halden Institute said the average was 1.55\u00b0C in 2024.", "1.55\u00b0C"),
      Catch::StartsWith("unverified") && Catch::Contains("gives only a bound"));
  CHECK_THAT(
      verdict_of(checker, "The Halden Institute said the average was over 1.5\u00b0C in 2024.", "1.5\u00b0C"),
      Catch::StartsWith("supported"));
}

TEST_CASE("two sources of one date that disagree are never decided silently", "[learn][time]") {
  const Checker checker(learned({{"a.txt", "2025-03-01", "Harrow Foods plc employs 5,200 people."},
                                 {"b.txt", "2025-03-01", "Harrow Foods plc employs 6,100 people."}}));
  const std::string seen = verdict_of(checker, "Harrow Foods employs 5,200 people.", "5,200 people");
  CHECK_THAT(seen, Catch::StartsWith("unverified: Not decided: the sources disagree"));
  CHECK_THAT(seen, Catch::Contains("(a.txt, 2025-03-01)") && Catch::Contains("(b.txt, 2025-03-01)"));
}

TEST_CASE("a revision in a later source replaces the figure it names", "[learn][time]") {
  const Checker checker(
      learned({{"june.txt", "2025-07-04", "Employers in Meridia added 147,000 jobs in June."},
               {"july.txt", "2025-08-01",
                "Meridia added 73,000 jobs in July. June was revised to 19,000 jobs from 147,000 jobs."}}));
  CHECK_THAT(verdict_of(checker, "Meridia employers added 147,000 jobs, the bureau said.", "147,000 jobs"),
             Catch::StartsWith("outdated"));
}

TEST_CASE("a figure the sources give elsewhere is never called wrong", "[learn]") {
  const Checker checker(
      learned({{"a.txt", "2025-01-01",
                "Arcturus Mining reported revenue of $14.5 billion. Net debt was $9.1 billion."}}));
  CHECK_THAT(verdict_of(checker, "Arcturus Mining's net debt was $14.5 billion.", "$14.5 billion"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("a learned base stacks on the bundled one", "[learn]") {
  const factcheck::LearnedBase base =
      learn_fact_base({{"kestrel-q2.txt", "2025-07-24", kRelease}}, "Kestrel");
  FactBase stack = FactBase::bundled();
  std::vector<FactBaseError> errors;
  CHECK(stack.merge(base.json, errors));
  for (const FactBaseError& e : errors) UNSCOPED_INFO(e.to_string());
  CHECK(errors.empty());
  CHECK_FALSE(stack.from_documents());  // the bundled facts still speak as "the fact base"
  CHECK(stack.basis() == factcheck::Basis::both);
  // A claim on a source's fact speaks of the sources; an unverified one names both; the report says which.
  const Checker checker(std::move(stack));
  const std::string draft = "Kestrel Semiconductor employs 12,400 people. Harrow Foods employs 900 people.";
  const nlohmann::json report =
      nlohmann::json::parse(factcheck::report_json(checker.check(draft), checker.facts(), draft));
  REQUIRE(report["claims"].size() == 2);
  CHECK(report["claims"][0]["verdict"] == "supported");
  CHECK_THAT(report["claims"][0]["explanation"].get<std::string>(), Catch::StartsWith("Matches the sources"));
  CHECK(report["claims"][1]["verdict"] == "unverified");
  CHECK_THAT(report["claims"][1]["explanation"].get<std::string>(),
             Catch::StartsWith("Not in the fact base or the sources"));
  CHECK(report["verdict_names"]["unverified"] == "Not in the fact base or the sources");
  CHECK(report["factbase"]["basis"] == "both");
  CHECK(FactBase::bundled().basis() == factcheck::Basis::facts);
}

TEST_CASE("against sources alone an unverified figure is 'Not in the sources', in the report and its names",
          "[learn]") {
  const Checker checker(learned({{"kestrel-q2.txt", "2025-07-24", kRelease}}));
  const std::string draft = "Harrow Foods employs 900 people.";
  const nlohmann::json report =
      nlohmann::json::parse(factcheck::report_json(checker.check(draft), checker.facts(), draft));
  REQUIRE(report["claims"].size() == 1);
  CHECK(report["claims"][0]["verdict"] == "unverified");
  CHECK_THAT(report["claims"][0]["explanation"].get<std::string>(), Catch::StartsWith("Not in the sources"));
  CHECK(report["verdict_names"]["unverified"] == "Not in the sources");
  CHECK(report["verdict_names"]["supported"] == "Supported");
  CHECK(report["factbase"]["basis"] == "sources");
}

TEST_CASE("sources are checked before learning: every problem, coded, with its source", "[learn][limits]") {
  const std::vector<SourceDocument> sources = {{"a.txt", "2025-01-23", std::string(60, 'x')},
                                               {"a.txt", "2025-13-40", "y"},
                                               {"", "", std::string(60, 'z')}};
  const std::vector<factcheck::LearnError> errors = factcheck::check_sources(sources, 100);
  std::vector<std::string> seen;
  for (const auto& e : errors) seen.push_back(e.to_string());
  CHECK(seen ==
        std::vector<std::string>{
            "[learn.duplicate_name] a.txt: another source already has this name",
            "[learn.bad_date] a.txt: \"2025-13-40\" is not an ISO 8601 date (2025-01-23)",
            "[learn.no_name] #3: a source needs a name",
            "[learn.too_large] #3: the sources come to 121 bytes with this one; the limit is 100 bytes"});
}

TEST_CASE("hostile sources learn nothing wrong and never throw", "[learn][hostile]") {
  const std::string bytes =
      std::string("\xff\xfe\0$1 billion\xc3", 14) + std::string(5000, '(') + "Acme Inc. $5";
  const factcheck::LearnedBase base = learn_fact_base({{"bad.bin", "", bytes}, {"empty.txt", "", ""}}, "Bad");
  std::vector<FactBaseError> errors;
  FactBase::parse(base.json, errors, base.json.size() + 1);
  CHECK(errors.empty());
}

TEST_CASE("a source in a currency the euro replaced learns into a base that loads", "[learn]") {
  // The extractor reads "Finnish markka" as FIM; the fact-base format once refused the code (a fuzz find).
  const std::string text =
      "In 1998 Halla Oy paid 420 million Finnish markka for the Kemi mill. Its rival had offered 900 million "
      "francs and 300 million guilders.";
  const factcheck::testing::SelfCheck r = factcheck::testing::self_check(text);
  CHECK(r.problem == "");
  CHECK(r.learned >= 1);
  CHECK(r.supported == r.learned);
}

TEST_CASE("a document named for an organisation is about it from its first sentence", "[learn]") {
  // The update names no one before its figures, then a scheme of the company: its title says whose they
  // are.
  const Checker checker(learned(
      {{"Ashcombe Homes plc - full-year results", "2024-03-06",
        "Ashcombe Homes plc completed 9,842 homes in 2023. The landbank stood at 71,000 plots at the year "
        "end."},
       {"Ashcombe Homes plc - trading update", "2024-10-17",
        "Reservations were 11% lower than a year earlier. The landbank stands at 69,400 plots. Work at "
        "Thornbury Fields starts in 2026. Chief financial officer Imogen Barclay has been appointed chief "
        "executive."}}));
  CHECK_THAT(verdict_of(checker, "Ashcombe Homes has a landbank of 71,000 plots.", "71,000 plots"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Ashcombe Homes has a landbank of 69,400 plots.", "69,400 plots"),
             Catch::StartsWith("supported"));
}

TEST_CASE("one who stepped down holds the role no more, and the one appointed holds it", "[learn]") {
  const Checker checker(learned(
      {{"results.txt", "2024-03-06",
        "Ashcombe Homes plc completed 9,842 homes. Chief executive Gareth Lyle presented the results."},
       {"update.txt", "2024-10-17",
        "Ashcombe Homes plc expects fewer completions. Gareth Lyle has stepped down as chief executive with "
        "immediate effect, and Imogen Barclay has been appointed chief executive."}}));
  CHECK_THAT(verdict_of(checker, "Ashcombe Homes' chief executive, Gareth Lyle, spoke.",
                        "Ashcombe Homes' chief executive, Gareth Lyle"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Ashcombe Homes' chief executive, Imogen Barclay, spoke.",
                        "Ashcombe Homes' chief executive, Imogen Barclay"),
             Catch::StartsWith("supported"));
  // Said to have quit, the earlier holder is rightly so.
  CHECK_THAT(verdict_of(checker, "Ashcombe Homes chief executive Gareth Lyle quit in October.",
                        "Ashcombe Homes chief executive Gareth Lyle"),
             Catch::StartsWith("supported"));
}

TEST_CASE("an analyst's note says revenue, margin and guidance in short", "[learn]") {
  const Checker checker(learned(
      {{"Veridian Semiconductor - Q3 results", "2024-11-06",
        "Veridian Semiconductor reported third-quarter revenue of $3.42 billion, with gross margin of 46.8%. "
        "For the fourth quarter the company expects revenue of $3.55 billion to $3.70 billion."}}));
  const std::string note = "Veridian Semiconductor: Rev $3.42bn; GM 46.8%. Q4 rev guide $3.55-3.70bn.";
  CHECK_THAT(verdict_of(checker, note, "$3.42bn"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, note, "46.8%"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, note, "$3.55-3.70bn"), Catch::StartsWith("supported"));
  // A wrong range is not confirmed (nor yet called wrong: the quarter's revenue is a sibling fact).
  CHECK_THAT(verdict_of(checker, "Veridian Semiconductor: Q4 rev guide $3.45-3.60bn.", "$3.45-3.60bn"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("one year's figure said of another year the sources give is wrong for that year",
          "[learn][dates]") {
  const Checker checker(
      learned({{"release.txt", "2024-03-12", "Harwell Airport handled 27.4 million passengers in 2023."},
               {"update.txt", "2025-02-20", "In 2024 Harwell Airport handled 28.8 million passengers."}}));
  CHECK_THAT(verdict_of(checker, "In 2023 Harwell Airport handled 28.8 million passengers.",
                        "28.8 million passengers"),
             Catch::StartsWith("contradicted: For 2023, the sources say 27.4 million passengers"));
  CHECK_THAT(verdict_of(checker, "In 2024 Harwell Airport handled 28.8 million passengers.",
                        "28.8 million passengers"),
             Catch::StartsWith("supported"));
  // A year the sources give no figure for: not checked.
  CHECK_THAT(verdict_of(checker, "In 2022 Harwell Airport handled 28.8 million passengers.",
                        "28.8 million passengers"),
             !Catch::StartsWith("contradicted"));
}

TEST_CASE("a person of another title there is no chief executive, whoever the sentence goes on to name",
          "[learn]") {
  const Checker checker(learned({{"base.txt", "2024-05-28",
                                  "Bluefinch Airways will open its Marlowe base in September. \u201cMarlowe "
                                  "has been underserved,\u201d said "
                                  "chief executive Liam Dorsey. The airline has also appointed Sophie Ng as "
                                  "chief commercial officer."}}));
  CHECK_THAT(
      verdict_of(checker, "CEO Sophie Ng calls Marlowe underserved.", "CEO Sophie Ng"),
      Catch::StartsWith("contradicted: The sources say Bluefinch Airways' chief executive is Liam Dorsey"));
  CHECK_THAT(verdict_of(checker, "Chief commercial officer Sophie Ng calls Marlowe underserved.",
                        "Chief commercial officer Sophie Ng"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a trial's phase is no name of another organisation", "[learn]") {
  const Checker checker(
      learned({{"topline.txt", "2024-09-05",
                "Shares of Afyanova Biologics rose. The trial enrolled 4,860 children at 11 sites."}}));
  CHECK_THAT(verdict_of(checker, "Afyanova Biologics: the Phase Three study enrolled 4,680 children.",
                        "4,680 children"),
             Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(checker, "Afyanova Biologics: the Phase III study enrolled 4,860 children.",
                        "4,860 children"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a degree or a unit written with capitals names no one", "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base(
      {{"grant.txt", "2024-10-08",
        "The University of Aldermere will fund 38 research posts, including 16 PhD studentships. The Port of "
        "Kestwick handled 1.38 million TEUs."}},
      "G");
  CHECK(base.json.find("\"id\": \"phd\"") == std::string::npos);
  CHECK(base.json.find("\"id\": \"teus\"") == std::string::npos);
  CHECK(base.json.find("\"id\": \"university-of-aldermere\"") != std::string::npos);
}

TEST_CASE("a product's code, a kind of body and a titled person's employer are read as such", "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base(
      {{"readout.txt", "2024-02-07",
        "Laboratorios Altamira reported phase 2 results. In the trial, ALT-402 cut migraine days by 4.6. "
        "Altamira employs 2,300 people. CEO Siri Hagland of Kystkraft said its dam holds 41 million cubic "
        "metres. Aozora Retail said overseas customers reached 3.4 million."}},
      "R");
  const nlohmann::json facts = nlohmann::json::parse(base.json)["facts"];
  std::map<std::string, std::string> subject;
  for (const auto& f : facts) subject[f["predicate"].get<std::string>()] = f["subject"].get<std::string>();
  // "ALT-402" is the maker's drug; "Altamira" is "Laboratorios Altamira" short.
  CHECK(base.json.find("\"id\": \"alt\"") == std::string::npos);
  CHECK(base.json.find("\"id\": \"altamira\"") == std::string::npos);
  CHECK(subject["count-peopl"] == "laboratorios-altamira");
  CHECK(subject["role-ceo"] == "kystkraft");
  CHECK(base.json.find("siri-hagland-of-kystkraft") == std::string::npos);
  // "Aozora Retail said" is an organisation speaking, not a person.
  CHECK(subject["count-customer"] == "aozora-retail");
}

TEST_CASE("a document on plans another body welcomes is about the one whose plans they are", "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base({{"release.txt", "2024-03-12",
                                                        "The Ministry of Industry today welcomed plans by "
                                                        "Halsey Ammonia Ltd to build a plant at Port Halsey. "
                                                        "The project will create 450 permanent jobs."}},
                                                      "M");
  const nlohmann::json facts = nlohmann::json::parse(base.json)["facts"];
  REQUIRE(facts.size() == 1);
  CHECK(facts[0]["subject"] == "halsey-ammonia");
}

TEST_CASE("a figure put into a recipient is not a fact that has none", "[learn]") {
  // The $60 billion is capital spending, with no recipient; "invested ... in Lumen Labs" is the $9 billion.
  const Checker checker(learned(
      {{"profile.txt", "2025-01-23",
        "Corvin Systems has invested nearly $9 billion in Lumen Labs. Corvin Systems has committed to "
        "spending $60 billion on capital spending this fiscal year."}}));
  CHECK_THAT(verdict_of(checker, "Corvin Systems has invested nearly $60 bln in Lumen Labs.", "$60 bln"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Corvin Systems has invested nearly $9 bln in Lumen Labs.", "$9 bln"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Corvin Systems will spend $60 bln on capital spending this fiscal year.",
                        "$60 bln"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a sentence opened by another body's name before its noun is that body's", "[learn]") {
  // "Dunmore council" is a council the sources do not know, though the sentence opens with it.
  const Checker checker(
      learned({{"update.txt", "2024-11-23",
                "Merrow County Council said on Saturday that it has opened 14 rest centres."}}));
  const std::string text = "Merrow County Council opened 20 centres. Dunmore council opened 20 centres.";
  const std::vector<factcheck::Claim> claims = checker.check(text).claims;
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].verdict == factcheck::Verdict::contradicted);
  CHECK(claims[1].verdict == factcheck::Verdict::unverified);
}

TEST_CASE("one who will succeed 'him' as a title takes the title up", "[learn]") {
  const Checker checker(learned(
      {{"fid.txt", "2024-09-30",
        "Ironvale Resources approved the project. Craig Whitfield will become executive chair, and chief "
        "operating officer Leanne Moss will succeed him as managing director from 1 January 2025."}}));
  CHECK_THAT(verdict_of(checker, "Leanne Moss becomes Ironvale Resources' managing director.",
                        "Leanne Moss becomes Ironvale Resources' managing director"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a role ended with the first name in lower case is ended for the learner too", "[learn]") {
  // "ousted dara Quell": the checker reads the name in any case, the learner's names start at a capital, so
  // it took only "Quell" and learned the role as held from the first sentence (a CI fuzz find).
  const std::string text =
      "Dara Quell, Vantor\u2019s chief executive, said the deal would go ahead. In November the board ousted "
      "dara Quell, Vantor\u2019s chief executive, after a vote.";
  const factcheck::testing::SelfCheck r = factcheck::testing::self_check(text);
  CHECK(r.problem == "");
  const factcheck::LearnedBase base = learn_fact_base({{"a.txt", "2025-01-23", text}}, "A");
  CHECK(base.json.find("\"role\"") == std::string::npos);
}

TEST_CASE("a role ended in the source sentence is not learned as held", "[learn]") {
  // "ousted Vera Lind, Quarry Bank's chief executive": the checker reads the role as ended there, so the
  // learner must not learn it as held, or the sentence would contradict itself (a 30-minute fuzz find).
  const std::string text =
      "In May the board ousted Vera Lind, Quarry Bank\u2019s chief executive, after a vote.";
  const factcheck::testing::SelfCheck r = factcheck::testing::self_check(text);
  CHECK(r.problem == "");
  const factcheck::LearnedBase base = learn_fact_base({{"a.txt", "2025-01-23", text}}, "A");
  CHECK(base.json.find("\"role\"") == std::string::npos);
  // Held, it is learned: "Vera Lind, Quarry Bank's chief executive, said ..."
  const factcheck::LearnedBase held = learn_fact_base(
      {{"b.txt", "2025-01-23", "Vera Lind, Quarry Bank\u2019s chief executive, said so."}}, "B");
  CHECK(held.json.find("\"role\"") != std::string::npos);
  // Held in one sentence, ended in a later one of the same source: the source gives no role held.
  const std::string both =
      "Vera Lind, Quarry Bank\u2019s chief executive, spoke on Monday. On Friday the board ousted Vera Lind, "
      "Quarry Bank\u2019s chief executive.";
  CHECK(factcheck::testing::self_check(both).problem == "");
}

// The property of issue 16: a text checked against itself gives no contradiction, and (nearly) every
// figure learned from it comes back supported. Over the labelled corpus and the source article.
TEST_CASE("a text checked against itself: no contradiction, its learned figures supported",
          "[learn][property]") {
  std::vector<std::string> texts;
  const fs::path corpus = fs::path(FACTCHECK_SOURCE_DIR) / "tests" / "corpus";
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".json") continue;
    const nlohmann::json round = nlohmann::json::parse(read(entry.path()));
    for (const auto& c : round["cases"]) texts.push_back(c["text"]);
  }
  const fs::path shared = fs::path(FACTCHECK_SOURCE_DIR) / ".." / "shared" / "sources";
  if (fs::is_directory(shared)) {
    for (const auto& entry : fs::directory_iterator(shared))
      if (entry.path().extension() == ".txt") texts.push_back(read(entry.path()));
  } else {
    WARN("../shared/sources is absent: the source article is skipped, the corpus texts still run");
  }
  std::size_t learned = 0, supported = 0;
  for (const std::string& text : texts) {
    const factcheck::testing::SelfCheck r = factcheck::testing::self_check(text);
    INFO(text.substr(0, 200));
    CHECK(r.problem == "");
    learned += r.learned;
    supported += r.supported;
    for (const std::string& id : r.missed) UNSCOPED_INFO("not supported: " + id);
  }
  // Measured 264 of 272 (97%) on 2026-12-04, 286 of 290 (98.6%) on 2026-12-05 with the source sentence
  // aligner, 285 later that day (the article's "tens of billions" now reads back against its total): the
  // misses are figures whose governor comes after them ("Microsoft's $750 million went into ...") and
  // read back otherwise. The floor keeps that from sliding.
  INFO(supported << " of " << learned << " learned figures supported");
  CHECK(learned > 200);
  CHECK(supported * 100 >= learned * 95);
}

TEST_CASE("a fraction in words is checked as the share it states", "[learn][shares]") {
  const Checker checker(
      learned({{"lending.txt", "2025-05-02",
                "Halden Bank plc made 36 per cent of its mortgage loans to first-time buyers."}}));
  CHECK_THAT(
      verdict_of(checker, "Halden Bank made more than a third of its mortgage loans to first-time buyers.",
                 "a third"),
      Catch::StartsWith("supported"));
  CHECK_THAT(
      verdict_of(checker, "Halden Bank made over half of its mortgage loans to first-time buyers.", "half"),
      Catch::StartsWith("contradicted"));
  // Learned from words too: a source's "about two-thirds" is a share, and two hedged shares agree only
  // when one's figure lies in what the other admits.
  const Checker census(learned({{"census.txt", "2025-03-27",
                                 "About two-thirds of Valmora's population growth came from migration."}}));
  CHECK_THAT(verdict_of(census, "About 70% of Valmora's population growth came from migration.", "70%"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(census, "Around three-quarters of Valmora's population growth came from migration.",
                        "three-quarters"),
             Catch::StartsWith("contradicted"));
  // A fraction that says of nothing and by nothing stays a number: "half a dozen" is a count.
  CHECK(verdict_of(checker, "Halden Bank hired half a dozen brokers.", "half") == "no claim");
}

TEST_CASE("a sentence that opens on another organisation is not the last sentence's", "[learn][binding]") {
  const Checker checker(learned({{"fid.txt", "2025-09-18",
                                  "Verdant Energy holds 50 per cent of the Kestrel project, with Ostwind AG "
                                  "as its partner."}}));
  const std::string draft = "Verdant Energy and Ostwind approved Kestrel. Ostwind holds 50% of the project.";
  CHECK_THAT(verdict_of(checker, draft, "50%"), Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(checker, "Verdant Energy approved Kestrel. It holds 50% of the project.", "50%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a bound confirms the bound, not a figure inside it", "[learn][bounds]") {
  const Checker checker(
      learned({{"hy.txt", "2025-08-07",
                "Vantaris Energie SE expects to pay a dividend of at least EUR 1.10 per share."}}));
  CHECK_THAT(verdict_of(checker, "Vantaris will pay a dividend of EUR 1.20 per share.", "EUR 1.20"),
             Catch::Contains("gives only a bound"));
  CHECK_THAT(verdict_of(checker, "Vantaris will pay a dividend of EUR 1.10 per share.", "EUR 1.10"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Vantaris will pay a dividend of EUR 0.90 per share.", "EUR 0.90"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("an open figure is not 'given elsewhere' by every number its bound holds", "[learn][bounds]") {
  const Checker checker(learned({{"atlas.txt", "2025-11-12",
                                  "Stratus Cloud said prices for Atlas instances are up to 30 per cent lower "
                                  "than Orion instances."}}));
  CHECK_THAT(
      verdict_of(checker, "Stratus Cloud says Atlas instances are up to 40% cheaper than Orion.", "40%"),
      Catch::StartsWith("contradicted: The sources say up to 30%"));
}

TEST_CASE("a noun right after a figure says what it measures", "[learn][binding]") {
  const Checker checker(
      learned({{"mta.txt", "2023-06-01",
                "The Metropolitan Transport Authority approved a budget of $4.2 billion, funded "
                "60 per cent by the state government."}}));
  // An overrun on the budget is not the share of it the state funds.
  CHECK_THAT(
      verdict_of(checker,
                 "The Metropolitan Transport Authority says the line will cost $5.65bn, a 35% overrun on "
                 "the budget.",
                 "35%"),
      Catch::StartsWith("unverified"));
  CHECK_THAT(
      verdict_of(checker,
                 "The Metropolitan Transport Authority said the state government funds 35% of the budget.",
                 "35%"),
      Catch::StartsWith("contradicted"));
}

TEST_CASE("a title after a name the learner cannot read is not the topic's", "[learn][roles]") {
  // "Stargate" opens the sentence, so it is not learned as a name; the chair is not Oracle's for that.
  const Checker checker(
      learned({{"venture.txt", "2025-01-22",
                "Oracle, SoftBank and MGX back the venture. Stargate chairman Larry Ellison "
                "spoke first."}}));
  CHECK_THAT(verdict_of(checker, "Oracle chairman Larry Ellison was there.", "Oracle chairman Larry Ellison"),
             !Catch::StartsWith("supported"));
  // A short form of the topic before the title is the topic: "Verdant chief executive Elena Marsh".
  const Checker verdant(
      learned({{"fid.txt", "2025-09-18",
                "Verdant Energy took the final investment decision. Verdant chief executive "
                "Elena Marsh said it was the largest investment."}}));
  CHECK_THAT(
      verdict_of(verdant, "Verdant Energy CEO Elena Marsh was upbeat.", "Verdant Energy CEO Elena Marsh"),
      Catch::StartsWith("supported"));
}

TEST_CASE("a share is learned for whoever holds it or owns it", "[learn][binding]") {
  // "Marlow shareholders approximately 44 per cent": Marlow's holders own the 44%, not Tidewell's.
  const Checker merger(
      learned({{"merger.txt", "2025-07-15",
                "Tidewell Financial and Marlow Bank Holdings agreed to merge. On completion, "
                "Tidewell shareholders will own approximately 56 per cent and Marlow "
                "shareholders approximately 44 per cent of the combined company."}}));
  CHECK_THAT(verdict_of(merger, "Tidewell holders get c.44% of the combined company.", "44%"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(merger, "Marlow shareholders will own about 44% of the combined company.", "44%"),
             Catch::StartsWith("supported"));
  // "three-quarters of Kalmar's population growth": Kalmar's figure, not the document's subject's.
  const Checker census(learned({{"census.txt", "2025-03-27",
                                 "Valdoria Census Office published the census on Monday. Net international "
                                 "migration accounted for about two-thirds of population growth over the "
                                 "decade. Net migration accounted for around three-quarters of Kalmar's "
                                 "population growth between 2011 and 2021."}}));
  CHECK_THAT(verdict_of(census,
                        "Valdoria Census Office said most of the decade's growth, around "
                        "three-quarters, came from net migration.",
                        "three-quarters"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("a figure right after an organisation's possessive is that organisation's", "[learn][binding]") {
  // "into Brightline's latest $310 million funding round": the round is Brightline's, not the investor's;
  // the investor's part is learned with the words that say "put in".
  const Checker round(learned({{"round.txt", "2025-05-06",
                                "Harlow Motors injected $40 million into Brightline's latest $310 million "
                                "funding round, the carmaker said."}}));
  CHECK_THAT(verdict_of(round, "Brightline raised $310 million in its latest funding round.", "$310 million"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(round, "Harlow Motors contributed $40m to the round.", "$40m"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(round, "Harlow Motors contributed $45m to the round.", "$45m"),
             Catch::StartsWith("contradicted"));
  // The subject of a dated event is no word of it: "Brightline was founded in 2011" does not make every
  // year near "Brightline" its founding year.
  const Checker founded(
      learned({{"profile.txt", "2025-05-06", "The robot maker Brightline was founded in 2011 in Leeds."}}));
  CHECK_THAT(verdict_of(founded, "Harlow's stake in Brightline, bought in 2019, has doubled.", "2019"),
             !Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(founded, "Brightline, founded in 2013, makes robots.", "2013"),
             Catch::StartsWith("contradicted"));
  // A date another event word governs is that event's: "bought in 2019" is no founding year.
  const Checker games(
      learned({{"profile.txt", "2025-05-06", "The games maker Orlen Arcade was founded in 2011."}}));
  CHECK_THAT(verdict_of(games, "Orlen Arcade was bought in 2019, founded by gamers.", "2019"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(games, "Orlen Arcade was founded in 2012.", "2012"),
             Catch::StartsWith("contradicted"));
  // The learner reads an event's date after its word; a date before it may be another founding's: in
  // "In 2019, Orlen Arcade founded a studio" the studio was founded, not the arcade.
  CHECK_THAT(verdict_of(games, "In 2019, Orlen Arcade founded a studio in Leeds.", "2019"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(games, "Orlen Arcade, established in 2014, makes games.", "2014"),
             Catch::StartsWith("contradicted"));
  // Nor is "found" a founding: "it found 2,000 faults in 2019".
  CHECK_THAT(verdict_of(games, "Orlen Arcade found a buyer in 2019.", "2019"),
             Catch::StartsWith("unverified"));
  // A day with no year neither confirms nor denies a year.
  CHECK_THAT(verdict_of(founded, "Brightline was founded on December 24.", "December 24"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("'the trust' is the organisation whose name says Trust, and a figure set aside is no fact",
          "[learn][binding][s16-4]") {
  // A regulator's notice about a charity: "the trust's accounts" are the charity's, not the regulator's,
  // and "not £6.42 million" is the figure corrected, not a second income. The later notice revises the
  // earlier report.
  const Checker notices(learned(
      {{"report.txt", "2023-11-02",
        "Fellgate Rivers Trust reported income of \u00a35.37 million for 2022/23 and free reserves of "
        "\u00a31.4 million."},
       {"notice.txt", "2024-05-20",
        "The Charity Regulator has closed its case into Fellgate Rivers Trust. The trust's 2022/23 "
        "accounts have been restated: income was \u00a35.07 million, not \u00a35.37 million."}}));
  CHECK_THAT(
      verdict_of(notices, "Fellgate Rivers Trust's income for 2022/23 was \u00a35.07m.", "\u00a35.07m"),
      Catch::StartsWith("supported"));
  CHECK_THAT(
      verdict_of(notices, "Fellgate Rivers Trust's income for 2022/23 was \u00a35.37m.", "\u00a35.37m"),
      !Catch::StartsWith("supported"));
}

TEST_CASE("two ranges agree end to end", "[learn][ranges][s16-4]") {
  const Checker minutes(learned({{"minutes.txt", "2024-03-12",
                                  "The committee approved the Eastmere scheme, whose buildings range from 4 "
                                  "to 9 storeys, and expects organic growth of 3\u20135% in lettings."}}));
  CHECK_THAT(verdict_of(minutes, "Eastmere: buildings of 4 to 12 storeys approved.", "4 to 12 storeys"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(minutes, "Eastmere expects lettings growth of 3\u20135%.", "3\u20135%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("the document's topic is an organisation that acts, not one a preposition governs",
          "[learn][binding][s16-4]") {
  // "Despite investing ... in Quillon, Marstone ...": Marstone invested, and the release is about it.
  const Checker checker(learned(
      {{"feature.txt", "2025-02-10",
        "Despite investing nearly $3 billion in Quillon and using its models, Marstone is only a technology "
        "partner in the venture. That matters for a company that has committed to spending $12 billion on "
        "data centres this year."}}));
  CHECK_THAT(verdict_of(checker, "Marstone has put nearly $3bn into Quillon.", "$3bn"),
             Catch::StartsWith("supported"));
  CHECK_THAT(
      verdict_of(checker, "Marstone plans to spend $12 billion on data centres this year.", "$12 billion"),
      Catch::StartsWith("supported"));
}

TEST_CASE("an order of magnitude confirms no one figure", "[learn][bounds][s16-4]") {
  const Checker checker(learned({{"talks.txt", "2025-01-23",
                                  "Carrow Capital was close to investing tens of billions of dollars more in "
                                  "Belmaris in 2023."}}));
  CHECK_THAT(verdict_of(checker, "Carrow Capital nearly invested a further $60 billion in Belmaris in 2023.",
                        "$60 billion"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Carrow Capital nearly invested tens of billions more in Belmaris in 2023.",
                        "tens of billions"),
             Catch::StartsWith("supported"));
}

TEST_CASE("'rise by £9' is an amount of change, so a correction of the level it reaches revises it",
          "[learn][revisions]") {
  // The change words are one table (model/change.hpp) for the learner and the matcher: "rise" before "by"
  // made no change in the learner's own shorter list, so the corrected £212 read as a second level.
  const FactBase facts = learned(
      {{"first.txt", "2024-09-27",
        "Northmere Water Ltd said the average household bill will rise by \u00a39 a year, to \u00a3212 in "
        "2025/26."},
       {"correction.txt", "2024-10-02",
        "Northmere Water Ltd has corrected its figures. The average household bill will rise by \u00a314 a "
        "year, to \u00a3217 in 2025/26, rather than by \u00a39 to \u00a3212."}});
  const Checker checker(facts);
  CHECK_THAT(
      verdict_of(checker, "Northmere Water bills will rise by \u00a39 to \u00a3212 a year.", "\u00a3212"),
      Catch::StartsWith("outdated"));
}

TEST_CASE("another kind of the same measure, or its opposite, is another figure", "[learn][settle][s16-4]") {
  const FactBase facts =
      learned({{"results.txt", "2024-07-18",
                "Aldermoor Homes plc reports results for the six months to 30 June 2024. Revenue was "
                "\u00a3612.4 million, "
                "and pre-tax profit was \u00a358.9 million."},
               {"update.txt", "2024-11-21",
                "Aldermoor Homes updates its guidance. Net cash at 31 October was \u00a396 million."}});
  const Checker checker(facts);
  // "operating" where the sources' profit is pre-tax: not their figure, right or wrong.
  CHECK_THAT(
      verdict_of(checker, "Aldermoor's operating profit came to \u00a363.1 million.", "\u00a363.1 million"),
      Catch::StartsWith("unverified"));
  CHECK_THAT(
      verdict_of(checker, "Aldermoor's pre-tax profit came to \u00a363.1 million.", "\u00a363.1 million"),
      Catch::StartsWith("contradicted"));
  // Net debt is the opposite of net cash, however equal the figure.
  CHECK_THAT(verdict_of(checker, "Aldermoor has net debt of \u00a396 million.", "\u00a396 million"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(checker, "Aldermoor has net cash of \u00a396 million.", "\u00a396 million"),
             Catch::StartsWith("supported"));
}

TEST_CASE("an opposite right beside the figure is another figure", "[learn][settle]") {
  const Checker checker(learned({{"race.txt", "2025-03-30",
                                  "Calder won the 70th Calder\u2013Ashby Boat Race. Calder rowed into a "
                                  "9-knot tailwind on the final stretch."}}));
  const std::string head = verdict_of(checker, "Calder beat Ashby into a 9-knot headwind.", "9-knot");
  CHECK_THAT(head, Catch::StartsWith("unverified"));
  CHECK_THAT(head, Catch::Contains("another kind of that figure, or its opposite"));
  CHECK_THAT(verdict_of(checker, "Calder beat Ashby with a 9-knot tailwind.", "9-knot"),
             Catch::StartsWith("supported"));
}

TEST_CASE("'the company' is what the sources are about, after a sentence on something else",
          "[learn][binding]") {
  // The sentence before named the reservoir, and this one names a town the sources have a fact on: "the
  // company" is still the water company.
  const Checker water(learned({{"release.txt", "2025-07-24",
                                "Tarnbeck Water supplies 900,000 customers. Millbrook Reservoir stands at 64 "
                                "per cent of capacity. Leaks have fallen to 71 million litres a day, and the "
                                "company will spend £38 million on new mains in Dunsby over the next two "
                                "years."}}));
  const std::string text =
      "Tarnbeck Water serves 900,000 customers. The firm said Millbrook Reservoir was 64 per cent full. "
      "Leaks have fallen to 71 million litres a day, and the company is spending £83m on mains in Dunsby.";
  CHECK_THAT(verdict_of(water, text, "£83m"), Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(water, text, "71 million litres"), Catch::StartsWith("supported"));
}

TEST_CASE("after the text names one organisation, another topic's fitting fact is not its evidence",
          "[learn][binding][s16-5]") {
  const FactBase facts =
      learned({{"universities.txt", "2024-09-02",
                "Kirkbridge University has an endowment of \u00a3214 million and 21,450 "
                "students. Fenwick University has an endowment of \u00a3241 million and 18,200 "
                "students."}});
  const Checker checker(facts);
  // A fact box headed by Kirkbridge: the row is Kirkbridge's, and Fenwick's £241 million says nothing of it.
  CHECK_THAT(verdict_of(checker, "Kirkbridge University\nEndowment: \u00a3241 million", "\u00a3241 million"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(checker, "Kirkbridge University\nEndowment: \u00a3214 million", "\u00a3214 million"),
             Catch::StartsWith("supported"));
  // Before the text names anyone, the sources' topics are read as before.
  CHECK_THAT(verdict_of(checker, "Endowment: \u00a3241 million", "\u00a3241 million"),
             Catch::StartsWith("supported"));
}

TEST_CASE("'the number of X is revised to N', 'the X count is N': a bare number counts what its clause names",
          "[learn][revisions][s16-5]") {
  const FactBase growers =
      learned({{"bulletin-2.txt", "2024-02-12", "Sierra Alta Observatory counted 14,300 registered growers."},
               {"bulletin-4.txt", "2024-04-15",
                "Sierra Alta Observatory revised its figures. The number of registered growers is revised to "
                "14,150."}});
  CHECK_THAT(
      verdict_of(Checker(growers), "Sierra Alta has 14,300 registered growers.", "14,300 registered growers"),
      Catch::StartsWith("outdated"));
  const FactBase pupils = learned({{"provisional.txt", "2024-06-01",
                                    "Westbrook Education Authority reported 148,260 pupils in its schools."},
                                   {"final.txt", "2024-09-01",
                                    "Westbrook Education Authority published final results. After data "
                                    "cleaning, the final pupil count is "
                                    "147,910."}});
  CHECK_THAT(verdict_of(Checker(pupils), "Westbrook has 148,260 pupils.", "148,260 pupils"),
             Catch::Contains("147,910 pupils"));
  // "has been corrected to 3.1 million": a count corrected so is the count now.
  const FactBase breach = learned({{"opened.txt", "2024-06-14",
                                    "Shares of Vantor Mutual fell. Vantor Mutual estimates that data of 2.3 "
                                    "million customers were copied."},
                                   {"decision.txt", "2025-01-22",
                                    "Shares of Vantor Mutual fell. After a review, the number of affected "
                                    "customers has been corrected to 3.1 million."}});
  CHECK_THAT(verdict_of(Checker(breach), "Vantor Mutual lost data of 2.3 million customers.",
                        "2.3 million customers"),
             Catch::StartsWith("outdated"));
  // "fell by 150 to 14,150": the change is no count, and the text checked against itself contradicts nothing.
  const std::string text =
      "Sierra Alta Observatory said the number of registered growers fell by 150 to 14,150. The number of "
      "mills "
      "was 212.";
  const Checker itself(learned({{"self.txt", "2024-04-15", text}}));
  for (const auto& seen : factcheck::testing::check(itself, text)) CHECK(seen.verdict != "contradicted");
}

TEST_CASE("a name's first word alone at a sentence's start is that name", "[learn]") {
  // "Fenton" is Fenton Athletic: its loss is not the club the report is about.
  const FactBase facts = learned(
      {{"ashby.txt", "2024-03-14",
        "Ashby Rovers FC \u2014 annual report. Ashby Rovers\u2019 turnover rose to \u00a3118.6 million. "
        "Fenton Athletic\u2019s turnover rose 19% to \u00a3104.2 million. Fenton made a pre-tax loss of "
        "\u00a327.1 million and finished ninth."}});
  bool found = false;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.amount == 27.1e6) {
      found = true;
      CHECK(f.subject == "fenton-athletic");
    }
  CHECK(found);
}

TEST_CASE("two figures of one thing given each other's values are both contradicted", "[learn][binding]") {
  // The sources: profit fell to ₹96 crore from ₹118 crore. The draft turns it round.
  const Checker results(learned({{"results.txt", "2024-12-03",
                                  "Shares of Mahavir Spices rose. Net profit fell to \u20b996 crore from "
                                  "\u20b9118 crore a year earlier as costs climbed."}}));
  const std::string turned = "Mahavir Spices said net profit rose to \u20b9118 crore from \u20b996 crore.";
  CHECK_THAT(verdict_of(results, turned, "\u20b9118 crore"), Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(results, turned, "\u20b996 crore"), Catch::StartsWith("contradicted"));
  const std::string right = "Mahavir Spices said net profit fell to \u20b996 crore from \u20b9118 crore.";
  CHECK_THAT(verdict_of(results, right, "\u20b996 crore"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(results, right, "\u20b9118 crore"), Catch::StartsWith("supported"));
}

TEST_CASE("a price paid 'in cash' and 'in shares' is told apart, and swapped parts are contradicted",
          "[learn][binding]") {
  // What a figure is in, right after it, governs it: not the "cash" of the figure before.
  const Checker deal(learned({{"deal.txt", "2025-09-02",
                               "Shares of Orlen Arcade rose. Orlen Arcade agreed to buy Tidepool Studio for "
                               "$410 million, consisting of $260 million in cash and $150 million in Orlen "
                               "Arcade shares."}}));
  const std::string swapped = "\U0001F4B0 $150M cash + $260M in shares";
  CHECK_THAT(verdict_of(deal, swapped, "$150M"), Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(deal, swapped, "$260M"), Catch::StartsWith("contradicted"));
  const std::string right = "\U0001F4B0 $260M cash + $150M in shares";
  CHECK_THAT(verdict_of(deal, right, "$260M"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(deal, right, "$150M"), Catch::StartsWith("supported"));
}

TEST_CASE("the figure a revision replaced, told as the earlier one, is right", "[learn][revisions]") {
  const FactBase plant =
      learned({{"update.txt", "2024-12-03",
                "Shares of Kovil Foods rose. The Kovil Foods plant is estimated to cost "
                "\u20b9900 crore and is due in 2026."},
               {"filing.txt", "2025-03-18",
                "Shares of Kovil Foods fell. The board of Kovil Foods approved a revised "
                "cost of \u20b91,050 crore for the plant, compared with the earlier estimate "
                "of \u20b9900 crore."}});
  const Checker checker(plant);
  CHECK_THAT(verdict_of(checker,
                        "Kovil Foods has raised the plant's cost to \u20b91,050 crore from \u20b9900 crore.",
                        "\u20b9900 crore"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Kovil Foods says the plant will cost \u20b9900 crore.", "\u20b9900 crore"),
             Catch::StartsWith("outdated"));
  // So is an earlier value of a series: "up from a previous target of 120".
  const Checker stores(learned(
      {{"plan.txt", "2024-09-12",
        "Shares of Penrose Stores rose. Penrose Stores plans to open 120 stores by the end of 2026."},
       {"update.txt", "2025-04-02",
        "Shares of Penrose Stores rose. Penrose Stores now plans to open 150 stores by the end of 2026."}}));
  CHECK_THAT(verdict_of(stores, "Penrose Stores plans 150 stores, up from a previous target of 120 stores.",
                        "120 stores"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(stores, "Penrose Stores plans to open 120 stores.", "120 stores"),
             Catch::StartsWith("outdated"));
}

TEST_CASE("a word that opens a sentence to describe a name is no part of it", "[learn]") {
  // "Neighbouring Orrin Water" is Orrin Water, as "Rival Sandgate Bus" is Sandgate Bus.
  const FactBase facts = learned({{"ban.txt", "2025-06-18",
                                   "Tarnbeck Water will ban hosepipes from 1 July. Neighbouring Orrin Water "
                                   "brought in a ban on 2 June, affecting 120,000 homes. Rival Sandgate Bus "
                                   "carried 4.1 million passengers."}});
  std::set<std::string> subjects;
  for (const factcheck::Fact& f : facts.facts()) subjects.insert(f.subject);
  CHECK(subjects.count("orrin-water") == 1);
  CHECK(subjects.count("sandgate-bus") == 1);
  CHECK(subjects.count("neighbouring-orrin-water") == 0);
}

TEST_CASE("a given name in two syllables joined by a hyphen is one name", "[learn][roles]") {
  // "Kang Tae-woo" was learned as "Kang Tae"; "Full-year" and "OpenAI-led" stay no names.
  const FactBase facts = learned({{"plant.txt", "2025-03-18",
                                   "Daehan Semicon chief executive Kang Tae-woo said the plant will cost "
                                   "4 trillion won. Full-year revenue rose 9%."}});
  bool role = false;
  for (const factcheck::Fact& f : facts.facts()) {
    if (f.predicate == "role-ceo") role = f.value.entity == "kang-tae-woo";
    CHECK(f.subject != "full-year");
  }
  CHECK(role);
  const Checker checker(facts);
  CHECK_THAT(verdict_of(checker, "Daehan Semicon CEO Kang Tae-woo opened the plant.",
                        "Daehan Semicon CEO Kang Tae-woo"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a count changed 'from N to M' counts the same things twice", "[learn]") {
  const FactBase facts = learned({{"larch.txt", "2024-09-26",
                                   "Larch County news release. The board adopted the budget. The number "
                                   "of new positions was reduced from 42 to 38."}});
  bool now = false, before = false;
  for (const factcheck::Fact& f : facts.facts()) {
    if (f.value.unit != "positions") continue;
    if (f.value.amount == 38) now = f.context.empty();
    if (f.value.amount == 42) before = !f.context.empty() && f.context.front() == "from";
  }
  CHECK(now);
  CHECK(before);
}

TEST_CASE("a bound in time is learned and checked as one", "[learn][dates]") {
  const FactBase facts =
      learned({{"deal.txt", "2025-01-23",
                "Kestrel Rail signed a new contract with the ministry. The contract requires "
                "Kestrel Rail to run all services on the Pellow line until 2030. Kestrel Rail reported 0 "
                "serious accidents in 2024."}});
  bool bound = false;
  for (const factcheck::Fact& f : facts.facts())
    bound = bound || (f.value.date == "2030" && f.value.comparator == factcheck::Comparator::until);
  CHECK(bound);
  const Checker checker(facts);
  CHECK_THAT(verdict_of(checker, "Kestrel Rail must run the Pellow line services until 2030.", "2030"),
             Catch::StartsWith("supported"));
  // Another bound is wrong, though a date's missing range ends (0) are numbers some source gives.
  CHECK_THAT(verdict_of(checker, "Kestrel Rail must run the Pellow line services until 2032.", "2032"),
             Catch::StartsWith("contradicted"));
  // A plain date is no bound: "in 2030" says when, not until when.
  CHECK_THAT(verdict_of(checker, "Kestrel Rail will add services on the Pellow line in 2030.", "2030"),
             !Catch::StartsWith("supported") && !Catch::StartsWith("contradicted"));
}

TEST_CASE("a dateline that opens a sentence dates none of its figures", "[learn][dates]") {
  const FactBase facts = learned({{"update.txt", "2025-03-05",
                                   "Maasport, 5 March 2025 \u2013 Pensioenfonds Havenwerk, the pension fund "
                                   "for port workers, ended 2024 "
                                   "with a funding ratio of 118.4%."}});
  bool ratio = false;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.amount == Approx(118.4)) {
      ratio = true;
      CHECK(f.when != "2025-03-05");
    }
  CHECK(ratio);
  const Checker checker(facts);
  CHECK_THAT(
      verdict_of(checker, "Pensioenfonds Havenwerk's funding ratio at the end of 2024: 118.4%.", "2024"),
      !Catch::StartsWith("contradicted"));
}

TEST_CASE("a floor below the sources' floor is not confirmed", "[learn][bounds]") {
  const Checker checker(learned({{"notice.txt", "2025-01-20",
                                  "Millbrook Water Board will replace the mains on Eastside Road. Residents "
                                  "will get at least 48 hours' "
                                  "notice of each interruption."}}));
  // "At least 24 hours" is cleared by the sources' 48, yet says the floor is lower: neither green nor red.
  const std::string lower =
      verdict_of(checker, "Residents will get at least 24 hours' notice of each interruption.", "24 hours");
  CHECK_THAT(lower, Catch::StartsWith("unverified"));
  CHECK_THAT(lower, Catch::Contains("a higher floor"));
  CHECK_THAT(
      verdict_of(checker, "Residents will get at least 48 hours' notice of each interruption.", "48 hours"),
      Catch::StartsWith("supported"));
}

TEST_CASE("the dates of a death, an appointment and a premiere are learned as events", "[learn][dates]") {
  const Checker checker(learned(
      {{"notice.txt", "2024-12-03",
        "Marlow Spice Exporters announces the death of its founder, Vasanthi Rao. Vasanthi Rao died on 1 "
        "December 2024 at the age of 82. Anil Rao was appointed managing director of Marlow Spice Exporters "
        "on 14 March 2019. The documentary on the company will premiere on 1 August 2025."}}));
  CHECK_THAT(verdict_of(checker, "Vasanthi Rao died on 1 December 2024.", "1 December 2024"),
             Catch::StartsWith("supported"));
  // Another day is no support (nor a contradiction, as the sources give another date of that year).
  CHECK_THAT(verdict_of(checker, "Vasanthi Rao died on 5 December 2024.", "5 December 2024"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "The documentary will premiere on 1 August 2025.", "1 August 2025"),
             Catch::StartsWith("supported"));
  // Another event of the same day is none of these: "opened on" is no premiere, death or appointment.
  CHECK_THAT(
      verdict_of(checker, "Marlow Spice Exporters opened a warehouse on 1 December 2024.", "1 December 2024"),
      !Catch::StartsWith("contradicted"));
}

TEST_CASE("a deadline a later source extends is out of date", "[learn][dates]") {
  const Checker checker(learned(
      {{"determination.txt", "2024-09-27",
        "The Office of Energy Regulation published its final determination. Eastern Grid has until 25 "
        "October 2024 to accept the determination or appeal."},
       {"correction.txt", "2024-10-02",
        "The Office of Energy Regulation corrected its determination. The deadline for Eastern Grid to "
        "accept the determination or appeal has been extended to 8 November 2024."}}));
  // A day with no year is read in the bound's year, and the bound has moved.
  CHECK_THAT(verdict_of(checker, "Eastern Grid has until 25 October to accept or appeal.", "25 October"),
             Catch::StartsWith("outdated"));
}

TEST_CASE("a venture's members are learned from the list after its noun", "[learn][members]") {
  const FactBase facts =
      learned({{"halsey.txt", "2024-03-12",
                "Harbour Daily reports on the plan. Corvex Chemicals is a partner in Halsey Ammonia, a joint "
                "venture between Corvex Chemicals, Nordvind Power and the National Transition Fund."}});
  const factcheck::Fact* members = nullptr;
  for (const factcheck::Fact& f : facts.facts())
    if (!f.value.members.empty()) members = &f;
  REQUIRE(members);
  CHECK(members->subject == "halsey-ammonia");
  CHECK(members->value.members ==
        std::vector<std::string>{"corvex-chemicals", "nordvind-power", "national-transition-fund"});
  const Checker checker(facts);
  CHECK_THAT(
      verdict_of(checker,
                 "Halsey Ammonia, the joint venture of Corvex Chemicals, Nordvind Power and the National "
                 "Transition Fund, Harbour Daily reported.",
                 "Corvex Chemicals, Nordvind Power and the National Transition Fund"),
      Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Halsey Ammonia is a joint venture of Corvex Chemicals and Harbour Daily.",
                        "Corvex Chemicals and Harbour Daily"),
             Catch::StartsWith("contradicted"));
  // A denial gives no members: "Harbour Daily is no joint venture of ..." teaches nothing of Halsey's.
  const FactBase denied =
      learned({{"denial.txt", "2024-03-12",
                "Harbour Daily reports on the plan. Harbour Daily was no Halsey Ammonia joint venture "
                "between Corvex Chemicals and Nordvind Power."}});
  for (const factcheck::Fact& f : denied.facts()) CHECK(f.value.members.empty());
  // Nor does the checker read "Harbour Daily was no ... venture formed by A and B" as denying A and B.
  CHECK_THAT(
      verdict_of(checker,
                 "Harbour Daily was no Halsey Ammonia joint venture formed by Corvex Chemicals and Nordvind "
                 "Power.",
                 "Corvex Chemicals and Nordvind Power"),
      !Catch::StartsWith("contradicted"));
}

TEST_CASE("'May' the month is no 'may' of possibility", "[learn][modality]") {
  const Checker checker(
      learned({{"licence.txt", "2025-06-01",
                "Kestrel Rail holds the operating licence for the Pellow line. In May the ministry "
                "extended the Kestrel Rail licence until 2031."}}));
  CHECK_THAT(verdict_of(checker, "In May the ministry extended the Kestrel Rail licence until 2031.", "2031"),
             !Catch::Contains("possibility"));
  CHECK_THAT(verdict_of(checker, "The ministry may extend the Kestrel Rail licence until 2031.", "2031"),
             Catch::Contains("possibility"));
}

TEST_CASE("an event's date is learned and checked, and a later source's move makes it outdated",
          "[learn][dates]") {
  const FactBase plan = learned(
      {{"plan.txt", "2023-06-01",
        "The Harrow Valley Transit Authority approved the Harrow Valley Line. Opening is scheduled for "
        "2027, and construction will begin in September 2024. Harrow Valley Transit Authority fares rose "
        "4% at the start of 2025. The tunnel reached 38% completion on 31 August 2024."}});
  std::vector<std::string> dates;
  for (const factcheck::Fact& f : plan.facts())
    if (!f.value.date.empty()) dates.push_back(f.predicate + " " + f.value.date);
  // The opening and the start of works, and nothing dated by "the start of 2025" or a state on a day.
  CHECK(dates == std::vector<std::string>{"date-open 2027", "date-start 2024-09"});
  const Checker checker(plan);
  CHECK_THAT(verdict_of(checker, "The Harrow Valley Transit Authority will open the line in 2027.", "2027"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "The Harrow Valley Transit Authority will open the line in 2029.", "2029"),
             Catch::StartsWith("contradicted"));
  // A founding is an event too.
  const Checker founded(
      learned({{"profile.txt", "2024-10-15",
                "Hakuyo Mountain Resorts, founded in 1968, operates the Kitayama ski area."}}));
  CHECK_THAT(verdict_of(founded, "Hakuyo Mountain Resorts was founded in 1968.", "1968"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(founded, "Hakuyo Mountain Resorts was founded in 1972.", "1972"),
             Catch::StartsWith("contradicted"));
  // A year the sentence ties to no event is not checked against the opening.
  CHECK_THAT(verdict_of(checker, "Harrow Valley Transit Authority fares rose again in 2026.", "2026"),
             !Catch::StartsWith("supported") && !Catch::StartsWith("contradicted"));

  const Checker moved(learned(
      {{"plan.txt", "2023-06-01", "The Harrow Valley Transit Authority said opening is scheduled for 2027."},
       {"update.txt", "2025-04-15",
        "The Harrow Valley Transit Authority said the opening has been pushed back from 2027 to 2029. The "
        "start of construction has been postponed to February 2025."}}));
  CHECK_THAT(
      verdict_of(moved, "The Harrow Valley Transit Authority expects to open the line in 2027.", "2027"),
      Catch::StartsWith("outdated"));
  CHECK_THAT(
      verdict_of(moved, "The Harrow Valley Transit Authority now expects to open the line in 2029.", "2029"),
      Catch::StartsWith("supported"));
}

TEST_CASE("the first word after a dateline is a sentence's first word, not a name", "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base(
      {{"release.txt", "2024-09-12",
        "SARVALI, 12 September 2024 \u2014 Construction of the Varuna Bay bridge reached 38% on 31 August, "
        "the Varuna Bay Link Authority said."}},
      "Test sources");
  const nlohmann::json json = nlohmann::json::parse(base.json);
  for (const auto& e : json["entities"]) CHECK(e["id"] != "construction");
  REQUIRE(json["facts"].size() == 1);
  CHECK(json["facts"][0]["subject"] == "varuna-bay");
}

TEST_CASE("a conversion in brackets right after a figure is passed over to what it measures", "[learn]") {
  const Checker checker(learned(
      {{"release.txt", "2024-09-12",
        "The bridge is being built by Deshmukh Constructions Ltd under a \u20b94,850 crore (about US$580 "
        "million) contract awarded in February 2023."}}));
  CHECK_THAT(verdict_of(checker, "Deshmukh Constructions holds a Rs 4,850-crore contract.", "Rs 4,850-crore"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Deshmukh Constructions holds a Rs 5,850-crore contract.", "Rs 5,850-crore"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("two events of one organisation are told apart by what they are of", "[learn][dates]") {
  const Checker checker(learned(
      {{"overview.txt", "2024-10-15",
        "Hakuyo Mountain Resorts announces that its new Kitayama Sky Gondola will open on December 14, "
        "2024. The ski season will open on December 7, 2024. Hakuyo Mountain Resorts plans to order a new "
        "snow groomer and a hybrid ship in 2026."},
       {"notice.txt", "2024-12-05",
        "Hakuyo Mountain Resorts announces that the opening of the Kitayama Sky Gondola, previously "
        "scheduled for December 14, 2024, will be postponed to January 11, 2025."}}));
  // The gondola's opening has moved; a day with no year is read in the year of the value it fits.
  CHECK_THAT(
      verdict_of(checker, "Hakuyo Mountain Resorts will open its new gondola on December 14.", "December 14"),
      Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Hakuyo Mountain Resorts will open its new gondola on January 11, 2025.",
                        "January 11, 2025"),
             Catch::StartsWith("supported"));
  // The ski area's opening is no gondola's: never called wrong by the gondola's date.
  CHECK_THAT(
      verdict_of(checker, "Hakuyo Mountain Resorts: the ski area itself opens on December 7.", "December 7"),
      !Catch::StartsWith("contradicted"));
  // A ship to order is no shipping date.
  for (const factcheck::Fact& f : checker.facts().facts()) CHECK(f.predicate != "date-delivery");
}

TEST_CASE("a heading's first word before a dash names the text's subject; a word after a dash is no name",
          "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base(
      {{"report.txt", "2024-05-15",
        "Waddenlijn \u2014 Annual report 2023. The ferry operator carried 2.84 million passengers in 2023."},
       {"justice.txt", "2024-02-20",
        "Department of Justice \u2014 Sentencing statistics 2023. 1,084,000 offenders were sentenced in "
        "2023."},
       {"connectivity.txt", "2025-05-20",
        "20 May 2025 \u2013 Gigabit-capable broadband is now available to 74% of homes, the Office of "
        "Communications Oversight said."}},
      "Test sources");
  const nlohmann::json json = nlohmann::json::parse(base.json);
  std::vector<std::string> ids;
  for (const auto& e : json["entities"]) ids.push_back(e["id"]);
  CHECK(std::count(ids.begin(), ids.end(), "waddenlijn") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "department-of-justice") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "gigabit") == 0);
  CHECK(std::count(ids.begin(), ids.end(), "sentencing") == 0);
  // Another country's coverage is not the sources' figure of anything.
  const Checker checker(factcheck::testing::fixture(base.json));
  CHECK_THAT(verdict_of(checker, "In neighbouring Kestria gigabit coverage is already at 88%.", "88%"),
             !Catch::StartsWith("contradicted"));
}

TEST_CASE("an order of magnitude is the fact that says so, not an exact one it also fits",
          "[learn][bounds]") {
  const Checker checker(learned(
      {{"story.txt", "2025-01-23",
        "Harwick Systems has invested nearly $14 billion in Palisade Labs. According to people familiar "
        "with the matter, Harwick Systems is about to reach an agreement to invest tens of billions of "
        "dollars in additional Palisade Labs in 2023."}}));
  // The talks were in 2023: said of 2022, "tens of billions" is no evidence for the $14 billion invested,
  // and the year is wrong.
  const std::string draft =
      "Palisade Labs counts Harwick Systems as its biggest backer. Some history: Harwick Systems was close "
      "to investing tens of billions more in 2022, then the plan was shelved.";
  CHECK_THAT(verdict_of(checker, draft, "tens of billions"), !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, draft, "2022"), Catch::StartsWith("contradicted"));
  // The year it is dated to confirms its date, not a figure inside "tens of billions".
  CHECK_THAT(
      verdict_of(checker,
                 "Harwick Systems was close to investing tens of billions more in Palisade Labs in 2023.",
                 "2023"),
      Catch::StartsWith("supported"));
}

TEST_CASE("two figures with the same one-sided hedge state the same figure", "[learn][bounds]") {
  const Checker checker(learned(
      {{"story.txt", "2025-01-23", "Harwick Systems has invested nearly $14 billion in Palisade Labs."}}));
  CHECK_THAT(verdict_of(checker, "Harwick Systems has put almost $13.9 billion into Palisade Labs.",
                        "$13.9 billion"),
             Catch::StartsWith("supported"));
  // Overlapping ranges ("nearly 13" admits 12.9, as "nearly 14" does) are not the same figure.
  CHECK_THAT(
      verdict_of(checker, "Harwick Systems has put nearly $13 billion into Palisade Labs.", "$13 billion"),
      !Catch::StartsWith("supported"));
}

TEST_CASE("'people' counts the same heads as passengers, employees or visitors", "[learn]") {
  const Checker checker(learned({{"results.txt", "2025-05-14",
                                  "SkyLumen Airways carried 58.3 million passengers in the year. SkyLumen "
                                  "Airways employs 19,800 staff."}}));
  CHECK_THAT(
      verdict_of(checker, "SkyLumen Airways flew 58.3 million people last year.", "58.3 million people"),
      Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "SkyLumen Airways employs 19,800 people.", "19,800 people"),
             Catch::StartsWith("supported"));
  // Jobs are no people.
  CHECK_THAT(verdict_of(checker, "SkyLumen Airways has 19,800 jobs.", "19,800 jobs"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("a name whose first word only says it is a group is its second word too", "[learn]") {
  const factcheck::LearnedBase base = learn_fact_base(
      {{"results.txt", "2024-03-21", "Grupo Almaraz reported sales of \u20ac7.86 billion for 2023."}},
      "Test");
  const nlohmann::json json = nlohmann::json::parse(base.json);
  REQUIRE(json["entities"].size() == 1);
  CHECK(json["entities"][0]["aliases"] == nlohmann::json::array({"Almaraz"}));
}

TEST_CASE("'the group' is the document's subject, though a rival was named between", "[learn]") {
  const Checker checker(learned(
      {{"results.txt", "2024-03-21",
        "Grupo Almaraz \u2014 Results for 2023. The supermarket group's sales rose 8.4% to \u20ac7.86 "
        "billion. Valc\u00e1rcel employs 43,100 people and says its online sales doubled. The group ended "
        "the year with 1,142 stores and employs 41,300 people. Valc\u00e1rcel's net profit rose to "
        "\u20ac241 million."}}));
  const std::string draft =
      "Almaraz sells more and earns more. The supermarket group's sales rose 8,4%. The chain ended the year "
      "with 1.142 stores and has 43.100 employees.";
  CHECK_THAT(verdict_of(checker, draft, "8,4%"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, draft, "1.142 stores"), Catch::StartsWith("supported"));
  // The rival's head count is not the group's.
  CHECK_THAT(verdict_of(checker, draft, "43.100 employees"), !Catch::StartsWith("supported"));
}

TEST_CASE("a revised figure revises one of its own kind only: the base still loads", "[learn]") {
  // "has risen to £14.1 million and ... closed from January to June": "from January" is the date it
  // was, and the money before it revises no date.
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"season.txt", "2024-05-09",
        "Corran Playhouse will close its main house from January to April 2025 for a £12.1 million "
        "refurbishment. The main house will close on 6 January 2025."},
       {"update.txt", "2024-09-03",
        "The Corran Playhouse refurbishment budget has risen to £14.1 million and the main house will now be "
        "closed from January to June 2025."}},
      "S");
  std::vector<factcheck::FactBaseError> errors;
  factcheck::FactBase::parse(base.json, errors, base.json.size() + 1);
  for (const auto& e : errors) INFO(e.to_string());
  CHECK(errors.empty());
}

TEST_CASE("a closing and a signing are events with dates", "[learn]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"notice.txt", "2024-08-27",
        "Brennock Council said the contract with Tallow Civils was signed on 26 August 2024. The Brennock "
        "Council consultation closes on 31 March 2025."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Brennock Council's contract was signed on Monday, 26 August. The Brennock Council "
      "consultation closes on 31 May.");
  CHECK(seen["26 August"] == "supported");
  CHECK(seen["31 May"] == "contradicted");
}

TEST_CASE("an event's date alone is still the date of what the event is of", "[learn][dates]") {
  // "Bookings open on 12 April" is the only opening the source dates: it dates the bookings, not a base.
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"notice.txt", "2024-04-09",
        "Skylark Air will open its fifth base at Penrith Airport this summer. Skylark Air bookings open "
        "on 12 April."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Skylark Air is opening its base at Penrith on 1 June. Skylark Air bookings open on 14 April.");
  CHECK(seen["1 June"] == "unverified");
  CHECK(seen["14 April"] == "contradicted");
}

TEST_CASE("an event's verb and its object date the object", "[learn][dates]") {
  // "will open its fifth base at Penrith Airport on 1 July 2024": the base's opening, not the airport's.
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"notice.txt", "2024-04-09",
        "Skylark Air will open its fifth base at Penrith Airport on 1 July 2024. Skylark Air plans to start "
        "a cargo service in the third quarter of 2025. Skylark Air will open to passengers in Leeds on 3 "
        "May. Deliveries of the SK-9 jet will begin in 2027. Skylark Air plans to start up a hangar in 2028. "
        "Skylark Air is scheduled to start up in 2029."}},
      "S");
  const nlohmann::json facts = nlohmann::json::parse(base.json)["facts"];
  std::map<std::string, std::string> thing;
  for (const auto& f : facts)
    if (f.contains("value") && f["value"].contains("date"))
      thing[f["value"]["date"].get<std::string>()] = f.value("context", nlohmann::json::array()).dump();
  CHECK(thing["2024-07-01"] == "[\"base\"]");
  CHECK(thing["2025-Q3"] == "[\"service\"]");
  CHECK(thing["2024-05-03"] == "[]");          // "open to passengers" names no object
  CHECK(thing["2027"] == "[\"deliveries\"]");  // the deliveries of a jet, not the jet
  CHECK(thing["2028"] == "[\"hangar\"]");      // "start up a hangar": the particle is the verb's
  CHECK(thing["2029"] == "[]");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Skylark Air is opening its base at Penrith on 1 June. Skylark Air will start the cargo service in "
      "the third quarter of 2025.");
  CHECK(seen["1 June"] == "contradicted");
  CHECK(seen["third quarter of 2025"] == "supported");
}

TEST_CASE("'The Board' is the organisation's own board, no organisation of its own", "[learn]") {
  const nlohmann::json facts = nlohmann::json::parse(
      factcheck::learn_fact_base(
          {{"results.txt", "2025-02-12",
            "Serra Dourada SA reported net income of R$ 9.1 billion for 2024. The Board "
            "approved dividends of R$ 3.2 billion."}},
          "S")
          .json)["facts"];
  REQUIRE(facts.size() == 2);
  for (const auto& f : facts) CHECK(f["subject"] == "serra-dourada");
}

TEST_CASE("an event's date moved from a season to a quarter, or said of 'the opening of' a thing",
          "[learn][events]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"results.txt", "2024-07-30",
        "Swiftbox Logistics plc said construction of the automated Hexley hub is on track for opening in the "
        "first quarter of 2025. Oberau Clinic Group said its new heart centre will open in spring 2027."},
       {"update.txt", "2024-11-07",
        "Swiftbox Logistics plc said the opening of the Hexley automated hub is now expected in the third "
        "quarter of 2025. Oberau Clinic Group said the opening of the centre is now planned for the end of "
        "2027."}},
      "S");
  std::vector<factcheck::FactBaseError> errors;
  factcheck::FactBase::parse(base.json, errors, base.json.size() + 1);
  CHECK(errors.empty());
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Swiftbox Logistics says the Hexley hub will open in Q1 2025. Oberau Clinic Group's heart "
      "centre opens in spring 2027. Oberau Clinic Group is the first to open a heart centre "
      "since 2009.");
  CHECK(seen["Q1 2025"] == "outdated");
  CHECK(seen["spring 2027"] == "outdated");
  // The start of a period is not an event's date.
  CHECK(seen["2009"] != "contradicted");
}

TEST_CASE("an event's date of an organisation the draft never names confirms nothing for the one it names",
          "[learn][events]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"release.txt", "2025-02-18",
        "Orvane Systems AG agreed to buy Quillmark Analytics. The transaction is expected to close in the "
        "second quarter of 2025. The acquisition of Sentrix Labs by Vireon AG is expected to close in the "
        "third quarter of 2025."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker, "Issuer: Orvane Systems AG. Financing: Rhone Bank. Closing: expected Q3 2025.");
  CHECK(seen["Q3 2025"] != "supported");
}

TEST_CASE("the first of a thing ('first production', 'first power') is an event with a date",
          "[learn][events]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"study.txt", "2024-09-09", "Borealis Nickel Corp said first production is expected in 2027."},
       {"decision.txt", "2025-04-30", "Borealis Nickel Corp said first production is now expected in 2028."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen =
      factcheck::testing::verdicts(checker, "Borealis Nickel plans first production in 2027.");
  CHECK(seen["2027"] == "outdated");
}

TEST_CASE("a name that opens a sentence before a verb of doing is a name, not the document's topic",
          "[learn]") {
  // Before, "Pellow plans to open 4 new stores" was learned as the trading update's own company's plan.
  const FactBase facts = learned(
      {{"update.txt", "2024-01-11",
        "Harwick & Sons plc \u2014 Christmas trading update. Sales rose 3.4% to \u00a3412 million. Pellow "
        "plans to open 4 new stores in 2025."}});
  bool found = false;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.amount == 4 && f.value.unit == "stores") {
      found = true;
      CHECK(f.subject == "pellow");
    }
  CHECK(found);
}

TEST_CASE("what a passive verb sets is its subject's figure, so a later source's revision is one",
          "[learn][revisions]") {
  const FactBase facts = learned(
      {{"limits.txt", "2023-12-14",
        "Skerry Sea Fisheries Commission \u2014 catch limits. The Commission has set the 2024 cod catch "
        "limit "
        "at 14,200 tonnes."},
       {"revision.txt", "2024-03-28",
        "Skerry Sea Fisheries Commission \u2014 revision. The 2024 cod limit is reduced further to 13,100 "
        "tonnes."}});
  std::vector<std::string> predicates;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "t" || std::any_of(f.earlier.begin(), f.earlier.end(),
                                           [](const factcheck::FactValue& v) { return v.unit == "t"; }))
      predicates.push_back(f.predicate);
  // Both figures are the limit's, however the verb reads.
  REQUIRE(!predicates.empty());
  for (const std::string& p : predicates) CHECK(p == "measure-limit");
}

TEST_CASE("a date beside a figure the sources do not give dates nothing they give", "[learn][dates]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"estimate.txt", "2024-09-30",
        "Coastline Mutual estimates net losses of \u20ac420 million from Storm Elowen. Harbour Life "
        "estimates "
        "net losses of \u20ac310 million from storms in 2023. Coastline Mutual received 61,000 claims."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Coastline Mutual has 61,000 claims. The storm was in Sept 2023 but they say the total "
      "losses are now \u20ac740 million.");
  CHECK(seen["Sept 2023"] != "supported");
  CHECK(seen["61,000 claims"] == "supported");
}

TEST_CASE("figures of a sentence that names no one, bound to two organisations, are not both kept",
          "[learn][binding]") {
  // From s16-7's p-26 with its distractors mixed in: "the number of overseas customers reached 3.4
  // million" after Sakuragi's 38% is not confirmed by the rival's 3.4 million the sources also give.
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"results.txt", "2025-04-10",
        "Department store operator Tsubaki Retail reported net sales of \u00a51.21 trillion for "
        "the year ended February 2025. Duty-free sales at its department stores rose 38% to "
        "\u00a5186 billion, and the number of overseas customers reached 4.3 million. President "
        "Haruto Nakamori of Aozora Retail said overseas customers reached 3.4 million."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  const std::string text =
      "Duty-free sales increased 38% to 186 billion yen, and the number of overseas customers "
      "reached 3.4 million.";
  const factcheck::Report report = checker.check(text);
  bool seen = false;
  for (const factcheck::Claim& c : report.claims) {
    if (text.substr(c.start, c.end - c.start) != "3.4 million") continue;
    seen = true;
    CHECK(c.verdict == factcheck::Verdict::unverified);
  }
  CHECK(seen);
  // Whatever is withdrawn, the report is whole: every claim can be written as JSON.
  CHECK_NOTHROW(factcheck::report_json(report, checker.facts(), text, -1, factcheck::Offsets::utf8));
}

TEST_CASE("each clause of a list gives its own subject its figures; a unit is never a name", "[learn]") {
  const FactBase facts = learned(
      {{"auction.txt", "2024-04-25",
        "The Communications Regulatory Authority concluded the auction. Telvia won 80 MHz for \u00a3412 "
        "million, Orbis Mobile won 80 MHz for \u00a3388 million and Nexo won 40 MHz for \u00a3270 "
        "million."}});
  std::map<double, std::string> paid;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "GBP") paid[f.value.amount] = f.subject;
  CHECK(paid[412e6] == "telvia");
  CHECK(paid[388e6] == "orbis-mobile");
  CHECK(paid[270e6] == "nexo");
  CHECK(facts.entity("mhz") == nullptr);
}

TEST_CASE("a second figure after a place the first is given for shares its governor and subject", "[learn]") {
  const FactBase facts = learned(
      {{"prices.txt", "2024-11-20",
        "Lumora Electronics announced new prices. The 256 GB model now costs \u20ac1,699 in Europe and "
        "$1,599 in the United States."}});
  std::map<std::string, std::string> by_unit;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "EUR" || f.value.unit == "USD") by_unit[f.value.unit] = f.subject + " " + f.predicate;
  CHECK(by_unit["EUR"] == "lumora-electronics money-cost");
  CHECK(by_unit["USD"] == "lumora-electronics money-cost");
}

TEST_CASE("a share 'by' someone is that one's share, not the verb's", "[learn]") {
  const FactBase facts = learned(
      {{"museum.txt", "2024-04-16",
        "The Halvard Maritime Museum will reopen after a \u20ac62 million expansion. The project was funded "
        "60% by the state, 25% by the municipality and 15% by private donors. Synergies of \u00a345 million "
        "are expected by the end of 2027."}});
  std::map<double, std::string> share;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "%") share[f.value.amount] = f.predicate;
  CHECK(share[60] == "percent-stat");
  CHECK(share[25] == "percent-municipality");
  CHECK(share[15] == "percent-donor");
}

TEST_CASE("a supplier after 'from' is not who pays; 'the $1.1 billion that Shopway paid' is paid",
          "[learn]") {
  const FactBase facts = learned(
      {{"order.txt", "2024-05-02",
        "Northern Rail Agency said so. The agency has ordered 24 trainsets from Aurum Rail for \u20ac1.9 "
        "billion. The settlement is smaller than the $1.1 billion that rival marketplace Shopway paid in "
        "2022."}});
  std::map<std::string, std::string> by_unit;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "EUR" || f.value.unit == "USD") by_unit[f.value.unit] = f.subject + " " + f.predicate;
  CHECK(by_unit["EUR"] == "northern-rail-agency money-order");
  CHECK(by_unit["USD"] == "shopway money-paid");
}

TEST_CASE("'8 May' in a draft is a month, not a possibility", "[learn][modality]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"museum.txt", "2024-04-16",
        "The Halvard Maritime Museum will reopen on 18 May 2024 after a \u20ac62 million expansion."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  const std::string text = "The Halvard Maritime Museum reopened on 8 May after a \u20ac26 million revamp.";
  for (const auto& s : factcheck::testing::check(checker, text))
    if (s.text == "\u20ac26 million") CHECK(s.explanation.find("possibility") == std::string::npos);
}

TEST_CASE("translated copy: 'de keten' refers back, and a count's noun is read in English",
          "[learn][translated]") {
  const factcheck::LearnedBase base =
      factcheck::learn_fact_base({{"results.txt", "2024-03-06",
                                   "Verdo Supermarkten reported revenue of \u20ac9.4 billion for 2023. The "
                                   "chain ended the year with 612 "
                                   "stores and 41,000 employees."}},
                                 "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Verdo boekte een omzet van \u20ac9,4 miljard. De keten telt 612 winkels en 41.000 medewerkers.");
  CHECK(seen["612 winkels"] == "supported");
  CHECK(seen["41.000 medewerkers"] == "supported");
}

TEST_CASE("a total a later source restates makes the first outdated", "[learn][revisions]") {
  const FactBase facts = learned(
      {{"prelim.txt", "2024-01-18",
        "Valmarina International Airport handled 9.84 million passengers in 2023."},
       {"audited.txt", "2024-03-28",
        "Valmarina International Airport published its audited report. Valmarina's 2023 passenger total is "
        "restated at 9.91 million."}});
  std::map<std::string, std::size_t> series;
  for (const factcheck::Fact& f : facts.facts())
    if (!f.earlier.empty()) series[f.value.unit] = f.earlier.size() + 1;
  CHECK(series["passengers"] == 2);
}

TEST_CASE("a figure said not to be so is no figure a source's sentence confirms", "[learn][negation]") {
  const factcheck::LearnedBase base = factcheck::learn_fact_base(
      {{"release.txt", "2025-03-12",
        "Hadley Cross tram extension approved. The scheme is funded by \u00a3240 million from the Regional "
        "Transport Fund. Single fares will be capped at \u00a32, as on the rest of the network."}},
      "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  std::map<std::string, std::string> seen = factcheck::testing::verdicts(
      checker,
      "Most of the money comes from the Regional Transport Fund, but fares on the new line will not "
      "be capped\nat \u00a32.");
  CHECK(seen["\u00a32"] != "supported");
}

TEST_CASE("'lower than the provisional figure of 1.55°C' revises the provisional figure",
          "[learn][revisions]") {
  const FactBase facts = learned(
      {{"provisional.txt", "2025-01-10", "Acme Corp said the temperature index was 1.55\u00b0C in 2024."},
       {"final.txt", "2025-03-20",
        "Acme Corp said the temperature index was 1.53\u00b0C, slightly lower than the provisional figure of "
        "1.55\u00b0C."}});
  REQUIRE(facts.facts().size() == 1);
  CHECK(facts.facts()[0].value.amount == 1.53);
  REQUIRE(facts.facts()[0].earlier.size() == 1);
  CHECK(facts.facts()[0].earlier[0].amount == 1.55);
}

TEST_CASE("a byte that is no UTF-8 between an event's word and its date is passed over, as the checker does",
          "[learn][dates]") {
  // From a fuzz crash: "founded\x972016" was read by the checker as a founding date and contradicted by
  // the same text's "founded in 2015", while the learner, stopping at the byte, kept no record of it.
  const std::string text =
      "founded\x97"
      "2016\n\xe2Ls founded in2015";
  const factcheck::LearnedBase base = factcheck::learn_fact_base({{"self.txt", "2025-01-23", text}}, "S");
  const factcheck::Checker checker(factcheck::testing::fixture(base.json));
  for (const auto& s : factcheck::testing::check(checker, text)) CHECK(s.verdict != "contradicted");
}

TEST_CASE("a launch price and a later cut are one price, whatever the word", "[learn][revisions]") {
  const FactBase facts = learned(
      {{"launch.txt", "2024-09-10",
        "Lumora Electronics unveiled the Pixa Fold 3. Prices start at \u20ac1,899 (256 GB) in Europe and "
        "$1,799 in the US."},
       {"update.txt", "2024-11-20",
        "Lumora Electronics announced new prices. The 256 GB model now costs \u20ac1,699 in Europe and "
        "$1,599 "
        "in the United States."}});
  std::map<std::string, std::pair<double, double>> by_unit;  // unit -> (earlier, now)
  for (const factcheck::Fact& f : facts.facts())
    if (!f.earlier.empty()) by_unit[f.value.unit] = {f.earlier.front().amount, f.value.amount};
  CHECK(by_unit["EUR"] == std::make_pair(1899.0, 1699.0));
  CHECK(by_unit["USD"] == std::make_pair(1799.0, 1599.0));
}

TEST_CASE("a site named within a passive verb's subject is not its subject", "[learn]") {
  const FactBase facts = learned(
      {{"update.txt", "2025-02-20",
        "Veldmark Foods N.V. published its results. The investment at Deventer has been raised to \u20ac48 "
        "million."}});
  REQUIRE(facts.facts().size() == 1);
  CHECK(facts.facts()[0].subject == "veldmark-foods");
  CHECK(facts.facts()[0].predicate == "money-invest");
}

TEST_CASE("'…, a cut of 19% on 2023' is the change of the figure before it", "[learn]") {
  const FactBase facts = learned(
      {{"revision.txt", "2024-03-28",
        "Skerry Sea Fisheries Commission \u2014 revision. The 2024 cod limit is reduced further to 13,100 "
        "tonnes, a cut of 19% on 2023."}});
  std::map<std::string, std::string> by_unit;
  for (const factcheck::Fact& f : facts.facts()) by_unit[f.value.unit] = f.predicate;
  CHECK(by_unit["t"] == "measure-limit");
  CHECK(by_unit["%"] == "percent-limit");
}

TEST_CASE(
    "a currency written as a word is no name; a board is named for its body, and the body's "
    "initials in brackets are its short form",
    "[learn]") {
  const FactBase facts = learned(
      {{"notice.txt", "2024-09-12",
        "The Board of Directors of Sarhad Cement Company Limited (SCCL) approved the accounts. The company "
        "earned a profit of Rs 3.4 billion, compared with a loss of Rs 1.2 billion the year before."}});
  CHECK(facts.entity("rs") == nullptr);
  CHECK(facts.entity("board-of-directors-of-sarhad-cement-company") == nullptr);
  const factcheck::Entity* sccl = facts.entity("sarhad-cement-company");
  REQUIRE(sccl != nullptr);
  CHECK(std::find(sccl->aliases.begin(), sccl->aliases.end(), "SCCL") != sccl->aliases.end());
  std::map<double, std::string> subject;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "INR" || f.value.unit == "PKR") subject[f.value.amount] = f.subject;
  CHECK(subject[3.4e9] == "sarhad-cement-company");
  CHECK(subject[1.2e9] == "sarhad-cement-company");
}

TEST_CASE("the figure of a relative clause is its name's; a name given an office after 'as' is a person",
          "[learn]") {
  const FactBase facts = learned(
      {{"award.txt", "2024-10-09",
        "Harbour Custody is a joint venture between Orlen Facilities, which holds 65 per cent, and the local "
        "firm Tamar Guarding, which holds 35 per cent. Its founder serves with Priya Raman as chief "
        "operating officer. It raised $20 million in 2023."}});
  std::map<double, std::string> holder;
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "%" || f.value.unit == "USD") holder[f.value.amount] = f.subject;
  CHECK(holder[65] == "orlen-facilities");
  CHECK(holder[35] == "tamar-guarding");
  // "It" is the organisation named last, not Priya Raman.
  CHECK(holder[20e6] != "priya-raman");
}

TEST_CASE("a new title given with no organisation is taken up where its holder held the old one",
          "[learn][roles]") {
  // The update names the tower its first sentence is about, then the firm's people with no organisation:
  // a general manager made chief executive stays at her firm, and so does the one who succeeds her.
  const Checker checker(learned(
      {{"statement.txt", "2024-06-03",
        "Abay Lift & Scaffold PLC has won a contract for the Bole Meskel Tower. General manager Meron "
        "Tadesse "
        "said the company would hire 120 operators."},
       {"update.txt", "2024-10-21",
        "Correction: the Bole Meskel Tower will have 46 storeys. Meron Tadesse has been appointed chief "
        "executive; Hanna Wolde succeeds her as general manager."}}));
  CHECK_THAT(verdict_of(checker, "Abay Lift & Scaffold's general manager, Meron Tadesse, spoke.",
                        "Abay Lift & Scaffold's general manager, Meron Tadesse"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Abay Lift & Scaffold's chief executive, Meron Tadesse, spoke.",
                        "Abay Lift & Scaffold's chief executive, Meron Tadesse"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Abay Lift & Scaffold's general manager, Hanna Wolde, spoke.",
                        "Abay Lift & Scaffold's general manager, Hanna Wolde"),
             Catch::StartsWith("supported"));
}

TEST_CASE("an executive chairman, and one appointed after an aside in a clause after a semicolon",
          "[learn][roles]") {
  const Checker checker(learned(
      {{"release.txt", "2024-02-20",
        "Wadi Sky Gliders LLC makes paragliders. Founder and chief executive Rami Haddadin said the firm "
        "would "
        "grow."},
       {"update.txt", "2024-09-01",
        "Wadi Sky Gliders LLC expects higher sales. Rami Haddadin has become executive chairman; Lina Qudah, "
        "formerly production director, has been appointed chief executive."}}));
  CHECK_THAT(verdict_of(checker, "Wadi Sky Gliders' chief executive, Rami Haddadin, spoke.",
                        "Wadi Sky Gliders' chief executive, Rami Haddadin"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(verdict_of(checker, "Wadi Sky Gliders' chief executive, Lina Qudah, spoke.",
                        "Wadi Sky Gliders' chief executive, Lina Qudah"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Wadi Sky Gliders' executive chairman, Rami Haddadin, spoke.",
                        "Wadi Sky Gliders' executive chairman, Rami Haddadin"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a count a later source gives by its ordinal is not called wrong", "[learn]") {
  const Checker checker(learned(
      {{"release.txt", "2024-03-25",
        "Editions Bulles de Carthage, the Tunis comic-book publisher, sold 118,000 copies in 2023. Its "
        "best-selling series, Les Chroniques de Kerkennah, has sold 260,000 copies across its 11 volumes "
        "since 2016."},
       {"report.txt", "2025-02-28",
        "Les Chroniques de Kerkennah reached its 12th volume and 295,000 copies sold."}}));
  const std::string twelve =
      verdict_of(checker, "Les Chroniques de Kerkennah now has 12 volumes.", "12 volumes");
  CHECK_THAT(twelve, Catch::StartsWith("unverified"));
  CHECK_THAT(twelve, Catch::Contains("12th"));
  CHECK_THAT(verdict_of(checker, "Les Chroniques de Kerkennah now has 15 volumes.", "15 volumes"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("a figure a later source gives under other words than the earlier one is the latest value",
          "[learn]") {
  // The first report gives a budgeted cost, the later one a budget risen to a new figure: a rewrite giving
  // the new figure as the cost states the latest value, not a figure the sentence leaves unclear.
  const Checker checker(learned(
      {{"report-2023.txt", "2023-09-05",
        "The Conservatorio Timbila de Inhambane enrolled 486 students. Director Amelia Nhantumbo reports "
        "that "
        "construction of a 300-seat concert hall began in March 2023 at a budgeted cost of 68 million "
        "meticais, with completion expected in August 2024."},
       {"report-2024.txt", "2024-09-10",
        "The Conservatorio Timbila de Inhambane enrolled 531 students. The concert hall will be completed in "
        "March 2025; the budget has risen to 79 million meticais after changes to the acoustic design."}}));
  const std::string text =
      "The Conservatorio Timbila de Inhambane said the concert hall will be ready in March 2025, at a cost "
      "now "
      "estimated at 79 milh\u00f5es de meticais.";
  CHECK_THAT(verdict_of(checker, text, "79 milh\u00f5es de meticais"), Catch::StartsWith("supported"));
  // Not a rounded figure.
  const std::string rounded =
      "The Conservatorio Timbila de Inhambane said the concert hall will be ready in March 2025, at a cost "
      "now "
      "estimated at about 80 milh\u00f5es de meticais.";
  CHECK_THAT(verdict_of(checker, rounded, "about 80 milh\u00f5es de meticais"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("events' years: installed, cast, inaugurated, unveiled, merged, listed", "[learn]") {
  const Checker checker(
      learned({{"notes.txt", "2024-01-01",
                "Fonte Belcaro SpA bottles mineral water in Umbria. Its second glass bottling "
                "line was installed in 2022 at the Belcaro plant. The Campana Foundry bell "
                "Santa Rosa was cast in 1979."}}));
  CHECK_THAT(verdict_of(checker, "Fonte Belcaro's second glass bottling line was installed in 2022.", "2022"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Fonte Belcaro's second glass bottling line was installed in 2020.", "2020"),
             Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(checker, "The Campana Foundry bell Santa Rosa was cast in 1979.", "1979"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a nationality before a noun names no one the figures could be of", "[learn]") {
  // "Ethiopian" qualifies the fiscal year: the revenue is the company's, which "Its" refers to.
  const Checker checker(
      learned({{"statement.txt", "2024-06-03",
                "Abay Lift & Scaffold PLC has won a contract in Addis Ababa. Its revenue in "
                "the 2023/24 Ethiopian fiscal year was Br 1.2 billion."}}));
  CHECK_THAT(verdict_of(checker, "Abay Lift & Scaffold reported revenues of Br1.2 billion.", "Br1.2 billion"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Abay Lift & Scaffold reported revenues of Br2.1 billion.", "Br2.1 billion"),
             Catch::StartsWith("contradicted"));
}
