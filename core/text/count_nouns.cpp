// The families of count nouns (count_nouns.hpp), by stem.
#include "text/count_nouns.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "text/stem.hpp"

namespace factcheck {

namespace {

// Each family's words, as written; compared by their stems.
const std::initializer_list<std::initializer_list<const char*>> kFamilies = {
    {"photos", "images", "pictures", "photographs"},
    {"employees", "staff", "workers", "staffers"},
    {"shops", "stores", "outlets"},
    {"firms", "companies", "businesses"},
    {"flats", "apartments"},
    {"visitors", "tourists"},
    {"passengers", "travellers", "travelers"},
    {"pupils", "students", "schoolchildren"},
    {"positions", "posts", "roles"},
    {"sites", "locations"},
    {"cars", "vehicles"},
    {"tickets", "admissions"},
};

}  // namespace

bool same_count_noun(std::string_view a, std::string_view b) {
  if (a == b) return true;
  static const std::vector<std::vector<std::string>> families = [] {
    std::vector<std::vector<std::string>> out;
    for (const auto& family : kFamilies) {
      std::vector<std::string>& stems = out.emplace_back();
      for (const char* w : family) stems.push_back(stem(w));
    }
    return out;
  }();
  for (const std::vector<std::string>& f : families)
    if (std::find(f.begin(), f.end(), a) != f.end() && std::find(f.begin(), f.end(), b) != f.end())
      return true;
  return false;
}

}  // namespace factcheck
