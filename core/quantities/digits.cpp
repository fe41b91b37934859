// Numbers written in digits: separators ("1,234.5", "1.111,11", "12,34,567"), lists of digit runs
// ("192.168.1.2") and vulgar fraction glyphs ("½").
#include "quantities/digits.hpp"

#include <cmath>
#include <cstdlib>
#include <string>

#include "quantities/numbers.hpp"

namespace factcheck {
namespace quantities_detail {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

double digits_value(std::string_view s) {
  // strtod on a bounded copy: a 100,000-digit token just becomes inf.
  const std::string copy(s);
  return std::strtod(copy.c_str(), nullptr);
}

double vulgar_fraction(std::string_view s) {
  if (s == "\xC2\xBD") return 0.5;          // ½
  if (s == "\xC2\xBC") return 0.25;         // ¼
  if (s == "\xC2\xBE") return 0.75;         // ¾
  if (s == "\xE2\x85\x93") return 1.0 / 3;  // ⅓
  if (s == "\xE2\x85\x94") return 2.0 / 3;  // ⅔
  if (s == "\xE2\x85\x99") return 1.0 / 6;  // ⅙
  if (s == "\xE2\x85\x9B") return 1.0 / 8;  // ⅛
  if (s == "\xE2\x85\x95") return 1.0 / 5;  // ⅕
  return 0;
}

}  // namespace quantities_detail

using quantities_detail::digits_value;

bool read_digits(std::string_view s, double& value, double& step) {
  std::size_t dots = 0, commas = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    if (c == ',') ++commas;
  }
  // Splits on one separator, returning group lengths.
  auto groups = [](std::string_view x, char sep) {
    std::vector<std::size_t> g;
    std::size_t len = 0;
    for (char c : x) {
      if (c == sep) {
        g.push_back(len);
        len = 0;
      } else {
        ++len;
      }
    }
    g.push_back(len);
    return g;
  };
  // True when the groups read as thousands ("1,234,567") or Indian grouping ("12,34,567").
  auto grouped = [](const std::vector<std::size_t>& g) {
    if (g.size() < 2 || g[0] < 1 || g[0] > 3) return false;
    bool western = true;
    for (std::size_t k = 1; k < g.size(); ++k) western = western && g[k] == 3;
    if (western) return true;
    if (g.back() != 3 || g[0] > 2) return false;
    for (std::size_t k = 1; k + 1 < g.size(); ++k)
      if (g[k] != 2) return false;
    return true;
  };
  std::string clean;
  std::size_t decimals = 0;
  if (dots == 0 && commas == 0) {
    clean = std::string(s);
  } else if (commas == 0) {
    if (dots > 1) {
      // "1.050.000": continental thousands, every group of three after the first.
      const auto g = groups(s, '.');
      bool western = g[0] >= 1 && g[0] <= 3;
      for (std::size_t k = 1; k < g.size(); ++k) western = western && g[k] == 3;
      if (!western) return false;
      for (char c : s)
        if (c != '.') clean += c;
      value = digits_value(clean);
      step = 1;
      return true;
    }
    clean = std::string(s);
    decimals = s.size() - s.find('.') - 1;
  } else if (dots == 0) {
    const auto g = groups(s, ',');
    if (grouped(g)) {
      for (char c : s)
        if (c != ',') clean += c;
    } else if (commas == 1) {
      clean = std::string(s);
      clean[s.find(',')] = '.';
      decimals = s.size() - s.find(',') - 1;
    } else {
      return false;
    }
  } else {
    const std::size_t last_dot = s.rfind('.'), last_comma = s.rfind(',');
    if (last_dot > last_comma && dots == 1) {
      if (!grouped(groups(s.substr(0, last_dot), ','))) return false;
      for (char c : s)
        if (c != ',') clean += c;
      decimals = s.size() - last_dot - 1;
    } else if (last_comma > last_dot && commas == 1) {
      const auto g = groups(s.substr(0, last_comma), '.');
      bool ok = g.size() >= 2 && g[0] >= 1 && g[0] <= 3;
      for (std::size_t k = 1; ok && k < g.size(); ++k) ok = g[k] == 3;
      if (!ok) return false;
      for (char c : s) {
        if (c == ',') {
          clean += '.';
        } else if (c != '.') {
          clean += c;
        }
      }
      decimals = s.size() - last_comma - 1;
    } else {
      return false;
    }
  }
  value = digits_value(clean);
  step = std::pow(10.0, -static_cast<double>(decimals));
  return true;
}

std::vector<DigitPart> split_digit_list(const Token& token) {
  std::vector<DigitPart> out;
  const std::string& s = token.norm;
  std::size_t k = 0;
  while (k < s.size()) {
    while (k < s.size() && (s[k] < '0' || s[k] > '9')) ++k;
    const std::size_t b = k;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (k > b) out.push_back({token.start + b, token.start + k, digits_value(s.substr(b, k - b))});
  }
  return out;
}

}  // namespace factcheck
