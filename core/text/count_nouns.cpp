// The families of count nouns (count_nouns.hpp), by stem.
#include "text/count_nouns.hpp"

#include <algorithm>
#include <functional>
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
    {"employees", "staff", "workers", "staffers", "colleagues", "personnel"},
    {"shops", "stores", "outlets", "branches"},
    {"berths", "moorings"},
    {"firms", "companies", "businesses"},
    {"flats", "apartments"},
    {"visitors", "tourists"},
    {"passengers", "travellers", "travelers"},
    {"pupils", "students", "schoolchildren"},
    {"positions", "posts", "roles"},
    {"sites", "locations"},
    {"cars", "vehicles"},
    {"tickets", "admissions"},
    {"aircraft", "planes", "jets", "airliners"},
    {"ships", "vessels", "boats"},
    {"matches", "games", "fixtures"},
    {"children", "kids", "youngsters"},
    {"trucks", "lorries"},
    {"homes", "houses", "dwellings"},
    {"rooms", "bedrooms"},
    {"customers", "clients"},
    {"countries", "nations"},
    {"deaths", "fatalities"},
    {"factories", "plants"},
};

// Nouns that count people of some kind: "people" counts the same heads as any of them ("58 million
// people" for 58.3 million passengers, "employs 190 people" for 190 employees). "Jobs", "posts" and
// "households" are no people.
const std::initializer_list<const char*> kPeople = {
    "passengers",   "travellers", "travelers",  "employees",   "staff",       "workers",     "staffers",
    "visitors",     "tourists",   "pupils",     "students",    "residents",   "inhabitants", "patients",
    "participants", "customers",  "members",    "fans",        "spectators",  "attendees",   "voters",
    "adults",       "children",   "volunteers", "runners",     "athletes",    "migrants",    "refugees",
    "skiers",       "delegates",  "applicants", "respondents", "individuals", "guests",      "viewers"};
const std::initializer_list<const char*> kPeopleWords = {"people", "persons", "person"};

constexpr unsigned kHuman = 1u << 30;     // a noun of kPeople
constexpr unsigned kAnyHuman = 1u << 31;  // "people"

// Each stem with the families it is of (one bit each, at most 30 families, and the two bits above), sorted
// by stem: two lookups per question, as it is asked for every count against every fact of a large learned
// base.
const std::vector<std::pair<std::string, unsigned>>& family_table() {
  static const std::vector<std::pair<std::string, unsigned>> stems = [] {
    std::vector<std::pair<std::string, unsigned>> out;
    unsigned bit = 1;
    for (const auto& family : kFamilies) {
      for (const char* w : family) out.emplace_back(stem(w), bit);
      bit <<= 1;
    }
    for (const char* w : kPeople) out.emplace_back(stem(w), kHuman);
    for (const char* w : kPeopleWords) out.emplace_back(stem(w), kAnyHuman);
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
  return stems;
}

unsigned family_bits(std::string_view w) {
  const auto& stems = family_table();
  const auto it = std::lower_bound(stems.begin(), stems.end(), w,
                                   [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != stems.end() && it->first == w ? it->second : 0u;
}

bool counts_alike(std::string_view a, std::string_view b, bool people_too) {
  if (a == b) return true;
  const unsigned x = family_bits(a), y = family_bits(b);
  const unsigned people = kHuman | kAnyHuman;
  if ((x & y & ~people) != 0) return true;
  return people_too && (((x & kAnyHuman) && (y & people)) || ((y & kAnyHuman) && (x & people)));
}

}  // namespace

bool same_count_noun(std::string_view a, std::string_view b) {
  return counts_alike(a, b, true);
}

bool same_count_family(std::string_view a, std::string_view b) {
  return counts_alike(a, b, false);
}

std::vector<std::string> count_family(std::string_view a) {
  std::vector<std::string> out{std::string(a)};
  const unsigned own = family_bits(a) & ~(kHuman | kAnyHuman);
  if (own == 0) return out;
  for (const auto& [w, bits] : family_table())
    if ((bits & own) != 0 && w != a) out.push_back(w);
  return out;
}

bool counts_apart(std::string_view a, std::string_view b) {
  static const std::vector<std::string> people = [] {
    std::vector<std::string> out;
    for (const auto* list : {&kPeople, &kPeopleWords})
      for (const char* w : *list) out.push_back(stem(w));
    std::sort(out.begin(), out.end());
    return out;
  }();
  static const std::vector<std::string> things = [] {
    std::vector<std::string> out;
    for (const char* w : {"jobs", "posts", "positions", "roles", "vacancies", "seats", "places", "beds",
                          "homes", "households", "units", "contracts", "accounts"})
      out.push_back(stem(w));
    std::sort(out.begin(), out.end());
    return out;
  }();
  const auto in = [](const std::vector<std::string>& list, std::string_view w) {
    return std::binary_search(list.begin(), list.end(), w, std::less<>());
  };
  return (in(people, a) && in(things, b)) || (in(things, a) && in(people, b));
}

}  // namespace factcheck
