#include "facts/validator.hpp"

#include <algorithm>
#include <utility>

#include "model/dates.hpp"
#include "model/interval.hpp"

namespace factcheck {

void Validator::error(std::string code, std::string pointer, std::string message) {
  errors_.push_back({std::move(code), std::move(pointer), std::move(message)});
}

std::string Validator::str(const json& obj, const std::string& ptr, const char* key, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) error("factbase.missing_field", ptr, std::string("missing required field \"") + key + "\"");
    return {};
  }
  if (!it->is_string()) {
    error("factbase.wrong_type", ptr + "/" + key, std::string("\"") + key + "\" must be a string");
    return {};
  }
  std::string s = it->get<std::string>();
  if (required && s.empty())
    error("factbase.empty_field", ptr + "/" + key, std::string("\"") + key + "\" is empty");
  return s;
}

std::vector<std::string> Validator::strings(const json& obj, const std::string& ptr, const char* key) {
  std::vector<std::string> out;
  auto it = obj.find(key);
  if (it == obj.end()) return out;
  if (!it->is_array()) {
    error("factbase.wrong_type", ptr + "/" + key, std::string("\"") + key + "\" must be an array of strings");
    return out;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& v = (*it)[i];
    const std::string p = ptr + "/" + key + "/" + std::to_string(i);
    if (!v.is_string()) {
      error("factbase.wrong_type", p, "must be a string");
    } else if (v.get<std::string>().find_first_not_of(" \t") == std::string::npos) {
      error("factbase.empty_alias", p, "is empty");
    } else {
      out.push_back(v.get<std::string>());
    }
  }
  return out;
}

const Validator::json* Validator::array(const json& doc, const char* key, bool required) {
  auto it = doc.find(key);
  if (it == doc.end()) {
    if (required) error("factbase.missing_field", "", std::string("missing required array \"") + key + "\"");
    return nullptr;
  }
  if (!it->is_array()) {
    error("factbase.wrong_type", std::string("/") + key, std::string("\"") + key + "\" must be an array");
    return nullptr;
  }
  return &*it;
}

void Validator::only(const json& obj, const std::string& ptr, const std::vector<std::string>& allowed,
                     const std::string& what) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
      error("factbase.unknown_field", ptr + "/" + escape(it.key()),
            "\"" + it.key() + "\" is not a field of " + what);
  }
}

void Validator::date(const std::string& d, const std::string& ptr) {
  Interval span;
  if (!d.empty() && !parse_date_span(d, span))
    error("factbase.bad_date", ptr,
          "\"" + d + "\" is not an ISO 8601 date (2025, 2025-01 or 2025-01-23) or FYyyyy");
}

std::string Validator::escape(const std::string& key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

}  // namespace factcheck
