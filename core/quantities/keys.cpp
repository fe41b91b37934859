// Figures after a key that names their unit, as configuration files and API replies write them
// (extractor.hpp): "revenue_gbp_m: 212.6", "revenue_growth_pct: 8.7", "final_pence: 7.4",
// "opening_year: 2025", "\"capacity_tonnes_per_year\": 120000".
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "model/interval.hpp"
#include "model/units.hpp"
#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

// The words of the key that ends right before the colon at `colon`, joined by underscores
// ("revenue_gbp_m"), or none: a key of one word is a table's row ("Destroyers: 6").
std::vector<std::string> key_before(const Tokens& t, std::size_t colon) {
  std::size_t k = colon;
  if (k > 0 && t[k - 1].is("\"")) --k;  // JSON: "capacity_tonnes_per_year": 120000
  std::vector<std::string> parts;
  while (k > 0 && (t[k - 1].is_word() || t[k - 1].is_number())) {
    parts.insert(parts.begin(), t[k - 1].norm);
    --k;
    if (k < 2 || !t[k - 1].is("_") || !adjacent(t[k - 1], t[k]) || !adjacent(t[k - 2], t[k - 1])) break;
    --k;
  }
  if (parts.size() < 2) parts.clear();
  return parts;
}

// The scale a key's last word gives: "m", "bn", "k".
double key_scale(std::string_view w) {
  if (w == "k" || w == "thousand" || w == "thousands") return 1e3;
  if (w == "m" || w == "mn" || w == "mln" || w == "million" || w == "millions") return 1e6;
  if (w == "b" || w == "bn" || w == "billion" || w == "billions") return 1e9;
  return 0;
}

// The unit of measure a key's word names, as a code of model/units.hpp, or "".
std::string_view key_unit(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kUnits[] = {
      {"t", "t"},         {"tonnes", "t"}, {"tons", "t"},  {"kg", "kg"},   {"km", "km"},
      {"mw", "MW"},       {"gw", "GW"},    {"mwh", "MWh"}, {"gwh", "GWh"}, {"ha", "ha"},
      {"hectares", "ha"}, {"m2", "m²"},    {"sqm", "m²"}};
  for (const auto& [word, code] : kUnits)
    if (w == word && find_unit(code)) return code;
  return {};
}

// Reads the figure by its key's words; false when they name no unit.
bool apply_key(QuantityMention& q, std::vector<std::string> parts) {
  // "tonnes_per_year": the unit before the period it is counted over.
  for (std::size_t i = 1; i + 1 < parts.size(); ++i)
    if (parts[i] == "per") parts.resize(i);
  double scale = 1;
  if (parts.size() >= 3 && key_scale(parts.back()) > 0) {
    scale = key_scale(parts.back());
    parts.pop_back();
  }
  const std::string& last = parts.back();
  if (const auto currency = currency_code(last); currency) {
    q.kind = QuantityKind::money;
    q.unit = currency->iso;
  } else if (last == "pence" || last == "p") {
    q.kind = QuantityKind::money;
    q.unit = "GBP";
    scale *= 0.01;
  } else if (last == "pct" || last == "percent" || last == "pc") {
    q.kind = QuantityKind::percent;
    q.unit = "%";
  } else if (!key_unit(last).empty()) {
    q.kind = QuantityKind::measure;
    q.unit = std::string(key_unit(last));
  } else if (last == "year" && scale == 1 && q.value >= 1800 && q.value <= 2100 &&
             q.value == std::floor(q.value)) {
    q.kind = QuantityKind::date;
    q.unit = "year";
    q.date = std::to_string(static_cast<int>(q.value));
    q.interval = interval_for(q.value, 1, Comparator::none);
    return true;
  } else if (last == "years" || last == "months" || last == "days") {
    q.kind = QuantityKind::duration;
    q.unit = last == "years" ? "yr" : last == "months" ? "mo" : "d";
  } else {
    return false;
  }
  q.value *= scale;
  q.range_low *= scale;
  q.range_high *= scale;
  q.step *= scale;
  q.interval = q.kind == QuantityKind::percent ? share_interval_for(q.value, q.step, q.comparator)
                                               : interval_for(q.value, q.step, q.comparator);
  return true;
}

}  // namespace

void read_keyed_figures(Extraction& scan) {
  const Tokens& t = scan.tokens;
  for (QuantityMention& q : scan.mentions) {
    if (q.kind != QuantityKind::number && q.kind != QuantityKind::count) continue;
    const std::size_t k = q.first_token;
    if (k == 0 || !t[k - 1].is(":")) continue;
    // "38400\n  fibre_rope_output_t:", "1060\n  plants: [": the next line's key is no noun of this figure.
    const std::size_t noun = q.last_token - 1;
    if (q.kind == QuantityKind::count && noun > k && noun + 1 < t.size() &&
        (t[noun + 1].is(":") || (t[noun + 1].is("_") && adjacent(t[noun], t[noun + 1])))) {
      q.kind = QuantityKind::number;
      q.unit.clear();
      q.last_token = k + 1;
      q.end = t[k].end;
    }
    const std::vector<std::string> parts = key_before(t, k - 1);
    if (!parts.empty()) apply_key(q, parts);
  }
}

}  // namespace factcheck::quantities_detail
