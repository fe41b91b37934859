// Numbers written in words: cardinals ("one hundred and sixty-one"), ordinals as denominators ("two
// thirds"), "half" and "quarter", dozens, scale words and their abbreviations ("billion", "bn", "10k").
#include "quantities/number_words.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
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
  if (w == "milliard" || w == "milliards") return 1e9;  // French and Scandinavian copy: "3,6 milliards $"
  return 0;
}

bool determiner_before(const std::vector<Token>& t, std::size_t k) {
  if (k == 0) return false;
  const Token& p = t[k - 1];
  if (!p.is_word()) return false;
  static constexpr std::string_view kDet[] = {
      "the",   "this", "that", "which", "each", "every", "any", "no",    "another", "first", "second",
      "other", "a",    "an",   "same",  "its",  "his",   "her", "their", "our",     "my",    "your"};
  for (auto d : kDet)
    if (p.norm == d) return true;
  return false;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

}  // namespace

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

double abbreviation_scale(std::string_view text, const Token& num, const Token& tok, bool money,
                          bool amount_after) {
  if (tok.kind != TokenKind::word) return 0;
  const std::string_view w = tok.norm;
  const std::string_view raw = text.substr(tok.start, tok.end - tok.start);
  const bool glued = adjacent(num, tok);
  if (w == "k" && raw == "K" && !money && (!glued || num.end - num.start == 1)) return 0;  // "2.725 K" kelvin
  if (w == "k") return 1e3;
  // A lower-case glued "m" is a metre unless what follows is counted or measured: "1.2m tons".
  if (w == "m") return (is_upper(raw[0]) || money || (glued && amount_after)) ? 1e6 : 0;
  if (w == "mm") return (raw == "MM" || money) ? 1e6 : 0;
  // "10G" is ten billion, but "5G" after one digit is a network, as "4K" is a screen.
  if (w == "g") return raw == "G" && (money || !glued || num.end - num.start > 1) ? 1e9 : 0;
  if (w == "b") return glued ? 1e9 : 0;
  if (w == "cr" && money) return 1e7;  // "₹85 cr": crore
  if (w == "bn" || w == "bln" || w == "bil" || w == "mrd" || w == "mdr" || w == "mds" || w == "mia" ||
      w == "mld" || w == "mlrd")
    return 1e9;  // "2,3 Mrd.", "Mds", "1,2 mia. kroner", "14 mdr. dollar" (Danish), "3,4 mld"
  if (w == "mn" || w == "mln" || w == "mil" || w == "mio" || w == "milj") return 1e6;  // "7,1 milj. euroa"
  if (w == "\xD0\xBC\xD0\xBB\xD0\xBD") return 1e6;          // "412 млн. стръка"
  if (w == "\xD0\xBC\xD0\xBB\xD1\x80\xD0\xB4") return 1e9;  // "млрд"
  if (w == "tn" || w == "tln" || w == "trn") return 1e12;
  return 0;
}

double foreign_scale(std::string_view w) {
  static const std::unordered_map<std::string_view, double> kScales = {
      {"millions", 1e6},        {"millones", 1e6},      {"millón", 1e6},     {"millon", 1e6},
      {"milioni", 1e6},         {"milione", 1e6},       {"miljoen", 1e6},    {"miljoenen", 1e6},
      {"milhões", 1e6},         {"milhoes", 1e6},       {"milhão", 1e6},     {"millionen", 1e6},
      {"miliardi", 1e9},        {"miliardo", 1e9},      {"miljard", 1e9},    {"miljarden", 1e9},
      {"bilhões", 1e9},         {"bilhoes", 1e9},       {"bilhão", 1e9},     {"milliarden", 1e9},
      {"milliarde", 1e9},       {"billones", 1e12},     {"billón", 1e12},    {"miljoner", 1e6},
      {"millioner", 1e6},       {"miljarder", 1e9},     {"milliarder", 1e9}, {"miljoonaa", 1e6},
      {"miljardia", 1e9},       {"milionów", 1e6},      {"miliardów", 1e9},  {"milionu", 1e6},
      {"miliardu", 1e9},        {"milliard", 1e9},      {"milliards", 1e9},  {"milyar", 1e9},
      {"milyon", 1e6},                               // Turkish
      {"miljonit", 1e6},        {"miljardit", 1e9},  // Estonian
      {"milijun", 1e6},         {"milijuna", 1e6},      {"milijardi", 1e9},  {"milijarde", 1e9},
      {"milijarda", 1e9},                                                  // Croatian
      {"miliona", 1e6},         {"milion", 1e6},                           // Bosnian, Serbian
      {"milioane", 1e6},        {"miliarde", 1e9},      {"miliard", 1e9},  // Romanian
      {"milli\xC3\xA1rd", 1e9}, {"milli\xC3\xB3", 1e6},                    // Hungarian
      {"bilioni", 1e9},                             // Swahili ("milioni" is Italian's too)
      {"bilion", 1e9},          {"trilion", 1e12},  // Malay ("US$14 bilion"; Polish "biliony" are 1e12)
      {"bilyon", 1e9},          {"milyong", 1e6},       {"bilyong", 1e9}};  // Filipino
  if (w == "mila") return 1e3;  // Italian thousands: "200-300 mila euro"
  // Indonesian and Malay "US$750 juta", "Rp105 triliun"; Vietnamese "14 t\u1EF7 USD", "750 tri\u1EC7u".
  if (w == "juta") return 1e6;
  if (w == "miliar") return 1e9;
  if (w == "triliun") return 1e12;
  if (w == "t\xE1\xBB\xB7") return 1e9;
  if (w == "tri\xE1\xBB\x87u") return 1e6;
  if (w.size() < 6 || w.size() > 11 || (w[0] != 'm' && w[0] != 'b')) return 0;
  const auto it = kScales.find(w);
  return it == kScales.end() ? 0 : it->second;
}

namespace {

// The scale word at tokens[m] (word_scale()), 0 when there is none.
double word_scale_at(const std::vector<Token>& t, std::size_t m) {
  return m < t.size() && t[m].is_word() ? word_scale(t[m].norm) : 0.0;
}

// The cardinal at tokens[m], with the unit that compounds a tens word: "seventy-one", "twenty two".
// -1 when there is none; `end` is set after what was read.
int compound_cardinal_at(const std::vector<Token>& t, std::size_t m, std::size_t& end) {
  const int v = cardinal_at(t, m);
  end = m + 1;
  if (v >= 20 && v % 10 == 0) {
    std::size_t after = m + 1;
    if (is_punct(t, after, "-")) ++after;
    const int u = cardinal_at(t, after);
    if (u > 0 && u < 10) {
      end = after + 1;
      return v + u;
    }
  }
  return v;
}

// Reads a cardinal word by word for read_cardinal(). Each take_*() reads the word at j_ when it fits
// what came before (last_) and says whether to read on.
class CardinalReader {
 public:
  CardinalReader(const std::vector<Token>& t, std::size_t k) : t_(t), n_(t.size()), j_(k) {}

  Cardinal read() {
    read_leading_a();
    while (j_ < n_) {
      const Token& tok = t_[j_];
      if (tok.kind == TokenKind::word) {
        // A compound joined by hyphens ends where they do: "a seven-hundred-fifty-million one".
        if (compound_ && !adjacent(t_[j_ - 1], tok)) break;
        if (take(tok.norm)) continue;
        break;
      }
      if (take_hyphen()) continue;
      break;
    }
    return result();
  }

 private:
  bool after_number_word() const { return last_ == Last::unit || last_ == Last::teen || last_ == Last::tens; }

  // "a hundred", "a million", "a dozen": "a" or "an" counts as one before these words only.
  void read_leading_a() {
    const std::size_t j = j_;
    if ((is_word(t_, j, "a") || is_word(t_, j, "an")) && j + 1 < n_ && t_[j + 1].is_word() &&
        (t_[j + 1].norm == "hundred" || word_scale(t_[j + 1].norm) > 0 || is_dozen(t_[j + 1].norm))) {
      cur_ = 1;
      tail_ = 1;
      c_.leading_a = true;
      c_.last = Last::unit;
      last_ = Last::unit;
      ++j_;
    }
  }

  bool take(const std::string& w) {
    const int v = cardinal(w);
    if (v >= 0) return take_number_word(v);
    if (w == "hundred") return take_hundred();
    const double s = word_scale(w);
    if (s > 0) return take_scale(s);
    if (w == "and") return take_and();
    if (is_dozen(w)) return take_dozen();
    if (w == "point" && (after_number_word() || last_ == Last::hundred || last_ == Last::scale) &&
        cardinal_at(t_, is_punct(t_, j_ + 1, "-") ? j_ + 2 : j_ + 1) >= 0)
      return take_point();
    return false;
  }

  // zero..nineteen or a tens word: after nothing, "hundred", a scale word or "and"; after a tens word,
  // only a unit ("twenty one").
  bool take_number_word(int v) {
    const bool is_unit = v < 10, is_teen = v >= 10 && v < 20;
    const bool fits = last_ == Last::none || last_ == Last::hundred || last_ == Last::scale ||
                      last_ == Last::and_word || (last_ == Last::tens && is_unit && v > 0);
    if (!fits) return false;
    if (!is_unit && !is_teen) {
      c_.before_tens = total_ + cur_;
      c_.tens = v;
      c_.tens_after_and = last_ == Last::and_word;
    }
    cur_ += v;
    tail_ = (last_ == Last::tens) ? tail_ + v : v;
    last_ = is_unit ? Last::unit : is_teen ? Last::teen : Last::tens;
    if (c_.has_and) ++after_and_words_;
    ++j_;
    return true;
  }

  bool take_hundred() {
    if (!after_number_word() || cur_ <= 0 || cur_ >= 100) return false;
    cur_ *= 100;
    tail_ = 0;
    last_ = Last::hundred;
    ++j_;
    return true;
  }

  bool take_scale(double s) {
    if (last_ == Last::scale && s > max_scale_ && cur_ == 0) {
      total_ *= s;  // "three lakh crore"
    } else if (after_number_word() || last_ == Last::hundred) {
      if (s > max_scale_) {
        total_ = (total_ + cur_) * s;
      } else {
        total_ += cur_ * s;
      }
    } else {
      return false;
    }
    // "zero million" is still a number: read on.
    if (s > max_scale_) max_scale_ = s;
    cur_ = 0;
    tail_ = 0;
    c_.last_scale = s;
    last_ = Last::scale;
    ++j_;
    return true;
  }

  // An inner "and", after "hundred" or a scale word and before a cardinal: "one hundred and thirty".
  bool take_and() {
    if (!(last_ == Last::hundred || last_ == Last::scale) || cardinal_at(t_, j_ + 1) < 0) return false;
    c_.has_and = true;
    c_.before_and = total_ + cur_;
    after_and_words_ = 0;
    last_ = Last::and_word;
    ++j_;
    return true;
  }

  // "dozen" multiplies the tail and ends the number: "three hundred and two dozens".
  bool take_dozen() {
    if (!after_number_word() || tail_ <= 0) return false;
    cur_ += tail_ * 11;
    last_ = Last::dozen;
    ++j_;
    return false;
  }

  // Spoken decimals end the number: each word gives its digits ("zero three" -> .03, "seventy-one" ->
  // .71), and a scale after them applies to the whole: "six point six billion".
  bool take_point() {
    std::string digits;
    std::size_t m = j_ + 1;
    while (m < n_) {
      if (compound_ && is_punct(t_, m, "-")) ++m;  // "six-point-six billion"
      std::size_t end = 0;
      const int d = compound_cardinal_at(t_, m, end);
      if (d < 0) break;
      digits += std::to_string(d);
      m = end;
    }
    const double frac = digits_value("0." + digits);
    cur_ += frac;
    c_.step = std::pow(10.0, -static_cast<double>(digits.size()));
    last_ = Last::decimal;
    j_ = m;
    const double after_scale = word_scale_at(t_, j_);
    if (after_scale >= 1000 && total_ == 0) {
      cur_ *= after_scale;
      c_.step *= after_scale;
      ++j_;
    }
    return false;
  }

  // A hyphen inside "twenty-one", "fifty - two", and between the words of a spoken figure written as one
  // compound: "seven-hundred-fifty-million", "one-billion-dollar".
  bool take_hyphen() {
    if (!is_punct(t_, j_, "-") || last_ == Last::none || last_ == Last::and_word || last_ == Last::decimal)
      return false;
    const int u = cardinal_at(t_, j_ + 1);
    if (last_ == Last::tens && u > 0 && u < 10) {
      ++j_;
      return true;
    }
    if (j_ + 1 >= n_ || !adjacent(t_[j_], t_[j_ + 1]) || !adjacent(t_[j_ - 1], t_[j_])) return false;
    // Only into a scale, "hundred" or a spoken decimal point ("six-point-six"), or tens after "hundred":
    // never "one-two" or "2-1".
    const bool scale = word_scale_at(t_, j_ + 1) >= 100 || t_[j_ + 1].norm == "hundred" ||
                       (t_[j_ + 1].norm == "point" && after_number_word());
    const bool tens_after_hundred = last_ == Last::hundred && u >= 10;
    if (!scale && !tens_after_hundred) return false;
    compound_ = true;
    ++j_;
    return true;
  }

  Cardinal result() {
    if (last_ == Last::none || last_ == Last::and_word) return c_;
    c_.ok = true;
    c_.value = total_ + cur_;
    c_.end = j_;
    c_.last = last_;
    c_.after_and = c_.has_and ? c_.value - c_.before_and : 0;
    c_.words_after_and = after_and_words_;
    if (last_ == Last::scale) c_.step = c_.last_scale;
    if (last_ == Last::hundred) c_.step = 100;
    return c_;
  }

  const std::vector<Token>& t_;
  const std::size_t n_;
  std::size_t j_;  // the token being read
  Cardinal c_;
  double total_ = 0;  // completed scale groups
  double cur_ = 0;    // the group below the last scale word
  double tail_ = 0;   // the part since the last "hundred" or "and" (what "dozen" multiplies)
  double max_scale_ = 0;
  Last last_ = Last::none;
  int after_and_words_ = 0;
  bool compound_ = false;  // words joined by hyphens into one figure
};

}  // namespace

Cardinal read_cardinal(const std::vector<Token>& t, std::size_t k) {
  return CardinalReader(t, k).read();
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
    std::size_t end = 0;
    const int v = compound_cardinal_at(t, j, end);
    if (v <= 0) return f;
    num = v;
    j = end;
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

namespace {

// "half a dozen", "half a million", "half million", "quarter million", "a quarter million", and "half"
// alone as a fraction. True when the words at k settle the matter: `r` is the number, or no number
// when r.ok is false.
bool read_half_or_quarter(const std::vector<Token>& t, std::size_t k, Words& r) {
  const std::size_t n = t.size();
  const std::string& w0 = t[k].norm;
  const bool a = w0 == "a" || w0 == "an";
  if (!(w0 == "half" || w0 == "quarter" || (a && is_word(t, k + 1, "quarter")))) return false;
  const std::size_t h = a ? k + 1 : k;
  const double part = t[h].norm == "half" ? 0.5 : 0.25;
  if ((is_word(t, h + 1, "a") || is_word(t, h + 1, "an")) && h + 2 < n && t[h + 2].is_word()) {
    const double m = is_dozen(t[h + 2].norm) ? 12 : word_scale_at(t, h + 2);
    if (m > 0) {
      r = {true, part * m, m > 12 ? part * m : 1, h + 3, NumberForm::words, m > 12 ? m : 1};
      return true;
    }
  }
  const double s = word_scale_at(t, h + 1);
  if (s > 0) {
    r = {true, part * s, part * s, h + 2, NumberForm::words, s};
    return true;
  }
  // "first-half revenue", "second-half sales": a half of a year or a match, named.
  if (w0 == "half" && k > 1 && is_punct(t, k - 1, "-") &&
      (is_word(t, k - 2, "first") || is_word(t, k - 2, "second")))
    return true;
  if (w0 == "half" && !determiner_before(t, k) && !is_punct(t, k + 1, "-")) {  // not "half-time"
    r = {true, 0.5, 0.5, k + 1, NumberForm::fraction, 1};
    return true;
  }
  return w0 == "half" || w0 == "quarter";
}

// The ordinal at tokens[dj], of value d, as the denominator of the cardinal c before it: "two thirds",
// "one hundred thirty-fifths" (100/35), "one hundred and three quarters", "three quarters billion".
// `r` (the cardinal) is left alone where the ordinal cannot be one: "two millionth", "two seconds".
void read_ordinal_denominator(const std::vector<Token>& t, const Cardinal& c, std::size_t dj, double d,
                              Words& r) {
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
  if (!ok) return;
  r.value = value;
  r.end = dj + 1;
  r.form = NumberForm::fraction;
  r.step = value;
  r.scale = 1;
  if (hq) {
    const double s = word_scale_at(t, r.end);
    if (s > 0) {  // "three quarters billion"
      r.value *= s;
      r.step *= s;
      r.scale = s;
      ++r.end;
    }
  }
}

// A numerator then a compound denominator: "one one hundred fifth", "three twenty firsts". True when
// `r` became that fraction.
bool read_compound_denominator(const std::vector<Token>& t, const Cardinal& c, Words& r) {
  if (cardinal_at(t, c.end) < 0 || c.last == Last::scale) return false;
  const Cardinal c2 = read_cardinal(t, c.end);
  if (!c2.ok) return false;
  std::size_t oj = c2.end;
  if (is_word(t, oj, "and") || is_punct(t, oj, "-")) ++oj;
  const double d2 = oj < t.size() && t[oj].is_word() ? ordinal(t[oj].norm) : 0;
  if (d2 <= 0 || is_half_or_quarter(t[oj].norm)) return false;
  const bool fits = (c2.last == Last::tens && d2 < 10) || (c2.last == Last::hundred && d2 < 100) ||
                    (c2.last == Last::scale && d2 < c2.last_scale);
  if (!fits) return false;
  r.value = c.value / (c2.value + d2);
  r.end = oj + 1;
  r.form = NumberForm::fraction;
  r.step = r.value;
  return true;
}

// "one and a half", "twenty and three fifths", "one billion and a half million".
void read_and_fraction(const std::vector<Token>& t, const Cardinal& c, Words& r) {
  if (!is_word(t, c.end, "and")) return;
  Fraction f = read_fraction_phrase(t, c.end + 1);
  // "twenty and three and three fifths": an old-fashioned "and" inside the whole part, then the fraction.
  const int unit = cardinal_at(t, c.end + 1);
  if (!f.ok && c.last == Last::tens && unit > 0 && unit < 10 && is_word(t, c.end + 2, "and")) {
    f = read_fraction_phrase(t, c.end + 3);
    if (!f.ok) return;
    f.value += unit;
  }
  if (!f.ok) return;
  const double s = word_scale_at(t, f.end);
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
}

// "three-quarters of a billion", "a third of a million": a fraction of one scale word is that part of it.
void fraction_of_a_scale(const std::vector<Token>& t, Words& r) {
  if (!r.ok || r.form != NumberForm::fraction || !(r.value > 0 && r.value < 1) || !is_word(t, r.end, "of") ||
      !(is_word(t, r.end + 1, "a") || is_word(t, r.end + 1, "an")))
    return;
  const double s = word_scale_at(t, r.end + 2);
  if (s < 1000) return;
  r = {true, r.value * s, r.value * s, r.end + 3, NumberForm::words, s};
}

Words read_words_at(const std::vector<Token>& t, std::size_t k) {
  Words r;
  const std::size_t n = t.size();
  if (k >= n || !t[k].is_word()) return r;
  if (read_half_or_quarter(t, k, r)) return r;
  const std::string& w0 = t[k].norm;
  if (w0 == "a" || w0 == "an") {
    const Fraction f = read_fraction_phrase(t, k);
    // "a third of", "a half", "by a third since 2020", "a fifth more", but not the ordinal of "a third
    // row", "a second term".
    static constexpr std::string_view kAfterShare[] = {
        "of",    "and",    "more", "less", "fewer", "higher",   "lower", "since", "in",
        "on",    "than",   "from", "over", "last",  "compared", "this",  "while", "but",
        "after", "during", "year", "to",   "full",  "empty",    "as"};
    const bool ordinal_use = f.ok && f.end < n && t[f.end].is_word() &&
                             !std::any_of(std::begin(kAfterShare), std::end(kAfterShare),
                                          [&](std::string_view w) { return t[f.end].norm == w; }) &&
                             word_scale(t[f.end].norm) == 0;
    if (f.ok && !ordinal_use) {
      r = {true, f.value, f.value, f.end, NumberForm::fraction, 1};
      return r;
    }
  }

  const Cardinal c = read_cardinal(t, k);
  if (!c.ok) return r;
  // "the one you mentioned", "which one": "one" as a pronoun.
  if (c.end == k + 1 && w0 == "one" && determiner_before(t, k) && !is_punct(t, k + 1, "-")) return r;
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
    read_ordinal_denominator(t, c, dj, d, r);
    return r;
  }
  if (read_compound_denominator(t, c, r)) return r;
  read_and_fraction(t, c, r);
  return r;
}

}  // namespace

Words read_words(const std::vector<Token>& t, std::size_t k) {
  Words r = read_words_at(t, k);
  fraction_of_a_scale(t, r);
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
