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
      {"traders", 1}, {"consensus", 1}, {"forecasters", 1}, {"observers", 1},  {"pundits", 1}};
  static const std::unordered_map<std::string_view, int> kExpect = {
      {"expect", 1},  {"expects", 1},    {"expected", 1}, {"see", 1},   {"forecast", 1},
      {"predict", 1}, {"anticipate", 1}, {"bet", 1},      {"price", 1}, {"pencil", 1}};
  for (std::size_t k = q.first_token; k > first && q.first_token - k < 10;) {
    --k;
    if (t[k].is(".") || t[k].is(";")) break;
    if (kCrowd.count(t[k].norm)) {
      for (std::size_t j = k + 1; j < q.first_token && j <= k + 3; ++j)
        if (kExpect.count(t[j].norm)) return leave_unverified(claim, "said of another");
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
  const std::vector<Token> tokens = tokenize(source->quote);
  for (const QuantityMention& m : extract_quantities(source->quote, tokens)) {
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

void SourceSettler::settle_governed_otherwise(Claim& claim, const DraftSentence& draft) const {
  // A figure contradicts a learned fact only when the word that governs it in the draft is one of the
  // fact's (its cue family, the words that narrow it, its context): "footfall down 5%" says nothing of
  // the sources' 26.8% share of online sales, whatever else the sentence shares with it.
  if (claim.verdict != Verdict::contradicted || !claim.fact || !claim.quantity || claim.relation) return;
  if (claim.quantity->kind == QuantityKind::date) return;
  const std::optional<Governor> governor = governor_of(claim, draft);
  if (!governor) return;
  const Governor& g = *governor;
  if (!g.found || g.head.empty()) return;  // no word governs it but its count's noun
  const std::vector<std::string> known = fact_words(*claim.fact);
  const auto is_known = [&](const std::string& w) {
    return std::find(known.begin(), known.end(), stem(w)) != known.end();
  };
  // A noun right after the figure names what it measures, whatever the clause goes on to: "a roughly 35%
  // overrun on the budget" is an overrun, not the share of the budget a government funds.
  const std::size_t next = claim.quantity->last_token;
  const bool bare =
      claim.quantity->kind == QuantityKind::percent || claim.quantity->kind == QuantityKind::money;
  if (bare && next < draft.sentence.last_token && next < draft.tokens.size() &&
      draft.tokens[next].is_word() && !g.after.empty() && g.after.front() == draft.tokens[next].norm &&
      !is_known(g.after.front()) && !is_known(g.head))
    return leave_unverified(claim, "another word");
  for (const std::string* w : {&g.head})
    if (is_known(*w)) return;
  for (const auto* words : {&g.modifiers, &g.after})
    for (const std::string& w : *words)
      if (std::find(known.begin(), known.end(), stem(w)) != known.end()) return;
  leave_unverified(claim, "another word");
}

void SourceSettler::settle_unknown_member(Claim& claim, const SentenceView& view,
                                          const DraftSentence& draft) const {
  // A list naming someone the sources do not know ("Inen OpenAI, SoftBank and Oracle") may be a name the
  // learner cut otherwise: it is not called wrong on that name's account. Nor is a list the learner would
  // not have read as that venture's (learn/members.hpp, read alike): right after "the Stargate joint
  // venture between", "Stargate is a joint venture of" or "... formed by", or followed by "called
  // Stargate". A text checked against itself then never contradicts its own lists: a second list the
  // learner reads makes it learn none.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::members || !claim.fact)
    return;
  const std::vector<NamedThing>& listed = claim.relation->members;
  if (std::any_of(listed.begin(), listed.end(), [](const NamedThing& m) { return !m.entity; }))
    return leave_unverified(claim, "unknown member");
  const std::vector<Token>& t = draft.tokens;
  const auto at = [&](std::size_t byte) {
    return static_cast<std::size_t>(
        std::lower_bound(t.begin(), t.end(), byte,
                         [](const Token& x, std::size_t b) { return x.start < b; }) -
        t.begin());
  };
  std::size_t k = at(claim.start);
  if (k > 0 && t[k - 1].is("the")) --k;
  // The preposition before the list, and the group's noun before it.
  std::size_t p = k;
  if (p > 0 && (t[p - 1].is("between") || t[p - 1].is("of"))) {
    --p;
  } else if (p > 1 && (t[p - 1].is("by") || t[p - 1].is("of")) &&
             (t[p - 2].is("formed") || t[p - 2].is("made"))) {
    p -= 2;
  }
  static constexpr std::string_view kNouns[] = {"venture", "consortium", "coalition", "partnership",
                                                "alliance"};
  std::size_t noun = SIZE_MAX;
  if (p < k && p > 0 &&
      std::any_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) { return t[p - 1].is(n); })) {
    noun = p - 1;
    if (t[noun].is("venture") && noun > 0 && t[noun - 1].is("joint")) --noun;
  }
  const std::string& venture = claim.fact->subject;
  // As the learner reads names: one opening a sentence is no name where the text writes it in lower case
  // elsewhere ("... stargate it. Stargate is a joint venture between ...").
  const auto lower_elsewhere = [&](const EntityMention& m) {
    if (m.first_token != draft.sentence.first_token || m.last_token != m.first_token + 1) return false;
    return std::any_of(t.begin(), t.end(), [&](const Token& x) {
      return x.norm == t[m.first_token].norm && x.start < draft.text.size() && draft.text[x.start] >= 'a' &&
             draft.text[x.start] <= 'z';
    });
  };
  const auto names_venture = [&](std::size_t first, std::size_t last) {
    return std::any_of(view.entities.begin(), view.entities.end(), [&](const EntityMention& m) {
      return m.entity && m.entity->id == venture && (first == SIZE_MAX || m.first_token == first) &&
             (last == SIZE_MAX || m.last_token == last) && !lower_elsewhere(m);
    });
  };
  bool read = false;
  if (noun != SIZE_MAX) {
    std::size_t before = noun;
    while (before > 0 && (t[before - 1].is("a") || t[before - 1].is("the") || t[before - 1].is(",") ||
                          t[before - 1].is("is") || t[before - 1].is("was")))
      --before;
    read = names_venture(SIZE_MAX, before);
    const std::size_t end = at(claim.end);
    read = read || (end + 1 < t.size() && (t[end].is("called") || t[end].is("named")) &&
                    names_venture(end + 1, SIZE_MAX));
  }
  if (!read) leave_unverified(claim, "unknown member");
}

void SourceSettler::settle_role_order(Claim& claim, const DraftSentence& draft) const {
  // A person named before the title, with the organisation after it and nothing between but the title
  // ("Larry Ellison CEO Safra Catz"), is no form the learner reads a role in ("Oracle CEO Safra Catz",
  // "Catz, Oracle's CEO", "Catz is CEO of Oracle", "Catz (CEO)"): such a reading is not called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::role)
    return;
  const std::string& person = claim.relation->object.name;
  const std::string& org = claim.relation->subject.name;
  // Nor is a person named in lower case ("the board ousted sathe Redn"), which the learner reads as no
  // name.
  if (!person.empty() && person[0] >= 'a' && person[0] <= 'z')
    return leave_unverified(claim, "another reading");
  // From the sentence's start: the person may stand before the claim's span ("chairman Larry Ellison
  // chief executive Safra", the span "chief executive Safra").
  const std::size_t from =
      draft.sentence.first_token < draft.tokens.size() ? draft.tokens[draft.sentence.first_token].start : 0;
  const std::size_t to = std::min(claim.end, draft.text.size());
  const std::string said(draft.text.substr(std::min(from, to), to - std::min(from, to)));
  const std::size_t o = org.empty() ? std::string::npos : said.rfind(org);
  const std::size_t p = person.empty() || o == std::string::npos ? std::string::npos : said.rfind(person, o);
  if (p == std::string::npos || o == std::string::npos || p > o) return;
  const std::string between = said.substr(p + person.size(), o - std::min(o, p + person.size()));
  const bool linked = between.find(',') != std::string::npos || between.find('(') != std::string::npos ||
                      between.find(" is ") != std::string::npos ||
                      between.find(" was ") != std::string::npos ||
                      between.find(" of ") != std::string::npos || between.find(" at ") != std::string::npos;
  if (!linked) leave_unverified(claim, "another reading");
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
      {"outflow", "inflow"}, {"headwind", "tailwind"}, {"men", "women"},       {"male", "female"}};
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
    for (const Token& t : tokenize(source->quote))
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

void SourceSettler::settle_unknown_holder(Claim& claim, const DraftSentence& draft) const {
  // A role given to someone the sources give no role ("SafrSam Altman, OpenAI's chief executive") may
  // be a name the learner could not read beside its title: left unverified rather than called wrong.
  if (claim.verdict != Verdict::contradicted || !claim.relation ||
      claim.relation->relation != ValueKind::role)
    return;
  // Nor is one the sources give the same title at another organisation ("Stargate chairman Larry Ellison"
  // where the learner took the title for Oracle's): the sentence may say what the learner misread.
  const Entity* who = claim.relation->object.entity;
  const Fact* bound = claim.fact;
  bool holds_a_role = false, same_title_elsewhere = false;
  for (std::size_t fi : role_facts_) {
    const Fact& f = facts_.facts()[fi];
    if (!who) break;
    bool holds = f.value.entity == who->id;
    for (const FactValue& v : f.earlier) holds = holds || v.entity == who->id;
    holds_a_role = holds_a_role || holds;
    same_title_elsewhere = same_title_elsewhere ||
                           (holds && bound && f.predicate == bound->predicate && f.subject != bound->subject);
  }
  const auto leave = [&] {
    claim.verdict = Verdict::unverified;
    claim.fact = nullptr;
    claim.value = nullptr;
    claim.earlier = nullptr;
  };
  if (!holds_a_role || same_title_elsewhere) return leave();
  // Nor one the fact's own source sentence names too ("chairman Larry Ellison, chief executive Safra Catz"
  // read two ways): the learner and the sentence's reader disagree on whose title it is.
  bool named_in_its_sentence = false;
  if (const Source* source = bound ? facts_.source(bound->source) : nullptr; source && who)
    named_in_its_sentence = source->quote.find(who->name) != std::string::npos;
  // Nor what a source says in these very words: its reading is not the sources' error.
  const std::string said(draft.text.substr(std::min(claim.start, draft.text.size()),
                                           claim.end > claim.start ? claim.end - claim.start : 0));
  // Or names the holder and the organisation in one sentence: a reading of that sentence, not the
  // sources' word against it.
  const Entity* org = claim.relation->subject.entity;
  const auto names_both = [&](const Source& src) {
    return (!said.empty() && src.quote.find(said) != std::string::npos) ||
           (who && org && src.quote.find(who->name) != std::string::npos &&
            src.quote.find(org->name) != std::string::npos);
  };
  // Both ways need the holder's last name, which the claim's words give: only the sentences with that
  // word are read.
  std::string last, last_stem;
  if (who)
    for (const Token& t : tokenize(who->name))
      if (t.is_word()) last = who->name.substr(t.start, t.end - t.start), last_stem = stem(t.norm);
  if (!named_in_its_sentence && !last.empty() && said.find(last) != std::string::npos) {
    for (std::size_t i : aligner_->sentences_with(last_stem))
      if ((named_in_its_sentence = names_both(facts_.sources()[i]))) break;
  } else {
    for (const Source& src : facts_.sources())
      if (named_in_its_sentence || (named_in_its_sentence = names_both(src))) break;
  }
  if (named_in_its_sentence) leave();
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
  claim.verdict = Verdict::supported;
  claim.fact = later;
  claim.value = &later->value;
  claim.earlier = nullptr;
  claim.deviation = later->value.amount != 0
                        ? (claim.quantity->value - later->value.amount) / later->value.amount
                        : std::nan("");
}

SourceSettler::SourceSettler(const FactBase& facts) : facts_(facts) {
  for (std::size_t i = 0; i < facts_.facts().size(); ++i)
    if (const Predicate* p = facts_.predicate(facts_.facts()[i].predicate); p && p->value == ValueKind::role)
      role_facts_.push_back(i);
  for (const Source& s : facts_.sources())
    source_numbers_.insert(source_numbers_.end(), s.numbers.begin(), s.numbers.end());
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
    c.verdict = Verdict::outdated;
    c.fact = d.other;
    c.value = &d.other->value;
    c.earlier = d.then;
    c.deviation = d.other->value.amount != 0
                      ? (c.quantity->value - d.other->value.amount) / d.other->value.amount
                      : std::nan("");
    if (c.binding) {
      c.binding->runner_up = c.binding->fact;
      c.binding->fact = d.other;
      c.binding->signals.push_back("revised-by:" + d.other->id);
    }
  } else if (d.why && d.other && std::string_view(d.why) == "another figure's words") {
    // Two figures given each other's words ("Rail 14%, barges 41%" for rail's 41% and barges' 14%): the
    // figure is wrong for what the draft's words are of.
    const Fact* given = c.fact;
    c.verdict = Verdict::contradicted;
    c.fact = d.other;
    c.value = &d.other->value;
    c.earlier = nullptr;
    c.deviation = d.other->value.amount != 0
                      ? (c.quantity->value - d.other->value.amount) / d.other->value.amount
                      : std::nan("");
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
  settle_direction(c, draft);
  settle_order_only(c);
  settle_others_view(c, draft);
  settle_own_sentence(c, draft);
}

}  // namespace factcheck
