// A part of a year, read as a date: a quarter ("Q3 2025", "3Q25", "the third quarter of 2025"), a half
// ("H2 2025", "1H26", "the second half of 2026") or a season ("spring 2029", "the fall of 2028",
// "Frühjahr 2026", "l'automne 2026", "primavera de 2026").
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

// "first" .. "fourth", "1st" .. "4th": 1..4, else 0.
int ordinal(std::string_view w) {
  if (w == "first" || w == "1st") return 1;
  if (w == "second" || w == "2nd") return 2;
  if (w == "third" || w == "3rd") return 3;
  if (w == "fourth" || w == "4th") return 4;
  return 0;
}

// A season's name: 1 spring, 2 summer, 3 autumn, 4 winter; else 0.
int season(std::string_view w) {
  if (w == "spring" || w == "frühjahr" || w == "frühling" || w == "printemps" || w == "primavera") return 1;
  if (w == "summer" || w == "sommer" || w == "été" || w == "verano" || w == "estate") return 2;
  if (w == "autumn" || w == "fall" || w == "herbst" || w == "automne" || w == "otoño" || w == "autunno")
    return 3;
  if (w == "winter" || w == "hiver" || w == "invierno" || w == "inverno") return 4;
  return 0;
}

// A year of four digits at token k.
int full_year(const std::vector<Token>& t, std::size_t k) {
  if (k >= t.size() || !t[k].is_number() || t[k].norm.size() != 4) return 0;
  const int y = std::atoi(t[k].norm.c_str());
  return y >= 1900 && y <= 2100 ? y : 0;
}

// "Q3 2025", "H2 2025" (read as "q" and "3" touching), "3Q25", "1H26", "3Q2025" ("3", "q", "25"): the
// part, its number and its year, and where it ends.
bool compact(const std::vector<Token>& t, std::size_t i, char& part, int& index, int& year,
             std::size_t& end) {
  const std::size_t n = t.size();
  const auto digit = [&](std::size_t k) {
    return k < n && t[k].is_number() && t[k].norm.size() == 1 && t[k].norm[0] >= '1' && t[k].norm[0] <= '4';
  };
  const auto letter = [&](std::size_t k) { return k < n && (t[k].is("q") || t[k].is("h")); };
  if (letter(i) && digit(i + 1) && adjacent(t[i], t[i + 1])) {
    part = t[i].is("q") ? 'Q' : 'H';
    index = t[i + 1].norm[0] - '0';
    year = full_year(t, i + 2);
    end = i + 3;
  } else if (digit(i) && letter(i + 1) && i + 2 < n && adjacent(t[i], t[i + 1]) &&
             adjacent(t[i + 1], t[i + 2]) && t[i + 2].is_number() &&
             (t[i + 2].norm.size() == 2 || t[i + 2].norm.size() == 4)) {
    part = t[i + 1].is("q") ? 'Q' : 'H';
    index = t[i].norm[0] - '0';
    year = t[i + 2].norm.size() == 2 ? 2000 + std::atoi(t[i + 2].norm.c_str()) : full_year(t, i + 2);
    end = i + 3;
  } else {
    return false;
  }
  return year && (part == 'Q' || index <= 2);
}

}  // namespace

bool read_year_part(const std::vector<Token>& t, std::size_t i, YearPart& out) {
  const std::size_t n = t.size();
  if (i >= n || (!t[i].is_word() && !t[i].is_number())) return false;
  // Asked of every word: most have no year of four digits just after them, and are turned away at once.
  bool year_near = false;
  for (std::size_t k = i + 1; k < n && k <= i + 4 && !year_near; ++k)
    year_near = t[k].is_number() && (t[k].norm.size() == 4 || t[k].norm.size() == 2);
  if (!year_near) return false;
  const std::string& w = t[i].norm;
  char part = 0;
  int index = 0, year = 0;
  std::size_t k = i + 1;
  if (compact(t, i, part, index, year, k)) {
  } else if (const int o = ordinal(w)) {
    // "third quarter of 2025", "fourth-quarter 2024", "second half of 2026"
    if (k < n && t[k].is("-")) ++k;
    if (k >= n || !(t[k].is("quarter") || (t[k].is("half") && o <= 2))) return false;
    part = t[k].is("quarter") ? 'Q' : 'H';
    index = o;
    ++k;
    if (k < n && t[k].is("of")) ++k;
    year = full_year(t, k);
    if (!year) return false;
    ++k;
  } else if (const int s = season(w.rfind("l'", 0) == 0 || w.rfind("d'", 0) == 0 ? w.substr(2) : w)) {
    // "spring 2029", "the fall of 2028", "primavera de 2026"
    part = 'S';
    index = s;
    if (k < n && (t[k].is("of") || t[k].is("de") || t[k].is("del") || t[k].is("di"))) ++k;
    year = full_year(t, k);
    if (!year) return false;
    ++k;
  } else {
    return false;
  }
  out = {k, year, part, index};
  return true;
}

std::string year_part_date(const YearPart& p) {
  static const char* kSeasons[] = {"spring", "summer", "autumn", "winter"};
  const std::string y = std::to_string(p.year);
  if (p.part == 'S') return y + "-" + kSeasons[p.index - 1];
  return y + "-" + p.part + std::to_string(p.index);
}

}  // namespace factcheck::quantities_detail
