// The learning stage on clauses a source leaves short: a count with only its subject before it, a figure
// whose verb is the one before it ("… and the Lo Foundation HK$400 million"), a maker in an aside, a
// sentence's opening place; names that are no one's (a nationality, "Phase 1", a currency's letters);
// and the checker's reading of such a draft. Each case is an invented source in agency style.
#include <algorithm>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "checking.hpp"
#include "learn/learner.hpp"
#include "quantities/quantities.hpp"
#include "text/tokens.hpp"

using factcheck::Checker;
using factcheck::FactBase;
using factcheck::learn_fact_base;
using factcheck::SourceDocument;

namespace {

FactBase learned(const std::vector<SourceDocument>& sources) {
  return factcheck::testing::fixture(learn_fact_base(sources, "Test sources").json);
}

// The subject of the one fact of `unit` and `amount`, or "" when there is none.
std::string subject_of(const FactBase& facts, const std::string& unit, double amount) {
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == unit && f.value.amount == amount) return f.subject;
  return "";
}

std::string verdict_of(const Checker& checker, const std::string& text, const std::string& span) {
  for (const auto& seen : factcheck::testing::check(checker, text))
    if (seen.text == span) return seen.verdict + ": " + seen.explanation;
  return "no claim";
}

// The first quantity of `text` as "kind value unit".
std::string first_quantity(const std::string& text) {
  const auto quantities = factcheck::extract_quantities(text, factcheck::tokenize(text));
  if (quantities.empty()) return "none";
  const auto& q = quantities.front();
  return std::string(factcheck::to_string(q.kind)) + " " + std::to_string(static_cast<long long>(q.value)) +
         " " + q.unit;
}

}  // namespace

TEST_CASE("a count with only its subject and a linking verb before it is learned", "[learn][clauses]") {
  const FactBase facts =
      learned({{"profile.txt", "2024-05-02",
                "Corvane Packaging Ltd makes cans in Wrexham. Corvane Packaging Ltd has "
                "1,200 employees, and the state\u2019s prison population stood at 7,450."}});
  CHECK(subject_of(facts, "employees", 1200) == "corvane-packaging");
  // "prison population" counts people, as "Japan's population" does.
  CHECK(first_quantity("The prison population stood at 7,450 on 31 December 2023.") == "count 7450 people");
  CHECK(first_quantity("The kakapo population stood at 250.") != "count 250 people");
}

TEST_CASE("a figure with no verb of its own takes the one before it, and the name right before it",
          "[learn][clauses]") {
  const FactBase facts =
      learned({{"review.txt", "2024-07-03",
                "The Ngong Tau Trust said the government will provide HK$800 million and the Lo Foundation "
                "HK$400 million. In the 3.5 GHz band, Altavox won 120 MHz for \u20ac486 million, Nexa Mobile "
                "100 MHz for \u20ac402 million."}});
  // A name ends where a sum of money starts: no "Lo Foundation HK".
  CHECK(facts.entity("lo-foundation") != nullptr);
  CHECK(subject_of(facts, "HKD", 400e6) == "lo-foundation");
  CHECK(subject_of(facts, "EUR", 486e6) == "altavox");
  CHECK(subject_of(facts, "MHz", 100) == "nexa-mobile");
  CHECK(subject_of(facts, "EUR", 402e6) == "nexa-mobile");
  for (const factcheck::Fact& f : facts.facts())
    if (f.subject == "lo-foundation") CHECK(f.predicate == "money-provid");
}

TEST_CASE("a maker in an aside, a sentence's opening place and a name after 'of' are read as such",
          "[learn][clauses]") {
  const FactBase facts = learned(
      {{"release.txt", "2024-10-28",
        "Kelorinne Oy opens a new chairlift this season. The lift, supplied by the Austrian manufacturer "
        "Alpitec Seilbahnen, is 1,340 metres long and cost \u20ac9.6 million. In Sj\u00f6holm, four new "
        "preschools are included in the plan. Only 21 examples of the Nordvik error are recorded."}});
  CHECK(subject_of(facts, "EUR", 9.6e6) == "kelorinne-oy");
  CHECK(subject_of(facts, "m", 1340) == "kelorinne-oy");
  CHECK(subject_of(facts, "preschools", 4) == "sj-holm");
  CHECK(subject_of(facts, "examples", 21) == "nordvik");
}

TEST_CASE("a nationality, a numbered part and a currency's letters name no one", "[learn][clauses]") {
  const FactBase facts =
      learned({{"review.txt", "2024-07-03",
                "The Ngong Tau Zoological Gardens have taken in 14 rescued Chinese pangolins and recorded "
                "three births. Phase 1 has a design capacity of 240,000 tonnes a year."}});
  CHECK(facts.entity("chinese") == nullptr);
  CHECK(facts.entity("phase") == nullptr);
  CHECK(subject_of(facts, "births", 3) == "ngong-tau-zoological-gardens");
  CHECK(subject_of(facts, "t", 240000) == "ngong-tau-zoological-gardens");
}

TEST_CASE("who holds a role still, and who chairs the board", "[learn][clauses][roles]") {
  const FactBase facts =
      learned({{"update.txt", "2024-02-14",
                "Gleann Motorway Concessions DAC reported traffic of 41,000 vehicles a day. Deirdre Whelan "
                "remains chief executive. The board is chaired by Fergal Brennock. The audit committee is "
                "chaired by Aoife Daly."}});
  std::map<std::string, std::string> holder;
  for (const factcheck::Fact& f : facts.facts())
    if (f.predicate.rfind("role-", 0) == 0 && !f.value.entity.empty()) holder[f.predicate] = f.value.entity;
  CHECK(holder["role-ceo"] == "deirdre-whelan");
  CHECK(holder["role-chair"] == "fergal-brennock");
  const Checker checker(facts);
  CHECK_THAT(verdict_of(checker, "\u201cWe are building for the future,\u201d said chairman Deirdre Whelan.",
                        "chairman Deirdre Whelan"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("figures in Finnish, Estonian and Portuguese units and scales", "[quantities][clauses]") {
  CHECK(first_quantity("Pyh\u00e4vaara's chairlift cost 7,1 milj. euroa.") == "money 7100000 EUR");
  CHECK(first_quantity("Ehitus maksis 12 miljonit eurot.") == "money 12000000 EUR");
  CHECK(first_quantity("A fase tem capacidade para 180 mil toneladas por ano.") == "measure 180000 t");
  // In English "mil" is still a million.
  CHECK(first_quantity("The deal was worth $50 mil.") == "money 50000000 USD");
  // A year before a name is a date: "the 2022 Daegyeong mayoral election".
  CHECK(first_quantity("In the 2022 Daegyeong mayoral election, turnout was 51.3%.") == "date 2022 year");
  // A headline's figure counts nothing across a blank line.
  CHECK(first_quantity("Visitors rise to 2.38 million\n\nNgong Tau Zoological Gardens welcomed them.")
            .find("gardens") == std::string::npos);
}

TEST_CASE("the checker reads a clause with no verb of its own as its name's", "[match][clauses]") {
  const Checker checker(learned(
      {{"auction.txt", "2025-05-21",
        "The Communications Authority of Meridia announces the results. In the 3.5 GHz band, Altavox won 120 "
        "MHz for \u20ac486 million, Nexa Mobile 100 MHz for \u20ac402 million and BlueArc 60 MHz for "
        "\u20ac188 "
        "million."}}));
  // Each gave the other's price: neither is confirmed by the figure of the name first in the sentence.
  const std::string text =
      "3.5 GHz: Altavox takes 120 MHz for \u20ac402m, Nexa Mobile 100 MHz for \u20ac486m.";
  CHECK_THAT(verdict_of(checker, text, "\u20ac486m"), !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, text, "\u20ac402m"), !Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, text, "100 MHz"), Catch::StartsWith("supported"));
  // A list's last name with a verb of its own is no such clause: "… that OpenAI, SoftBank and Oracle
  // unveiled on January 21" leaves the date to the venture.
}

TEST_CASE(
    "a figure of an organisation the draft never names, where it names one with its own, is "
    "not confirmed",
    "[match][clauses]") {
  const Checker checker(learned(
      {{"report.txt", "2024-03-14",
        "Ashby Rovers Football Club made a pre-tax loss of \u00a321.7 million in the year to June. Fenton "
        "Athletic made a pre-tax loss of \u00a327.1 million. Ashby Rovers Football Club finished ninth."}}));
  // The draft speaks of Ashby (a short form the sources never use) and gives it Fenton's loss.
  const std::string seen =
      verdict_of(checker, "Ashby Rovers finished ninth. A pre-tax loss of \u00a327.1 million followed.",
                 "\u00a327.1 million");
  CHECK_THAT(seen, Catch::StartsWith("unverified"));
  CHECK_THAT(seen, Catch::Contains("Fenton Athletic's loss"));
  CHECK_THAT(seen, Catch::Contains("the organisation the text named last has a figure of this kind too"));
  // Named by a word of its own name ("Fenton"), it is Fenton's.
  CHECK_THAT(verdict_of(checker, "Fenton lost \u00a327.1 million before tax.", "\u00a327.1 million"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a share in brackets or after 'with' is its name's stake, and a person's in their own clause",
          "[learn][clauses]") {
  const FactBase facts = learned(
      {{"tender.txt", "2023-07-04",
        "The tender has been won by the Yam Tov consortium, made up of Aquanor (51%) and Galil Energy (49%). "
        "Zlat\u00e1 L\u017e\u00edce is owned by its founder Tom\u00e1\u0161 Vesel\u00fd, who holds 55%, and "
        "the "
        "investment fund Orbis Capital, with 45%. Fenwick Energy now holds 80%; the National Hydrocarbons "
        "Company retains 20%. The investment is estimated at NIS 1.9 billion."}});
  CHECK(subject_of(facts, "%", 51) == "aquanor");
  CHECK(subject_of(facts, "%", 49) == "galil-energy");
  CHECK(subject_of(facts, "%", 45) == "orbis-capital");
  CHECK(subject_of(facts, "%", 55) != "zlat-l-ce");
  CHECK(subject_of(facts, "%", 80) == "fenwick-energy");
  CHECK(subject_of(facts, "%", 20) == "national-hydrocarbons-company");
  // "NIS", as Israeli papers write the shekel, is a currency and no name.
  CHECK(facts.entity("nis") == nullptr);
  CHECK(first_quantity("The investment is estimated at NIS 1.9 billion.") == "money 1900000000 ILS");
}

TEST_CASE("a short form of an organisation's name, and the start of another name", "[match][clauses]") {
  const Checker checker(
      learned({{"release.txt", "2024-09-12",
                "The bridge is being built by a joint venture of Deshmukh Constructions Ltd (60%) and "
                "Hoshino Kensetsu "
                "Co. (40%). Pensioenfonds Havenwerk ended 2024 with a funding ratio of 118.4%."}}));
  // "Deshmukh" is Deshmukh Constructions: it holds 60%, not Hoshino's 40%.
  CHECK_THAT(
      verdict_of(
          checker,
          "The JV of Deshmukh Constructions and Hoshino Kensetsu, in which Deshmukh holds 40 per cent.",
          "40 per cent"),
      !Catch::StartsWith("supported"));
  // "Pensioenfonds Bouwzorg" is another fund, not Pensioenfonds Havenwerk.
  CHECK_THAT(
      verdict_of(checker, "For context, Pensioenfonds Bouwzorg reported a funding ratio of 121%.", "121%"),
      Catch::StartsWith("unverified"));
}

TEST_CASE("a figure given for comparison is told apart by what it is of, and the base stays valid",
          "[learn][clauses]") {
  // Learning must never write a predicate with an empty cue: the loader refuses such a base, and the
  // whole check with it.
  const FactBase facts = learned(
      {{"ferries.txt", "2024-05-02",
        "Kurrajong Ferries Ltd ordered three ferries. Each new ferry will carry up to 400 passengers, "
        "compared "
        "with 300 on the current fleet. Acme Ltd said margins were 12%, compared with 9% at rivals."}});
  CHECK(subject_of(facts, "%", 9) == "acme");
  REQUIRE(subject_of(facts, "passengers", 300) == "kurrajong-ferries");
  for (const factcheck::Predicate& p : facts.predicates())
    for (const std::string& cue : p.cues) CHECK_FALSE(cue.empty());
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.amount == 300) {
      CHECK(std::find(f.context.begin(), f.context.end(), "current") != f.context.end());
      CHECK(std::find(f.context.begin(), f.context.end(), "carry") == f.context.end());
    }
}

TEST_CASE("a draft's figure given to compare with is not confirmed by the current one", "[match][clauses]") {
  const Checker checker(learned({{"ferries.txt", "2024-11-04",
                                  "Kurrajong Ferries Ltd ordered three ferries. Each new ferry will carry up "
                                  "to 400 passengers, compared "
                                  "with 300 on the current fleet."}}));
  const std::string text =
      "Each new boat will carry 300 passengers, compared with 400 on the tired old ferries.";
  const std::string compared = verdict_of(checker, text, "400");
  CHECK_THAT(compared, Catch::StartsWith("unverified"));
  CHECK_THAT(compared, Catch::Contains("as what something else is compared with"));
}

TEST_CASE("a word after a heading's colon names no one, and a rival's clause is not the source's",
          "[learn][match][clauses]") {
  const FactBase facts =
      learned({{"results.txt", "2024-11-15",
                "KAMBIRA MILLING HOLDINGS LIMITED\n\nVolumes: Flour volumes increased by 8% to "
                "142,000 tonnes. Maize meal volumes declined by 3% to 96,500 tonnes."}});
  for (const factcheck::Entity& e : facts.entities()) CHECK(e.id != "flour");
  const Checker checker(facts);
  const std::string text =
      "Kambira lifted flour volumes by 8 percent to 142 000 tonnes. Rival Sable Grain Millers increased "
      "flour "
      "volumes by 5 percent to 98 000 tonnes.";
  CHECK_THAT(verdict_of(checker, text, "142 000 tonnes"), Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, text, "98 000 tonnes"), !Catch::StartsWith("contradicted"));
  CHECK_THAT(verdict_of(checker, text, "5 percent"), !Catch::StartsWith("contradicted"));
}

TEST_CASE("an opening phrase names no subject and dates no figure, and a name before 'has' acts",
          "[learn][clauses]") {
  const FactBase facts = learned(
      {{"channels.txt", "2024-01-10",
        "Founded in 1986, Meridian Cable Networks operates 11 cable channels. Meridian Cable Networks "
        "completed its acquisition of Bayline Sports Network on January 8, 2024. With Bayline, Meridian now "
        "operates 12 channels. Helixsoft has put nearly $41 billion into its cloud division."}});
  CHECK(subject_of(facts, "channels", 12) == "meridian-cable-networks");
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.unit == "channels") CHECK(f.when.empty());
  CHECK(subject_of(facts, "USD", 41e9) == "helixsoft");
}

TEST_CASE("a figure after 'vs' is what the one before is compared with", "[match][clauses]") {
  const Checker checker(
      learned({{"results.txt", "2025-08-28",
                "Meridian Bean Trading SA reported results for the first half. EBITDA increased "
                "to $412 million from $298 million."}}));
  const std::string text = "MERIDIAN BEAN H1 EBITDA 298 MLN USD VS 412 MLN";
  CHECK_THAT(verdict_of(checker, text, "412 MLN"), !Catch::StartsWith("supported"));
}

TEST_CASE("a later source revises a cost its first gave beside a plan's date", "[match][clauses]") {
  const Checker checker(factcheck::testing::fixture(
      learn_fact_base(
          {{"results.txt", "2024-11-15",
            "Kambira Milling Holdings Limited reported its results. Construction of the Marula "
            "Siding mill is progressing; commissioning is planned for June 2025 at a total cost of "
            "US$24 million."},
           {"update.txt", "2025-02-27",
            "Commissioning of the Marula Siding mill has been rescheduled to October 2025. The "
            "total project cost has been revised to US$27.5 million."}},
          "Test sources")
          .json));
  CHECK_THAT(verdict_of(checker, "The Marula Siding mill will cost US$24 million.", "US$24 million"),
             Catch::StartsWith("outdated"));
}

TEST_CASE("a document's heading words and a bullet's first word name no one", "[learn][clauses]") {
  const FactBase facts = learned(
      {{"interim.txt", "2024-07-25",
        "LUMEN & CO OPTICIANS PLC \u2014 INTERIM RESULTS FOR THE 26 WEEKS TO 30 JUNE 2024\n\nLumen & Co "
        "Opticians plc today reports a solid first half.\n\n\u2022 Revenue of \u00a3412 million, up 6.2% "
        "on last year.\n\u2022 Contact lens subscription members: 540,000.\n\u2022 Hearing care offered "
        "in 210 stores."}});
  for (const factcheck::Entity& e : facts.entities())
    for (const char* none : {"results", "weeks", "contact", "hearing"}) CHECK(e.id != none);
  CHECK(subject_of(facts, "GBP", 412e6) == "lumen-co-opticians");
  CHECK(subject_of(facts, "members", 540000) == "lumen-co-opticians");
}

TEST_CASE("a stock counted again at a later day makes the earlier count out of date", "[match][clauses]") {
  const Checker checker(factcheck::testing::fixture(
      learn_fact_base(
          {{"interim.txt", "2024-08-20", "Lumen & Co Opticians plc had 864 stores at 30 June 2024."},
           {"final.txt", "2025-02-26", "Lumen & Co Opticians plc had 889 stores at 31 December 2024."}},
          "Test sources")
          .json));
  CHECK_THAT(verdict_of(checker, "Lumen has 864 stores.", "864 stores"), Catch::StartsWith("outdated"));
  // Given with its day, the earlier count is right.
  CHECK_THAT(verdict_of(checker, "Lumen had 864 stores at 30 June 2024.", "864 stores"),
             Catch::StartsWith("supported"));
  CHECK_THAT(verdict_of(checker, "Lumen has 889 stores.", "889 stores"), Catch::StartsWith("supported"));
}

TEST_CASE("a name that owns the next figure of a gapped clause does not own the one before",
          "[match][clauses]") {
  const Checker checker(learned({{"release.txt", "2025-02-14",
                                  "S\u00f6lvah\u00f6fn Marine ehf. harvested 21,400 tonnes of seaweed in "
                                  "2024. Ownership: The Norwegian "
                                  "company Tarevekst AS owns 60% of S\u00f6lvah\u00f6fn, and the "
                                  "Hvalv\u00edk Municipal Development Fund "
                                  "owns 40%."}}));
  // The fund and Tarevekst swapped: the 60% is said of the fund, not of Tarevekst.
  const std::string text =
      "The municipal development fund owns 60% of S\u00f6lvah\u00f6fn and the Norwegian company Tarevekst "
      "40%.";
  CHECK_THAT(verdict_of(checker, text, "60%"), !Catch::StartsWith("supported"));
  // Said in the sources' order, Tarevekst's 60% is confirmed.
  CHECK_THAT(verdict_of(checker, "Tarevekst owns 60% of S\u00f6lvah\u00f6fn.", "60%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a heading that opens on a body is no dateline, and 'FULL-YEAR RESULTS' or 'COMMUNIQUÉ' no one",
          "[learn][clauses]") {
  const FactBase bulletin =
      learned({{"bulletin.txt", "2025-01-28",
                "REGIONAL DIRECTORATE OF CIVIL PROTECTION, BILOHIRSKA OBLAST\n\nFires: In 2024 rescue units "
                "responded to 6,418 fires. Resources: The directorate has 3,240 personnel."}});
  CHECK(subject_of(bulletin, "fires", 6418) == "regional-directorate-of-civil-protection");
  const FactBase results = learned(
      {{"results.txt", "2025-03-05",
        "BRIGHTARC DENTAL GROUP \u2014 FULL-YEAR RESULTS 2024\n\nBrightArc Dental Group operates 318 dental "
        "practices."},
       {"council.txt", "2025-06-15",
        "S\u00c2NT\u0102M\u0102RIA COUNTY COUNCIL \u2014 COMMUNIQU\u00c9, 15 JUNE 2025\n\nThe total cost has "
        "risen to \u20ac27 million."}});
  for (const factcheck::Entity& e : results.entities()) {
    CHECK(e.id.find("results") == std::string::npos);
    CHECK(e.id.find("communiqu") == std::string::npos);
  }
}

TEST_CASE("a dateline in any case: a town named before in passing is a place, not a later source's subject",
          "[learn][clauses]") {
  const FactBase facts = learned(
      {{"annual.txt", "2024-03-28",
        "Nirapad Credit Limited, a lender headquartered in Koyrapur, closed 2023 with a loan portfolio of Tk "
        "1,842 crore."},
       {"half.txt", "2024-07-30",
        "Koyrapur, 30 July 2024 \u2014 Nirapad Credit Limited reports a loan portfolio of Tk 2,015 crore at "
        "30 "
        "June 2024."}});
  CHECK(subject_of(facts, "BDT", 20.15e9) == "nirapad-credit");
  // The headline's "crosses" is "more than": the later figure confirms it.
  const Checker checker(facts);
  CHECK_THAT(verdict_of(checker, "Nirapad Credit\u2019s loan book crosses Tk 2,000 crore", "Tk 2,000 crore"),
             Catch::StartsWith("supported"));
}

TEST_CASE("a figure of a thing the sentence brings in is not the subject's, when the subject is unnamed",
          "[learn][clauses]") {
  const FactBase facts = learned(
      {{"report.txt", "2024-03-17",
        "Rhodri Pennant won the Celtic Open on Saturday. The title is worth \u00a360,000 to Pennant."}});
  const Checker checker(facts);
  const std::string text =
      "Pennant lifted the trophy. Organisers hope to add a women\u2019s event worth \u00a320,000.";
  CHECK_THAT(verdict_of(checker, text, "\u00a320,000"), Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(checker, text, "\u00a320,000"), Catch::Contains("brings in"));
  // Named, the subject's own figure is judged: "worth £20,000 to Pennant" is wrong.
  CHECK_THAT(verdict_of(checker, "The title is worth \u00a320,000 to Pennant.", "\u00a320,000"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE(
    "a forecast with the thing forecast before 'to' is a plan, which a past year's figure does not judge",
    "[learn][clauses]") {
  const FactBase facts =
      learned({{"release.txt", "2024-03-21",
                "Lingvo Most OOD reports revenue of BGN 7.8 million for 2023, up 12% on 2022."}});
  const Checker checker(facts);
  const std::string text = "Lingvo Most grew. The company expects revenue to pass BGN 9 mln. this year.";
  CHECK_THAT(verdict_of(checker, text, "BGN 9 mln."), Catch::StartsWith("unverified"));
  CHECK_THAT(verdict_of(checker, "Lingvo Most OOD reported revenue of BGN 9 mln. for 2023.", "BGN 9 mln."),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("'followed by NAME with 226 and NAME with 198': each figure is its name's", "[learn][clauses]") {
  const FactBase facts = learned(
      {{"survey.txt", "2024-05-15",
        "The largest private operator by number of clubs is PureForm, with 340 sites, followed by Halo "
        "Gyms with 226 and Stride Fitness with 198."}});
  CHECK(subject_of(facts, "sites", 340) == "pureform");
  CHECK(subject_of(facts, "sites", 226) == "halo-gyms");
  CHECK(subject_of(facts, "sites", 198) == "stride-fitness");
}

TEST_CASE("a label's colon governs its figure, and a bracket's year dates only the bracket",
          "[learn][clauses]") {
  const FactBase facts =
      learned({{"report.txt", "2024-12-18",
                "Castellane Cacao S.A. published its annual report. Revenue: \u20ac612.4 million (FY2023: "
                "\u20ac548.9 million). EBITDA: \u20ac71.8 million."}});
  CHECK(subject_of(facts, "EUR", 612.4e6) == "castellane-cacao");
  CHECK(subject_of(facts, "EUR", 71.8e6) == "castellane-cacao");
  for (const factcheck::Fact& f : facts.facts())
    if (f.value.amount == 612.4e6) CHECK(f.when.empty());
}

TEST_CASE(
    "'The company runs seven centres, five in Slovenia and two in Croatia': the places are the "
    "facts' objects, the company the one referred back to",
    "[learn][clauses][s16-17]") {
  // An earlier year's count of five makes the value alone no guide: the place named must be.
  const Checker checker(learned(
      {{"release.txt", "2024-02-15",
        "Pisarnik d.d. rents serviced offices. The group runs seven business centres, five in Slovenia and "
        "two in Croatia. In 2021 Pisarnik had revenue of EUR 8.4 million and five centres."}}));
  const std::string draft =
      "Pisarnik is a provider of serviced offices. The company operates seven business centres, five in "
      "Slovenia and two in Croatia.";
  CHECK(verdict_of(checker, draft, "five").rfind("supported", 0) == 0);
  CHECK(verdict_of(checker, draft, "two").rfind("supported", 0) == 0);
  CHECK(verdict_of(checker,
                   "Pisarnik is a provider of serviced offices. The company operates seven business "
                   "centres, six in Slovenia and one in Croatia.",
                   "six")
            .rfind("supported", 0) != 0);
}

TEST_CASE(
    "the day statements were adopted dates no figure; a figure whose words point to a fact another "
    "figure fits is its own value's fact",
    "[learn][clauses][s16-17]") {
  const FactBase facts = learned(
      {{"results.txt", "2024-04-09",
        "Sjemenara Tisa a.d. generated operating revenue of RSD 4.82 billion in 2023 and a net profit of RSD "
        "612 million, according to the financial statements adopted by the shareholders\u2019 assembly on 8 "
        "April 2024."}});
  for (const factcheck::Fact& f : facts.facts()) CHECK(f.when != "2024-04-08");
  const Checker checker(facts);
  // "earned" is a word of profit, but the profit is the next figure's: the first is the revenue.
  const std::string draft =
      "Sjemenara Tisa earned 4,82 mlrd. dinara in 2023, with a net profit of 612 mil. dinara.";
  CHECK(verdict_of(checker, draft, "4,82 mlrd. dinara").rfind("supported", 0) == 0);
  CHECK(verdict_of(checker, draft, "612 mil. dinara").rfind("supported", 0) == 0);
}

TEST_CASE("'our' is no word of a figure's matter; 'lei' is the sources' leu", "[learn][clauses][s16-20]") {
  const Checker checker(
      learned({{"report.txt", "2024-06-05",
                "Lanternhill Candles plc sold 4.1 million candles. Sustainability: 72% of our "
                "candles are now made with soy wax. Sales reached MDL 38.7 million."}}));
  // A share price the sources never give is not checked against the soy-wax share.
  CHECK(verdict_of(checker, "Lanternhill Candles had a good year. Our share price rose 23%.", "23%")
            .rfind("unverified", 0) == 0);
  CHECK(verdict_of(checker, "Lanternhill Candles: sales reached 38,7 mln lei.", "38,7 mln lei")
            .rfind("supported", 0) == 0);
}

TEST_CASE("'A and B, which holds 60 percent': the relative clause's figure is B's",
          "[learn][clauses][s16-20]") {
  const Checker checker(
      learned({{"statement.txt", "2024-08-12",
                "Palm Point Camp is owned by Anse Holdings (60%) and the Kestrel Community "
                "Trust (40%). The new shop at Baie Verte, costing SCR 2.1 million, opened in "
                "May."}}));
  // The trust holds 40%: the 60% is not Anse Holdings' to confirm.
  CHECK(verdict_of(checker,
                   "Palm Point is owned by Anse Holdings and the Kestrel Community Trust, which holds 60 "
                   "percent.",
                   "60 percent")
            .rfind("supported", 0) != 0);
  CHECK(verdict_of(checker,
                   "Palm Point is owned by Anse Holdings and the Kestrel Community Trust, which holds 40 "
                   "percent.",
                   "40 percent")
            .rfind("supported", 0) == 0);
  // A place with no fact of the kind before ", which" leaves the figure to the thing it describes.
  CHECK(verdict_of(checker, "The new shop at Baie Verte, which cost SCR 2.4 million, opened in May.",
                   "SCR 2.4 million")
            .rfind("contradicted", 0) == 0);
}

TEST_CASE("'Warranty: 10 years on frames, 5 years on hardware': what each period is on names it",
          "[learn][clauses][s16-20]") {
  const Checker checker(
      learned({{"sheet.txt", "2024-02-01",
                "Halvik Windows makes the TL-88 window. Warranty: 10 years on frames, 5 years on "
                "hardware, 10 years on sealed units."}}));
  CHECK(verdict_of(checker, "Halvik Windows gives 5 years on hardware.", "5 years").rfind("supported", 0) ==
        0);
  CHECK(verdict_of(checker, "Halvik Windows gives 10 years on frames.", "10 years").rfind("supported", 0) ==
        0);
  CHECK(verdict_of(checker, "Halvik Windows gives 10 years on hardware.", "10 years").rfind("supported", 0) !=
        0);
}

TEST_CASE("a change after a conversion in brackets, and a half-year's date, govern nothing",
          "[learn][clauses][s16-24]") {
  const FactBase facts = learned(
      {{"results.txt", "2024-08-20",
        "Angkor SafeLock Plc reported results. Revenue for the six months to 30 June was KHR 58.4 billion "
        "(about USD 14.3 million), up 11.2% from a year earlier."}});
  std::string revenue, change;
  for (const factcheck::Fact& f : facts.facts()) {
    if (f.value.unit == "KHR") revenue = f.predicate;
    if (f.value.unit == "%" && f.value.amount == 11.2) change = f.predicate;
  }
  // The revenue's, by "Revenue", not "June"; and the change learned, as the revenue's, past the brackets.
  CHECK(revenue == "money-revenu");
  CHECK(change == "percent-revenu");
}
