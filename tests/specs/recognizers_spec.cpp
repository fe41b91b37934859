// Runs the English Recognizers-Text specs (Microsoft, MIT) against extract_quantities and reports the
// pass rate per model. Usage: recognizers_spec DIR [--verbose]. Exit 0 when every floor is met, 1 when
// one is not, 77 when DIR is absent (ctest reads 77 as skipped).
//
// A case passes when every expected result with a value has an extracted quantity of a relevant kind
// whose span overlaps it and whose value is equal (relative tolerance 1e-6), and, when the case expects
// nothing, nothing of a relevant kind is extracted. Dimensions, ages and temperatures must also have the
// unit (Recognizers' "Mile" is our "mi", "Degree" any temperature scale); the duration extractor has no
// values, so its results are matched by span. A range we read whole ("eight to 10 feet") matches the value
// Recognizers gives for either of its ends. A fraction that the extractor reads as the share it states
// ("five eighths of", "one out of three") is NumberModel's number (0.625) as a percentage, and compares so.
// Expected results without a value ("the dollar")
// cannot be represented by a QuantityMention and are not checked. Scores count only the cases the
// reference JavaScript package passes (those not marked NotSupported/NotSupportedByDesign "javascript").
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace {

using factcheck::QuantityKind;
using factcheck::QuantityMention;
using nlohmann::json;

enum class Model { currency, percent, number, number_range, dimension, age, temperature, duration };

struct Score {
  int passed = 0;  // JS-passing cases we pass
  int total = 0;   // JS-passing cases
  int js_fail_passed = 0;
  int js_fail_total = 0;
  std::vector<std::string> failures;
};

// Code point index of a UTF-8 byte offset.
std::size_t code_points(const std::string& s, std::size_t byte) {
  std::size_t count = 0;
  for (std::size_t k = 0; k < byte && k < s.size(); ++k)
    if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) ++count;
  return count;
}

bool is_temperature(const QuantityMention& m) {
  const factcheck::Unit* u = factcheck::find_unit(m.unit);
  return m.kind == QuantityKind::measure && u && u->dimension == factcheck::Dimension::temperature;
}

bool relevant(Model model, const QuantityMention& m) {
  switch (model) {
    case Model::currency:
      return m.kind == QuantityKind::money;
    case Model::percent:
      return m.kind == QuantityKind::percent;
    case Model::dimension:
      return m.kind == QuantityKind::measure && !is_temperature(m);
    case Model::temperature:
      return is_temperature(m);
    case Model::age:
      return m.kind == QuantityKind::age;
    case Model::duration:
      return m.kind == QuantityKind::duration;
    default:
      // Recognizers' NumberModel leaves numbers with a unit of measure ("180ml", "29km") to its
      // DimensionModel, so our measures are not numbers here; nor is a day of a month read as a date
      // ("the May 4th", our "--05-04"), which it leaves to its date model and expects nothing of.
      return m.kind != QuantityKind::measure &&
             !(m.kind == QuantityKind::date && (m.unit == "relative" || m.date.rfind("--", 0) == 0));
  }
}

// Our codes for a unit Recognizers names ("Mile" -> "mi"); empty when we have none.
std::vector<std::string> our_units(const std::string& theirs) {
  static const std::pair<const char*, std::vector<std::string>> kUnits[] = {
      {"Pound", {"lb"}},
      {"Milliliter", {"ml"}},
      {"Inch", {"in"}},
      {"Mile", {"mi"}},
      {"Barrel", {"bbl"}},
      {"Foot", {"ft"}},
      {"Ounce", {"oz"}},
      {"Acre", {"acre"}},
      {"Gallon", {"gal"}},
      {"Cubic foot", {"ft³"}},
      {"Square meter", {"m²"}},
      {"Ton", {"ton", "t"}},
      {"Metric ton", {"t"}},
      {"Mile per hour", {"mph"}},
      {"Meter", {"m"}},
      {"Kilometer", {"km"}},
      {"Millimeter", {"mm"}},
      {"Square kilometer", {"km²"}},
      {"Decimeter", {"dm"}},
      {"Megabyte", {"MB"}},
      {"Kilogram", {"kg"}},
      {"Microgram", {"µg"}},
      {"Kilometer per hour", {"km/h"}},
      {"Tablespoon", {"tbsp"}},
      {"Cup", {"cup"}},
      {"Teaspoon", {"tsp"}},
      {"Gram", {"g"}},
      {"Year", {"yr"}},
      {"Month", {"mo"}},
      {"Week", {"wk"}},
      {"Day", {"d"}},
      {"Age", {"yr"}},
      {"C", {"°C"}},
      {"F", {"°F"}},
      {"K", {"K"}},
      {"Degree", {"°C", "°F"}},
  };
  for (const auto& [name, codes] : kUnits)
    if (theirs == name) return codes;
  return {};
}

bool close(double a, double b) {
  return std::fabs(a - b) <= 1e-6 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// The expected value as a number; false when the result has none.
bool expected_value(const json& resolution, double& value) {
  if (!resolution.is_object() || !resolution.contains("value")) return false;
  const json& v = resolution["value"];
  if (!v.is_string()) return false;
  std::string s = v.get<std::string>();
  if (!s.empty() && s.back() == '%') s.pop_back();
  if (s.empty() || s == "null") return false;
  char* end = nullptr;
  value = std::strtod(s.c_str(), &end);
  return end && *end == '\0';
}

bool js_fails(const json& c) {
  for (const char* key : {"NotSupported", "NotSupportedByDesign"}) {
    if (c.contains(key) && c[key].is_string() &&
        c[key].get<std::string>().find("javascript") != std::string::npos)
      return true;
  }
  return false;
}

std::string describe(const std::string& input, const std::vector<QuantityMention>& found, Model model) {
  std::ostringstream out;
  out << "  input: " << input << "\n  found:";
  for (const auto& m : found) {
    if (!relevant(model, m)) continue;
    out << " [" << input.substr(m.start, m.end - m.start) << " = " << m.value << " " << m.unit << " ("
        << factcheck::to_string(m.kind) << ")]";
  }
  return out.str();
}

bool check_case(const json& c, Model model, std::string& why) {
  const std::string input = c.value("Input", "");
  const auto tokens = factcheck::tokenize(input);
  const auto found = factcheck::extract_quantities(input, tokens);
  const json& results = c.contains("Results") ? c["Results"] : json::array();
  if (results.empty()) {
    for (const auto& m : found) {
      if (relevant(model, m)) {
        why = "expected nothing\n" + describe(input, found, model);
        return false;
      }
    }
    return true;
  }
  for (const json& r : results) {
    double value = 0;
    const json resolution = r.contains("Resolution") ? r["Resolution"] : json();
    if (model == Model::number_range || model == Model::duration) {
      // Information only, or an extractor with no values: the span must be found.
      value = NAN;
    } else if (!expected_value(resolution, value)) {
      continue;
    }
    const std::size_t s = r.value("Start", 0);
    const std::size_t e = r.contains("Length") ? s + static_cast<std::size_t>(r.value("Length", 0))
                                               : static_cast<std::size_t>(r.value("End", 0)) + 1;
    std::string unit = resolution.is_object() ? resolution.value("Unit", resolution.value("unit", "")) : "";
    const bool with_unit = model == Model::dimension || model == Model::age || model == Model::temperature;
    const std::vector<std::string> units = with_unit ? our_units(unit) : std::vector<std::string>{};
    std::string iso = resolution.is_object() ? resolution.value("isoCurrency", "") : "";
    const double factor = (unit == "Cent" || unit == "Pence" || unit == "Penny") ? 100 : 1;
    bool ok = false;
    for (const auto& m : found) {
      if (!relevant(model, m)) continue;
      const std::size_t ms = code_points(input, m.start), me = code_points(input, m.end);
      if (ms >= e || s >= me) continue;
      // A range we read whole ("eight to 10 feet") has the value Recognizers gives for one of its ends.
      const bool end_of_range = m.comparator == factcheck::Comparator::range &&
                                (close(m.range_low * factor, value) || close(m.range_high * factor, value));
      const std::string said = input.substr(m.start, m.end - m.start);
      std::string lower = said;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool share_in_words = model == Model::number && m.kind == factcheck::QuantityKind::percent &&
                                  lower.find_first_of("%") == std::string::npos &&
                                  lower.find("per") == std::string::npos &&
                                  lower.find("pc") == std::string::npos;
      const bool as_share = share_in_words && close(m.value / 100, value);
      if (!std::isnan(value) && !close(m.value * factor, value) && !end_of_range && !as_share) continue;
      if (with_unit && std::find(units.begin(), units.end(), m.unit) == units.end()) continue;
      if (model == Model::currency && !iso.empty() && m.unit != iso) continue;
      ok = true;
      break;
    }
    if (!ok) {
      why = "missing \"" + r.value("Text", "") + "\" = " + (std::isnan(value) ? "" : std::to_string(value)) +
            (iso.empty() ? "" : " " + iso) + "\n" + describe(input, found, model);
      return false;
    }
  }
  return true;
}

bool load(const std::string& path, json& out) {
  std::ifstream in(path);
  if (!in) return false;
  try {
    in >> out;
  } catch (const json::exception& e) {
    std::cerr << "recognizers_spec: " << path << ": " << e.what() << "\n";
    return false;
  }
  return out.is_array();
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  bool verbose = false;
  for (int k = 1; k < argc; ++k) {
    const std::string a = argv[k];
    if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else {
      dir = a;
    }
  }
  if (dir.empty()) {
    std::cerr << "usage: recognizers_spec DIR [--verbose]\n";
    return 2;
  }
  struct File {
    const char* name;
    Model model;
    bool scored;
    double floor;
  };
  const File files[] = {
      // Money, percentages and numbers may not fall below what they passed before the real-news
      // extraction work (126/127, 15/15, 178/180): one case fewer fails the floor.
      {"CurrencyModel.json", Model::currency, true, 0.99},
      {"PercentModel.json", Model::percent, true, 1.0},
      {"NumberModel.json", Model::number, true, 0.985},
      {"NumberRangeModel.json", Model::number_range, false, 0},
      {"DimensionModel.json", Model::dimension, true, 0.90},
      {"AgeModel.json", Model::age, true, 0.90},
      {"TemperatureModel.json", Model::temperature, true, 0.90},
      {"DurationExtractor.json", Model::duration, true, 0.90},
  };
  {
    std::ifstream probe(dir + "/CurrencyModel.json");
    if (!probe) {
      std::cout << "recognizers_spec: skipped: " << dir << " not found\n";
      return 77;
    }
  }
  int passed = 0, failed = 0;
  bool below_floor = false;
  for (const File& f : files) {
    json cases;
    if (!load(dir + "/" + f.name, cases)) {
      if (f.scored) {
        std::cout << "recognizers_spec: skipped: " << dir << "/" << f.name << " not found\n";
        return 77;
      }
      continue;
    }
    Score score;
    for (const json& c : cases) {
      std::string why;
      const bool ok = check_case(c, f.model, why);
      if (js_fails(c)) {
        ++score.js_fail_total;
        if (ok) ++score.js_fail_passed;
        continue;
      }
      ++score.total;
      if (ok) {
        ++score.passed;
      } else {
        score.failures.push_back(why);
      }
    }
    const double rate = score.total ? static_cast<double>(score.passed) / score.total : 1.0;
    char line[256];
    char percent[16] = "   n/a";  // no case the JS package passes: nothing to score against
    if (score.total) std::snprintf(percent, sizeof percent, "%5.1f%%", 100 * rate);
    std::snprintf(
        line, sizeof line, "%-22s %3d / %3d  %s  (JS-failing cases passed: %d / %d)%s", f.name, score.passed,
        score.total, percent, score.js_fail_passed, score.js_fail_total,
        f.scored ? (f.model == Model::duration ? "  [span match]" : "") : "  [information only; span match]");
    std::cout << line << "\n";
    if (verbose) {
      for (const auto& why : score.failures) std::cout << "  FAIL " << why << "\n";
    }
    if (f.scored) {
      passed += score.passed;
      failed += score.total - score.passed;
      if (rate < f.floor) {
        below_floor = true;
        std::snprintf(line, sizeof line, "  below the floor of %.0f%%", 100 * f.floor);
        std::cout << line << "\n";
      }
    }
  }
  // Misses within the floors are expected of an external suite, so the closing line reports the floors.
  std::cout << "recognizers_spec: " << passed << " of " << passed + failed << " scored cases pass; "
            << (below_floor ? "a model is below its floor" : "every model meets its floor") << "\n";
  return below_floor ? 1 : 0;
}
