// Stage 2's scan: every token is offered to the readers of each kind of quantity in turn (run()).
// Here too: ranges ("$5-10 billion"), orders of magnitude ("tens of billions") and the comparators
// before a figure ("nearly", "more than"); counts and bare numbers are counts.cpp's.
#include "quantities/quantities.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

namespace factcheck {
namespace quantities_detail {

bool unit_follows(Extraction& scan, std::size_t k) {
  const Tokens& t = scan.tokens;
  if (k >= t.size()) return false;
  const Token& tok = t[k];
  if (tok.is("%") || tok.is("\xC2\xB0")) return true;
  if (tok.is_word()) {
    const std::string_view w = tok.norm;
    if (w == "percent" || w == "pct" || w == "pc" || w == "pp" || w == "bps" || w == "bp" || w == "bhk" ||
        w == "prozent" || w == "procent" || w == "proc" || w == "posto" ||
        (w == "c" && k > 0 && adjacent(t[k - 1], tok)) || (w == "per" && word_at(t, k + 1, "cent")))
      return true;
    // A word glued to more letters or digits is part of a code ("2024 YR4"), but "m2" is a unit.
    const bool code =
        k + 1 < t.size() && adjacent(tok, t[k + 1]) && (t[k + 1].is_word() || t[k + 1].is_number());
    if (!code && (scale_word(w) > 0 || time_unit(w))) return true;
    if (k > 0 && abbreviation_scale(scan.text, t[k - 1], tok, false) > 0) return true;
  }
  return currency_after(t, k).has_value() || measure_at(scan, k).has_value();
}

namespace {

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
    // Translated copy's "up to": German, Spanish, Italian, Portuguese.
    {{"bis", "zu"}, Comparator::at_most},
    {{"hasta"}, Comparator::at_most},
    {{"fino", "a"}, Comparator::at_most},
    {{"até"}, Comparator::at_most},
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
    {{"exceeded"}, Comparator::more_than},
    {{"tops"}, Comparator::more_than},
    {{"topped"}, Comparator::more_than},
    {{"topping"}, Comparator::more_than},
    {{"surpassed"}, Comparator::more_than},
    {{"surpasses"}, Comparator::more_than},
    {{"surpassing"}, Comparator::more_than},
    {{"crosses"}, Comparator::more_than},  // "loan book crosses Tk 2,000 crore"
    {{"crossed"}, Comparator::more_than},
    {{"crossing"}, Comparator::more_than},
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
    // Translated copy's hedges: German, French, Spanish, Italian.
    {{"knapp"}, Comparator::nearly},
    {{"beinahe"}, Comparator::nearly},
    {{"près", "de"}, Comparator::nearly},
    {{"presque"}, Comparator::nearly},
    {{"casi"}, Comparator::nearly},
    {{"quasi"}, Comparator::nearly},
    {{"rund"}, Comparator::approx},
    {{"etwa"}, Comparator::approx},
    {{"ungefähr"}, Comparator::approx},
    {{"environ"}, Comparator::approx},
    {{"alrededor", "de"}, Comparator::approx},
    {{"aproximadamente"}, Comparator::approx},
    {{"mehr", "als"}, Comparator::more_than},
    {{"über"}, Comparator::more_than},
    {{"plus", "de"}, Comparator::more_than},
    {{"más", "de"}, Comparator::more_than},
    {{"oltre"}, Comparator::more_than},
    {{"mindestens"}, Comparator::at_least},
    {{"au", "moins"}, Comparator::at_least},
    {{"al", "menos"}, Comparator::at_least},
    {{"almeno"}, Comparator::at_least},
    {{"jusqu'à"}, Comparator::at_most},
};

}  // namespace

void Reader::finish(QuantityMention m, double low, double high) {
  if (!std::isfinite(m.value) || !std::isfinite(m.step)) return;
  if (m.comparator == Comparator::none) {
    static const PhraseEnds kEnds(kFigurePhrases);
    const std::size_t words =
        kEnds.before(t_, m.first_token) ? match_before(t_, m.first_token, kFigurePhrases, m.comparator) : 0;
    if (words > 0) m.comparator_start = t_[m.first_token - words].start;
    // "Vilacor sales top €1 billion": "top" a verb after its subject's noun, not "the top 10".
    if (words == 0 && m.first_token >= 2 && word(m.first_token - 1, "top") &&
        t_[m.first_token - 2].is_word() &&
        !one_of(t_[m.first_token - 2].norm,
                {"the",   "a",   "an",   "our",  "its",  "their", "his",  "her",   "in",
                 "of",    "to",  "into", "at",   "from", "for",   "on",   "with",  "by",
                 "among", "and", "or",   "your", "my",   "this",  "that", "these", "those"})) {
      m.comparator = Comparator::more_than;
      m.comparator_start = t_[m.first_token - 1].start;
    }
    // "~$14B": a tilde glued before the figure. So is a chat's "like" after a verb or a preposition: "4.9
    // stars from like 300 reviews" (not "I'd like 300").
    const bool chat_like =
        m.first_token >= 2 && word(m.first_token - 1, "like") && m.kind != QuantityKind::date &&
        t_[m.first_token - 2].is_word() &&
        one_of(t_[m.first_token - 2].norm, {"from", "of", "for", "got", "has", "have", "had", "is", "was",
                                            "are", "were", "with", "cost", "costs", "paid", "took", "takes"});
    if (words == 0 && ((m.first_token > 0 && t_[m.first_token - 1].is("~") &&
                        adjacent(t_[m.first_token - 1], t_[m.first_token])) ||
                       chat_like)) {
      m.comparator = Comparator::approx;
      m.comparator_start = t_[m.first_token - 1].start;
    }
  }
  // "over four years" usually means "across four years", not "more than"; "turned over £1.3 billion",
  // "handed over $5 million": "over" is the verb's.
  if (m.comparator == Comparator::more_than && word(m.first_token - 1, "over")) {
    if (m.kind == QuantityKind::duration) {
      m.comparator = Comparator::none;
    } else if (m.first_token >= 2 && t_[m.first_token - 2].is_word() &&
               one_of(t_[m.first_token - 2].norm, {"turned", "turn", "turns", "turning", "handed", "hand",
                                                   "hands", "handing", "paid", "signed", "passed"})) {
      m.comparator = Comparator::none;
      m.comparator_start = m.start;
    }
  }
  // "was revised up to 3.4%", "raised its forecast up to 2.1%": "up" is the verb's direction and the
  // figure what it moved to, not a ceiling.
  if (m.comparator == Comparator::at_most && m.first_token >= 3 && word(m.first_token - 1, "to") &&
      word(m.first_token - 2, "up") && t_[m.first_token - 3].is_word() &&
      one_of(t_[m.first_token - 3].norm,
             {"revised", "revise", "revises", "revising", "moved", "marked", "pushed", "ratcheted", "bumped",
              "scaled", "stepped", "went", "gone", "goes", "go", "came", "comes", "rounded", "adjusted"})) {
    m.comparator = Comparator::none;
    m.comparator_start = m.start;
  }
  if (m.comparator == Comparator::range) {
    m.interval = interval_for(low, m.step, Comparator::range, high);
    m.range_low = low;
    m.range_high = high;
  } else {
    m.interval = m.kind == QuantityKind::percent ? share_interval_for(m.value, m.step, m.comparator)
                                                 : interval_for(m.value, m.step, m.comparator, high);
    m.range_low = m.range_high = m.value;
  }
  scan_.mentions.push_back(std::move(m));
}

bool Reader::emit_unit_first(std::size_t first, const ParsedNumber& num, QuantityKind kind, std::string unit,
                             std::size_t& next) {
  QuantityMention m = make(first, num.last_token, kind);
  m.unit = std::move(unit);
  m.value = num.value;
  m.step = num.step;
  finish(std::move(m));
  next = num.last_token;
  return true;
}

bool Reader::emit(const Figure& f, QuantityKind kind, std::string unit, std::size_t end, double factor,
                  std::size_t& next) {
  QuantityMention m = make(f.first, end, kind);
  m.unit = std::move(unit);
  // "€2.500", "14.000 blankets", "38.500 visitors": a full stop between thousands, as continental
  // Europe writes them.
  // "8.800 millones de euros": before a scale word too, in a text not in English.
  // So does a scale word of those languages right after the digits, in copy that is mostly English:
  // "Its first investment was 1.000 millones".
  const std::size_t digits = thousands_shape(f.number.first_token);
  const bool continental_scale =
      digits != kNoDigits && digits + 1 < t_.size() &&
      one_of(t_[digits + 1].norm, {"millones", "milhões", "milioni", "miliardi", "milliards", "milliarden",
                                   "mrd", "mio", "miljard", "miljoen", "miljarden", "miljoenen"});
  if ((f.number.scale == 1 || scan_.foreign() || continental_scale) && f.number.form == NumberForm::digits &&
      (continental_scale || dot_thousands(f.number.first_token, kind, m.unit)))
    factor *= 1000;
  m.value = f.value * factor;
  m.step = f.number.step * factor;
  if (f.range) m.comparator = Comparator::range;
  finish(std::move(m), f.low * factor, f.high * factor);
  next = end;
  return true;
}

std::size_t Reader::thousands_shape(std::size_t k) const {
  while (k < t_.size() && !t_[k].is_number()) ++k;
  if (k >= t_.size()) return kNoDigits;
  const std::string_view d = t_[k].norm;
  const std::size_t dot = d.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3 || d.size() != dot + 4 || d[0] == '0' ||
      d.find_first_not_of("0123456789.") != std::string_view::npos)
    return kNoDigits;
  return k;
}

// Whether the digits at token k ("2.500") are thousands after a full stop, for a mention of this kind and
// unit: three digits after one full stop, a first digit not 0, and "000" after it, a sum in euros, a count
// (no one counts 3.5 tents), or a text that writes its decimals with a comma ("12,4 %") or is not in English.
bool Reader::dot_thousands(std::size_t k, QuantityKind kind, const std::string& unit) const {
  k = thousands_shape(k);
  if (k == kNoDigits) return false;
  const std::string_view d = t_[k].norm;
  const std::size_t dot = d.find('.');
  // Not a version or a clock time: "2.500" glued to letters, "10.300" after a colon.
  if (k + 1 < t_.size() && adjacent(t_[k], t_[k + 1]) && !t_[k + 1].is("%") && t_[k + 1].is_word() &&
      kind != QuantityKind::measure && kind != QuantityKind::money)
    return false;
  // Points are counted in fractions too: "up 4.125 points".
  const bool points = unit == "points" || unit == "point";
  return d.compare(dot + 1, 3, "000") == 0 || (kind == QuantityKind::money && unit == "EUR") ||
         (kind == QuantityKind::count && !points) || scan_.comma_decimals() || scan_.foreign();
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
      if (try_date(scan_, i, next) || (may_start_time_phrase(t_, i) && try_time_phrase(scan_, i, next)) ||
          (t_[i].is_number() && try_identifier(scan_, i, next)) || try_order(i, next) ||
          try_multiplier(i, next) || (percent_word_end(i) && try_percent_prefix(scan_, i, next)) ||
          (t_[i].is_word() && scan_.foreign() &&
           (try_foreign_duration(scan_, i, next) || try_foreign_share(scan_, i, next))) ||
          try_quantity(i, next) || try_digit_list(i, next)) {
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
    const std::string_view w = t_[k].norm;
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
      const std::string_view s = t_[e + 1].norm;
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

  // "double the forecast", "twice as much", "more than DOUBLE the home rate": a multiplier, as a number.
  // Not the verb ("prices doubled") nor "double cream", "a double" or "the triple lock".
  bool try_multiplier(std::size_t i, std::size_t& next) {
    // Asked of every word: most are passed over by their first letter.
    if (!t_[i].is_word() || t_[i].norm.size() < 5 ||
        std::string_view("dtq").find(t_[i].norm[0]) == std::string_view::npos)
      return false;
    const std::string_view w = t_[i].norm;
    double times = 0;
    if (w == "double" || w == "twice") times = 2;
    if (w == "triple" || w == "treble" || w == "thrice") times = 3;
    if (w == "quadruple") times = 4;
    static constexpr std::string_view kAfter[] = {"the", "that", "what", "as",    "its", "their",
                                                  "his", "her",  "our",  "those", "this"};
    if (times == 0 || i + 1 >= t_.size() || !t_[i + 1].is_word() || !one_of(t_[i + 1].norm, kAfter))
      return false;
    QuantityMention m = make(i, i + 1, QuantityKind::number);
    m.value = times;
    m.step = 0;
    finish(std::move(m));
    next = i + 1;
    return true;
  }

  // A number or a range, and what it counts: money, a percentage, a duration, a measure, a count.
  bool try_quantity(std::size_t i, std::size_t& next) {
    if (t_[i].norm.size() == 4 && t_[i].norm == "mach") return try_unit_first(i, i + 1, "Mach", next);
    if (t_[i].norm.size() == 3 && t_[i].norm == "gas" && word(i + 1, "mark"))
      return try_unit_first(i, i + 2, "gas mark", next);
    auto a = amount_at(i);
    if (!a) return false;
    // "the Mercedes-AMG ONE": a number word in capitals after a name is part of it; not after a word
    // that opens a sentence ("Just ONE practice"), nor in a headline all in capitals ("IN FOUR WEEKS").
    const bool opens =
        i == 1 ||
        (i > 1 && (t_[i - 2].is(".") || t_[i - 2].is(":") || t_[i - 2].is("!") || t_[i - 2].is("?")));
    if (a->number.spelled && !a->prefix && i > 0 && t_[i - 1].is_word() && has_capital(text_, t_[i - 1]) &&
        all_capitals(i) && !opens && !scan_.shouting()) {
      next = a->number.last_token;
      return true;
    }
    const std::size_t k = a->number.last_token;
    if (ordinal_suffix(k)) {
      next = k + 1;
      return true;
    }
    const Figure f = read_range(i, std::move(*a));
    if (f.prefix) return emit_money_with_prefix(scan_, f, next);
    // What the figure counts, by the words after it; else a count or a bare number.
    return try_percent_after(scan_, f, next) || try_money_after(scan_, f, next) ||
           try_age_after(scan_, f, next) || try_duration_after(scan_, f, next) ||
           try_measure_after(scan_, f, next) || emit_count_or_number(scan_, f, next);
  }

  // List-like number tokens: "192.168.1.2", "22,24,26,31".
  bool try_digit_list(std::size_t i, std::size_t& next) {
    if (!t_[i].is_number()) return false;
    double v = 0, s = 1;
    if (read_digits(t_[i].norm, v, s)) return false;
    // "iOS 17.5.1": a version after a name is no list of numbers.
    if (i > 0 && t_[i - 1].is_word() && has_capital(text_, t_[i - 1])) {
      next = i + 1;
      return true;
    }
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

  // `money`: the amount ends a range whose first end has a currency ("€150–170m": millions of euros).
  std::optional<Amount> amount_at(std::size_t k, bool money = false) const {
    Amount a;
    a.first = k;
    a.prefix = currency_at(k);
    std::size_t start = a.prefix ? a.prefix->end : k;
    NumberOptions opt;
    opt.money = money || a.prefix.has_value();
    auto num = parse_number(text_, t_, start, opt);
    if (!num) return std::nullopt;
    a.number = *num;
    return a;
  }

  // "Mach 0.79", "gas mark 4": a unit written before its number, which starts at k.
  bool try_unit_first(std::size_t i, std::size_t k, std::string unit, std::size_t& next) {
    const auto num = parse_number(text_, t_, k);
    if (!num || num->negative) return false;
    return emit_unit_first(i, *num, QuantityKind::measure, std::move(unit), next);
  }

  // The word at k is written in capitals, three letters or more: "ONE".
  bool all_capitals(std::size_t k) const {
    const std::string_view r = raw(text_, t_[k]);
    if (r.size() < 3) return false;
    for (char c : r)
      if (!(c >= 'A' && c <= 'Z')) return false;
    return true;
  }

  // Ordinals ("4th", "21st") are positions, not quantities.
  bool ordinal_suffix(std::size_t k) const {
    return k < t_.size() && k > 0 && t_[k].is_word() && adjacent(t_[k - 1], t_[k]) && t_[k - 1].is_number() &&
           (t_[k].norm == "th" || t_[k].norm == "st" || t_[k].norm == "nd" || t_[k].norm == "rd") &&
           ordinal_suffix_fits(t_[k - 1].norm, t_[k].norm);
  }

  // The amount at i, and a second one when a range follows: "$5-10 billion", "5 to 10 percent",
  // "between $5 billion and $10 billion", "between 5% and 6%", "from 252 miles to 287 miles". A change
  // ("climb $2.6 billion to $645.6 billion", "rose from $45 to $65") is two figures.
  Figure read_range(std::size_t i, Amount&& a) const {
    Figure f;
    f.first = i;
    f.number = a.number;
    f.prefix = std::move(a.prefix);
    f.end = a.number.last_token;
    f.low = f.high = a.number.value;
    f.value = a.number.value;
    const bool between = i > 0 && word(i - 1, "between");
    // "from" right before, or before a word or two that say what the figure was: "raised from the planned
    // ₸1.1 billion to ₸1.25 billion".
    std::size_t from_at = i;
    for (std::size_t k = i; k > 0 && i - k < 3 && from_at == i; --k) {
      if (word(k - 1, "from"))
        from_at = k - 1;
      else if (!one_of(t_[k - 1].norm,
                       {"the", "its", "their", "an", "planned", "previous", "earlier", "original", "initial",
                        "proposed", "budgeted", "forecast", "expected", "estimated", "announced", "agreed"}))
        break;
    }
    const bool from = from_at != i;
    std::size_t c = f.end;
    // A unit on the first end too: the same unit must follow the second.
    std::size_t unit_len = 0;
    std::size_t second = second_amount_at(c, between, f.number);
    if (!second) {
      // A unit takes at most three tokens: most figures have no connector that near, and stop here.
      bool near = false;
      for (std::size_t k = c + 1; k < t_.size() && k <= c + 3 && !near; ++k)
        near = t_[k].is("-") || word(k, "to") || word(k, "and");
      if (!near) return f;
      const std::size_t u = unit_end(c);
      if (u == 0 || !(second = second_amount_at(u, between, f.number))) return f;
      unit_len = u - c;
      c = u;
    }
    const bool own_unit = unit_len > 0 || f.prefix.has_value();
    // A negative first end only with its unit on both ends: "from minus 30 degrees to 70 degrees".
    if (f.number.negative && !(unit_len > 0 && word(c, "to"))) return f;
    auto b = amount_at(second, f.prefix.has_value());
    if (!b || b->number.negative || b->number.form == NumberForm::fraction) return f;
    const std::size_t be = b->number.last_token, n = t_.size();
    for (std::size_t k = 0; k < unit_len; ++k)
      if (be + k >= n || t_[be + k].norm != t_[f.end + k].norm) return f;
    const bool same_currency = !b->prefix || !f.prefix || b->prefix->currency.iso == f.prefix->currency.iso;
    double lo = f.number.value;
    // "between 1 and 2 million": the scale of the second end is the first's too; not "between £500 and £1m",
    // whose second end has a sign of its own.
    if (f.number.scale == 1 && b->number.scale != 1 && f.number.form != NumberForm::fraction &&
        unit_len == 0 && !(b->prefix && f.prefix))
      lo *= b->number.scale;
    const bool chained = be < n && t_[be].is("-") && be + 1 < n && t_[be + 1].is_number();
    if (!same_currency || lo >= b->number.value || chained || ordinal_suffix(be)) return f;
    // "17.041 – 530 weniger": thousands after a full stop on one end only is no range (emit() scales both).
    if ((thousands_shape(f.number.first_token) == kNoDigits) !=
        (thousands_shape(b->number.first_token) == kNoDigits))
      return f;
    // After a verb of change, "from X to Y" is where it went from and to ("rose from $1 billion to $2
    // billion"), and a figure with its own unit "to" one far above it is the change and the level reached
    // ("cut by 2p to 38p", "climb $2.6 billion to $645.6 billion"); close ones are a range ("fall by 5% to
    // 10%"), and so is a first figure without a unit ("dropping 2 to 3 inches").
    // "cut the price by 2p to 38p": "by" marks the change even far from its verb.
    // "fell by 13,000 to 229,000": "by" marks the change without a unit too.
    const bool by_before = i > 0 && word(i - 1, "by");
    // "grew from 340 to 415 people", "raises the plant's capacity from 120,000 to 135,000 tonnes": after
    // "from" and a verb of change, two figures even with no unit on the first.
    const bool changed_from = from && !own_unit && (changed_before(from_at) || changed_object(from_at));
    if (changed_from && word(c, "to")) return f;
    if ((own_unit || by_before) && word(c, "to") && (from || b->number.value > 3 * lo) &&
        ((i > 0 && word(i - 1, "by")) || changed_before(from ? from_at : i) ||
         (from && changed_object(from_at))))
      return f;
    f.range = true;
    f.low = lo;
    f.high = b->number.value;
    if (!f.prefix) f.prefix = b->prefix;
    f.number.step = b->number.step;
    f.end = be;
    f.value = (f.low + f.high) / 2;
    return f;
  }

  // After a connector at c, where the second amount of a range starts; 0 when there is none. The
  // connector is "to", "and" after "between", a hyphen between digits ("$5-10 billion", not
  // "three-nought-four") or "-to-" ("18-to-24-year-olds").
  std::size_t second_amount_at(std::size_t c, bool between, const ParsedNumber& num) const {
    const std::size_t n = t_.size();
    if (c + 3 < n && t_[c].is("-") && word(c + 1, "to") && t_[c + 2].is("-") && adjacent(t_[c], t_[c + 1]) &&
        adjacent(t_[c + 1], t_[c + 2]))
      return c + 3;
    if (c < n && t_[c].is("-") && !num.spelled && c + 1 < n && !t_[c + 1].is_word()) return c + 1;
    // "16- to 64-year-olds": a hyphen left hanging before "to".
    if (c + 2 < n && t_[c].is("-") && c > 0 && adjacent(t_[c - 1], t_[c]) && !adjacent(t_[c], t_[c + 1]) &&
        word(c + 1, "to") && t_[c + 2].is_number())
      return c + 2;
    if (word(c, "to") || (between && word(c, "and"))) return c + 1;
    // Translated copy: "30 à 35 miljard", "15.000 bis 20.000 Euro", "tra 2.500 e 4.000 euro".
    if (c < n && t_[c].is_word() && scan_.foreign() &&
        (one_of(t_[c].norm, {"\xC3\xA0", "a", "bis", "tot", "hasta"}) ||
         (one_of(t_[c].norm, {"e", "y", "und", "et", "en"}) && foreign_between(c))))
      return c + 1;
    return 0;
  }

  // "entre", "tra", "fra", "zwischen" or "tussen" within the four tokens before c.
  bool foreign_between(std::size_t c) const {
    for (std::size_t k = c; k > 0 && c - k < 4; --k)
      if (t_[k - 1].is_word() && one_of(t_[k - 1].norm, {"entre", "tra", "fra", "zwischen", "tussen"}))
        return true;
    return false;
  }

  // The end of a unit at c that a range may repeat on both ends ("%", "percent", "miles", "years",
  // "dollars"), or 0.
  std::size_t unit_end(std::size_t c) const {
    if (c >= t_.size()) return 0;
    if (t_[c].is("%") || word(c, "percent") || word(c, "pc") || word(c, "pct")) return c + 1;
    if (word(c, "per") && word(c + 1, "cent")) return c + 2;
    if (t_[c].is_word() && time_unit(t_[c].norm)) return c + 1;
    if (t_[c].is_word()) {
      if (auto cur = currency_after(t_, c)) return cur->end;
    }
    if (auto m = measure_at(scan_, c)) return m->second;
    return 0;
  }

  // A verb of change with its object before "from" at k: "lift canopy cover from 9% to 17%", "cut
  // troop numbers from", "raises the plant's annual capacity from", "has revised the distance charge for
  // licensed taxis from".
  bool changed_object(std::size_t k) const {
    for (std::size_t m = k; m > 0 && k - m < 8; --m) {
      if (!t_[m - 1].is_word() && !t_[m - 1].is("'s") && !t_[m - 1].is("\u2019s")) return false;
      if (changed_before(m)) return true;
    }
    return false;
  }

  // A verb of change right before token k (or before "by" there): "rose", "climb", "cut by".
  bool changed_before(std::size_t k) const {
    if (k > 0 && word(k - 1, "by")) --k;
    if (k == 0 || !t_[k - 1].is_word()) return false;
    static constexpr std::string_view kStems[] = {
        "ris",   "rose",    "fall",   "fell",   "climb",  "drop",     "increas",  "decreas",
        "grow",  "grew",    "jump",   "surg",   "soar",   "plung",    "tumbl",    "slip",
        "slid",  "gain",    "lost",   "los",    "cut",    "rais",     "lift",     "edg",
        "boost", "reduc",   "lower",  "hik",    "declin", "shrank",   "shrink",   "sank",
        "sink",  "slump",   "spik",   "rall",   "advanc", "retreat",  "eas",      "went",
        "moved", "up",      "down",   "narrow", "widen",  "add",      "shed",     "trimm",
        "slash", "doubl",   "expand", "extend", "revis",  "upgrad",   "downgrad", "adjust",
        "amend", "correct", "restat", "swell",  "enlarg", "lengthen", "shorten",  "stretch"};
    const std::string& w = t_[k - 1].norm;
    for (auto stem : kStems)
      if (w.compare(0, stem.size(), stem) == 0 && (stem.size() >= 3 || w.size() <= 4)) return true;
    return false;
  }
};

}  // namespace

}  // namespace quantities_detail

std::vector<QuantityMention> extract_quantities(std::string_view text, const std::vector<Token>& tokens) {
  quantities_detail::Extraction scan(text, tokens);
  quantities_detail::find_table_headers(scan);
  quantities_detail::Extractor(scan).run();
  quantities_detail::apply_table_headers(scan);
  quantities_detail::read_keyed_figures(scan);
  read_fractions_as_shares(scan.mentions, tokens);
  quantities_detail::carry_count_nouns(scan.mentions, tokens);
  return std::move(scan.mentions);
}

}  // namespace factcheck
