// Numbers written in words: cardinals ("one hundred and sixty-one"), ordinals as denominators ("two
// thirds"), "half" and "quarter", dozens, scale words and their abbreviations ("billion", "bn", "10k").
#include "quantities/number_words.hpp"

#include <cmath>
#include <string>
#include <unordered_map>

#include "quantities/digits.hpp"

namespace factcheck {
namespace quantities_detail {
namespace {

struct WordValue {
  std::string_view word;
  int value;
};

// zero..nineteen and the tens.
constexpr WordValue kCardinals[] = {
    {"zero", 0},     {"nought", 0},     {"naught", 0},    {"one", 1},       {"two", 2},       {"three", 3},
    {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},    {"twelve", 12},   {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},
    {"forty", 40},   {"fifty", 50},     {"sixty", 60},    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},
};

// Ordinals used as denominators; "first" and "second" only inside compounds ("twenty-first").
struct Ordinal {
  std::string_view word;
  double value;
};
constexpr Ordinal kOrdinals[] = {
    {"first", 1},       {"second", 2},        {"third", 3},       {"fourth", 4},       {"fifth", 5},
    {"sixth", 6},       {"seventh", 7},       {"eighth", 8},      {"ninth", 9},        {"tenth", 10},
    {"eleventh", 11},   {"twelfth", 12},      {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17},  {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},  {"fortieth", 40},     {"fiftieth", 50},   {"sixtieth", 60},    {"seventieth", 70},
    {"eightieth", 80},  {"ninetieth", 90},    {"hundredth", 100}, {"thousandth", 1e3}, {"millionth", 1e6},
    {"billionth", 1e9}, {"trillionth", 1e12}, {"half", 2},        {"halves", 2},       {"quarter", 4},
    {"quarters", 4},
};

// Every cardinal has three to nine letters and starts with one of these: most words are turned away
// by those two tests before any hashing.
constexpr std::string_view kCardinalInitials = "zntofse";
constexpr bool cardinal_filter_admits_all() {
  for (const auto& c : kCardinals)
    if (c.word.size() < 3 || c.word.size() > 9 || kCardinalInitials.find(c.word[0]) == std::string_view::npos)
      return false;
  return true;
}
static_assert(cardinal_filter_admits_all(), "cardinal() would turn away a cardinal");

// 0 when the word is not an ordinal denominator; plurals ("fifths", "thirds") are accepted.
double ordinal(std::string_view w) {
  for (const auto& o : kOrdinals)
    if (o.word == w) return o.value;
  if (w.size() > 3 && w.back() == 's') {
    const auto stem = w.substr(0, w.size() - 1);
    if (stem == "half" || stem == "quarter") return 0;  // "halfs" is not a word; "quarters" matched above
    for (const auto& o : kOrdinals)
      if (o.word == stem) return o.value;
  }
  return 0;
}

bool is_half_or_quarter(std::string_view w) {
  return w == "half" || w == "halves" || w == "quarter" || w == "quarters";
}

// Word-level scale: the words, not the one-letter abbreviations (those depend on case and context).
double word_scale(std::string_view w) {
  if (w == "thousand") return 1e3;
  if (w == "million") return 1e6;
  if (w == "billion") return 1e9;
  if (w == "trillion") return 1e12;
  if (w == "lakh" || w == "lakhs" || w == "lac") return 1e5;
  if (w == "crore" || w == "crores") return 1e7;
  return 0;
}

bool determiner_before(const std::vector<Token>& t, std::size_t k) {
  if (k == 0) return false;
  const Token& p = t[k - 1];
  if (!p.is_word()) return false;
  static constexpr std::string_view kDet[] = {"the", "this",    "that",  "which",  "each",  "every", "any",
                                              "no",  "another", "first", "second", "other", "a",     "an",
                                              "its", "his",     "her",   "their",  "our",   "my",    "your"};
  for (auto d : kDet)
    if (p.norm == d) return true;
  return false;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

}  // namespace

// -1 when the word is not zero..ninety.
int cardinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 9 || kCardinalInitials.find(w[0]) == std::string_view::npos) return -1;
  // Asked of nearly every word of a text: a hash lookup, not a scan of the list.
  static const std::unordered_map<std::string_view, int> kByWord = [] {
    std::unordered_map<std::string_view, int> m;
    for (const auto& c : kCardinals) m.emplace(c.word, c.value);
    return m;
  }();
  const auto it = kByWord.find(w);
  return it == kByWord.end() ? -1 : it->second;
}

int cardinal_at(const std::vector<Token>& t, std::size_t k) {
  if (k >= t.size() || t[k].kind != TokenKind::word) return -1;
  return cardinal(t[k].norm);
}

bool is_dozen(std::string_view w) {
  return w == "dozen" || w == "dozens" || w == "doz" || w == "dozs" || w == "dz" || w == "dzs";
}

// The multiplier of a scale abbreviation right after digits, or 0. Case matters: "10M" and "10G" are
// million and giga, but a lower-case glued "m" or "g" is a metre or a gram unless money precedes.
double abbreviation_scale(std::string_view text, const Token& num, const Token& tok, bool money) {
  if (tok.kind != TokenKind::word) return 0;
  const std::string& w = tok.norm;
  const std::string_view raw = text.substr(tok.start, tok.end - tok.start);
  const bool glued = adjacent(num, tok);
  if (w == "k") return 1e3;
  if (w == "m") return (is_upper(raw[0]) || money) ? 1e6 : 0;
  if (w == "mm") return (raw == "MM" || money) ? 1e6 : 0;
  if (w == "g") return raw == "G" ? 1e9 : 0;
  if (w == "b") return glued ? 1e9 : 0;
  if (w == "bn" || w == "bln" || w == "bil") return 1e9;
  if (w == "mn" || w == "mln" || w == "mil" || w == "mio") return 1e6;
  if (w == "tn" || w == "tln" || w == "trn") return 1e12;
  return 0;
}

// Reads "one hundred and sixty-one", "twenty-one trillion and three hundred", "three lakh crore",
// "three hundred and two dozens", "two hundred point zero three".
Cardinal read_cardinal(const std::vector<Token>& t, std::size_t k) {
  Cardinal c;
  const std::size_t n = t.size();
  double total = 0;  // completed scale groups
  double cur = 0;    // the group below the last scale word
  double tail = 0;   // the part since the last "hundred" or "and" (what "dozen" multiplies)
  double max_scale = 0;
  std::size_t j = k;
  if ((is_word(t, j, "a") || is_word(t, j, "an")) && j + 1 < n && t[j + 1].is_word() &&
      (t[j + 1].norm == "hundred" || word_scale(t[j + 1].norm) > 0 || is_dozen(t[j + 1].norm))) {
    cur = 1;
    tail = 1;
    c.leading_a = true;
    c.last = Last::unit;
    ++j;
  }
  Last last = c.last;
  int after_and_words = 0;
  while (j < n) {
    const Token& tok = t[j];
    if (tok.kind == TokenKind::word) {
      const std::string& w = tok.norm;
      const int v = cardinal(w);
      if (v >= 0) {
        const bool is_unit = v < 10, is_teen = v >= 10 && v < 20;
        bool ok = false;
        switch (last) {
          case Last::none:
          case Last::hundred:
          case Last::scale:
          case Last::and_word:
            ok = true;
            break;
          case Last::tens:
            ok = is_unit && v > 0;
            break;
          default:
            ok = false;
        }
        if (!ok) break;
        if (!is_unit && !is_teen) {
          c.before_tens = total + cur;
          c.tens = v;
          c.tens_after_and = last == Last::and_word;
        }
        cur += v;
        tail = (last == Last::tens) ? tail + v : v;
        last = is_unit ? Last::unit : is_teen ? Last::teen : Last::tens;
        if (c.has_and) ++after_and_words;
        ++j;
        continue;
      }
      if (w == "hundred") {
        if (!(last == Last::unit || last == Last::teen || last == Last::tens) || cur <= 0 || cur >= 100)
          break;
        cur *= 100;
        tail = 0;
        last = Last::hundred;
        ++j;
        continue;
      }
      const double s = word_scale(w);
      if (s > 0) {
        if (last == Last::scale && s > max_scale && cur == 0) {
          total *= s;  // "three lakh crore"
        } else if (last == Last::unit || last == Last::teen || last == Last::tens || last == Last::hundred) {
          if (s > max_scale) {
            total = (total + cur) * s;
          } else {
            total += cur * s;
          }
        } else {
          break;
        }
        if (total + cur == 0 && cur == 0 && total == 0) {
          // "zero million": still a number, keep reading
        }
        if (s > max_scale) max_scale = s;
        cur = 0;
        tail = 0;
        c.last_scale = s;
        last = Last::scale;
        ++j;
        continue;
      }
      if (w == "and") {
        if (!(last == Last::hundred || last == Last::scale) || cardinal_at(t, j + 1) < 0) break;
        c.has_and = true;
        c.before_and = total + cur;
        after_and_words = 0;
        last = Last::and_word;
        ++j;
        continue;
      }
      if (is_dozen(w)) {
        if (!(last == Last::unit || last == Last::teen || last == Last::tens) || tail <= 0) break;
        cur += tail * 11;
        last = Last::dozen;
        ++j;
        break;
      }
      if (w == "point" &&
          (last == Last::unit || last == Last::teen || last == Last::tens || last == Last::hundred ||
           last == Last::scale) &&
          cardinal_at(t, j + 1) >= 0) {
        // Spoken decimals: each word gives its digits ("zero three" -> .03, "seventy-one" -> .71).
        std::string digits;
        std::size_t m = j + 1;
        while (m < n) {
          const int d = cardinal_at(t, m);
          if (d < 0) break;
          if (d >= 20 && d % 10 == 0) {
            std::size_t after = m + 1;
            if (is_punct(t, after, "-")) ++after;
            const int u = cardinal_at(t, after);
            if (u > 0 && u < 10) {
              digits += std::to_string(d + u);
              m = after + 1;
              continue;
            }
          }
          digits += std::to_string(d);
          ++m;
        }
        const double frac = digits_value("0." + digits);
        cur += frac;
        c.step = std::pow(10.0, -static_cast<double>(digits.size()));
        last = Last::decimal;
        j = m;
        // A scale after spoken decimals applies to the whole: "six point six billion".
        const double after_scale = j < n && t[j].is_word() ? word_scale(t[j].norm) : 0;
        if (after_scale >= 1000 && total == 0) {
          cur *= after_scale;
          c.step *= after_scale;
          ++j;
        }
        break;
      }
      break;
    }
    if (is_punct(t, j, "-") && last == Last::tens) {
      const int u = cardinal_at(t, j + 1);
      if (u > 0 && u < 10) {
        ++j;  // "twenty-one", "fifty - two"
        continue;
      }
    }
    break;
  }
  if (last == Last::none || last == Last::and_word) return c;
  c.ok = true;
  c.value = total + cur;
  c.end = j;
  c.last = last;
  c.after_and = c.has_and ? c.value - c.before_and : 0;
  c.words_after_and = after_and_words;
  if (last == Last::scale) c.step = c.last_scale;
  if (last == Last::hundred) c.step = 100;
  return c;
}

// "a half", "a twenty-first", "a trillionth", "three fifths", "two thirds": a numerator then an ordinal.
// A numerator in words other than "a" may not take "first"/"second" alone nor a scale ordinal.
Fraction read_fraction_phrase(const std::vector<Token>& t, std::size_t k) {
  Fraction f;
  double num = 0;
  std::size_t j = k;
  bool with_a = false;
  if (is_word(t, j, "a") || is_word(t, j, "an")) {
    num = 1;
    with_a = true;
    ++j;
  } else {
    const int v = cardinal_at(t, j);
    if (v <= 0) return f;
    num = v;
    ++j;
    if (v >= 20 && v % 10 == 0) {
      std::size_t after = j;
      if (is_punct(t, after, "-")) ++after;
      const int u = cardinal_at(t, after);
      if (u > 0 && u < 10) {
        num += u;
        j = after + 1;
      }
    }
  }
  if (is_punct(t, j, "-")) ++j;
  // Optional tens word compounding with the ordinal: "a twenty-first".
  int tens = 0;
  if (with_a) {
    const int v = cardinal_at(t, j);
    if (v >= 20 && v % 10 == 0) {
      tens = v;
      ++j;
      if (is_punct(t, j, "-")) ++j;
    }
  }
  if (j >= t.size() || !t[j].is_word()) return f;
  const double d = ordinal(t[j].norm);
  if (d <= 0) return f;
  double den = d;
  if (tens > 0) {
    if (d >= 10) return f;
    den = tens + d;
  } else {
    if (d < 3 && !is_half_or_quarter(t[j].norm)) return f;  // "a first", "two seconds"
    if (d >= 100 && !with_a) return f;                      // "two millionth" is "two"
  }
  f.ok = true;
  f.value = num / den;
  f.end = j + 1;
  f.half_or_quarter = is_half_or_quarter(t[j].norm);
  return f;
}

// Numbers written in words, with their fractions.
Words read_words(const std::vector<Token>& t, std::size_t k) {
  Words r;
  const std::size_t n = t.size();
  if (k >= n || !t[k].is_word()) return r;
  const std::string& w0 = t[k].norm;
  auto scale_at = [&](std::size_t m) { return m < n && t[m].is_word() ? word_scale(t[m].norm) : 0.0; };

  // "half a dozen", "half a million", "half million", "quarter million", "a quarter million"
  if (w0 == "half" || w0 == "quarter" || ((w0 == "a" || w0 == "an") && is_word(t, k + 1, "quarter"))) {
    const std::size_t h = (w0 == "a" || w0 == "an") ? k + 1 : k;
    const double part = t[h].norm == "half" ? 0.5 : 0.25;
    if ((is_word(t, h + 1, "a") || is_word(t, h + 1, "an")) && h + 2 < n && t[h + 2].is_word()) {
      const double m = is_dozen(t[h + 2].norm) ? 12 : scale_at(h + 2);
      if (m > 0) {
        r = {true, part * m, m > 12 ? part * m : 1, h + 3, NumberForm::words, m > 12 ? m : 1};
        return r;
      }
    }
    const double s = scale_at(h + 1);
    if (s > 0) {
      r = {true, part * s, part * s, h + 2, NumberForm::words, s};
      return r;
    }
    if (w0 == "half" && !determiner_before(t, k) && !is_word(t, k + 1, "-")) {
      r = {true, 0.5, 0.5, k + 1, NumberForm::fraction, 1};
      return r;
    }
    if (w0 == "half" || w0 == "quarter") return r;
  }

  if (w0 == "a" || w0 == "an") {
    const Fraction f = read_fraction_phrase(t, k);
    if (f.ok) {
      r = {true, f.value, f.value, f.end, NumberForm::fraction, 1};
      return r;
    }
  }

  const Cardinal c = read_cardinal(t, k);
  if (!c.ok) return r;
  // "the one you mentioned", "which one": "one" as a pronoun.
  if (c.end == k + 1 && w0 == "one" && determiner_before(t, k)) return r;
  r.ok = true;
  r.value = c.value;
  r.step = c.step;
  r.end = c.end;
  if (c.last == Last::scale) r.scale = c.last_scale;
  if (c.last == Last::decimal || c.last == Last::dozen) return r;

  // A denominator right after the numerator: "two thirds", "one hundred thirty-fifths".
  std::size_t dj = c.end;
  if (is_punct(t, dj, "-")) ++dj;
  const double d = dj < n && t[dj].is_word() ? ordinal(t[dj].norm) : 0;
  if (d > 0) {
    const bool hq = is_half_or_quarter(t[dj].norm);
    double value = 0;
    bool ok = true;
    if (hq) {
      if (c.has_and && c.words_after_and == 1 && c.after_and < 10) {
        value = c.before_and + c.after_and / d;  // "one hundred and three quarters"
      } else {
        value = c.value / d;
      }
    } else if (d >= 100) {
      ok = c.leading_a;  // "a hundred trillionths"; "two millionth" stays "two"
      value = c.value / d;
    } else if (c.last == Last::tens && !c.tens_after_and && d < 10 && c.before_tens > 0) {
      value = c.before_tens / (c.tens + d);  // "one hundred thirty fifths" = 100/35
    } else if (d < 3) {
      ok = false;
    } else {
      value = c.value / d;
    }
    if (ok) {
      r.value = value;
      r.end = dj + 1;
      r.form = NumberForm::fraction;
      r.step = value;
      r.scale = 1;
      if (hq) {
        const double s = scale_at(r.end);
        if (s > 0) {  // "three quarters billion"
          r.value *= s;
          r.step *= s;
          r.scale = s;
          ++r.end;
        }
      }
      return r;
    }
    return r;
  }

  // A numerator then a compound denominator: "one one hundred fifth", "three twenty firsts".
  if (cardinal_at(t, c.end) >= 0 && c.last != Last::scale) {
    const Cardinal c2 = read_cardinal(t, c.end);
    if (c2.ok) {
      std::size_t oj = c2.end;
      if (is_word(t, oj, "and") || is_punct(t, oj, "-")) ++oj;
      const double d2 = oj < n && t[oj].is_word() ? ordinal(t[oj].norm) : 0;
      if (d2 > 0 && !is_half_or_quarter(t[oj].norm)) {
        const bool fits = (c2.last == Last::tens && d2 < 10) || (c2.last == Last::hundred && d2 < 100) ||
                          (c2.last == Last::scale && d2 < c2.last_scale);
        if (fits) {
          r.value = c.value / (c2.value + d2);
          r.end = oj + 1;
          r.form = NumberForm::fraction;
          r.step = r.value;
          return r;
        }
      }
    }
  }

  // "one and a half", "twenty and three fifths", "one billion and a half million".
  if (is_word(t, c.end, "and")) {
    const Fraction f = read_fraction_phrase(t, c.end + 1);
    if (f.ok) {
      const double s = scale_at(f.end);
      if (s > 0) {
        r.value = c.last == Last::scale ? c.value + f.value * s : (c.value + f.value) * s;
        r.end = f.end + 1;
        r.scale = s;
      } else if (c.last == Last::scale) {
        r.value = c.value + f.value * c.last_scale;
        r.end = f.end;
      } else {
        r.value = c.value + f.value;
        r.end = f.end;
      }
      r.form = NumberForm::fraction;
      r.step = f.value * (s > 0 ? s : c.last == Last::scale ? c.last_scale : 1);
      return r;
    }
  }
  return r;
}

}  // namespace quantities_detail

double scale_word(std::string_view norm) {
  if (norm == "hundred") return 100;
  const double s = quantities_detail::word_scale(norm);
  if (s > 0) return s;
  if (norm == "bn" || norm == "bln") return 1e9;
  if (norm == "mn" || norm == "mln" || norm == "mil") return 1e6;
  if (norm == "tn" || norm == "tln") return 1e12;
  return 0;
}

bool is_number_word(std::string_view norm) {
  return quantities_detail::cardinal(norm) >= 0 || scale_word(norm) > 0;
}

}  // namespace factcheck
