// Units of measure as written ("metres", "sq ft", "°C", "km/h", "-litre") and their codes in the unit
// table (model/units.hpp), and the reader of a unit at a token, measure_at(): the figure readers ask it
// wherever a unit may follow (measures.cpp, durations.cpp, table_headers.cpp, quantities.cpp).
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "model/units.hpp"
#include "quantities/digits.hpp"
#include "quantities/extractor.hpp"

namespace factcheck {
namespace quantities_detail {
namespace {

// Units of measure as written (lower case), and their codes.
struct MeasureWord {
  std::string_view word;
  std::string_view code;
};

constexpr MeasureWord kMeasureWords[] = {
    {"nanometres", "nm"},
    {"nanometers", "nm"},
    {"mm", "mm"},
    {"millimetre", "mm"},
    {"millimetres", "mm"},
    {"millimeter", "mm"},
    {"millimeters", "mm"},
    {"cm", "cm"},
    {"centimetre", "cm"},
    {"centimetres", "cm"},
    {"centimeter", "cm"},
    {"centimeters", "cm"},
    {"dm", "dm"},
    {"decimetres", "dm"},
    {"decimeters", "dm"},
    {"m", "m"},
    {"metre", "m"},
    {"metres", "m"},
    {"meter", "m"},
    {"meters", "m"},
    {"km", "km"},
    {"kms", "km"},
    {"kilometre", "km"},
    {"kilometres", "km"},
    {"kilometer", "km"},
    {"kilometers", "km"},
    {"in", "in"},
    {"inch", "in"},
    {"inches", "in"},
    {"ft", "ft"},
    {"foot", "ft"},
    {"feet", "ft"},
    {"yd", "yd"},
    {"yds", "yd"},
    {"yard", "yd"},
    {"yards", "yd"},
    {"mi", "mi"},
    {"mile", "mi"},
    {"miles", "mi"},
    {"nmi", "nmi"},
    {"light-year", "ly"},
    {"light-years", "ly"},
    {"ly", "ly"},
    {"ha", "ha"},
    {"hectare", "ha"},
    {"hectares", "ha"},
    {"acre", "acre"},
    {"acres", "acre"},
    {"ml", "ml"},
    {"millilitre", "ml"},
    {"millilitres", "ml"},
    {"milliliter", "ml"},
    {"milliliters", "ml"},
    {"cl", "cl"},
    // Translated copy that kept its units: Spanish, Portuguese, French, Italian, German, Dutch.
    {"kilómetros", "km"},
    {"kilometros", "km"},
    {"quilómetros", "km"},
    {"quilômetros", "km"},
    {"kilomètres", "km"},
    {"chilometri", "km"},
    {"kilometern", "km"},
    {"metros", "m"},
    {"mètres", "m"},
    {"metri", "m"},
    {"metern", "m"},
    {"centímetros", "cm"},
    {"centimetri", "cm"},
    {"zentimeter", "cm"},
    {"milímetros", "mm"},
    {"millimetri", "mm"},
    {"litros", "l"},
    {"litri", "l"},
    {"toneladas", "t"},
    {"tonnellate", "t"},
    {"tonnen", "t"},
    {"kilogramos", "kg"},
    {"chilogrammi", "kg"},
    {"kilogramm", "kg"},
    {"gramos", "g"},
    {"grammi", "g"},
    {"gramm", "g"},
    {"hectáreas", "ha"},
    {"hectareas", "ha"},
    {"ettari", "ha"},
    {"hektar", "ha"},
    {"hectoliter", "hl"},
    {"hectolitros", "hl"},
    {"ettolitri", "hl"},
    {"quadratmeter", "m\xC2\xB2"},
    {"kubikmeter", "m\xC2\xB3"},
    {"milles", "nmi"},  // French sailing copy: "24 000 milles"
    {"seemeilen", "nmi"},
    {"centilitre", "cl"},
    {"centilitres", "cl"},
    {"centiliter", "cl"},
    {"centiliters", "cl"},
    {"l", "l"},
    {"litre", "l"},
    {"litres", "l"},
    {"litara", "l"},  // Croatian
    {"liter", "l"},
    {"liters", "l"},
    {"tsp", "tsp"},
    {"teaspoon", "tsp"},
    {"teaspoons", "tsp"},
    {"tbsp", "tbsp"},
    {"tablespoon", "tbsp"},
    {"tablespoons", "tbsp"},
    {"cup", "cup"},
    {"cups", "cup"},
    {"pint", "pt"},
    {"pints", "pt"},
    {"quart", "qt"},
    {"quarts", "qt"},
    {"gal", "gal"},
    {"gallon", "gal"},
    {"gallons", "gal"},
    {"bushel", "bu"},
    {"bushels", "bu"},
    {"iu", "IU"},
    {"barrel", "bbl"},
    {"barrels", "bbl"},
    {"bbl", "bbl"},
    {"bpd", "bbl/d"},
    {"\xC2\xB5g", "\xC2\xB5g"},  // µg, with the micro sign
    {"\xCE\xBCg", "\xC2\xB5g"},  // μg, with the Greek mu
    {"mcg", "\xC2\xB5g"},
    {"microgram", "\xC2\xB5g"},
    {"micrograms", "\xC2\xB5g"},
    {"microgrammes", "\xC2\xB5g"},
    {"mg", "mg"},
    {"milligram", "mg"},
    {"milligrams", "mg"},
    {"g", "g"},
    {"gram", "g"},
    {"grams", "g"},
    {"gramme", "g"},
    {"grammes", "g"},
    {"kg", "kg"},
    {"kgs", "kg"},
    {"kilo", "kg"},
    {"kilos", "kg"},
    {"kilogram", "kg"},
    {"kilograms", "kg"},
    {"kilogramme", "kg"},
    {"kilogrammes", "kg"},
    {"t", "t"},
    {"tonne", "t"},
    {"tonnes", "t"},
    {"ton", "ton"},
    {"tons", "ton"},
    {"oz", "oz"},
    {"ounce", "oz"},
    {"ounces", "oz"},
    {"lb", "lb"},
    {"lbs", "lb"},
    {"pound", "lb"},
    {"pounds", "lb"},
    {"stone", "st"},
    {"mph", "mph"},
    {"kph", "km/h"},
    {"kmph", "km/h"},
    {"knot", "kn"},
    {"knots", "kn"},
    {"w", "W"},
    {"watt", "W"},
    {"watts", "W"},
    {"kw", "kW"},
    {"kilowatt", "kW"},
    {"kilowatts", "kW"},
    {"mw", "MW"},
    {"megawatt", "MW"},
    {"megawatts", "MW"},
    {"gw", "GW"},
    {"gigawatt", "GW"},
    {"gigawatts", "GW"},
    {"hp", "hp"},
    {"bhp", "hp"},
    {"horsepower", "hp"},
    {"wh", "Wh"},
    {"kwh", "kWh"},
    {"mwh", "MWh"},
    {"gwh", "GWh"},
    {"twh", "TWh"},
    {"kj", "kJ"},
    {"mj", "MJ"},
    {"joule", "J"},
    {"joules", "J"},
    {"kilojoules", "kJ"},
    {"megajoules", "MJ"},
    {"gigajoules", "GJ"},
    {"terajoules", "TJ"},
    {"petajoules", "PJ"},
    {"exajoules", "EJ"},
    {"zettajoules", "ZJ"},
    {"kcal", "kcal"},
    {"calories", "kcal"},
    {"mev", "MeV"},
    {"ev", "eV"},
    {"kb", "KB"},
    {"mb", "MB"},
    {"gb", "GB"},
    {"tb", "TB"},
    {"pb", "PB"},
    {"kilobytes", "KB"},
    {"megabytes", "MB"},
    {"gigabytes", "GB"},
    {"terabytes", "TB"},
    {"hz", "Hz"},
    {"khz", "kHz"},
    {"mhz", "MHz"},
    {"ghz", "GHz"},
    {"hertz", "Hz"},
    {"mah", "mAh"},
    {"megapixels", "MP"},
    {"megapixel", "MP"},
    {"fps", "fps"},
    {"chevaux", "hp"},  // "un tracteur de 300 chevaux"
    {"cwt", "cwt"},     // a bell's hundredweight: "24cwt"
    {"kn", "kn"},       // "wind 18kn"
    {"volt", "V"},
    {"volts", "V"},
    {"kilovolt", "kV"},
    {"kilovolts", "kV"},
    {"ppm", "ppm"},
    {"ppb", "ppb"},
    {"gigatonnes", "Gt"},
    {"gigatons", "Gt"},
    {"megatonnes", "Mt"},
    {"megatons", "Mt"},
    {"kbps", "kbps"},
    {"mbps", "Mbps"},
    {"gbps", "Gbps"},
    {"tbps", "Tbps"},
    {"nm", "nm"},
    {"dwt", "dwt"},
    {"hl", "hl"},
    {"hectolitres", "hl"},
    {"hectoliters", "hl"},
    {"pascal", "Pa"},
    {"pascals", "Pa"},
    {"gl", "GL"},
    {"gigalitres", "GL"},
    {"megalitres", "ML"},
    {"db", "dB"},
    {"decibel", "dB"},
    {"decibels", "dB"},
    {"nit", "nit"},
    {"nits", "nit"},
    {"carat", "ct"},
    {"carats", "ct"},
    {"mmol", "mmol"},
    {"psi", "psi"},
    {"mbar", "mbar"},
    {"millibar", "mbar"},
    {"millibars", "mbar"},
    {"hpa", "hPa"},
    {"hectopascals", "hPa"},
    {"kpa", "kPa"},
    {"bar", "bar"},
    {"rpm", "rpm"},
    {"mpg", "mpg"},
    {"kilonewtons", "kN"},
    {"newtons", "N"},
    {"lbf", "lbf"},
    {"kelvin", "K"},
    {"celsius",
     "\xC2\xB0"
     "C"},
    {"celcius",
     "\xC2\xB0"
     "C"},
    {"centigrade",
     "\xC2\xB0"
     "C"},
    {"centigrate",
     "\xC2\xB0"
     "C"},
    {"fahrenheit",
     "\xC2\xB0"
     "F"},
    {"farenheit",
     "\xC2\xB0"
     "F"},
};

// The code of a unit word, or null: asked at many tokens, so looked up by hash.
const std::string_view* measure_code(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kByWord = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (const auto& u : kMeasureWords) m.emplace(u.word, u.code);
    return m;
  }();
  const auto it = kByWord.find(w);
  return it == kByWord.end() ? nullptr : &it->second;
}

// Units written by their symbol alone, whose case tells them from words: "PS" (metric horsepower),
// "Nm" (newton metres, not nanometres), "K" (kelvin, not thousands), "C" and "F" glued to the number.
std::optional<std::string_view> symbol_unit(std::string_view raw, bool glued) {
  if (raw == "PS") return "PS";
  if (raw == "Nm") return "Nm";
  if (raw == "NM") return "nmi";  // nautical miles, in aviation copy
  if (raw == "GL") return "GL";   // gigalitres
  if (raw == "Mt") return "Mt";   // million tonnes
  if (raw == "Gt") return "Gt";   // gigatonnes
  if (raw == "MPa") return "MPa";
  if (raw == "GPa") return "GPa";
  if (raw == "ML") return "ML";  // megalitres, not millilitres
  if (raw == "K" && !glued) return "K";
  if (raw == "C" && glued)
    return "\xC2\xB0"
           "C";
  if (raw == "F" && glued)
    return "\xC2\xB0"
           "F";
  if (raw == "kN") return "kN";
  if (raw == "MP" && glued) return "MP";  // "a 45MP sensor"
  if (raw == "V" && glued) return "V";    // "12V", not "England V Australia"
  if (raw == "kV") return "kV";
  if (raw == "Ah") return "Ah";  // "70Ah", "70 Ah", not "ah"
  return std::nullopt;
}

constexpr std::string_view kDegree = "\xC2\xB0";  // °

// Reads the unit of measure at a token.
class UnitReader : public Reader {
 public:
  using Reader::Reader;

  std::optional<std::pair<std::string, std::size_t>> unit_at(std::size_t k) {
    const std::size_t n = t_.size();
    if (k >= n) return std::nullopt;
    if (t_[k].is(kDegree)) return degrees(k, k + 1);
    if (t_[k].is("\"") && k > 0 && t_[k - 1].is_number() && !adjacent(t_[k - 1], t_[k]) &&
        !(k + 1 < n && t_[k + 1].is_word()))
      return hit("in", k + 1);  // 10 " long
    // "20 (kg)", "20 [kg]": a unit in brackets.
    if ((t_[k].is("(") || t_[k].is("[") || t_[k].is("{") || t_[k].is("<")) && k + 2 < n) {
      const auto inner = plain_unit(k + 1);
      static constexpr std::string_view kOpen = "([{<", kClose = ")]}>";
      const char close = kClose[kOpen.find(t_[k].norm[0])];
      if (inner && inner->second < n && t_[inner->second].norm == std::string(1, close))
        return hit(inner->first, inner->second + 1);
      return std::nullopt;
    }
    if (!t_[k].is_word()) return std::nullopt;
    const std::string_view w = t_[k].norm;
    if (w == "square" || w == "sq" || w == "cubic" || w == "cu") {
      auto u = squared(k, w == "cubic" || w == "cu");
      if (u) return per(*u);  // "600 cubic metres per second"
      return u;
    }
    // "metros cuadrados", "metri quadrati", "kilómetros cúbicos": the power after the length.
    if (k + 1 < n && t_[k + 1].is_word() &&
        one_of(t_[k + 1].norm, {"cuadrados", "quadrati", "quadrados", "carrés", "cúbicos", "cubi", "cubes"}))
      if (const auto base = plain_unit(k);
          base && base->second == k + 1 && (base->first == "m" || base->first == "km")) {
        const bool cubed = one_of(t_[k + 1].norm, {"cúbicos", "cubi", "cubes"});
        return hit(base->first + (cubed ? "\xC2\xB3" : "\xC2\xB2"), k + 2);
      }
    if (w == "metric" && (word(k + 1, "ton") || word(k + 1, "tons") || word(k + 1, "tonnes")))
      return hit("t", k + 2);
    if (w == "light" && norm_at(t_, k + 1, "-") && (word(k + 2, "year") || word(k + 2, "years")))
      return hit("ly", k + 3);  // "4.2 light-years"
    if (w == "nautical" && (word(k + 1, "miles") || word(k + 1, "mile"))) return hit("nmi", k + 2);
    if (w == "nautical" && norm_at(t_, k + 1, "-") && word(k + 2, "mile") && adjacent(t_[k], t_[k + 1]))
      return hit("nmi", k + 3);  // "a 695-nautical-mile race"
    if (w == "gas" && word(k + 1, "mark")) return hit("gas mark", k + 2);
    // "1.8 parts per billion", "420 parts per million"
    if ((w == "parts" || w == "part") && word(k + 1, "per")) {
      if (word(k + 2, "million")) return hit("ppm", k + 3);
      if (word(k + 2, "billion")) return hit("ppb", k + 3);
    }
    // "315 terawatt hours", "5 kilowatt-hours"
    if (w == "terawatt" || w == "gigawatt" || w == "megawatt" || w == "kilowatt") {
      std::size_t h = k + 1;
      if (norm_at(t_, h, "-") && adjacent(t_[k], t_[h])) ++h;
      if (word(h, "hours") || word(h, "hour")) {
        static constexpr std::pair<std::string_view, std::string_view> kHours[] = {
            {"terawatt", "TWh"}, {"gigawatt", "GWh"}, {"megawatt", "MWh"}, {"kilowatt", "kWh"}};
        for (const auto& [prefix, code] : kHours)
          if (prefix == w) return hit(code, h + 1);
      }
    }
    if (w == "degrees" || w == "degree" || w == "deg") {
      std::size_t e = k + 1;
      if (w == "deg" && norm_at(t_, e, ".") && adjacent(t_[k], t_[e])) ++e;
      return degrees(k, e);
    }
    // "11 stone arches", "a 3 stone wall": a material before its noun, not the weight.
    if (w == "stone" && k + 1 < n && t_[k + 1].is_word() && t_[k + 1].norm.size() > 2 &&
        !one_of(t_[k + 1].norm, {"lb", "lbs", "and", "in", "of", "or", "to", "for", "with", "after", "before",
                                 "by", "last", "this", "heavier", "lighter", "more", "less", "overweight"}))
      return std::nullopt;
    auto u = plain_unit(k);
    if (!u) return std::nullopt;
    return per(*u);
  }

 private:
  static std::pair<std::string, std::size_t> hit(std::string_view code, std::size_t end) {
    return {std::string(code), end};
  }

  // A unit word or symbol at k, with a glued exponent ("km2", "m²") or a glued "/" unit ("km/h",
  // "g/km", "L/100km").
  std::optional<std::pair<std::string, std::size_t>> plain_unit(std::size_t k) {
    const std::size_t n = t_.size();
    if (k >= n || !t_[k].is_word()) return std::nullopt;
    const std::string_view w = t_[k].norm;
    const std::string_view r = raw(text_, t_[k]);
    // Glued to the number, or to a fraction glyph after it: "9¼in".
    const bool glued = k > 0 && adjacent(t_[k - 1], t_[k]) &&
                       (t_[k - 1].is_number() || (k > 1 && vulgar_fraction(t_[k - 1].norm) > 0 &&
                                                  adjacent(t_[k - 2], t_[k - 1]) && t_[k - 2].is_number()));
    std::optional<std::string> code;
    if (auto s = symbol_unit(r, glued)) code = std::string(*s);
    // "15st" is fifteen stone; "21st" is an ordinal.
    if (w == "st") {
      if (!glued || ordinal_suffix_fits(t_[k - 1].norm, w)) return std::nullopt;
      code = "st";
    }
    // "22,4 Grad", "35,7 graden", "30 grados": degrees Celsius in translated copy.
    if (!code && scan_.foreign() &&
        one_of(w, {"grad", "graden", "grados", "gradi", "degr\xC3\xA9s", "degres", "graus"}))
      code =
          "\xC2\xB0"
          "C";
    if (!code) {
      if (const std::string_view* c = measure_code(w)) {
        if (!one_letter_fits(k, w, r, glued)) return std::nullopt;
        code = std::string(*c);
      }
    }
    if (!code) return std::nullopt;
    std::size_t e = k + 1;
    // "24V-051": a recall campaign's code, not volts.
    if (*code == "V" && e + 1 < n && t_[e].is("-") && adjacent(t_[k], t_[e])) return std::nullopt;
    // "km²", "m2", "ft³": an exponent glued to a length.
    if (e < n && adjacent(t_[k], t_[e])) {
      const bool two = t_[e].is("\xC2\xB2") || t_[e].is("2"), three = t_[e].is("\xC2\xB3") || t_[e].is("3");
      if (two || three) {
        const std::string power = *code + (two ? "\xC2\xB2" : "\xC2\xB3");
        if (find_unit(power) && !(e + 1 < n && adjacent(t_[e], t_[e + 1]) && t_[e + 1].is_number()))
          return hit(power, e + 1);
        return std::nullopt;
      }
      if (t_[e].is("/") && e + 1 < n && adjacent(t_[e], t_[e + 1])) {
        std::size_t f = e + 1;
        std::string below;
        if (t_[f].is("100") && f + 1 < n && adjacent(t_[f], t_[f + 1])) {
          below = "100";
          ++f;
        }
        const std::string compound = *code + "/" + below + (f < n ? t_[f].norm : "");
        for (const std::string& c : {compound, (*code == "l" ? "L" : *code) + "/" + below + t_[f].norm}) {
          if (const Unit* unit = find_unit(c)) return hit(unit->code, f + 1);
        }
        if (*code == "km" && (t_[f].is("hr") || t_[f].is("h"))) return hit("km/h", f + 1);
        return hit(*code, e);  // "180C/160C fan": another figure after the slash
      }
      // A unit glued to more letters or digits is part of a code: "24703m212", "scp173m".
      if (t_[e].is_word() || t_[e].is_number()) return std::nullopt;
    }
    if (glued && k > 1 && t_[k - 1].is_number() && adjacent(t_[k - 2], t_[k - 1]) && t_[k - 2].is_word())
      return std::nullopt;  // "scp173m"
    return hit(*code, e);
  }

  // One-letter symbols only glued to the number or in their usual case: not "5 l" in prose, not "a t".
  bool one_letter_fits(std::size_t k, std::string_view w, std::string_view r, bool glued) const {
    if (w.size() != 1) return w != "in" || glued;        // "0.25in", but not "5 in 2024"
    if (r == "M" || r == "G" || r == "T") return false;  // "3M" is a name, "10G" giga
    if (w == "m" || w == "g") return true;
    // "100t", "110,000 t of zinc", "rose to 412,000 t.", "53 000 t/yr", "62 000 t less CO2 a year"
    if (w == "t")
      return glued || word(k + 1, "of") ||
             (r == "t" && k > 0 && t_[k - 1].is_number() && k + 1 < t_.size() &&
              ((t_[k + 1].is("/") && adjacent(t_[k], t_[k + 1])) || word(k + 1, "less") ||
               word(k + 1, "more") || word(k + 1, "fewer") || word(k + 1, "per") ||
               word(k + 1, "annually"))) ||
             (r == "t" && k > 0 && t_[k - 1].is_number() &&
              (k + 1 >= t_.size() || t_[k + 1].is(".") || t_[k + 1].is(",") || t_[k + 1].is(";") ||
               t_[k + 1].is(")")));
    // "5l", and "3,500 l/s" with the rate glued on.
    if (w == "l") return glued || (k + 2 < t_.size() && t_[k + 1].is("/") && adjacent(t_[k], t_[k + 1]));
    return glued && w != "w" ? true : (w == "w" && r == "W" && glued);
  }

  // A rate after a unit: "miles per hour", "miles an hour", "metres per second", "miles per gallon".
  std::pair<std::string, std::size_t> per(std::pair<std::string, std::size_t> u) {
    std::size_t k = u.second;
    if (!(word(k, "per") || word(k, "an") || word(k, "a"))) return u;
    const std::string& of = k + 1 < t_.size() ? t_[k + 1].norm : std::string();
    const std::string& c = u.first;
    if ((of == "hour" || of == "hr") && (c == "mi" || c == "km"))
      return hit(c == "mi" ? "mph" : "km/h", k + 2);
    if (of == "second" && (c == "m" || c == "km" || c == "mi")) return hit(c + "/s", k + 2);
    // "600 cubic metres per second", "3,500 litres a second": a flow.
    if (of == "second" && (c == "m\xC2\xB3" || c == "l")) return hit(c + "/s", k + 2);
    if (of == "gallon" && c == "mi" && word(k, "per")) return hit("mpg", k + 2);
    // "8.4 grams per tonne" (an ore's grade), "612 micrograms per cubic metre" (air)
    if (word(k, "per") && c == "g" && (of == "tonne" || of == "ton" || of == "t")) return hit("g/t", k + 2);
    if (word(k, "per") && c == "\xC2\xB5g" && of == "cubic" && (word(k + 2, "metre") || word(k + 2, "meter")))
      return hit("\xC2\xB5g/m\xC2\xB3", k + 3);
    return u;
  }

  // "square feet", "sq. ft.", "square-foot", "cubic metres", "cubic-foot".
  std::optional<std::pair<std::string, std::size_t>> squared(std::size_t k, bool cubic) {
    std::size_t m = k + 1;
    if (norm_at(t_, m, ".") || (norm_at(t_, m, "-") && adjacent(t_[k], t_[m]))) ++m;
    const auto u = plain_unit(m);
    if (!u) return std::nullopt;
    const std::string code = u->first + (cubic ? "\xC2\xB3" : "\xC2\xB2");
    if (!find_unit(code)) return std::nullopt;
    std::size_t e = u->second;
    if (norm_at(t_, e, ".") && adjacent(t_[e - 1], t_[e]) && u->first == "ft") ++e;  // "sq. ft."
    return hit(code, e);
  }

  // After "°", "degrees" or "deg" read up to `e`: the scale, or the text's own (°F where it speaks of
  // Fahrenheit, else °C). Not a temperature where it is an angle ("rotate 90 degrees").
  std::optional<std::pair<std::string, std::size_t>> degrees(std::size_t k, std::size_t e) {
    const std::size_t n = t_.size();
    // "88°N", "51°30'W": a latitude or longitude, no temperature.
    if (e < n && adjacent(t_[e - 1], t_[e]) && t_[e].is_word()) {
      const std::string_view r = raw(text_, t_[e]);
      if (r == "N" || r == "S" || r == "E" || r == "W") return std::nullopt;
    }
    if (e < n && t_[e].is_word()) {
      const std::string_view s = t_[e].norm;
      if (s == "c" || s == "celsius" || s == "celcius" || s == "centigrade")
        return hit(
            "\xC2\xB0"
            "C",
            e + 1);
      if (s == "f" || s == "fahrenheit" || s == "farenheit")
        return hit(
            "\xC2\xB0"
            "F",
            e + 1);
      if (s == "k" || s == "kelvin") return hit("K", e + 1);
    }
    static constexpr std::string_view kAngle[] = {"rotate", "rotated",  "turn",     "turned",
                                                  "tilt",   "tilted",   "angle",    "incline",
                                                  "arc",    "latitude", "longitude"};
    for (std::size_t b = k; b > 0 && b + 5 > k; --b)
      if (t_[b - 1].is_word() && one_of(t_[b - 1].norm, kAngle)) return std::nullopt;
    if (e < n && t_[e].is_word() && one_of(t_[e].norm, kAngle)) return std::nullopt;
    return hit(scan_.fahrenheit_text() ? "\xC2\xB0"
                                         "F"
                                       : "\xC2\xB0"
                                         "C",
               e);
  }
};

}  // namespace

std::optional<std::pair<std::string, std::size_t>> measure_at(Extraction& scan, std::size_t k) {
  return UnitReader(scan).unit_at(k);
}

}  // namespace quantities_detail
}  // namespace factcheck
