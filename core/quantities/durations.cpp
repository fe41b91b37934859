// Durations ("four years", "a 30-second ad", "2 hours 48 minutes", "an hour and a half", "all week",
// race times such as "3:49.04") and ages ("a 15-year-old", "29 years old", "aged 67", "Smith, 34,"),
// each in a unit of time of the unit table (model/units.hpp): s, min, h, d, wk, mo, yr.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>

#include <unordered_map>
#include "quantities/digits.hpp"

#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

namespace factcheck {
namespace quantities_detail {

std::optional<TimeUnit> time_unit(std::string_view w) {
  static constexpr std::pair<std::string_view, TimeUnit> kUnits[] = {
      {"year", {"yr"}},
      {"years", {"yr"}},
      {"yr", {"yr"}},
      {"yrs", {"yr"}},
      {"month", {"mo"}},
      {"months", {"mo"}},
      {"mo", {"mo"}},
      {"mos", {"mo"}},
      {"mth", {"mo"}},
      {"mths", {"mo"}},
      {"week", {"wk"}},
      {"weeks", {"wk"}},
      {"wk", {"wk"}},
      {"wks", {"wk"}},
      {"day", {"d"}},
      {"days", {"d"}},
      {"hour", {"h"}},
      {"hours", {"h"}},
      {"hr", {"h"}},
      {"hrs", {"h"}},
      {"h", {"h"}},
      {"minute", {"min"}},
      {"minutes", {"min"}},
      {"min", {"min"}},
      {"mins", {"min"}},
      {"second", {"s"}},
      {"seconds", {"s"}},
      {"sec", {"s"}},
      {"secs", {"s"}},
      {"s", {"s"}},
      {"millisecond", {"ms"}},
      {"milliseconds", {"ms"}},
      {"ms", {"ms"}},
      {"decade", {"yr", 10}},
      {"decades", {"yr", 10}},
      {"century", {"yr", 100}},
      {"centuries", {"yr", 100}},
      {"fortnight", {"wk", 2}},
      {"fortnights", {"wk", 2}},
      {"quarters", {"mo", 3}},
      // Translated copy that kept its words: Spanish, Portuguese, French, Italian, German, Dutch.
      {"años", {"yr"}},
      {"anos", {"yr"}},
      {"ans", {"yr"}},
      {"anni", {"yr"}},
      {"jahre", {"yr"}},
      {"jahren", {"yr"}},
      {"jaar", {"yr"}},
      {"\xC3\xA5r", {"yr"}},  // "i 15 år": Norwegian, Danish, Swedish
      {"m\xC3\xA5neder", {"mo"}},
      {"m\xC3\xA5nader", {"mo"}},
      {"uker", {"wk"}},
      {"veckor", {"wk"}},
      {"meses", {"mo"}},
      {"mois", {"mo"}},
      {"mesi", {"mo"}},
      {"monate", {"mo"}},
      {"monaten", {"mo"}},
      {"maanden", {"mo"}},
      {"semanas", {"wk"}},
      {"semaines", {"wk"}},
      {"settimane", {"wk"}},
      {"wochen", {"wk"}},
      {"weken", {"wk"}},
      {"días", {"d"}},
      {"dias", {"d"}},
      {"jours", {"d"}},
      {"giorni", {"d"}},
      {"tage", {"d"}},
      {"tagen", {"d"}},
      {"dagen", {"d"}},
      {"horas", {"h"}},
      {"heures", {"h"}},
      {"stunden", {"h"}},
      {"uur", {"h"}},
      {"minutos", {"min"}},
      {"ore", {"h"}},  // "due ore", "sei ore": Italian hours
      {"minuti", {"min"}},
      {"minuten", {"min"}},
      {"segundos", {"s"}},
      {"secondes", {"s"}},
      {"secondi", {"s"}},
      {"sekunden", {"s"}},
  };
  // Asked of many words: every unit has at most twelve letters and starts with one of these ("\xC3" opens
  // "år").
  if (w.empty() || w.size() > 12 ||
      std::string_view("ymwdhsmcfqajgtuvo\xC3").find(w[0]) == std::string_view::npos)
    return std::nullopt;
  for (const auto& [word, unit] : kUnits)
    if (word == w) return unit;
  return std::nullopt;
}

std::string duration_unit(std::string_view w) {
  const auto u = time_unit(w);
  return u ? std::string(u->code) : std::string();
}

namespace {

// Words before "an hour", "a year" that make it a duration, not a rate ("$2,000 a month").
bool duration_lead(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "for",  "after", "than", "about", "nearly", "almost", "only",   "just", "around",  "lasted", "lasts",
      "last", "took",  "take", "takes", "spent",  "spend",  "waited", "wait", "roughly", "barely", "least"};
  return one_of(w, kWords);
}

// Words before "a tonne", "a mile" that make it a measure of one: "under a tonne", "more than a mile".
bool measure_lead(std::string_view w) {
  static constexpr std::string_view kWords[] = {"under",  "over", "than", "nearly",  "almost", "about",
                                                "around", "just", "only", "roughly", "barely", "least"};
  return one_of(w, kWords);
}

// Reads durations and ages.
class DurationReader : public Reader {
 public:
  using Reader::Reader;

  // A duration of `value` in `unit` spelled out from first to end: "due settimane".
  bool emit_words(std::size_t first, std::size_t end, const std::string& unit, double value,
                  std::size_t& next) {
    return emit_unit(first, end, QuantityKind::duration, unit, value, next);
  }

  // A duration after the number: "four years", "30-year", "3.5years", "2 hours 48 minutes".
  bool try_duration_after(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size();
    std::size_t u = f.end;
    if (u < n && t_[u].is("-") && u + 1 < n && adjacent(t_[u], t_[u + 1])) ++u;  // "30-year"
    if (u >= n || !t_[u].is_word()) return false;
    // "three working days", "two calendar years", "five consecutive quarters".
    if (u + 1 < n && t_[u + 1].is_word() && time_unit(t_[u + 1].norm) &&
        one_of(t_[u].norm, {"working", "business", "calendar", "school", "consecutive", "straight",
                            "successive", "trading", "banking", "clear", "full"}))
      ++u;
    const auto unit = time_unit(t_[u].norm);
    if (!unit || !fits(f, u)) return false;
    // "4 century breaks": a snooker break of a hundred, counted.
    if (t_[u].is("century") && (word(u + 1, "break") || word(u + 1, "breaks"))) return false;
    // "the 10-year Treasury", "its 30-year bond": the name of a security, not a duration.
    if (u > f.end && u + 1 < n && t_[u + 1].is_word() &&
        one_of(t_[u + 1].norm, {"treasury", "treasuries", "bond", "bonds", "gilt", "gilts", "note", "notes",
                                "yield", "yields", "bund", "bunds", "jgb"})) {
      next = u + 1;
      return true;
    }
    // "zero-hours contracts": a kind of contract, no duration.
    if (f.value == 0 && u > f.end && (word(u + 1, "contract") || word(u + 1, "contracts"))) {
      next = u + 1;
      return true;
    }
    if (unit->factor == 1 && compound_after(scan_, f, std::string(unit->code), u + 1, next)) return true;
    // "Life expectancy at birth reached 81.3 years", "the median age rose to 53.4 years": an age.
    if (unit->code == "yr" && expectancy_before(f.first))
      return emit(f, QuantityKind::age, "yr", u + 1, unit->factor, next);
    // "El tenista, de 21 años,", "Il a 19 ans" (not "il y a 19 ans", ago): an age in translated copy.
    if (unit->code == "yr" && u == f.end && f.first > 1 &&
        ((word(f.first - 1, "de") && t_[f.first - 2].is(",")) ||
         (word(f.first - 1, "a") && word(u, "ans") && !word(f.first - 2, "y"))))
      return emit(f, QuantityKind::age, "yr", u + 1, unit->factor, next);
    return emit(f, QuantityKind::duration, std::string(unit->code), u + 1, unit->factor, next);
  }

  // "life expectancy" before the figure in its clause, at most eight tokens back; or "age" ("the median
  // age rose to", "pension age to hit", "max age to open is") with the figure after a verb or "to",
  // not after "by" (a change) nor as a span of time ("the ice age lasted").
  bool expectancy_before(std::size_t i) const {
    const bool stated = i > 0 && one_of(t_[i - 1].norm, {"is", "was", "to", "at", "of", "hit", "hits",
                                                         "reached", "reaches", "be", "are", "were", "now"});
    bool span = false;  // "lasted", "lasts" or "for" on the way back
    for (std::size_t k = i; k > 0 && i - k < 8; --k) {
      if (t_[k - 1].is(".") || t_[k - 1].is(";")) return false;
      if (word(k - 1, "expectancy")) return true;
      span = span || word(k - 1, "lasted") || word(k - 1, "lasts") || word(k - 1, "for") || t_[k - 1].is(",");
      if (word(k - 1, "age") && stated && !span) return true;
    }
    return false;
  }

  // An age after the number: "15-year-old", "a 15 year-old", "29 years old", "three months of age",
  // "87 yo".
  bool try_age_after(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size();
    std::size_t u = f.end;
    if (word(u, "yo") && !f.range) return emit(f, QuantityKind::age, "yr", u + 1, 1, next);
    if (u < n && t_[u].is("-") && u + 1 < n && adjacent(t_[u], t_[u + 1])) ++u;
    if (u >= n || !t_[u].is_word()) return false;
    // "Die 19-Jährige": German for "the 19-year-old".
    if (u > f.end &&
        one_of(t_[u].norm, {"j\xC3\xA4hrige", "j\xC3\xA4hrigen", "j\xC3\xA4hriger", "j\xC3\xA4hriges"}))
      return emit(f, QuantityKind::age, "yr", u + 1, 1, next);
    const auto unit = time_unit(t_[u].norm);
    if (!unit || unit->factor != 1 || unit->code == "h" || unit->code == "min" || unit->code == "s" ||
        unit->code == "ms")
      return false;
    std::size_t e = u + 1;
    if (e + 1 < n && t_[e].is("-") && adjacent(t_[e - 1], t_[e]) &&
        (word(e + 1, "old") || word(e + 1, "olds"))) {
      e += 2;  // "15-year-old", "24-year-olds"
    } else if (word(e, "old") || word(e, "alt") || word(e, "alte") || word(e, "alter") || word(e, "alten")) {
      e += 1;  // "29 years old", "7.000 Jahre alte"
    } else if (word(e, "of") && word(e + 1, "age")) {
      e += 2;  // "95 years of age"
    } else {
      return false;
    }
    return emit(f, QuantityKind::age, std::string(unit->code), e, 1, next);
  }

  // An age by the words before a number that would otherwise be bare: "aged 67", "age 87", "the age of
  // 87", "now 58,", "turns 35", "Smith, 34,", and "71" in "aged 67 and 71".
  bool age_before(const Figure& f) const {
    const std::size_t i = f.first, n = t_.size();
    if (i == 0 || f.number.negative || f.value > 130 || (!f.range && f.value != std::floor(f.value)))
      return false;
    const Token& p = t_[i - 1];
    const std::size_t a = f.end;
    const bool clause_ends = a >= n || one_of(t_[a].norm, {",", ".", ";", ")", "and", "--"});
    if (word(i - 1, "aged") || word(i - 1, "age") || (word(i - 1, "of") && word(i - 2, "age"))) return true;
    // "aged between 17 and 65"
    if (f.range && word(i - 1, "between") && word(i - 2, "aged")) return true;
    // "for ages 9 and up", "ages 3-5": the ages a toy or a class is for.
    if (word(i - 1, "ages") && i > 1 &&
        (word(i - 2, "for") || word(i - 2, "children") || word(i - 2, "kids")))
      return true;
    // "Max age to open is 39", "PENSION AGE TO HIT 68".
    if (!f.range && !(a < n && t_[a].is_word() && countable_noun(t_[a])) && expectancy_before(i)) return true;
    // "At 92, the maestro conducted": first in its sentence, before a comma.
    if (word(i - 1, "at") && (i == 1 || t_[i - 2].is(".")) && a < n && t_[a].is(",") && f.value >= 5)
      return true;
    // "Smith, now 58,", "who is now 58", not "total now 11".
    if (word(i - 1, "now") && clause_ends && i > 1 &&
        (t_[i - 2].is(",") || one_of(t_[i - 2].norm, {"is", "was", "who's", "he's", "she's"})))
      return true;
    // "toddlers under two", "mothers over 40": people over or under an age, with nothing counted after.
    if ((word(i - 1, "over") || word(i - 1, "under")) && i > 1 && t_[i - 2].is_word() &&
        one_of(t_[i - 2].norm,
               {"children", "toddlers", "babies", "infants",  "kids",      "adults",  "mothers",
                "fathers",  "women",    "men",    "people",   "patients",  "pupils",  "teenagers",
                "players",  "those",    "anyone", "everyone", "residents", "workers", "drivers"}) &&
        (a >= n || !(t_[a].is_word() && countable_noun(t_[a]))))
      return true;
    // "has died at 71", "died aged 87", "He was 88.", "is retiring at 81".
    if (word(i - 1, "at") && i > 1 && t_[i - 2].is_word() &&
        one_of(t_[i - 2].norm, {"died", "dies", "dead", "retire", "retires", "retired", "retiring"}))
      return true;
    // "the oldest hippo in Europe at 58,", "the oldest inmate is 98.": the superlative of age earlier in
    // the clause, the figure ending it.
    if ((word(i - 1, "at") || word(i - 1, "is") || word(i - 1, "was")) && clause_ends && !f.range) {
      for (std::size_t k = i - 1; k > 0 && i - k < 9; --k) {
        if (t_[k - 1].is(".") || t_[k - 1].is(";") || t_[k - 1].is(",")) break;
        if (word(k - 1, "oldest") || word(k - 1, "youngest")) return true;
      }
    }
    if ((word(i - 1, "was") || word(i - 1, "is")) && (word(i - 2, "he") || word(i - 2, "she")) &&
        (a >= n || t_[a].is(".") || t_[a].is(",") || t_[a].is(";")))
      return true;
    // "aged 50 or older", "people 65 and over"
    if (a + 1 < n && (word(a, "or") || word(a, "and")) &&
        one_of(t_[a + 1].norm, {"older", "over", "younger", "under"}) && f.value >= 10)
      return true;
    if ((word(i - 1, "turns") || word(i - 1, "turned") || word(i - 1, "turning")) &&
        !unit_follows(scan_, a) && !(a < n && t_[a].is_word() && countable_noun(t_[a])))
      return true;
    // "Smith, 34, of Elm Road", "The Sydney man, 34, swam": a name or a person, then the age between
    // commas.
    if (p.is(",") && i > 1 && t_[i - 2].is_word() && !month_number(t_[i - 2].norm) && a < n &&
        (t_[a].is(",") || t_[a].is(")")) && f.value >= 1 &&
        (has_capital(text_, t_[i - 2]) || (f.value >= 12 && countable_noun(t_[i - 2]))))
      return true;
    // "aged 67 and 71": the second age of a pair.
    if ((p.is("and") || p.is("or")) && !scan_.mentions.empty()) {
      const QuantityMention& last = scan_.mentions.back();
      return last.kind == QuantityKind::age && last.last_token + 1 == i;
    }
    return false;
  }

  // A race time, "3:49.04" or "2:03:23" after "in": a duration in seconds.
  bool try_race_time(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    if (!t_[i].is_number() || t_[i].norm.size() > 2 || !norm_at(t_, i + 1, ":") || !all_digits(t_[i].norm))
      return false;
    double parts[3] = {digits_value(t_[i].norm), 0, 0};
    int count = 1;
    std::size_t k = i + 1;
    bool decimals = false;
    while (count < 3 && k + 1 < n && t_[k].is(":") && adjacent(t_[k - 1], t_[k]) &&
           adjacent(t_[k], t_[k + 1]) && t_[k + 1].is_number() && t_[k + 1].norm.size() >= 2) {
      const std::string& s = t_[k + 1].norm;
      double v = 0, step = 1;
      if (!read_digits(s, v, step) || v >= 60) return false;
      decimals = s.find('.') != std::string::npos;
      parts[count++] = v;
      k += 2;
      if (decimals) break;
    }
    if (count < 2) return false;
    const bool timed =
        i > 0 && t_[i - 1].is_word() &&
        one_of(t_[i - 1].norm, {"in", "of", "clocked", "time", "record", "finished", "ran", "run"});
    // Hours, minutes and seconds are a time taken unless a clock is spoken of ("at 10:30:15", "10:30:15
    // GMT"): "(KEN) 2:05:12", "Kipchoge's 1:59:40".
    const bool clock =
        (i > 0 && t_[i - 1].is_word() &&
         one_of(t_[i - 1].norm, {"at", "by", "from", "until", "till", "before", "after", "since"})) ||
        (k < n && t_[k].is_word() &&
         one_of(t_[k].norm, {"am", "pm", "gmt", "utc", "bst", "cet", "et", "pt", "uhr", "h"}));
    // "after 46:10 for the 3.8km", "24:31 TOI": minutes past 23 are no clock's hours.
    const bool minutes = count == 2 && parts[0] >= 24 && parts[0] < 60;
    if (!decimals && !(count == 3 && (timed || !clock)) && !minutes) return false;
    QuantityMention m = make(i, k, QuantityKind::duration);
    m.unit = "s";
    m.value = count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
    m.step = decimals ? 0.01 : 1;
    finish(std::move(m));
    next = k;
    return true;
  }

  // A duration or measure in words: "an hour", "half an hour", "an hour and a half", "all week", "full-
  // year", "another month", "under a tonne".
  bool try_phrase(std::size_t i, std::size_t& next) {
    const std::string_view w = t_[i].norm;
    const std::size_t n = t_.size();
    if (w == "a" || w == "an") return try_one(i, next);
    std::size_t k = i + 1;
    if (w == "half") {
      if (word(k, "a") || word(k, "an")) ++k;
      return emit_phrase(i, k, 0.5, next);
    }
    if (w == "all" || w == "full" || w == "another") {
      const bool hyphen = w != "another" && k < n && t_[k].is("-") && adjacent(t_[i], t_[k]);
      if (hyphen) ++k;
      // "all-day", but not the "full-year" of "its full-year forecast": a hyphenated one describes a noun.
      if (hyphen && k + 1 < n && t_[k + 1].is_word() && countable_noun(t_[k + 1])) return false;
      if (k < n && t_[k].is_word() && one_of(t_[k].norm, {"day", "week", "month", "year"}))
        return emit_phrase(i, k, 1, next);
    }
    return false;
  }

 private:
  // One unit of time or of measure after "a" or "an": "for an hour", "in a week", "an hour and a half",
  // "a half hour", "under a tonne".
  bool try_one(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    if (i + 1 >= n || !t_[i + 1].is_word()) return false;  // most "a"s stop here or at the next test
    const std::string_view after = t_[i + 1].norm;
    const auto unit = time_unit(after);
    // "a pint of lager", "a hectare of oaks", "turns a tonne of apples": one of a unit, of something; not
    // a price's rate ("£5 a pint", which has no "of").
    if (!unit && after.size() > 2 && after != "pound" && word(i + 2, "of") &&
        !(i > 0 && (t_[i - 1].is_number() || t_[i - 1].kind == TokenKind::symbol)) && !priced_near(i)) {
      if (auto m = measure_at(scan_, i + 1); m && m->second == i + 2)
        return emit_unit(i, i + 2, QuantityKind::measure, m->first, 1, next);
    }
    if (!unit && (after.size() <= 2 || i == 0 || !t_[i - 1].is_word() || !measure_lead(t_[i - 1].norm)))
      return after == "half" && i + 2 < n && time_unit(t_[i + 2].norm) && emit_phrase(i, i + 2, 0.5, next);
    const std::string_view lead = i > 0 && t_[i - 1].is_word() ? std::string_view(t_[i - 1].norm) : "";
    const bool point = word(i + 2, "ago");  // "more than a year ago" says when, not how long
    // "for a second dog", "a second term": the ordinal, before its noun.
    if (after == "second" && i + 2 < n && t_[i + 2].is_word() && countable_noun(t_[i + 2])) return false;
    // "for at least a decade", "a century", "a fortnight": one of a unit that is a multiple of another.
    const bool multiple = unit && unit->factor != 1 && one_of(after, {"decade", "century", "fortnight"});
    if (unit && (unit->factor == 1 || multiple) && !point &&
        (i == 0 || duration_lead(lead) || period_lead(i, lead))) {
      // "an hour and a half", "an hour and half"
      std::size_t e = i + 2;
      double v = unit->factor;
      if (word(e, "and") && (word(e + 1, "half") || (word(e + 1, "a") && word(e + 2, "half")))) {
        e = word(e + 1, "half") ? e + 2 : e + 3;
        v = 1.5 * unit->factor;
      }
      return emit_unit(i, e, QuantityKind::duration, std::string(unit->code), v, next);
    }
    if (!unit && after != "pound" && measure_lead(lead)) {
      // "about a mile and a half"
      if (auto m = measure_at(scan_, i + 1); m && m->second == i + 2) {
        std::size_t e = i + 2;
        double v = 1;
        if (word(e, "and") && (word(e + 1, "half") || (word(e + 1, "a") && word(e + 2, "half")))) {
          e = word(e + 1, "half") ? e + 2 : e + 3;
          v = 1.5;
        }
        return emit_unit(i, e, QuantityKind::measure, m->first, v, next);
      }
    }
    return false;
  }

  // A price in the clause around token i: "A barrel of WTI cost $78.26", "€9.50 for a pint of stout". One
  // of a unit there is what the price is of, no figure of its own.
  bool priced_near(std::size_t i) const {
    return in_sentence_near(t_, i, 12, 13, [](const Token& w) {
      return w.kind == TokenKind::symbol ||
             (w.is_word() && one_of(w.norm, {"cost", "costs", "price", "priced", "sells", "sold", "pay",
                                             "pays", "paid", "charge", "charges", "worth"}));
    });
  }

  // "In a week", "within an hour" as a stated period, but not as the period of a figure before it in
  // the clause: "shedding nearly 10% in a week", "4,109 drivers in a month".
  bool period_lead(std::size_t i, std::string_view lead) const {
    if (lead != "in" && lead != "within") return false;
    // "the lowest in a decade", "its first win in a year": the frame of a record, not a period.
    if (i > 1 && t_[i - 2].is_word()) {
      const std::string& w = t_[i - 2].norm;
      if ((w.size() > 4 && w.compare(w.size() - 3, 3, "est") == 0) ||
          one_of(w, {"first", "win", "time", "level", "low", "high", "record"}))
        return false;
    }
    for (std::size_t k = i; k > 0; --k) {
      const Token& p = t_[k - 1];
      if (p.is(",") || p.is(";") || p.is(".") || p.is(":") || p.is("--")) break;
      if (p.is_number() || (p.is_word() && cardinal_at(t_, k - 1) >= 0)) return false;
    }
    return true;
  }

  // `value` of the unit of time at k, spanning i to k.
  bool emit_phrase(std::size_t i, std::size_t k, double value, std::size_t& next) {
    if (k >= t_.size() || !t_[k].is_word()) return false;
    const auto unit = time_unit(t_[k].norm);
    // A word, not a symbol: "half an hour", "half a century", not "half h".
    if (!unit || t_[k].norm.size() < 3 || t_[k].norm == "sec" || t_[k].norm == "min") return false;
    return emit_unit(i, k + 1, QuantityKind::duration, std::string(unit->code), value * unit->factor, next);
  }

  bool emit_unit(std::size_t first, std::size_t end, QuantityKind kind, std::string unit, double value,
                 std::size_t& next) {
    QuantityMention m = make(first, end, kind);
    m.unit = std::move(unit);
    m.value = value;
    m.step = value;
    finish(std::move(m));
    next = end;
    return true;
  }

  // Whether the unit word at u can follow this figure: a lone "s" or "h" only glued to the number, and
  // "s" only to a decimal ("9.79s", not the "1990s").
  bool fits(const Figure& f, std::size_t u) const {
    const std::string_view w = t_[u].norm;
    const bool glued = adjacent(t_[u - 1], t_[u]);
    // A unit glued to more letters or digits is part of a name: "2024 YR4".
    if (u + 1 < t_.size() && adjacent(t_[u], t_[u + 1]) && (t_[u + 1].is_word() || t_[u + 1].is_number()))
      return false;
    // Spaced, a lone "s" is seconds at a clause's end or before a gap's word: "0-100 km/h in 7,4 s.",
    // "finished 14 s behind".
    if (w == "s" && !glued) {
      static constexpr std::string_view kAfter[] = {".",     ",",     ";",      ")",      "behind",
                                                    "ahead", "clear", "faster", "slower", "quicker"};
      return t_[u - 1].is_number() && f.number.form == NumberForm::digits &&
             (u + 1 >= t_.size() ||
              std::find(std::begin(kAfter), std::end(kAfter), t_[u + 1].norm) != std::end(kAfter));
    }
    if (w == "s") return glued && t_[u - 1].is_number() && t_[u - 1].norm.find('.') != std::string::npos;
    if (w == "h" || w == "mo" || w == "ms") return glued || f.number.form == NumberForm::digits;
    return true;
  }
};

}  // namespace

bool try_duration_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return DurationReader(scan).try_duration_after(f, next);
}

bool try_age_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return DurationReader(scan).try_age_after(f, next);
}

bool age_before(Extraction& scan, const Figure& f) {
  return DurationReader(scan).age_before(f);
}

bool try_foreign_duration(Extraction& scan, std::size_t i, std::size_t& next) {
  // Two to twelve in the languages whose units of time time_unit() reads.
  static const std::unordered_map<std::string_view, int> kNumbers = {
      {"dos", 2},    {"tres", 3},  {"cuatro", 4}, {"cinco", 5},   {"seis", 6},    {"siete", 7},
      {"ocho", 8},   {"nueve", 9}, {"diez", 10},  {"doce", 12},   {"deux", 2},    {"trois", 3},
      {"quatre", 4}, {"cinq", 5},  {"sept", 7},   {"huit", 8},    {"neuf", 9},    {"dix", 10},
      {"douze", 12}, {"due", 2},   {"tre", 3},    {"quattro", 4}, {"cinque", 5},  {"sei", 6},
      {"sette", 7},  {"otto", 8},  {"nove", 9},   {"dieci", 10},  {"dodici", 12}, {"zwei", 2},
      {"drei", 3},   {"vier", 4},  {"fünf", 5},   {"sechs", 6},   {"sieben", 7},  {"acht", 8},
      {"neun", 9},   {"zehn", 10}, {"zwölf", 12}, {"twee", 2},    {"drie", 3},    {"vijf", 5},
      {"zes", 6},    {"zeven", 7}, {"negen", 9},  {"tien", 10},   {"twaalf", 12}, {"dois", 2},
      {"duas", 2},   {"três", 3},  {"sete", 7},   {"oito", 8},    {"dez", 10}};
  const Tokens& t = scan.tokens;
  if (i + 1 >= t.size() || !t[i].is_word() || !t[i + 1].is_word()) return false;
  const auto it = kNumbers.find(t[i].norm);
  if (it == kNumbers.end()) return false;
  const auto unit = time_unit(t[i + 1].norm);
  if (!unit || unit->factor != 1) return false;
  return DurationReader(scan).emit_words(i, i + 2, std::string(unit->code), it->second, next);
}

bool try_time_phrase(Extraction& scan, std::size_t i, std::size_t& next) {
  if (scan.tokens[i].is_number()) return DurationReader(scan).try_race_time(i, next);
  return DurationReader(scan).try_phrase(i, next);
}

}  // namespace quantities_detail
}  // namespace factcheck
