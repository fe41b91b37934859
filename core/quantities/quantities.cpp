// Stage 2's scan: every token is offered to the readers of each kind of quantity in turn (run()).
// Here too: bare numbers and counts ("230 million iPhones"), ranges ("$5-10 billion"), orders of
// magnitude ("tens of billions") and the comparators before a figure ("nearly", "more than").
#include "quantities/quantities.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "quantities/extractor.hpp"

namespace factcheck {
namespace quantities_detail {
namespace {

bool is_stop_word(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "the",     "a",      "an",      "of",      "in",        "on",       "at",      "to",      "for",
      "from",    "by",     "with",    "and",     "or",        "but",      "nor",     "is",      "are",
      "was",     "were",   "be",      "been",    "being",     "has",      "have",    "had",     "do",
      "does",    "did",    "will",    "would",   "can",       "could",    "may",     "might",   "shall",
      "should",  "must",   "that",    "this",    "these",     "those",    "which",   "who",     "whom",
      "whose",   "what",   "as",      "than",    "per",       "each",     "every",   "more",    "less",
      "fewer",   "most",   "least",   "over",    "under",     "about",    "into",    "onto",    "after",
      "before",  "since",  "until",   "through", "up",        "down",     "out",     "off",     "it",
      "its",     "their",  "his",     "her",     "our",       "your",     "my",      "they",    "he",
      "she",     "we",     "you",     "i",       "me",        "us",       "them",    "him",     "not",
      "no",      "so",     "if",      "then",    "also",      "last",     "next",    "other",   "others",
      "such",    "all",    "both",    "some",    "any",       "just",     "only",    "even",    "still",
      "yet",     "again",  "ago",     "earlier", "later",     "times",    "time",    "percent", "per",
      "cent",    "point",  "points",  "plus",    "minus",     "times",    "or",      "via",     "against",
      "between", "among",  "during",  "while",   "when",      "where",    "why",     "how",     "there",
      "here",    "now",    "too",     "very",    "much",      "many",     "own",     "same",    "new",
      "first",   "second", "third",   "top",     "'s",        "s",        "st",      "nd",      "rd",
      "th",      "am",     "pm",      "x",       "including", "compared", "versus",  "vs",      "and",
      "a",       "year",   "share",   "shares",  "apiece",    "each",     "higher",  "lower",   "ahead",
      "behind",  "above",  "below",   "across",  "around",    "within",   "without", "out",     "back",
      "away",    "there",  "already",
  };
  return one_of(w, kStop);
}

// Words that describe a counted noun without being it: "230 million new iPhones".
bool count_adjective(std::string_view w) {
  static constexpr std::string_view kAdjectives[] = {
      "new",    "old",        "weekly",   "monthly",   "daily",      "annual",    "yearly",
      "active", "additional", "paying",   "paid",      "registered", "unique",    "young",
      "former", "current",    "existing", "potential", "full-time",  "part-time", "extra",
      "more",   "fewer",      "other",    "american",  "global",     "local"};
  return one_of(w, kAdjectives);
}

// A plain noun that may be counted: "230 million iPhones", "seventeen tests".
bool countable_noun(const Token& tok) {
  if (!tok.is_word() || tok.norm.size() < 2) return false;
  const std::string& w = tok.norm;
  if (is_stop_word(w) || is_number_word(w) || month_number(w) || !duration_unit(w).empty()) return false;
  if (currency_noun(w) || currency_code(w)) return false;
  if (w.find('\'') != std::string::npos) return false;
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ly") || ends("ed") || ends("ing")) return false;
  for (char c : w)
    if (c >= '0' && c <= '9') return false;
  return true;
}

// Phrases before a figure, longest first within a comparator where they overlap.
constexpr Phrase kFigurePhrases[] = {
    {{"a", "little", "more", "than"}, Comparator::just_over},
    {{"slightly", "more", "than"}, Comparator::just_over},
    {{"a", "little", "over"}, Comparator::just_over},
    {{"just", "over"}, Comparator::just_over},
    {{"just", "above"}, Comparator::just_over},
    {{"slightly", "over"}, Comparator::just_over},
    {{"slightly", "above"}, Comparator::just_over},
    {{"just", "shy", "of"}, Comparator::nearly},
    {{"just", "under"}, Comparator::nearly},
    {{"just", "below"}, Comparator::nearly},
    {{"just", "short", "of"}, Comparator::nearly},
    {{"nearly"}, Comparator::nearly},
    {{"almost"}, Comparator::nearly},
    {{"no", "more", "than"}, Comparator::at_most},
    {{"not", "more", "than"}, Comparator::at_most},
    {{"no", "less", "than"}, Comparator::at_least},
    {{"not", "less", "than"}, Comparator::at_least},
    {{"no", "fewer", "than"}, Comparator::at_least},
    {{"at", "least"}, Comparator::at_least},
    {{"a", "minimum", "of"}, Comparator::at_least},
    {{"at", "most"}, Comparator::at_most},
    {{"up", "to"}, Comparator::at_most},
    {{"a", "maximum", "of"}, Comparator::at_most},
    {{"as", "much", "as"}, Comparator::at_most},
    {{"as", "many", "as"}, Comparator::at_most},
    {{"as", "high", "as"}, Comparator::at_most},
    {{"more", "than"}, Comparator::more_than},
    {{"greater", "than"}, Comparator::more_than},
    {{"higher", "than"}, Comparator::more_than},
    {{"in", "excess", "of"}, Comparator::more_than},
    {{"upwards", "of"}, Comparator::more_than},
    {{"north", "of"}, Comparator::more_than},
    {{"over"}, Comparator::more_than},
    {{"above"}, Comparator::more_than},
    {{"exceeding"}, Comparator::more_than},
    {{"exceeds"}, Comparator::more_than},
    {{"less", "than"}, Comparator::less_than},
    {{"fewer", "than"}, Comparator::less_than},
    {{"lower", "than"}, Comparator::less_than},
    {{"under"}, Comparator::less_than},
    {{"below"}, Comparator::less_than},
    {{"close", "to"}, Comparator::approx},
    {{"an", "estimated"}, Comparator::approx},
    {{"estimated", "at"}, Comparator::approx},
    {{"about"}, Comparator::approx},
    {{"around"}, Comparator::approx},
    {{"roughly"}, Comparator::approx},
    {{"approximately"}, Comparator::approx},
    {{"approx"}, Comparator::approx},
    {{"circa"}, Comparator::approx},
    {{"some"}, Comparator::approx},
    {{"exactly"}, Comparator::exactly},
    {{"precisely"}, Comparator::exactly},
};

}  // namespace

void Reader::finish(QuantityMention m, double low, double high) {
  if (!std::isfinite(m.value) || !std::isfinite(m.step)) return;
  if (m.comparator == Comparator::none) {
    const std::size_t words = match_before(t_, m.first_token, kFigurePhrases, m.comparator);
    if (words > 0) m.comparator_start = t_[m.first_token - words].start;
  }
  // "over four years" usually means "across four years", not "more than".
  if (m.kind == QuantityKind::duration && m.comparator == Comparator::more_than &&
      word(m.first_token - 1, "over"))
    m.comparator = Comparator::none;
  if (m.comparator == Comparator::range) {
    m.interval = interval_for(low, m.step, Comparator::range, high);
    m.range_low = low;
    m.range_high = high;
  } else {
    m.interval = interval_for(m.value, m.step, m.comparator, high);
    m.range_low = m.range_high = m.value;
  }
  scan_.mentions.push_back(std::move(m));
}

bool Reader::emit(const Figure& f, QuantityKind kind, std::string unit, std::size_t end, double factor,
                  std::size_t& next) {
  QuantityMention m = make(f.first, end, kind);
  m.unit = std::move(unit);
  m.value = f.value * factor;
  m.step = f.number.step * factor;
  if (f.range) m.comparator = Comparator::range;
  finish(std::move(m), f.low * factor, f.high * factor);
  next = end;
  return true;
}

namespace {

// The scan: every token is offered to the readers of each kind of quantity in turn. Reads bare
// numbers and counts, ranges and orders of magnitude itself; a figure goes to the readers of money,
// percentages, durations and measures by the words after it.
class Extractor : public Reader {
 public:
  using Reader::Reader;

  // Finds every quantity of the text (scan_.mentions).
  void run() {
    std::size_t i = 0;
    const std::size_t n = t_.size();
    while (i < n) {
      std::size_t next = 0;
      if (try_date(scan_, i, next) || try_order(i, next) ||
          (percent_word_end(i) && try_percent_prefix(scan_, i, next)) || try_quantity(i, next) ||
          try_digit_list(i, next)) {
        i = std::max(next, i + 1);
      } else {
        ++i;
      }
    }
  }

 private:
  // One amount: an optional currency prefix then a number.
  struct Amount {
    std::optional<CurrencyMatch> prefix;
    ParsedNumber number;
    std::size_t first = 0;
  };

  // "tens of billions of dollars", "hundreds of millions": an order of magnitude.
  bool try_order(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    std::size_t k = i;
    std::optional<CurrencyMatch> prefix = currency_at(k);
    if (prefix) k = prefix->end;
    if (k >= n || !t_[k].is_word()) return false;
    const std::string& w = t_[k].norm;
    if (w.size() < 4 || w.back() != 's') return false;  // every scale word below is a plural
    double base = 0;
    if (w == "tens") base = 10;
    if (w == "hundreds") base = 100;
    if (w == "thousands") base = 1e3;
    if (w == "millions") base = 1e6;
    if (w == "billions") base = 1e9;
    if (w == "trillions") base = 1e12;
    if (base == 0 || !word(k + 1, "of")) return false;
    std::size_t e = k + 1;
    // "tens of billions", "hundreds of thousands of millions" is not English; one scale at most.
    if (e + 1 < n && t_[e + 1].is_word()) {
      const std::string& s = t_[e + 1].norm;
      double scale = 0;
      if (s == "thousands") scale = 1e3;
      if (s == "millions") scale = 1e6;
      if (s == "billions") scale = 1e9;
      if (s == "trillions") scale = 1e12;
      if (scale > 0) {
        base *= scale;
        e += 2;
      }
    }
    if (base < 1000 && e == k + 1) return false;  // "tens of people", "hundreds of" need a scale
    QuantityMention m;
    std::size_t last = e == k + 1 ? k + 1 : e;
    QuantityKind kind = QuantityKind::number;
    std::string unit;
    // "of dollars", "of us dollars"
    if (word(last, "of")) {
      if (auto c = currency_after(t_, last + 1); c && c->currency.factor == 1) {
        kind = QuantityKind::money;
        unit = c->currency.iso;
        last = c->end;
      } else if (last + 1 < n && countable_noun(t_[last + 1])) {
        kind = QuantityKind::count;
        unit = t_[last + 1].norm;
        last = last + 2;
      }
    }
    if (prefix) {
      kind = QuantityKind::money;
      unit = prefix->currency.iso;
    }
    m = make(i, last, kind);
    m.unit = unit;
    m.value = base;
    m.step = base;
    m.comparator = Comparator::order;
    finish(std::move(m));
    next = last;
    return true;
  }

  // A number or a range, and what it counts: money, a percentage, a duration, a measure, a count.
  bool try_quantity(std::size_t i, std::size_t& next) {
    auto a = amount_at(i);
    if (!a) return false;
    const std::size_t k = a->number.last_token;
    if (ordinal_suffix(k)) {
      next = k + 1;
      return true;
    }
    const Figure f = read_range(i, std::move(*a));
    if (f.prefix) return emit_money_with_prefix(scan_, f, next);
    // What the figure counts, by the words after it; else a count or a bare number.
    return try_percent_after(scan_, f, next) || try_money_after(scan_, f, next) ||
           try_duration_after(scan_, f, next) || try_measure_after(scan_, f, next) ||
           emit_count_or_number(f, next);
  }

  // List-like number tokens: "192.168.1.2", "22,24,26,31".
  bool try_digit_list(std::size_t i, std::size_t& next) {
    if (!t_[i].is_number()) return false;
    double v = 0, s = 1;
    if (read_digits(t_[i].norm, v, s)) return false;
    for (const DigitPart& p : split_digit_list(t_[i])) {
      QuantityMention m;
      m.first_token = i;
      m.last_token = i + 1;
      m.start = p.start;
      m.end = p.end;
      m.value = m.range_low = m.range_high = p.value;
      m.step = 1;
      m.interval = interval_for(p.value, 1, Comparator::none);
      if (std::isfinite(p.value)) scan_.mentions.push_back(m);
    }
    next = i + 1;
    return true;
  }

  std::optional<Amount> amount_at(std::size_t k) const {
    Amount a;
    a.first = k;
    a.prefix = currency_at(k);
    std::size_t start = a.prefix ? a.prefix->end : k;
    NumberOptions opt;
    opt.money = a.prefix.has_value();
    auto num = parse_number(text_, t_, start, opt);
    if (!num) return std::nullopt;
    a.number = *num;
    return a;
  }

  // Ordinals ("4th", "21st") are positions, not quantities.
  bool ordinal_suffix(std::size_t k) const {
    return k < t_.size() && k > 0 && t_[k].is_word() && adjacent(t_[k - 1], t_[k]) && t_[k - 1].is_number() &&
           (t_[k].norm == "th" || t_[k].norm == "st" || t_[k].norm == "nd" || t_[k].norm == "rd");
  }

  // The amount at i, and a second one when a range follows: "$5-10 billion", "5 to 10 percent",
  // "between $5 billion and $10 billion".
  Figure read_range(std::size_t i, Amount&& a) const {
    const std::size_t n = t_.size();
    Figure f;
    f.first = i;
    f.number = a.number;
    f.prefix = std::move(a.prefix);
    f.end = a.number.last_token;
    f.low = f.high = a.number.value;
    ParsedNumber& num = f.number;
    const bool between = word(i - (i > 0 ? 1 : 0), "between") && i > 0;
    const bool from = i > 0 && word(i - 1, "from");
    const std::size_t c = f.end;
    bool connector = false;
    // A hyphen joins digits only: "$5-10 billion", not "three-nought-four".
    if (c < n && t_[c].is("-") && !num.spelled && c + 1 < n && !t_[c + 1].is_word()) connector = true;
    if (word(c, "to") && !from) connector = true;
    if (word(c, "and") && between) connector = true;
    if (connector && !num.negative) {
      auto b = amount_at(c + 1);
      if (b && !b->number.negative && b->number.form != NumberForm::fraction) {
        const bool same_currency =
            !b->prefix || !f.prefix || b->prefix->currency.iso == f.prefix->currency.iso;
        double lo = num.value;
        if (num.scale == 1 && b->number.scale != 1 && num.form != NumberForm::fraction) lo *= b->number.scale;
        const std::size_t be = b->number.last_token;
        const bool chained = be < n && t_[be].is("-") && be + 1 < n && t_[be + 1].is_number();
        if (same_currency && lo < b->number.value && !chained && !ordinal_suffix(be)) {
          f.range = true;
          f.low = lo;
          f.high = b->number.value;
          if (!f.prefix) f.prefix = b->prefix;
          num.step = b->number.step;
          f.end = be;
        }
      }
    }
    f.value = f.range ? (f.low + f.high) / 2 : num.value;
    return f;
  }

  // Counts ("230 million iPhones", "300 million weekly users"), or else a bare number.
  bool emit_count_or_number(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    // Up to two describing words may stand before the noun: "300 million weekly users".
    std::size_t noun = k;
    while (noun < n && noun - k < 2 && t_[noun].is_word() && count_adjective(t_[noun].norm)) ++noun;
    // "One rival report said": a spelled-out "one" is an article more often than a count.
    const bool article = f.number.form == NumberForm::words && f.number.value == 1;
    if (noun < n && countable_noun(t_[noun]) && f.number.form != NumberForm::fraction && !article) {
      // The noun ends the phrase: "three electric ferries" counts ferries, "10 data centres" centres.
      const auto plural = [](const std::string& w) { return w.size() > 3 && w.back() == 's'; };
      if (!plural(t_[noun].norm) && noun + 1 < n && countable_noun(t_[noun + 1]) && plural(t_[noun + 1].norm))
        ++noun;
      return emit(f, QuantityKind::count, t_[noun].norm, noun + 1, 1, next);
    }
    return emit(f, QuantityKind::number, "", k, 1, next);
  }
};

}  // namespace

}  // namespace quantities_detail

std::vector<QuantityMention> extract_quantities(std::string_view text, const std::vector<Token>& tokens) {
  quantities_detail::Extraction scan(text, tokens);
  quantities_detail::Extractor(scan).run();
  return std::move(scan.mentions);
}

}  // namespace factcheck
