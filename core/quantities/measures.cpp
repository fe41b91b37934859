// Units of measure after a figure ("330 metres", "1.2 gigawatts", "180ml", "2,000 square feet",
// "-4°C", "minus 30 degrees", "12km/h", "a 4.4-litre engine"), each read by measure_at()
// (measure_units.cpp), and figures in two units of one kind ("6ft 5in", "15st 4lb").
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "model/units.hpp"
#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

namespace factcheck {
namespace quantities_detail {
namespace {

// Pairs of units a figure is written in together, the larger first: "6ft 5in", "15st 4lb".
bool compound_pair(std::string_view big, std::string_view small) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"ft", "in"}, {"yd", "ft"}, {"m", "cm"}, {"st", "lb"}, {"lb", "oz"}, {"kg", "g"}};
  for (const auto& [a, b] : kPairs)
    if (a == big && b == small) return true;
  return false;
}

// A value in a smaller unit, rounded off where conversion left a trace: 6 ft is 72 in, not 72.000…01.
double tidy(double v) {
  if (v == 0 || !std::isfinite(v)) return v;
  const double scale = std::pow(10.0, 9 - std::floor(std::log10(std::fabs(v))));
  return std::round(v * scale) / scale;
}

// Reads the unit of measure after a figure.
class MeasureReader : public Reader {
 public:
  using Reader::Reader;

  // "the 100m final", "women's 1500m:", "ran 28:54 for 10,000m": a standard race in athletics by its
  // distance, glued to "m", is the race's name.
  bool race_name(const Figure& f, const std::pair<std::string, std::size_t>& unit, std::size_t& next) const {
    if (unit.first != "m" || f.range || unit.second != f.end + 1 || !adjacent(t_[f.end - 1], t_[f.end]))
      return false;
    static constexpr double kRaces[] = {50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000};
    bool race = false;
    for (double d : kRaces) race = race || f.value == d;
    if (!race || f.first == 0) return false;
    const std::size_t e = unit.second;
    const bool before = word(f.first - 1, "the") || t_[f.first - 1].is("'s") || word(f.first - 1, "for") ||
                        word(f.first - 1, "men's") || word(f.first - 1, "women's");
    const bool after = e >= t_.size() || t_[e].kind == TokenKind::punct ||
                       (t_[e].is_word() && one_of(t_[e].norm, {"final", "finals", "heat", "heats", "hurdles",
                                                               "race", "title", "record", "gold", "silver",
                                                               "bronze", "semi", "semifinal", "in", "at",
                                                               // swimming's events
                                                               "freestyle", "backstroke", "breaststroke",
                                                               "butterfly", "medley", "individual"}));
    if (!(before && after)) return false;
    next = e;
    return true;
  }

  // Whether ships or the sea are spoken of within twenty tokens of k, in its sentence.
  bool at_sea(std::size_t k) const {
    static constexpr std::string_view kSea[] = {
        "boat",   "boats", "yacht",    "yachts",  "sail",  "sailing",    "sailed",   "vessel",  "vessels",
        "ship",   "ships", "ferry",    "ferries", "coast", "offshore",   "sea",      "ocean",   "harbour",
        "harbor", "knots", "nautical", "regatta", "fleet", "coastguard", "lifeboat", "trawler", "tanker"};
    return in_sentence_near(t_, k, 20, 20,
                            [](const Token& w) { return w.is_word() && one_of(w.norm, kSea); });
  }

  // A unit of measure after the number: "330 metres", "1.2 gigawatts", "180ml", "a 4.4-litre engine",
  // "1/16 of a pint", "6ft 5in".
  bool try_measure_after(const Figure& f, std::size_t& next) {
    std::size_t u = f.end;
    const std::size_t n = t_.size();
    // "4.4-litre", "6,500-square-foot": a hyphen glued on both sides.
    if (u + 1 < n && t_[u].is("-") && adjacent(t_[u - 1], t_[u]) && adjacent(t_[u], t_[u + 1])) ++u;
    // "1/16 of a pint", "half of a mile", "half a mile"
    if (f.number.form == NumberForm::fraction && word(u, "of") && (word(u + 1, "a") || word(u + 1, "an")))
      u += 2;
    else if (f.number.form == NumberForm::fraction && (word(u, "a") || word(u, "an")) && u > 0 &&
             (t_[u - 1].is("half") || t_[u - 1].is("quarter")))
      u += 1;
    // "58 milioni di metri cubi", "2,55 milhões de toneladas": the word for "of" after a scale word.
    if (f.number.scale > 1 && (word(u, "di") || word(u, "de")) && u > 0 && t_[u - 1].is_word() &&
        foreign_scale(t_[u - 1].norm) > 0)
      ++u;
    if (feet_and_inches(f, next)) return true;
    auto unit = measure_at(scan_, u);
    if (!unit) return false;
    if (race_name(f, *unit, next)) return true;
    // "14,8 mrd Ft", "2 900 Ft": the Hungarian forint, written with a capital, where feet are "ft".
    if (unit->first == "ft" && unit->second == u + 1 && raw(text_, t_[u]) == "Ft")
      return emit(f, QuantityKind::money, "HUF", unit->second, 1, next);
    // "2nd-placed boat 9nm behind": at sea, "nm" is nautical miles, not nanometres.
    if (unit->first == "nm" && at_sea(f.first))
      return emit(f, QuantityKind::measure, "nmi", unit->second, 1, next);
    // "250-260 Mt": millions of tonnes, in tonnes.
    if (unit->first == "Mt") return emit(f, QuantityKind::measure, "t", unit->second, 1e6, next);
    // Dutch and Scandinavian "ton" is the metric tonne: "12.000 ton bier".
    if (unit->first == "ton" && scan_.foreign())
      return emit(f, QuantityKind::measure, "t", unit->second, 1, next);
    if (unit->first == "Gt") return emit(f, QuantityKind::measure, "t", unit->second, 1e9, next);
    // "6h 42m": minutes after a figure in hours.
    if (unit->first == "m" && unit->second == f.end + 1 && adjacent(t_[f.end - 1], t_[f.end]) &&
        !scan_.mentions.empty() && scan_.mentions.back().unit == "h" &&
        scan_.mentions.back().last_token == f.first)
      return emit(f, QuantityKind::duration, "min", unit->second, 1, next);
    // "16.7 million pounds of thrust": a force.
    if (unit->first == "lb" && word(unit->second, "of") && word(unit->second + 1, "thrust"))
      unit->first = "lbf";
    if (compound(f, unit->first, unit->second, next)) return true;
    // "6-foot-4": feet and inches with hyphens.
    const std::size_t e = unit->second;
    if (unit->first == "ft" && u > f.end && e + 1 < n && t_[e].is("-") && adjacent(t_[e - 1], t_[e]) &&
        adjacent(t_[e], t_[e + 1]) && t_[e + 1].is_number() && !f.range) {
      const auto inches = parse_number(text_, t_, e + 1);
      if (inches && inches->value < 12)
        return emit_total(f, f.value * 12 + inches->value, "in", false, inches->last_token, next);
    }
    return emit(f, QuantityKind::measure, unit->first, unit->second, 1, next);
  }

  // "7'4\"", "6'2\"": feet and inches in marks glued together, in inches.
  bool feet_and_inches(const Figure& f, std::size_t& next) {
    const std::size_t k = f.end, n = t_.size();
    if (f.range || k + 2 >= n || !t_[k].is("'") || !t_[k + 1].is_number() || !t_[k + 2].is("\"") ||
        !adjacent(t_[k - 1], t_[k]) || !adjacent(t_[k], t_[k + 1]) || !adjacent(t_[k + 1], t_[k + 2]))
      return false;
    const auto inches = parse_number(text_, t_, k + 1);
    if (!inches || inches->last_token != k + 2 || inches->value >= 12) return false;
    return emit_total(f, f.value * 12 + inches->value, "in", false, k + 3, next);
  }

  // A figure in a second, smaller unit right after the first: "6ft 5in", "5 feet and 2 inches", "2
  // hours 48 minutes". The total, in the smaller unit, is one mention; false when none follows.
  bool compound(const Figure& f, const std::string& unit, std::size_t end, std::size_t& next) {
    if (f.range || f.value != std::floor(f.value) || f.number.negative) return false;
    double total = f.value;
    std::string in = unit;
    std::size_t k = end;
    bool any = false;
    while (true) {
      std::size_t m = k;
      // "and", or its word in translated copy: "64 jours, 19 heures et 22 minutes".
      if (word(m, "and") || norm_at(t_, m, ",") ||
          (scan_.foreign() && (word(m, "et") || word(m, "und") || word(m, "y") || word(m, "e") ||
                               word(m, "en") || word(m, "og") || word(m, "och"))))
        ++m;
      if (m >= t_.size() || !(t_[m].is_number() || t_[m].is_word())) break;
      const auto num = parse_number(text_, t_, m);
      if (!num || num->negative || num->scale != 1) break;
      auto small = unit_after(num->last_token, in);
      // "~1hr 25.": minutes left bare after hours, at the end of a clause.
      const std::size_t after = num->last_token;
      if (!small && in == "h" && !any && m == k && num->value < 60 && num->value == std::floor(num->value) &&
          num->spelled == false &&
          (after >= t_.size() || t_[after].is(".") || t_[after].is(",") || t_[after].is(";") ||
           t_[after].is("!") || t_[after].is("?")))
        small = std::make_pair(std::string("min"), after);
      if (!small) break;
      const auto v = convert(total, in, small->first);
      if (!v) break;
      const bool time = find_unit(in)->dimension == Dimension::time;
      const Unit* a = find_unit(in);
      const Unit* b = find_unit(small->first);
      if (!(time ? a->factor > b->factor : compound_pair(in, small->first))) break;
      total = tidy(*v) + num->value;
      in = small->first;
      k = small->second;
      any = true;
    }
    if (!any) return false;
    return emit_total(f, total, in, find_unit(in)->dimension == Dimension::time, k, next);
  }

 private:
  // The unit after a number in a compound: a unit of measure, or a unit of time when the figure's own
  // unit is one.
  std::optional<std::pair<std::string, std::size_t>> unit_after(std::size_t k, const std::string& big) {
    if (k < t_.size() && t_[k].is_word()) {
      if (auto d = time_unit(t_[k].norm); d && d->factor == 1)
        return std::make_pair(std::string(d->code), k + 1);
      // "1h 52m": minutes glued after hours.
      if (big == "h" && t_[k].is("m") && k > 0 && adjacent(t_[k - 1], t_[k]))
        return std::make_pair("min", k + 1);
    }
    return measure_at(scan_, k);
  }

  // A measure (or, `time`, a duration) of `value` in `unit`, spanning the figure to `end`.
  bool emit_total(const Figure& f, double value, const std::string& unit, bool time, std::size_t end,
                  std::size_t& next) {
    QuantityMention m = make(f.first, end, time ? QuantityKind::duration : QuantityKind::measure);
    m.unit = unit;
    m.value = value;
    m.step = 1;
    finish(std::move(m));
    next = end;
    return true;
  }
};

}  // namespace

bool try_measure_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return MeasureReader(scan).try_measure_after(f, next);
}

bool compound_after(Extraction& scan, const Figure& f, const std::string& unit, std::size_t end,
                    std::size_t& next) {
  return MeasureReader(scan).compound(f, unit, end, next);
}

}  // namespace quantities_detail
}  // namespace factcheck
