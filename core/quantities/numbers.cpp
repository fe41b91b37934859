// The number parser: a sign, then digits or words, then what may follow them (a notation such as
// "1e10" or "3/4", scale words, a denominator after "over"). Digits are read by digits.cpp, words by
// number_words.cpp.
#include "quantities/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "quantities/digits.hpp"
#include "quantities/number_words.hpp"

namespace factcheck {

using quantities_detail::abbreviation_scale;
using quantities_detail::all_digits;
using quantities_detail::cardinal;
using quantities_detail::Cardinal;
using quantities_detail::cardinal_at;
using quantities_detail::digits_value;
using quantities_detail::foreign_scale;
using quantities_detail::Fraction;
using quantities_detail::is_dozen;
using quantities_detail::is_punct;
using quantities_detail::is_word;
using quantities_detail::read_cardinal;
using quantities_detail::read_fraction_phrase;
using quantities_detail::read_words;
using quantities_detail::vulgar_fraction;
using quantities_detail::Words;

namespace {

bool one_of_words(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Reads a sequence of number words or digits used as a denominator after "over": "three", "20",
// "one hundred and twenty one".
bool read_denominator(const std::vector<Token>& t, std::size_t k, double& value, std::size_t& end) {
  if (k >= t.size()) return false;
  if (t[k].is_number()) {
    double step = 1;
    if (!read_digits(t[k].norm, value, step)) return false;
    end = k + 1;
    return true;
  }
  const Cardinal c = read_cardinal(t, k);
  if (!c.ok) return false;
  value = c.value;
  end = c.end;
  return true;
}

bool is_duration_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"year", "years", "month", "months", "week",    "weeks",
                                                "day",  "days",  "hour",  "hours",  "minutes", "seconds"};
  for (auto x : kWords)
    if (x == w) return true;
  return false;
}

// What has been read of a number so far: its value before the sign is applied, and the token after it.
struct Reading {
  double value = 0;
  double step = 1;
  double scale = 1;
  std::size_t end = 0;
  NumberForm form = NumberForm::digits;
};

// A sign at tokens[j]: "-4/5", "- 1 4/5", "minus five", "negative one". A hyphen glued to a word or after a
// number is not a sign ("SCP-173", "5-10"). Returns the index after the sign, j when there is none.
std::size_t read_sign(const std::vector<Token>& t, std::size_t j, bool& negative) {
  const std::size_t n = t.size();
  const std::string_view head = t[j].norm;  // compared inline, as at nearly every token
  if (is_punct(t, j, "-")) {
    bool sign = true;
    if (j > 0) {
      const Token& p = t[j - 1];
      if (p.is_number() || p.is(")") || p.is("%") || p.is("-") || p.is("/") ||
          (p.is_word() && (adjacent(p, t[j]) || is_number_word(p.norm)))) {
        sign = false;
      }
      // Spaced from the number, a hyphen is a sign only after a bracket or "=" (or first in the text):
      // after a colon it marks an item of a list ("Tool list: - 15mm pipe").
      if (!adjacent(t[j], t[std::min(j + 1, n - 1)]) && !p.is("(") && !p.is("=")) sign = false;
    }
    if (sign && j + 1 < n && (t[j + 1].is_number() || cardinal_at(t, j + 1) >= 0)) {
      negative = true;
      return j + 1;
    }
  } else if (t[j].is_word() && (head == "minus" || head == "negative") && j + 1 < n &&
             // "O negative 2.4; A negative 4.8": a blood group, not a sign ("posted a negative 2.4%" is one).
             !(head == "negative" && j > 0 &&
               (t[j - 1].is("o") || t[j - 1].is("b") || t[j - 1].is("ab") ||
                (t[j - 1].is("a") && (j == 1 || !t[j - 2].is_word()))))) {
    // "minus-260 degrees": a hyphen glued between the word and the number.
    const std::size_t k = is_punct(t, j + 1, "-") && adjacent(t[j], t[j + 1]) && j + 2 < n ? j + 2 : j + 1;
    if (t[k].is_number() || cardinal_at(t, k) >= 0) {
      negative = true;
      return k;
    }
  }
  return j;
}

// Asked at nearly every token: a word starts a number only as read_words() begins one, with a
// cardinal ("fourteen"), "a"/"an" ("a hundred") or "half"/"quarter". Any other word stops there.
bool may_start_words(std::string_view w) {
  // Through string_view, so each test is an inline length check rather than a library call.
  return w == "a" || w == "an" || w == "half" || w == "quarter" || cardinal(w) >= 0;
}

// Groups of exactly three digits after single spaces, following tokens[j]: "1 234 567", "40\u202f000".
void read_digit_groups(std::string_view text, const std::vector<Token>& t, std::size_t j, Reading& x) {
  const std::size_t n = t.size();
  std::string joined = t[j].norm;
  std::size_t m = j + 1;
  double last_step = 1;
  while (m < n) {
    // "CHF 1’250’000", "1'500 Tonnen": Swiss apostrophes between groups of three.
    const bool swiss = m + 1 < n && (t[m].is("'") || t[m].is("\xE2\x80\x99")) && adjacent(t[m - 1], t[m]) &&
                       adjacent(t[m], t[m + 1]) && t[m + 1].is_number() &&
                       (t[m + 1].norm.size() == 3 || (t[m + 1].norm.size() == 7 && t[m + 1].norm[3] == '.'));
    if (swiss) ++m;
    if (!t[m].is_number()) break;
    const std::string_view gap = text.substr(t[m - 1].end, t[m].start - t[m - 1].end);
    if (!swiss && gap != " " && gap != "\xE2\x80\xAF" && gap != "\xC2\xA0" && gap != "\xE2\x80\x89") break;
    const std::string& g = t[m].norm;
    const auto dot = g.find('.');
    const std::string_view head = std::string_view(g).substr(0, dot);
    if (head.size() != 3 || !all_digits(head)) break;
    if (dot != std::string::npos && !all_digits(std::string_view(g).substr(dot + 1))) break;
    // "2 1/4" and "5 100/200" are fractions, not groups.
    if (m + 1 < n && is_punct(t, m + 1, "/") && adjacent(t[m], t[m + 1])) break;
    // "S/ 1'720.000": Peru's apostrophe before the millions, its full stop before the thousands.
    if (swiss && dot == 3 && g.size() == 7) {
      joined += g.substr(0, 3) + g.substr(4);
      ++m;
      continue;
    }
    joined += g;
    if (dot != std::string::npos) last_step = std::pow(10.0, -static_cast<double>(g.size() - dot - 1));
    ++m;
    if (dot != std::string::npos) break;
  }
  if (m > j + 1) {
    x.value = digits_value(joined);
    x.step = last_step;
    x.end = m;
  }
}

// Multiplies the number by ten to the digits of tokens[m], which end it.
void raise_ten_to(const std::vector<Token>& t, std::size_t m, bool negative, Reading& x) {
  const double e = digits_value(t[m].norm);
  x.value = x.value * std::pow(10.0, negative ? -e : e);
  x.form = NumberForm::power;
  x.end = m + 1;
}

// Scientific notation, x.end at a glued "e": "1e10", "-12e-1", "12.32e+14".
void read_exponent(const std::vector<Token>& t, Reading& x) {
  const std::size_t n = t.size();
  std::size_t m = x.end + 1;
  bool neg = false;
  if (m < n && (is_punct(t, m, "-") || t[m].is("+")) && adjacent(t[m - 1], t[m])) {
    neg = t[m].is("-");
    ++m;
  }
  if (m < n && t[m].is_number() && all_digits(t[m].norm) && adjacent(t[m - 1], t[m]))
    raise_ten_to(t, m, neg, x);
}

// The signs of an exponent from tokens[m], where two minus signs cancel ("-1.1^--23"); returns the
// index after them.
std::size_t read_exponent_signs(const std::vector<Token>& t, std::size_t m, bool& negative) {
  negative = false;
  while (m < t.size() && (is_punct(t, m, "-") || t[m].is("+"))) {
    negative = negative != t[m].is("-");
    ++m;
  }
  return m;
}

// The digit of a superscript glyph ("¹" 1, "⁰" 0), -1 for the superscript minus "⁻", -2 otherwise.
int superscript(std::string_view s) {
  static constexpr std::string_view kDigits[] = {
      "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
      "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
  for (int d = 0; d < 10; ++d)
    if (s == kDigits[d]) return d;
  return s == "\xE2\x81\xBB" ? -1 : -2;
}

// An exponent written in superscripts glued after "10" at m: "10¹⁰", "10⁻⁷". True when read.
bool read_superscript_power(const std::vector<Token>& t, std::size_t m, Reading& x) {
  bool negative = false;
  double e = 0;
  std::size_t k = m;
  for (; k < t.size() && adjacent(t[k - 1], t[k]); ++k) {
    const int d = superscript(t[k].norm);
    if (d == -2) break;
    if (d == -1) {
      if (k != m) break;
      negative = true;
    } else {
      e = e * 10 + d;
    }
  }
  if (k == m || (negative && k == m + 1)) return false;
  x.value *= std::pow(10.0, negative ? -e : e);
  x.form = NumberForm::power;
  x.end = k;
  return true;
}

// x.end at "x" or "×" of "1.3x10^6", "5.97 × 10^24", "1.99×10−30" (the exponent glued, its sign a
// minus).
void read_times_ten_to(const std::vector<Token>& t, Reading& x) {
  const std::size_t ten = x.end + 1;
  std::size_t m = ten + 1;
  if (read_superscript_power(t, m, x)) return;  // "5×10¹⁰"
  if (m < t.size() && t[m].is("^")) ++m;
  bool neg = false;
  if (m < t.size() && !t[m].is_number() && !adjacent(t[m - 1], t[m])) return;
  m = read_exponent_signs(t, m, neg);
  if (m < t.size() && t[m].is_number() && all_digits(t[m].norm) && adjacent(t[m - 1], t[m]))
    raise_ten_to(t, m, neg, x);
}

// Powers, x.end at a glued "^": "1.1^23", "2.5^-1", "-1.1^--23".
void read_power(const std::vector<Token>& t, Reading& x) {
  bool neg = false;
  const std::size_t m = read_exponent_signs(t, x.end + 1, neg);
  double e = 0, estep = 1;
  if (m < t.size() && t[m].is_number() && read_digits(t[m].norm, e, estep)) {
    x.value = std::pow(x.value, neg ? -e : e);
    x.form = NumberForm::power;
    x.end = m + 1;
  }
}

// tokens[k] is a "/" glued to the token before it and to plain digits after it, and no second "/"
// follows ("5/17/2018" is a date).
bool slash_and_digits_at(const std::vector<Token>& t, std::size_t k) {
  const std::size_t n = t.size();
  return k + 1 < n && t[k].is("/") && adjacent(t[k - 1], t[k]) && t[k + 1].is_number() &&
         all_digits(t[k + 1].norm) && adjacent(t[k], t[k + 1]) && !(k + 2 < n && t[k + 2].is("/"));
}

// "3/4", x.end at the "/". Not "140/90" nor "24/7": a numerator above its denominator is a pair.
void read_slash_fraction(const std::vector<Token>& t, Reading& x) {
  const double den = digits_value(t[x.end + 1].norm);
  if (den > 0 && x.value < den) {
    x.value = x.value / den;
    x.step = x.value;
    x.form = NumberForm::fraction;
    x.end += 2;
  }
}

// A mixed number, x.end at the numerator of "2 1/4".
void read_mixed_fraction(const std::vector<Token>& t, Reading& x) {
  const std::size_t k = x.end;
  const double a = digits_value(t[k].norm), b = digits_value(t[k + 2].norm);
  if (b > 0 && a < b) {
    x.value += a / b;
    x.step = 1 / b;
    x.form = NumberForm::fraction;
    x.end += 3;
  }
}

// A price quoted with a fraction of its last digit after a hyphen, x.end at the hyphen: "12-3/4 cents"
// (12.75), "$5.84-1/2" (5.845, half a cent).
void read_quoted_fraction(const std::vector<Token>& t, Reading& x) {
  const std::size_t k = x.end;
  const double a = digits_value(t[k + 1].norm), b = digits_value(t[k + 3].norm);
  if (!(b > 0 && a < b) || !(b == 2 || b == 4 || b == 8)) return;  // halves, quarters, eighths
  x.value += a / b * x.step;
  x.step /= b;
  x.form = NumberForm::fraction;
  x.end += 4;
}

// A notation right after a single digit token: a power of ten ("1e10", "1.3x10^6"), a power ("1.1^23"),
// a fraction ("3/4", "2 1/4") or a fraction glyph ("2½"). The first notation whose opening matches
// decides, whether or not the rest of it reads.
void read_notation(const std::vector<Token>& t, bool plain, Reading& x) {
  const std::size_t n = t.size(), k = x.end;
  if (k < n && t[k].is_word() && t[k].norm == "e" && adjacent(t[k - 1], t[k])) {
    read_exponent(t, x);
  } else if (k + 2 < n && (t[k].norm == "x" || t[k].is("\xC3\x97")) && t[k + 1].is("10") &&
             (t[k + 2].is("^") || superscript(t[k + 2].norm) != -2 ||
              ((t[k + 2].is("-") || t[k + 2].is("+")) && adjacent(t[k + 1], t[k + 2])))) {
    read_times_ten_to(t, x);
  } else if (k < n && t[k].is("^") && adjacent(t[k - 1], t[k])) {
    read_power(t, x);
  } else if (plain && slash_and_digits_at(t, k)) {
    read_slash_fraction(t, x);
  } else if (plain && k < n && t[k].is_number() && all_digits(t[k].norm) && slash_and_digits_at(t, k + 1)) {
    read_mixed_fraction(t, x);
  } else if (k + 1 < n && t[k].is("-") && adjacent(t[k - 1], t[k]) && adjacent(t[k], t[k + 1]) &&
             t[k + 1].is_number() && all_digits(t[k + 1].norm) && slash_and_digits_at(t, k + 2)) {
    read_quoted_fraction(t, x);
  } else if (k < n && vulgar_fraction(t[k].norm) > 0 && adjacent(t[k - 1], t[k])) {
    x.value += vulgar_fraction(t[k].norm);  // "2½"
    x.form = NumberForm::fraction;
    ++x.end;
  }
}

// Whether the word at k is what "1.2m tons", "2.2m barrels", "3m people" count, so that the "m" before it
// is a million and not a metre: for a decimal any plural noun, for a whole number only these ("100m
// hurdles" is a race).
bool counted_after(const std::vector<Token>& t, std::size_t k, const Reading& x) {
  if (k >= t.size() || !t[k].is_word()) return false;
  static constexpr std::string_view kCounted[] = {"tons",        "tonnes",    "barrels",    "gallons",
                                                  "litres",      "liters",    "acres",      "hectares",
                                                  "people",      "users",     "customers",  "viewers",
                                                  "subscribers", "visitors",  "passengers", "homes",
                                                  "households",  "jobs",      "shares",     "copies",
                                                  "units",       "vehicles",  "cars",       "doses",
                                                  "votes",       "followers", "downloads",  "tonne",
                                                  "square",      "cubic",     "sq",  // "1.1m square feet"
                                                  "km",          "miles",     "kilometres", "lb",
                                                  "lbs",         "kg"};  // "4.28m km²"
  std::string_view w = t[k].norm;
  // "2.3m unique visitors": past a describing word.
  if (k + 1 < t.size() && t[k + 1].is_word() &&
      (w == "unique" || w == "new" || w == "active" || w == "monthly" || w == "daily" || w == "paying"))
    w = t[++k].norm;
  for (auto c : kCounted)
    if (c == w) return true;
  return x.step < 1 && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

// Whether a noun of people or things counted by the million comes before the number at k in its clause,
// so that "Viewership peaked at 1.9m" and "admissions were roughly 1.2m" are millions, not metres.
bool audience_before(const std::vector<Token>& t, std::size_t k) {
  static constexpr std::string_view kNouns[] = {
      "admissions", "viewership", "viewers",   "audience",    "audiences",  "attendance", "visitors",
      "views",      "streams",    "downloads", "subscribers", "followers",  "users",      "members",
      "population", "residents",  "tickets",   "voters",      "votes",      "spectators", "passengers",
      "listeners",  "readers",    "customers", "sales",       "overnights", "ratings",    "viewing",
      "maus",       "daus",       "units",     "copies",      "shipments",  "pulled",     "drew",
      "attracted",  "mau",        "dau"};
  // "Residents within 400m were told": a distance, whoever comes before.
  if (k > 0 && t[k - 1].is_word() && (t[k - 1].norm == "within" || t[k - 1].norm == "beyond")) return false;
  for (std::size_t m = k; m > 0 && k - m < 20; --m) {
    const Token& w = t[m - 1];
    if (w.is(".") || w.is(";")) return false;
    if (w.is_word())
      for (auto noun : kNouns)
        if (w.norm == noun) return true;
  }
  return false;
}

// Whether a word of money governs the figure at token k, three words back at most: "Capex 189m", "budget
// is 212.4m", "we paid 7.5m for him", "wages 236m". A glued "m" there is a million, not a metre.
bool money_before(const std::vector<Token>& t, std::size_t k) {
  static constexpr std::string_view kWords[] = {
      "revenue",  "revenues", "turnover", "ebitda", "ebit",     "ebita",    "capex", "opex",   "fcf",
      "profit",   "profits",  "loss",     "losses", "budget",   "cost",     "costs", "price",  "fee",
      "priced",   "fees",     "wages",    "wage",   "salary",   "salaries", "debt",  "income", "earnings",
      "dividend", "funding",  "raised",   "raise",  "paid",     "pay",      "spent", "spend",  "worth",
      "valued",   "bid",      "fine",     "fined",  "grant",    "capital",  "cash",  "sum",    "payroll",
      "deficit",  "surplus",  "bill",     "fund",   "invested", "invest",   "sold",  "bought", "transfer"};
  for (std::size_t m = k, passed = 0; m > 0 && passed < 3; --m, ++passed) {
    const Token& w = t[m - 1];
    if (w.is(".") || w.is(";") || (w.is_word() && (w.norm == "within" || w.norm == "beyond"))) return false;
    if (w.is_word())
      for (auto word : kWords)
        if (w.norm == word) return true;
  }
  return false;
}

// Scale words and abbreviations after digits: "6.6 billion", "10k", "1,674.5 G", "3 lakh crore",
// "3 dozens"; then a fraction of the scale: "3 million and a half".
void read_scale(std::string_view text, const std::vector<Token>& t, NumberOptions options, Reading& x,
                bool& plain_integer) {
  const std::size_t n = t.size();
  std::size_t k = x.end;
  double max_scale = 0;
  // "C$1.22-billion": a scale word joined by a hyphen.
  if (k + 1 < n && t[k].is("-") && adjacent(t[k - 1], t[k]) && adjacent(t[k], t[k + 1]) &&
      scale_word(t[k + 1].norm) >= 1e6)
    ++k;
  while (k < n && t[k].is_word()) {
    double s = 0;
    // "110,000m²": square metres, whoever comes before.
    const bool squared =
        k + 1 < n && adjacent(t[k], t[k + 1]) &&
        (t[k + 1].is("\xC2\xB2") || t[k + 1].is("\xC2\xB3") || t[k + 1].is("2") || t[k + 1].is("3"));
    // (Not what the next line counts: "Capex 189m\nFCF 121m" in a list of notes.)
    const bool line_ends =
        k + 1 < n && text.substr(t[k].end, t[k + 1].start - t[k].end).find('\n') != std::string_view::npos;
    if (max_scale == 0 && !(t[k].norm == "m" && squared))
      s = abbreviation_scale(text, t[k - 1], t[k], options.money,
                             (!line_ends && counted_after(t, k + 1, x)) ||
                                 (t[k].norm == "m" && (audience_before(t, k - 1) || money_before(t, k - 1))));
    if (s == 0) s = scale_word(t[k].norm);
    if (s == 0) s = foreign_scale(t[k].norm);
    // Hindi press's "arab", a hundred crore, before the currency it scales: "10 arab dollars" (not "10 Arab
    // states").
    if (s == 0 && t[k].is("arab") && text[t[k].start] == 'a' && k + 1 < n &&
        one_of_words(t[k + 1].norm, {"dollars", "dollar", "rupees", "rupee", "usd", "inr"}))
      s = 1e9;
    // "2 mil millones", "1,2 mil milhões": a thousand millions.
    if (s == 1e6 && t[k].is("mil") && k + 1 < n && t[k + 1].is_word() &&
        foreign_scale(t[k + 1].norm) == 1e6) {
      s = 1e9;
      ++k;
    }
    // "180 mil toneladas", "40 mil pessoas": a thousand in Portuguese and Spanish, before their nouns.
    if (s == 1e6 && t[k].is("mil") && k + 1 < n && t[k + 1].is_word() &&
        one_of_words(t[k + 1].norm,
                     {"toneladas",     "tonelladas", "pessoas",    "personas", "habitantes", "reais",
                      "dólares",       "dolares",    "pesos",      "empleos",  "empregos",   "unidades",
                      "veículos",      "vehículos",  "visitantes", "alunos",   "alumnos",    "viviendas",
                      "litros",        "hectares",   "hectáreas",  "barris",   "barriles",   "trabajadores",
                      "trabalhadores", "clientes",   "usuarios",   "usuários", "turistas"}))
      s = 1e3;
    if (s == 0 && max_scale == 0 && is_dozen(t[k].norm)) s = 12;
    if (s == 0 || (max_scale > 0 && s <= max_scale) || (max_scale == 12)) break;
    x.scale *= s;
    max_scale = s;
    ++k;
  }
  // "18,7 Mio. euros", "€8,2 Mrd., the", "14 Mrd. Dollar", "80 Mrd. US-Dollar", "1,7 Mio. Besucher": the
  // full stop of a continental abbreviation, not of the sentence (before a capital, a currency's or a
  // noun's, not a word that opens a sentence: "2,1 Mio. Die Kosten").
  if (max_scale > 0 && k + 1 < n && t[k].is(".") && adjacent(t[k - 1], t[k]) &&
      (t[k - 1].is("mio") || t[k - 1].is("mrd") || t[k - 1].is("mdr") || t[k - 1].is("mds") ||
       t[k - 1].is("mia") || t[k - 1].is("mln") || t[k - 1].is("mld") || t[k - 1].is("mlrd") ||
       t[k - 1].is("milj") || t[k - 1].is("mil") || t[k - 1].is("\xD0\xBC\xD0\xBB\xD0\xBD") ||
       t[k - 1].is("\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4"))) {
    static constexpr std::string_view kCurrencies[] = {
        "dollar", "dollars", "euro", "euros",       "us",     "usd",    "eur",   "chf",
        "pfund",  "yen",     "yuan", "franken",     "kroner", "kronor", "euroa", "eura",
        "leva",   "lei",     "lari", "lek\xC3\xAB", "tenge",  "tugrik"};
    const bool capital = t[k + 1].is_word() && text[t[k + 1].start] >= 'A' && text[t[k + 1].start] <= 'Z';
    static constexpr std::string_view kOpeners[] = {
        "der",   "die",  "das",  "den", "dem",  "des", "ein", "eine", "einen", "es",
        "er",    "sie",  "wir",  "ich", "im",   "in",  "an",  "auf",  "mit",   "zu",
        "für",   "bei",  "nach", "vor", "seit", "um",  "am",  "dies", "diese", "dieser",
        "damit", "doch", "aber", "und", "the",  "a",   "it"};
    bool currency = false;
    for (auto c : kCurrencies) currency = currency || t[k + 1].is(c);
    bool opener = false;
    for (auto o : kOpeners) opener = opener || t[k + 1].is(o);
    if (!capital || currency || !opener) ++k;
  }
  x.end = k;
  if (x.scale == 1) return;
  x.value *= x.scale;
  x.step *= x.scale;
  plain_integer = false;
  if (is_word(t, k, "and") && max_scale >= 1000) {
    const Fraction f = read_fraction_phrase(t, k + 1);
    if (f.ok) {
      x.value += f.value * max_scale;
      x.end = f.end;
    }
  }
}

// A number in digits at tokens[j]: its digits, their groups ("1 234 567"), a notation ("1e10", "3/4")
// and scale words ("6.6 billion", "10k"). False when the digits read as a list ("192.168.1.2").
bool read_digit_number(std::string_view text, const std::vector<Token>& t, std::size_t j,
                       NumberOptions options, Reading& x, bool& plain_integer) {
  if (!read_digits(t[j].norm, x.value, x.step)) return false;
  const bool plain = all_digits(t[j].norm);
  x.end = j + 1;
  if (plain && t[j].norm.size() <= 3) read_digit_groups(text, t, j, x);
  if (x.end == j + 1) read_notation(t, plain, x);
  plain_integer = plain && x.end == j + 1;
  if (x.form == NumberForm::digits) read_scale(text, t, options, x, plain_integer);
  // "17 and a half hours": a fraction of one after a whole number.
  if (plain && x.scale == 1 && x.form == NumberForm::digits && is_word(t, x.end, "and") &&
      (is_word(t, x.end + 1, "a") || is_word(t, x.end + 1, "an"))) {
    const quantities_detail::Fraction f = read_fraction_phrase(t, x.end + 1);
    if (f.ok && f.half_or_quarter) {
      x.value += f.value;
      x.step = f.value;
      x.form = NumberForm::fraction;
      x.end = f.end;
      plain_integer = false;
    }
  }
  return true;
}

// "one over three", "2000 over 3", "one out of three": a denominator after a whole number without a
// scale, unless a duration or a scale word follows it. Not after a currency sign.
void read_over_denominator(const std::vector<Token>& t, NumberOptions options, Reading& x,
                           bool& plain_integer) {
  const std::size_t n = t.size(), k = x.end;
  if (options.money || !(x.form == NumberForm::digits || x.form == NumberForm::words) || x.scale != 1 ||
      k >= n)
    return;
  std::size_t m = 0;
  if (is_word(t, k, "over")) m = k + 1;
  if (is_word(t, k, "out") && is_word(t, k + 1, "of")) m = k + 2;
  double den = 0;
  std::size_t end = 0;
  if (m > 0 && read_denominator(t, m, den, end) && den != 0 &&
      !(end < n && t[end].is_word() && (is_duration_word(t[end].norm) || scale_word(t[end].norm) > 0))) {
    x.value /= den;
    x.step = x.value;
    x.form = NumberForm::fraction;
    x.end = end;
    plain_integer = false;
  }
}

}  // namespace

std::optional<ParsedNumber> parse_number(std::string_view text, const std::vector<Token>& t, std::size_t i,
                                         NumberOptions options) {
  const std::size_t n = t.size();
  if (i >= n) return std::nullopt;
  ParsedNumber r;
  r.first_token = i;
  const std::size_t j = read_sign(t, i, r.negative);
  if (j >= n) return std::nullopt;
  if (t[j].is_word() && !may_start_words(t[j].norm)) return std::nullopt;

  Reading x;
  if (t[j].is_number()) {
    if (!read_digit_number(text, t, j, options, x, r.plain_integer)) return std::nullopt;
  } else if (vulgar_fraction(t[j].norm) > 0) {
    x.value = vulgar_fraction(t[j].norm);
    x.step = x.value;
    x.form = NumberForm::fraction;
    x.end = j + 1;
  } else {
    const Words w = read_words(t, j);
    if (!w.ok) return std::nullopt;
    x.value = w.value;
    x.step = w.step;
    x.end = w.end;
    x.scale = w.scale;
    x.form = w.form;
    r.spelled = true;
  }
  read_over_denominator(t, options, x, r.plain_integer);

  // A fraction states its value exactly; allow 1% for the rounding a reader would apply to it.
  if (x.form == NumberForm::fraction) x.step = std::fabs(x.value) * 0.01;
  r.last_token = x.end;
  r.value = r.negative ? -x.value : x.value;
  r.step = x.step;
  r.scale = x.scale;
  r.form = x.form;
  if (r.negative) r.plain_integer = false;
  return r;
}

}  // namespace factcheck
