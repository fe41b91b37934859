#include "base/json_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace factcheck {

// Decimal digits straight into the output: std::to_string would allocate a string for each number.
void JsonWriter::append_integer(long long n) {
  char buf[24];
  char* end = buf + sizeof buf;
  char* p = end;
  // Negated as unsigned, so the most negative value does not overflow.
  const auto magnitude = static_cast<unsigned long long>(n);
  unsigned long long u = n < 0 ? 0ULL - magnitude : magnitude;
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (n < 0) *--p = '-';
  out_.append(p, static_cast<std::size_t>(end - p));
}

void JsonWriter::newline() {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) out_ += ',';
  levels_.back().empty = false;
  newline();
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({false});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({true});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  if (!levels_.back().empty) out_ += ',';
  levels_.back().empty = false;
  newline();
  // Keys are the contract's own ASCII names: copied whole, with no per-byte escaping pass.
  const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
  });
  if (plain) {
    out_ += '"';
    out_.append(name.data(), name.size());
    out_ += indent_ < 0 ? "\":" : "\": ";
  } else {
    quote(name);
    out_ += indent_ < 0 ? ":" : ": ";
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  quote(s);
  return *this;
}

void JsonWriter::quote(std::string_view s) {
  out_ += '"';
  static const char* kHex = "0123456789abcdef";
  for (std::size_t i = 0; i < s.size();) {
    // Runs of plain ASCII are copied whole.
    std::size_t plain = i;
    while (plain < s.size()) {
      const unsigned char p = static_cast<unsigned char>(s[plain]);
      if (p < 0x20 || p >= 0x80 || p == '"' || p == '\\') break;
      ++plain;
    }
    if (plain > i) {
      out_.append(s.data() + i, plain - i);
      i = plain;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default:
          if (c < 0x20) {
            out_ += "\\u00";
            out_ += kHex[c >> 4];
            out_ += kHex[c & 0xF];
          } else {
            out_ += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    // A well-formed multi-byte sequence is copied. An ill-formed one becomes one U+FFFD for its longest
    // valid beginning (or for the lone byte), as Unicode recommends and nlohmann/json does.
    const std::size_t n = c >= 0xF0 && c <= 0xF4   ? 4
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xC2 && c <= 0xDF ? 2
                                                   : 0;
    std::size_t k = 1;
    while (n > 0 && k < n && i + k < s.size()) {
      const unsigned char b = static_cast<unsigned char>(s[i + k]);
      // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
      unsigned char low = 0x80, high = 0xBF;
      if (k == 1 && c == 0xE0) low = 0xA0;
      if (k == 1 && c == 0xED) high = 0x9F;
      if (k == 1 && c == 0xF0) low = 0x90;
      if (k == 1 && c == 0xF4) high = 0x8F;
      if (b < low || b > high) break;
      ++k;
    }
    if (n > 0 && k == n) {
      out_.append(s.data() + i, n);
    } else {
      out_ += "\xEF\xBF\xBD";
    }
    i += k;
  }
  out_ += '"';
}

JsonWriter& JsonWriter::number(double x) {
  if (!std::isfinite(x)) return null();
  before_value();
  // Whole numbers, the common case, without printf: "14000000000.0", as "%.15g" plus ".0" would write.
  if (std::fabs(x) < 1e15 && x == std::floor(x) && !(x == 0 && std::signbit(x))) {
    append_integer(static_cast<long long>(x));
    out_ += ".0";
    return *this;
  }
  if (append_short_decimal(x)) return *this;
  // The shortest of 15, 16 or 17 significant digits that reads back as the same double.
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  out_ += buf;
  // A whole number still reads as a double: "14000000000.0", as nlohmann writes it.
  if (!std::strpbrk(buf, ".eE")) out_ += ".0";
  return *this;
}

// Short decimals ("-0.9", "40.5", "1210000000.5"), the usual fractions in a report, without printf,
// which costs thousands of instructions a call. When x is the double nearest to y / 10^k for a whole y
// of at most 15 digits, "%.15g" prints that decimal (fixed notation, as 1e-4 <= |x| < 1e15) and it
// reads back as x, so number() would write exactly this text. Returns false for any other x.
bool JsonWriter::append_short_decimal(double x) {
  const double a = std::fabs(x);
  if (!(a >= 1e-4 && a < 1e15)) return false;
  double scale = 1;
  for (int k = 1; k <= 9; ++k) {
    scale *= 10;
    const double y = a * scale;
    if (y >= 1e15) return false;  // more than 15 significant digits
    // y / scale is correctly rounded: equal to a only if a is the double nearest to y / 10^k.
    if (y != std::floor(y) || y / scale != a) continue;
    const auto whole = static_cast<unsigned long long>(y);
    const auto pow10 = static_cast<unsigned long long>(scale);
    char frac[12];
    int digits = k;
    unsigned long long f = whole % pow10;
    for (int d = k - 1; d >= 0; --d, f /= 10) frac[d] = static_cast<char>('0' + f % 10);
    while (digits > 0 && frac[digits - 1] == '0') --digits;  // "%g" drops trailing zeros
    if (digits == 0) return false;
    if (x < 0) out_ += '-';
    append_integer(static_cast<long long>(whole / pow10));
    out_ += '.';
    out_.append(frac, static_cast<std::size_t>(digits));
    return true;
  }
  return false;
}

JsonWriter& JsonWriter::integer(long long n) {
  before_value();
  append_integer(n);
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(unsigned long long n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

}  // namespace factcheck
