#include "quantities/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
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

}  // namespace

std::optional<ParsedNumber> parse_number(std::string_view text, const std::vector<Token>& t, std::size_t i,
                                         NumberOptions options) {
  const std::size_t n = t.size();
  if (i >= n) return std::nullopt;
  ParsedNumber r;
  r.first_token = i;
  std::size_t j = i;

  // A sign: "-4/5", "- 1 4/5", "minus five", "negative one". A hyphen glued to a word or after a
  // number is not a sign ("SCP-173", "5-10").
  const std::string_view head = t[j].norm;  // compared inline, as at nearly every token
  if (is_punct(t, j, "-")) {
    bool sign = true;
    if (j > 0) {
      const Token& p = t[j - 1];
      if (p.is_number() || p.is(")") || p.is("%") || p.is("-") || p.is("/") ||
          (p.is_word() && (adjacent(p, t[j]) || is_number_word(p.norm)))) {
        sign = false;
      }
      if (!adjacent(t[j], t[std::min(j + 1, n - 1)]) && p.kind != TokenKind::punct) sign = false;
    }
    if (sign && j + 1 < n && (t[j + 1].is_number() || cardinal_at(t, j + 1) >= 0)) {
      r.negative = true;
      ++j;
    }
  } else if (t[j].is_word() && (head == "minus" || head == "negative") && j + 1 < n &&
             (t[j + 1].is_number() || cardinal_at(t, j + 1) >= 0)) {
    r.negative = true;
    ++j;
  }
  if (j >= n) return std::nullopt;
  // Asked at nearly every token: a word starts a number only as read_words() begins one, with a
  // cardinal ("fourteen"), "a"/"an" ("a hundred") or "half"/"quarter". Any other word stops here.
  if (t[j].is_word()) {
    // Through string_view, so each test is an inline length check rather than a library call.
    const std::string_view w = t[j].norm;
    if (w != "a" && w != "an" && w != "half" && w != "quarter" && cardinal(w) < 0) return std::nullopt;
  }

  double value = 0, step = 1, scale = 1;
  std::size_t k = j;
  NumberForm form = NumberForm::digits;

  if (t[j].is_number()) {
    if (!read_digits(t[j].norm, value, step)) return std::nullopt;
    const bool plain = all_digits(t[j].norm);
    k = j + 1;
    // Groups of exactly three digits after single spaces: "1 234 567", "40\u202f000".
    if (plain && t[j].norm.size() <= 3) {
      std::string joined = t[j].norm;
      std::size_t m = j + 1;
      double last_step = 1;
      while (m < n && t[m].is_number()) {
        const std::string_view gap = text.substr(t[m - 1].end, t[m].start - t[m - 1].end);
        if (gap != " " && gap != "\xE2\x80\xAF" && gap != "\xC2\xA0" && gap != "\xE2\x80\x89") break;
        const std::string& g = t[m].norm;
        const auto dot = g.find('.');
        const std::string_view head = std::string_view(g).substr(0, dot);
        if (head.size() != 3 || !all_digits(head)) break;
        if (dot != std::string::npos && !all_digits(std::string_view(g).substr(dot + 1))) break;
        // "2 1/4" and "5 100/200" are fractions, not groups.
        if (m + 1 < n && is_punct(t, m + 1, "/") && adjacent(t[m], t[m + 1])) break;
        joined += g;
        if (dot != std::string::npos) last_step = std::pow(10.0, -static_cast<double>(g.size() - dot - 1));
        ++m;
        if (dot != std::string::npos) break;
      }
      if (m > j + 1) {
        value = digits_value(joined);
        step = last_step;
        k = m;
      }
    }
    const bool single = k == j + 1;
    // Scientific notation: "1e10", "-12e-1", "12.32e+14"; and "1.3x10^6".
    if (single && k < n && t[k].is_word() && t[k].norm == "e" && adjacent(t[k - 1], t[k])) {
      std::size_t m = k + 1;
      bool neg = false;
      if (m < n && (is_punct(t, m, "-") || t[m].is("+")) && adjacent(t[m - 1], t[m])) {
        neg = t[m].is("-");
        ++m;
      }
      if (m < n && t[m].is_number() && all_digits(t[m].norm) && adjacent(t[m - 1], t[m])) {
        const double e = digits_value(t[m].norm);
        value = value * std::pow(10.0, neg ? -e : e);
        form = NumberForm::power;
        k = m + 1;
      }
    } else if (single && k + 3 < n && t[k].is_word() && t[k].norm == "x" && t[k + 1].is("10") &&
               t[k + 2].is("^")) {
      std::size_t m = k + 3;
      bool neg = false;
      while (m < n && (is_punct(t, m, "-") || t[m].is("+"))) {
        neg = neg != t[m].is("-");
        ++m;
      }
      if (m < n && t[m].is_number() && all_digits(t[m].norm)) {
        const double e = digits_value(t[m].norm);
        value = value * std::pow(10.0, neg ? -e : e);
        form = NumberForm::power;
        k = m + 1;
      }
    } else if (single && k < n && t[k].is("^") && adjacent(t[k - 1], t[k])) {
      // Powers: "1.1^23", "2.5^-1", "-1.1^--23" (two minus signs cancel).
      std::size_t m = k + 1;
      bool neg = false;
      while (m < n && (is_punct(t, m, "-") || t[m].is("+"))) {
        neg = neg != t[m].is("-");
        ++m;
      }
      double e = 0, estep = 1;
      if (m < n && t[m].is_number() && read_digits(t[m].norm, e, estep)) {
        value = std::pow(value, neg ? -e : e);
        form = NumberForm::power;
        k = m + 1;
      }
    } else if (single && plain && k + 1 < n && t[k].is("/") && adjacent(t[k - 1], t[k]) &&
               t[k + 1].is_number() && all_digits(t[k + 1].norm) && adjacent(t[k], t[k + 1]) &&
               !(k + 2 < n && t[k + 2].is("/"))) {
      // "3/4"; not "5/17/2018".
      const double den = digits_value(t[k + 1].norm);
      if (den > 0) {
        value = value / den;
        step = value;
        form = NumberForm::fraction;
        k += 2;
      }
    } else if (single && plain && k + 2 < n && t[k].is_number() && all_digits(t[k].norm) &&
               t[k + 1].is("/") && adjacent(t[k], t[k + 1]) && t[k + 2].is_number() &&
               all_digits(t[k + 2].norm) && adjacent(t[k + 1], t[k + 2]) &&
               !(k + 3 < n && t[k + 3].is("/"))) {
      // A mixed number: "2 1/4".
      const double a = digits_value(t[k].norm), b = digits_value(t[k + 2].norm);
      if (b > 0 && a < b) {
        value += a / b;
        step = 1 / b;
        form = NumberForm::fraction;
        k += 3;
      }
    } else if (single && k < n && vulgar_fraction(t[k].norm) > 0 && adjacent(t[k - 1], t[k])) {
      value += vulgar_fraction(t[k].norm);  // "2½"
      form = NumberForm::fraction;
      ++k;
    }
    r.plain_integer = plain && k == j + 1;
    // Scale words and abbreviations: "6.6 billion", "10k", "1,674.5 G", "3 lakh crore", "3 dozens".
    if (form == NumberForm::digits) {
      double max_scale = 0;
      while (k < n && t[k].is_word()) {
        double s = 0;
        if (max_scale == 0) s = abbreviation_scale(text, t[k - 1], t[k], options.money);
        if (s == 0) s = scale_word(t[k].norm);
        if (s == 0 && max_scale == 0 && is_dozen(t[k].norm)) s = 12;
        if (s == 0 || (max_scale > 0 && s <= max_scale) || (max_scale == 12)) break;
        scale *= s;
        max_scale = s;
        ++k;
      }
      if (scale != 1) {
        value *= scale;
        step *= scale;
        r.plain_integer = false;
        // "3 million and a half"
        if (is_word(t, k, "and") && max_scale >= 1000) {
          const Fraction f = read_fraction_phrase(t, k + 1);
          if (f.ok) {
            value += f.value * max_scale;
            k = f.end;
          }
        }
      }
    }
  } else if (vulgar_fraction(t[j].norm) > 0) {
    value = vulgar_fraction(t[j].norm);
    step = value;
    form = NumberForm::fraction;
    k = j + 1;
  } else {
    const Words w = read_words(t, j);
    if (!w.ok) return std::nullopt;
    value = w.value;
    step = w.step;
    k = w.end;
    scale = w.scale;
    form = w.form;
    r.spelled = true;
  }

  // "one over three", "2000 over 3", "one out of three".
  if (!options.money && (form == NumberForm::digits || form == NumberForm::words) && scale == 1 && k < n) {
    std::size_t m = 0;
    if (is_word(t, k, "over")) m = k + 1;
    if (is_word(t, k, "out") && is_word(t, k + 1, "of")) m = k + 2;
    double den = 0;
    std::size_t end = 0;
    if (m > 0 && read_denominator(t, m, den, end) && den != 0 &&
        !(end < n && t[end].is_word() && (is_duration_word(t[end].norm) || scale_word(t[end].norm) > 0))) {
      value /= den;
      step = value;
      form = NumberForm::fraction;
      k = end;
      r.plain_integer = false;
    }
  }

  // A fraction states its value exactly; allow 1% for the rounding a reader would apply to it.
  if (form == NumberForm::fraction) step = std::fabs(value) * 0.01;
  r.last_token = k;
  r.value = r.negative ? -value : value;
  r.step = step;
  r.scale = scale;
  r.form = form;
  if (r.negative) r.plain_integer = false;
  return r;
}

}  // namespace factcheck
