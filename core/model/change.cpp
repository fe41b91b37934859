#include "model/change.hpp"

#include <unordered_map>

namespace factcheck {

int change_direction(std::string_view norm) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"up", 1},       {"rose", 1},    {"rise", 1},     {"risen", 1},      {"rising", 1},   {"increased", 1},
      {"grew", 1},     {"grown", 1},   {"growing", 1},  {"climbed", 1},    {"gained", 1},   {"jumped", 1},
      {"higher", 1},   {"added", 1},   {"raised", 1},   {"+", 1},          {"down", -1},    {"fell", -1},
      {"fall", -1},    {"fallen", -1}, {"falling", -1}, {"decreased", -1}, {"dropped", -1}, {"declined", -1},
      {"slipped", -1}, {"lower", -1},  {"shrank", -1},  {"shed", -1},      {"lost", -1},    {"cut", -1},
      {"lowered", -1}, {"-", -1}};
  const auto it = kWords.find(norm);
  return it == kWords.end() ? 0 : it->second;
}

}  // namespace factcheck
