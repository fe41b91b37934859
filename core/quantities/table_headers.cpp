// Bare figures under a table's header that gives their unit or scale (extractor.hpp).
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "model/units.hpp"
#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"
#include "quantities/numbers.hpp"

namespace factcheck::quantities_detail {

namespace {

// What a header says of the figures under it.
struct Header {
  QuantityKind kind = QuantityKind::number;
  std::string unit;
  double scale = 1;
  bool any = false;  // it says something
};

// The scale a header word gives: "m", "million", "thousands", "bn", "000".
double header_scale(const Token& t) {
  if (t.is("000") || t.is("'000") || t.is("000s")) return 1e3;
  static constexpr std::pair<std::string_view, double> kScales[] = {
      {"thousands", 1e3}, {"thousand", 1e3}, {"k", 1e3},  {"m", 1e6}, {"mn", 1e6},      {"mln", 1e6},
      {"million", 1e6},   {"millions", 1e6}, {"bn", 1e9}, {"b", 1e9}, {"billion", 1e9}, {"billions", 1e9}};
  for (const auto& [w, s] : kScales)
    if (t.is(w)) return s;
  return 0;
}

bool ends_sentence(const Tokens& t, std::size_t k) {
  // A full stop ends the table, but not a list's "2." after a figure or at its start.
  if (t[k].is(";")) return true;
  if (!t[k].is(".")) return false;
  return !(k > 0 && t[k - 1].is_number() && adjacent(t[k - 1], t[k]));
}

// Reads the header's words from `from` to `to` (the tokens before the colon).
Header read_header(Extraction& scan, std::size_t from, std::size_t to) {
  const Tokens& t = scan.tokens;
  Header h;
  std::size_t open = to, close = to;
  for (std::size_t k = from; k < to; ++k) {
    if (t[k].is("(") && open == to) open = k;
    if (t[k].is(")") && open < to && close == to) close = k;
  }
  // "% full", "(share, %)": percentages.
  for (std::size_t k = from; k < to; ++k)
    if (t[k].is("%")) {
      h.kind = QuantityKind::percent;
      h.unit = "%";
      h.any = true;
      return h;
    }
  if (open == to || close == to) {
    // No brackets: "Permitted reserves, million tonnes — Cliffe Hill: 58; Mountsorrel: 96", a scale word
    // before a unit, in a header with no figure of its own.
    for (std::size_t k = from; k < to; ++k)
      if (t[k].is_number()) return h;
    for (std::size_t k = from; k + 1 < to; ++k) {
      const double s = scale_word(t[k].norm);
      if (s < 1000 || !t[k].is_word()) continue;
      if (auto u = measure_at(scan, k + 1)) {
        h.kind = QuantityKind::measure;
        h.unit = u->first;
        h.scale = s;
        h.any = true;
        return h;
      }
    }
    return h;
  }
  if (close - open > 6) return h;
  // Inside the brackets: a currency ("£/t", "₹/kg", "£m"), a unit ("gigatonnes", "cm"), a scale ("m",
  // "thousands") and a counted noun ("passengers, m").
  for (std::size_t k = open + 1; k < close; ++k) {
    if (auto c = currency_before(scan.currency_hints, scan.text, t, k)) {
      h.kind = QuantityKind::money;
      h.unit = c->currency.iso;
      h.scale *= c->currency.factor;
      if (c->end < close && adjacent(t[c->end - 1], t[c->end])) {
        const double s = header_scale(t[c->end]);
        if (s > 0) h.scale *= s;
      }
      h.any = true;
      return h;
    }
  }
  for (std::size_t k = open + 1; k < close; ++k) {
    if (!t[k].is_word()) continue;
    if (const double s = header_scale(t[k]); s > 0) {
      h.scale *= s;
      h.any = true;
      continue;
    }
    if (auto u = measure_at(scan, k)) {
      std::string code = u->first;
      // Millions and billions of tonnes in tonnes, as elsewhere.
      if (code == "Mt") code = "t", h.scale *= 1e6;
      if (code == "Gt") code = "t", h.scale *= 1e9;
      h.kind = QuantityKind::measure;
      h.unit = code;
      h.any = true;
      continue;
    }
    if (t[k].is("gigatonnes") || t[k].is("gigatons")) {
      h.kind = QuantityKind::measure;
      h.unit = "t";
      h.scale *= 1e9;
      h.any = true;
      continue;
    }
    if (const std::string code = duration_unit(t[k].norm); !code.empty()) {
      h.kind = QuantityKind::duration;
      h.unit = code;
      h.any = true;
      continue;
    }
    if (h.kind == QuantityKind::number && countable_noun(t[k]) && plural_noun(t[k].norm)) {
      h.kind = QuantityKind::count;
      h.unit = t[k].norm;
      h.any = true;
    }
  }
  // "Bike-share trips, March (thousands)": a scale alone counts the plural before the brackets.
  if (h.any && h.kind == QuantityKind::number) {
    for (std::size_t k = open; k > from; --k) {
      if (t[k - 1].is_word() && countable_noun(t[k - 1]) && plural_noun(t[k - 1].norm)) {
        h.kind = QuantityKind::count;
        h.unit = t[k - 1].norm;
        break;
      }
    }
  }
  return h;
}

}  // namespace

void find_table_headers(Extraction& scan) {
  const Tokens& t = scan.tokens;
  for (std::size_t c = 1; c < t.size(); ++c) {
    if (!t[c].is(":")) continue;
    // The header: back to the sentence's start, at most fourteen tokens.
    std::size_t from = c;
    while (from > 0 && c - from < 14 && !ends_sentence(t, from - 1) && !t[from - 1].is(":")) --from;
    const Header h = read_header(scan, from, c);
    if (!h.any) continue;
    // Its rows: to the end of its sentence, past the colons and semicolons of rows ("Cliffe Hill: 58;
    // Mountsorrel: 96").
    std::size_t end = c + 1;
    while (end < t.size() && end < c + 80 && !(t[end].is(".") && ends_sentence(t, end))) ++end;
    scan.tables.push_back({c + 1, end, h.kind, h.unit, h.scale});
    c = end;
  }
}

void apply_table_headers(Extraction& scan) {
  for (QuantityMention& q : scan.mentions) {
    if (q.kind != QuantityKind::number || q.comparator == Comparator::order ||
        q.comparator == Comparator::range)
      continue;
    for (const Extraction::TableRows& r : scan.tables) {
      if (q.first_token < r.first || q.first_token >= r.end) continue;
      q.kind = r.kind;
      q.unit = r.unit;
      // "(active hulls) Destroyers: 6": the row's own plural is the closer noun.
      if (r.kind == QuantityKind::count)
        if (const auto row = row_noun(scan.tokens, q.first_token)) q.unit = scan.tokens[*row].norm;
      q.value *= r.scale;
      q.range_low *= r.scale;
      q.range_high *= r.scale;
      q.step *= r.scale;
      q.interval = interval_for(q.value, q.step, q.comparator);
      break;
    }
  }
}

}  // namespace factcheck::quantities_detail
