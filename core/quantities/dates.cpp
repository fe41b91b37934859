// Dates: ISO 8601 ("2025-01-23"), month and day in either order ("Jan. 23, 2025", "4th of July
// 2025"), fiscal years ("FY2025", "fiscal 2025"), bare years where a date is meant ("in 2030"), years
// spoken ("in nineteen fifty-eight") and relative dates ("last year"), each with the comparator before it
// ("by", "since", "before").
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>
#include <string>

#include <unordered_map>

#include "model/dates.hpp"
#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

namespace factcheck::quantities_detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool capitalised(std::string_view text, const Token& tok) {
  const char c = text[tok.start];
  return c >= 'A' && c <= 'Z';
}

constexpr Phrase kDatePhrases[] = {
    {{"by", "the", "end", "of"}, Comparator::until},
    {{"until", "the", "end", "of"}, Comparator::until},
    {{"through", "the", "end", "of"}, Comparator::until},
    {{"starting", "in"}, Comparator::since},
    {{"starting", "from"}, Comparator::since},
    {{"beginning", "in"}, Comparator::since},
    {{"until"}, Comparator::until},
    {{"through"}, Comparator::until},
    {{"thru"}, Comparator::until},
    {{"till"}, Comparator::until},
    {{"to"}, Comparator::until},
    {{"by"}, Comparator::until},
    {{"since"}, Comparator::since},
    {{"from"}, Comparator::since},
    {{"starting"}, Comparator::since},
    // Translated copy: German, French, Spanish, Italian.
    {{"seit"}, Comparator::since},
    {{"depuis"}, Comparator::since},
    {{"desde"}, Comparator::since},
    {{"bis"}, Comparator::until},
    {{"jusqu'en"}, Comparator::until},
    {{"hasta"}, Comparator::until},
    {{"fino", "al"}, Comparator::until},
    {{"before"}, Comparator::less_than},
    {{"after"}, Comparator::more_than},
};

bool clause_edge_before(const Tokens& t, std::size_t k) {
  if (k == 0) return true;
  const Token& p = t[k - 1];
  return p.kind == TokenKind::punct && p.norm != "-" && p.norm != "/";
}

bool clause_edge_after(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return true;
  const Token& q = t[k];
  return q.kind == TokenKind::punct && q.norm != "-" && q.norm != "/";
}

bool is_year_number(const Token& tok, int& year) {
  if (!tok.is_number() || tok.norm.size() != 4) return false;
  for (char c : tok.norm)
    if (c < '0' || c > '9') return false;
  year = std::stoi(tok.norm);
  return year >= 1000 && year <= 2999;
}

std::string pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

}  // namespace

int month_number(std::string_view w) {
  static constexpr std::string_view kMonths[][3] = {
      {"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""},
      {"april", "apr", ""},   {"may", "", ""},         {"june", "jun", ""},
      {"july", "jul", ""},    {"august", "aug", ""},   {"september", "sep", "sept"},
      {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""},
  };
  // Asked of most words: those that cannot be a month's name or abbreviation are turned away at once, and
  // the others compared only with the months of their initial.
  if (w.size() < 3 || w.size() > 9) return 0;
  int first = 0, last = -1;  // the months to compare, by index
  switch (w[0]) {
    case 'j':
      first = 0, last = 6;  // January, June, July (and the months between, skipped by their initial)
      break;
    case 'f':
      first = last = 1;
      break;
    case 'm':
      first = 2, last = 4;
      break;
    case 'a':
      first = 3, last = 7;
      break;
    case 's':
      first = last = 8;
      break;
    case 'o':
      first = last = 9;
      break;
    case 'n':
      first = last = 10;
      break;
    case 'd':
      first = last = 11;
      break;
    default:
      return 0;
  }
  for (int m = first; m <= last; ++m) {
    if (kMonths[m][0][0] != w[0]) continue;  // a month's names share its first letter
    for (auto name : kMonths[m])
      if (name.size() == w.size() && name == w) return m + 1;
  }
  return 0;
}

namespace {

// A month's name in German, French, Spanish or Italian that English does not share ("Juli", "octobre",
// "enero", "ottobre"); 0 for any other word. Read only with a year: "mars" and "mayo" are words too.
int foreign_month(std::string_view w) {
  if (w.size() < 3 || w.size() > 10) return 0;
  static const std::unordered_map<std::string_view, int> kMonths = {
      {"januar", 1},    {"janvier", 1},    {"enero", 1},     {"gennaio", 1},    {"februar", 2},
      {"février", 2},   {"febrero", 2},    {"febbraio", 2},  {"märz", 3},       {"mars", 3},
      {"marzo", 3},     {"avril", 4},      {"abril", 4},     {"aprile", 4},     {"mai", 5},
      {"mayo", 5},      {"maggio", 5},     {"juni", 6},      {"juin", 6},       {"junio", 6},
      {"giugno", 6},    {"juli", 7},       {"juillet", 7},   {"julio", 7},      {"luglio", 7},
      {"août", 8},      {"agosto", 8},     {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9},
      {"settembre", 9}, {"oktober", 10},   {"octobre", 10},  {"octubre", 10},   {"ottobre", 10},
      {"novembre", 11}, {"noviembre", 11}, {"dezember", 12}, {"décembre", 12},  {"diciembre", 12},
      {"dicembre", 12}};
  const auto it = kMonths.find(w);
  return it == kMonths.end() ? 0 : it->second;
}

// Reads the dates starting at a token.
class DateReader : public Reader {
 public:
  using Reader::Reader;

  // Any date at i: relative ("last year"), ISO ("2025-01-23"), with a month's name ("Jan. 23, 2025",
  // "23 January 2025"), fiscal ("FY2025") or a bare year where a date is meant ("in 2030").
  bool try_date(std::size_t i, std::size_t& next) {
    if (try_relative_date(i, next) || try_iso_date(i, next)) return true;
    // A month's name first decides: "May 4th", "March 2025", or no date ("march on").
    int month = 0;
    if (std::size_t e = month_at(i, month)) return try_month_first(i, e, month, next);
    return try_year_part(i, next) || try_foreign_date(i, next) || try_day_first(i, next) ||
           try_fiscal_year(i, next) || try_bare_year(i, next) || try_spoken_year(i, next);
  }

 private:
  // Translated copy: "Juli 2019", "octobre 2024", "julio de 2019", "ottobre 2024", "21. Januar 2025",
  // "22 janvier 2025", "21 de enero de 2025", "17.11.2023". A month's name needs its year.
  bool try_foreign_date(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    // The year after a month's name at k, past "de", "di" or "del": its token, or n.
    const auto year_after = [&](std::size_t k, int& year) -> std::size_t {
      std::size_t y = k + 1;
      if (y < n && one_of(t_[y].norm, {"de", "di", "del"})) ++y;
      return y < n && is_year_number(t_[y], year) ? y : n;
    };
    int year = 0, day = 0;
    if (!t_[i].is_number() && !t_[i].is_word()) return false;
    // "17.11.2023": day, month and year in one token.
    if (t_[i].is_number() && t_[i].norm.size() >= 8 && t_[i].norm.size() <= 10) {
      const std::string& w = t_[i].norm;
      const std::size_t a = w.find('.'), b = w.find('.', a + 1);
      if (a != std::string::npos && b != std::string::npos && a >= 1 && a <= 2 && b - a - 1 >= 1 &&
          b - a - 1 <= 2 && w.size() - b - 1 == 4 &&
          w.find_first_not_of("0123456789.") == std::string::npos) {
        day = std::stoi(w.substr(0, a));
        const int month = std::stoi(w.substr(a + 1, b - a - 1));
        year = std::stoi(w.substr(b + 1));
        if (day < 1 || month < 1 || month > 12 || year < 1900 || year > 2100) return false;
        push_day(i, i + 1, year, month, day);
        next = i + 1;
        return true;
      }
    }
    if (t_[i].is_word()) {
      // A month's name is read only before its year (or "de", "di"): most words are turned away so.
      const bool year_next =
          i + 1 < n && (t_[i + 1].is_number() || one_of(t_[i + 1].norm, {"de", "di", "del"}));
      // "Mars 2030" in English copy is the planet's mission: the French month is written in lower case.
      const int month =
          year_next && !(t_[i].is("mars") && capitalised(text_, t_[i])) ? foreign_month(t_[i].norm) : 0;
      if (!month) return false;
      const std::size_t y = year_after(i, year);
      if (y == n) return false;
      push_month(i, y + 1, year, month);
      next = y + 1;
      return true;
    }
    const std::size_t de = day_at(i, day);
    if (!de) return false;
    std::size_t k = de;
    if (k < n && t_[k].is(".") && adjacent(t_[k - 1], t_[k])) ++k;  // "21. Januar"
    if (k < n && one_of(t_[k].norm, {"de", "di"})) ++k;             // "21 de enero"
    const bool year_after_k =
        k + 1 < n && (t_[k + 1].is_number() || one_of(t_[k + 1].norm, {"de", "di", "del"}));
    const int month = year_after_k && t_[k].is_word() ? foreign_month(t_[k].norm) : 0;
    if (!month) return false;
    const std::size_t y = year_after(k, year);
    if (y == n) return false;
    push_day(i, y + 1, year, month, day);
    next = y + 1;
    return true;
  }

  // "this fiscal year", "last year", "next quarter".
  bool try_relative_date(std::size_t i, std::size_t& next) {
    static constexpr std::string_view kWhich[] = {"this", "last",   "next",   "previous",
                                                  "past", "coming", "current"};
    static constexpr std::string_view kPeriod[] = {"year", "quarter", "month", "week"};
    if (!t_[i].is_word() || !one_of(t_[i].norm, kWhich)) return false;
    std::size_t k = i + 1;
    std::string phrase = t_[i].norm;
    if (word(k, "fiscal") || word(k, "financial") || word(k, "calendar")) {
      phrase += " " + t_[k].norm;
      ++k;
    }
    if (k >= t_.size() || !t_[k].is_word() || !one_of(t_[k].norm, kPeriod)) return false;
    phrase += " " + t_[k].norm;
    QuantityMention m = make(i, k + 1, QuantityKind::date);
    m.unit = "relative";
    m.date = phrase;
    m.value = 0;  // unknown without the article's date: the interval is unbounded
    m.step = 0;
    match_before(t_, i, kDatePhrases, m.comparator);
    scan_.mentions.push_back(std::move(m));
    next = k + 1;
    return true;
  }

  // ISO 8601: "2025-01-23", "2025-01".
  bool try_iso_date(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    int year = 0;
    if (!(is_year_number(t_[i], year) && i + 2 < n && t_[i + 1].is("-") && adjacent(t_[i], t_[i + 1]) &&
          t_[i + 2].is_number() && t_[i + 2].norm.size() == 2 && adjacent(t_[i + 1], t_[i + 2])))
      return false;
    const int mo = std::atoi(t_[i + 2].norm.c_str());
    if (mo < 1 || mo > 12) return false;
    if (i + 4 < n && t_[i + 3].is("-") && adjacent(t_[i + 2], t_[i + 3]) && t_[i + 4].is_number() &&
        t_[i + 4].norm.size() == 2 && adjacent(t_[i + 3], t_[i + 4])) {
      const int d = std::atoi(t_[i + 4].norm.c_str());
      if (d >= 1 && d <= 31) {
        push_day(i, i + 5, year, mo, d);
        next = i + 5;
        return true;
      }
    }
    push_month(i, i + 3, year, mo);
    next = i + 3;
    return true;
  }

  // The month's name at i, read up to `e`, then a day or a year: "Jan. 23, 2025", "January 2025".
  bool try_month_first(std::size_t i, std::size_t e, int month, std::size_t& next) {
    const std::size_t n = t_.size();
    int year = 0, day = 0;
    const bool cap = capitalised(text_, t_[i]);
    std::size_t k = e;
    if (std::size_t de = day_at(k, day)) {
      // A span of days in one month: "Nov 17–19, 2023".
      int last_day = 0;
      if (de + 1 < n && t_[de].is("-") && adjacent(t_[de - 1], t_[de]) && adjacent(t_[de], t_[de + 1])) {
        if (const std::size_t le = day_at(de + 1, last_day); le && last_day > day) {
          std::size_t y = le;
          if (norm_at(t_, y, ",")) ++y;
          if (y < n && is_year_number(t_[y], year) && last_day <= days_in_month(year, month)) {
            push_days(i, y + 1, year, month, day, last_day);
            next = y + 1;
            return true;
          }
        }
      }
      if (try_year_of_day(i, de, month, day, next)) return true;
      if (cap || t_[i].norm.size() > 5) {
        push_yearless(i, de, month, day);  // "January 22", "JAN. 21"
        next = de;
        return true;
      }
      return false;
    }
    // A year cut to two digits after an apostrophe or glued by a hyphen: "Oct ’24", "July '19",
    // "October-24", "Oct-24".
    if (cap && k + 1 < n && (norm_at(t_, k, "'") || (norm_at(t_, k, "-") && adjacent(t_[k - 1], t_[k]))) &&
        adjacent(t_[k], t_[k + 1]) && t_[k + 1].kind == TokenKind::number && t_[k + 1].norm.size() == 2 &&
        !(k + 2 < n && adjacent(t_[k + 1], t_[k + 2]) && !t_[k + 2].is(".") && !t_[k + 2].is(","))) {
      const int yy = std::stoi(t_[k + 1].norm);
      push_month(i, k + 2, yy <= 69 ? 2000 + yy : 1900 + yy, month);
      next = k + 2;
      return true;
    }
    if (norm_at(t_, k, ",")) ++k;
    if (k < n && is_year_number(t_[k], year) && (cap || t_[i].norm.size() > 5 || e > i + 1)) {
      push_month(i, k + 1, year, month);
      next = k + 1;
      return true;
    }
    return false;
  }

  // The year that completes a day and month read from token `first` to `y`, after an optional comma:
  // "Jan. 23, 2025", "23 January 2025".
  bool try_year_of_day(std::size_t first, std::size_t y, int month, int day, std::size_t& next) {
    int year = 0;
    if (norm_at(t_, y, ",")) ++y;
    if (y >= t_.size() || !is_year_number(t_[y], year)) return false;
    push_day(first, y + 1, year, month, day);
    next = y + 1;
    return true;
  }

  // A day, then the month's name: "23 January 2025", "4th of July 2025".
  bool try_day_first(std::size_t i, std::size_t& next) {
    int month = 0, day = 0;
    const std::size_t de = day_at(i, day);
    if (!de) return false;
    std::size_t k = de;
    if (word(k, "of")) ++k;
    // "21-Jan-25": day, month and a two-digit year glued by hyphens.
    if (k + 3 < t_.size() && t_[k].is("-") && adjacent(t_[k - 1], t_[k])) {
      int mo = 0;
      const std::size_t e = month_at(k + 1, mo);
      if (e && e + 1 < t_.size() && t_[e].is("-") && adjacent(t_[e - 1], t_[e]) &&
          adjacent(t_[e], t_[e + 1]) && t_[e + 1].kind == TokenKind::number && t_[e + 1].norm.size() == 2) {
        const int yy = std::stoi(t_[e + 1].norm);
        push_day(i, e + 2, yy <= 69 ? 2000 + yy : 1900 + yy, mo, day);
        next = e + 2;
        return true;
      }
    }
    const std::size_t me = month_at(k, month);
    if (!me) return false;
    const bool cap = capitalised(text_, t_[k]);
    if (try_year_of_day(i, me, month, day, next)) return true;
    // "14 May" only before punctuation or a word no verb follows a "may" with: "14 May be" is a verb
    // after a number, "reopened on 8 May after a revamp" the month.
    static const std::set<std::string> kAfterMonth = {
        "after", "before", "and", "or",    "in",    "at",   "on", "when", "with", "for",  "as",   "the",
        "a",     "an",     "but", "while", "until", "from", "to", "this", "that", "last", "next", "onwards"};
    const bool may_ok = t_[k].norm != "may" || me >= t_.size() || t_[me].kind == TokenKind::punct ||
                        kAfterMonth.count(t_[me].norm) > 0;
    if (cap && may_ok) {
      push_yearless(i, me, month, day);  // "17 November", "4th of July"
      next = me;
      return true;
    }
    return false;
  }

  // "FY2025", "FY 25", "fiscal 2025", "fiscal year 2025".
  bool try_fiscal_year(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    if (word(i, "fy") && i + 1 < n && t_[i + 1].is_number()) {
      const std::string& d = t_[i + 1].norm;
      int y = 0;
      if (is_year_number(t_[i + 1], y) ||
          (d.size() == 2 && d.find_first_not_of("0123456789") == std::string::npos &&
           (y = 2000 + std::stoi(d)))) {
        push_year(i, i + 2, y, true);
        next = i + 2;
        return true;
      }
    }
    if (word(i, "fiscal")) {
      std::size_t k = i + 1;
      if (word(k, "year")) ++k;
      int year = 0;
      if (k < n && is_year_number(t_[k], year)) {
        push_year(i, k + 1, year, true);
        next = k + 1;
        return true;
      }
    }
    return false;
  }

  // A bare year where a date is meant: "in 2030", "mid-2025", "OpenAI's 2022 funding round".
  bool try_bare_year(std::size_t i, std::size_t& next) {
    int year = 0;
    if (!is_year_number(t_[i], year) || year < 1000 || year > 2100) return false;
    // After a date preposition, or alone in its clause; an older year only after "in", "since" and the
    // like ("cast in 1711", "made in 1695").
    const bool alone = clause_edge_before(t_, i) && clause_edge_after(t_, i + 1);
    const bool old_year_place =
        i > 0 && one_of(t_[i - 1].norm, {"in", "since", "until", "before", "after", "circa"});
    if (year < 1800 && !old_year_place) return false;
    if (!(year_by_its_place(i) || alone) || year_is_figure(i)) return false;
    push_year(i, i + 1, year, false);
    next = i + 1;
    return true;
  }

  // A year spoken as two numbers, after a date preposition or opening its sentence: "since eighteen
  // seventy-one", "in nineteen fifty-eight", "Nineteen thirty-seven:", "back in twenty-sixteen", "in
  // nineteen hundred", "by twenty oh five".
  bool try_spoken_year(std::size_t i, std::size_t& next) {
    const int century = cardinal_at(t_, i);
    if (century < 10 || century > 20) return false;
    const bool opens = i == 0 || !(t_[i - 1].is_word() || t_[i - 1].is_number());
    const bool placed = i > 0 && t_[i - 1].is_word() &&
                        one_of(t_[i - 1].norm, {"in", "since", "until", "till", "from", "before", "after",
                                                "circa", "by", "of"});
    // After a day told as an ordinal: "january twenty first twenty twenty five".
    const double day = i > 1 && t_[i - 1].is_word() ? ordinal(t_[i - 1].norm) : 0;
    const bool after_day = day >= 1 && day <= 30 && !t_[i - 1].is("half") && t_[i - 1].norm.back() != 's' &&
                           (month_of(t_[i - 2].norm) != 0 || cardinal_at(t_, i - 2) >= 20);
    // Or right after a month: "fired him in november twenty twenty three".
    const bool after_month =
        i > 0 && t_[i - 1].is_word() && month_of(t_[i - 1].norm) != 0 && !t_[i - 1].is("may");
    if (!opens && !placed && !after_day && !after_month) return false;
    std::size_t k = i + 1;
    if (k < t_.size() && t_[k].is("-") && adjacent(t_[i], t_[k])) ++k;  // "twenty-sixteen"
    int rest = -1;
    std::size_t end = k + 1;
    if (word(k, "hundred")) {
      rest = 0;
    } else if (word(k, "oh") && cardinal_at(t_, k + 1) >= 1 && cardinal_at(t_, k + 1) <= 9) {
      rest = cardinal_at(t_, k + 1);
      end = k + 2;
    } else if (const int v = cardinal_at(t_, k); v >= 10 && v <= 19) {
      rest = v;
    } else if (v >= 20 && v <= 90 && v % 10 == 0) {
      rest = v;
      // "fifty-eight", the unit glued by its hyphen.
      if (k + 2 < t_.size() && t_[k + 1].is("-") && adjacent(t_[k], t_[k + 1]) &&
          adjacent(t_[k + 1], t_[k + 2]) && cardinal_at(t_, k + 2) >= 1 && cardinal_at(t_, k + 2) <= 9) {
        rest += cardinal_at(t_, k + 2);
        end = k + 3;
      } else if (k + 1 < t_.size() && cardinal_at(t_, k + 1) >= 1 && cardinal_at(t_, k + 1) <= 9) {
        // Transcribed speech writes no hyphen: "in twenty twenty three".
        rest += cardinal_at(t_, k + 1);
        end = k + 2;
      }
    }
    if (rest < 0) return false;
    // Not a count of something after it: "nineteen twenty-year-olds", "eighteen forty-tonne trucks".
    if (end < t_.size() && (t_[end].is("-") || (t_[end].is_word() && plural_noun(t_[end].norm) &&
                                                !one_of(t_[end].norm, {"was", "is"}))))
      return false;
    const int year = century * 100 + rest;
    if (year < 1000 || year > 2100) return false;
    push_year(i, end, year, false);
    next = end;
    return true;
  }

  // The year at i is a date by the words before it ("in", "since", "between 2020 and").
  bool year_by_its_place(std::size_t i) const {
    static constexpr std::string_view kPreps[] = {
        "in", "since", "until", "through", "by", "to", "till", "from", "before", "after", "during", "of",
        "early", "late", "mid", "end", "between", "and", "thru", "for",
        // Translated copy: "seit 2019", "bis 2030", "depuis 2019", "jusqu'en 2030", "desde 2019", "nel 2023".
        "seit", "bis", "im", "depuis", "jusqu'en", "en", "desde", "hasta", "dal", "nel"};
    const std::size_t n = t_.size();
    bool prep = i > 0 && t_[i - 1].is_word() && one_of(t_[i - 1].norm, kPreps);
    if (i > 1 && t_[i - 1].is("-") && (word(i - 2, "mid") || word(i - 2, "early") || word(i - 2, "late")))
      prep = true;
    // "and"/"between" only count between years: "between 2020 and 2025".
    if (prep && (word(i - 1, "and") || word(i - 1, "between"))) {
      int other = 0;
      prep = (i > 2 && is_year_number(t_[i - 2], other)) || (i + 2 < n && is_year_number(t_[i + 2], other));
    }
    if (prep && word(i - 1, "for")) prep = clause_edge_after(t_, i + 1);
    // "OpenAI's 2022 funding round", "put the year as 2024.": a year by its place.
    if (!prep && i > 0 && (t_[i - 1].is("'s") || (word(i - 1, "as") && clause_edge_after(t_, i + 1))))
      prep = true;
    // "the 2021 census": a year before a noun in the singular (not "the 2000 workers", a count).
    if (!prep && i > 0 && i + 1 < n && t_[i - 1].is_word() &&
        one_of(t_[i - 1].norm, {"the", "this", "that"}) && countable_noun(t_[i + 1]) &&
        !plural_noun(t_[i + 1].norm) && !has_capital(text_, t_[i + 1]))
      prep = true;
    // "the 2022 Daegyeong mayoral election", "the 2024 Paris Olympics": a recent year before a name, and
    // no plural after the name that the number could count ("the 2000 Acme workers").
    if (!prep && i > 0 && word(i - 1, "the") && i + 1 < n && t_[i + 1].is_word() &&
        has_capital(text_, t_[i + 1]) && t_[i].norm.size() == 4 && t_[i].norm >= "1950" &&
        t_[i].norm <= "2100") {
      std::size_t k = i + 1;
      while (k < n && t_[k].is_word() && has_capital(text_, t_[k])) ++k;
      prep = !(k < n && t_[k].is_word() && plural_noun(t_[k].norm));
    }
    return prep;
  }

  // The year at i is a figure by its neighbours: "2000 %", "$2000", "2000 metres", "2000/01".
  bool year_is_figure(std::size_t i) const {
    const std::size_t n = t_.size();
    const Token* after = i + 1 < n ? &t_[i + 1] : nullptr;
    bool blocked = false;
    if (after) {
      if (after->kind == TokenKind::symbol) blocked = true;  // "2000 %", "2000 $"
      if (after->is_word() &&
          (scale_word(after->norm) > 0 || after->norm == "percent" || currency_noun(after->norm) ||
           !duration_unit(after->norm).empty() || measure_at(scan_, i + 1) || adjacent(t_[i], *after)))
        blocked = true;
      if (after->is("/") || (after->is("-") && adjacent(t_[i], *after) && i + 2 < n && t_[i + 2].is_number()))
        blocked = blocked || after->is("/");
    }
    if (i > 0 && t_[i - 1].kind == TokenKind::symbol) blocked = true;  // "$2000"
    return blocked;
  }

  // Reads a day of the month at k ("23", "4th"); returns the end token or 0.
  std::size_t day_at(std::size_t k, int& day) const {
    if (k >= t_.size() || !t_[k].is_number() || t_[k].norm.size() > 2) return 0;
    for (char c : t_[k].norm)
      if (c < '0' || c > '9') return 0;
    day = std::stoi(t_[k].norm);
    if (day < 1 || day > 31) return 0;
    std::size_t e = k + 1;
    if (e < t_.size() && t_[e].is_word() && adjacent(t_[k], t_[e]) &&
        (t_[e].norm == "th" || t_[e].norm == "st" || t_[e].norm == "nd" || t_[e].norm == "rd")) {
      ++e;
    }
    return e;
  }

  // A month name at k (with its abbreviation dot); returns the end token or 0.
  std::size_t month_at(std::size_t k, int& month) const {
    if (k >= t_.size() || !t_[k].is_word()) return 0;
    month = month_number(t_[k].norm);
    if (!month) return 0;
    std::size_t e = k + 1;
    // "Aug.", "Sept.", but not the full stop after "May", "June" or "July", names in full.
    const bool abbreviated =
        t_[k].norm.size() <= 4 && t_[k].norm != "may" && t_[k].norm != "june" && t_[k].norm != "july";
    if (abbreviated && norm_at(t_, e, ".") && adjacent(t_[k], t_[e])) ++e;
    return e;
  }

  void push_day(std::size_t first, std::size_t last, int y, int mo, int d) {
    if (d > days_in_month(y, mo)) return;
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "day";
    m.value = y;
    m.date = pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2);
    const Interval span = date_span(y, mo, d);
    finish_date(std::move(m), span.low, span.high);
  }

  // A day of a month with no year given: the date "--MM-DD" (ISO 8601's form without a year), compared
  // with a fact's date in the fact's year (match/figures.cpp). Its interval, in the year 1, overlaps no
  // real date until then.
  void push_yearless(std::size_t first, std::size_t last, int mo, int d) {
    if (d > days_in_month(2024, mo)) return;
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "day";
    m.value = 0;
    m.date = "--" + pad(mo, 2) + "-" + pad(d, 2);
    const Interval span = date_span(1, mo, d);
    finish_date(std::move(m), span.low, span.high);
  }

  // Days d to e of one month, as one date that spans them.
  void push_days(std::size_t first, std::size_t last, int y, int mo, int d, int e) {
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "day";
    m.value = y;
    m.date = pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2);
    finish_date(std::move(m), date_span(y, mo, d).low, date_span(y, mo, e).high);
  }

  void push_month(std::size_t first, std::size_t last, int y, int mo) {
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "month";
    m.value = y;
    m.date = pad(y, 4) + "-" + pad(mo, 2);
    const Interval span = date_span(y, mo);
    finish_date(std::move(m), span.low, span.high);
  }

  // "Q3 2025", "the second half of 2026", "spring 2029" (year_parts.cpp).
  bool try_year_part(std::size_t i, std::size_t& next) {
    YearPart p;
    if (!read_year_part(t_, i, p)) return false;
    QuantityMention m = make(i, p.end, QuantityKind::date);
    m.unit = p.part == 'Q' ? "quarter" : p.part == 'H' ? "half" : "season";
    m.value = p.year;
    m.date = year_part_date(p);
    Interval span;
    if (!parse_date_span(m.date, span)) return false;
    finish_date(std::move(m), span.low, span.high);
    next = p.end;
    return true;
  }

  void push_year(std::size_t first, std::size_t last, int y, bool fiscal) {
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = fiscal ? "fiscal_year" : "year";
    m.value = y;
    m.date = fiscal ? "FY" + pad(y, 4) : pad(y, 4);
    const Interval span = date_span(y, 0, 0, fiscal);
    finish_date(std::move(m), span.low, span.high);
  }

  // Binds the date comparator ("by", "since", "before") and sets the span of years the date admits.
  void finish_date(QuantityMention m, double low, double high) {
    if (!std::isfinite(m.value)) return;
    static const PhraseEnds kEnds(kDatePhrases);
    // Past a weekday: "postponed to Monday 1 September 2025".
    std::size_t at = m.first_token;
    if (at > 0 && t_[at - 1].is_word() && is_weekday(t_[at - 1].norm)) --at;
    const std::size_t words = kEnds.before(t_, at) ? match_before(t_, at, kDatePhrases, m.comparator) : 0;
    if (words > 0) m.comparator_start = t_[at - words].start;
    // The mention's own span of years; "before"/"after" open it towards the past or the future.
    Interval iv{low, high, false, true};
    if (m.comparator == Comparator::less_than) iv = Interval{-kInf, low, false, true};
    if (m.comparator == Comparator::more_than) iv = Interval{high, kInf, false, false};
    m.interval = iv;
    m.step = high - low;
    scan_.mentions.push_back(std::move(m));
  }
};

}  // namespace

bool try_date(Extraction& scan, std::size_t i, std::size_t& next) {
  return DateReader(scan).try_date(i, next);
}

}  // namespace factcheck::quantities_detail
