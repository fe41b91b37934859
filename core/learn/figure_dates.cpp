// The learner's reading of the dates in a source sentence (governors.hpp): which figure a plain date
// dates, and which dates date no figure at all (a period set against, a founding in an aside, a span
// that names a period).
#include "learn/governors.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace factcheck {

bool dates_no_figure(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& date) {
  const std::size_t k = date.first_token;
  // "Maasport, 5 March 2025 – Pensioenfonds Havenwerk ... ended 2024 with a funding ratio of 118.4%": a
  // dateline that opens the sentence dates the release, not its figures.
  if (k > s.first_token + 1 && tokens[k - 1].is(",") && date.last_token < s.last_token &&
      (tokens[date.last_token].is("-") || tokens[date.last_token].is("--")) &&
      std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(s.first_token),
                  tokens.begin() + static_cast<std::ptrdiff_t>(k - 1), [](const Token& t) { return t.is_word(); }))
    return true;
  // "Revenue: €612.4 million (FY2023: €548.9 million)": a bracket's year gives the year before's figure.
  if (k > s.first_token && tokens[k - 1].is("(") && date.last_token < s.last_token &&
      tokens[date.last_token].is(":"))
    return true;
  // "Founded in 1986, Meridian operates …", "Meridian, founded in 1986, operates": an aside's own event.
  const std::size_t p = k > s.first_token + 1 && tokens[k - 1].is("in") ? k - 1 : k;
  const std::string& verb = p > s.first_token ? tokens[p - 1].norm : tokens[k].norm;
  if (p > s.first_token && date.last_token < s.last_token && tokens[date.last_token].is(",") &&
      verb.size() > 4 && verb.compare(verb.size() - 2, 2, "ed") == 0 &&
      (p - 1 == s.first_token || tokens[p - 2].is(",")))
    return true;
  // "up 8% on Q3 2023", "compared with the first half of 2023": the period a figure is set against.
  const bool period = date.unit == "year" || date.unit == "fiscal_year" ||
                      date.date.find('Q') != std::string::npos || date.date.find('H') != std::string::npos;
  if (period && k > s.first_token &&
      (tokens[k - 1].is("on") || tokens[k - 1].is("over") || tokens[k - 1].is("versus") ||
       tokens[k - 1].is("vs") || tokens[k - 1].is("against")))
    return true;
  // "a net profit of RSD 612 million, according to the statements adopted by the shareholders' assembly on
  // 8 April 2024": the day a procedure took place, not the figure's period (not so a release's day: "Hollow
  // Reach 2, released on 24 October 2024, sold 6.4 million copies in its first 30 days").
  if (date.date.size() == 10 && k > s.first_token && tokens[k - 1].is("on")) {
    static const std::set<std::string> kProcedures = {"adopted", "approved", "filed", "convened"};
    for (std::size_t j = k - 1; j > s.first_token && j + 9 > k && !tokens[j - 1].is_number();)
      if (kProcedures.count(tokens[--j].norm)) return true;
  }
  for (std::size_t j = k; j > s.first_token && j + 4 > k;) {
    const Token& t = tokens[--j];
    if (t.is("compared") || t.is("since")) return true;  // "the longest since records began in 2010"
    if (!t.is_word()) break;
  }
  return false;
}

// "the three months to 30 September": a duration that names a period, not a figure of anything.
bool period_phrase(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& q) {
  if (q.kind != QuantityKind::duration) return false;
  const bool the = q.first_token > s.first_token && tokens[q.first_token - 1].is("the");
  const bool to = q.last_token < s.last_token &&
                  (tokens[q.last_token].is("to") || tokens[q.last_token].is("ended") ||
                   tokens[q.last_token].is("ending") || tokens[q.last_token].is("through"));
  return the || to;
}

// A plain date dates the figure nearest to it: the date of figures[i], or "" when no date is nearest to
// it (the last of two that are).
std::string date_of(const std::vector<Token>& tokens, const Sentence& s,
                    const std::vector<QuantityMention>& quantities, const std::vector<std::size_t>& figures,
                    const std::vector<std::size_t>& dates, std::size_t i) {
  if (dates.size() == 1) {
    const QuantityMention& date = quantities[dates[0]];
    const std::size_t at = date.first_token;
    const bool opens =
        (at == s.first_token + 1 && (tokens[s.first_token].is("in") || tokens[s.first_token].is("during"))) ||
        (at == s.first_token && at + 1 < s.last_token && tokens[at + 1].is(","));
    if (opens && date.unit == "year") return date.date;
  }
  std::string when;
  for (std::size_t di : dates) {
    const QuantityMention& date = quantities[di];
    std::size_t nearest = SIZE_MAX, gap = SIZE_MAX;
    for (std::size_t j = 0; j < figures.size(); ++j) {
      const QuantityMention& other = quantities[figures[j]];
      const std::size_t g = other.first_token >= date.last_token ? other.first_token - date.last_token
                                                                 : date.first_token - other.last_token;
      if (g < gap) {
        gap = g;
        nearest = j;
      }
    }
    if (nearest == i) when = date.date;
  }
  return when;
}

}  // namespace factcheck
