// Percentages: "40%", "12 percent", "1.38pc", "per cent of twenty-two", "nine in ten", percentage points
// ("3 percentage points", "2 points" after a percentage) and basis points ("50 bps", "50 basis points").
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

// Reads percentages before and after a figure.
class PercentReader : public Reader {
 public:
  using Reader::Reader;

  // "percent of 10", "per cent of twenty-two".
  bool try_percent_prefix(std::size_t i, std::size_t& next) {
    const std::size_t k = percent_word_end(i);
    if (!k || !word(k, "of")) return false;
    if (i > 0 && (t_[i - 1].is_number() || is_number_word(t_[i - 1].norm))) return false;
    auto num = parse_number(text_, t_, k + 1);
    if (!num) return false;
    return emit_unit_first(i, *num, QuantityKind::percent, "%", next);
  }

  // A percent sign or word after the number: "40%", "12 percent", "1.38pc", "3 percentage points", "50
  // bps"; or a share of ten: "nine in ten", "one in five".
  bool try_percent_after(const Figure& f, std::size_t& next) {
    std::string unit;
    if (std::size_t e = percent_at(f.end, unit)) return emit(f, QuantityKind::percent, unit, e, 1, next);
    return try_share(f, next);
  }

 private:
  // "nine in ten", "one in five adults", "3 in 10", "3 out of 4": the share as a percentage.
  bool try_share(const Figure& f, std::size_t& next) {
    // A share is of a whole of at most 1000, so both numbers are small before anything is compared.
    // "3 out of 4 fields" too.
    const std::size_t of = word(f.end, "out") && word(f.end + 1, "of") ? f.end + 2 : f.end + 1;
    if (f.range || f.number.negative || !(word(f.end, "in") || of == f.end + 2) || f.value < 1 ||
        f.value >= 1000 || f.value != std::floor(f.value))
      return false;
    const auto whole = parse_number(text_, t_, of);
    if (!whole || whole->scale != 1) return false;
    const double d = whole->value;
    // One in any whole is a chance ("a probability of one in 36"); other shares have a round whole.
    const bool round = d == std::floor(d) &&
                       ((d >= 2 && d <= 12) || d == 20 || d == 25 || d == 50 || d == 100 || d == 1000 ||
                        (f.value == 1 && d <= 1000 && d >= 2 && !unit_follows(scan_, whole->last_token)));
    if (!round || f.value >= d) return false;
    QuantityMention m = make(f.first, whole->last_token, QuantityKind::percent);
    m.unit = "%";
    m.value = 100 * f.value / d;
    m.step = 100 / d;
    finish(std::move(m));
    next = whole->last_token;
    return true;
  }

  // The percent sign or word at k: returns the end token and sets the unit ("%", "pp" or "bp").
  std::size_t percent_at(std::size_t k, std::string& unit) const {
    unit = "%";
    std::size_t e = 0;
    if (norm_at(t_, k, "%") || word(k, "pct")) e = k + 1;
    // "8,4 Prozent", "61,2 procent": translated copy that kept its word.
    if (word(k, "prozent") || word(k, "procent") || word(k, "porcentaje") || word(k, "posto")) e = k + 1;
    // "6,5 proc.": Lithuanian, Polish, Slovak and Czech copy's abbreviation, with its full stop.
    if (word(k, "proc"))
      e = k + 1 < t_.size() && t_[k + 1].is(".") && adjacent(t_[k], t_[k + 1]) ? k + 2 : k + 1;
    // "1.38pc", "5 pc": British for per cent.
    if (word(k, "pc") && raw(text_, t_[k]) == "pc") e = k + 1;
    // "cut 2.5pp", "1.5 pp": percentage points in analysts' shorthand (lower case: "PP" is no unit).
    if (word(k, "pp") && raw(text_, t_[k]) == "pp") {
      unit = "pp";
      return k + 1;
    }
    // "porcentuales", "por cento", "pour cent", "per cento": the words for per cent of translated copy.
    if ((word(k, "por") || word(k, "pour") || word(k, "per")) &&
        (word(k + 1, "cento") || word(k + 1, "ciento")))
      e = k + 2;
    if (word(k, "bps") || word(k, "bp")) {
      unit = "bp";
      return k + 1;
    }
    if (const std::size_t w = percent_word_end(k)) e = w;
    if (word(k, "percentage")) {
      if (word(k + 1, "points") || word(k + 1, "point")) {
        unit = "pp";
        return k + 2;
      }
      return k + 1;
    }
    if (word(k, "basis") && (word(k + 1, "points") || word(k + 1, "point"))) {
      unit = "bp";
      return k + 2;
    }
    if (e && (word(e, "points") || word(e, "point"))) {
      unit = "pp";
      return e + 1;
    }
    if (!e && (word(k, "points") || word(k, "pts")) && percent_context(k)) {
      unit = "pp";
      return k + 1;
    }
    return e;
  }

  // A percentage was mentioned shortly before, in the same sentence, and no stock index: "the FTSE 100
  // slipped 23.5 points" counts index points; or the level reached is one: "fell 4 points to 20%".
  bool percent_context(std::size_t k) const {
    std::size_t to = k + 1;
    if (to < t_.size() && t_[to].is(",")) ++to;
    if (word(to, "to") && to + 2 < t_.size() && t_[to + 1].is_number() &&
        (t_[to + 2].is("%") || word(to + 2, "percent") || word(to + 2, "pc")))
      return true;
    static constexpr std::string_view kIndex[] = {
        "index", "indices", "dow", "ftse",  "nasdaq", "s&p",  "sensex",  "nifty", "nikkei",   "dax",
        "cac",   "asx",     "tsx", "stoxx", "kospi",  "hang", "average", "p",     "benchmark"};
    bool percent = false;
    for (std::size_t back = 1; back <= 40 && back <= k; ++back) {
      const Token& p = t_[k - back];
      if (p.is(".") || p.is("!") || p.is("?")) break;
      if (p.is_word() && one_of(p.norm, kIndex)) return false;
      if (p.is("%") || p.is("percent") || p.is("cent") || p.is("percentage") || p.is("pc")) percent = true;
    }
    return percent;
  }
};

}  // namespace

// "un tiers", "de helft", "la mitad de", "zwei Drittel", "un quart des": shares in the words of translated
// copy, as the English "a third of" is read (shares.cpp).
class ForeignShareReader : public Reader {
 public:
  using Reader::Reader;

  bool read(std::size_t i, std::size_t& next) {
    static const std::unordered_map<std::string_view, int> kNumerators = {
        {"un", 1},   {"una", 1},   {"une", 1},  {"uno", 1},  {"ein", 1},  {"een", 1},  {"la", 1},  {"de", 1},
        {"die", 1},  {"il", 1},    {"le", 1},   {"deux", 2}, {"zwei", 2}, {"twee", 2}, {"dos", 2}, {"due", 2},
        {"dois", 2}, {"trois", 3}, {"drei", 3}, {"drie", 3}, {"tres", 3}, {"tre", 3},  {"três", 3}};
    // The whole each word divides by; a quarter only before "of" ("un quart d'heure" is a time).
    static const std::unordered_map<std::string_view, int> kParts = {
        {"mitad", 2},   {"moitié", 2}, {"metà", 2},    {"helft", 2}, {"hälfte", 2}, {"metade", 2},
        {"tiers", 3},   {"tercio", 3}, {"tercios", 3}, {"terzo", 3}, {"terzi", 3},  {"derde", 3},
        {"drittel", 3}, {"terço", 3},  {"terços", 3},  {"quart", 4}, {"quarts", 4}, {"cuarto", 4},
        {"cuartos", 4}, {"quarto", 4}, {"quarti", 4},  {"kwart", 4}, {"viertel", 4}};
    const std::size_t n = t_.size();
    if (i + 1 >= n || !t_[i].is_word() || !t_[i + 1].is_word()) return false;
    const auto num = kNumerators.find(t_[i].norm);
    const auto part = kParts.find(t_[i + 1].norm);
    if (num == kNumerators.end() || part == kParts.end() || num->second >= part->second) return false;
    if (part->second == 2 && num->second != 1) return false;
    if (part->second == 4 &&
        !(word(i + 2, "de") || word(i + 2, "des") || word(i + 2, "di") || word(i + 2, "del") ||
          word(i + 2, "van") || word(i + 2, "der") || word(i + 2, "d")))
      return false;
    QuantityMention m = make(i, i + 2, QuantityKind::percent);
    m.unit = "%";
    m.value = 100.0 * num->second / part->second;
    m.step = 0;
    m.comparator = Comparator::approx;  // a fraction in words is a round figure
    finish(std::move(m));
    next = i + 2;
    return true;
  }
};

bool try_foreign_share(Extraction& scan, std::size_t i, std::size_t& next) {
  return ForeignShareReader(scan).read(i, next);
}

bool try_percent_prefix(Extraction& scan, std::size_t i, std::size_t& next) {
  return PercentReader(scan).try_percent_prefix(i, next);
}

bool try_percent_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return PercentReader(scan).try_percent_after(f, next);
}

}  // namespace factcheck::quantities_detail
