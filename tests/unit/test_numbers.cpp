// Numbers read from tokens: digits, words, fractions, signs, powers and scales (core/quantities/numbers.hpp).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "quantities/numbers.hpp"

using factcheck::NumberForm;
using factcheck::parse_number;
using factcheck::ParsedNumber;
using factcheck::tokenize;

namespace {

struct Read {
  bool ok = false;
  double value = 0;
  double step = 0;
  std::string span;  // the text the number covers
  NumberForm form = NumberForm::digits;
};

// Parses the number starting at the token that begins at byte `at` of `text` (0: the first token).
Read read(const std::string& text, std::size_t at = 0, bool money = false) {
  const auto tokens = tokenize(text);
  std::size_t i = 0;
  while (i < tokens.size() && tokens[i].start < at) ++i;
  Read r;
  const auto n = parse_number(text, tokens, i, {money});
  if (!n) return r;
  r.ok = true;
  r.value = n->value;
  r.step = n->step;
  r.form = n->form;
  const std::size_t s = tokens[n->first_token].start, e = tokens[n->last_token - 1].end;
  r.span = text.substr(s, e - s);
  return r;
}

double value_of(const std::string& text) {
  return read(text).value;
}

}  // namespace

TEST_CASE("digits with thousands separators and decimals", "[numbers]") {
  CHECK(value_of("1,234,567") == 1234567);
  CHECK(value_of("1,234.5") == Approx(1234.5));
  CHECK(value_of("4.800") == Approx(4.8));
  CHECK(value_of(".08") == Approx(0.08));
  CHECK(value_of("1,3") == Approx(1.3));  // a decimal comma: the group is not three digits
  CHECK(value_of("5,00") == Approx(5));
  CHECK(value_of("12,34,567.89") == Approx(1234567.89));  // Indian grouping
  CHECK(value_of("1.111,11") == Approx(1111.11));         // European
  CHECK(value_of("123456789101231") == Approx(123456789101231.0));
}

TEST_CASE("digit groups separated by single spaces", "[numbers]") {
  auto r = read("1 234 567 people");
  CHECK(r.value == 1234567);
  CHECK(r.span == "1 234 567");
  r = read("40\u202f000 is the same");
  CHECK(r.value == 40000);
  CHECK(r.span == "40\u202f000");
  r = read("1\u202f234\u202f567.89 is valid");
  CHECK(r.value == Approx(1234567.89));
  // Four digits are not a group, and neither is a fraction's numerator.
  CHECK(read("423 0000").value == 423);
  CHECK(read("2  1/4").value == Approx(2.25));
}

TEST_CASE("stated precision", "[numbers]") {
  CHECK(read("6.6 billion").step == Approx(0.1e9));
  CHECK(read("750 million").step == Approx(1e6));
  CHECK(read("14").step == 1);
  CHECK(read("fourteen billion").step == Approx(1e9));
  CHECK(read("1,674.5 million").value == Approx(1674.5e6));
  CHECK(read("1,674.5 million").step == Approx(0.1e6));
}

TEST_CASE("numbers in words", "[numbers]") {
  CHECK(value_of("fourteen") == 14);
  CHECK(value_of("one hundred and sixty-one") == 161);
  CHECK(value_of("one hundred and sixty\u2013one") == 161);  // an en dash
  CHECK(value_of("twenty-one trillion and three hundred") == Approx(21000000000300.0));
  CHECK(value_of("twenty-one trillion three hundred") == Approx(21000000000300.0));
  CHECK(value_of("fifty - two") == 52);
  CHECK(value_of("Three hundred  and  thirty one") == 331);
  CHECK(value_of("two hundred and two thousand") == 202000);
  CHECK(value_of("two  thousand  and  two hundred") == 2200);
  CHECK(value_of("two hundred point zero three") == Approx(200.03));
  CHECK(value_of("two hundred point seventy-one") == Approx(200.71));
  CHECK(value_of("nought point five") == Approx(0.5));
  CHECK(value_of("nine point nought four") == Approx(9.04));
  CHECK(value_of("three lakh crore") == Approx(3e12));
  CHECK(read("fifty - two").span == "fifty - two");
}

TEST_CASE("dozens", "[numbers]") {
  CHECK(value_of("a dozen") == 12);
  CHECK(value_of("3 dozens") == 36);
  CHECK(value_of("half a dozen") == 6);
  CHECK(value_of("three hundred and two dozens") == 324);
  CHECK(value_of("five dozs") == 60);
}

TEST_CASE("fractions", "[numbers]") {
  CHECK(value_of("3/4") == Approx(0.75));
  CHECK(value_of("2 1/4") == Approx(2.25));
  CHECK(value_of("two thirds") == Approx(2.0 / 3));
  CHECK(value_of("one and a half") == Approx(1.5));
  CHECK(value_of("five eighths") == Approx(0.625));
  CHECK(value_of("one over three") == Approx(1.0 / 3));
  CHECK(value_of("1 over one hundred and twenty one") == Approx(1.0 / 121));
  CHECK(value_of("one out of three") == Approx(1.0 / 3));
  CHECK(value_of("a hundredth") == Approx(0.01));
  CHECK(value_of("a hundred trillionths") == Approx(1e-10));
  CHECK(value_of("a twenty-first") == Approx(1.0 / 21));
  CHECK(value_of("one hundred and three quarters") == Approx(100.75));
  CHECK(value_of("one hundred thirty fifths") == Approx(100.0 / 35));
  CHECK(value_of("one hundred and thirty fifths") == Approx(26));
  CHECK(value_of("one one hundred fifth") == Approx(1.0 / 105));
  CHECK(value_of("three twenty firsts") == Approx(3.0 / 21));
  CHECK(value_of("one hundred and three and two thirds") == Approx(103 + 2.0 / 3));
  CHECK(value_of("ninety - five hundred-fifths") == Approx(1900));
  CHECK(value_of("five and a half million") == Approx(5.5e6));
  CHECK_FALSE(read("the result is \u00be").ok);  // no number at the first token
  CHECK(read("the result is \u00be", 14).value == Approx(0.75));
  CHECK(read("two thirds").form == NumberForm::fraction);
}

TEST_CASE("words that are not numbers on their own", "[numbers]") {
  CHECK_FALSE(read("a").ok);
  CHECK_FALSE(read("an").ok);
  CHECK_FALSE(read("a first class seat").ok);
  CHECK_FALSE(read("the one you mentioned", 4).ok);
  CHECK(read("two millionth").value == 2);  // "millionth" needs "a": "a millionth"
  CHECK(read("two millionth").span == "two");
}

TEST_CASE("negatives", "[numbers]") {
  CHECK(value_of("-4/5") == Approx(-0.8));
  CHECK(value_of("- 1 4/5") == Approx(-1.8));
  CHECK(value_of(" -9.2321312") == Approx(-9.2321312));
  CHECK(value_of("minus five") == -5);
  CHECK(value_of("negative one") == -1);
  CHECK(value_of("\u2212"
                 "3.5") == Approx(-3.5));  // a minus sign
  // A hyphen glued to a word is no sign.
  CHECK_FALSE(read("SCP-173", 3).ok);
  CHECK(read("SCP-173", 4).value == 173);
}

TEST_CASE("powers and scientific notation", "[numbers]") {
  CHECK(value_of("1e10") == Approx(1e10));
  CHECK(value_of("1.1^23") == Approx(std::pow(1.1, 23)));
  CHECK(value_of("-12e-1") == Approx(-1.2));
  CHECK(value_of("12.32e+14") == Approx(1.232e15));
  CHECK(value_of("-1.1^--23") == Approx(-std::pow(1.1, 23)));
  CHECK(value_of("2.5^-1") == Approx(0.4));
  CHECK(value_of("1.3x10^6") == Approx(1.3e6));
  CHECK(read("1e10").form == NumberForm::power);
}

TEST_CASE("scale words and abbreviations", "[numbers]") {
  CHECK(value_of("10k") == 1e4);
  CHECK(value_of("2.33 k") == Approx(2330));
  CHECK(value_of("10G") == Approx(1e10));
  CHECK(value_of("1.2b") == Approx(1.2e9));
  CHECK(value_of("10M") == Approx(1e7));
  CHECK(value_of("2mil") == Approx(2e6));
  CHECK(value_of("10 bln") == Approx(1e10));
  CHECK(value_of("10 tln") == Approx(1e13));
  CHECK(value_of("6 bn") == Approx(6e9));
  CHECK(value_of("13 lakh") == Approx(1.3e6));
  CHECK(value_of("1 crore") == Approx(1e7));
  CHECK(value_of("322 hundred") == Approx(32200));
  // A lower-case glued "m" is a metre unless money precedes; "MM" is million.
  CHECK(read("1m isn't").value == 1);
  CHECK(read("8.1m", 0, true).value == Approx(8.1e6));
  CHECK(read("1MM").value == Approx(1e6));
}

TEST_CASE("absurd inputs stay finite or are flagged, and never crash", "[numbers]") {
  const std::string huge(100000, '9');
  const auto r = read(huge);
  CHECK(r.ok);
  CHECK_FALSE(std::isfinite(r.value));  // the caller skips it
  CHECK_FALSE(std::isfinite(read("1e999").value));
  CHECK(read("0/0").value == 0);  // a zero denominator is not divided by
  std::string bytes;
  for (int c = 0; c < 256; ++c) bytes += static_cast<char>(c);
  CHECK_NOTHROW(read(bytes));
}

TEST_CASE("read_digits rejects lists", "[numbers]") {
  double v = 0, s = 0;
  CHECK_FALSE(factcheck::read_digits("192.168.1.2", v, s));
  CHECK_FALSE(factcheck::read_digits("22,24,26,31", v, s));
  REQUIRE(factcheck::read_digits("22,240,260,310", v, s));
  CHECK(v == Approx(22240260310.0));
  const auto tokens = tokenize("ip 192.168.1.2");
  const auto parts = factcheck::split_digit_list(tokens[1]);
  REQUIRE(parts.size() == 4);
  CHECK(parts[1].value == 168);
  CHECK(parts[1].start == 7);
  CHECK(parts[1].end == 10);
}
