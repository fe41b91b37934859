// Bare figures that count what an earlier figure of their sentence counts (extractor.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

bool ends_clause(const Token& t) {
  return t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.is(":");
}

bool list_break(const std::vector<Token>& t, std::size_t k) {
  return k < t.size() && (t[k].is(",") || t[k].is(":") || t[k].is(";") || t[k].is("(") || t[k].is("|") ||
                          t[k].is(".") || t[k].is(")"));
}

}  // namespace

// "Destroyers: 6 Frigates: 9": a row's plural and a colon before the figure at k name what it counts.
std::optional<std::size_t> row_noun(const std::vector<Token>& t, std::size_t k) {
  if (k < 2 || !t[k - 1].is(":") || !t[k - 2].is_word() || !plural_noun(t[k - 2].norm) ||
      !countable_noun(t[k - 2]))
    return {};
  return k - 2;
}

namespace {

// "visitors 26.3m,", "paying subscribers 1.1m,", "funeral volumes 67.2k,": in an analyst's list, the
// plural right before the figure names what it counts. The noun's index, or none.
std::optional<std::size_t> listed_noun(const std::vector<Token>& t, const QuantityMention& q) {
  const std::size_t k = q.first_token;
  if (const auto row = row_noun(t, k)) return row;
  if (k == 0 || !t[k - 1].is_word() || !(q.last_token >= t.size() || list_break(t, q.last_token))) return {};
  std::size_t noun = k - 1;
  // "volumes" and "numbers" name the noun before them.
  if ((t[noun].is("volumes") || t[noun].is("numbers")) && noun > 0 && t[noun - 1].is_word())
    --noun;
  else if (!plural_noun(t[noun].norm) || !countable_noun(t[noun]))
    return {};
  std::size_t lead = noun;
  if (lead > 0 && t[lead - 1].is_word() &&
      (t[lead - 1].is("paying") || t[lead - 1].is("active") || t[lead - 1].is("unique") ||
       t[lead - 1].is("monthly") || t[lead - 1].is("daily") || t[lead - 1].is("total")))
    --lead;
  if (lead > 0 && !list_break(t, lead - 1)) return {};
  return noun;
}

// "visitor numbers rose 12% to 1.9 million", "the number of dentists ... fell by 1,100 to 23,577": the
// noun whose number the clause gives, at most twelve tokens back. Its index, or none.
std::optional<std::size_t> numbered_noun(const std::vector<Token>& t, const QuantityMention& q) {
  for (std::size_t k = q.first_token; k > 0 && q.first_token - k < 12; --k) {
    const std::size_t w = k - 1;
    if (t[w].is(".") || t[w].is(";") || t[w].is(":")) return {};
    if ((t[w].is("numbers") || t[w].is("volumes")) && w > 0 && t[w - 1].is_word() && countable_noun(t[w - 1]))
      return w - 1;
    // "Admissions rose 11.4% year on year to 1.27 million": the plural the clause opens with, before its
    // verb of change (not a plural of amounts: "Prices rose to 450").
    if (w + 1 < q.first_token && t[q.first_token - 1].is("to") && plural_noun(t[w].norm) &&
        countable_noun(t[w]) && (w == 0 || !t[w - 1].is_word()) &&
        !one_of(t[w].norm, {"prices",   "rates",    "costs",   "fees",     "wages",    "salaries", "rents",
                            "sales",    "revenues", "profits", "earnings", "yields",   "shares",   "values",
                            "levels",   "margins",  "exports", "imports",  "deposits", "loans",    "assets",
                            "premiums", "returns",  "taxes",   "emissions"}) &&
        one_of(t[w + 1].norm, {"rose", "fell", "increased", "decreased", "grew", "climbed", "dropped",
                               "declined", "jumped", "slipped", "reached", "totalled", "totaled"}))
      return w;
    // "has raised the first-year visitor forecast to 15,000": the heads a forecast or a target counts.
    if (w > 0 && t[q.first_token - 1].is("to") &&
        one_of(t[w].norm, {"forecast", "target", "estimate", "projection"}) &&
        one_of(t[w - 1].norm, {"visitor", "passenger", "customer", "guest", "member", "student", "subscriber",
                               "user", "tourist", "attendee", "patient", "pupil", "employee", "job"}))
      return w - 1;
    // "the death toll has risen to 62": deaths.
    if (t[w].is("toll") && w > 0 && t[w - 1].is("death")) return w - 1;
    // "the number of damaged homes at 8,150": a word or two may describe the noun.
    if (t[w].is("number") && word_at(t, w + 1, "of"))
      for (std::size_t n = w + 2; n < w + 5 && n < q.first_token && t[n].is_word(); ++n)
        if (plural_noun(t[n].norm) && countable_noun(t[n])) return n;
  }
  return {};
}

}  // namespace

void carry_count_nouns(std::vector<QuantityMention>& mentions, const std::vector<Token>& tokens) {
  for (QuantityMention& q : mentions) {
    if (q.kind != QuantityKind::number || q.comparator == Comparator::order || q.value < 1 ||
        q.first_token >= tokens.size())
      continue;
    std::optional<std::size_t> noun = listed_noun(tokens, q);
    if (!noun) noun = numbered_noun(tokens, q);
    if (!noun) continue;
    q.kind = QuantityKind::count;
    q.unit = tokens[*noun].norm;
    if (!plural_noun(q.unit) && q.unit.back() != 's') q.unit += 's';  // "visitor numbers": visitors
  }
  for (std::size_t j = 1; j < mentions.size(); ++j) {
    QuantityMention& q = mentions[j];
    if (q.kind != QuantityKind::number || q.comparator == Comparator::order || q.value < 1 ||
        q.first_token == 0 || q.first_token >= tokens.size())
      continue;
    // The nearest figure before it that is not a date, in the same sentence.
    std::size_t b = j;
    while (b > 0 && mentions[b - 1].kind == QuantityKind::date) --b;
    if (b == 0) continue;
    const QuantityMention& before = mentions[b - 1];
    if ((before.kind != QuantityKind::count && before.kind != QuantityKind::measure) ||
        before.last_token > q.first_token || q.first_token - before.last_token > 24)
      continue;
    bool same_sentence = true;
    for (std::size_t k = before.last_token; k < q.first_token && same_sentence; ++k)
      same_sentence = !ends_clause(tokens[k]);
    // Within twenty times of each other, as a figure set against another is (counts.cpp): "From 12
    // stores the chain grew to 4,000" may count something else.
    // "added 11 stores, taking its count to 387": a running total, whatever its size.
    const std::size_t f = q.first_token;
    const bool total = f > 2 && word_at(tokens, f - 1, "to") &&
                       (word_at(tokens, f - 2, "total") || word_at(tokens, f - 2, "count") ||
                        word_at(tokens, f - 2, "tally") || word_at(tokens, f - 2, "estate"));
    if (!total && (before.value <= 0 || q.value > 20 * before.value || before.value > 20 * q.value)) continue;
    if (!same_sentence) continue;
    // "nearly 3bn more than the council pencilled in": a difference, not another of the same.
    const std::size_t after = q.last_token;
    if (after < tokens.size() && tokens[after].is_word() &&
        (tokens[after].is("more") || tokens[after].is("less") || tokens[after].is("fewer") ||
         tokens[after].is("higher") || tokens[after].is("lower") || tokens[after].is("extra")))
      continue;
    // "4.4 million subscribers in the quarter, taking its total to 153.6 million": the same noun.
    // "75 micrograms per cubic metre, above the legal limit of 50", "five nautical miles apart, rather than
    // the usual 2.5": a measure in the same unit, only when a word sets the figure against it (not "a
    // COP of 3.5" after "7kW").
    if (before.kind == QuantityKind::measure) {
      const std::size_t p = f - 1;
      static constexpr std::string_view kLimits[] = {"limit", "maximum", "minimum",   "average", "target",
                                                     "cap",   "norm",    "threshold", "total",   "ceiling"};
      const bool set_against = tokens[p].is("to") || tokens[p].is("and") || tokens[p].is("than") ||
                               tokens[p].is("vs") || tokens[p].is("versus") || tokens[p].is("against") ||
                               tokens[p].is("or") || tokens[p].is("usual") ||
                               (tokens[p].is("of") && p > 0 && one_of(tokens[p - 1].norm, kLimits));
      if (!set_against) continue;
    }
    q.kind = before.kind;
    q.unit = before.unit;
    if (q.kind == QuantityKind::measure) q.interval = interval_for(q.value, q.step, q.comparator);
  }
}

}  // namespace factcheck::quantities_detail
