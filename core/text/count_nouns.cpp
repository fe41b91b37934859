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
  // Each stem with the families it is of (one bit each, so at most 32 families), sorted by stem: two
  // lookups per question, as it is asked for every count against every fact of a large learned base.
  static const std::vector<std::pair<std::string, unsigned>> stems = [] {
    std::vector<std::pair<std::string, unsigned>> out;
    unsigned bit = 1;
    for (const auto& family : kFamilies) {
      for (const char* w : family) out.emplace_back(stem(w), bit);
      bit <<= 1;
    }
    std::sort(out.begin(), out.end());
    std::vector<std::pair<std::string, unsigned>> merged;
    for (auto& entry : out) {
      if (!merged.empty() && merged.back().first == entry.first) {
        merged.back().second |= entry.second;
      } else {
        merged.push_back(std::move(entry));
      }
    }
    return merged;
  }();
  const auto families = [&](std::string_view w) {
    const auto it =
        std::lower_bound(stems.begin(), stems.end(), w,
                         [](const auto& entry, std::string_view key) { return entry.first < key; });
    return it != stems.end() && it->first == w ? it->second : 0u;
  };
  return (families(a) & families(b)) != 0;
}

}  // namespace factcheck
