// Checking against sources, after matching: the rules that withdraw, or point elsewhere, a verdict on a
// base learned from documents, and the aligner that judges what matching left unbound (settle.hpp).
#include "match/settle.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "learn/governors.hpp"
#include "match/stance.hpp"
#include "model/change.hpp"
#include "model/units.hpp"
#include "quantities/numbers.hpp"
#include "quantities/quantities.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

void leave_unverified(Claim& claim, const char* why) {
  if (!claim.binding && claim.fact) claim.binding = Binding{};
  if (claim.binding && !claim.binding->fact) claim.binding->fact = claim.fact;
  if (claim.binding) claim.binding->abstained = why;
  claim.verdict = Verdict::unverified;
  claim.fact = nullptr;
  claim.value = nullptr;
  claim.earlier = nullptr;
  claim.deviation = std::nan("");
}

void rebind(Claim& claim, Verdict verdict, const Fact& fact, const FactValue* earlier) {
  claim.verdict = verdict;
  claim.fact = &fact;
  claim.value = &fact.value;
  claim.earlier = earlier;
  const double v = fact.value.amount;
  claim.deviation = v != 0 && claim.quantity ? (claim.quantity->value - v) / v : std::nan("");
}

namespace {

// The way a change goes, from the words right before its figure (back to a clause break): +1 for "up",
// "rose", "+9%", -1 for "down", "fell", "-4%", 0 when none is said.
int change_sign(const std::vector<Token>& t, std::size_t first, std::size_t lead) {
  for (std::size_t k = lead; k > first && lead - k < 3;) {
    --k;
    if (t[k].is(",") || t[k].is(";") || t[k].is_number()) return 0;
    const int direction = change_direction(t[k].norm);
    if (direction == 0) continue;
    // A sign counts only on its figure: "+9%", not "- 4%" after a dash.
    if (!t[k].is_word() && t[k].end != t[lead].start) continue;
    return direction;
  }
  return 0;
}

}  // namespace

void SourceSettler::settle_order_only(Claim& claim) const {
  // "Tens of billions of dollars" confirms no one figure ("$60 billion", "a further $10 billion"): the
  // sources give only its order, and a rewrite that names a figure says more than they do.
  if (claim.verdict != Verdict::supported || !claim.value || !claim.quantity || claim.relation) return;
  if (claim.value->comparator != Comparator::order || claim.quantity->comparator == Comparator::order) return;
  // The year such a fact is dated to ("tens of billions ... in 2023") is its date, not a figure inside it.
  if (claim.quantity->kind == QuantityKind::date) return;
  // A fact of the same thing that gives the figure itself is the evidence: "nearly $14 billion" is the
  // total the sources give, not their "tens of billions".
  const Fact& f = *claim.fact;
  for (std::size_t i : facts_.facts_for(f.predicate, f.subject)) {
    const Fact& g = facts_.facts()[i];
    if (&g == &f || g.object != f.object || g.value.comparator == Comparator::order ||
        !std::isfinite(g.value.interval.low) || !std::isfinite(g.value.interval.high) ||
        !agrees(*claim.quantity, g.value))
      continue;
    claim.fact = &g;
    claim.value = &g.value;
    if (claim.binding) claim.binding->fact = &g;
    return;
  }
  leave_unverified(claim, "only a bound");
}

void SourceSettler::settle_given_elsewhere(Claim& claim) const {
  // A figure the sources do give, for something else or in a sentence not learned as a fact, is no
  // wrong figure: the draft may mean that ("Net debt $14.5bn" where $14.5bn is the revenue). Left
  // unverified, naming the fact it came close to, so that no true figure is called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.quantity || claim.relation) return;
  // So is a date the sources give the same event of another subject: "OpenAI was founded in December 24"
  // where the learner gave that founding to the person named before.
  if (claim.fact && claim.quantity->kind == QuantityKind::date && !claim.quantity->date.empty()) {
    const std::string& said = claim.quantity->date;
    // (A day with no year, "--12-24", is any year's.)
    const auto same = [&](const std::string& d) {
      return d == said ||
             (said.compare(0, 2, "--") == 0 && d.size() == 10 && d.compare(4, 6, said, 1, 6) == 0);
    };
    for (const Fact& f : facts_.facts())
      if (&f != claim.fact && f.predicate == claim.fact->predicate && same(f.value.date))
        return leave_unverified(claim, "elsewhere");
  }
  const QuantityMention& q = claim.compared ? *claim.compared : *claim.quantity;
  // Except another year's value of the same figure, said of a year the sources give its own for: found
  // elsewhere as that other year's, it is that.
  const Fact* other_year =
      claim.binding && std::find(claim.binding->signals.begin(), claim.binding->signals.end(), "its-year") !=
                           claim.binding->signals.end()
          ? claim.binding->runner_up
          : nullptr;
  if (other_year && other_year->value.amount != 0 && same_amount(other_year->value.amount, q.value)) return;
  // A date is found by its year ("July 2019" where the sources date another event to 2019).
  const Interval said = q.kind == QuantityKind::date ? Interval{q.value, q.value} : q.interval;
  // The figure as stated counts too: "over $14 billion" names the sources' $14 billion, though its
  // interval leaves it out.
  const auto given = [&](double v) {
    return std::binary_search(source_numbers_.begin(), source_numbers_.end(), v);
  };
  const auto it = std::lower_bound(source_numbers_.begin(), source_numbers_.end(), said.low);
  // An open figure ("up to 40%") holds too much to be found by its interval: only by its stated value.
  const bool open = !std::isfinite(said.low) || !std::isfinite(said.high);
  const bool inside = !open && it != source_numbers_.end() && said.contains(*it);
  // And as written, before any conversion: the sources keep "fourteen months" as 14, not 10,200 hours.
  const QuantityMention& written = *claim.quantity;
  // (A date has no range: its ends are not figures the sources might give.)
  const bool ranged = written.kind != QuantityKind::date;
  if (!inside && !given(q.value) && !(ranged && (given(q.range_low) || given(q.range_high))) &&
      !given(written.value) && !(ranged && (given(written.range_low) || given(written.range_high))))
    return;
  leave_unverified(claim, "elsewhere");
}

void SourceSettler::settle_others_view(Claim& claim, const DraftSentence& draft) const {
  // A figure others expect is theirs, not a wrong figure of the sources: "markets expect a further cut
  // to 4.75%", "analysts see revenue of £2bn". And a figure the draft dates, against a fact neither its
  // sentence nor a series dates ("the target for 2024 is 92%" where the sources' 91% is 2023's, said in
  // a report published in 2024), may be of another period.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation) return;
  const QuantityMention& q = *claim.quantity;
  if (q.kind == QuantityKind::date) return;
  const std::vector<Token>& t = draft.tokens;
  const std::size_t first = draft.sentence.first_token;
  static const std::unordered_map<std::string_view, int> kCrowd = {
      {"markets", 1}, {"market", 1},    {"analysts", 1},    {"economists", 1}, {"investors", 1},
      {"traders", 1}, {"consensus", 1}, {"forecasters", 1}, {"observers", 1},  {"pundits", 1},
      {"we", 1},      {"our", 1}};  // a note's own model: "We model a 2025 delivery target of 650+"
  static const std::unordered_map<std::string_view, int> kExpect = {
      {"expect", 1},     {"expects", 1}, {"expected", 1}, {"see", 1},    {"forecast", 1}, {"predict", 1},
      {"anticipate", 1}, {"bet", 1},     {"price", 1},    {"pencil", 1}, {"forecasts", 1}};
  for (std::size_t k = q.first_token; k > first && q.first_token - k < 10;) {
    --k;
    if (t[k].is(".") || t[k].is(";")) break;
    if (kCrowd.count(t[k].norm)) {
      // ("we expect" is an organisation's own guidance, as likely as a note's: only a model is the writer's.)
      const bool writer = t[k].is("we") || t[k].is("our");
      for (std::size_t j = k + 1; j < q.first_token && j <= k + 3; ++j) {
        if (writer && token_is(t[j], {"model", "estimate", "estimates", "assume"}))
          return leave_unverified(claim, "an estimate");
        if (!writer && kExpect.count(t[j].norm)) return leave_unverified(claim, "said of another");
      }
    }
  }
  const Fact& f = *claim.fact;
  if (!f.when.empty() || !f.earlier.empty() || f.time_scoped) return;
  // Nor where the fact's own sentence gives a year ("in the year to 31 December 2024 it reported").
  if (const Source* source = facts_.source(f.source))
    for (double n : source->numbers)
      if (n >= 1900 && n <= 2100 && n == std::floor(n)) return;
  // The figure a date is nearest to is the one it dates ("rising to 11 by end-2026, with instances up to
  // 40% cheaper" dates the 11).
  const auto gap = [](std::size_t a_first, std::size_t a_last, std::size_t b_first, std::size_t b_last) {
    return b_first >= a_last ? b_first - a_last : a_first >= b_last ? a_first - b_last : 0;
  };
  const auto dates_this = [&](std::size_t d_first, std::size_t d_last) {
    const std::size_t own = gap(q.first_token, q.last_token, d_first, d_last);
    if (own > 6) return false;
    for (const QuantityMention& o : draft.quantities)
      if (o.kind != QuantityKind::date && o.start != q.start && o.first_token >= first &&
          o.first_token < draft.sentence.last_token &&
          gap(o.first_token, o.last_token, d_first, d_last) < own)
        return false;
    return true;
  };
  for (const QuantityMention& d : draft.quantities)
    if (d.kind == QuantityKind::date && d.unit != "relative" && d.first_token >= first &&
        d.first_token < draft.sentence.last_token && dates_this(d.first_token, d.last_token))
      return leave_unverified(claim, "not dated");
  // A year the extractor left as a plain number ("target for 2024 is 92%") dates it too.
  const std::size_t from = q.first_token > first + 6 ? q.first_token - 6 : first;
  for (std::size_t k = from; k < draft.sentence.last_token && k < q.last_token + 6; ++k) {
    const std::string& w = t[k].norm;
    if (k >= q.first_token && k < q.last_token) continue;
    if (t[k].is_number() && w.size() == 4 && (w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0) &&
        dates_this(k, k + 1))
      return leave_unverified(claim, "not dated");
  }
}

void SourceSettler::settle_direction(Claim& claim, const DraftSentence& draft) const {
  // A change the draft gives the other way from its source ("tax take up 4%" where the sources' 4% is a
  // fall) is no confirmation: the figure may be another change's.
  if ((claim.verdict != Verdict::supported && claim.verdict != Verdict::outdated) || !claim.fact ||
      !claim.quantity || claim.relation || claim.quantity->kind == QuantityKind::date)
    return;
  const QuantityMention& q = *claim.quantity;
  std::size_t lead = q.first_token;
  while (lead > draft.sentence.first_token && draft.tokens[lead - 1].start >= q.comparator_start) --lead;
  const int said = change_sign(draft.tokens, draft.sentence.first_token, lead);
  if (said == 0) return;
  const Source* source = facts_.source(claim.fact->source);
  if (!source || source->quote.empty()) return;
  // Most source sentences have no word of the other way at all: those are passed over before any reading.
  static constexpr std::string_view kUp[] = {"up",    "ros",  "ris",  "increas", "grew", "grow",
                                             "climb", "gain", "jump", "higher",  "+"};
  static constexpr std::string_view kDown[] = {"down", "fell",  "fall",   "decreas", "drop",  "declin",
                                               "slip", "lower", "shrank", "-",       "\u2212"};
  // A sign counts only before a digit ("-4%"), not in "year-on-year".
  const auto has = [&](std::string_view w) {
    for (std::size_t at = source->quote.find(w); at != std::string::npos;
         at = source->quote.find(w, at + 1)) {
      const std::size_t next = at + w.size();
      const bool sign = w == "+" || w == "-" || w == "\u2212";
      if (!sign || (next < source->quote.size() && source->quote[next] >= '0' && source->quote[next] <= '9'))
        return true;
    }
    return false;
  };
  if (said > 0 ? std::none_of(std::begin(kDown), std::end(kDown), has)
               : std::none_of(std::begin(kUp), std::end(kUp), has))
    return;
  const std::vector<Token>& tokens = aligner_->reading(*source).tokens;
  for (const QuantityMention& m : aligner_->reading(*source).quantities) {
    if (m.kind != q.kind || !same_amount(m.value, claim.fact->value.amount)) continue;
    std::size_t at = m.first_token;
    while (at > 0 && tokens[at - 1].start >= m.comparator_start) --at;
    const int given = change_sign(tokens, 0, at);
    if (given != 0 && given != said) leave_unverified(claim, "the other way");
    return;
  }
}

std::optional<Governor> SourceSettler::governor_of(const Claim& claim, const DraftSentence& draft) const {
  std::vector<std::size_t> figures;
  std::size_t self = SIZE_MAX;
  // The text's quantities are in order: the sentence's are found by search, not by a walk over them all.
  const auto first =
      std::lower_bound(draft.quantities.begin(), draft.quantities.end(), draft.sentence.first_token,
                       [](const QuantityMention& q, std::size_t k) { return q.first_token < k; });
  for (std::size_t i = static_cast<std::size_t>(first - draft.quantities.begin());
       i < draft.quantities.size(); ++i) {
    const QuantityMention& q = draft.quantities[i];
    if (q.first_token >= draft.sentence.last_token) break;
    if (q.kind == QuantityKind::date) continue;
    if (q.start == claim.quantity->start) self = figures.size();
    figures.push_back(i);
  }
  if (self == SIZE_MAX) return std::nullopt;
  return find_governors(draft.text, draft.tokens, draft.sentence, draft.quantities, figures,
                        draft.name_token)[self];
}

std::vector<std::string> SourceSettler::fact_words(const Fact& fact) const {
  // The stems of the fact's cue family, the words that narrow it and its context.
  const Predicate* predicate = facts_.predicate(fact.predicate);
  std::vector<std::string> known =
      cue_stems_[static_cast<std::size_t>(predicate - facts_.predicates().data())];
  for (const std::string& c : fact.context)
    for (const Token& t : tokenize(c)) known.push_back(stem(t.norm));
  return known;
}

void SourceSettler::settle_other_noun(Claim& claim, const DraftSentence& draft) const {
  // "100% recycled card" against "62% recycled polyester": a share or a sum right before the fact's word,
  // then a noun of each side's own.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation) return;
  if (claim.quantity->kind != QuantityKind::percent && claim.quantity->kind != QuantityKind::money) return;
  const std::size_t next = claim.quantity->last_token;
  if (next + 1 >= draft.sentence.last_token || next + 1 >= draft.tokens.size()) return;
  const std::vector<std::string> known = fact_words(*claim.fact);
  if (std::find(known.begin(), known.end(), stem(draft.tokens[next].norm)) == known.end()) return;
  if (other_noun_after(*claim.fact, draft, next)) leave_unverified(claim, "another word");
}

bool SourceSettler::other_noun_after(const Fact& f, const DraftSentence& draft, std::size_t k) const {
  const Source* source = facts_.source(f.source);
  if (!source) return false;
  const auto noun = [](const Token& t) {
    return t.is_word() && t.norm.size() >= 4 &&
           std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           !token_is(
               t, {"with", "from",  "that", "this",  "than", "into", "over", "more",  "will",  "were", "have",
                   "been", "which", "when", "while", "also", "only", "each", "every", "their", "from"});
  };
  if (!noun(draft.tokens[k + 1])) return false;
  const std::vector<Token>& quote = aligner_->reading(*source).tokens;
  const std::string word = stem(draft.tokens[k].norm), mine = stem(draft.tokens[k + 1].norm);
  const auto in_draft = [&](const std::string& w) {
    for (std::size_t j = draft.sentence.first_token; j < draft.sentence.last_token; ++j)
      if (stem(draft.tokens[j].norm) == w) return true;
    return false;
  };
  bool theirs = false;
  for (std::size_t j = 0; j + 1 < quote.size(); ++j) {
    if (stem(quote[j + 1].norm) == mine) return false;  // the draft's noun is the source's too
    if (stem(quote[j].norm) == word && noun(quote[j + 1]) && !in_draft(stem(quote[j + 1].norm)))
      theirs = true;
  }
  return theirs;
}

void SourceSettler::settle_governed_otherwise(Claim& claim, const DraftSentence& draft) const {
  // A figure contradicts a learned fact only when the word that governs it in the draft is one of the
  // fact's (its cue family, the words that narrow it, its context): "footfall down 5%" says nothing of
  // the sources' 26.8% share of online sales, whatever else the sentence shares with it.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation) return;
  if (claim.quantity->kind == QuantityKind::date) return;
  const std::optional<Governor> governor = governor_of(claim, draft);
  if (!governor) return;
  const Governor& g = *governor;
  if (!g.found) return;
  const std::vector<std::string> known = fact_words(*claim.fact);
  const auto is_known = [&](const std::string& w) {
    return std::find(known.begin(), known.end(), stem(w)) != known.end();
  };
  // A word that narrows the figure's thing to a part, which neither the fact nor its sentence has, says
  // the figure is of that part: "Administrative staff: 1,150" is no count of the 2,870 staff.
  const auto of_a_part = [&](const std::vector<std::string>& narrowing) {
    static constexpr std::string_view kWhole[] = {"total",  "overall",  "annual",      "yearly",
                                                  "group",  "net",      "full",        "whole",
                                                  "entire", "combined", "consolidated"};
    const Source* source = facts_.source(claim.fact->source);
    if (!source || narrowing.empty()) return false;
    std::vector<std::string> said;
    for (const Token& t : aligner_->reading(*source).tokens) said.push_back(stem(t.norm));
    return std::any_of(narrowing.begin(), narrowing.end(), [&](const std::string& m) {
      return !is_known(m) && std::find(said.begin(), said.end(), stem(m)) == said.end() &&
             std::find(std::begin(kWhole), std::end(kWhole), m) == std::end(kWhole);
    });
  };
  if (of_a_part(count_narrowing(*claim.quantity, draft))) return leave_unverified(claim, "another word");
  if (g.head.empty()) return;  // no word governs it but its count's noun
  // A noun right after the figure names what it measures, whatever the clause goes on to: "a roughly 35%
  // overrun on the budget" is an overrun, not the share of the budget a government funds.
  const std::size_t next = claim.quantity->last_token;
  const bool bare =
      claim.quantity->kind == QuantityKind::percent || claim.quantity->kind == QuantityKind::money;
  if (bare && next < draft.sentence.last_token && next < draft.tokens.size() &&
      draft.tokens[next].is_word() && !g.after.empty() && g.after.front() == draft.tokens[next].norm &&
      !is_known(g.after.front()) && !is_known(g.head))
    return leave_unverified(claim, "another word");
  // (A head that is the count's own noun is narrowed by the words before it, "Administrative staff: 1,150".)
  if (is_known(g.head) && claim.quantity->kind == QuantityKind::count &&
      stem(g.head) == stem(normalize(claim.quantity->unit)) && of_a_part(g.modifiers))
    return leave_unverified(claim, "another word");
  if (is_known(g.head)) return;
  for (const auto* words : {&g.modifiers, &g.after})
    for (const std::string& w : *words)
      if (std::find(known.begin(), known.end(), stem(w)) != known.end()) return;
  leave_unverified(claim, "another word");
}

std::vector<std::string> SourceSettler::count_narrowing(const QuantityMention& q,
                                                        const DraftSentence& draft) {
  // The words between a count and its noun ("1,150 administrative staff"), else the two before the noun
  // where it comes first ("Administrative staff: 1,150").
  std::vector<std::string> out;
  if (q.kind != QuantityKind::count || q.unit.empty()) return out;
  const auto& t = draft.tokens;
  const std::string noun = stem(normalize(q.unit));
  const auto is_noun = [&](std::size_t k) { return t[k].is_word() && stem(t[k].norm) == noun; };
  static constexpr std::string_view kPlain[] = {"the", "a", "an", "of", "and", "our", "its", "their", "all"};
  const auto narrowing = [&](std::size_t k) {
    return t[k].is_word() && t[k].norm.size() > 2 && scale_word(t[k].norm) == 0 &&
           !is_number_word(t[k].norm) &&
           std::find(std::begin(kPlain), std::end(kPlain), t[k].norm) == std::end(kPlain);
  };
  for (std::size_t k = q.first_token; k < q.last_token; ++k)
    if (is_noun(k)) {
      for (std::size_t m = k; m > q.first_token && narrowing(m - 1) && !t[m - 1].is_number(); --m)
        out.push_back(t[m - 1].norm);
      return out;
    }
  for (std::size_t k = q.first_token, passed = 0; k > draft.sentence.first_token && passed < 3; ++passed)
    if (is_noun(--k)) {
      for (std::size_t m = k; m > draft.sentence.first_token && out.size() < 2 && narrowing(m - 1); --m)
        out.push_back(t[m - 1].norm);
      break;
    }
  return out;
}

void SourceSettler::settle_plain_date(Claim& claim) const {
  // A learned bound in time ("exclusive until 2030", "the consultation runs until 25 October") is the
  // value of a date said as a bound, not of any date the sentence gives ("the next announcement is on 25
  // February"): a plain date is left unverified against it.
  if (claim.verdict == Verdict::unverified || !claim.fact || !claim.quantity || claim.relation) return;
  if (claim.quantity->kind != QuantityKind::date || claim.quantity->comparator == Comparator::until) return;
  // "The first new centre since 2009" starts a period, which an event's date ("the centre will open in
  // spring 2027") does not contradict; it confirms one it agrees with ("since 2019", launched in 2019).
  // It confirms a date it lies within ("since 2019", launched in 2019), not one it spans ("from FY
  // 2025" against a closing in the second quarter of 2025).
  if (claim.quantity->comparator == Comparator::since && claim.fact->value.comparator == Comparator::none &&
      (claim.verdict == Verdict::contradicted ||
       (claim.verdict == Verdict::supported && claim.value &&
        !(claim.value->interval.low <= claim.quantity->interval.low &&
          claim.quantity->interval.low < claim.value->interval.high)))) {
    leave_unverified(claim, "start of a period");
    return;
  }
  // "spring 2027", the date an earlier source gave, where the later one gives only "the end of 2027":
  // the earlier date, not confirmed by the later one's coarser year.
  if (claim.verdict == Verdict::supported && claim.value == &claim.fact->value) {
    for (const FactValue& then : claim.fact->earlier) {
      if (then.date != claim.quantity->date || then.date == claim.fact->value.date) continue;
      claim.verdict = Verdict::outdated;
      claim.earlier = &then;
      return;
    }
  }
  if (claim.fact->value.comparator != Comparator::until) return;
  leave_unverified(claim, "not a bound");
}

void SourceSettler::settle_other_kind(Claim& claim, const DraftSentence& draft) const {
  // "Operating profit came to £63.1m" is not the sources' pre-tax profit, and "net debt of £96m" is not
  // their net cash of £96m: a word of another kind of the same measure, or of its opposite, where the
  // fact has its own, means another figure.
  if ((claim.verdict != Verdict::contradicted && claim.verdict != Verdict::supported) || !claim.fact ||
      !claim.quantity || claim.relation || claim.quantity->kind == QuantityKind::date)
    return;
  static constexpr std::string_view kKinds[] = {"operating",  "pre",      "pretax",    "net",  "gross",
                                                "underlying", "adjusted", "statutory", "core", "diluted"};
  static constexpr std::pair<std::string_view, std::string_view> kOpposites[] = {
      {"debt", "cash"},      {"loss", "profit"},       {"deficit", "surplus"}, {"import", "export"},
      {"outflow", "inflow"}, {"headwind", "tailwind"}, {"men", "women"},       {"male", "female"},
      {"loan", "grant"}};  // "a B$50,000 loan" is not the sources' B$50,000 grant: a loan is paid back
  // Most draft sentences have no word of a kind or of a pair of opposites: they are passed over before
  // any reading.
  const auto is_one = [&](std::string_view w) {
    const std::string_view singular = w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    return std::any_of(std::begin(kKinds), std::end(kKinds), [&](std::string_view k) { return k == w; }) ||
           std::any_of(std::begin(kOpposites), std::end(kOpposites), [&](const auto& pair) {
             return pair.first == singular || pair.second == singular || pair.first == w || pair.second == w;
           });
  };
  bool said = false;
  for (std::size_t k = draft.sentence.first_token; k < draft.sentence.last_token && !said; ++k)
    said = draft.tokens[k].is_word() && is_one(draft.tokens[k].norm);
  if (!said) return;
  // One of a pair of opposites right beside the figure where the fact's own sentence has only the other:
  // "a 9-knot headwind" against "a 9-knot tailwind", "38% were men" against "38% were women".
  const QuantityMention& q = *claim.quantity;
  const std::size_t from = std::max(draft.sentence.first_token, q.first_token >= 3 ? q.first_token - 3 : 0);
  const std::size_t to = std::min(draft.sentence.last_token, q.last_token + 3);
  bool beside = false;  // a word of a pair right beside the figure: else the source is not read
  for (std::size_t k = from; k < to && !beside; ++k)
    for (const auto& pair : kOpposites)
      beside = beside || draft.tokens[k].is(pair.first) || draft.tokens[k].is(pair.second);
  if (const Source* source = beside ? facts_.source(claim.fact->source) : nullptr) {
    std::vector<std::string> theirs;
    for (const Token& t : aligner_->reading(*source).tokens)
      if (t.is_word()) theirs.push_back(t.norm);
    const auto in_theirs = [&](std::string_view w) {
      return std::find(theirs.begin(), theirs.end(), w) != theirs.end();
    };
    for (std::size_t k = from; k < to; ++k)
      for (const auto& pair : kOpposites)
        for (const auto& [mine, other] : {pair, std::pair{pair.second, pair.first}})
          if (draft.tokens[k].is(mine) && !in_theirs(mine) && in_theirs(other))
            return leave_unverified(claim, "another kind");
  }
  const std::vector<std::string> known = fact_words(*claim.fact);
  const auto has = [&](std::string_view w) {
    return std::find(known.begin(), known.end(), stem(w)) != known.end();
  };
  const auto kind_of_fact = std::find_if(std::begin(kKinds), std::end(kKinds), has);
  // A fact with no word of a kind and neither word of a pair is told apart by none: the governing words
  // are not read.
  if (kind_of_fact == std::end(kKinds) &&
      std::none_of(std::begin(kOpposites), std::end(kOpposites),
                   [&](const auto& pair) { return has(pair.first) || has(pair.second); }))
    return;
  const std::optional<Governor> g = governor_of(claim, draft);
  if (!g || !g->found) return;
  for (const std::string& m : g->modifiers)
    if (std::find(std::begin(kKinds), std::end(kKinds), m) != std::end(kKinds) && !has(m) &&
        kind_of_fact != std::end(kKinds))
      return leave_unverified(claim, "another kind");
  const std::string head = stem(g->head);
  for (const auto& pair : kOpposites)
    for (const auto& [said, other] : {pair, std::pair{pair.second, pair.first}})
      if (head == said && !has(said) && has(other)) return leave_unverified(claim, "another kind");
  // "net debt of R$ 11 bilhões" against the sources' net income: a word of a pair governs the figure, the
  // fact has neither word of it, and the two share only the word of a kind.
  if (kind_of_fact != std::end(kKinds) && !has(g->head))
    for (const auto& pair : kOpposites)
      if ((head == pair.first || head == pair.second) && !has(pair.first) && !has(pair.second))
        return leave_unverified(claim, "another kind");
}

void SourceSettler::settle_off_scale(Claim& claim) const {
  // A rewrite that changes a source's figure keeps it near: a figure over four times off the fact it was
  // bound to ("values Lumora at €250m" against the sources' €48 million round) is more likely a figure
  // of something the sources do not give.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation) return;
  if (claim.quantity->kind == QuantityKind::date || !claim.value) return;
  // In the fact's unit: "fourteen months" is 10,200 hours against a fact in hours.
  const double said = claim.compared ? claim.compared->value : claim.quantity->value;
  // Against nothing at all ("0 hours", read from a garbled "December 0H"), no figure is wrong but a share
  // ("0%" is a rate the sources give).
  if (claim.value->amount == 0 && claim.quantity->kind != QuantityKind::percent) {
    leave_unverified(claim, "off scale");
    return;
  }
  if (!(claim.value->amount > 0)) return;
  const double ratio = said / claim.value->amount;
  if (ratio >= 0.25 && ratio <= 4) return;
  leave_unverified(claim, "off scale");
}

void SourceSettler::settle_disagreement(Claim& claim) const {
  // Two sources of one date giving the same thing different values are never decided silently: the
  // claim is left unverified, and its explanation names both.
  if (!claim.fact || !claim.quantity || claim.relation || claim.verdict == Verdict::unverified) return;
  const Fact& f = *claim.fact;
  const Source* mine = facts_.source(f.source);
  if (!mine) return;
  for (std::size_t gi : facts_.facts_for(f.predicate, f.subject)) {
    const Fact& g = facts_.facts()[gi];
    if (&g == &f || g.context != f.context || g.object != f.object || g.when != f.when ||
        !g.earlier.empty() || !f.earlier.empty() || agrees(g.value, f.value))
      continue;
    // Its source last: a large learned base has hundreds of sibling facts, most ruled out above.
    const Source* theirs = facts_.source(g.source);
    if (!theirs || theirs->document == mine->document || theirs->date != mine->date) continue;
    leave_unverified(claim, "sources disagree");
    claim.binding->runner_up = &g;
    return;
  }
}

void SourceSettler::settle_revised(Claim& claim) const {
  const Fact* later = aligner_->revision(claim);
  if (!later) return;
  if (claim.binding) {
    claim.binding->runner_up = claim.fact;
    claim.binding->fact = later;
    for (std::string& s : claim.binding->signals)
      if (s == "value:differs") s = "value:fits";
    claim.binding->signals.push_back("revises:" + claim.fact->id);
  }
  rebind(claim, Verdict::supported, *later);
}

SourceSettler::SourceSettler(const FactBase& facts) : facts_(facts) {
  for (std::size_t i = 0; i < facts_.facts().size(); ++i)
    if (const Predicate* p = facts_.predicate(facts_.facts()[i].predicate); p && p->value == ValueKind::role)
      role_facts_.push_back(i);
  for (const Source& s : facts_.sources())
    source_numbers_.insert(source_numbers_.end(), s.numbers.begin(), s.numbers.end());
  for (const Fact& f : facts_.facts()) {
    with_facts_.push_back(f.subject);
    if (!f.object.empty()) with_facts_.push_back(f.object);
    if (!f.value.entity.empty()) with_facts_.push_back(f.value.entity);
    for (const auto* list : {&f.value.members, &f.value.optional_members})
      with_facts_.insert(with_facts_.end(), list->begin(), list->end());
  }
  std::sort(with_facts_.begin(), with_facts_.end());
  with_facts_.erase(std::unique(with_facts_.begin(), with_facts_.end()), with_facts_.end());
  std::sort(source_numbers_.begin(), source_numbers_.end());
  for (const Predicate& p : facts_.predicates()) {
    std::vector<std::string>& stems = cue_stems_.emplace_back();
    for (const std::string& cue : p.cues)
      for (const Token& t : tokenize(cue)) stems.push_back(stem(t.norm));
  }
  if (facts_.from_documents()) aligner_ = std::make_unique<SourceAligner>(facts_);
}

std::vector<Claim> SourceSettler::bare_numbers(const SentenceView& view, const std::vector<Claim>& claims,
                                               SharedSources& shared) const {
  if (!aligner_) return {};
  return aligner_->bare_numbers(view, claims, shared);
}

void SourceSettler::settle(Claim& c, const SentenceView& view, const std::vector<Claim>& claims,
                           SharedSources& shared, const DraftSentence& draft) const {
  if (aligner_) settle_revised(c);
  if (!source_numbers_.empty()) settle_given_elsewhere(c);
  if (!aligner_) return;
  settle_disagreement(c);
  settle_unknown_holder(c, draft);
  settle_unknown_member(c, view, draft);
  settle_role_order(c, draft);
  settle_off_scale(c);
  settle_governed_otherwise(c, draft);
  aligner_->align(c, view, claims, shared);
  if (const SourceAligner::Doubt d = aligner_->doubt(c, view);
      d.then && c.quantity &&
      told_as_earlier(draft.tokens, draft.sentence.first_token, c.quantity->first_token)) {
    // "raised the cost from ₹1,240 crore", "up from a previous target of 120": the figure a revision
    // replaced, told as the earlier one, is right.
    c.verdict = Verdict::supported;
    c.value = d.then;
    c.earlier = nullptr;
  } else if (d.then) {
    // The later source says it revised the figure: "148,260 pupils" after the final count of 147,910.
    rebind(c, Verdict::outdated, *d.other, d.then);
    if (c.binding) {
      c.binding->runner_up = c.binding->fact;
      c.binding->fact = d.other;
      c.binding->signals.push_back("revised-by:" + d.other->id);
    }
  } else if (d.why && d.other && std::string_view(d.why) == "another figure's words") {
    // Two figures given each other's words ("Rail 14%, barges 41%" for rail's 41% and barges' 14%): the
    // figure is wrong for what the draft's words are of.
    const Fact* given = c.fact;
    rebind(c, Verdict::contradicted, *d.other);
    if (c.binding) {
      c.binding->runner_up = given;
      c.binding->fact = d.other;
      c.binding->signals.push_back("swapped-with:" + given->id);
    }
  } else if (d.why) {
    leave_unverified(c, d.why);
    c.binding->runner_up = d.other;
  }
  if (c.verdict == Verdict::outdated && c.earlier && c.quantity &&
      told_as_earlier(draft.tokens, draft.sentence.first_token, c.quantity->first_token)) {
    // "up from a previous target of 120": an earlier value of a series, told as earlier.
    c.verdict = Verdict::supported;
    c.value = c.earlier;
    c.earlier = nullptr;
  }
  settle_swap_partner(c, claims);
  settle_mutual_swap(c, claims);
  settle_crossed(c, claims, draft);
  settle_unnamed_subject(c, draft);
  settle_compared(c, draft);
  settle_plain_date(c);
  settle_other_kind(c, draft);
  settle_other_noun(c, draft);
  settle_ordinal_count(c);
  settle_direction(c, draft);
  settle_order_only(c);
  settle_others_view(c, draft);
  settle_own_sentence(c, draft);
  settle_demanded(c, draft);
  settle_said_as_now(c, draft);
  settle_named_bound(c, draft);
  settle_named_after(c);
  settle_from_value(c, draft);
}

}  // namespace factcheck
