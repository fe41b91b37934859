// Extraction on real news (issue 15): each kind of error the issue lists, one example each, and the
// surface forms of wire copy, Indian figures and social posts (core/quantities/).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extracting.hpp"
#include "quantities/quantities.hpp"

using factcheck::Comparator;
using factcheck::QuantityKind;
using factcheck::QuantityMention;
using factcheck::testing::extract;
using factcheck::testing::span;

namespace {

// The one quantity of the text (dates aside); fails the test unless there is exactly one.
QuantityMention sole(const std::string& text) {
  std::vector<QuantityMention> found;
  for (const auto& m : extract(text))
    if (m.kind != QuantityKind::date) found.push_back(m);
  INFO(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

// The texts' quantities other than dates, as "span = value unit (kind)".
std::vector<std::string> described(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : extract(text)) {
    if (m.kind == QuantityKind::date) continue;
    char value[64];
    std::snprintf(value, sizeof value, "%g", m.value);
    out.push_back(span(text, m) + " = " + value + " " + m.unit + " (" + factcheck::to_string(m.kind) + ")");
  }
  return out;
}

struct Expect {
  std::string text, span;
  QuantityKind kind;
  double value;
  std::string unit;
};

void check_all(const std::vector<Expect>& cases) {
  for (const Expect& c : cases) {
    const QuantityMention m = sole(c.text);
    INFO(c.text);
    CHECK(span(c.text, m) == c.span);
    CHECK(m.kind == c.kind);
    CHECK(m.value == Approx(c.value));
    CHECK(m.unit == c.unit);
  }
}

using K = QuantityKind;

}  // namespace

TEST_CASE("news: pounds are a weight unless money is spoken of", "[quantities][news]") {
  check_all({
      {"He weighed 208 pounds.", "208 pounds", K::measure, 208, "lb"},
      {"She carried a 5-lb bag.", "5-lb", K::measure, 5, "lb"},
      {"The 250-pound linebacker signed.", "250-pound", K::measure, 250, "lb"},
      {"He was fined 208 pounds.", "208 pounds", K::money, 208, "GBP"},
      {"The ticket cost \u00a3208.", "\u00a3208", K::money, 208, "GBP"},
      {"The bill came to 208 pounds sterling.", "208 pounds sterling", K::money, 208, "GBP"},
      {"Dog food worth 40 pounds was taken.", "40 pounds", K::money, 40, "GBP"},
      {"The booster makes 16.7 million pounds of thrust.", "16.7 million pounds", K::measure, 16.7e6, "lbf"},
  });
}

TEST_CASE("news: German 'Pfund' is sterling where money is spoken of, as 'pounds' is", "[quantities][news]") {
  check_all({
      {"Der Umsatz stieg auf 612,4 Mio. Pfund.", "612,4 Mio. Pfund", K::money, 612.4e6, "GBP"},
      {"Der Preis lag bei 218.000 Pfund.", "218.000 Pfund", K::money, 218000, "GBP"},
      {"Er verdiente 40.000 britische Pfund.", "40.000 britische Pfund", K::money, 40000, "GBP"},
      {"Das kostet 5 Pfund Sterling.", "5 Pfund Sterling", K::money, 5, "GBP"},
      {"The average price climbed to 218.000 Pfund.", "218.000 Pfund", K::money, 218000, "GBP"},
  });
  // A weight, and no count of "Pfund" either.
  for (const auto& m : extract("Der Lachs wog 12 Pfund.")) CHECK(m.kind != K::money);
}

TEST_CASE("news: clock times, scores and results are no quantities", "[quantities][news]") {
  for (const std::string text :
       {"It launched at 9:01 a.m. on Monday.", "Markets closed at 17:22 GMT.", "Kick-off is at 19:45 BST.",
        "Gates open at 6.15pm.", "The call is at 8pm.", "They played out a 2-2 draw.",
        "Alcaraz won 6-4, 7-5.", "The Bills took a 9-2 lead.", "The court ruled 6-3.", "Spurs 3-1 Man Utd",
        "They lost 24-31 to Dallas.", "Open home 11:00\u201311:30."})
    CHECK(described(text) == std::vector<std::string>{});
}

TEST_CASE("news: names, codes, addresses and years with digits are no quantities", "[quantities][news]") {
  for (const std::string text : {"The iPhone 14 Pro went on sale.",
                                 "The S&P 500 rose.",
                                 "The Nasdaq 100 fell.",
                                 "The FTSE 100 slipped.",
                                 "A Boeing 787 landed.",
                                 "The Genesis G70 is new.",
                                 "It has a V-12 engine.",
                                 "The BMW i4 M50 is fast.",
                                 "The TA-125 missile flew.",
                                 "COVID-19 cases rose.",
                                 "Section 427 Row 21 is sold out.",
                                 "It is at 9 E 71st St in New York.",
                                 "Traffic on Interstate 95 stopped.",
                                 "The A320neo family grew.",
                                 "Call 0800 123 4567 for details.",
                                 "She wears the No. 8 shirt.",
                                 "It sits in Courtroom 14B.",
                                 "The 2025 Kia EV9 is here.",
                                 "It happened in winter 2023.",
                                 "Prices rose in the 1990s.",
                                 "Head to 14 Orchard Close, London E14 5HP.",
                                 "Flooding closed Junctions 57 and 59.",
                                 "India reached 287 for six.",
                                 "Bumrah took 6 for 45."})
    CHECK(described(text) == std::vector<std::string>{});
}

TEST_CASE("news: ranges with a unit on both ends are one range", "[quantities][news]") {
  const std::string a = "Wages rose between 5% and 6% last year.";
  const auto pct = sole(a);
  CHECK(span(a, pct) == "5% and 6%");
  CHECK(pct.kind == K::percent);
  CHECK(pct.comparator == Comparator::range);
  CHECK(pct.range_low == 5);
  CHECK(pct.range_high == 6);
  const std::string b = "Range is quoted at from 252 miles to 287 miles.";
  const auto miles = sole(b);
  CHECK(miles.unit == "mi");
  CHECK(miles.range_low == 252);
  CHECK(miles.range_high == 287);
  const auto money = sole("It will cost $3 billion to $5 billion.");
  CHECK(money.range_low == Approx(3e9));
  CHECK(money.range_high == Approx(5e9));
  // A change is two figures: the change, then the level reached.
  CHECK(described("Forex reserves climb $2.6 billion to $645.6 billion.") ==
        std::vector<std::string>{"$2.6 billion = 2.6e+09 USD (money)",
                                 "$645.6 billion = 6.456e+11 USD (money)"});
  // Without its own unit, the first figure shares the second's: a range even after a verb of change.
  CHECK(sole("Bands are dropping 2 to 3 inches an hour.").range_high == 3);
}

TEST_CASE("news: measures, ages and percentages read as written", "[quantities][news]") {
  check_all({
      {"Exports dropped to 1.2m tons in March.", "1.2m tons", K::measure, 1.2e6, "ton"},
      {"OPEC+ cut output by 2.2m barrels.", "2.2m barrels", K::measure, 2.2e6, "bbl"},
      {"The mirror is chilled to minus-260 degrees Fahrenheit.", "minus-260 degrees Fahrenheit", K::measure,
       -260, "\u00b0F"},
      {"Sterling rose 1.38pc against the euro.", "1.38pc", K::percent, 1.38, "%"},
      {"A 15 year-old from Leeds was called up.", "15 year-old", K::age, 15, "yr"},
      {"The 42-year-old was charged.", "42-year-old", K::age, 42, "yr"},
      {"An electron is 1.99\u00d710\u221230 kilograms.", "1.99\u00d710\u221230 kilograms", K::measure,
       1.99e-30, "kg"},
      {"Earth is about 5.97 \u00d7 10^24 kg.", "5.97 \u00d7 10^24 kg", K::measure, 5.97e24, "kg"},
      {"It held 1/16 of a pint of seawater.", "1/16 of a pint", K::measure, 0.0625, "pt"},
      {"The talks lasted two hours.", "two hours", K::duration, 2, "h"},
      {"It took fifty years.", "fifty years", K::duration, 50, "yr"},
      {"The bank cut rates by 50 basis points.", "50 basis points", K::percent, 50, "bp"},
      {"Highs of 32C are expected.", "32C", K::measure, 32, "\u00b0C"},
      {"It will drop to -4\u00b0C overnight.", "-4\u00b0C", K::measure, -4, "\u00b0C"},
      {"The ring is cooled to 1.9 K.", "1.9 K", K::measure, 1.9, "K"},
      {"Winds reached 120km/h.", "120km/h", K::measure, 120, "km/h"},
      {"Sea ice shrank to 4.28 million km\u00b2.", "4.28 million km\u00b2", K::measure, 4.28e6, "km\u00b2"},
      {"The plot is a 45-hectare site.", "45-hectare", K::measure, 45, "ha"},
      {"It has a 4.4-litre engine.", "4.4-litre", K::measure, 4.4, "l"},
      {"The defendant weighs 15st.", "15st", K::measure, 15, "st"},
  });
}

TEST_CASE("news: figures in two units are one figure in the smaller unit", "[quantities][news]") {
  check_all({
      {"The linebacker is 6ft 5in tall.", "6ft 5in", K::measure, 77, "in"},
      {"Listed at 6-foot-4, he ran fast.", "6-foot-4", K::measure, 76, "in"},
      {"She won in 2 hours 48 minutes.", "2 hours 48 minutes", K::duration, 168, "min"},
      {"He was jailed for six years and four months.", "six years and four months", K::duration, 76, "mo"},
      {"Kipyegon ran 3:49.04 in Paris.", "3:49.04", K::duration, 229.04, "s"},
  });
}

TEST_CASE("news: ages by the words around them", "[quantities][news]") {
  check_all({
      {"Smith, 34, of Elm Road, was jailed.", "34", K::age, 34, "yr"},
      {"The former officer, now 58, was convicted.", "58", K::age, 58, "yr"},
      {"The universe is 13.8 billion years old.", "13.8 billion years old", K::age, 13.8e9, "yr"},
      {"The baby was ten months old.", "ten months old", K::age, 10, "mo"},
  });
  const auto couple = described("The couple, aged 67 and 71, lost their savings.");
  CHECK(couple == std::vector<std::string>{"67 = 67 yr (age)", "71 = 71 yr (age)"});
}

TEST_CASE("news: counts name what they count", "[quantities][news]") {
  check_all({
      {"Serena won 23 Grand Slam singles titles.", "23 Grand Slam singles titles", K::count, 23, "titles"},
      {"Police found 47 cannabis plants.", "47 cannabis plants", K::count, 47, "plants"},
      {"Australia lead the five-match series.", "five-match", K::count, 5, "match"},
      {"A 2BHK flat is listed.", "2BHK", K::count, 2, "bedroom"},
      {"Nine in ten firms agree.", "Nine in ten", K::percent, 90, "%"},
  });
  CHECK(sole("The magnitude 7.8 earthquake struck.").kind == K::number);  // a magnitude, not a count
  CHECK(described("He completed 27 of 34 passes.") ==
        std::vector<std::string>{"27 = 27 passes (count)", "34 passes = 34 passes (count)"});
  CHECK(described("Is this the same one?").empty());
}

TEST_CASE("news: wire copy, Indian figures and social posts", "[quantities][news]") {
  check_all({
      {"Profit was 750 mln dlrs.", "750 mln dlrs", K::money, 750e6, "USD"},
      {"Sales reached $10 bln.", "$10 bln", K::money, 10e9, "USD"},
      {"It lost 45.6 mln dlrs.", "45.6 mln dlrs", K::money, 45.6e6, "USD"},
      {"It pays 52 cts a share.", "52 cts", K::money, 0.52, "USD"},
      {"It raised 1.5 mln stg.", "1.5 mln stg", K::money, 1.5e6, "GBP"},
      {"Tata will invest Rs 500 crore.", "Rs 500 crore", K::money, 5e9, "INR"},
      {"The budget is \u20b97.28 lakh crore.", "\u20b97.28 lakh crore", K::money, 7.28e12, "INR"},
      {"I make $70k.", "$70k", K::money, 70e3, "USD"},
      {"They raised 14bn in January.", "14bn", K::number, 14e9, ""},
  });
  const auto tilde = sole("OpenAI raised ~$14B lol");
  CHECK(tilde.value == Approx(14e9));
  CHECK(tilde.comparator == Comparator::approx);
  // A figure whose number and scale are on two lines is one figure to the extractor.
  const std::string wrapped = "Microsoft has invested $14\nbillion in OpenAI.";
  CHECK(span(wrapped, sole(wrapped)) == "$14\nbillion");
  CHECK(sole(wrapped).value == Approx(14e9));
  // Whose dollars: Australian after an A$ figure, yuan where China is spoken of.
  CHECK(described("Profit was A$1.62 billion; it pays 47 cents a share.").back() ==
        "47 cents = 0.47 AUD (money)");
  CHECK(sole("The BYD Seal costs \u00a5179,800 in China.").unit == "CNY");
}

TEST_CASE("news: recipes, labels and names met in a second round", "[quantities][news]") {
  check_all({
      {"Whisk 4 large eggs with the sugar.", "4 large eggs", K::count, 4, "eggs"},
      {"Set the oven to gas mark 6.", "gas mark 6", K::measure, 6, "gas mark"},
      {"The probe measured 3\u00d710\u2078 metres.", "3\u00d710\u2078 metres", K::measure, 3e8, "m"},
      {"The flight takes 9 and a half hours.", "9 and a half hours", K::duration, 9.5, "h"},
      {"Diesel averaged 185c a litre.", "185c", K::money, 1.85, "USD"},
      {"Sugar rose to 26 US cents a pound.", "26 US cents", K::money, 0.26, "USD"},
      {"Its range is 7,500 nautical miles.", "7,500 nautical miles", K::measure, 7500, "nmi"},
      {"Output will be 330 terawatt hours.", "330 terawatt hours", K::measure, 330, "TWh"},
      {"Blowers louder than 65 decibels are banned.", "65 decibels", K::measure, 65, "dB"},
      {"It cruises at Mach 0.85.", "Mach 0.85", K::measure, 0.85, "Mach"},
      {"Her reading was 48 mmol/mol.", "48 mmol/mol", K::measure, 48, "mmol/mol"},
      {"The winger was capped 20 times.", "20 times", K::count, 20, "times"},
  });
  for (const std::string text :
       {"Proposition 9 passed easily.", "Prices fell from their 2019 peak.", "It ranked in the top 20.",
        "The 7-Eleven shop opened.", "Savers in a 401(k) plan gained.", "The 737 MAX 8 returned.",
        "Call 1-800-555-0199 today.", "Windows 11 version 24H2 shipped.", "Lot 12 sold on stand 7B."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("Levels were three times the limit.") == std::vector<std::string>{"three = 3  (number)"});
}

TEST_CASE("news: ages at death and in apposition, changes and ranges", "[quantities][news]") {
  check_all({
      {"The actor has died at 81.", "81", K::age, 81, "yr"},
      {"She was 90.", "90", K::age, 90, "yr"},
      {"The driver, 34, was arrested.", "34", K::age, 34, "yr"},
      {"Savers aged 60 or older qualify.", "60", K::age, 60, "yr"},
  });
  CHECK(described("Fares rose from $10 to $12.") ==
        std::vector<std::string>{"$10 = 10 USD (money)", "$12 = 12 USD (money)"});
  CHECK(described("Dairies cut the price by 2p to 40p a litre.") ==
        std::vector<std::string>{"2p = 0.02 GBP (money)", "40p = 0.4 GBP (money)"});
  const auto fares = sole("Fares should fall by 5% to 10% this summer.");
  CHECK(fares.comparator == Comparator::range);
  CHECK(fares.range_high == 10);
}

TEST_CASE("news: wire quotes, social posts and trade copy met in a third round", "[quantities][news]") {
  check_all({
      {"Corn fell 6-1/4 cents a bushel.", "6-1/4 cents", K::money, 0.0625, "USD"},
      {"Oats settled at $3.41-3/4 a bushel.", "$3.41-3/4", K::money, 3.4175, "USD"},
      {"It earned 74 Canadian cents a share.", "74 Canadian cents", K::money, 0.74, "CAD"},
      {"Profit was 2.1 trillion won.", "2.1 trillion won", K::money, 2.1e12, "KRW"},
      {"The rupee fell 9 paise.", "9 paise", K::money, 0.09, "INR"},
      {"He scored 31 pts last night.", "31 pts", K::count, 31, "points"},
      {"A 2 bed flat is to let.", "2 bed", K::count, 2, "bedroom"},
      {"The 96 crew were safe.", "96 crew", K::count, 96, "crew"},
      {"They ordered 12 dual-fuel ships.", "12 dual-fuel ships", K::count, 12, "ships"},
      {"The centre stands 6'11\" tall.", "6'11\"", K::measure, 83, "in"},
      {"Cores returned 5.2 grams per tonne gold.", "5.2 grams per tonne", K::measure, 5.2, "g/t"},
      {"Output guidance is 240-250 Mt.", "240-250 Mt", K::measure, 245e6, "t"},
      {"The slab needs 40 MPa concrete.", "40 MPa", K::measure, 40, "MPa"},
      {"Crews poured 9,000 cubic yards.", "9,000 cubic yards", K::measure, 9000, "yd\u00b3"},
      {"The bulker is a 82,000 dwt ship.", "82,000 dwt", K::measure, 82000, "dwt"},
      {"It returns 22.4 km/l.", "22.4 km/l", K::measure, 22.4, "km/l"},
  });
  // Temperatures from below zero to above it, with the unit on both ends.
  const auto range = sole("It works from minus 20 degrees Celsius to 60 degrees Celsius.");
  CHECK(range.range_low == -20);
  CHECK(range.range_high == 60);
  CHECK(range.unit == "\u00b0C");
  // One figure in two units, as "2 hours 48 minutes" is: in minutes.
  CHECK(described("It ran 10k in 1h 05m.").back() == "1h 05m = 65 min (duration)");
  for (const std::string text :
       {"Nadal won 6-4, 3-6, 7-6(5).", "They play a 4-4-2.", "It approved a 1-for-5 split.",
        "Our 7-a-side team lost.", "Salah scored in the 90+3' minute.", "The 10-year Treasury yield rose.",
        "A Boeing 747F landed.", "Call 1800 123 4567 now.", "It cut its full-year outlook."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(sole("Deaths reached 4.1 per 100,000 people.").value == Approx(4.1));  // the base is no figure
}

TEST_CASE("news: list numbers, tallies, labels, phone groups and names in words are no quantities",
          "[quantities][news]") {
  for (const std::string text :
       {"Top sellers: 1. Harbour Lights; 2. Salt Road; 3. Kestrel.",
        "The board voted 7 to 2 against the merger.", "Only work graded 6 or above counts.",
        "Change trains at stop 9.", "Sunspot region 3721 flared.", "A size 8 coat is on sale.",
        "The tenancy has a break at year 5.", "Lessons in term 2 start later.", "Bookings: (02) 9264 7711.",
        "\u201cShrek Forever\u201d, Part Three of the saga, opens.", "Shares of Take-Two slid.",
        "The band played day-one favourites.", "Vitality took game one easily.", "The lecture starts at 7.",
        "The open day is on 9 June, 10am\u20132pm."})
    CHECK(described(text) == std::vector<std::string>{});
  // A figure at the end of a sentence is still one: "rose to 3."
  CHECK(described("Its debt rose to 3. Then it fell.") == std::vector<std::string>{"3 = 3  (number)"});
  // "voted 4 to 12 members" counts members: no tally.
  CHECK(!described("The club voted 4 to 12 members onto the board.").empty());
}

TEST_CASE("news: a bare figure takes the noun it is set against or its verb speaks of",
          "[quantities][news]") {
  // Set against a counted figure: "from N things to M", "against X's M", "compared with ... of M".
  CHECK(described("Membership fell from 2,400 members in 2020 to 1,950.") ==
        std::vector<std::string>{"2,400 members = 2400 members (count)", "1,950 = 1950 members (count)"});
  CHECK(described("Kent recorded 340 burglaries, against Essex's 410.") ==
        std::vector<std::string>{"340 burglaries = 340 burglaries (count)", "410 = 410 burglaries (count)"});
  CHECK(described("Wards hold 18 beds each, compared with a national norm of 22.") ==
        std::vector<std::string>{"18 beds = 18 beds (count)", "22 = 22 beds (count)"});
  CHECK(described("Life expectancy reached 83.1 years for women and 79.4 for men.") ==
        std::vector<std::string>{"83.1 years = 83.1 yr (age)", "79.4 = 79.4 yr (age)"});
  CHECK(described("Median stays were 6 days for adults and 4 for children.") ==
        std::vector<std::string>{"6 days = 6 d (duration)", "4 = 4 d (duration)"});
  // The noun a verb of change speaks of.
  CHECK(described("Flu admissions in Wales climbed to 3,100.") ==
        std::vector<std::string>{"3,100 = 3100 admissions (count)"});
  CHECK(described("Insolvencies across the retail sector topped 1,400.") ==
        std::vector<std::string>{"1,400 = 1400 insolvencies (count)"});
  CHECK(
      described("Weekly applications fell by 8,000 to 191,000.") ==
      std::vector<std::string>{"8,000 = 8000 applications (count)", "191,000 = 191000 applications (count)"});
  // Not a noun a figure measures ("prices"), a rate ("per"), or a figure joined to a word ("20-fold").
  CHECK(described("Prices rose to 450.") == std::vector<std::string>{"450 = 450  (number)"});
  // "has raised the first-year visitor forecast to 15,000": the heads a forecast counts.
  CHECK(described("The manager has raised the first-year visitor forecast to 15,000.") ==
        std::vector<std::string>{"15,000 = 15000 visitors (count)"});
  // A plural of heads or things that opens the clause, before its verb of change: what the figure after
  // "to" counts.
  CHECK(described("\u2022 Admissions rose 11.4% year on year to 1.27 million.") ==
        std::vector<std::string>{"11.4% = 11.4 % (percent)", "1.27 million = 1.27e+06 admissions (count)"});
  CHECK(described("Bacteria counts exceeded 900 per 100 ml.")[0] == "900 = 900  (number)");
  CHECK(described("Mumps cases rose 20-fold to 5,200.")[0] == "20 = 20  (number)");
  // Not across a full stop or a semicolon, and not a figure twenty times off.
  CHECK(described("It has 3 depots; the total is 11.") ==
        std::vector<std::string>{"3 depots = 3 depots (count)", "11 = 11  (number)"});
  CHECK(described("From 12 stores the chain grew to 4,000.")[1] == "4,000 = 4000  (number)");
  // Any bare figure after a count in its sentence, within twenty times of it, counts the same, unless
  // it is a difference ("3bn more than").
  CHECK(described("The council inspected 3,900 bridges, and 270 were rated substandard.") ==
        std::vector<std::string>{"3,900 bridges = 3900 bridges (count)", "270 = 270 bridges (count)"});
  CHECK(described("The county jail holds 2,400 inmates in a facility built for 1,600.") ==
        std::vector<std::string>{"2,400 inmates = 2400 inmates (count)", "1,600 = 1600 inmates (count)"});
  CHECK(described("It sold 17,700 cars in May, nearly 3,000 more than planned.")[1] ==
        "3,000 = 3000  (number)");
  // An analyst's list names the plural before the figure; "X numbers" and "the number of X" name the
  // noun of the figures of their clause.
  CHECK(described("Merlion: visitors 26.3m, paying subscribers 1.1m, funeral volumes 67.2k.") ==
        std::vector<std::string>{"26.3m = 2.63e+07 visitors (count)", "1.1m = 1.1e+06 subscribers (count)",
                                 "67.2k = 67200 funerals (count)"});
  CHECK(described("The number of dentists doing NHS work fell by 1,100 to 23,577.") ==
        std::vector<std::string>{"1,100 = 1100 dentists (count)", "23,577 = 23577 dentists (count)"});
  CHECK(described("Visitor numbers rose 12% to 1.9 million.")[1] == "1.9 million = 1.9e+06 visitors (count)");
}

TEST_CASE("news: counts past a model's name, an adverb or '-plus'; ages by the people before",
          "[quantities][news]") {
  check_all({
      {"The navy ordered 12 Type 26 frigates.", "12 Type 26 frigates", K::count, 12, "frigates"},
      {"Poland bought 96 AH-64E helicopters.", "96 AH-64E helicopters", K::count, 96, "helicopters"},
      {"The trust offers 40 newly refurbished flats.", "40 newly refurbished flats", K::count, 40, "flats"},
      {"The hub runs 1,500-plus flights a week.", "1,500-plus flights", K::count, 1500, "flights"},
      {"Vaccines are free for children under five.", "five", K::age, 5, "yr"},
      {"Screening is offered to women over 50.", "50", K::age, 50, "yr"},
      {"Life expectancy there is 71.5 years.", "71.5 years", K::age, 71.5, "yr"},
      {"Staff on zero-hours contracts earn 3% less.", "3%", K::percent, 3, "%"},
      {"Viewership of the final peaked at 2.4m.", "2.4m", K::number, 2.4e6, ""},
      {"The wave was 2.4m high.", "2.4m", K::measure, 2.4, "m"},
      {"Shop prices are now 11.", "11", K::number, 11, ""},
      {"Hansen, now 58, retired.", "58", K::age, 58, "yr"},
  });
  const std::string ages = "The survey covers 18- to 24-year-olds.";
  const QuantityMention a = sole(ages);
  CHECK(span(ages, a) == "18- to 24-year-olds");
  CHECK(a.kind == K::age);
  CHECK(a.range_low == Approx(18));
  CHECK(a.range_high == Approx(24));
  // "from 9% to 17%" after a verb and its object is where it went from and to.
  CHECK(described("The plan will lift tree cover from 9% to 17%.") ==
        std::vector<std::string>{"9% = 9 % (percent)", "17% = 17 % (percent)"});
}

TEST_CASE("news: 'degrees F' once makes the text's bare degrees Fahrenheit", "[quantities][news]") {
  const std::string text = "It hit 97 degrees F in Phoenix on Monday; by Friday it was down to 88 degrees.";
  CHECK(described(text) ==
        std::vector<std::string>{"97 degrees F = 97 \u00b0F (measure)", "88 degrees = 88 \u00b0F (measure)"});
  CHECK(described("By Friday it was down to 31 degrees.") ==
        std::vector<std::string>{"31 degrees = 31 \u00b0C (measure)"});
}

TEST_CASE("news: continental figures, local currencies and the place a sentence names",
          "[quantities][news]") {
  check_all({
      // A full stop between thousands: "000" after it, euros, a count, or a text with comma decimals.
      {"The gallery sold it for \u20ac3.400.", "\u20ac3.400", K::money, 3400, "EUR"},
      {"The charity handed out 9.750 food parcels.", "9.750 food parcels", K::count, 9750, "parcels"},
      {"Receipts reached 640.000 euros.", "640.000 euros", K::money, 640000, "EUR"},
      {"The index closed at 4.125 points higher.", "4.125 points", K::count, 4.125, "points"},
      // Continental abbreviations of scale, their full stop kept, and German currency words.
      {"Die Stadt zahlt 3,4 Mrd. Euro f\u00fcr die Br\u00fccke.", "3,4 Mrd. Euro", K::money, 3.4e9, "EUR"},
      {"Sie investierte 120 Mio. US-Dollar in Rechenzentren.", "120 Mio. US-Dollar", K::money, 1.2e8, "USD"},
      {"The label now has 2,6 Mio. subscribers.", "2,6 Mio. subscribers", K::count, 2.6e6, "subscribers"},
      // Local abbreviations before the amount.
      {"Nakuru county set aside KSh 90 million for roads.", "KSh 90 million", K::money, 9e7, "KES"},
      // The currencies of Ethiopia, Jordan, Angola, Tunisia, Madagascar, Mozambique, Myanmar, Costa Rica,
      // Peru and Uruguay, as their press writes them.
      {"The contract is now worth Br365 million.", "Br365 million", K::money, 3.65e8, "ETB"},
      {"The Amman workshop cost JD1.53 million.", "JD1.53 million", K::money, 1.53e6, "JOD"},
      {"Bilhetes a Kz 198.000 por adulto.", "Kz 198.000", K::money, 198000, "AOA"},
      {"O bilhete custa 96 milh\u00f5es de kwanzas.", "96 milh\u00f5es de kwanzas", K::money, 9.6e7, "AOA"},
      {"Le ramonage co\u00fbte 1 250 DT.", "1 250 DT", K::money, 1250, "TND"},
      {"En Tunisie, le chiffre d'affaires atteint 3,4 MD.", "3,4 MD", K::money, 3.4e6, "TND"},
      {"In Tunis, turnover was 2.9 million dinars.", "2.9 million dinars", K::money, 2.9e6, "TND"},
      {"Le contrat passe \u00e0 2,1 milliards Ar.", "2,1 milliards Ar", K::money, 2.1e9, "MGA"},
      {"Em Mo\u00e7ambique, o or\u00e7amento \u00e9 de 79 milh\u00f5es de MT.", "79 milh\u00f5es de MT", K::money,
       7.9e7, "MZN"},
      {"The ferry carried 45 000 kyats of rice.", "45 000 kyats", K::money, 45000, "MMK"},
      {"La entrada cuesta 3 millones de colones.", "3 millones de colones", K::money, 3e6, "CRC"},
      {"El contrato sube a S/ 1'720.000.", "S/ 1'720.000", K::money, 1.72e6, "PEN"},
      {"La cartera llega a S/ 4,4 millones.", "S/ 4,4 millones", K::money, 4.4e6, "PEN"},
      {"La planta factur\u00f3 $U 412 millones.", "$U 412 millones", K::money, 4.12e8, "UYU"},
      // East Africa's "Sh": the Kenyan shilling unless the text names Uganda or Tanzania.
      {"Jambo Air narrowed its loss to Sh1.9 billion.", "Sh1.9 billion", K::money, 1.9e9, "KES"},
      {"Tickets to Mombasa go for Sh8,500 one-way.", "Sh8,500", K::money, 8500, "KES"},
      {"A Kampala trader pays Sh3,650 a kilo.", "Sh3,650", K::money, 3650, "UGX"},
      {"Dar es Salaam port fees rose to Sh 12 billion.", "Sh 12 billion", K::money, 1.2e10, "TZS"},
      {"Rooms in Abu Dhabi averaged Dh 640 a night.", "Dh 640", K::money, 640, "AED"},
      {"The Doha lender's assets rose to QR310 billion.", "QR310 billion", K::money, 3.1e11, "QAR"},
      {"The Oman bank earned RO 41.5 million.", "RO 41.5 million", K::money, 4.15e7, "OMR"},
      {"Accra traders pay GH\u00a2300 a stall.", "GH\u00a2300", K::money, 300, "GHS"},
      {"The Kuwaiti fund paid AED 70,000 in fees.", "AED 70,000", K::money, 70000, "AED"},
      // "$", rupees and pesos by the place the sentence names, unless it names home too.
      {"Perth's council approved a $310 million stadium upgrade.", "$310 million", K::money, 3.1e8, "AUD"},
      {"A Singapore clinic charges $85 a visit.", "$85", K::money, 85, "SGD"},
      {"An Auckland bakery was fined $12,000.", "$12,000", K::money, 12000, "NZD"},
      {"A Lahore court fined the developer Rs 2.5 million.", "Rs 2.5 million", K::money, 2.5e6, "PKR"},
      {"Coffee growers in Colombia got 1,8 million pesos a tonne.", "1,8 million pesos", K::money, 1.8e6,
       "COP"},
      {"A Toronto startup raised $5 million from US investors.", "$5 million", K::money, 5e6, "USD"},
      {"A Mumbai court fined the developer Rs 2.5 million.", "Rs 2.5 million", K::money, 2.5e6, "INR"},
      // Millions of pounds with no word of weight are money; "won" before "the" is the verb.
      {"The club paid a record 21.4m pounds for the striker.", "21.4m pounds", K::money, 2.14e7, "GBP"},
      {"He shipped 3.2m pounds of beef.", "3.2m pounds", K::measure, 3.2e6, "lb"},
      {"The lender cut its rate by 50bp.", "50bp", K::percent, 50, "bp"},
      {"Investors pay a flat 15% on gains.", "15%", K::percent, 15, "%"},
      {"A 480-nautical-mile race starts today.", "480-nautical-mile", K::measure, 480, "nmi"},
      {"The flare released 4 zettajoules.", "4 zettajoules", K::measure, 4, "ZJ"},
      {"The farm keeps 85 head of cattle.", "85 head of cattle", K::count, 85, "cattle"},
      {"A 3-bed semi sold in a week.", "3-bed", K::count, 3, "bedroom"},
  });
  for (const std::string text : {"Raffle ticket No. 212 won the hamper.", "Text HELP to 70123 to give.",
                                 "Call 98765 43210 for details.", "The flood risk is level 3 of 4.",
                                 "Owners pay more for a second cat."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("Police make one every 12 minutes.") ==
        std::vector<std::string>{"12 minutes = 12 min (duration)"});
}

TEST_CASE("news: draws, versions, pages, race names and other numbers of no quantity", "[quantities][news]") {
  for (const std::string text :
       {"Saturday's Lotto draw: 03, 11, 24, 36, 40, 47.", "Firmware 7.2.1 fixes the charging fault.",
        "The quote is on p. 88 of the report.", "Ticket #2025-44 was closed.",
        "Meeting on Thursday 10/23 in the library.", "Fraser-Pryce won the 100m final.",
        "Results, men's 1500m: Kerr first.", "In an emergency, dial 999.",
        "The Six Nations starts in February.", "Roads froze in sub-zero temperatures.",
        "She signed a six-figure deal.", "Plan 2 graduates repay more.", "She lives at 4 Harbour View.",
        "Hull wore shirt 44 that day.", "BESTSELLERS \u2014 1. Salt Road; 2. Kestrel.",
        "Seat 22 won $500 on the raffle."})
    CHECK(described(text).size() <= (text.find('$') != std::string::npos ? 1u : 0u));
  CHECK(described("Seat 22 won $500 on the raffle.") == std::vector<std::string>{"$500 = 500 USD (money)"});
  // A 400m climb is a distance; so is a race run over 100 metres.
  CHECK(described("The trail gains 400m over two miles.")[0] == "400m = 400 m (measure)");
  // Four parts, as an address on a network, stay numbers (as Recognizers-Text reads them).
  CHECK(described("Connect to 10.0.0.1 now.").size() == 4);
}

TEST_CASE("news: headlines in capitals, foreign words for per cent and billion, euro cents",
          "[quantities][news]") {
  check_all({
      {"RECALL: 3 CARS CAUGHT FIRE", "3 CARS", K::count, 3, "cars"},
      {"PLANT ORDERS 40-TONNE PRESS", "40-TONNE", K::measure, 40, "t"},
      {"Der Anteil stieg auf 12,5 Prozent.", "12,5 Prozent", K::percent, 12.5, "%"},
      {"Omzet steeg met 4,1 procent.", "4,1 procent", K::percent, 4.1, "%"},
      {"Budgettet er p\u00e5 2,4 mia. kroner.", "2,4 mia. kroner", K::money, 2.4e9, "DKK"},
      {"Le projet co\u00fbte 3,6 milliards $.", "3,6 milliards $", K::money, 3.6e9, "USD"},
      {"Casino revenue reached 12.4 billion patacas.", "12.4 billion patacas", K::money, 1.24e10, "MOP"},
      {"The launch pulled in 5.2m on Sunday.", "5.2m", K::number, 5.2e6, ""},
      {"Tickets went to players under 21.", "21", K::age, 21, "yr"},
      {"He conceded 4.5 runs an over.", "4.5 runs", K::count, 4.5, "runs"},
      {"The 1,200-bed hospital opened.", "1,200-bed", K::count, 1200, "bed"},
  });
  CHECK(described("Eggs hit $5.10 a dozen.") == std::vector<std::string>{"$5.10 = 5.1 USD (money)"});
  CHECK(described("Members save 8c a litre and \u20ac5 off a \u20ac40 shop.")[0] == "8c = 0.08 EUR (money)");
  CHECK(described("Members save 8c a litre at the pump.")[0] == "8c = 0.08 USD (money)");
  CHECK(described("Recalls cover 1.2 million SUVs because trim pieces loosen.")[0] ==
        "1.2 million SUVs = 1.2e+06 suvs (count)");
}

TEST_CASE("news: translated copy's words for million and billion, and 'of' before its currency",
          "[quantities][news]") {
  check_all({
      {"La ciudad recibirá 2,5 millones de euros.", "2,5 millones de euros", K::money, 2.5e6, "EUR"},
      {"Il porto costerà 3,4 miliardi di dollari.", "3,4 miliardi di dollari", K::money, 3.4e9, "USD"},
      {"Het dorp krijgt 4,5 miljoen euro.", "4,5 miljoen euro", K::money, 4.5e6, "EUR"},
      {"La région a reçu 6,6 milliards de dollars.", "6,6 milliards de dollars", K::money, 6.6e9, "USD"},
      {"L\u2019usine co\u00fbtera 3 millions d\u2019euros.", "3 millions d\u2019euros", K::money, 3e6, "EUR"},
      {"O porto vai custar 1,2 mil milh\u00f5es de euros.", "1,2 mil milh\u00f5es de euros", K::money, 1.2e9,
       "EUR"},
      {"Die Stadt zahlt 80 Milliarden Euro.", "80 Milliarden Euro", K::money, 8e10, "EUR"},
      {"Il bilancio \u00e8 di \u20ac 3,4 mld.", "\u20ac 3,4 mld", K::money, 3.4e9, "EUR"},
      {"Il fatturato \u00e8 di 12,3 mln. di euro.", "12,3 mln. di euro", K::money, 12.3e6, "EUR"},
  });
  // Without digits before it, English "millions" is the order of magnitude it was.
  CHECK(described("Millions of people watched.") ==
        std::vector<std::string>{"Millions of people = 1e+06 people (count)"});
}

TEST_CASE("news: parts per million, gigatonnes, centilitres; people by the words before a bare figure",
          "[quantities][news]") {
  check_all({
      {"Ozone reached 71 ppb at noon.", "71 ppb", K::measure, 71, "ppb"},
      {"The station logged 419 ppm of carbon dioxide.", "419 ppm", K::measure, 419, "ppm"},
      {"Forests absorb 7.6 gigatonnes a year.", "7.6 gigatonnes", K::measure, 7.6e9, "t"},
      {"Shipping emits about 1.1Gt.", "1.1Gt", K::measure, 1.1e9, "t"},
      {"Add 4 centilitres of vermouth.", "4 centilitres", K::measure, 4, "cl"},
      {"A crowd of 38,200 saw the final.", "38,200", K::count, 38200, "people"},
      {"The tent sleeps six.", "six", K::count, 6, "people"},
      {"There were 11 of us in the van.", "11", K::count, 11, "people"},
      {"Help goes to a household of five.", "five", K::count, 5, "people"},
  });
  // A part of the count before: "of them", "of which", "of whom".
  CHECK(described("The charity sent 2.4 million food boxes, 900,000 of them to pensioners.")[1] ==
        "900,000 = 900000 boxes (count)");
  CHECK(described("The city has 5,210 street lamps, of which 1,930 use LEDs.")[1] ==
        "1,930 = 1930 lamps (count)");
  // "by N things ..., to M": the total after a change by a count.
  CHECK(described("Membership fell by 96 members last year, to 1,404.")[1] == "1,404 = 1404 members (count)");
  // A verb in -s after the counted noun, or a verb of paying, is no noun.
  CHECK(described("The kit with 3 USB ports costs \u00a349.")[0] == "3 USB ports = 3 ports (count)");
  CHECK(described("Each of the nine finalists receives \u00a3500.")[0] ==
        "nine finalists = 9 finalists (count)");
  CHECK(described("The firm pays its 250 drivers \u00a314 an hour.")[0] ==
        "250 drivers = 250 drivers (count)");
  CHECK(described("It has 1,640 rapid charging points.")[0] ==
        "1,640 rapid charging points = 1640 points (count)");
  CHECK(described("Ferries carried 8,000 cars in May and 1,900 abroad.")[1] == "1,900 = 1900 cars (count)");
}

TEST_CASE("news: translated copy's units of time and measure", "[quantities][news]") {
  check_all({
      {"La obra durar\u00e1 18 meses.", "18 meses", K::duration, 18, "mo"},
      {"Der Streik dauerte 6 Stunden.", "6 Stunden", K::duration, 6, "h"},
      {"Il restauro \u00e8 durato 3 anni.", "3 anni", K::duration, 3, "yr"},
      {"De renovatie duurde 9 dagen.", "9 dagen", K::duration, 9, "d"},
      {"La pista mide 410 metros.", "410 metros", K::measure, 410, "m"},
      {"Il parco copre 240 metri quadrati.", "240 metri quadrati", K::measure, 240, "m\u00b2"},
      {"Das Lager fasst 800 Kubikmeter.", "800 Kubikmeter", K::measure, 800, "m\u00b3"},
      {"Se recogieron 3,5 toneladas de basura.", "3,5 toneladas", K::measure, 3.5, "t"},
      {"Le feu a br\u00fbl\u00e9 40 hectares en Provence.", "40 hectares", K::measure, 40, "ha"},
      {"Il sentiero \u00e8 lungo 12,6 chilometri.", "12,6 chilometri", K::measure, 12.6, "km"},
      {"She won in 2h 17m.", "2h 17m", K::duration, 137, "min"},
  });
}

TEST_CASE("news: fraction glyphs after a verb, headlines in title case, 'pp', lists after a colon",
          "[quantities][news]") {
  check_all({
      {"Pour 2\u00bd litres of stock into the pan.", "2\u00bd litres", K::measure, 2.5, "l"},
      {"Stir 1\u00bd cups of rice.", "1\u00bd cups", K::measure, 1.5, "cup"},
      {"Council Sheds 140 Posts In Budget Squeeze", "140 Posts", K::count, 140, "posts"},
      {"Margins were cut 1.5pp.", "1.5pp", K::percent, 1.5, "pp"},
      {"Il tasso \u00e8 salito al 3 per cento.", "3 per cento", K::percent, 3, "%"},
      {"Sea ice shrank to 3.9m km\u00b2.", "3.9m km\u00b2", K::measure, 3.9e6, "km\u00b2"},
      {"Parts: - 28mm pipe", "28mm", K::measure, 28, "mm"},
      {"The fund holds between \u00a3200 and \u00a35m.", "\u00a3200 and \u00a35m", K::money, 2500100, "GBP"},
  });
  // "grew from 340 to 415 people": two figures, the first with the noun of the second.
  CHECK(described("The hamlet grew from 260 to 310 families.") ==
        std::vector<std::string>{"260 = 260 families (count)", "310 families = 310 families (count)"});
  // So after a declaration "expanded", or a forecast "revised", from one figure to another.
  CHECK(described("The declaration was expanded from nine to 14 counties.") ==
        std::vector<std::string>{"nine = 9 counties (count)", "14 counties = 14 counties (count)"});
  // "the number of damaged homes at 8,150": the noun a describing word stands before; a death toll
  // counts deaths.
  CHECK(described("Officials put the number of damaged homes at 8,150.") ==
        std::vector<std::string>{"8,150 = 8150 homes (count)"});
  CHECK(described("The death toll has risen to 19.") == std::vector<std::string>{"19 = 19 deaths (count)"});
  // "sales top €1 billion", "topped", "exceeded": more than the figure; "the top 10" is no comparison.
  for (const std::string text :
       {"Vilacor sales top \u20ac1 billion.", "Sales topped \u20ac1 billion.",
        "Exports exceeded \u20ac1 billion.", "Nirapad Credit\u2019s loan book crosses Tk 2,000 crore"}) {
    const auto found = factcheck::testing::extract(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].comparator == factcheck::Comparator::more_than);
  }
  const auto ranked = factcheck::testing::extract("The top \u20ac1 billion deals of the year.");
  REQUIRE(ranked.size() == 1);
  CHECK(ranked[0].comparator == factcheck::Comparator::none);
  // Verbs in -s and small words of other languages are no counted nouns; a year before a noun is a date.
  for (const std::string text :
       {"Hall 4 reopens on Monday.", "Version 12 arrives later.", "The 2011 census was the last."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("Es gab 6 und mehr.") == std::vector<std::string>{"6 = 6  (number)"});
  const auto census = factcheck::testing::extract("The 2011 census was the last.");
  REQUIRE(census.size() == 1);
  CHECK(census[0].kind == QuantityKind::date);
}

TEST_CASE("news: ages by the word 'age' before, 'At 92,' and translated copy's ages", "[quantities][news]") {
  check_all({
      {"The average age of a farmer rose to 59.2 years.", "59.2 years", K::age, 59.2, "yr"},
      {"The minimum age to vote is 16.", "16", K::age, 16, "yr"},
      {"At 88, the author still writes every day.", "88", K::age, 88, "yr"},
      {"La nadadora, de 17 a\u00f1os, gan\u00f3 el oro.", "17 a\u00f1os", K::age, 17, "yr"},
      {"Elle a 23 ans.", "23 ans", K::age, 23, "yr"},
      {"Ein 5.000 Jahre alter Pfahl wurde gefunden.", "5.000 Jahre alter", K::age, 5000, "yr"},
      {"Il y a 40 ans, le pont s\u2019est effondr\u00e9.", "40 ans", K::duration, 40, "yr"},
      {"The ice age lasted 90,000 years.", "90,000 years", K::duration, 90000, "yr"},
  });
}

TEST_CASE("news: 'a decade', 'a century' and 'a fortnight' as periods, not after a record",
          "[quantities][news]") {
  check_all({
      {"The vines will need care for at least a decade.", "a decade", K::duration, 10, "yr"},
      {"The bridge stood for a century.", "a century", K::duration, 100, "yr"},
      {"Repairs took a fortnight.", "a fortnight", K::duration, 2, "wk"},
  });
  for (const std::string text : {"Rates are the highest in a decade.", "It was their first win in a year."})
    CHECK(described(text) == std::vector<std::string>{});
}

TEST_CASE("news: a place's population and migration count people; a mixed number scores points",
          "[quantities][news]") {
  check_all({
      {"The population of Wales reached 3.2 million last year.", "3.2 million", K::count, 3.2e6, "people"},
      {"Norway's population rose to 5.6 million.", "5.6 million", K::count, 5.6e6, "people"},
      {"Net migration fell to 204,000.", "204,000", K::count, 204000, "people"},
      {"The hosts need 8\u00bd points on Sunday.", "8\u00bd points", K::count, 8.5, "points"},
  });
  CHECK(described("The curlew population fell to 310.") == std::vector<std::string>{"310 = 310  (number)"});
}

TEST_CASE("news: thousands after a full stop in a text not in English; Australia's central bank",
          "[quantities][news]") {
  check_all({
      {"Il comune ha previsto per la piazza e per il parco 3.200 metri quadrati di verde.",
       "3.200 metri quadrati", K::measure, 3200, "m\u00b2"},
      {"The RBA left rates alone, so a $750,000 loan costs the same.", "$750,000", K::money, 750000, "AUD"},
  });
  // In English the same digits are a decimal.
  CHECK(described("The rod is 1.250 km long.") == std::vector<std::string>{"1.250 km = 1.25 km (measure)"});
}

TEST_CASE("news: headline verbs before a number, ranges and scale words in other languages, new units",
          "[quantities][news]") {
  check_all({
      {"Chain To Axe 240 Stores In Shake-Up", "240 Stores", K::count, 240, "stores"},
      {"BREWER TO SELL 120 PUBS", "120 PUBS", K::count, 120, "pubs"},
      {"Sighted 14 red kites near the ridge.", "14 red kites", K::count, 14, "kites"},
      {"Heavy trucks now top 4,000kg.", "4,000kg", K::measure, 4000, "kg"},
      {"Die 23-J\u00e4hrige gewann das Finale.", "23-J\u00e4hrige", K::age, 23, "yr"},
      {"La empresa invertir\u00e1 4.300 millones de euros en la red.", "4.300 millones de euros", K::money,
       4.3e9, "EUR"},
      {"Bolaget investerar 650 miljoner kronor i fabriken.", "650 miljoner kronor", K::money, 6.5e8, "SEK"},
      {"Die Strafe liegt zwischen 5.000 bis 8.000 Euro f\u00fcr den Wirt.", "5.000 bis 8.000 Euro", K::money,
       6500, "EUR"},
      {"Diesel margins reached 22.4ppl.", "22.4ppl", K::money, 0.224, "GBP"},
      {"The chip measures 610mm\u00b2.", "610mm\u00b2", K::measure, 610, "mm\u00b2"},
      {"The cable carries 200Tbps.", "200Tbps", K::measure, 200, "Tbps"},
  });
  // A standard swimming distance before its stroke is the event's name.
  CHECK(described("She won the 100m butterfly in 56.2 seconds.") ==
        std::vector<std::string>{"56.2 seconds = 56.2 s (duration)"});
}

TEST_CASE("news: nouns after a scale and before their adjective in other languages, nautical miles, NT$",
          "[quantities][news]") {
  check_all({
      {"La banca rimborser\u00e0 2,4 milioni di clienti entro marzo.", "2,4 milioni di clienti", K::count,
       2.4e6, "clienti"},
      {"La empresa indemnizar\u00e1 a 4 300 clientes afectados por el apag\u00f3n.", "4 300 clientes",
       K::count, 4300, "clientes"},
      {"La regione ha raccolto 12 milioni di metri cubi di acqua.", "12 milioni di metri cubi", K::measure,
       1.2e7, "m\u00b3"},
      {"Elle a parcouru 1 800 milles en solitaire.", "1 800 milles", K::measure, 1800, "nmi"},
      {"Foundry revenue hit NT$2.1bn.", "NT$2.1bn", K::money, 2.1e9, "TWD"},
      {"Police stopped 85 drivers using phones.", "85 drivers", K::count, 85, "drivers"},
      {"Log prices in Rotorua fell to $121 a tonne.", "$121", K::money, 121, "NZD"},
  });
  // A sentence that names no place goes on from the one before; one that names the US keeps the dollar.
  CHECK(described("Queensland fined 212 drivers. Each fine was $350.").back() == "$350 = 350 AUD (money)");
  CHECK(described("Perth rents rose. In the US, a flat costs $2,000.").back() == "$2,000 = 2000 USD (money)");
}

TEST_CASE("news: lanes, lots and shirt numbers; 'one' as a pronoun before 'for' and 'to'; a range in Italian",
          "[quantities][news]") {
  for (const std::string text : {"The champion swims in lane 4.", "Lots 1 to 40 are store calves.",
                                 "He will wear number 9 next season.",
                                 "The window would be one for patience.", "The left-hander is one to watch."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("She swam the 400 free.") == std::vector<std::string>{"400 = 400  (number)"});
  check_all({
      {"In Italia un matrimonio costa in media tra 18.000 e 25.000 euro, secondo il rapporto.",
       "18.000 e 25.000 euro", K::money, 21500, "EUR"},
  });
}

TEST_CASE("news: Swiss thousands, millions before a unit of mass, streets abroad, labels, watt hours",
          "[quantities][news]") {
  check_all({
      {"The watch sold for CHF 2\u2019400\u2019000 in Geneva.", "CHF 2\u2019400\u2019000", K::money, 2.4e6,
       "CHF"},
      {"The refinery treats 1'800 tonnes a year.", "1'800 tonnes", K::measure, 1800, "t"},
      {"Miners see 150m lb of demand.", "150m lb", K::measure, 1.5e8, "lb"},
      {"Its 750Wh battery is new.", "750Wh", K::measure, 750, "Wh"},
      {"MAUs fell to 81m.", "81m", K::number, 8.1e7, ""},
  });
  for (const std::string text : {"The shop at 12 Via Roma opens late.", "Units 1, 2 and 3 were unaffected.",
                                 "Book sites 12\u201340 online.", "She resigned on move 28.",
                                 "Patch 14.2 changes the map.", "It is a five-star hotel."})
    CHECK(described(text) == std::vector<std::string>{});
  // A year before a noun in the singular, with no determiner, is no count.
  CHECK(described("We expect 2025 capacity growth of 4%.") == std::vector<std::string>{"4% = 4 % (percent)"});
}

TEST_CASE("news: international phone numbers are no quantities", "[quantities][news]") {
  for (const std::string text : {"Call the desk on +44 20 7946 0123.", "The hotline is +1 212-555-0199.",
                                 "Ring +33 1 44 55 66 77 for tickets."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("Shares rose +12% on the day.") == std::vector<std::string>{"12% = 12 % (percent)"});
}

TEST_CASE(
    "news: German nouns after a number, streets in lower case abroad, pronouns after a price, mixed ends",
    "[quantities][news]") {
  check_all({
      {"Die G\u00e4rtnerei verkaufte im Fr\u00fchjahr 60 000 Tulpen an Kunden.", "60 000 Tulpen", K::count,
       60000, "tulpen"},
      {"The site had 1.8m unique visitors in May.", "1.8m unique visitors", K::count, 1.8e6, "visitors"},
  });
  // Capitals in "EST" and "OG" say nothing of the language: "Jordan 1" stays a name.
  for (const std::string text :
       {"The show was held at 12 rue de Rivoli in Paris.", "Look 12 closed the show.",
        "Nike Air Jordan 1 Retro High OG restock drops Saturday at 10am EST."})
    CHECK(described(text) == std::vector<std::string>{});
  CHECK(described("The \u00a340 one is dearer.") == std::vector<std::string>{"\u00a340 = 40 GBP (money)"});
  // Thousands after a full stop on one end only make no range.
  CHECK(described("Die Zahl sinkt auf 18.200 \u2013 640 weniger als im Vorjahr.").size() == 2);
}

TEST_CASE("news: złoty, Dutch tonnes, 'milliard de', nouns in other languages, a verb before a price",
          "[quantities][news]") {
  check_all({
      {"Pensja wynosi 5 200 z\u0142 miesi\u0119cznie.", "5 200 z\u0142", K::money, 5200, "PLN"},
      {"De haven van Rotterdam verwerkte 8.000 ton graan voor de export.", "8.000 ton", K::measure, 8000,
       "t"},
      {"Le groupe vend 2,4 milliard de bo\u00eetes par an.", "2,4 milliard de bo\u00eetes", K::count, 2.4e9,
       "bo\u00eetes"},
      {"Het stadion telt 41.000 zitplaatsen en kost jaarlijks veel.", "41.000 zitplaatsen", K::count, 41000,
       "zitplaatsen"},
  });
  CHECK(described("A pack of 16 cough sweets costs 90p.")[0] == "16 cough sweets = 16 sweets (count)");
}

TEST_CASE("news: thousands in several groups after full stops, numbers in words of other languages, crore",
          "[quantities][news]") {
  check_all({
      {"Il museo ha registrato 1.240.000 ingressi.", "1.240.000 ingressi", K::count, 1240000, "ingressi"},
      {"Il canale sar\u00e0 chiuso per tre settimane per i lavori della regione.", "tre settimane",
       K::duration, 3, "wk"},
      {"Le chantier a dur\u00e9 deux ans et la ville a pay\u00e9 pour les travaux.", "deux ans", K::duration,
       2, "yr"},
      {"The film took \u20b985 cr in India.", "\u20b985 cr", K::money, 8.5e8, "INR"},
  });
  // In English "due" is no number.
  CHECK(described("The firm is due to report.") == std::vector<std::string>{});
  for (const std::string text :
       {"Formula 1 teams met on Friday.", "Locks 45 and 46 are shut.", "Demand is back to 2019 levels."})
    CHECK(described(text) == std::vector<std::string>{});
  // A verb after a figure is no noun it counts: a bare number.
  CHECK(described("Ocean's 11 remain popular.") == std::vector<std::string>{"11 = 11  (number)"});
}

TEST_CASE("news: a fraction in words that says of what or by how much is the share it states",
          "[quantities][news][shares]") {
  // The share, as the checker reads it, and as labellers of every round since the fourth write it.
  CHECK(described("Frost destroyed roughly a third of the buds in the valley.") ==
        std::vector<std::string>{"a third = 33.3333 % (percent)"});
  CHECK(described("Three\u2011quarters of the town\u2019s glass is recycled.") ==
        std::vector<std::string>{"Three\u2011quarters = 75 % (percent)"});
  CHECK(described("Drownings fell by a fifth, and the share stayed below a tenth.") ==
        std::vector<std::string>{"a fifth = 20 % (percent)", "a tenth = 10 % (percent)"});
  // A fraction of one amount is that part of it.
  CHECK(described("The fund raised three-quarters of a billion dollars.") ==
        std::vector<std::string>{"three-quarters of a billion dollars = 7.5e+08 USD (money)"});
  // A fraction of a unit, or of nothing, is the number written.
  CHECK(described("The boat sat half a mile out.") ==
        std::vector<std::string>{"half a mile = 0.5 mi (measure)"});
  CHECK(described("They hired half a dozen brokers.") ==
        std::vector<std::string>{"half a dozen brokers = 6 brokers (count)"});
}

TEST_CASE("news: multipliers, volts and ampere hours", "[quantities][news]") {
  CHECK(described("Shares trade at 11.2x forward earnings, against 5x for its rivals.") ==
        std::vector<std::string>{"11.2 = 11.2  (number)", "5 = 5  (number)"});
  // Letters glued after a number that go on are a name: "4x4", "39A".
  CHECK(described("She drives a 4x4 from Unit 39A.") == std::vector<std::string>{});
  CHECK(described("A 12V battery rated at 70Ah feeds a 230 volts socket; the 400kV line is down.") ==
        std::vector<std::string>{"12V = 12 V (measure)", "70Ah = 70 Ah (measure)",
                                 "230 volts = 230 V (measure)", "400kV = 400 kV (measure)"});
  CHECK(described("England V Australia starts at noon.") == std::vector<std::string>{});
  CHECK(described("Recall campaign 24V-051 covers the vans.") == std::vector<std::string>{});
}

TEST_CASE("news: x15-12's misses: German nouns, a count of one, working days, shares out of a whole",
          "[quantities][news]") {
  check_all({
      {"Der Konzern sagt, rund 1.200 Stellen sollen bis 2026 wegfallen.", "1.200 Stellen", K::count, 1200,
       "stellen"},
      {"Beim Turnier in Bremen spielten 640 Teilnehmer aus aller Welt.", "640 Teilnehmer", K::count, 640,
       "teilnehmer"},
      {"Der Zoo z\u00e4hlte rund 1,7 Mio. Besucher; der Eintritt steigt.", "1,7 Mio. Besucher", K::count,
       1.7e6, "besucher"},
      {"Die Weberei verlagert 2,1 Mio. Metern Stoff pro Jahr.", "2,1 Mio. Metern", K::measure, 2.1e6, "m"},
      {"Just ONE practice in the county takes new patients.", "ONE practice", K::count, 1, "practice"},
      {"Mail arrives within three working days.", "three working days", K::duration, 3, "d"},
      {"The scheme caps claims over two calendar years.", "two calendar years", K::duration, 2, "yr"},
      {"Residue was found in 3 out of 4 fields tested.", "3 out of 4", K::percent, 75, "%"},
      {"Prices have risen by a third since 2020.", "a third", K::percent, 100.0 / 3, "%"},
      {"The bank handed out a fifth more parcels than last year.", "a fifth", K::percent, 20, "%"},
      {"We model 2.1TWh of demand.", "2.1TWh", K::measure, 2.1, "TWh"},
  });
  // "one adjuster said" picks someone out; "Mio." before a word that opens a sentence ends it.
  CHECK(described("One rival report said the deal was off.") ==
        std::vector<std::string>{"One = 1  (number)"});
  CHECK(described("Der Umsatz stieg auf 2,1 Mio. Die Kosten fielen.") ==
        std::vector<std::string>{"2,1 Mio = 2.1e+06  (number)"});
  // A century break is a snooker break, no hundred years; a third term is an ordinal.
  for (const auto& m : extract("He made 4 century breaks and won a third term."))
    CHECK(m.kind != QuantityKind::duration);
  CHECK(described("She won a third term.") == std::vector<std::string>{});
}

TEST_CASE("news: multipliers in words, a range's scale after a currency, shares in other languages",
          "[quantities][news]") {
  CHECK(described("Traffic over the bridge is double the forecast.") ==
        std::vector<std::string>{"double = 2  (number)"});
  CHECK(described("The cells store twice as much energy.") ==
        std::vector<std::string>{"twice = 2  (number)"});
  // The verb, the cream and the lock are no multipliers.
  CHECK(described("Prices doubled, so add double cream under the triple lock.") ==
        std::vector<std::string>{});
  check_all({
      {"Capex guide \u20ac150\u2013170m for the year.", "\u20ac150\u2013170m", K::money, 160e6, "EUR"},
      {"Selon le club, un tiers des joueurs sont des femmes.", "un tiers", K::percent, 100.0 / 3, "%"},
      {"In Nederland staat ruim de helft daarvan op de Rode Lijst.", "de helft", K::percent, 50, "%"},
  });
  // "un quart d'heure" is a quarter of an hour, no share.
  for (const auto& m : extract("Le train a un quart d\u2019heure de retard, dit la SNCF."))
    CHECK(m.kind != QuantityKind::percent);
}

TEST_CASE("news: points to a percentage, euro cents abroad, parts per billion, tonnes before a stop, ages",
          "[quantities][news]") {
  check_all({
      {"In Deutschland steigt das Porto f\u00fcr einen Brief auf 95 Cent.", "95 Cent", K::money, 0.95, "EUR"},
      {"Traces were found at 1.8 parts per billion in the pollen.", "1.8 parts per billion", K::measure, 1.8,
       "ppb"},
      {"Stocks at the port rose to 412,000 t.", "412,000 t", K::measure, 412000, "t"},
      {"Anlage: Kapazit\u00e4t 53\u00a0000 t/yr Chlor.", "53\u00a0000 t", K::measure, 53000, "t"},
      {"The kiln emits 62 000 t less CO\u2082 a year.", "62 000 t", K::measure, 62000, "t"},
      {"Bilen accelererar till hundra p\u00e5 7,4 s.", "7,4 s", K::duration, 7.4, "s"},
      {"Herrera finished 14 s behind the winner.", "14 s", K::duration, 14, "s"},
      {"The oldest inmate is 98.", "98", K::age, 98, "yr"},
      {"The village postmistress is retiring at 81, her family said.", "81", K::age, 81, "yr"},
      {"The oche is 7ft 9\u00bcin from the board.", "7ft 9\u00bcin", K::measure, 93.25, "in"},
      {"Residents within 400m were told to keep their windows shut.", "400m", K::measure, 400, "m"},
      {"ChessArena: MAU 14.2m, up on the year.", "14.2m", K::number, 14.2e6, ""},
  });
  CHECK(described("Satisfaction with the service fell 4 points to 20%.") ==
        std::vector<std::string>{"4 points = 4 pp (percent)", "20% = 20 % (percent)"});
  // An index's points stay points; an address after "at" is no age.
  CHECK(described("The index fell 40 points to 8,100.") ==
        std::vector<std::string>{"40 points = 40 points (count)", "8,100 = 8100  (number)"});
  CHECK(described("The oldest shop is at 45 Main Street.") == std::vector<std::string>{});
}

TEST_CASE("news: Norwegian kroner and years, chevaux", "[quantities][news]") {
  CHECK(
      described(
          "Det nye prosjektet ved Bergen koster 6,3 milliarder kroner og bilistene betaler i 15 \u00e5r.") ==
      std::vector<std::string>{"6,3 milliarder kroner = 6.3e+09 NOK (money)",
                               "15 \u00e5r = 15 yr (duration)"});
  CHECK(described("Broen koster 2 milliarder kroner, oplyser Vejdirektoratet i Danmark.") ==
        std::vector<std::string>{"2 milliarder kroner = 2e+09 DKK (money)"});
  check_all({
      {"Le salon a vendu un tracteur de 300 chevaux \u00e0 un \u00e9leveur.", "300 chevaux", K::measure, 300,
       "hp"},
  });
}

TEST_CASE("news: number words in headlines all in capitals", "[quantities][news]") {
  CHECK(described("HEATWAVE: 1,700 EXTRA DEATHS IN FOUR WEEKS") ==
        std::vector<std::string>{"1,700 EXTRA DEATHS = 1700 deaths (count)", "FOUR WEEKS = 4 wk (duration)"});
  CHECK(described("COASTGUARD HELICOPTER RESCUES TWO WALKERS CUT OFF BY TIDE") ==
        std::vector<std::string>{"TWO WALKERS = 2 walkers (count)"});
  // Names still: a label word before the number.
  CHECK(described("DROUGHT: CAPE TOWN DAMS DOWN AGAIN AS DAY ZERO NEARS") == std::vector<std::string>{});
  CHECK(described("ROCKY RETURNS FOR PART TWO") == std::vector<std::string>{});
}

TEST_CASE("news: race times in hours, minutes and seconds, and the places of a results list",
          "[quantities][news]") {
  CHECK(described("RESULTS \u2014 Men 1. Amos Kiprono (KEN) 2:05:12 2. Haile Desta (ETH) 2:05:40") ==
        std::vector<std::string>{"2:05:12 = 7512 s (duration)", "2:05:40 = 7540 s (duration)"});
  CHECK(described("Kipchoge\u2019s 1:59:40 in Vienna was never ratified.") ==
        std::vector<std::string>{"1:59:40 = 7180 s (duration)"});
  // A clock: after "at", or before a zone.
  CHECK(described("The alarm went off at 10:30:15 and again at 09:12:44 GMT.") == std::vector<std::string>{});
}

TEST_CASE("news: x15-13's misses: multipliers before a stop, 'one' and a verb, square metres after visitors",
          "[quantities][news]") {
  CHECK(described("Net debt/EBITDA 1.9x. The slot moved 3x??") ==
        std::vector<std::string>{"1.9 = 1.9  (number)", "3 = 3  (number)"});
  CHECK(described("Twelve residents were evacuated and one taken to hospital.")[1] ==
        "one = 1 residents (count)");
  CHECK(described("The radiator was only a third full of water.") ==
        std::vector<std::string>{"a third = 33.3333 % (percent)"});
  CHECK(described("A zero-waste shop opened, and the score was three-nought-four.") ==
        std::vector<std::string>{"three = 3  (number)", "nought = 0  (number)", "four = 4  (number)"});
  CHECK(described("IQOS users in Japan now number about 8.5 million.") ==
        std::vector<std::string>{"8.5 million = 8.5e+06 users (count)"});
  CHECK(described("The fair drew 62,000 visitors and filled 110,000m\u00b2 of halls.")[1] ==
        "110,000m\u00b2 = 110000 m\u00b2 (measure)");
  CHECK(described("Dalin a boucl\u00e9 le Vend\u00e9e Globe en 64 jours, 19 heures et 22 minutes, selon la "
                  "course.") ==
        std::vector<std::string>{"64 jours, 19 heures et 22 minutes = 93322 min (duration)"});
  // Headlines in title case: a short verb before a share, a number word after "to"; "the Six Nations" a name.
  CHECK(described("Brewers Warn 1 in 3 Pubs Could Close") ==
        std::vector<std::string>{"1 in 3 = 33.3333 % (percent)"});
  CHECK(described("Sleeper Service to Inverness Cut to Four Nights a Week") ==
        std::vector<std::string>{"Four Nights = 4 nights (count)"});
  CHECK(described("England Win the Six Nations Again") == std::vector<std::string>{});
}

TEST_CASE(
    "news: x15-13's misses: centimes, Danish crowns, pounds of a crop, ages of toys, chances, sea miles",
    "[quantities][news]") {
  check_all({
      {"Selon le minist\u00e8re, le paquet prendra une hausse de 50 centimes.", "50 centimes", K::money, 0.5,
       "EUR"},
      {"Lego posted first-half revenue of 31.1 billion Danish crowns.", "31.1 billion Danish crowns",
       K::money, 31.1e9, "DKK"},
      {"California\u2019s almond crop is forecast at 2.8 billion pounds.", "2.8 billion pounds", K::measure,
       2.8e9, "lb"},
      {"The set is recommended for ages 9 and up.", "9", K::age, 9, "yr"},
      {"The jackpot has a probability of one in 36.", "one in 36", K::percent, 100.0 / 36, "%"},
      {"The second-placed boat was 9nm behind.", "9nm", K::measure, 9, "nmi"},
      {"Hydro-Qu\u00e9bec offre jusqu\u2019\u00e0 1 000 $ pour une thermopompe.", "1 000 $", K::money, 1000,
       "CAD"},
      {"Foshan\u2019s furniture exports rose to \u00a563 billion.", "\u00a563 billion", K::money, 63e9,
       "CNY"},
  });
  // A crown alone may be a tooth's; a chip's "3nm" stays nanometres; labels by their word.
  CHECK(described("I paid for one crown.") == std::vector<std::string>{"one crown = 1 crown (count)"});
  CHECK(described("The chip uses a 3nm process.") == std::vector<std::string>{"3nm = 3 nm (measure)"});
  CHECK(
      described("We sailed with cabin 8214 on deck 9 after the firmware 4.2 update, on day 14 of strikes.") ==
      std::vector<std::string>{});
}

TEST_CASE("news: fiscal years, running totals, the first plural of a headline", "[quantities][news]") {
  CHECK(described("Duty receipts totalled \u00a33.7bn in 2024-25.") ==
        std::vector<std::string>{"\u00a33.7bn = 3.7e+09 GBP (money)"});
  CHECK(described("DMart added 11 stores, taking its count to 387.") ==
        std::vector<std::string>{"11 stores = 11 stores (count)", "387 = 387 stores (count)"});
  CHECK(described("Peanut Allergy Cases Fall After Early Introduction, Study of 13,000 Infants Finds") ==
        std::vector<std::string>{"13,000 Infants = 13000 infants (count)"});
  CHECK(described("Which? Tests 12 Budget Laptops for Students") ==
        std::vector<std::string>{"12 Budget Laptops = 12 laptops (count)"});
}

TEST_CASE("news: a table's header gives the unit or scale of the bare figures in its rows",
          "[quantities][news][tables]") {
  CHECK(described("Busiest airports, Jan\u2013Jun (passengers, m): Dubai 45.2 | Atlanta 52.8") ==
        std::vector<std::string>{"45.2 = 4.52e+07 passengers (count)", "52.8 = 5.28e+07 passengers (count)"});
  CHECK(described("Bike-share trips, March (thousands): Citi Bike 3,412 | Divvy 428") ==
        std::vector<std::string>{"3,412 = 3.412e+06 trips (count)", "428 = 428000 trips (count)"});
  CHECK(described("Ice loss (gigatonnes): Greenland 266 \u00b7 European Alps 1.9") ==
        std::vector<std::string>{"266 = 2.66e+11 t (measure)", "1.9 = 1.9e+09 t (measure)"});
  CHECK(described("Gas storage, % full (1 Oct): Germany 94.1 | France 88.7") ==
        std::vector<std::string>{"94.1 = 94.1 % (percent)", "88.7 = 88.7 % (percent)"});
  CHECK(described("Guwahati auction (\u20b9/kg): CTC leaf 231.40 \u00b7 Orthodox 318.75") ==
        std::vector<std::string>{"231.40 = 231.4 INR (money)", "318.75 = 318.75 INR (money)"});
  CHECK(described("Snowfall totals (cm), 24 hrs to 7am: Braemar 22 Tomintoul 19") ==
        std::vector<std::string>{"24 hrs = 24 h (duration)", "22 = 22 cm (measure)", "19 = 19 cm (measure)"});
  // A scale and a unit with no brackets, before rows with colons and semicolons of their own.
  CHECK(described("Permitted reserves, million tonnes \u2014 Cliffe Hill: 58; Mountsorrel: 96") ==
        std::vector<std::string>{"58 = 5.8e+07 t (measure)", "96 = 9.6e+07 t (measure)"});
  // A colon with no unit or scale before it changes nothing; a figure with its own unit keeps it.
  CHECK(described("Tour dates: Leeds 12 | Hull 14") == std::vector<std::string>{});
  CHECK(described("Prices (\u00a3/t): urea 34.5% N \u2014 410")[0] == "34.5% = 34.5 % (percent)");
}

TEST_CASE("news: megapixels, frames and flows per second, '9yo', measures after a label word, latitudes",
          "[quantities][news]") {
  CHECK(described("The camera has a 45MP sensor and shoots at 30fps.") ==
        std::vector<std::string>{"45MP = 45 MP (measure)", "30fps = 30 fps (measure)"});
  check_all({
      {"Meltwater pours through the moulin at 600 cubic metres per second.", "600 cubic metres per second",
       K::measure, 600, "m\u00b3/s"},
      {"The weir passes 3,500 l/s in a flood.", "3,500 l/s", K::measure, 3500, "l/s"},
      {"We adopted this 9yo lab today.", "9yo", K::age, 9, "yr"},
      {"A Newfoundland can stand 71cm at the shoulder.", "71cm", K::measure, 71, "cm"},
  });
  CHECK(described("Polarstern is now at 88\u00b0N in the ice.") == std::vector<std::string>{});
}

TEST_CASE("news: measures set against one before, 'die' no noun, ages between two", "[quantities][news]") {
  CHECK(described("Dust reached 75 micrograms per cubic metre, above the legal limit of 50.") ==
        std::vector<std::string>{"75 micrograms per cubic metre = 75 \u00b5g/m\u00b3 (measure)",
                                 "50 = 50 \u00b5g/m\u00b3 (measure)"});
  // Not a figure of something else named between: "a COP of 3.5" after "7kW".
  CHECK(described("A 7kW heat pump with a COP of 3.5 heats the house.")[1] == "3.5 = 3.5  (number)");
  CHECK(described("Some 7,000 people wait, and around 400 die each year.")[1] == "400 = 400 people (count)");
  CHECK(described("Donors must be aged between 17 and 65.") ==
        std::vector<std::string>{"17 and 65 = 41 yr (age)"});
}

TEST_CASE("news: x15-15's misses: one of a unit, kilometres of a race, rows' plurals, minutes after hours",
          "[quantities][news]") {
  check_all({
      {"Induction hobs boil a litre of water quickly.", "a litre", K::measure, 1, "l"},
      {"Sprint tri done, then a 5k run with the club.", "5k", K::measure, 5, "km"},
      {"Leaders were out of the water after 46:10 for the swim.", "46:10", K::duration, 2770, "s"},
      {"Open water this morning, no wetsuit, ~1hr 25.", "1hr 25", K::duration, 85, "min"},
      {"Duty reform favours sub-3.5% ABV cider.", "3.5%", K::percent, 3.5, "%"},
      {"Una maiolica di Deruta ha una stima di 200-300 mila euro.", "200-300 mila euro", K::money, 250000,
       "EUR"},
      {"\u00d8rsted nedskriver 28,4 mia. kr. p\u00e5 sine amerikanske havvindprojekter.", "28,4 mia. kr",
       K::money, 28.4e9, "DKK"},
      {"Sideriet i Hardanger solgte i fjor, og en flaske koster 149 kroner p\u00e5 Vinmonopolet.",
       "149 kroner", K::money, 149, "NOK"},
      {"Die Wassertemperatur im Langener Waldsee lag bei 22,4 Grad.", "22,4 Grad", K::measure, 22.4,
       "\u00b0C"},
  });
  CHECK(described("Fleet snapshot (active hulls) Destroyers: 6 Frigates: 9") ==
        std::vector<std::string>{"6 = 6 destroyers (count)", "9 = 9 frigates (count)"});
  // A price's unit is no figure: "A barrel of WTI cost $78.26".
  CHECK(described("A barrel of West Texas Intermediate cost $78.26.") ==
        std::vector<std::string>{"$78.26 = 78.26 USD (money)"});
  CHECK(described("He was called up to the under-17 squad.") == std::vector<std::string>{});
}

TEST_CASE("news: circa before a figure, the baht, hundredweights, knots, Italian hours, older years",
          "[quantities][news]") {
  check_all({
      {"Metered households use c.125 litres per person per day.", "125 litres", K::measure, 125, "l"},
      {"Bangkok clinics charge \u0e3f85,000 for a facelift.", "\u0e3f85,000", K::money, 85000, "THB"},
      {"The tenor bell weighs 24cwt, the ringers say.", "24cwt", K::measure, 24, "cwt"},
      {"Wind 18kn on the hill, so no flying today.", "18kn", K::measure, 18, "kn"},
      {"Il teatro ha venduto tutti i biglietti in due ore per il concerto.", "due ore", K::duration, 2, "h"},
  });
  // A year before 1800 is a date after "in": no bare figure.
  CHECK(described("The bell was cast in 1711 and rehung.") == std::vector<std::string>{});
  // A decimal never starts right after a word it touches: "ID.3" stays a name.
  CHECK(described("The ID.3 sold well.") == std::vector<std::string>{});
}
