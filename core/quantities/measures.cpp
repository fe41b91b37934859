// Units of measure ("330 metres", "1.2 gigawatts", "180ml", "2,000 square feet") and durations ("four
// years", "30-year").
#include "quantities/quantities.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "quantities/extractor.hpp"

namespace factcheck {
namespace quantities_detail {
namespace {

// Units of measure as written, and the symbols figures carry.
struct MeasureUnit {
  std::string_view word;
  std::string_view symbol;
};

constexpr MeasureUnit kMeasureUnits[] = {
    {"m", "m"},
    {"metre", "m"},
    {"metres", "m"},
    {"meter", "m"},
    {"meters", "m"},
    {"km", "km"},
    {"kilometre", "km"},
    {"kilometres", "km"},
    {"kilometer", "km"},
    {"kilometers", "km"},
    {"cm", "cm"},
    {"centimetres", "cm"},
    {"centimeters", "cm"},
    {"mm", "mm"},
    {"millimetres", "mm"},
    {"millimeters", "mm"},
    {"kg", "kg"},
    {"kgs", "kg"},
    {"kilogram", "kg"},
    {"kilograms", "kg"},
    {"kilos", "kg"},
    {"g", "g"},
    {"gram", "g"},
    {"grams", "g"},
    {"mg", "mg"},
    {"tonne", "t"},
    {"tonnes", "t"},
    {"ton", "t"},
    {"tons", "t"},
    {"lb", "lb"},
    {"lbs", "lb"},
    {"pound", "lb"},
    {"oz", "oz"},
    {"ounces", "oz"},
    {"ml", "ml"},
    {"millilitres", "ml"},
    {"milliliters", "ml"},
    {"l", "l"},
    {"litre", "l"},
    {"litres", "l"},
    {"liter", "l"},
    {"liters", "l"},
    {"mile", "mi"},
    {"miles", "mi"},
    {"mi", "mi"},
    {"foot", "ft"},
    {"feet", "ft"},
    {"ft", "ft"},
    {"inch", "in"},
    {"inches", "in"},
    {"gw", "GW"},
    {"gigawatt", "GW"},
    {"gigawatts", "GW"},
    {"mw", "MW"},
    {"megawatt", "MW"},
    {"megawatts", "MW"},
    {"kw", "kW"},
    {"kilowatt", "kW"},
    {"kilowatts", "kW"},
    {"watts", "W"},
    {"twh", "TWh"},
    {"gwh", "GWh"},
    {"mwh", "MWh"},
    {"kwh", "kWh"},
    {"acre", "acre"},
    {"acres", "acre"},
    {"hectare", "ha"},
    {"hectares", "ha"},
    {"ha", "ha"},
    {"mph", "mph"},
    {"gb", "GB"},
    {"tb", "TB"},
    {"barrel", "bbl"},
    {"barrels", "bbl"},
    {"bpd", "bbl/d"},
};

}  // namespace

std::optional<std::pair<std::string, std::size_t>> measure_at(std::string_view text, const Tokens& t,
                                                              std::size_t k) {
  if (k >= t.size() || !t[k].is_word()) return std::nullopt;
  const std::string& w = t[k].norm;
  const std::string_view r = raw(text, t[k]);
  auto hit = [&](std::string s, std::size_t len) { return std::make_pair(std::move(s), k + len); };
  if (w == "square" || w == "sq") {
    const std::size_t m = norm_at(t, k + 1, ".") ? k + 2 : k + 1;
    if (word_at(t, m, "feet") || word_at(t, m, "foot") || word_at(t, m, "ft")) return hit("sq ft", m + 1 - k);
    if (word_at(t, m, "metres") || word_at(t, m, "meters") || word_at(t, m, "m")) return hit("m2", m + 1 - k);
    if (word_at(t, m, "kilometres") || word_at(t, m, "kilometers") || word_at(t, m, "km"))
      return hit("km2", m + 1 - k);
    if (word_at(t, m, "miles") || word_at(t, m, "mile")) return hit("sq mi", m + 1 - k);
    return std::nullopt;
  }

  for (const auto& u : kMeasureUnits) {
    if (u.word != w) continue;
    // One-letter symbols only glued to the number or in their usual case: not "5 l" in prose.
    if (w.size() == 1 && !(k > 0 && adjacent(t[k - 1], t[k])) && w != "m" && w != "g") return std::nullopt;
    if (w == "l" && r == "l" && !(k > 0 && adjacent(t[k - 1], t[k]))) return std::nullopt;
    // "pound" after a number is money unless it reads as weight ("a 5 pound bag" is rare in news).
    if (w == "pound") return std::nullopt;
    return hit(std::string(u.symbol), 1);
  }
  return std::nullopt;
}

std::string duration_unit(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kUnits[] = {
      {"year", "year"},       {"years", "year"},        {"yr", "year"},          {"yrs", "year"},
      {"month", "month"},     {"months", "month"},      {"week", "week"},        {"weeks", "week"},
      {"day", "day"},         {"days", "day"},          {"hour", "hour"},        {"hours", "hour"},
      {"hr", "hour"},         {"hrs", "hour"},          {"minute", "minute"},    {"minutes", "minute"},
      {"decade", "decade"},   {"decades", "decade"},    {"quarters", "quarter"}, {"seconds", "second"},
      {"century", "century"}, {"centuries", "century"},
  };
  for (const auto& [word, unit] : kUnits)
    if (word == w) return std::string(unit);
  return {};
}

namespace {

// Reads the unit of measure or of time after a figure.
class MeasureReader : public Reader {
 public:
  using Reader::Reader;

  // A duration after the number: "four years", "30-year".
  bool try_duration_after(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size();
    std::size_t u = f.end;
    if (u < n && t_[u].is("-") && u + 1 < n && adjacent(t_[u], t_[u + 1])) ++u;  // "30-year"
    if (u < n && t_[u].is_word()) {
      const std::string d = duration_unit(t_[u].norm);
      if (!d.empty()) return emit(f, QuantityKind::duration, d, u + 1, 1, next);
    }
    return false;
  }

  // A unit of measure after the number: "330 metres", "1.2 gigawatts", "180ml".
  bool try_measure_after(const Figure& f, std::size_t& next) {
    if (auto u = measure_at(text_, t_, f.end))
      return emit(f, QuantityKind::measure, u->first, u->second, 1, next);
    return false;
  }
};

}  // namespace

bool try_duration_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return MeasureReader(scan).try_duration_after(f, next);
}

bool try_measure_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return MeasureReader(scan).try_measure_after(f, next);
}

}  // namespace quantities_detail

bool is_measure_unit(std::string_view symbol) {
  static const std::string_view kSquare[] = {"sq ft", "m2", "km2", "sq mi"};
  for (const auto& u : quantities_detail::kMeasureUnits)
    if (u.symbol == symbol) return true;
  return std::find(std::begin(kSquare), std::end(kSquare), symbol) != std::end(kSquare);
}

}  // namespace factcheck
