// A bare number that counts what its clause says is counted: "the number of registered growers is
// revised to 14,150", "the final pupil count is 147,910", "Membership reached 19,400", "transplants 611
// (previously 598)". The learner gives it the count's noun as its unit.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "learn/governors.hpp"

namespace factcheck {

std::string_view members_of(std::string_view body) {
  static constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
      {"membership", "members"}, {"headcount", "employees"}, {"ridership", "passengers"},
      {"readership", "readers"}, {"enrolment", "students"},  {"enrollment", "students"}};
  for (const auto& [word, members] : kBodies)
    if (word == body) return members;
  return {};
}

// "the number of registered growers is revised to 14,150", "the final pupil count is 147,910": a bare
// number is a count of what its clause says is counted. The noun is the last plural-looking word after
// "number of" (the last word, else), or the word before "count"; the figure follows the clause's verb.
std::optional<QuantityMention> counted_in_clause(const std::vector<Token>& tokens, const Sentence& s,
                                                 const QuantityMention& q) {
  if (q.kind != QuantityKind::number || !q.unit.empty() || !std::isfinite(q.value) || q.value < 2)
    return std::nullopt;
  // "fell by 150 to 14,150": an amount of change is no count of anything.
  if (q.first_token > s.first_token && tokens[q.first_token - 1].is("by")) return std::nullopt;
  // "deceased donors 219 (previously reported as 212) and transplants 611 (previously 598)": a plural noun
  // right before the number, its earlier value in brackets after it.
  if (q.first_token > s.first_token && q.last_token + 1 < s.last_token && tokens[q.last_token].is("(") &&
      (tokens[q.last_token + 1].is("previously") || tokens[q.last_token + 1].is("was") ||
       tokens[q.last_token + 1].is("formerly"))) {
    const Token& noun = tokens[q.first_token - 1];
    if (noun.is_word() && noun.norm.size() > 3 && noun.norm.back() == 's') {
      QuantityMention counted = q;
      counted.kind = QuantityKind::count;
      counted.unit = noun.norm;
      return counted;
    }
  }
  // And the earlier value in its brackets, of the same noun: "(previously reported as 212)".
  std::size_t open = q.first_token;
  while (open > s.first_token && q.first_token - open < 5 && !tokens[open - 1].is("(")) --open;
  if (open > s.first_token + 2 && tokens[open - 1].is("(") && tokens[open].is("previously") &&
      tokens[open - 2].is_number()) {
    const Token& noun = tokens[open - 3];
    if (noun.is_word() && noun.norm.size() > 3 && noun.norm.back() == 's') {
      QuantityMention counted = q;
      counted.kind = QuantityKind::count;
      counted.unit = noun.norm;
      return counted;
    }
  }
  static constexpr std::string_view kVerbs[] = {"is",      "was",       "were",    "are",     "stood",
                                                "reached", "totalled",  "totaled", "revised", "restated",
                                                "came",    "corrected", "amended", "updated", "adjusted"};
  const auto is_verb = [](const Token& t) {
    return std::any_of(std::begin(kVerbs), std::end(kVerbs), [&](std::string_view v) { return t.is(v); });
  };
  // "was reduced from 42 to 38": the second number counts what the first does.
  std::size_t at = q.first_token;
  if (at >= s.first_token + 3 && tokens[at - 1].is("to") && tokens[at - 2].is_number() &&
      tokens[at - 3].is("from"))
    at -= 3;
  std::size_t verb = at;
  for (std::size_t k = at; k > s.first_token && at - k < 4;) {
    --k;
    if (is_verb(tokens[k])) {
      verb = k;
      break;
    }
  }
  if (verb == at) return std::nullopt;
  std::size_t from = s.first_token;
  for (std::size_t k = verb; k > s.first_token; --k)
    if (tokens[k - 1].is(",") || tokens[k - 1].is(";") || tokens[k - 1].is(":")) {
      from = k;
      break;
    }
  std::string noun;
  for (std::size_t k = from; k + 1 < verb && noun.empty(); ++k) {
    if (tokens[k].is("number") && tokens[k + 1].is("of")) {
      for (std::size_t n = k + 2; n < verb && tokens[n].is_word(); ++n)
        if (noun.empty() || (tokens[n].norm.size() > 3 && tokens[n].norm.back() == 's'))
          noun = tokens[n].norm;
    } else if ((tokens[k + 1].is("count") || tokens[k + 1].is("total") || tokens[k + 1].is("tally")) &&
               (k + 2 == verb || (k + 3 == verb && (tokens[k + 2].is("is") || tokens[k + 2].is("was")))) &&
               tokens[k].is_word() && tokens[k].norm.size() > 2) {
      // "the pupil count", "the 2023 passenger total is restated at": its noun in the plural, as a
      // count's unit is written.
      noun = tokens[k].norm;
      if (noun == "child")
        noun = "children";
      else if (noun == "person")
        noun = "people";
      else if (noun.back() != 's')
        noun += 's';
    }
  }
  // "Membership reached 19,400": a word for a whole body of people, right before the verb, counts them.
  if (noun.empty() && verb > from) noun = std::string(members_of(tokens[verb - 1].norm));
  if (noun.empty()) return std::nullopt;
  QuantityMention counted = q;
  counted.kind = QuantityKind::count;
  counted.unit = noun;
  return counted;
}

}  // namespace factcheck
