#include "match/judge.hpp"

#include <algorithm>
#include <cmath>

#include "match/figures.hpp"
#include "match/relations.hpp"
#include "match/stance.hpp"
#include "model/dates.hpp"

namespace factcheck {

namespace {

// How long a role's holder held it, in days, where the fact bounds the spell at both ends.
std::optional<double> spell_days(const FactValue& v) {
  Interval from, until;
  if (v.valid_from.empty() || v.valid_until.empty() || !parse_date_span(v.valid_from, from) ||
      !parse_date_span(v.valid_until, until))
    return std::nullopt;
  return (until.low - from.low) * 365.2425;
}

double days_in(const std::string& unit) {
  if (unit == "d") return 1;
  if (unit == "wk") return 7;
  if (unit == "mo") return 30.44;
  if (unit == "yr") return 365.2425;
  if (unit == "h") return 1.0 / 24;
  return 0;
}

// "Mira Murati was interim CEO for a week": the duration right after a role that held for a bounded
// spell is how long it held, which the spell's dates confirm or contradict; the role and its duration
// are one claim. (A role claim the sentence gives "for" and a duration; nothing between but a word or
// two, no clause break.)
void judge_spells(const SentenceView& view, std::vector<Claim>& claims) {
  const auto& t = view.tokens;
  std::vector<bool> taken(claims.size(), false);
  for (std::size_t ci = 0; ci < claims.size(); ++ci) {
    const Claim& c = claims[ci];
    if (!c.quantity || c.quantity->kind != QuantityKind::duration || c.fact ||
        c.verdict != Verdict::unverified || c.quantity->unit == "relative")
      continue;
    const QuantityMention& q = *c.quantity;
    const double scale = days_in(q.unit);
    std::size_t k = q.first_token;
    while (k > view.sentence.first_token && t[k - 1].start >= q.comparator_start) --k;
    if (scale == 0 || k <= view.sentence.first_token || !t[k - 1].is("for")) continue;
    const std::size_t for_at = k - 1;
    for (Claim& r : claims) {
      if (!r.relation || !r.fact || !r.value || r.verdict != Verdict::supported ||
          r.polarity != Polarity::asserted || r.end > t[for_at].start || r.value->entity.empty() ||
          r.held_for)
        continue;
      std::size_t after = for_at;  // the first token after the role's span
      while (after > view.sentence.first_token && t[after - 1].start >= r.end) --after;
      bool near = for_at - after <= 3;
      for (std::size_t j = after; j < for_at && near; ++j) near = !is_clause_break(t[j]);
      const std::optional<double> held = spell_days(*r.value);
      if (!near || !held) continue;
      // A day's slack either way ("17 to 19 November" is two days, or three counted inclusively), and a
      // quarter of longer spells.
      const double slack = std::max(1.0, 0.25 * *held);
      const double low = std::isfinite(q.interval.low) ? q.interval.low * scale : 0;
      const double high = std::isfinite(q.interval.high) ? q.interval.high * scale : HUGE_VAL;
      const bool fits = low <= *held + slack && high >= *held - slack;
      // One claim: the role, held so long.
      r.held_for = q;
      r.end = c.end;
      if (!fits) r.verdict = Verdict::contradicted;
      taken[ci] = true;
      break;
    }
  }
  if (std::find(taken.begin(), taken.end(), true) == taken.end()) return;
  std::vector<Claim> kept;
  kept.reserve(claims.size());
  for (std::size_t ci = 0; ci < claims.size(); ++ci)
    if (!taken[ci]) kept.push_back(std::move(claims[ci]));
  claims = std::move(kept);
}

// "OpenAI has been run by Sam Altman without interruption since it was founded": a role said to be
// held without a break, where the fact records another holder's spell, is contradicted by that spell.
void judge_continuity(const SentenceView& view, std::vector<Claim>& claims) {
  const auto& t = view.tokens;
  const std::size_t first = view.sentence.first_token, last = view.sentence.last_token;
  for (Claim& r : claims) {
    if (!r.relation || !r.fact || r.value != &r.fact->value || r.verdict != Verdict::supported ||
        r.polarity != Polarity::asserted || r.value->entity.empty())
      continue;
    const FactValue* other = nullptr;
    for (const FactValue& v : r.fact->earlier)
      if (v.entity != r.value->entity && !v.valid_until.empty()) other = &v;
    if (!other) continue;
    std::size_t from = first;
    while (from < last && t[from].end <= r.start) ++from;
    std::size_t to = from;
    while (to < last && t[to].start < r.end) ++to;
    bool unbroken = false;
    for (std::size_t k = from > first + 3 ? from - 3 : first; k < last && k < to + 8 && !unbroken; ++k) {
      if (k >= to && is_clause_break(t[k])) break;
      const Token* next = k + 1 < last ? &t[k + 1] : nullptr;
      unbroken = token_is(t[k], {"uninterrupted", "uninterruptedly", "continuously", "nonstop"}) ||
                 (next && t[k].is("without") && token_is(*next, {"interruption", "break", "pause"})) ||
                 (next && t[k].is("without") && t[k + 1].is("a") && k + 2 < last &&
                  token_is(t[k + 2], {"break", "pause", "gap"})) ||
                 (next && t[k].is("all") && next->is("along")) ||
                 (next && t[k].is("ever") && next->is("since")) || (t[k].is("always") && k < to);
    }
    if (!unbroken) continue;
    r.verdict = Verdict::contradicted;
    r.break_in = other;
  }
}

// "stood at thirteen billion dollars — thirteen billion", "twenty-two — twenty-two marionettes": a figure
// said again right after itself is the same claim, judged as the one of the two that a fact was found for
// (the first, if both).
void judge_repeats(const SentenceView& view, std::vector<Claim>& claims) {
  for (std::size_t i = 1; i < claims.size(); ++i) {
    Claim& c = claims[i];
    Claim& p = claims[i - 1];
    if (!c.quantity || !p.quantity || c.quantity->kind == QuantityKind::date || !(c.quantity->value > 0) ||
        std::fabs(c.quantity->value - p.quantity->value) > 1e-9 * c.quantity->value ||
        c.quantity->first_token < p.quantity->last_token ||
        c.quantity->first_token > p.quantity->last_token + 4)
      continue;
    bool marks_only = true;
    for (std::size_t k = p.quantity->last_token; k < c.quantity->first_token && marks_only; ++k) {
      const Token& t = view.tokens[k];
      marks_only = t.is("-") || t.is("--") || t.is(",") || t.is("(") ||
                   token_is(t, {"that's", "that", "'s", "is", "i", "e", "."}) ||
                   t.start >= c.quantity->comparator_start;
    }
    if (!marks_only || (!p.fact && !c.fact)) continue;
    const Claim& judged = p.fact ? p : c;
    Claim& other = p.fact ? c : p;
    other.verdict = judged.verdict;
    other.fact = judged.fact;
    other.value = judged.value;
    other.earlier = judged.earlier;
    other.date_said = judged.date_said;
    other.binding = judged.binding;
  }
}

// "only $100 billion over four years": the period right after a figure left open because the sentence
// spreads it over another fact's period is that figure's, and is left open with it.
void judge_periods(const SentenceView& view, std::vector<Claim>& claims) {
  for (std::size_t i = 1; i < claims.size(); ++i) {
    Claim& d = claims[i];
    const Claim& f = claims[i - 1];
    if (!d.quantity || d.quantity->kind != QuantityKind::duration || d.verdict != Verdict::supported ||
        !f.quantity || !f.binding || f.binding->abstained != "another fact's period")
      continue;
    const std::size_t k = d.quantity->first_token;
    if (k != f.quantity->last_token + 1 || !token_is(view.tokens[k - 1], {"over", "across", "within"}))
      continue;
    d.verdict = Verdict::unverified;
    if (!d.binding) d.binding.emplace();
    d.binding->fact = d.fact;
    d.binding->runner_up = f.binding->fact;
    d.binding->abstained = "another figure's period";
    d.fact = nullptr;
    d.value = nullptr;
  }
}

}  // namespace

std::vector<Claim> judge_sentence(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon,
                                  std::size_t& considered) {
  std::vector<Claim> claims = find_relation_claims(view, facts);
  claims.reserve(claims.size() + view.quantities.size());
  // A figure inside a relational claim's span belongs to it ("the second-largest investor").
  std::vector<const QuantityMention*> free;
  for (const QuantityMention* m : view.quantities) {
    const bool inside = std::any_of(claims.begin(), claims.end(),
                                    [&](const Claim& c) { return m->start < c.end && m->end > c.start; });
    if (!inside) free.push_back(m);
  }
  for (Claim& c : judge_figures(view, free, facts, lexicon, considered)) claims.push_back(std::move(c));
  std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
  judge_repeats(view, claims);
  judge_spells(view, claims);
  judge_continuity(view, claims);
  judge_periods(view, claims);
  return claims;
}

}  // namespace factcheck
