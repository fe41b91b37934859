// A streaming JSON writer for the report: no document tree, so a report of thousands of claims costs
// one string, not thousands of map nodes. Output matches nlohmann/json's dump: the same escaping,
// invalid UTF-8 replaced by U+FFFD, shortest round-trip numbers, and with indent >= 0 the same layout.
// Callers write each object's keys in sorted order, as nlohmann's ordered map would.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

class JsonWriter {
 public:
  explicit JsonWriter(int indent) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view s);
  JsonWriter& number(double x);  // non-finite numbers become null, as JSON has no infinity
  JsonWriter& integer(long long n);
  JsonWriter& unsigned_integer(unsigned long long n);
  JsonWriter& boolean(bool b);
  JsonWriter& null();

  // A member in one call: key then value.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& value) {
    key(name);
    return put(value);
  }

  std::string take() { return std::move(out_); }
  // Sets aside room for `bytes` of output, for a caller that knows roughly how long it will be.
  void reserve(std::size_t bytes) { out_.reserve(bytes); }

 private:
  JsonWriter& put(std::string_view s) { return string(s); }
  JsonWriter& put(const std::string& s) { return string(s); }
  JsonWriter& put(const char* s) { return string(s); }
  JsonWriter& put(double x) { return number(x); }
  JsonWriter& put(int n) { return integer(n); }
  JsonWriter& put(std::size_t n) { return integer(static_cast<long long>(n)); }

  void before_value();             // commas and line breaks between array items
  void quote(std::string_view s);  // s as a JSON string literal
  void newline();
  void append_integer(long long n);     // n in decimal, as std::to_string writes it
  bool append_short_decimal(double x);  // x as number() writes it, when x is a short decimal

  std::string out_;
  int indent_;
  struct Level {
    bool array;
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace factcheck
