// Spelled fractions read as the shares they state, for checking (quantities.hpp).
#include <cctype>
#include <set>
#include <string>

#include "quantities/quantities.hpp"

namespace factcheck {
namespace {

// The words that make a spelled fraction, one of which the mention must hold ("two-fifths", "a third").
bool is_fraction_word(const std::string& w) {
  static const std::set<std::string> kWords = {
      "half",   "halves", "third",   "thirds", "quarter", "quarters", "fifth",    "fifths", "sixth",
      "sixths", "eighth", "eighths", "tenth",  "tenths",  "seventh",  "sevenths", "ninth",  "ninths"};
  return kWords.count(w) > 0;
}

// Verbs and prepositions after which a fraction says by how much: "rose a fifth", "down by a third".
bool says_change(const std::string& w) {
  static const std::set<std::string> kWords = {
      "by",      "up",        "down",      "rose",   "fell",    "grew",    "jumped", "dropped",
      "climbed", "cut",       "gained",    "lost",   "slid",    "slumped", "surged", "soared",
      "shrank",  "increased", "decreased", "raised", "lowered", "doubled"};
  return kWords.count(w) > 0;
}

bool is_point(const Token& t) {
  return t.is("point") || t.is("points");
}

}  // namespace

void read_fractions_as_shares(std::vector<QuantityMention>& quantities, const std::vector<Token>& tokens) {
  for (QuantityMention& q : quantities) {
    if (q.kind != QuantityKind::number || !(q.value > 0 && q.value < 1) || q.last_token > tokens.size() ||
        q.first_token >= q.last_token)
      continue;
    bool spelled = false;
    bool digits = false;
    bool out_of = false;  // "3 out of 4 fields", "nine out of ten": always a share
    for (std::size_t k = q.first_token; k < q.last_token; ++k) {
      if (tokens[k].is_number()) digits = true;
      if (is_fraction_word(tokens[k].norm)) spelled = true;
      if (tokens[k].is("out") && k + 1 < q.last_token && tokens[k + 1].is("of")) out_of = true;
    }
    if (!out_of && (!spelled || digits)) continue;
    const std::size_t next = q.last_token;
    const auto next_is = [&](std::size_t k, std::string_view w) {
      return next + k < tokens.size() && tokens[next + k].is(w);
    };
    // "a quarter point", "half a percentage point", "three-quarters of a point": percentage points.
    const bool point =
        (next < tokens.size() && is_point(tokens[next])) ||
        (next_is(0, "percentage") && next + 1 < tokens.size() && is_point(tokens[next + 1])) ||
        (next_is(0, "of") && next_is(1, "a") &&
         ((next + 2 < tokens.size() && is_point(tokens[next + 2])) ||
          (next_is(2, "percentage") && next + 3 < tokens.size() && is_point(tokens[next + 3]))));
    const bool before_change = q.first_token > 0 && says_change(tokens[q.first_token - 1].norm);
    // "a fifth more than a year earlier", "a third lower": a change by that share.
    const bool comparative = next_is(0, "more") || next_is(0, "less") || next_is(0, "fewer") ||
                             next_is(0, "higher") || next_is(0, "lower") || next_is(0, "cheaper") ||
                             next_is(0, "full") || next_is(0, "empty");  // "a third full of water"
    const bool share = out_of || next_is(0, "of") || next_is(0, "the") || q.comparator != Comparator::none ||
                       before_change || comparative;
    if (!point && !share) continue;
    const double scale = point && !out_of ? 1.0 : 100.0;
    q.kind = QuantityKind::percent;
    q.unit = point ? "pp" : "%";
    // A fraction in words is a round figure: "a fifth" for 19% or 21% is fair, as "about 20%" is.
    if (q.comparator == Comparator::none) q.comparator = Comparator::approx;
    q.value *= scale;
    q.range_low *= scale;
    q.range_high *= scale;
    q.step = 0;
    q.interval = interval_for(q.value, 0, q.comparator);
  }
}

}  // namespace factcheck
