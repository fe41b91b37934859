// Quantity mentions in news text: kinds, values, units, comparators, spans and intervals
// (core/quantities/quantities.hpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "extracting.hpp"
#include "quantities/quantities.hpp"

using factcheck::Comparator;
using factcheck::Interval;
using factcheck::interval_for;
using factcheck::QuantityKind;
using factcheck::QuantityMention;
using factcheck::testing::extract;
using factcheck::testing::span;

namespace {

// The single mention whose span is `expected`; fails the test when there is none.
QuantityMention find(const std::string& text, const std::string& expected) {
  for (const auto& m : extract(text))
    if (span(text, m) == expected) return m;
  FAIL("no mention spanning \"" << expected << "\" in: " << text);
  return {};
}

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

TEST_CASE("money with hedges: the comparator is outside the span", "[quantities]") {
  const std::string text = "Microsoft has invested nearly $14\u00a0billion in OpenAI.";
  const auto ms = extract(text);
  REQUIRE(ms.size() == 1);
  CHECK(span(text, ms[0]) == "$14\u00a0billion");
  CHECK(ms[0].kind == QuantityKind::money);
  CHECK(ms[0].unit == "USD");
  CHECK(ms[0].value == Approx(14e9));
  CHECK(ms[0].step == Approx(1e9));
  CHECK(ms[0].comparator == Comparator::nearly);
  CHECK(ms[0].interval.low == Approx(0.9 * 14e9 - 0.5e9));
  CHECK(ms[0].interval.high == Approx(14.5e9));
}

TEST_CASE("funding rounds and precision", "[quantities]") {
  const std::string text =
      "Microsoft injected $750 million into OpenAI\u2019s latest $6.6 billion funding round.";
  const auto a = find(text, "$750 million");
  CHECK(a.value == Approx(750e6));
  CHECK(a.step == Approx(1e6));
  CHECK(a.comparator == Comparator::none);
  CHECK(a.interval.low == Approx(749.5e6));
  CHECK(a.interval.high == Approx(750.5e6));
  const auto b = find(text, "$6.6 billion");
  CHECK(b.step == Approx(0.1e9));
  CHECK(b.interval.contains(6.62e9));
  CHECK_FALSE(b.interval.contains(6.7e9));
}

TEST_CASE("currencies", "[quantities]") {
  struct Case {
    std::string text, span, iso;
    double value;
  };
  const std::vector<Case> cases = {
      {"Revenue rose to \u00a38.1m last quarter.", "\u00a38.1m", "GBP", 8.1e6},
      {"A \u20ac2bn deal.", "\u20ac2bn", "EUR", 2e9},
      {"a US$150 million loan", "US$150 million", "USD", 150e6},
      {"the simulator costs C$ 16.4 million", "C$ 16.4 million", "CAD", 16.4e6},
      {"toys fell to HK$10.05 billion.", "HK$10.05 billion", "HKD", 10.05e9},
      {"It cost fourteen billion dollars.", "fourteen billion dollars", "USD", 14e9},
      {"125 million Australian dollars of bonds", "125 million Australian dollars", "AUD", 125e6},
      {"fined 10,000 Swiss francs", "10,000 Swiss francs", "CHF", 10000},
      {"bought for 420 million Finnish markka.", "420 million Finnish markka", "FIM", 420e6},
      {"the shares rose 50 cents.", "50 cents", "USD", 0.5},
      {"a 12-cent-a-share dividend", "12-cent", "USD", 0.12},
      {"one-yen bid", "one-yen", "JPY", 1},
      {"shares closed at 470 pence", "470 pence", "GBP", 4.7},
      {"a \u00a5500 ticket", "\u00a5500", "JPY", 500},
      {"about 100 billion yuan", "100 billion yuan", "CNY", 100e9},
      {"a loan of 35 lakh rupees", "35 lakh rupees", "INR", 3.5e6},
      {"it only cost 3 dollars 50 cents.", "3 dollars 50 cents", "USD", 3.5},
      {"it cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", "USD",
       13.45},
      {"I would like to pay USD 200.", "USD 200", "USD", 200},
      {"2mil SEK can't buy much", "2mil SEK", "SEK", 2e6},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto m = find(c.text, c.span);
    CHECK(m.kind == QuantityKind::money);
    CHECK(m.unit == c.iso);
    CHECK(m.value == Approx(c.value));
  }
}

TEST_CASE("orders of magnitude", "[quantities]") {
  const std::string text =
      "It has spent tens of billions of dollars and reached hundreds of millions of users.";
  const auto a = find(text, "tens of billions of dollars");
  CHECK(a.kind == QuantityKind::money);
  CHECK(a.unit == "USD");
  CHECK(a.comparator == Comparator::order);
  CHECK(a.interval.low == Approx(1e10));
  CHECK(a.interval.high == Approx(1e11));
  CHECK(a.interval.high_open);
  CHECK(a.interval.contains(5e10));
  CHECK_FALSE(a.interval.contains(1e11));
  const auto b = find(text, "hundreds of millions of users");
  CHECK(b.kind == QuantityKind::count);
  CHECK(b.unit == "users");
  CHECK(b.interval.low == Approx(1e8));
  CHECK(b.interval.high == Approx(1e9));
}

TEST_CASE("ranges are one mention", "[quantities]") {
  SECTION("between ... and ...") {
    const std::string text = "a deal worth between $5 billion and $10 billion";
    const auto ms = extract(text);
    REQUIRE(ms.size() == 1);
    CHECK(span(text, ms[0]) == "$5 billion and $10 billion");
    CHECK(ms[0].comparator == Comparator::range);
    CHECK(ms[0].value == Approx(7.5e9));
    CHECK(ms[0].interval.low == Approx(4.5e9));
    CHECK(ms[0].interval.high == Approx(10.5e9));
  }
  SECTION("a hyphen or an en dash: the scale of the second part applies to the first") {
    for (const std::string text : {"raise $5-10 billion", "raise $5\u201310 billion"}) {
      const auto ms = extract(text);
      REQUIRE(ms.size() == 1);
      CHECK(span(text, ms[0]) == text.substr(6));
      CHECK(ms[0].kind == QuantityKind::money);
      CHECK(ms[0].interval.low == Approx(4.5e9));
      CHECK(ms[0].interval.high == Approx(10.5e9));
    }
  }
  SECTION("percent") {
    const std::string text = "prices rose 5 to 10 percent";
    const auto m = find(text, "5 to 10 percent");
    CHECK(m.kind == QuantityKind::percent);
    CHECK(m.comparator == Comparator::range);
    CHECK(m.value == Approx(7.5));
  }
  SECTION("a change is not a range") {
    const std::string text = "sales rose from $1 billion to $2 billion";
    CHECK(extract(text).size() == 2);
  }
}

TEST_CASE("percentages", "[quantities]") {
  const std::string text = "Margins hit 40 percent, or 94%, up 3 percentage points; minus five percent.";
  CHECK(find(text, "40 percent").unit == "%");
  CHECK(find(text, "94%").value == 94);
  const auto pp = find(text, "3 percentage points");
  CHECK(pp.kind == QuantityKind::percent);
  CHECK(pp.unit == "pp");
  CHECK(find(text, "minus five percent").value == -5);
  const std::string more = "more than 40% of staff";
  const auto m = find(more, "40%");
  CHECK(m.comparator == Comparator::more_than);
  CHECK(m.interval.low == 40);
  CHECK(m.interval.low_open);
  CHECK(m.interval.high == kInf);
}

TEST_CASE("counts, measures and durations", "[quantities]") {
  const std::string text =
      "Apple sold 230 million iPhones; the tower is 330 metres tall, draws 1.2 gigawatts and took four "
      "years. A 180ml bottle.";
  const auto c = find(text, "230 million iPhones");
  CHECK(c.kind == QuantityKind::count);
  CHECK(c.unit == "iphones");
  CHECK(c.value == Approx(230e6));
  const auto m = find(text, "330 metres");
  CHECK(m.kind == QuantityKind::measure);
  CHECK(m.unit == "m");
  CHECK(find(text, "1.2 gigawatts").unit == "GW");
  const auto d = find(text, "four years");
  CHECK(d.kind == QuantityKind::duration);
  CHECK(d.unit == "yr");
  CHECK(d.value == 4);
  CHECK(find(text, "180ml").unit == "ml");
  const std::string users = "ChatGPT has 300 million weekly users and Apple sold 230 million new iPhones.";
  CHECK(find(users, "300 million weekly users").unit == "users");
  CHECK(find(users, "230 million new iPhones").unit == "iphones");
}

TEST_CASE("spoken decimals take a scale word", "[quantities]") {
  const std::string text = "The round raised six point six billion dollars.";
  const auto m = find(text, "six point six billion dollars");
  CHECK(m.kind == QuantityKind::money);
  CHECK(m.value == Approx(6.6e9));
  CHECK(m.step == Approx(0.1e9));
}

TEST_CASE("bare numbers are kind number", "[quantities]") {
  const std::string text = "All 70 agreed, 32 is the quantity.";
  const auto a = find(text, "70");
  CHECK(a.kind == QuantityKind::number);
  CHECK(find(text, "32").kind == QuantityKind::number);
}

TEST_CASE("dates", "[quantities]") {
  const std::string text =
      "On January 2025, Jan. 23, 2025, 23 January 2025 and 2025-01-23 it grew; in 2023, through 2030, "
      "by 2030, since 2019, in FY2025 and fiscal 2025.";
  const auto month = find(text, "January 2025");
  CHECK(month.kind == QuantityKind::date);
  CHECK(month.unit == "month");
  CHECK(month.date == "2025-01");
  CHECK(month.value == 2025);
  CHECK(month.interval.low == Approx(2025));
  CHECK(month.interval.high == Approx(2025 + 1.0 / 12));
  CHECK(month.interval.high_open);
  const auto day = find(text, "Jan. 23, 2025");
  CHECK(day.unit == "day");
  CHECK(day.date == "2025-01-23");
  CHECK(day.interval.low == Approx(2025 + 22.0 / 365));
  CHECK(find(text, "23 January 2025").date == "2025-01-23");
  CHECK(find(text, "2025-01-23").date == "2025-01-23");
  const auto all = extract(text);
  std::vector<std::pair<std::string, Comparator>> years;
  for (const auto& m : all)
    if (m.unit == "year") years.emplace_back(span(text, m), m.comparator);
  const std::vector<std::pair<std::string, Comparator>> expected = {{"2023", Comparator::none},
                                                                    {"2030", Comparator::until},
                                                                    {"2030", Comparator::until},
                                                                    {"2019", Comparator::since}};
  CHECK(years == expected);
  const auto fy = find(text, "FY2025");
  CHECK(fy.unit == "fiscal_year");
  CHECK(fy.date == "FY2025");
  CHECK(find(text, "fiscal 2025").date == "FY2025");
  // A full stop after a month written in full ends the sentence; after an abbreviation it is the
  // abbreviation's.
  for (const char* said : {"It closes on 31 May.", "It closes on 30 June.", "It closes on 31 July."}) {
    INFO(said);
    const auto all_said = extract(said);
    REQUIRE(all_said.size() == 1);
    CHECK(span(said, all_said[0]).back() != '.');
  }
  CHECK(span("It closes on 14 Aug. 2025", extract("It closes on 14 Aug. 2025").at(0)) == "14 Aug. 2025");
  // Parts of a year, written as business and translated copy write them.
  const std::pair<const char*, const char*> parts[] = {
      {"Closing is expected in Q3 2025.", "2025-Q3"},
      {"in 1Q26", "2026-Q1"},
      {"the 4Q2024 report", "2024-Q4"},
      {"in H2 2025", "2025-H2"},
      {"in the third quarter of 2025", "2025-Q3"},
      {"fourth-quarter 2024 sales", "2024-Q4"},
      {"in the second half of 2026", "2026-H2"},
      {"opens in spring 2029", "2029-spring"},
      {"scheduled to open in the fall of 2028", "2028-autumn"},
      {"im Frühjahr 2026", "2026-spring"},
      {"d'ici l'automne 2026", "2026-autumn"},
      {"primavera de 2026", "2026-spring"}};
  for (const auto& [said, date] : parts) {
    INFO(said);
    const auto found = extract(said);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuantityKind::date);
    CHECK(found[0].date == date);
  }
  // Not a part of a year without its year, nor a plain ordinal.
  CHECK(extract("Q3 revenue rose").empty());
  CHECK(extract("the third quarter was strong").empty());
  const auto y = find("until 2030", "2030");
  CHECK(y.interval.low == 2030);
  CHECK(y.interval.high == 2031);
  CHECK(y.interval.high_open);
}

TEST_CASE("relative dates", "[quantities]") {
  const std::string text = "It committed $80 billion to capital spending this fiscal year, up on last year.";
  const auto a = find(text, "this fiscal year");
  CHECK(a.kind == QuantityKind::date);
  CHECK(a.unit == "relative");
  CHECK(a.date == "this fiscal year");
  CHECK(find(text, "last year").date == "last year");
  CHECK(find(text, "$80 billion").value == Approx(80e9));
}

TEST_CASE("what is not a year", "[quantities]") {
  CHECK(find("2000 over 3", "2000 over 3").kind == QuantityKind::number);
  CHECK(find("I earned $2000 in 3 years", "$2000").kind == QuantityKind::money);
  CHECK(find("There were 2000 people.", "2000 people").kind == QuantityKind::count);
  CHECK(find("2013, a good year", "2013").kind == QuantityKind::date);  // alone in its clause
}

TEST_CASE("mentions are sorted and never overlap", "[quantities]") {
  const std::string text =
      "Between $5 billion and $10 billion, or \u00a38.1m \u2014 about 40% \u2014 in 2023; 1,234 tests, "
      "two thirds and 3/4 of 192.168.1.2 since January 2025.";
  const auto ms = extract(text);
  REQUIRE(ms.size() > 5);
  for (std::size_t k = 1; k < ms.size(); ++k) CHECK(ms[k - 1].end <= ms[k].start);
}

TEST_CASE("hostile input neither crashes nor hangs", "[quantities]") {
  const std::string digits(100000, '7');
  CHECK(extract(digits).empty());  // not finite: skipped
  CHECK(extract("1e999 and 1.1^99999").empty());
  std::string bytes;
  for (int k = 0; k < 5000; ++k) bytes += static_cast<char>((k * 37) % 256);
  CHECK_NOTHROW(extract(bytes));
  std::string words;
  for (int k = 0; k < 20000; ++k) words += "one hundred and ";
  CHECK_NOTHROW(extract(words));
  std::string groups = "1";
  for (int k = 0; k < 20000; ++k) groups += " 000";
  CHECK_NOTHROW(extract(groups));
}

TEST_CASE("a plain figure is never looser than a tenth of itself", "[quantities]") {
  const auto one = interval_for(1e9, 1e9, Comparator::none);  // "$1 billion": h would be half a billion
  CHECK(one.low == Approx(0.9e9));
  CHECK(one.high == Approx(1.1e9));
  CHECK_FALSE(one.contains(0.75e9));
  const auto seven = interval_for(7e9, 1e9, Comparator::none);  // h = 0.5e9 is within a tenth
  CHECK(seven.contains(6.6e9));
}

TEST_CASE("a year by its place: after a possessive, or 'as' at a clause's end", "[quantities]") {
  const std::string text =
      "Microsoft put $750 million into OpenAI’s 2022 funding round and gave the year as 2024.";
  CHECK(find(text, "2022").kind == QuantityKind::date);
  CHECK(find(text, "2024").date == "2024");
}

TEST_CASE("interval_for follows the tolerance table", "[quantities]") {
  const double v = 100, step = 10;  // h = 5
  auto iv = interval_for(v, step, Comparator::none);
  CHECK(iv.low == 95);
  CHECK(iv.high == 105);
  iv = interval_for(v, step, Comparator::exactly);
  CHECK(iv.low == 100);
  CHECK(iv.high == 100);
  iv = interval_for(v, step, Comparator::approx);
  CHECK(iv.low == Approx(85));
  CHECK(iv.high == Approx(115));
  iv = interval_for(v, step, Comparator::nearly);
  CHECK(iv.low == Approx(85));
  CHECK(iv.high == Approx(105));
  iv = interval_for(v, step, Comparator::just_over);
  CHECK(iv.low == Approx(95));
  CHECK(iv.high == Approx(115));
  iv = interval_for(v, step, Comparator::more_than);
  CHECK(iv.low == 100);
  CHECK(iv.low_open);
  CHECK(iv.high == kInf);
  iv = interval_for(v, step, Comparator::at_least);
  CHECK(iv.low == 100);
  CHECK_FALSE(iv.low_open);
  iv = interval_for(v, step, Comparator::less_than);
  CHECK(iv.high == 100);
  CHECK(iv.high_open);
  CHECK(iv.low == -kInf);
  iv = interval_for(v, step, Comparator::at_most);
  CHECK(iv.high == 100);
  CHECK_FALSE(iv.high_open);
  iv = interval_for(1e10, 1e10, Comparator::order);
  CHECK(iv.low == 1e10);
  CHECK(iv.high == 1e11);
  CHECK(iv.high_open);
  iv = interval_for(5, 1, Comparator::range, 10);
  CHECK(iv.low == 4.5);
  CHECK(iv.high == 10.5);
  iv = interval_for(2030, 1, Comparator::until);
  CHECK(iv.low == 2029.5);
}

TEST_CASE("Interval contains and overlaps respect open ends", "[quantities]") {
  const Interval a{1, 2, false, true};   // [1, 2)
  const Interval b{2, 3, false, false};  // [2, 3]
  const Interval c{0, 1, false, false};  // [0, 1]
  CHECK(a.contains(1));
  CHECK_FALSE(a.contains(2));
  CHECK_FALSE(a.contains(std::nan("")));
  CHECK_FALSE(a.overlaps(b));
  CHECK(a.overlaps(c));
  CHECK(c.overlaps(a));
  CHECK(Interval{}.overlaps(a));
  const Interval open_low{1, 5, true, false};  // (1, 5]
  CHECK_FALSE(open_low.overlaps(c));
}

TEST_CASE("names for the JSON contract", "[quantities]") {
  CHECK(std::string(factcheck::to_string(QuantityKind::money)) == "money");
  CHECK(std::string(factcheck::to_string(QuantityKind::date)) == "date");
  CHECK(std::string(factcheck::to_string(Comparator::just_over)) == "just_over");
  CHECK(std::string(factcheck::to_string(Comparator::order)) == "order");
}

TEST_CASE("a count is of the noun that ends its phrase, and a spelled-out 'one' is an article",
          "[quantities]") {
  const std::string ferries = "Quillfen Ferries ordered three electric ferries for €48 million.";
  const QuantityMention f = find(ferries, "three electric ferries");
  CHECK(f.kind == QuantityKind::count);
  CHECK(f.unit == "ferries");
  CHECK(find("It runs 10 data centres in Norway.", "10 data centres").unit == "centres");
  CHECK(find("The company hired 40 engineers last year.", "40 engineers").unit == "engineers");
  // "One rival report said": no count of rivals.
  for (const auto& m : extract("One rival report said the deal was off."))
    CHECK(m.kind != QuantityKind::count);
  CHECK(find("The firm has 1 employee left.", "1 employee").kind == QuantityKind::count);
}

TEST_CASE("a month with a year cut to two digits after an apostrophe", "[quantities][dates]") {
  const std::string text = "the Oct ’24 round, a first cheque in July '19, and rock 'n' roll in Nov '05";
  CHECK(find(text, "Oct ’24").date == "2024-10");
  CHECK(find(text, "July '19").date == "2019-07");
  CHECK(find(text, "Nov '05").date == "2005-11");
}

TEST_CASE("spoken figures written as one hyphenated compound", "[quantities][words]") {
  const std::string text =
      "a one-billion-dollar cheque, a seven-hundred-fifty-million one, fifty - two and 2-1";
  const QuantityMention cheque = find(text, "one-billion-dollar");
  CHECK(cheque.kind == QuantityKind::money);
  CHECK(cheque.value == Approx(1e9));
  CHECK(find(text, "seven-hundred-fifty-million").value == Approx(7.5e8));
  CHECK(find(text, "fifty - two").value == Approx(52));
}

TEST_CASE("round x15-4's kinds: rand, millions of square feet, a change by, a hyphenated scale",
          "[quantities]") {
  const std::string rand = "The defence budget was cut by R1.2 billion; R500 million more; take the R2 road.";
  CHECK(find(rand, "R1.2 billion").unit == "ZAR");
  CHECK(find(rand, "R500 million").value == Approx(5e8));
  for (const QuantityMention& q : extract(rand)) CHECK(span(rand, q) != "R2");
  const QuantityMention area = find("The tower has 1.1m square feet of offices.", "1.1m square feet");
  CHECK(area.value == Approx(1.1e6));
  CHECK(area.unit == "ft²");
  // "fell by 13,000 to 229,000" is a change and a level, not a range.
  const std::string claims = "Jobless claims fell by 13,000 to 229,000 in the week.";
  CHECK(find(claims, "13,000").value == Approx(13000));
  CHECK(find(claims, "229,000").value == Approx(229000));
  CHECK(find("The city pays C$537 million of the C$1.22-billion cost.", "C$1.22-billion").value ==
        Approx(1.22e9));
}

TEST_CASE("a span of days in one month is one date", "[quantities]") {
  const std::string text = "The talks ran Nov 17–19, 2023, and the fair runs Feb 3-5, 2026 in Lyon.";
  const auto talks = find(text, "Nov 17–19, 2023");
  CHECK(talks.kind == QuantityKind::date);
  CHECK(talks.date == "2023-11-17");
  CHECK(talks.interval.low == Approx(2023 + 320.0 / 365));
  CHECK(talks.interval.high == Approx(2023 + 323.0 / 365));
  CHECK(find(text, "Feb 3-5, 2026").kind == QuantityKind::date);
}

TEST_CASE("dates and hedges of translated copy", "[quantities][translated]") {
  const std::string text =
      "Im Juli 2019, am 21. Januar 2025 und am 17.11.2023; en octobre 2024, le 22 janvier 2025; en julio de "
      "2019, el 21 de enero de 2025; a ottobre 2024. Knapp 14 Mrd. Dollar, près de 14 milliards, casi 14.000 "
      "millones, seit 2019, jusqu’en 2030. The Mars 2030 mission and the mars of May.";
  CHECK(find(text, "Juli 2019").date == "2019-07");
  CHECK(find(text, "21. Januar 2025").date == "2025-01-21");
  CHECK(find(text, "17.11.2023").date == "2023-11-17");
  CHECK(find(text, "octobre 2024").date == "2024-10");
  CHECK(find(text, "22 janvier 2025").date == "2025-01-22");
  CHECK(find(text, "julio de 2019").date == "2019-07");
  CHECK(find(text, "21 de enero de 2025").date == "2025-01-21");
  CHECK(find(text, "ottobre 2024").date == "2024-10");
  CHECK(find(text, "14 Mrd. Dollar").comparator == Comparator::nearly);
  CHECK(find(text, "14 milliards").comparator == Comparator::nearly);
  CHECK(find(text, "14.000 millones").comparator == Comparator::nearly);
  CHECK(find(text, "2019").comparator == Comparator::since);
  CHECK(find(text, "2030").comparator == Comparator::until);
  for (const auto& m : extract(text)) CHECK(span(text, m).find("Mars") == std::string::npos);
}

TEST_CASE("a day with no year is a date of its own form", "[quantities]") {
  const std::string text = "It launched on January 22 and met on 17 November.";
  CHECK(find(text, "January 22").date == "--01-22");
  CHECK(find(text, "17 November").date == "--11-17");
  // A year placed on it for comparing.
  const auto placed = in_year(find(text, "January 22"), 2025);
  REQUIRE(placed);
  CHECK(placed->date == "2025-01-22");
  CHECK(placed->interval.low == Approx(2025 + 21.0 / 365));
  CHECK_FALSE(in_year(find(text, "17 November"), 2025)->date.empty());
}

TEST_CASE("dates glued by hyphens, as analysts write them", "[quantities]") {
  const std::string text =
      "The October-24 top-up, the Oct-24 round and the call of 21-Jan-25; a 10-K, Q3-24.";
  CHECK(find(text, "October-24").date == "2024-10");
  CHECK(find(text, "Oct-24").date == "2024-10");
  CHECK(find(text, "21-Jan-25").date == "2025-01-21");
}

TEST_CASE("'over' that belongs to the verb before it is no comparator", "[quantities]") {
  // "turned over £1.32bn" is a turnover of £1.32bn; "handed over" a payment; "sales were over £5m" a bound.
  const std::string text =
      "The miller turned over \u00a31.32bn. Halden handed over $5 million. Sales were over \u00a35m.";
  const auto found = extract(text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].comparator == Comparator::none);
  CHECK(span(text, found[0]) == "\u00a31.32bn");
  CHECK(found[1].comparator == Comparator::none);
  CHECK(found[2].comparator == Comparator::more_than);
}

TEST_CASE("'up to' after a verb of revision is where the figure moved, not a ceiling", "[quantities]") {
  // "revised up to 3.4%" gives the new figure; "rents may rise up to 3.4%" and "up to 40 jobs" a bound.
  const std::string text =
      "Food inflation was revised up to 3.4%. Rents may rise up to 3.4%. It adds up to 40 jobs.";
  const auto found = extract(text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].comparator == Comparator::none);
  CHECK(found[1].comparator == Comparator::at_most);
  CHECK(found[2].comparator == Comparator::at_most);
}

TEST_CASE("Danish 'mdr.' and Turkish 'milyar' are billions, 'dolar' a dollar", "[quantities]") {
  const std::string text = "Selskabet har investeret 14 mdr. dollar. \u015eirket 6,6 milyar dolar topladı.";
  const auto found = extract(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].kind == QuantityKind::money);
  CHECK(found[0].value == Approx(14e9));
  CHECK(found[0].unit == "USD");
  CHECK(found[1].kind == QuantityKind::money);
  CHECK(found[1].value == Approx(6.6e9));
  CHECK(found[1].unit == "USD");
}

TEST_CASE("a day and 'May' before a word no verb follows 'may' with is a date", "[quantities][dates]") {
  CHECK(find("The museum reopened on 8 May after a revamp.", "8 May").date == "--05-08");
  CHECK(find("Works run from 5 May for 14 weeks.", "5 May").date == "--05-05");
  // "14 May be" is still a number and a verb.
  for (const auto& m : extract("Results for week 14 May be late."))
    CHECK(m.kind != factcheck::QuantityKind::date);
}

TEST_CASE("the currencies of Romanian, Hungarian, Ukrainian and Jamaican copy", "[quantities]") {
  const auto lei = find("Cifra de afaceri: 3,41 mld. lei în 2024.", "3,41 mld. lei");
  CHECK(lei.kind == QuantityKind::money);
  CHECK(lei.unit == "RON");
  CHECK(lei.value == Approx(3.41e9));
  // "Ft" with a capital is the forint; "ft" stays a foot.
  const auto forint = find("Az Operaház felújítása 14,8 mrd Ft-ba került.", "14,8 mrd Ft");
  CHECK(forint.kind == QuantityKind::money);
  CHECK(forint.unit == "HUF");
  CHECK(find("The wall is 6 ft high.", "6 ft").unit == "ft");
  CHECK(find("It cost 300 million hryvnias.", "300 million hryvnias").unit == "UAH");
  CHECK(find("The purse was J$6.5 million.", "J$6.5 million").unit == "JMD");
  CHECK(find("Grants of up to TT$75,000 each.", "TT$75,000").unit == "TTD");
  // Ugandan shillings, Bulgarian leva, a Slovak "mil. eur", Croatian millions of litres, a Lithuanian
  // "proc.".
  CHECK(find("Outgrowers were paid Shs212b.", "Shs212b").value == 212e9);
  CHECK(find("Outgrowers were paid Shs212b.", "Shs212b").unit == "UGX");
  CHECK(find("An average of 0,38 leva a stem.", "0,38 leva").unit == "BGN");
  CHECK(find("Cost: BGN 9,8 mln. in all.", "BGN 9,8 mln.").value == 9.8e6);
  CHECK(find("s tr\u017ebami 61,2 mil. eur za rok", "61,2 mil. eur").unit == "EUR");
  CHECK(find("Proizvodnja od 3,41 milijuna litara vina.", "3,41 milijuna litara").value == 3.41e6);
  CHECK(find("Pajamos augo 6,5 proc. per metus.", "6,5 proc.").unit == "%");
  CHECK(find("White wine was 68 posto of the total.", "68 posto").unit == "%");
  CHECK(find("Revenue climbed to 18,7 mil. eura in 2023.", "18,7 mil. eura").unit == "EUR");
  CHECK(find("\u041f\u0440\u0438\u0445\u043e\u0434\u0438 1,2 \u043c\u043b\u0440\u0434. \u043b\u0432 "
             "\u0437\u0430 "
             "\u0433\u043e\u0434\u0438\u043d\u0430\u0442\u0430.",
             "1,2 \u043c\u043b\u0440\u0434. \u043b\u0432")
            .unit == "BGN");
  CHECK(find("\u041f\u0440\u043e\u0434\u0430\u0434\u0435 412 \u043c\u043b\u043d. "
             "\u0441\u0442\u0440\u044a\u043a\u0430.",
             "412 \u043c\u043b\u043d. \u0441\u0442\u0440\u044a\u043a\u0430")
            .value == 412e6);
}

TEST_CASE("a hedged share admits points, not tenths", "[quantities]") {
  using factcheck::share_interval_for;
  // "about 87%" is not the sources' 78%, though 78 is within a tenth of 87.
  const Interval about = share_interval_for(87, 1, Comparator::approx);
  CHECK_FALSE(about.contains(78));
  CHECK(about.contains(84));
  CHECK(about.contains(90));
  // Small shares keep their tenth: "about 10%" is 8.5 to 11.5.
  const Interval small = share_interval_for(10, 1, Comparator::approx);
  CHECK(small.low == Approx(8.5));
  CHECK(small.high == Approx(11.5));
  // One-sided hedges stay one-sided; a plain share is as interval_for() makes it.
  CHECK_FALSE(share_interval_for(90, 1, Comparator::nearly).contains(91));
  CHECK(share_interval_for(90, 1, Comparator::nearly).contains(87));
  CHECK(share_interval_for(40, 1, Comparator::none).low == interval_for(40, 1, Comparator::none).low);
  CHECK(extract("About 87% of the exports went to EU countries.").front().interval.low > 78);
}

TEST_CASE("a list row's plural label counts its figure; the next row's name counts nothing", "[quantities]") {
  const std::string table =
      "Casualties by road user, 2023\nCar occupants   684\nMotorcyclists   310\nPedal cyclists  87";
  CHECK(find(table, "684").unit == "occupants");
  CHECK(find(table, "87").unit == "cyclists");
  // A pipe table's row too, each cell of it.
  const std::string stats = "Match stats | Alcaraz | Zverev\nAces | 11 | 19\nDouble faults | 5 | 8";
  CHECK(find(stats, "19").unit == "aces");
  CHECK(find(stats, "5").unit == "faults");
  CHECK(find(stats, "8").unit == "faults");
  // A line that goes on after the figure, or a label in the singular, is no such row.
  CHECK(find("Storm damage  1,212\nFab output rose", "1,212").kind != QuantityKind::count);
}

TEST_CASE("a number word glued to a hyphen after a sum is no cents; a blood group is no sign",
          "[quantities][s16-17]") {
  // "£45 two-person delivery" read as £45.02.
  CHECK(find("Delivery: \u00a345 two-person delivery, free over \u00a3750.", "\u00a345").value == 45);
  CHECK(find("It cost thirteen dollars forty five.", "thirteen dollars forty five").value == Approx(13.45));
  // "O negative 2.4" read as minus 2.4 days of supply; "posted a negative 2.4% return" is one.
  CHECK(find("Stock levels (days): O negative 2.4; O positive 3.1.", "2.4").value == Approx(2.4));
  CHECK(find("Stock levels (days): A negative 4.8; B positive 7.2.", "4.8").value == Approx(4.8));
  CHECK(find("The fund posted a negative 2.4% return.", "negative 2.4%").value == Approx(-2.4));
}

TEST_CASE("the lek, the lari, the tugrik, the pula and the kwacha's ngwee; 'mlrd' is milliards",
          "[quantities][s16-18]") {
  const QuantityMention olives = find("Sales reached 2,86 mlrd lek\u00eb in 2024.", "2,86 mlrd lek\u00eb");
  CHECK(olives.value == Approx(2.86e9));
  CHECK(olives.unit == "ALL");
  CHECK(find("The bank lent 38,5 mln lari.", "38,5 mln lari").unit == "GEL");
  CHECK(find("Each coin sells for \u20ae2 950 000.", "\u20ae2 950 000").unit == "MNT");
  CHECK(find("Each coin sells for 385 000 tugrik.", "385 000 tugrik").unit == "MNT");
  CHECK(find("Thebe Dairies paid 12 thebe a litre.", "12 thebe").unit == "BWP");
  const QuantityMention dividend = find("A final dividend of 42 ngwee per share.", "42 ngwee");
  CHECK(dividend.unit == "ZMW");
  CHECK(dividend.value == Approx(0.42));
  CHECK(find("Turnover was 2,1 mlrd. EUR last year.", "2,1 mlrd. EUR").value == Approx(2.1e9));
}

TEST_CASE("'raised from the planned X to Y' is a change, not a range", "[quantities][s16-18]") {
  const std::string text =
      "Salary cap: Raised from the planned \u20b81.1 billion to \u20b81.25 billion per team.";
  std::vector<std::string> spans;
  for (const QuantityMention& m : extract(text)) spans.push_back(span(text, m));
  CHECK(spans == std::vector<std::string>{"\u20b81.1 billion", "\u20b81.25 billion"});
  // With no verb of change, "from X to Y" is a range still.
  const std::string prices = "Tickets cost from $5 to $7.";
  const std::vector<QuantityMention> range = extract(prices);
  REQUIRE(range.size() == 1);
  CHECK(span(prices, range[0]) == "$5 to $7");
}

TEST_CASE("a weekday between 'to' and a date leaves the date a bound", "[quantities][dates][s16-18]") {
  const std::string text = "The opening has been postponed from 2 June to Monday 1 September 2025.";
  bool found = false;
  for (const QuantityMention& m : extract(text))
    if (span(text, m) == "1 September 2025") {
      found = true;
      CHECK(m.comparator == factcheck::Comparator::until);
    }
  CHECK(found);
}

TEST_CASE("'stone' before a noun is the material, not the weight", "[quantities][s16-18]") {
  const std::string arches = "The aqueduct stands on 11 stone arches.";
  const std::vector<QuantityMention> a = extract(arches);
  REQUIRE(a.size() == 1);
  CHECK(a[0].kind == QuantityKind::count);
  CHECK(a[0].unit == "arches");
  const std::string weight = "He weighs 14 stone and lost 2 stone in a year.";
  for (const QuantityMention& m : extract(weight)) CHECK(m.unit == "st");
}

TEST_CASE("'enlarge the footprint from X to Y' is a change, not a range", "[quantities][s16-18]") {
  const std::string text = "The proposal would enlarge the quarry footprint from 38 hectares to 62 hectares.";
  std::vector<std::string> spans;
  for (const QuantityMention& m : extract(text)) spans.push_back(span(text, m));
  CHECK(spans == std::vector<std::string>{"38 hectares", "62 hectares"});
  // A scale from one to ten is still a range.
  const std::string scale = "Rated on a scale from 1 to 10.";
  const std::vector<QuantityMention> range = extract(scale);
  REQUIRE(range.size() == 1);
  CHECK(span(scale, range[0]) == "1 to 10");
}

TEST_CASE("the dram, the manat, the denar, the Rwandan franc and the Guyanese and Brunei dollars",
          "[quantities][s16-19]") {
  const QuantityMention revenue = find("Revenue was 4,82 mlrd dram in 2023.", "4,82 mlrd dram");
  CHECK(revenue.value == Approx(4.82e9));
  CHECK(revenue.unit == "AMD");
  CHECK(find("The average check was 7\u00a0900 \u058f.", "7\u00a0900 \u058f").unit == "AMD");
  CHECK(find("Revenue rose to AMD 4.82 billion.", "AMD 4.82 billion").unit == "AMD");
  CHECK(find("The ticket was AMD 7,900.", "AMD 7,900").unit == "AMD");
  CHECK(find("Net profit rose to 6,1 mln \u20bc.", "6,1 mln \u20bc").unit == "AZN");
  CHECK(find("Revenue amounted to 58,4 mln manat.", "58,4 mln manat").unit == "AZN");
  CHECK(find("Net profit was 412 million \u0434\u0435\u043d.", "412 million \u0434\u0435\u043d").unit ==
        "MKD");
  CHECK(find("Revenue reached 7,3 billion denars.", "7,3 billion denars").unit == "MKD");
  CHECK(find("The plant cost Frw 4.8 billion.", "Frw 4.8 billion").unit == "RWF");
  CHECK(find("A loan of 95 mlrd so\u2018m was allocated.", "95 mlrd so\u2018m").unit == "UZS");
  CHECK(find("Tickets cost 40 000 so\u02bbm.", "40 000 so\u02bbm").unit == "UZS");
  CHECK(find("The contract is worth G$42 million.", "G$42 million").unit == "GYD");
  CHECK(find("The outlet cost B$650,000.", "B$650,000").unit == "BND");
  // The dinar: Serbia's in words and by its code (the checker reads it in the sources' own dinar), and the
  // Arab states' by their codes.
  CHECK(find("Potisje earned 4,82 mlrd. dinara in 2023.", "4,82 mlrd. dinara").unit == "RSD");
  CHECK(find("Net profit was RSD 612 million.", "RSD 612 million").unit == "RSD");
  CHECK(find("The bank earned JOD 41.5 million.", "JOD 41.5 million").unit == "JOD");
  // A bare "K" or "P" before a scaled or decimal amount: the kwacha, the kina or the pula, by the text.
  CHECK(find("Revenue rose to K84.2 million.", "K84.2 million").unit == "ZMW");
  CHECK(find("The Papua New Guinea printer paid K18 million.", "K18 million").unit == "PGK");
  CHECK(find("In Gaborone, revenue was P1.2 billion.", "P1.2 billion").unit == "BWP");
  for (const QuantityMention& m : extract("The K9 unit climbed K2 with form P45."))
    CHECK(m.kind != QuantityKind::money);
  // A chip's model number and a plain "all" are no money.
  const std::string chip = "The AMD 7900 XTX sold out, and all 12 agreed.";
  for (const QuantityMention& m : extract(chip)) CHECK(m.kind != QuantityKind::money);
}

TEST_CASE("a configuration file's key names its figure's unit", "[quantities][s16-19]") {
  const std::string yaml =
      "fy2024:\n  revenue_gbp_m: 212.6\n  revenue_growth_pct: 8.7\n  steel_rope_output_t: 38400\n"
      "  fibre_rope_output_t: 9600\n  final_pence: 7.4\n  employees: 1060\n  plants: [Kelbridge]\n"
      "  duration_years: 3\n  opening_year: 2025\n";
  const QuantityMention revenue = find(yaml, "212.6");
  CHECK(revenue.kind == QuantityKind::money);
  CHECK(revenue.unit == "GBP");
  CHECK(revenue.value == Approx(212.6e6));
  CHECK(find(yaml, "8.7").kind == QuantityKind::percent);
  // The next line's key is no noun of the figure before it.
  const QuantityMention steel = find(yaml, "38400");
  CHECK(steel.kind == QuantityKind::measure);
  CHECK(steel.unit == "t");
  CHECK(find(yaml, "7.4").value == Approx(0.074));
  CHECK(find(yaml, "1060").unit == "employees");
  CHECK(find(yaml, "3").kind == QuantityKind::duration);
  const QuantityMention opening = find(yaml, "2025");
  CHECK(opening.kind == QuantityKind::date);
  CHECK(opening.date == "2025");
  CHECK(find("{\"capacity_tonnes_per_year\": 120000}", "120000").unit == "t");
  // A key of one word is a table's row, read as before; a colon in prose changes nothing.
  CHECK(find("Destroyers: 6", "6").unit == "destroyers");
  CHECK(find("The verdict: 12 jurors agreed.", "12 jurors").kind == QuantityKind::count);
}

TEST_CASE("'raises the plant's capacity from X to Y tonnes' is a change of two measures",
          "[quantities][s16-18]") {
  const std::string text =
      "A fourth line raises the plant\u2019s annual capacity from 120,000 to 135,000 tonnes.";
  const std::vector<QuantityMention> found = extract(text);
  REQUIRE(found.size() == 2);
  CHECK(span(text, found[0]) == "120,000");
  CHECK(found[0].kind == QuantityKind::measure);
  CHECK(found[0].unit == "t");
  CHECK(found[1].value == Approx(135000));
  // People are counted as before: "grew from 340 to 415 people".
  CHECK(find("The staff grew from 340 to 415 people.", "340").unit == "people");
}

TEST_CASE(
    "the rouble of Belarus, the som, the somoni, the leone, the Malawian kwacha, the Bosnian mark, the "
    "Seychelles rupee and the Belize and Bahamian dollars; a chat's 'like 300'",
    "[quantities][s16-20]") {
  CHECK(find("Revenue was BYN 6,84 mln in 2023.", "BYN 6,84 mln").unit == "BYN");
  CHECK(find("Box office climbed to 412,6 mln som.", "412,6 mln som").unit == "KGS");
  CHECK(find("Investment reached 18,4 \u043c\u043b\u043d \u0441\u043e\u043c\u043e\u043d\u0438.",
             "18,4 \u043c\u043b\u043d \u0441\u043e\u043c\u043e\u043d\u0438")
            .unit == "TJS");
  CHECK(find("A court costs 240 somoni an hour.", "240 somoni").unit == "TJS");
  CHECK(find("In Freetown the base fare is Le 12.", "Le 12").unit == "SLE");
  CHECK(find("The Lilongwe crematorium cost MK1.2 billion.", "MK1.2 billion").unit == "MWK");
  CHECK(find("The Sarajevo bakery earned 48,6 miliona KM.", "48,6 miliona KM").value == Approx(48.6e6));
  CHECK(find("The Sarajevo bakery earned 48,6 miliona KM.", "48,6 miliona KM").unit == "BAM");
  CHECK(find("The Sarajevo bakery earned KM 3.9 million.", "KM 3.9 million").unit == "BAM");
  CHECK(find("A pitch costs SCR 450 a night.", "SCR 450").unit == "SCR");
  CHECK(find("The BZ$14.6 million facility opened.", "BZ$14.6 million").unit == "BZD");
  CHECK(find("In Nassau the B$7.8 million centre opened.", "B$7.8 million").unit == "BSD");
  CHECK(find("Sales were 38,7 mln lei.", "38,7 mln lei").unit == "RON");  // the checker reads it locally
  // Without the country: "Le 12 mars" is a French date's article, "MK2" a model, "12 KM" a distance.
  for (const QuantityMention& m : extract("Le 12 mars, the MK2 ran 12 KM."))
    CHECK(m.kind != QuantityKind::money);
  // "4.9 stars from like 300 reviews": roughly 300; "I'd like 300 more" is no hedge.
  CHECK(find("4.9 stars from like 300 reviews", "300 reviews").comparator == Comparator::approx);
  CHECK(find("We would like 300 reviews.", "300 reviews").comparator == Comparator::none);
}

TEST_CASE("a sum written as one is the local currency without the country named", "[quantities][s16-20]") {
  CHECK(find("Revenue was 48,6 miliona KM.", "48,6 miliona KM").unit == "BAM");
  CHECK(find("The fare is Le 4.50 a kilometre.", "Le 4.50").unit == "SLE");
  CHECK(find("The plant cost MK1.2 billion.", "MK1.2 billion").unit == "MWK");
  // So is a plain "Le 12" where the text writes "Le 4.50" elsewhere.
  CHECK(find("Base fare Le 12; Le 4.50 per kilometre.", "Le 12").unit == "SLE");
  // "revised the distance charge for licensed taxis from Le 4.50 to Le 5.00": a change, not a range.
  CHECK(extract("The authority has revised the distance charge for licensed taxis from Le 4.50 to Le 5.00.")
            .size() == 2);
  // So is "stretch ... from 24 to 48 hours", the verb eight words back.
  CHECK(extract("Radars will stretch cyclone warning lead times from 24 to 48 hours.").size() == 2);
  CHECK(
      extract("They would extend the lead time for tropical cyclone warnings from 24 to 36 hours.").size() ==
      2);
  // Not a French date's article, a model's mark or a distance in capitals.
  for (const QuantityMention& m : extract("Le 12 mars, the MK2 ran 12 KM."))
    CHECK(m.kind != QuantityKind::money);
}

TEST_CASE("the riel, kip, rufiyaa, ngultrum, gourde, guaraní, dalasi, boliviano, lempira and córdoba",
          "[quantities]") {
  CHECK(find("Sales reached 7,9 billion riel.", "7,9 billion riel").unit == "KHR");
  CHECK(find("It paid KHR 4.2 million.", "KHR 4.2 million").unit == "KHR");
  CHECK(find("The park earned 3,5 mil millones de kip.", "3,5 mil millones de kip").unit == "LAK");
  CHECK(find("The resort earned MVR 48.2 million.", "MVR 48.2 million").unit == "MVR");
  CHECK(find("The jetty cost 12 million rufiyaa.", "12 million rufiyaa").unit == "MVR");
  CHECK(find("Revenue was Nu. 245 million.", "Nu. 245 million").unit == "BTN");
  CHECK(find("The mill paid 450 millions de gourdes.", "450 millions de gourdes").unit == "HTG");
  CHECK(find("Ventas de \u20b2 1.250 millones.", "\u20b2 1.250 millones").unit == "PYG");
  CHECK(find("It cost 3.400 millones de guaran\u00edes.", "3.400 millones de guaran\u00edes").unit == "PYG");
  CHECK(find("Revenue was 45 million dalasis.", "45 million dalasis").unit == "GMD");
  CHECK(find("It earned Bs 12,5 millones.", "Bs 12,5 millones").unit == "BOB");
  CHECK(find("It cost 85 million c\u00f3rdobas.", "85 million c\u00f3rdobas").unit == "NIO");
  // Letters read by the country the text names: "D12.5 million" in Banjul, "L45 million" in Honduras,
  // "C$" in Managua; elsewhere "C$" is Canada's and a bare "D12.5 million" or "L45 million" no money.
  CHECK(find("In Banjul the ferry cost D12.5 million.", "D12.5 million").unit == "GMD");
  CHECK(find("In Honduras the mill paid L45 million.", "L45 million").unit == "HNL");
  CHECK(find("The Managua plant cost C$ 240 million.", "C$ 240 million").unit == "NIO");
  CHECK(find("The Toronto plant cost C$ 240 million.", "C$ 240 million").unit == "CAD");
  for (const QuantityMention& m : extract("Model D12.5 million units; size L45 million."))
    CHECK(m.kind != QuantityKind::money);
}

TEST_CASE("no cents after a sum written with its decimals or on the next line", "[quantities]") {
  // A catalogue's list: "£14,500.00" then "2. Meissen figures" on the next line.
  const std::string list = "1. Bureau ........ \u00a314,500.00\n2. Meissen figures ........ \u00a38,200.00";
  const auto found = extract(list);
  REQUIRE(found.size() >= 2);
  CHECK(find(list, "\u00a314,500.00").value == Approx(14500));
  CHECK(find("1. Bureau \u00a314,500\n2. Figures", "\u00a314,500").value == Approx(14500));
  // Dollars and cents in one line still are: "$5 20", "one dollar and twenty cents".
  CHECK(find("It cost $5 20.", "$5 20").value == Approx(5.2));
}

TEST_CASE("a year spoken as two numbers, after a date's preposition or opening its sentence",
          "[quantities][dates]") {
  CHECK(find("It was built in nineteen fifty-eight.", "nineteen fifty-eight").date == "1958");
  CHECK(find("Since eighteen seventy-one the lamp has burned.", "eighteen seventy-one").date == "1871");
  CHECK(find("Nineteen thirty-seven: the mill opened.", "Nineteen thirty-seven").date == "1937");
  CHECK(find("The lanes went in back in twenty-sixteen.", "twenty-sixteen").date == "2016");
  CHECK(find("In nineteen hundred it began.", "nineteen hundred").date == "1900");
  // Not a count of what follows: "nineteen twenty-year-olds", "eighteen forty-tonne trucks".
  for (const QuantityMention& m :
       extract("Nineteen twenty-year-olds came. We sold eighteen forty-tonne trucks."))
    CHECK(m.kind != QuantityKind::date);
}

TEST_CASE("transcribed speech: a year with no hyphen, and one after a day told as an ordinal",
          "[quantities][dates][r14i]") {
  CHECK(find("Then about ten billion more in twenty twenty three.", "twenty twenty three").date == "2023");
  CHECK(find("stargate was announced january twenty first twenty twenty five", "twenty twenty five").date ==
        "2025");
  CHECK(find("the board fired him in november twenty twenty three", "twenty twenty three").date == "2023");
  // A count after the two numbers is still no year: "in nineteen fifty three people died".
  for (const QuantityMention& m : extract("in nineteen fifty three people died"))
    CHECK(m.kind != QuantityKind::date);
}

TEST_CASE("Indonesian and Vietnamese scale words, and a spoken decimal joined by hyphens",
          "[quantities][r14i]") {
  const std::string id =
      "Microsoft menyumbang US$750 juta; putaran itu mengumpulkan US$6,6 miliar (Rp105 triliun).";
  CHECK(find(id, "US$750 juta").value == Approx(750e6));
  CHECK(find(id, "US$6,6 miliar").value == Approx(6.6e9));
  CHECK(find(id, "Rp105 triliun").value == Approx(105e12));
  const std::string vi =
      "Microsoft \u0111\u00e3 \u0111\u1ea7u t\u01b0 14 t\u1ef7 USD, g\u1ed3m 750 tri\u1ec7u USD.";
  CHECK(find(vi, "14 t\u1ef7 USD").value == Approx(14e9));
  CHECK(find(vi, "750 tri\u1ec7u USD").value == Approx(750e6));
  CHECK(find("The round raised six-point-six billion dollars.", "six-point-six billion dollars").value ==
        Approx(6.6e9));
  // A compound that is no decimal stays as it was: "a six-point plan".
  for (const QuantityMention& m : extract("She set out a six-point plan.")) CHECK(m.value != Approx(6.6));
}

TEST_CASE("the CFA franc and the Congolese franc", "[quantities][money][s16-23]") {
  const std::string west = "Farmers were paid 2 750 FCFA per kilo; the line costs 96 millions de francs CFA.";
  CHECK(find(west, "2 750 FCFA").unit == "XOF");
  CHECK(find(west, "96 millions de francs CFA").value == Approx(96e6));
  // The Central African franc where the text names a country of it.
  CHECK(find("In Douala the plant cost 12 milliards FCFA.", "12 milliards FCFA").unit == "XAF");
  CHECK(find("It cost 96 million CFA francs.", "96 million CFA francs").kind == QuantityKind::money);
  // "FC" is the Congolese franc only where the text names the DRC; elsewhere a football club's.
  CHECK(find("In Kinshasa a bus ticket costs 4 500 FC.", "4 500 FC").unit == "CDF");
  for (const QuantityMention& m : extract("Barcelona beat Porto 3-1; Lyon FC sold 4 500 FC scarves."))
    CHECK(m.unit != "CDF");
}

TEST_CASE("a subtitle cue's number and times are no quantities", "[quantities][srt]") {
  const std::string srt =
      "9\n00:00:29,900 --> 00:00:33,700\nand its licence now runs\nuntil 2031.\n\n10\n"
      "00:00:33,800 --> 00:00:37,600\nIts \u00a34.2 million deal";
  const auto found = extract(srt);
  REQUIRE(found.size() == 2);
  CHECK(span(srt, found[0]) == "2031");
  CHECK(span(srt, found[1]) == "\u00a34.2 million");
  // A number alone on its line with no times under it is still read: "9\nmembers".
  CHECK_FALSE(extract("The board has\n9\nmembers.").empty());
}

TEST_CASE("dinars, liras, rupees and dollars of the Middle East, Latin America and the islands",
          "[quantities][money][s16-24]") {
  // A bare "dinars" is the dinar of the country the text names; its letters only where it is named.
  CHECK(find("In Erbil saffron sells for 7,000 dinars a gram.", "7,000 dinars").unit == "IQD");
  CHECK(find("Tripoli, Libya: the blower costs LD 310,000.", "LD 310,000").unit == "LYD");
  CHECK(find("It cost 300 Iraqi dinars.", "300 Iraqi dinars").unit == "IQD");
  for (const QuantityMention& m : extract("The LD 50 test used 310 mice."))
    CHECK(m.kind != QuantityKind::money);
  // Lebanon's lira, Venezuela's bolívar, the Seychelles' rupee, Samoa's tālā, Liberia's dollar.
  CHECK(find("Beirut: the fee is LL 450,000.", "LL 450,000").unit == "LBP");
  CHECK(find("It costs 300,000 Lebanese lira.", "300,000 Lebanese lira").unit == "LBP");
  CHECK(find("In Caracas it costs Bs. 1.200,50.", "Bs. 1.200,50").unit == "VES");
  CHECK(find("In La Paz it costs Bs. 1.200,50.", "Bs. 1.200,50").unit == "BOB");
  CHECK(find("On Mah\u00e9, Seychelles, the fare is SR 150.", "SR 150").unit == "SCR");
  CHECK(find("In Riyadh the fare is SR 150.", "SR 150").unit == "SAR");
  CHECK(find("Tickets are WS$25 in Apia.", "WS$25").unit == "WST");
  CHECK(find("Monrovia: the fee is L$ 2,500.", "L$ 2,500").unit == "LRD");
  // Codes that are words too: money only in capitals before a sum written as one.
  CHECK(find("The price is COP 15.000.", "COP 15.000").unit == "COP");
  for (const char* text :
       {"At COP 28 delegates met.", "I tried to call Bob 3 times.", "He lost his pen 7 times."})
    for (const QuantityMention& m : extract(text)) CHECK(m.kind != QuantityKind::money);
}

TEST_CASE("billions in Hindi, Swahili, Filipino, Hungarian and Romanian copy", "[quantities][money][r14j]") {
  CHECK(find("Microsoft put in a further 10 arab dollars.", "10 arab dollars").value == Approx(10e9));
  for (const QuantityMention& m : extract("Leaders of 22 Arab states met.")) CHECK(m.value == Approx(22));
  CHECK(find("Microsoft has invested US$14 bilioni in OpenAI.", "US$14 bilioni").value == Approx(14e9));
  CHECK(find("The total is now $13 bilyon, ayon sa reports.", "$13 bilyon").value == Approx(13e9));
  CHECK(find("roughly 10 milli\u00e1rd dollars", "10 milli\u00e1rd dollars").unit == "USD");
  CHECK(find("the 2023 commitment of US$10 bilion", "US$10 bilion").value == Approx(10e9));  // Malay
  const QuantityMention lei = find("stands at 13 mld. dolari", "13 mld. dolari");
  CHECK(lei.kind == QuantityKind::money);
  CHECK(lei.value == Approx(13e9));
}

TEST_CASE("island dollars by their letters, the currencies of small states, and 'a mile and a half'",
          "[quantities][money][s16-26]") {
  CHECK(find("A concert zither sells for CI$2,950.", "CI$2,950").unit == "KYD");
  CHECK(find("The ferry costs BD$40 from Hamilton.", "BD$40").unit == "BMD");
  CHECK(find("The grant was SI$1.2 million.", "SI$1.2 million").unit == "SBD");
  CHECK(find("Entry is Bds$30 a head.", "Bds$30").unit == "BBD");
  CHECK(find("A kava bowl costs F$45.", "F$45").unit == "FJD");
  CHECK(find("The loan was 300 000 dobras.", "300 000 dobras").unit == "STN");
  CHECK(find("Fees rose to 12,500 nakfa.", "12,500 nakfa").unit == "ERN");
  CHECK(find("It cost KMF 250 a ride.", "KMF 250").unit == "KMF");
  // One unit and a half, in words.
  const QuantityMention route =
      find("The parade route is about a mile and a half long.", "a mile and a half");
  CHECK(route.kind == QuantityKind::measure);
  CHECK(route.value == Approx(1.5));
}
