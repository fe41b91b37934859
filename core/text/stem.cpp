#include "text/stem.hpp"

#include <unordered_map>

namespace factcheck {

std::string stem(std::string_view word) {
  // Every rule below but "led" needs four letters or more: stems_of() relies on that to skip short words.
  std::string w;
  append_lower(w, word);
  // Irregular forms, told apart by their first letter first: most words begin with none of these.
  const std::string_view v = w;
  switch (v.empty() ? 0 : v[0]) {
    case 's':
      if (v == "spent") return "spend";
      if (v == "sold") return "sell";
      if (v == "sunk" || v == "sank") return "sink";
      break;
    case 'b':
      if (v == "bought") return "buy";
      break;
    case 'f':
      // "found" is mostly the past of "find": "it found 2,000 errors" founds nothing ("founded" stems
      // to "found").
      if (v == "found") return "find";
      break;
    case 'l':
      if (v == "led") return "lead";
      break;
    case 'w':
    case 'g':
      if (v == "went" || v == "gone") return "go";
      break;
    case 'r':
      // Words that are not forms of the word they end like: "a rounding error" is no funding round.
      if (v == "rounding" || v == "roundings") return "rounding";
      break;
    default:
      break;
  }
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  auto cut = [&](std::size_t k) { w.erase(w.size() - k); };
  if (w.size() > 4 && ends("ies")) {
    cut(3);
    w += 'y';
  } else if (w.size() > 3 && (ends("oes") || ends("ches") || ends("shes") || ends("xes") || ends("sses"))) {
    cut(2);  // "goes", "reaches", "pushes", "taxes", "passes"
  } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    cut(1);
  }
  bool stripped = false;
  if (w.size() > 6 && ends("ment")) {
    cut(4);
  } else if (w.size() > 5 && ends("ing")) {
    cut(3);
    stripped = true;
  } else if (w.size() > 4 && ends("ed")) {
    cut(2);
    stripped = true;
  } else if (w.size() > 6 && ends("ion")) {
    cut(3);
  }
  const std::size_t m = w.size();
  const bool consonant = m > 0 && std::string_view("aeiouy").find(w[m - 1]) == std::string_view::npos;
  if (stripped && m > 2 && consonant && w[m - 1] == w[m - 2] && w[m - 1] != 'l' && w[m - 1] != 's') cut(1);
  if (w.size() > 3 && ends("e")) cut(1);
  return w;
}

std::vector<std::string> stems_of(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  out.reserve(tokens.size());
  // News repeats its words: each distinct one is stemmed once.
  std::unordered_map<std::string_view, std::string> seen;
  for (const Token& t : tokens) {
    // stem() keeps a word of three bytes or fewer as it is, "led" aside: no lookup for "the", "of", "in".
    if (!t.is_word() || (t.norm.size() <= 3 && t.norm != "led")) {
      out.push_back(t.norm);
      continue;
    }
    auto it = seen.find(t.norm);
    if (it == seen.end()) it = seen.emplace(t.norm, stem(t.norm)).first;
    out.push_back(it->second);
  }
  return out;
}

}  // namespace factcheck
