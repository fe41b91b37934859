// Checking against sources: a figure no cue bound, judged by the source sentence it was rewritten from
// (core/match/alignment.hpp), and the doubts that withdraw a support (another period, another name).
// Sources and drafts are invented, in our own words.
#include <catch2/catch.hpp>

#include "checking.hpp"
#include "learn/learner.hpp"

using factcheck::Checker;
using factcheck::learn_fact_base;

namespace {

// The fact base learned from `documents`, as a checker loads it.
factcheck::FactBase learned(const std::vector<factcheck::SourceDocument>& documents) {
  return factcheck::testing::fixture(learn_fact_base(documents, "S").json);
}

// A digest of several companies' news: each name is rare among its sentences, as in a real source.
const std::string kDigest =
    "Harwick Water reported revenue of \u00a32.1\u00a0billion. Orla Bank cut its base rate to 4%. Tarnby "
    "Rail "
    "carried 61 million passengers in 2024. Pellow Mines shipped 3.2 million tonnes of ore. Tarnby Rail "
    "reported revenue of \u20ac2.1 billion. Brantwood Council set its budget at \u00a3420 million. Tarnby "
    "Rail "
    "invested \u20ac480 million in new trains in 2024. Lorne Foods employs 5,200 people.";

// A rail operator's statement, with a dateline, a monthly change, a stake, two figures of one sentence
// and a bound.
const std::string kStatement =
    "PELLOW \u2014 Tarnby Rail said on Tuesday it carried 61 million passengers last year. Fares will rise "
    "0.3 per cent in October, the smallest monthly change since 2019. Tarnby Rail holds 50 per cent of the "
    "Fenwick depot venture. Ticket revenue rose 7% in the year, while parking income fell 4%. Tarnby Rail "
    "expects a dividend of at least \u20ac1.10 per share.";

Checker over(const std::string& source) {
  return Checker(learned({{"source.txt", "2025-03-04", source}}));
}

// The claim on `span`: its verdict, its signals and its explanation, on one line.
std::string seen(const Checker& checker, const std::string& text, const std::string& span) {
  for (const factcheck::Claim& c : checker.check(text).claims) {
    if (text.substr(c.start, c.end - c.start) != span) continue;
    std::string signals;
    if (c.binding)
      for (const std::string& s : c.binding->signals) signals += s + " ";
    return std::string(to_string(c.verdict)) + " [" + signals + "] " + c.explanation;
  }
  return "no claim";
}

}  // namespace

TEST_CASE("alignment: a changed figure is contradicted by the sentence it was rewritten from", "[align]") {
  const Checker checker = over(kDigest);
  // "sank" is no word of the source's; the sentence's others are ("Tarnby Rail", "new trains", 2024).
  const std::string changed =
      seen(checker, "Tarnby Rail sank \u20ac840m into new trains in 2024.", "\u20ac840m");
  CHECK_THAT(changed, Catch::StartsWith("contradicted"));
  CHECK_THAT(changed, Catch::Contains("source-sentence:"));
  CHECK_THAT(changed, Catch::Contains("The sources say \u20ac480 million"));
  // The same figure, kept, is supported; in German too.
  CHECK_THAT(seen(checker, "Tarnby Rail sank \u20ac480m into new trains in 2024.", "\u20ac480m"),
             Catch::StartsWith("supported"));
  CHECK_THAT(
      seen(checker, "Tarnby Rail hat 2024 rund 480 Mio. Euro in neue Z\u00fcge gesteckt.", "480 Mio. Euro"),
      Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a count told in other words is its source's, where nothing else is", "[align]") {
  const Checker checker = over(
      "Kinovia Central Asia reported its results for the half-year. The best-performing site was Kinovia "
      "Ordo Mall, with 214,000 admissions. The chain has 11,400 member producers and 4,100 employees. "
      "Dunmore Cinemas is a rival chain.");
  // Viewers are no noun the sources count by: the value of the one fact that has it, on the name said.
  CHECK_THAT(seen(checker, "The most visited cinema was Kinovia Ordo Mall with 214\u00a0000 viewers.",
                  "214\u00a0000 viewers"),
             Catch::StartsWith("supported"));
  // Not hedged, which the other noun leaves too loose: "about 214 000 viewers".
  CHECK_THAT(seen(checker, "The most visited cinema was Kinovia Ordo Mall with about 214\u00a0000 viewers.",
                  "214\u00a0000 viewers"),
             Catch::StartsWith("unverified"));
  // Nor another body's, named nearest before it.
  CHECK_THAT(seen(checker, "Kinovia Ordo Mall trails Dunmore Cinemas, which drew 214\u00a0000 viewers.",
                  "214\u00a0000 viewers"),
             Catch::StartsWith("unverified"));
  // Nor where the draft gives the fact's own noun to another figure: the two are swapped.
  CHECK_THAT(seen(checker, "Kinovia Central Asia brings together 4,100 farmers and employs 11,400 people.",
                  "4,100 farmers"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a contradiction needs a figure near the fact's and given nowhere", "[align]") {
  const Checker checker = over(kDigest);
  // Ten times the source's figure is more likely a figure of something else.
  CHECK_THAT(seen(checker, "Tarnby Rail sank \u20ac4.8bn into new trains in 2024.", "\u20ac4.8bn"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("alignment: a figure swapped with its neighbour is not supported", "[align]") {
  const Checker checker = over(kStatement);
  // 4% is the fall in parking income; ticket revenue rose 7%.
  CHECK_THAT(seen(checker, "Tarnby Rail\u2019s ticket revenue climbed 4% over the year.", "4%"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("alignment: two figures given each other's hyphenated words are contradicted", "[align]") {
  // "spare-parts sales grew 9 per cent": the words of the 9% are "spare parts sales", hyphen and all.
  const Checker checker = over(
      "Halden Propulsion reported its results. Aftermarket revenue rose 18 per cent year on year, while "
      "spare-parts sales grew 9 per cent.");
  const std::string text = "• Halden Propulsion: aftermarket rev +9% y/y, spares +18%.";
  CHECK_THAT(seen(checker, text, "9%"), Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, text, "18%"), Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a figure for another period than its source sentence's is not supported", "[align]") {
  const Checker checker = over(kStatement);
  const std::string yearly = seen(checker, "Fares will rise 0.3% on the year.", "0.3%");
  CHECK_THAT(yearly, Catch::StartsWith("unverified"));
  CHECK_THAT(yearly, Catch::Contains("another period"));
  // "a year and a half" is a length of time, not the period of a rate.
  CHECK_THAT(seen(checker, "Fares will rise 0.3%, the smallest change in a year and a half.", "0.3%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure said of a name the sources never use is not supported", "[align]") {
  const Checker checker = over(kStatement);
  const std::string other =
      seen(checker, "Meanwhile Greyling Partners holds half of the Fenwick depot venture.", "half");
  CHECK_THAT(other, Catch::StartsWith("unverified"));
  CHECK_THAT(other, Catch::Contains("a name the sources do not use"));
  CHECK_THAT(seen(checker, "Tarnby Rail holds half of the Fenwick depot venture.", "half"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a bound neither confirms nor contradicts another bound", "[align]") {
  const Checker checker = over(kStatement);
  CHECK_THAT(seen(checker, "Tarnby Rail promises a dividend of at least \u20ac1.20 a share.", "\u20ac1.20"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("learning: a dateline with a dash, a company that speaks, 'it' and 'valuing X at'",
          "[learn][align]") {
  const factcheck::FactBase facts =
      learned({{"s.txt", "",
                kStatement + " Harrowgate Foods plc agreed a cash offer, valuing Corrin "
                             "Bakeries Ltd at approximately \u00a31,240 million. Corrin "
                             "runs eleven bakeries. In 2024 it reported revenue of "
                             "\u00a3870 million."}});
  // "PELLOW —" is a place; "Tarnby Rail said" an organisation speaking, not a person.
  REQUIRE(facts.entity("pellow"));
  CHECK(facts.entity("pellow")->type == "place");
  REQUIRE(facts.entity("tarnby-rail"));
  CHECK(facts.entity("tarnby-rail")->type == "organization");
  bool valuation = false, corrin_revenue = false;
  for (const factcheck::Fact& f : facts.facts()) {
    valuation = valuation || f.value.amount == 1240e6;
    // "it" is the organisation the sentence before named, not the one the document opened with.
    corrin_revenue = corrin_revenue || (f.value.amount == 870e6 && f.subject == "corrin-bakeries");
  }
  CHECK(valuation);
  CHECK(corrin_revenue);
}

TEST_CASE("alignment: a figure a later source gives again, differently, is not confirmed", "[align]") {
  // The later statement says the same thing in other words ("proposal ... worth" for "offer ... valuing"),
  // so the learner keeps two facts; the earlier figure is not called supported.
  const Checker checker(
      learned({{"first.txt", "2025-02-10",
                "Tarnby Rail made a possible cash offer of 520p a share for Pellow Mines, valuing the "
                "miner at about \u00a33.1 billion."},
               {"second.txt", "2025-02-27",
                "Tarnby Rail\u2019s improved proposal for Pellow Mines is worth about \u00a33.43 billion, "
                "or 575p a share, and the miner\u2019s board recommended it."}}));
  const std::string earlier = seen(checker, "Tarnby Rail values Pellow Mines at \u00a33.1bn.", "\u00a33.1bn");
  CHECK_THAT(earlier, Catch::StartsWith("unverified"));
  CHECK_THAT(earlier, Catch::Contains("a later source gives about \u00a33.43 billion"));
}

TEST_CASE("alignment: a figure another body's sentence gives confirms nothing of the draft's", "[align]") {
  // A ministry's forecast with two sentences about others mixed in, as a digest would carry them.
  const Checker checker(
      learned({{"forecast.txt", "2024-08-01",
                "Tarvania\u2019s Ministry of Agriculture forecasts a wheat harvest of 11.6 million "
                "tonnes, down from 12.9 million. Barley is seen at 3.4 million tonnes and rapeseed at "
                "1.25 million tonnes. Marvena paid \u20ac74 million in drought aid to 4,900 farms. The "
                "ministry paid \u20ac38 million in drought aid to 9,400 farms. Wheat exports are "
                "forecast at 5.2 million tonnes. La deuda p\u00fablica de Verlandia se situ\u00f3 en el "
                "86,4 % del PIB. The ministry expects yields of 4.8 tonnes a hectare."}}));
  // "Marvena paid": a name that acts, though it opens its sentence; its farms are not Tarvania's.
  CHECK_THAT(seen(checker, "Tarvania paid drought aid to 4,900 farms.", "4,900 farms"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "Tarvania paid drought aid to 9,400 farms.", "9,400 farms"),
             Catch::StartsWith("supported"));
  // The draft names no one and the sources' 86.4% is Verlandia's, named in its own sentence.
  CHECK_THAT(seen(checker, "Tarvania: la deuda p\u00fablica se situ\u00f3 en el 86,4 % del PIB.", "86,4 %"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: 'up to' names the most there was, and is confirmed only by that figure", "[align]") {
  const Checker checker = over(
      "Storm Edda reached the Rhenmark coast on Tuesday. The strongest gust, 168\u00a0km/h, was measured at "
      "Kessel lighthouse. Storm Edda left 36,000 households without power.");
  const std::string higher = seen(checker, "Storm Edda brought gusts of up to 186 km/h.", "186 km/h");
  CHECK_THAT(higher, Catch::StartsWith("unverified"));
  CHECK_THAT(higher, Catch::Contains("holds as a bound, but names a higher figure"));
  CHECK_THAT(seen(checker, "Storm Edda brought gusts of up to 168 km/h.", "168 km/h"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a bare number counts what the words beside it name", "[align]") {
  const Checker checker = over(
      "Westerlund's statistics office said employers reported 96,400 job vacancies at the end of the "
      "quarter, 8% fewer than a year earlier. Westerlund's employment reached 4.62 million.");
  const std::string vacancies =
      seen(checker, "Westerlund jobs \u2022 Vacancies at 96,400, lowest since 2020", "96,400");
  CHECK_THAT(vacancies, Catch::StartsWith("supported"));
  CHECK_THAT(vacancies, Catch::Contains("source-sentence:"));
  // A bare number nothing settles is left out, as the matcher leaves it.
  CHECK(seen(checker, "Westerlund jobs \u2022 Room 4512 was full", "4512") == "no claim");
}

TEST_CASE("alignment: a particular value one fact gives is evidence enough; a share is not", "[align]") {
  const Checker checker = over(
      "Calveria's weather service said July was the second-warmest on record. The national mean "
      "temperature was 21.9\u00a0\u00b0C, 2.4\u00a0\u00b0C above the 1991\u20132020 average. Rainfall "
      "averaged 41\u00a0mm. In Calveria's poll, 46 per cent said the summers had got worse and 41 per cent "
      "said they had not.");
  const std::string chat = "Mum did you see, hottest July ever here!! avg 21.9 \u00b0C, only 41 mm of rain.";
  CHECK_THAT(seen(checker, chat, "21.9 \u00b0C"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, chat, "41 mm"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "And 46% are against it, lol.", "46%"), !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a later source that gives the earlier figure as what it revises", "[align]") {
  const Checker checker(
      learned({{"bulletin.txt", "2024-12-20",
                "Marvena's merchandise exports rose 6.3% year on year to $8.42 billion in November "
                "2024, the Customs and Statistics Directorate said."},
               {"revision.txt", "2025-01-24",
                "The Customs and Statistics Directorate has revised its November 2024 trade data. "
                "Exports are now estimated at $8.61 billion, up 8.7% year on year (preliminary: $8.42 "
                "billion, +6.3%)."}}));
  // The revision says so ("revised", "now estimated"): the earlier figure is out of date, and the
  // explanation gives both, each with its own source.
  const std::string old = seen(checker, "Marvena's exports came to $8.42bn in November 2024.", "$8.42bn");
  CHECK_THAT(old, Catch::StartsWith("outdated"));
  CHECK_THAT(old, Catch::Contains("(bulletin.txt, 2024-12-20)"));
  CHECK_THAT(old, Catch::Contains("the sources' latest is about $8.61 billion"));
  CHECK_THAT(old, Catch::Contains("(revision.txt, 2025-01-24)"));
  CHECK_THAT(seen(checker, "Marvena's exports came to $8.61bn in November 2024.", "$8.61bn"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a final count a fraction of a per cent off the provisional one revises it", "[align]") {
  // 148,260 and 147,910 differ by 0.24%: two exact counts, not one figure said twice.
  const Checker checker(learned(
      {{"provisional.txt", "2024-06-27",
        "Westbrook Regional Education Authority \u2014 School census 2024, provisional results. There "
        "are 148,260 pupils in the region\u2019s state schools, 1.2% fewer than in 2023."},
       {"final.txt", "2024-10-15",
        "Westbrook Regional Education Authority \u2014 School census 2024, final results. Following "
        "data cleaning, the final pupil count is 147,910, 1.4% fewer than in 2023."}}));
  const std::string text = "Westbrook schools in numbers:\n\u2022 148\u00a0260 pupils in state schools";
  const std::string old = seen(checker, text, "148\u00a0260 pupils");
  CHECK_THAT(old, Catch::StartsWith("outdated"));
  CHECK_THAT(old, Catch::Contains("147,910"));
}

TEST_CASE("alignment: a change given the other way from its source is not confirmed",
          "[alignment][direction]") {
  const Checker corvane = over(
      "Corvane's mid-year review: customs receipts climbed 8.4 per cent on the year, while licence fees fell "
      "3 "
      "per cent as fewer permits were issued.");
  // Swapped: the 3% is the fall in fees, the 8.4% the rise in receipts.
  auto claims =
      factcheck::testing::check(corvane, "Corvane: customs receipts up 3%, licence fees down 8.4%.");
  REQUIRE(claims.size() == 2);
  for (const auto& c : claims) CHECK(c.verdict != "supported");
  // Each the right way, each confirmed.
  claims = factcheck::testing::check(corvane, "Corvane: customs receipts up 8.4%, licence fees down 3%.");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].verdict == "supported");
  CHECK(claims[1].verdict == "supported");
}

TEST_CASE("alignment: note-takers' shorthand is English", "[alignment][notes]") {
  const Checker brisco = over(
      "Brisco Valves plc reports revenue of \u00a3640 million for 2024, up 4.8% from \u00a3611 million. "
      "Adjusted operating profit rose 7% to \u00a383 million.");
  // "y/y" is no Spanish "y", and "Adj." no name: the figures are read, the wrong one found.
  const auto claims = factcheck::testing::check(
      brisco, "\u2022 Revenue \u00a3640m, +4.8% y/y. Adj. op profit +7% to \u00a338m.");
  REQUIRE(claims.size() == 4);
  CHECK(claims[0].verdict == "supported");
  CHECK(claims[1].verdict == "supported");
  CHECK(claims[2].verdict == "supported");
  CHECK(claims[3].verdict == "contradicted");
}

TEST_CASE("alignment: what others expect, and a figure the sources do not date, is not called wrong",
          "[alignment][s16-4]") {
  const Checker bank = over(
      "Tolmar's central bank kept its policy rate at 5.25% on Thursday. The Bank of Tolmar's inflation "
      "target "
      "is 2.5%.");
  // "Markets expect": the figure is the markets', not a wrong target.
  CHECK_THAT(seen(bank, "The Bank of Tolmar's inflation target is 2.5%, but markets expect a target of 3.5%.",
                  "3.5%"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(bank, "Tolmar's central bank: markets expect its policy rate at 4.75% by May.", "4.75%"),
             Catch::StartsWith("unverified"));
  // A year the sources never give that figure: another period, perhaps.
  CHECK_THAT(seen(bank, "The Bank of Tolmar's inflation target for 2027 is 3%.", "3%"),
             Catch::StartsWith("unverified"));
  // Undated and unhedged, a wrong target is wrong.
  CHECK_THAT(seen(bank, "The Bank of Tolmar's inflation target is 3%.", "3%"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a later source that says it restates, in the earlier sentence's words",
          "[align][s16-4]") {
  const Checker checker(
      learned({{"annual.txt", "2023-10-30",
                "Hollin Moor Trust reported income of \u00a32.2 million. Free reserves were \u00a3840,000 "
                "at the year end."},
               {"regulator.txt", "2024-04-11",
                "The Charity Regulator has closed its inquiry into Hollin Moor Trust. Free reserves "
                "have been restated to \u00a3610,000."}}));
  CHECK_THAT(seen(checker, "Hollin Moor Trust's free reserves stand at \u00a3840k.", "\u00a3840k"),
             !Catch::StartsWith("supported"));
  // Its income, which nothing restates, is confirmed still.
  CHECK_THAT(seen(checker, "Hollin Moor Trust's income was \u00a32.2m.", "\u00a32.2m"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure the draft ties to a year its source sentence does not give", "[align]") {
  const Checker checker = over(
      "Brightwell Consumer Brands \u2014 third-quarter trading statement. 62% of packaging is now "
      "recyclable, against a target of 100% by 2028.");
  const std::string later =
      seen(checker, "\U0001F539 Brightwell: 62% of packaging recyclable; target 100% by 2030", "100%");
  CHECK_THAT(later, Catch::StartsWith("unverified"));
  CHECK_THAT(later, Catch::Contains("dates 100% to another time"));
  CHECK_THAT(seen(checker, "\U0001F539 Brightwell: 62% of packaging recyclable; target 100% by 2028", "100%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: the one figure of its kind in each of two dated documents, of one word, is revised",
          "[align]") {
  // The only megawatts of each release, both of the electrolyser: the later gives the current size,
  // though the learner read the first release as the ministry's and the second as the company's.
  const Checker checker(learned(
      {{"march.txt", "2024-03-12",
        "The Ministry of Industry today welcomed plans by Halsey Ammonia Ltd to build a plant at Port "
        "Halsey. The plant will produce ammonia using hydrogen from a 500\u00a0MW electrolyser."},
       {"november.txt", "2024-11-20",
        "Halsey Ammonia Ltd today took the final investment decision on its Port Halsey plant. "
        "Following a review of electricity costs, the plant has been resized: the electrolyser will "
        "be 400 MW."}}));
  const std::string old =
      seen(checker, "The minister praised the plant\u2019s 500-megawatt electrolyser.", "500-megawatt");
  CHECK_THAT(old, Catch::StartsWith("outdated"));
  CHECK_THAT(old, Catch::Contains("400 MW"));
}

TEST_CASE("alignment: a figure spread over a span its source sentence does not give", "[align]") {
  const Checker checker = over(
      "Bramblewood Pictures signed a streaming deal worth $140 million over three years. Bramblewood "
      "Pictures will spend $80 million on new studios this fiscal year. Between 2016 and 2022 its former "
      "finance director diverted \u00a32.37 million.");
  // Per year where the source spreads it over three; over years where the source gives one year.
  CHECK_THAT(seen(checker, "BRAMBLEWOOD STREAMING DEAL: $140M A YEAR", "$140M"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(checker, "Bramblewood Pictures will spend $80 million over five years.", "$80 million"),
             Catch::StartsWith("unverified"));
  // The span the source gives, in other words, is no other span.
  CHECK_THAT(seen(checker, "Bramblewood Pictures: a $140 million deal over three years.", "$140 million"),
             Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "At Bramblewood Pictures the director diverted \u00a32.37m over six years.",
                  "\u00a32.37m"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure that is one fact's value, tied with a fact far from it, is that fact's",
          "[align]") {
  // The round's $6.6 billion aligns as well as the $750 million, but "$750 m" is no changed $6.6 billion.
  const Checker checker = over(
      "Microsoft did inject $750 million into OpenAI\u2019s most recent $6.6 billion funding round, "
      "people familiar with the matter said.");
  CHECK_THAT(seen(checker, "3/ Microsoft chipped in $750 m, people familiar with the matter said.", "$750 m"),
             Catch::StartsWith("supported"));
  // A figure within a factor of three of the other fact may be that one, changed: left open.
  CHECK_THAT(
      seen(checker, "3/ Microsoft chipped in $6.0 bn, people familiar with the matter said.", "$6.0 bn"),
      !Catch::StartsWith("supported"));
}

TEST_CASE(
    "alignment: the owner's fact of exactly the figure, hedged alike, outweighs a better-aligned far one",
    "[align]") {
  // "into" is the injection's word, but "nearly $14 bn" is Microsoft's investment to the letter.
  const Checker checker = over(
      "Microsoft has invested nearly $14 billion in OpenAI so far. Microsoft did inject $750 million into "
      "OpenAI\u2019s most recent funding round.");
  CHECK_THAT(seen(checker, "Microsoft has put nearly $14 bn into OpenAI.", "$14 bn"),
             Catch::StartsWith("supported"));
  // A bound is no such evidence: "up to" names a ceiling many things share.
  CHECK_THAT(seen(checker, "Microsoft has put up to $14 bn into OpenAI.", "$14 bn"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a draft in another language is read by the English of its news words",
          "[align][glossary]") {
  const Checker checker = over(
      "Vantaris Energie SE reported its results for the first half. Revenue was \u20ac18.7 billion and "
      "operating costs were \u20ac17.9 billion.");
  // "Umsatz" is revenue: the figure is the revenue's, not the costs' beside it.
  CHECK_THAT(
      seen(checker, "Vantaris Energie: Der Umsatz lag bei 18,7\u00a0Mrd. Euro.", "18,7\u00a0Mrd. Euro"),
      Catch::StartsWith("supported"));
  CHECK_THAT(
      seen(checker, "Vantaris Energie: Der Umsatz lag bei 17,9\u00a0Mrd. Euro.", "17,9\u00a0Mrd. Euro"),
      !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a count of the same things under another noun", "[align]") {
  const Checker checker = over(
      "Tallis Valley National Park published its survey. The park's camera traps took more than 96,000 "
      "images of snow leopards.");
  CHECK_THAT(seen(checker, "Tallis Valley National Park: the cameras took more than 96 000 photos!",
                  "96 000 photos"),
             Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "Tallis Valley National Park: the cameras took more than 96 000 leopards!",
                  "96 000 leopards"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: two figures given each other's words are each contradicted", "[align][swap]") {
  const Checker checker = over(
      "Halvik Port Ltd handled 8 million containers. At Halvik Port, rail's share of hinterland transport "
      "rose to 41 percent, while inland barges carried 14 percent. The grant of \u00a3400,000 came from the "
      "Artworks Acquisition Fund and \u00a3150,000 was "
      "raised by the Friends of the Calder.");
  // Swapped within one sentence: each figure has the other's words and none of its own.
  const std::string text =
      "At Halvik Port, rail accounted for 14\u00a0per cent of hinterland traffic, inland barges for 41 per "
      "cent.";
  const std::string rail = seen(checker, text, "14\u00a0per cent");
  CHECK_THAT(rail, Catch::StartsWith("contradicted"));
  CHECK_THAT(rail, Catch::Contains("swapped-with:"));
  CHECK_THAT(rail, Catch::Contains("The sources say 41%"));
  CHECK_THAT(seen(checker, text, "41 per cent"), Catch::StartsWith("contradicted"));
  // In the sources' order, both are confirmed; said apart and in other words, too.
  const std::string right =
      "At Halvik Port, rail accounted for 41 per cent of hinterland traffic, inland barges for 14 per cent.";
  CHECK_THAT(seen(checker, right, "41 per cent"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, right, "14 per cent"), Catch::StartsWith("supported"));
  // Names in brackets after the figure's name.
  const std::string funds =
      "It was bought with the Artworks Acquisition Fund (\u00a3150,000) and the Friends of the Calder "
      "(\u00a3400,000).";
  CHECK_THAT(seen(checker, funds, "\u00a3150,000"), Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, funds, "\u00a3400,000"), Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: two figures of one subject, from two sentences, given each other's words",
          "[align][swap]") {
  const Checker checker = over(
      "Kiboko Films Ltd released its drama Red Earth in May. Red Earth opened in 22 cinemas and took KSh "
      "12.4 million in its opening weekend. It was produced on a budget of KSh 19 million.");
  // The budget and the weekend's takings swapped: each figure has the other's words and none of its own.
  const std::string text =
      "Red Earth was made on a budget of Sh12.4 million and took Sh19 million in its opening weekend.";
  const std::string budget = seen(checker, text, "Sh12.4 million");
  CHECK_THAT(budget, Catch::StartsWith("contradicted"));
  CHECK_THAT(budget, Catch::Contains("swapped-with:"));
  CHECK_THAT(seen(checker, text, "Sh19 million"), Catch::StartsWith("contradicted"));
  // In the sources' order, both are confirmed.
  const std::string right =
      "Red Earth was made on a budget of Sh19 million and took Sh12.4 million in its opening weekend.";
  CHECK_THAT(seen(checker, right, "Sh19 million"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, right, "Sh12.4 million"), Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a swap where the source drops the verb once, and none where both share a word",
          "[align][swap]") {
  const Checker checker = over(
      "Jumuia Assurance estimates gross flood claims at KSh 2.7 billion, of which motor claims account for "
      "KSh 1.1 billion and property claims KSh 1.6 billion. Microsoft did inject $750 million into "
      "OpenAI's most recent $6.6 billion funding round.");
  const std::string text =
      "At Jumuia Assurance, property accounting for Sh1.1 billion and motor Sh1.6 billion.";
  CHECK_THAT(seen(checker, text, "Sh1.1 billion"), Catch::StartsWith("contradicted"));
  const std::string right =
      "At Jumuia Assurance, motor accounting for Sh1.1 billion and property Sh1.6 billion.";
  CHECK_THAT(seen(checker, right, "Sh1.1 billion"), Catch::StartsWith("supported"));
  // "round" is the words of both figures here: no swap is read.
  const std::string led = "Microsoft led OpenAI's $6.6B round with a $750M cheque.";
  CHECK_THAT(seen(checker, led, "$6.6B"), !Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, led, "$750M"), !Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a figure the sentence gives its named subject is not another's by its value",
          "[align]") {
  const Checker checker = over(
      "Streaming platform Savanna Play, which has 1.3 million subscribers, acquired the streaming rights "
      "to the film for KSh 35 million. Rival platform Pwani Stream paid KSh 53 million for the rights to "
      "a local series.");
  // Savanna Play is named; the value is Pwani Stream's, which the sentence does not name.
  const std::string text =
      "Streaming platform Savanna Play has bought the rights to the film for Sh53 million.";
  CHECK_THAT(seen(checker, text, "Sh53 million"), Catch::StartsWith("unverified"));
  CHECK_THAT(
      seen(checker, "Savanna Play has bought the rights to the film for Sh35 million.", "Sh35 million"),
      Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "Pwani Stream paid Sh53 million for the rights to a series.", "Sh53 million"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a distance in another direction than the source's", "[align]") {
  const Checker checker =
      over("Hollowmere Equestrian Centre lies 3 miles north of Lanthorn village and has 24 horses.");
  const std::string south =
      seen(checker, "Hollowmere Equestrian Centre is approx. 3 miles south of the village.", "3 miles");
  CHECK_THAT(south, Catch::StartsWith("unverified"));
  CHECK_THAT(south, Catch::Contains("another direction"));
  CHECK_THAT(seen(checker, "Hollowmere Equestrian Centre is 3 miles north of the village.", "3 miles"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure said of another quarter than its source sentence's", "[align]") {
  const Checker checker = over(
      "Veridian Semiconductor Inc. reported fourth-quarter revenue of $3.71 billion. Fourth-quarter gross "
      "margin was 45.9%, reflecting start-up costs.");
  CHECK_THAT(seen(checker, "At Veridian Semiconductor, gross margin was 45.9% in Q2.", "45.9%"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "At Veridian Semiconductor, gross margin was 45.9% in Q4.", "45.9%"),
             Catch::StartsWith("supported"));
  // A quarter with its year dates an event, not the figure: no doubt from it.
  CHECK_THAT(seen(checker, "Veridian Semiconductor's margin of 45.9% drew a visit in Q2 2025.", "45.9%"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure dated to another half-year than its source sentence's", "[align]") {
  const Checker checker = over(
      "Savanna Skies Airways reported a net profit of KSh 1.62 billion for the six months to 30 June 2024, "
      "compared with a net loss of KSh 3.1 billion in the first half of 2023.");
  CHECK_THAT(seen(checker, "Savanna Skies reversed a Sh3.1 billion loss in the first half of 2022.",
                  "Sh3.1 billion"),
             !Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, "Savanna Skies reversed a Sh3.1 billion loss in the first half of 2023.",
                  "Sh3.1 billion"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a level now and a year ago, swapped, by the words of a relative time",
          "[align][swap]") {
  const Checker checker = over(
      "Wealdmoor Water Ltd supplies 1.4 million customers. Hartwell Reservoir currently stands at 58 per "
      "cent of capacity, compared with 81 per cent at the same point last year.");
  const std::string swapped =
      "Hartwell Reservoir was at 81 per cent of capacity, compared with 58 per cent a year ago.";
  CHECK_THAT(seen(checker, swapped, "81 per cent"), Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, swapped, "58 per cent"), Catch::StartsWith("contradicted"));
  const std::string right =
      "Hartwell Reservoir was at 58 per cent of capacity, compared with 81 per cent a year ago.";
  CHECK_THAT(seen(checker, right, "58 per cent"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, right, "81 per cent"), Catch::StartsWith("supported"));
}

TEST_CASE("alignment: one figure with another's words, the other not given, is not called swapped",
          "[align][swap]") {
  const Checker checker = over(
      "Halvik Port Ltd handled 8 million containers. At Halvik Port, rail's share of hinterland transport "
      "rose to 41 percent, while inland barges carried 14 percent.");
  // Only one of the two figures: no swap is shown, and "hinterland" is a word of both.
  CHECK_THAT(seen(checker, "At Halvik Port, inland barges carried 14 per cent of hinterland traffic.",
                  "14 per cent"),
             !Catch::Contains("swapped-with:"));
}

TEST_CASE("alignment: a year or month a sentence gives as a date fact's value is no period of its figures",
          "[align]") {
  // The completion year moves with the cost: the later sentence revises both, though the two years differ.
  const Checker checker(
      learned({{"notice.txt", "2024-05-02",
                "Brennock Water will introduce a hosepipe ban. A \u00a3180 million pipeline to bring "
                "water from the River Carra is planned for completion in 2026."},
               {"update.txt", "2024-10-15",
                "The River Carra pipeline is now expected to cost \u00a3235 million and to be "
                "completed in 2027, after its route was changed."}}));
  const std::string old =
      seen(checker, "Brennock Water plans a \u00a3180 million pipeline from the River Carra.",
           "\u00a3180 million");
  CHECK_THAT(old, Catch::StartsWith("outdated"));
  CHECK_THAT(old, Catch::Contains("the sources' latest is \u00a3235 million (update.txt, 2024-10-15)"));
}

TEST_CASE("alignment: a later sentence that restates another figure of the earlier one revises its like",
          "[align]") {
  // "up from the 2,300 announced in March" ties the two sentences; each has one share of the workforce,
  // though the later document has other shares and the two sentences share few words.
  const Checker checker(
      learned({{"memo.txt", "2024-03-05",
                "In a note to staff on 4 March, Tessaly Systems chief executive Mara Voss said the "
                "group would shed about 2,300 jobs, or roughly 8% of its workforce of 29,000."},
               {"results.txt", "2024-05-21",
                "Tessaly Systems reported quarterly revenue of $2.4 billion. The group now expects to "
                "reduce headcount by about 2,900 roles, or 10% of its 29,000 employees, up from the "
                "2,300 announced in March. Sales staff will shrink by 15% and marketing by 30%."}}));
  CHECK_THAT(seen(checker, "Tessaly is shedding 2,300 jobs (~8%).", "8%"), Catch::StartsWith("outdated"));
}

TEST_CASE("alignment: two owners' shares given each other's values are each contradicted", "[align][swap]") {
  const Checker checker = over(
      "Harbour Custody is a joint venture between Orlen Facilities, which holds 65 per cent, and the local "
      "firm "
      "Tamar Guarding, which holds 35 per cent.");
  const std::string text =
      "Harbour Custody is a joint venture between Orlen Facilities, which holds 35 per cent, and Tamar "
      "Guarding, which holds 65 per cent.";
  CHECK_THAT(seen(checker, text, "35 per cent"), Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, text, "65 per cent"), Catch::StartsWith("contradicted"));
  // Given each its own, both are supported.
  const std::string right =
      "Harbour Custody is a joint venture between Orlen Facilities, which holds 65 per cent, and Tamar "
      "Guarding, which holds 35 per cent.";
  CHECK_THAT(seen(checker, right, "65 per cent"), Catch::StartsWith("supported"));
  CHECK_THAT(seen(checker, right, "35 per cent"), Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a ticker in capitals right before a figure owns it", "[align]") {
  // (After a colon, as note-takers write it; "DPS 40%" is no ticker.)
  const Checker checker = over(
      "Alvero AG holds 60% of Glasnet Mitte, its fibre joint venture with the utility EWB, which holds 40%.");
  CHECK_THAT(seen(checker, "Fibre JV Glasnet Mitte w/ EWB: ALVR 40%", "40%"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(checker, "Glasnet Mitte: EWB holds 40%.", "40%"), Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a bare '$' or 'Rs' is read in the sources' own dollar or rupee", "[align]") {
  // A New Zealand paper's "$236m" against sources in NZ dollars; a Colombo paper's "Rs" against rupees of
  // Sri Lanka.
  const Checker nz = over(
      "Tamaki Leisure Ltd reported revenue of NZ$212.4 million. EBITDA was NZ$51.2m and net profit after tax "
      "NZ$19.8m.");
  CHECK_THAT(seen(nz, "Tamaki Leisure made revenue of $212.4m.", "$212.4m"), Catch::StartsWith("supported"));
  // Written as another dollar, it is not converted.
  CHECK_THAT(seen(nz, "Tamaki Leisure made revenue of US$212.4m.", "US$212.4m"),
             !Catch::StartsWith("supported"));
  const Checker lk = over("Ridgevale Plantations PLC reported revenue of LKR 9.3 billion.");
  CHECK_THAT(seen(lk, "Ridgevale Plantations revenue was Rs 9.3 billion.", "Rs 9.3 billion"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a word that narrows the fact's word, which its sentence lacks, makes another thing",
          "[align]") {
  const Checker checker = over(
      "Kestrel Holdings opened a data centre in Dhaka. Bangladesh's telecom regulator estimated the "
      "country's data-centre market at Tk 1,200 crore in 2022.");
  // Not the data-centre market: no contradiction.
  const std::string cloud =
      "Insiders say Bangladesh's own cloud services market, worth about Tk 2,400 crore, "
      "could grow.";
  CHECK_THAT(seen(checker, cloud, "Tk 2,400 crore"), Catch::StartsWith("unverified"));
  // The same market, another figure: contradicted.
  const std::string same =
      "Bangladesh's regulator estimated the country's data-centre market at Tk 2,400 "
      "crore in 2022.";
  CHECK_THAT(seen(checker, same, "Tk 2,400 crore"), Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a sentence retold with one figure changed beside one it keeps", "[align][s16-18]") {
  const Checker checker = over(
      "Fenwick Fruit Federation reported the season. Production of the Queen Victoria variety rose 8% to "
      "9,400 tonnes. Exports of the Smooth Cayenne variety fell 12%.");
  // "variety", the fact's word, is not beside the 18%; the 9,400 tonnes the sentence keeps is.
  const std::string changed =
      seen(checker, "Production of the Queen Victoria rose 18% to 9,400 tonnes.", "18%");
  CHECK_THAT(changed, Catch::StartsWith("contradicted"));
  CHECK_THAT(changed, Catch::Contains("The sources say 8%"));
  CHECK_THAT(seen(checker, "Production of the Queen Victoria rose 8% to 9,400 tonnes.", "8%"),
             Catch::StartsWith("supported"));
  // The kept figure told in another clause, with words the source sentence lacks, anchors nothing.
  CHECK_THAT(seen(checker, "Queen Victoria exports rose 18%, and output reached 9,400 tonnes.", "18%"),
             Catch::StartsWith("unverified"));
}

TEST_CASE("alignment: a figure of a period the sources revised within it is outdated", "[align][s16-18]") {
  const Checker checker(
      learned({{"recommended.txt", "2024-08-15",
                "The Larch County Board received a recommended FY2025 budget of $598.4 million from the "
                "county administrator."},
               {"adopted.txt", "2024-09-26",
                "The Larch County Board adopted a FY2025 budget of $604.9 million on a 4-1 vote."}}));
  CHECK_THAT(
      seen(checker, "The Larch County Board adopted the FY2025 budget of $598.4 million.", "$598.4 million"),
      Catch::StartsWith("outdated"));
  CHECK_THAT(
      seen(checker, "The Larch County Board adopted the FY2025 budget of $604.9 million.", "$604.9 million"),
      Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure after one name is not confirmed by another's named after it",
          "[align][s16-18]") {
  const Checker checker = over(
      "Drinasa processed 14,600 tonnes of olives. Italy was the largest foreign market, taking 34% of "
      "exports, followed by Germany (19%) and Switzerland (11%).");
  // The sources' 34% is Italy's; the sentence gives it to Germany, and Italy its own 19%.
  const std::string swapped =
      seen(checker, "Germany was the biggest foreign market with 34% of exports, followed by Italy with 19%.",
           "34%");
  CHECK_THAT(swapped, Catch::StartsWith("unverified"));
  CHECK_THAT(swapped, Catch::Contains("after another name"));
  CHECK_THAT(
      seen(checker, "Italy was the biggest foreign market with 34% of exports, followed by Germany.", "34%"),
      Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure left open is wrong once its partner is found swapped with it",
          "[align][s16-14]") {
  const Checker checker = over(
      "Exporters shipped 1.2 million tonnes. Spain remained the leading market with 58% of shipments, "
      "followed by France with 21%.");
  const std::string text = "Spain absorbed 21% of shipments and France 58%, the association said.";
  CHECK_THAT(seen(checker, text, "58%"), Catch::StartsWith("contradicted"));
  const std::string first = seen(checker, text, "21%");
  CHECK_THAT(first, Catch::StartsWith("contradicted"));
  CHECK_THAT(first, Catch::Contains("swapped-with:"));
  CHECK_THAT(first, Catch::Contains("The sources say 58%"));
}

TEST_CASE("alignment: a loan is not the sources' grant; a bare '$' is Guyana's own dollar",
          "[align][s16-19]") {
  const Checker checker = over(
      "Kilat Car Wash opened its fifth outlet after an investment of B$650,000. The project received a "
      "B$50,000 grant from the Brunei Enterprise Growth Fund.");
  CHECK_THAT(seen(checker, "Kilat Car Wash received a B$50,000 loan for the project.", "B$50,000"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(checker, "Kilat Car Wash received a B$50,000 grant for the project.", "B$50,000"),
             Catch::StartsWith("supported"));
  // A bare "K" in a draft that names no country is the sources' kina.
  const Checker kina =
      over("Port Moresby printer Kumul Press, a Papua New Guinea firm, bought a press for K18 million.");
  CHECK_THAT(seen(kina, "Kumul Press bought its new press for K18 million.", "K18 million"),
             Catch::StartsWith("supported"));
  const Checker guyana = over("Wakapoa Clay Works Inc. was awarded a G$42 million contract to supply tiles.");
  CHECK_THAT(seen(guyana, "Wakapoa Clay Works has been awarded a $42 million contract.", "$42 million"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: the value a source says something changed from, given as now, is outdated",
          "[align][s16-18]") {
  const Checker checker = over(
      "Polarveld Foods builds the Zeelwijk plant. A fourth production line raises the plant\u2019s annual "
      "capacity from 120,000 to 135,000 tonnes.");
  const std::string now =
      seen(checker, "{\"plant\": \"Zeelwijk\", \"capacity_tonnes_per_year\": 120000}", "120000");
  CHECK_THAT(now, Catch::StartsWith("outdated"));
  CHECK_THAT(now, Catch::Contains("changed-to:"));
  CHECK_THAT(now, Catch::Contains("135,000 t"));
  CHECK_THAT(seen(checker, "{\"plant\": \"Zeelwijk\", \"capacity_tonnes_per_year\": 135000}", "135000"),
             Catch::StartsWith("supported"));
  // In prose the two values of one sentence leave the earlier one open; neither reading supports it.
  CHECK_THAT(seen(checker, "The Zeelwijk plant has an annual capacity of 120,000 tonnes.", "120,000 tonnes"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: no figure is called wrong against a fact another figure of its sentence has",
          "[align]") {
  // s16-13 p-18's sources: the appeal target of £400,000, raised later to £550,000.
  const Checker checker(learned(
      {{"notice.txt", "2024-01-15",
        "Askebridge Town Council confirms plans for a pedestrian and cycle bridge across the River Aske a"
        "t Mill Lane, replacing the ferry that ceased operating in 2019. The 48-metre steel span has been"
        " designed by Harlow Keene Engineers. The estimated cost is \u00a32.4 million: the town council w"
        "ill contribute \u00a3900,000, the regional transport fund \u00a31.1 million, and the community i"
        "s asked to raise \u00a3400,000 through the Mill Lane Bridge Trust\u2019s public appeal. Construc"
        "tion is planned to start in September 2024, with the bridge opening in summer 2025. The bridge w"
        "ill be free to use and the council has ruled out any toll. Planning permission was granted in No"
        "vember 2023."},
       {"update.txt", "2024-10-08",
        "Following detailed design and tendering, the estimated cost of the Mill Lane footbridge has rise"
        "n to \u00a32.75 million. The regional transport fund has increased its grant to \u00a31.3 millio"
        "n, the town council\u2019s contribution remains \u00a3900,000, and the community appeal target h"
        "as been raised to \u00a3550,000. Brackwell Civils has been appointed as main contractor. Constru"
        "ction will now begin in February 2025 and the bridge is expected to open in spring 2026. The 48-"
        "metre span and the design by Harlow Keene Engineers are unchanged, and the bridge will remain fr"
        "ee to use. The council thanks the Mill Lane Bridge Trust and everyone who has donated so far."}}));
  // "£400,000 share" is the target's figure (out of date); the £312,480 raised is another, the sources'
  // nowhere.
  const std::string text =
      "Thank you, Askebridge! We\u2019ve now raised \u00a3312,480 from 1,946 backers towards the "
      "community\u2019s \u00a3400,000 share of the Mill Lane footbridge.";
  CHECK_THAT(seen(checker, text, "\u00a3312,480"), !Catch::StartsWith("contradicted"));
}

TEST_CASE("a count of the organisation a pronoun or 'the carrier' refers to, bound by its value",
          "[align][by-value]") {
  const Checker checker = over(
      "Skelby Airways carried 8.3 million passengers in the year, up from 7.9 million, and its load factor "
      "was 86.4%. The airline employs 2,150 staff and flies 41 aircraft.");
  // No verb the sources use, and "people" for passengers: the value and the referred subject decide.
  CHECK_THAT(seen(checker, "Skelby Airways had a record year. It crammed 8.3 million people onto its jets.",
                  "8.3 million people"),
             Catch::StartsWith("supported"));
  // "no-frills" is no denial.
  CHECK_THAT(seen(checker, "Skelby Airways had a record year. The no-frills carrier flew 41 aircraft.",
                  "41 aircraft"),
             Catch::StartsWith("supported"));
  // A value the sources give nowhere stays unchecked: by its value alone, a figure is never wrong.
  CHECK_THAT(seen(checker, "Skelby Airways had a record year. It crammed 9.1 million people onto its jets.",
                  "9.1 million people"),
             Catch::StartsWith("unverified"));
  // A percentage fits too many facts to be bound by its value through a pronoun.
  CHECK_THAT(seen(checker, "Skelby Airways had a record year. It was 86.4% happy.", "86.4%"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("a figure given the words of another figure of its source sentence", "[align][swap]") {
  const Checker checker = over(
      "Kelmarsh Retail Panel \u2014 grocery market bulletin.\nGrocery price inflation eased to 3.9%. Prices "
      "rose fastest for butter, up 11% on "
      "a "
      "year ago, and chocolate, up 18%. So far 4,100 premises have been connected to the Kelmarsh network, "
      "leaving 3,350 to go.");
  // The words before a comma say what the figure after it is: butter's is 11%, chocolate's 18%.
  CHECK_THAT(seen(checker, "Kelmarsh Retail Panel says butter is up 18 per cent.", "18 per cent"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(checker, "Kelmarsh Retail Panel says chocolate is up 18 per cent.", "18 per cent"),
             Catch::StartsWith("supported"));
  const std::string swapped =
      "Kelmarsh Retail Panel says butter is up 18 per cent and chocolate up 11 per cent.";
  CHECK_THAT(seen(checker, swapped, "18 per cent"), Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(checker, swapped, "11 per cent"), Catch::StartsWith("contradicted"));
  // Past a comma to another figure, the words are that figure's: 4,100 is "still to go" here.
  CHECK_THAT(
      seen(checker,
           "On the Kelmarsh network, so far 3,350 premises have been connected, with 4,100 still to go.",
           "4,100"),
      !Catch::StartsWith("supported"));
}

TEST_CASE("a figure tied to a learned fact by 'within' alone is not called wrong", "[align][slight]") {
  const Checker checker = over(
      "Marrow Bay City Council \u2014 decision notice.\nParking outside a rank carries a penalty of $75, "
      "rising "
      "to $150 if unpaid within 21 days. An independent audit must be completed within 90 days.");
  // Another period the sentence gives: a challenge's, which the sources do not speak of.
  CHECK_THAT(seen(checker,
                  "Marrow Bay City Council says you may challenge this notice within 28 days by writing to "
                  "the appeals office.",
                  "28 days"),
             Catch::StartsWith("unverified"));
  // A word of the source sentence beside the figure ties it: "audit", "unpaid".
  CHECK_THAT(seen(checker, "Marrow Bay City Council wants an independent audit within 60 days.", "60 days"),
             Catch::StartsWith("contradicted"));
  CHECK_THAT(
      seen(checker, "Marrow Bay City Council doubles the penalty if it is unpaid within 14 days.", "14 days"),
      Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a figure of a place the clause is said of is not the source's", "[align][s16-24]") {
  const Checker checker = over(
      "The Hawraman Valley Saffron Growers' Association announces its harvest. The Association bought "
      "members' saffron at IQD 11,500 per gram.");
  const std::string text =
      "The Association bought the crop at 11,500 dinars per gram. The Association does not export. "
      "Markets in Erbil import saffron, most of it from Iran, where saffron sells for around 7,000 dinars "
      "per gram.";
  CHECK_THAT(seen(checker, text, "11,500 dinars"), Catch::StartsWith("supported"));
  const std::string iran = seen(checker, text, "7,000 dinars");
  CHECK_THAT(iran, Catch::StartsWith("unverified"));
  CHECK_THAT(iran, Catch::Contains("of a place or party it names"));
  // Said of the association itself, the same figure is wrong.
  CHECK_THAT(seen(checker, "The Association bought the crop at 7,000 dinars per gram.", "7,000 dinars"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: 'pounds' said aloud are the sources' pounds where they weigh nothing in them",
          "[align][s16-24]") {
  const Checker shop = over("Gaslight Costume Hire, price list. Wigs: \u00a312 each.");
  CHECK_THAT(seen(shop, "Gaslight Costume Hire: wigs are twelve pounds each.", "twelve pounds"),
             Catch::StartsWith("supported"));
  CHECK_THAT(seen(shop, "Gaslight Costume Hire: wigs are fifteen pounds each.", "fifteen pounds"),
             Catch::StartsWith("contradicted"));
  // Sources that weigh in pounds keep the weight.
  const Checker mill = over("Tarrow Mills sells flour at \u00a312 a sack. Each sack weighs 50 lb.");
  CHECK_THAT(seen(mill, "Tarrow Mills sacks weigh twelve pounds.", "twelve pounds"),
             !Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a rival named in apposition owns the clause after it; 'melt-blended' is no melting",
          "[align][s16-25]") {
  const Checker studio = over(
      "Clearskin Aesthetic Centre announced new prices. A laser session at the centre costs BND 120. The "
      "centre treats 40 clients a week.");
  const std::string text =
      "Clearskin Aesthetic Centre raised its prices. A check found that a rival studio in Seria, Belait Skin "
      "Studio, charges B$95 for a comparable session.";
  CHECK_THAT(seen(studio, text, "B$95"), !Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(studio, "At Clearskin Aesthetic Centre a laser session now costs B$95.", "B$95"),
             Catch::StartsWith("contradicted"));
  const Checker wax = over("Glissark Waxworks AG launched a ski wax. The wax melts at 58 \u00b0C.");
  CHECK_THAT(seen(wax, "Glissark Waxworks AG: the ester is melt-blended at 120 \u00b0C.", "120 \u00b0C"),
             !Catch::StartsWith("contradicted"));
  CHECK_THAT(seen(wax, "Glissark Waxworks AG says its wax melts at 85 \u00b0C.", "85 \u00b0C"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a later price of the same thing in the same money revises it", "[align][s16-26]") {
  const Checker checker(
      learned({{"results-2022.txt", "2023-06-13",
                "Tarrow Paperworks sold 8,400 rolls of wallpaper in 2022. A standard roll retails at "
                "SI$145."},
               {"results-2023.txt", "2024-05-07",
                "Tarrow Paperworks sold 9,100 rolls in 2023. From 1 March 2024 a standard roll costs "
                "SI$160, reflecting higher freight charges."}}));
  CHECK_THAT(seen(checker, "At Tarrow Paperworks a standard roll sells for SBD 145.", "SBD 145"),
             Catch::StartsWith("outdated"));
  CHECK_THAT(seen(checker, "At Tarrow Paperworks a standard roll sells for SBD 160.", "SBD 160"),
             Catch::StartsWith("supported"));
}

TEST_CASE("alignment: a figure of another party or another place in its clause is not called wrong",
          "[align][s16-26]") {
  const Checker checker(
      learned({{"report.txt", "2023-08-09",
                "The Santa Clara weavers' cooperative made 1,380 hammocks in 2022. In 2022 the "
                "cooperative took a loan of 250,000 dobras to buy new looms. The new floor mosaic of "
                "the market hall covers 420 square metres."}}));
  // Another group, in a place the sources never name: not the cooperative's loan.
  CHECK_THAT(seen(checker,
                  "The cooperative is doing well. In Neves, a group of basket-makers has just received "
                  "a loan of 300 000 dobras.",
                  "300 000 dobras"),
             Catch::StartsWith("unverified"));
  CHECK_THAT(seen(checker,
                  "The cooperative is doing well. Its mosaic at the Keren bus terminal covered some 800 "
                  "square metres.",
                  "800 square metres"),
             Catch::StartsWith("unverified"));
  // The cooperative's own loan, said wrongly, is still wrong.
  CHECK_THAT(seen(checker, "In 2022 the cooperative took a loan of 300,000 dobras.", "300,000 dobras"),
             Catch::StartsWith("contradicted"));
}

TEST_CASE("alignment: a figure in a clause about a name the sources never use, and a price raised",
          "[align][s16-27]") {
  const Checker checker(
      learned({{"report-2022.txt", "2023-04-12",
                "Savonnerie Baraka sold 410,000 bars in 2022. A standard 100-gram bar sells for 750 XOF. "
                "Turnover was 2.3 billion XOF."},
               {"results-2023.txt", "2024-03-28",
                "Savonnerie Baraka sold 468,000 bars in 2023. The price of a standard 100-gram bar was "
                "raised to 800 XOF in July 2023 because of higher costs."}}));
  // A rival's figure in its own "which" clause is not the sources' company's, right or wrong.
  CHECK_THAT(seen(checker,
                  "Savonnerie Baraka grew. Its rival, Savons du Fleuve, which posted a turnover of 2.1 "
                  "billion XOF last year, is watching.",
                  "2.1 billion XOF"),
             Catch::StartsWith("unverified"));
  // The later sentence names the price and the bar: the earlier price is out of date.
  CHECK_THAT(seen(checker, "Savonnerie Baraka sells a standard 100-gram bar for 750 XOF.", "750 XOF"),
             Catch::StartsWith("outdated"));
}
