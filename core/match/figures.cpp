// Stage 4b: each figure binds to the fact whose subject, object, predicate and context fit it best
// within its sentence, and the fact's value decides the verdict.
#include "match/figures.hpp"

#include "match/figure_judge.hpp"

#include "model/units.hpp"

#include <algorithm>
#include <tuple>

namespace factcheck {

std::vector<Claim> FigureJudge::run(std::size_t& considered) {
  find_descriptors();
  find_referrals();
  find_cued_predicates();
  find_leads();
  find_facts_here();
  considered += facts_here_.size();
  if (figures_.empty()) return {};
  if (!facts_here_.empty()) count_breaks();
  candidates_ = score_candidates();
  bind();
  find_qualifiers();
  std::vector<Claim> claims;
  for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
    const QuantityMention& q = *figures_[qi];
    if (q.kind == QuantityKind::number && !bound_[qi]) continue;  // a bare number claims nothing checkable
    if (q.kind == QuantityKind::date && q.unit == "relative") continue;  // "last year" alone says little
    if (is_citation(q)) continue;  // "(Microsoft, 2019)" names a source, not a date of anything
    if (std::find(qualifiers_.begin(), qualifiers_.end(), &q) != qualifiers_.end()) continue;
    claims.push_back(judge(qi));
  }
  judge_corrections(claims);
  judge_since(claims);
  judge_event_dates(claims);
  // The dates that say when the figures' events happened are claims too: "$750 million into the
  // October 2024 round" dates the round rightly, "... in 2021" wrongly.
  for (const QuantityMention* d : qualifiers_)
    if (std::optional<Claim> c = judge_date(*d, claims)) claims.push_back(std::move(*c));
  return claims;
}

bool FigureJudge::is_citation(const QuantityMention& q) const {
  const auto& t = v_.tokens;
  const std::size_t first = v_.sentence.first_token, end = v_.sentence.last_token;
  if (q.kind != QuantityKind::date || q.last_token >= end || !t[q.last_token].is(")") ||
      q.first_token < first + 3 || !t[q.first_token - 1].is(","))
    return false;
  // Back over the author's name (a few capitalised words, "et al.") to the opening bracket.
  for (std::size_t k = q.first_token - 1; k > first && q.first_token - k < 7; --k) {
    if (t[k - 1].is("(")) return k + 1 < q.first_token;
    if (!(t[k - 1].is_word() || t[k - 1].is("."))) return false;
  }
  return false;
}

bool FigureJudge::given_as_earlier(std::size_t qi) const {
  const std::size_t k = leads_[qi];
  const auto& t = v_.tokens;
  if (k < v_.sentence.first_token + 2 || !t[k - 1].is("from")) return false;
  return token_is(t[k - 2], {"up", "down", "rose", "risen", "grew", "climbed", "increased", "jumped"});
}

void FigureJudge::judge_event_dates(std::vector<Claim>& claims) {
  // "Nadella wrote the company's first cheque to OpenAI in 2019": a date with no figure beside it, and
  // one dated event of the sentence's cue, subject and context cues that it fits. Only a match is
  // marked: the sentence may date another event of the same kind the base does not hold.
  if (std::any_of(claims.begin(), claims.end(), [](const Claim& c) {
        return c.fact && c.quantity && c.quantity->kind != QuantityKind::date;
      }))
    return;
  for (Claim& c : claims) {
    if (c.fact || c.relation || !c.quantity || c.quantity->kind != QuantityKind::date ||
        c.quantity->comparator != Comparator::none || c.quantity->unit == "relative")
      continue;
    std::size_t at = figures_.size();
    for (std::size_t i = 0; i < figures_.size(); ++i)
      if (figures_[i]->start == c.quantity->start) at = i;
    // "did not take part in the October 2024 round": the event is denied, and its date confirms nothing.
    if (at == figures_.size() || polarity(at) != Polarity::asserted) continue;
    const Fact* only = nullptr;
    for (FactHere& h : facts_here_) {
      const Fact& f = all_[h.fact];
      if (f.when.empty() || h.predicate->value == ValueKind::date) continue;
      if (!h.context->empty() && nearest_phrase(at, h) == kFar) continue;
      if (nearest_cue(at, h.predicate) > kCueReach || !roles_fit(at, f)) continue;
      const std::vector<Interval> spans = fact_spans(f);
      if (std::none_of(spans.begin(), spans.end(),
                       [&](const Interval& span) { return when_said(*c.quantity).overlaps(span); }))
        continue;
      if (only && only != &f) {
        only = nullptr;
        break;
      }
      only = &f;
    }
    if (!only) continue;
    c.fact = only;
    c.value = &only->value;
    c.verdict = Verdict::supported;
    c.binding.reset();
  }
}

void FigureJudge::judge_since(std::vector<Claim>& claims) const {
  // "has put roughly $13bn in since 2019": the start of the series the figure sums, the earliest
  // event of the same subject, predicate and object the base dates. Only a match is marked: the start
  // of a running total is said loosely.
  for (Claim& c : claims) {
    if (c.fact || !c.quantity || c.quantity->kind != QuantityKind::date ||
        (c.quantity->comparator != Comparator::since &&
         (c.quantity->comparator != Comparator::none || !in_since_phrase(c.quantity->first_token))))
      continue;
    const Claim* total = nullptr;
    for (const Claim& o : claims)
      if (o.fact && o.quantity && o.quantity->kind != QuantityKind::date && !o.relation) total = &o;
    if (!total) continue;
    const Fact& f = *total->fact;
    const Fact* first = nullptr;
    for (const Fact& g : all_)
      if (g.subject == f.subject && g.predicate == f.predicate && g.object == f.object && !g.when.empty() &&
          (!first || g.when < first->when))
        first = &g;
    if (!first || first->when.compare(0, 4, c.quantity->date, 0, 4) != 0) continue;
    c.fact = first;
    c.value = &first->value;
    c.verdict = Verdict::supported;
    c.binding.reset();
  }
}

void FigureJudge::judge_corrections(std::vector<Claim>& claims) const {
  // "it is $80 billion, not $50 billion": a figure denied right after another of the same fact is judged
  // by that fact too. Denying a wrong figure is right; denying the fact's own value is wrong.
  const auto& t = v_.tokens;
  for (std::size_t i = 1; i < claims.size(); ++i) {
    Claim& c = claims[i];
    const Claim& before = claims[i - 1];
    if (c.fact || !c.quantity || !before.fact || !before.quantity || before.relation) continue;
    const std::size_t k = c.quantity->first_token;
    const std::size_t gap = before.quantity->last_token;
    if (k < gap + 1 || k > gap + 2 || !t[k - 1].is("not")) continue;
    if (c.quantity->kind != before.quantity->kind) continue;
    const Fact& f = *before.fact;
    const bool fits_fact = agrees(*c.quantity, f.value);
    if (before.verdict == Verdict::supported && !fits_fact) {
      c.verdict = Verdict::supported;
    } else if (before.verdict == Verdict::contradicted && fits_fact) {
      c.verdict = Verdict::contradicted;
    } else {
      continue;
    }
    c.fact = &f;
    c.value = &f.value;
    c.polarity = Polarity::negated;
    c.binding.reset();
  }
}

std::optional<Claim> FigureJudge::judge_date(const QuantityMention& d,
                                             const std::vector<Claim>& claims) const {
  if (d.unit == "relative") return std::nullopt;
  // The event it dates: the nearest figure bound to a fact with an event date.
  const Claim* dated = nullptr;
  std::size_t best = kFar;
  // The nearest figure of all decides: the date is not another figure's ("the October-24 $750m top-up"
  // dates the $750m, not the $1bn before it); one bound by its value alone can confirm it, never deny it.
  for (const Claim& c : claims) {
    if (!c.quantity || c.quantity->kind == QuantityKind::date) continue;
    // "(about 110 billion yen at the time)": the figure before the bracket is the one dated.
    bool restated = false;
    std::size_t last = c.quantity->last_token;
    for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
      if (figures_[qi]->start != c.quantity->start) continue;
      restated = restates_the_one_before(qi);
      last = end_with_restatement(qi);
    }
    if (restated) continue;
    const std::size_t gap = c.quantity->first_token >= d.last_token ? c.quantity->first_token - d.last_token
                            : d.first_token >= last                 ? d.first_token - last
                                                                    : 0;
    if (gap < best) {
      best = gap;
      dated = &c;
    }
  }
  if (dated && (!dated->fact || dated->fact->when.empty())) dated = nullptr;
  Interval when;
  if (!dated || !parse_date_span(dated->fact->when, when)) return std::nullopt;
  const bool agrees = when_said(d).overlaps(when);
  if (!agrees && bound_by_value(*dated->quantity)) return std::nullopt;  // evidence for it, never against
  // A wrong date is wrong only of the event the figure's value identifies.
  if (!agrees && dated->verdict != Verdict::supported) return std::nullopt;
  Claim claim;
  claim.start = d.start;
  claim.end = d.end;
  claim.quantity = d;
  claim.fact = dated->fact;
  claim.value = &dated->fact->value;
  claim.verdict = agrees ? Verdict::supported : Verdict::contradicted;
  claim.modality = dated->modality;
  return claim;
}

void FigureJudge::bind() {
  const std::size_t n = figures_.size();
  std::vector<Candidate> weighed = candidates_;
  for (Candidate& c : weighed) {
    // A fact with an open bound ("up to $500 billion") or a vague value admits many figures: fitting it
    // says less.
    const Interval& v = all_[c.fact].value.interval;
    const bool open = !std::isfinite(v.low) || !std::isfinite(v.high) ||
                      all_[c.fact].value.comparator == Comparator::order;  // "tens of billions" too
    c.score += c.fits ? (open ? kFitWeight / 2 : kFitWeight) : 0;
  }
  sort_by_score(weighed);
  bound_ = assign(weighed, n, all_);
  fitted_.assign(n, false);
  for (const Candidate& c : weighed)
    if (bound_[c.quantity] == &all_[c.fact]) fitted_[c.quantity] = c.fits;
  for (const Candidate& c : weighed) {
    if (bound_[c.quantity] || !c.fits) continue;
    bound_[c.quantity] = &all_[c.fact];
    fitted_[c.quantity] = true;
  }
  by_value_.assign(n, false);
  // A figure none of whose cued facts is free: "Microsoft's $14 Billion OpenAI Bet Leaves It Outside
  // the $500 Billion Stargate Tent" gives the total to the first figure.
  for (std::size_t qi = 0; qi < n; ++qi)
    if (!bound_[qi] && std::none_of(candidates_.begin(), candidates_.end(), [&](const Candidate& c) {
          return c.quantity == qi && std::find(bound_.begin(), bound_.end(), &all_[c.fact]) == bound_.end();
        }))
      bind_by_value(qi);
}

bool FigureJudge::leads(std::size_t qi, const Fact& g) const {
  const QuantityMention& q = *figures_[qi];
  const EntityMention* first = nullptr;
  for (const EntityMention& m : v_.entities) {
    if (m.first_token == q.last_token && m.entity->id == g.subject) return true;  // "$500 BLN STARGATE"
    if (!first && !is_descriptor(m) && !m.entity->is_person() && m.last_token <= q.first_token) first = &m;
  }
  if (!first) return is_referred(g.subject);
  return first->entity->id == g.subject;
}

bool FigureJudge::context_here(std::size_t qi, std::size_t fact, const Predicate& pred) const {
  FactHere h{fact, &pred, &lexicon_.context(fact), nullptr, -1};
  return !h.context->empty() && nearest_phrase(qi, h) != kFar;
}

bool FigureJudge::bound_by_value(const QuantityMention& q) const {
  for (std::size_t qi = 0; qi < figures_.size(); ++qi)
    if (by_value_[qi] && figures_[qi]->start == q.start) return true;
  return false;
}

void FigureJudge::bind_by_value(std::size_t qi) {
  const QuantityMention& q = *figures_[qi];
  if (q.kind == QuantityKind::date || q.kind == QuantityKind::number) return;
  // "Over $10 billion" or "tens of billions" fits too much to tell one fact by; "up to $500B" only the
  // fact that says "up to" the same.
  const bool open = !std::isfinite(q.interval.low) || !std::isfinite(q.interval.high);
  if (q.comparator == Comparator::order) return;
  const Fact* only = nullptr;
  if (!figure_facts_) {
    // The same for every figure of the sentence: walked once (a large learned base has hundreds). The
    // facts of the entities named here; in a figure said alone ("did everyone see OpenAI's round
    // closed? $6.6B :rocket:"), of those the last sentences spoke of too.
    figure_facts_ = present_facts(
        [](ValueKind k) {
          return k == ValueKind::money || k == ValueKind::percent || k == ValueKind::count ||
                 k == ValueKind::measure;
        },
        !v_.figure_alone());
  }
  const std::string unit_stem = q.kind == QuantityKind::count ? stem(q.unit) : std::string();
  for (std::size_t gi : *figure_facts_) {
    const Predicate& pred = *lexicon_.predicate_of(gi);
    const Fact& g = all_[gi];
    // The cheapest test first: most of an organisation's facts hold another kind of value.
    if (!kinds_agree(q, g, pred.value, unit_stem, lexicon_.unit_stem(gi))) continue;
    if (!g.object.empty() && !is_named(g.object) && !context_here(qi, gi, pred)) continue;
    // A vague value fits too much; an open one ("up to $500 billion") only when the figure names
    // its bound.
    const Interval& v = g.value.interval;
    if (g.value.comparator == Comparator::order) continue;
    if (open && (g.value.comparator != q.comparator ||
                 std::fabs(q.value - g.value.amount) > 0.05 * std::fabs(g.value.amount)))
      continue;
    if ((!std::isfinite(v.low) || !std::isfinite(v.high)) &&
        std::fabs(q.value - g.value.amount) > 0.05 * std::fabs(g.value.amount))
      continue;
    if (!fits(qi, g) || !roles_fit(qi, g) || !leads(qi, g)) continue;
    if (part_of_the_whole(qi, FactHere{gi, &pred, &lexicon_.context(gi), nullptr, -1})) continue;
    // With nothing but the value to go on, a plain figure must name a hedged value itself: "72 per
    // cent" is within what "about two-thirds" admits, but says another figure.
    if (q.comparator == Comparator::none && q.unit == g.value.unit) {
      const auto named = [&](const FactValue& v) {
        return v.comparator == Comparator::none || std::fabs(q.value - v.amount) <= q.step / 2 * (1 + 1e-9);
      };
      if (!named(g.value) && std::none_of(g.earlier.begin(), g.earlier.end(), named)) continue;
    }
    if (only && only != &g) return;  // two facts fit: the value alone cannot tell them apart
    only = &g;
  }
  if (!only || std::find(bound_.begin(), bound_.end(), only) != bound_.end()) return;
  bound_[qi] = only;
  fitted_[qi] = true;
  by_value_[qi] = true;
  const double subject = closeness(nearest_entity(qi, only->subject));
  const double object = only->object.empty() ? 0 : closeness(nearest_entity(qi, only->object));
  candidates_.push_back({subject + object, qi, static_cast<std::size_t>(only - all_.data()), true});
}

const Candidate* FigureJudge::candidate(std::size_t qi, const Fact* fact) const {
  for (const Candidate& c : candidates_)
    if (c.quantity == qi && &all_[c.fact] == fact) return &c;
  return nullptr;
}

const Candidate* FigureJudge::cue_rival(std::size_t qi, const Fact& bound) const {
  if (by_value_[qi]) return nullptr;
  // The last cue of a predicate before the figure, as a token index (0 if none).
  const std::size_t lead = leads_[qi];
  const auto last_cue_before = [&](const Predicate* pred) {
    std::size_t at = 0;
    for (const CueMention& c : cues_)
      if (c.predicate == pred && c.last_token <= lead) at = std::max(at, c.last_token);
    return at;
  };
  const Predicate* bound_predicate = facts_.predicate(bound.predicate);
  // With no cue of its own before the figure, the bound fact has only words after it ("OpenAI's last
  // raise was $750M, and MSFT put in the whole $6.6B"): a verb right before the figure answers first.
  const std::size_t mine = last_cue_before(bound_predicate);
  for (const Candidate& c : candidates_) {
    if (c.quantity != qi || &all_[c.fact] == &bound || c.fits) continue;
    const Predicate* other = lexicon_.predicate_of(c.fact);  // by pointer: a large base has many candidates
    if (other == bound_predicate) continue;
    // The other verb stands between the bound fact's cue and the figure, within a few words of it.
    const std::size_t theirs = last_cue_before(other);
    if (theirs <= mine || lead - theirs > 3) continue;
    if (mine > 0) return &c;
    // The bound fact's words all after the figure: only a word that says the figure is its own ("raise
    // was $750M", "valuation stood at $157bn") answers first.
    bool copula = lead > theirs;
    for (std::size_t k = theirs; k < lead && copula; ++k)
      copula =
          token_is(v_.tokens[k], {"was", "is", "were", "are", "stood", "stands", "totalled", "totaled"}) ||
          (v_.tokens[k].is("at") && k > 0 && token_is(v_.tokens[k - 1], {"stood", "stands"}));
    if (copula) return &c;
  }
  return nullptr;
}

const Candidate* FigureJudge::rival(std::size_t qi, const Fact* fact) const {
  for (const Candidate& c : candidates_) {
    if (c.quantity != qi || &all_[c.fact] == fact) continue;
    if (!c.fits && off_scale(qi, all_[c.fact])) continue;  // no rival if it could not be the figure's fact
    const bool taken =
        std::any_of(bound_.begin(), bound_.end(), [&](const Fact* b) { return b == &all_[c.fact]; });
    if (!taken) return &c;  // candidates_ are best first
  }
  return nullptr;
}

void FigureJudge::find_qualifiers() {
  // Each plain date dates the bound figure nearest to it: in "contributed 6.6 bln dlrs to the round, has
  // invested 14 bln dlrs, starting with 1 bln dlrs in July 2019", July 2019 is the 1 bln dlrs' date.
  for (std::size_t di = 0; di < bound_.size(); ++di) {
    const QuantityMention& d = *figures_[di];
    // Only a plain date dates an event: "through 2030" is a bound of its own. A day with no year
    // ("fiscal year ends 30 June") dates nothing.
    if (bound_[di] || !is_calendar_date(d) || d.comparator != Comparator::none || is_yearless(d) ||
        is_citation(d) || in_since_phrase(d.first_token))
      continue;
    // The nearest figure of any kind: "up from 29 bln dlrs in early 2023" dates the 29 bln, unbound or
    // not, and no other figure of the sentence.
    std::size_t owner = kFar, best = kFar;
    for (std::size_t qi = 0; qi < bound_.size(); ++qi) {
      const QuantityMention& q = *figures_[qi];
      if (is_calendar_date(q) || (q.kind == QuantityKind::number && !bound_[qi])) continue;
      // A figure restated in brackets is the one before it: "1 billion dollars (about 110 billion yen at
      // the time) in 2019" dates the dollars.
      if (restates_the_one_before(qi)) continue;
      const std::size_t last = end_with_restatement(qi);
      const std::size_t gap = q.first_token >= d.last_token ? q.first_token - d.last_token
                              : d.first_token >= last       ? d.first_token - last
                                                            : 0;
      if (gap < best) {
        best = gap;
        owner = qi;
      }
    }
    if (owner == kFar || !bound_[owner] || by_value_[owner]) continue;
    // Not across a clause with a subject of its own: "OpenAI only got started in 2015 and it's already
    // worth $157B" does not date the $157B.
    const QuantityMention& q = *figures_[owner];
    const std::size_t from = std::min(q.last_token, d.last_token),
                      to = std::max(q.first_token, d.first_token);
    bool apart = false;
    for (std::size_t k = from; k + 1 < to && !apart; ++k)
      apart = token_is(v_.tokens[k], {"and", "but", "while", "whereas", ";"}) &&
              token_is(v_.tokens[k + 1], {"it", "it's", "they", "he", "she", "we", "this", "that"});
    if (apart) continue;
    qualifiers_.push_back(&d);
    dated_figure_.push_back(owner);
  }
}

std::size_t FigureJudge::end_with_restatement(std::size_t qi) const {
  // "1 billion dollars (about 110 billion yen at the time)": the figure reaches past its bracket.
  const auto& t = v_.tokens;
  for (std::size_t qj = 0; qj < figures_.size(); ++qj) {
    if (qj == qi || !restates_the_one_before(qj) || figures_[qj]->first_token < figures_[qi]->last_token ||
        figures_[qj]->first_token > figures_[qi]->last_token + 4)
      continue;
    for (std::size_t k = figures_[qj]->last_token;
         k < v_.sentence.last_token && k < figures_[qj]->last_token + 8; ++k)
      if (t[k].is(")")) return k + 1;
  }
  return figures_[qi]->last_token;
}

bool FigureJudge::restates_the_one_before(std::size_t qi) const {
  const auto& t = v_.tokens;
  std::size_t k = leads_[qi];
  while (k > v_.sentence.first_token && leads_[qi] - k < 3 && !t[k - 1].is("(")) {
    if (!token_is(t[k - 1], {"about", "roughly", "around", "some", "approximately", "or", "c.", "~"}))
      return false;
    --k;
  }
  if (k == v_.sentence.first_token || !t[k - 1].is("(")) return false;
  return std::any_of(figures_.begin(), figures_.end(),
                     [&](const QuantityMention* p) { return p != figures_[qi] && p->last_token + 1 == k; });
}

std::vector<const QuantityMention*> FigureJudge::dates_of(std::size_t qi) const {
  std::vector<const QuantityMention*> out;
  for (std::size_t i = 0; i < qualifiers_.size(); ++i)
    if (dated_figure_[i] == qi) out.push_back(qualifiers_[i]);
  return out;
}

std::string FigureJudge::doubt(std::size_t qi, const Fact& f, const Candidate& c,
                               const Candidate* runner) const {
  const QuantityMention& q = *figures_[qi];
  if (polarity(qi) != Polarity::asserted) return "denied";
  if (runner && c.score - runner->score < kMargin) return "close call";
  const Predicate* pred = facts_.predicate(f.predicate);
  const std::size_t cue = nearest_cue(qi, pred);
  const std::size_t subject = nearest_entity(qi, f.subject);
  if (pred->value == ValueKind::date) {
    // "OpenAI was founded in 2015": the date right after its cue, the subject right before it; or a
    // bound ("exclusive ... until 2028") anywhere in the cue's clause.
    const bool bound = q.comparator == Comparator::until || q.comparator == Comparator::since;
    const bool tight = cue <= kDateCueReach && subject <= kDateCueReach + 4;
    const bool bounded = bound && cue <= kCueReach + 2 && subject <= kSubjectReach + 6;
    return tight || bounded ? "" : "loose";
  }
  if (cue > kCueReach || subject == kFar) return "loose";
  // A plan or a possibility ("in talks to raise", "could") is not an event the base dates to before
  // its source: it is another one.
  if (planned_after(qi, f)) return "a plan";
  // A scope the fact does not have: "in the quarter" against a year's figure.
  if (!f.when.empty() && speaks_of_short_period()) return "another period";
  // Another year: the sentence dates the figure to a time the fact does not cover. (A fact that
  // changed over time answers for itself: judge_in_time() leaves a date none of its values covers
  // unverified, saying from when the base knows it.)
  const std::vector<Interval> spans = f.time_scoped ? std::vector<Interval>{} : fact_spans(f);
  for (const QuantityMention* d : dates_of(qi)) {
    if (d->unit == "relative" || spans.empty()) continue;
    if (std::none_of(spans.begin(), spans.end(),
                     [&](const Interval& s) { return when_said(*d).overlaps(s); }))
      return "another year";
  }
  if (off_scale(qi, f)) return "off scale";
  if (fitting_sibling(qi, f)) return "fits another";
  return "";
}

const Fact* FigureJudge::unreadable_pair(std::size_t qi) const {
  const Fact* f = bound_[qi];
  if (!f) return nullptr;
  for (std::size_t qj = 0; qj < figures_.size(); ++qj) {
    const Fact* g = bound_[qj];
    if (qj == qi || !g || g == f || g->subject != f->subject ||
        facts_.predicate(g->predicate)->value != facts_.predicate(f->predicate)->value)
      continue;
    // A bound read in any language tells them apart: "bis zu 500 Milliarden" is the "up to" fact's.
    const auto told_by_bound = [&](const QuantityMention& q, const Fact& own, const Fact& other) {
      return q.comparator != Comparator::none && q.comparator == own.value.comparator &&
             other.value.comparator != q.comparator;
    };
    if (told_by_bound(*figures_[qi], *f, *g) || told_by_bound(*figures_[qj], *g, *f)) continue;
    // So does each figure's own verb right before it: "ha raccolto 6,6 miliardi … ha valutato OpenAI
    // 175 miliardi".
    const auto own_cue = [&](std::size_t q, const Fact& own) {
      const Predicate* p = facts_.predicate(own.predicate);
      return std::any_of(cues_.begin(), cues_.end(), [&](const CueMention& c) {
        return c.predicate == p && c.last_token <= leads_[q] && leads_[q] - c.last_token <= 3;
      });
    };
    if (f->predicate != g->predicate && own_cue(qi, *f) && own_cue(qj, *g)) continue;
    if (english_ < 0) english_ = in_english(v_.text, v_.tokens, v_.sentence) ? 1 : 0;
    return english_ == 1 ? nullptr : g;
  }
  return nullptr;
}

bool FigureJudge::speaks_of_short_period() const {
  if (short_period_ < 0) {
    short_period_ = 0;
    for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token && !short_period_; ++k)
      short_period_ = is_short_period(v_.tokens[k]) ? 1 : 0;
  }
  return short_period_ == 1;
}

const Fact* FigureJudge::fitting_sibling(std::size_t qi, const Fact& f) const {
  // Only a plain figure can be told apart so: a bound or an order of magnitude fits too much, and so
  // does a fact's open or vague value ("up to $500 billion", "tens of billions"). A context cue of the
  // bound fact settles it ("into the round").
  const QuantityMention& q = *figures_[qi];
  if (q.comparator != Comparator::none && q.comparator != Comparator::approx &&
      q.comparator != Comparator::exactly)
    return nullptr;
  if (!lexicon_.context(static_cast<std::size_t>(&f - all_.data())).empty()) return nullptr;
  const ValueKind kind = facts_.predicate(f.predicate)->value;
  for (std::size_t gi : present_facts([kind](ValueKind k) { return k == kind; }, false)) {
    const Fact& g = all_[gi];
    if (&g == &f || (!g.object.empty() && !is_present(g.object))) continue;
    if (std::find(bound_.begin(), bound_.end(), &g) != bound_.end()) continue;
    const Interval& v = g.value.interval;
    if (!std::isfinite(v.low) || !std::isfinite(v.high) || g.value.comparator == Comparator::order) continue;
    if (kinds_agree(q, g, kind) && fits(qi, g) && roles_fit(qi, g)) return &g;
  }
  return nullptr;
}

const Fact* FigureJudge::period_of_a_sibling(std::size_t qi, const Fact& f) const {
  const QuantityMention& q = *figures_[qi];
  if (q.kind != QuantityKind::money && q.kind != QuantityKind::count) return nullptr;
  const auto lower = [](std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
  };
  for (const QuantityMention* d : figures_) {
    if (d->kind != QuantityKind::duration || d->first_token < q.last_token ||
        d->first_token > q.last_token + 3)
      continue;
    bool over = false;
    for (std::size_t k = q.last_token; k < d->first_token; ++k)
      over = over || token_is(v_.tokens[k], {"over", "across", "within", "during"});
    const std::string period = lower(v_.text.substr(d->start, d->end - d->start));
    const Entity* subject = facts_.entity(f.subject);
    if (!over || !subject || lower(f.statement).find(period) != std::string::npos) continue;
    for (std::size_t gi : lexicon_.facts_for(facts_.predicate(f.predicate), subject))
      if (&all_[gi] != &f && lower(all_[gi].statement).find(period) != std::string::npos) return &all_[gi];
  }
  return nullptr;
}

bool FigureJudge::off_scale(std::size_t qi, const Fact& f) const {
  const QuantityMention& q = *figures_[qi];
  const bool singled_out = !lexicon_.context(static_cast<std::size_t>(&f - all_.data())).empty();
  return !on_scale(q, f.value) && !singled_out;
}

Claim FigureJudge::judge(std::size_t qi) const {
  const QuantityMention& q = *figures_[qi];
  Claim claim;
  claim.start = q.start;
  claim.end = q.end;
  claim.quantity = q;
  const Fact* fact = bound_[qi];
  // The best candidate, bound or not: an unverified figure's explanation names the fact that came close.
  const Candidate* best = fact ? candidate(qi, fact) : nullptr;
  if (!best)
    for (const Candidate& c : candidates_)
      if (c.quantity == qi) {
        best = &c;
        break;
      }
  // How the sentence says it matters only where a fact came close: most figures have none.
  if (best || fact) {
    claim.polarity = polarity(qi);
    claim.modality = modality(qi);
  }
  if (best) {
    const Fact& bf = all_[best->fact];
    const Candidate* runner = rival(qi, &bf);
    Binding b;
    b.fact = &bf;
    b.score = std::round(best->score * 100) / 100;  // two decimals say all a reader needs
    b.runner_up = runner ? &all_[runner->fact] : nullptr;
    b.runner_up_score = runner ? std::round(runner->score * 100) / 100 : 0;
    b.signals = signals(bf, best->fits);
    if (!fact) {
      b.abstained = "taken";  // its fact went to another figure of the sentence
    } else if (const Candidate* nearer = cue_rival(qi, *fact)) {
      // "that October round valued OpenAI at six point six billion": the verb right before the figure
      // is the valuation's; the round size it fits is no answer to that.
      b.abstained = "close call";
      b.runner_up = &all_[nearer->fact];
      b.runner_up_score = std::round(nearer->score * 100) / 100;
    } else if (const Fact* other = unreadable_pair(qi)) {
      b.abstained = "which is which";
      b.runner_up = other;
      const Candidate* r = candidate(qi, other);
      b.runner_up_score = r ? std::round(r->score * 100) / 100 : 0;
    } else if (const Fact* whose = period_of_a_sibling(qi, *fact)) {
      b.abstained = "another fact's period";
      b.runner_up = whose;
    } else if (!fitted_[qi]) {
      b.abstained = doubt(qi, *fact, *best, runner);
      if (b.abstained == "fits another") {
        b.runner_up = fitting_sibling(qi, *fact);  // the one it fits, named in the explanation
        const Candidate* r = candidate(qi, b.runner_up);
        b.runner_up_score = r ? std::round(r->score * 100) / 100 : 0;
      }
    } else if (claim.polarity != Polarity::asserted && !strongly_denied(qi, *fact)) {
      b.abstained = "denied";
    } else if (planned_after(qi, *fact)) {
      b.abstained = "a plan";
    }
    if (!b.abstained.empty()) fact = nullptr;
    claim.binding = std::move(b);
  }
  claim.fact = fact;
  if (!claim.fact) {
    claim.other_currency = other_currency_[qi];
    return claim;
  }
  // A figure in another unit than the fact's is judged in the fact's unit ("10 miles" as 16.09 km).
  claim.compared = in_unit(q, claim.fact->value.unit);
  // A day with no year is judged in the year of the fact's date ("announced on January 22").
  const std::optional<QuantityMention> dated = in_fact_year(q, claim.fact->value);
  const QuantityMention& judged = claim.compared ? *claim.compared : dated ? *dated : q;
  if (claim.fact->time_scoped) {
    claim.date_said = judge_in_time(claim, judged, *claim.fact, dates_of(qi), v_.text);
  } else {
    judge_event(claim, judged, *claim.fact);
  }
  // "up from $13bn at the end of September": a figure given as the earlier value it is.
  if (claim.verdict == Verdict::outdated && given_as_earlier(qi)) claim.verdict = Verdict::supported;
  // A fact that gives only a bound ("at least EUR 1.10", "up to 30%") confirms no exact figure well inside
  // it ("EUR 1.20 a share"), nor a higher floor: those are neither supported nor contradicted. A higher
  // ceiling overstates it: "up to $600 billion" is not the "up to $500 billion" planned.
  const Bounded bounded = claim.verdict == Verdict::supported && claim.value
                              ? against_bound(judged, *claim.value)
                              : Bounded::decided;
  if (bounded == Bounded::overstated) claim.verdict = Verdict::contradicted;
  // Said to be the bound's own figure ("Stargate's total planned investment is $100 billion"), a figure
  // well inside it understates it.
  bool whole = false;
  for (std::size_t k = leads_[qi]; k > v_.sentence.first_token && k + 8 > leads_[qi] && !whole; --k)
    whole = token_is(v_.tokens[k - 1], {"total", "overall", "entire"});
  if (bounded == Bounded::undecided && whole) {
    claim.verdict = Verdict::contradicted;
  } else if (bounded == Bounded::undecided) {
    // Inside "up to $500 billion", "$100 billion" is the $100 billion deployed at once, if the subject has
    // that fact: the figure it fits exactly is the evidence.
    const Fact* exact = fitting_sibling(qi, *claim.fact);
    if (!exact || exact->subject != claim.fact->subject) return withdrawn(std::move(claim), "only a bound");
    if (claim.binding) {
      claim.binding->runner_up = claim.fact;
      claim.binding->fact = exact;
      claim.binding->signals = signals(*exact, true);
    }
    claim.fact = exact;
    claim.value = &exact->value;
    claim.verdict = Verdict::supported;
  }
  // A figure of a sentence that names no one, bound through the last sentences' topic, is evidence for
  // its fact and never against it.
  if (only_topic(claim.fact->subject) &&
      (claim.verdict != Verdict::supported || claim.polarity != Polarity::asserted))
    return withdrawn(std::move(claim), "loose");
  // Bound by its value alone, a figure is evidence for its fact, never against it; so is one whose
  // fact's object the text never names.
  const bool object_unnamed =
      !claim.fact->object.empty() && !is_present(claim.fact->object) && !named_before(claim.fact->object);
  // "has poured $2.4 billion into it": a recipient the sentence gives, and not the fact's.
  if (object_unnamed && q.last_token + 1 < v_.sentence.last_token &&
      token_is(v_.tokens[q.last_token], {"in", "into", "to"}) &&
      token_is(v_.tokens[q.last_token + 1], {"it", "them", "this", "that", "its", "their"}))
    return withdrawn(std::move(claim), "another recipient");
  if ((by_value_[qi] || object_unnamed) &&
      (claim.verdict == Verdict::contradicted || claim.polarity != Polarity::asserted))
    return withdrawn(std::move(claim), "loose");
  // A figure whose own clause is about someone else is not a wrong figure of ours: "…, and the Stargate
  // crew is aping $500B into US datacenters", "meanwhile xAI just raised $6B", "while Amazon has put
  // 8 mil milhões".
  if (claim.verdict == Verdict::contradicted && claim.polarity == Polarity::asserted &&
      clause_of_another(qi, *claim.fact))
    return withdrawn(std::move(claim), "another's clause");
  // Nor a right one, where the clause names a company the base does not know and not ours ("and
  // Alphabet is around $75 billion").
  if (claim.verdict == Verdict::supported && claim.polarity == Polarity::asserted &&
      clause_of_another(qi, *claim.fact, true))
    return withdrawn(std::move(claim), "another's clause");
  // A denied figure the fact records is contradicted ("Microsoft has not invested $14 billion in
  // OpenAI"); any other denied figure is left unverified.
  if (claim.polarity != Polarity::asserted) {
    if (claim.verdict == Verdict::supported) {
      claim.verdict = Verdict::contradicted;
    } else {
      claim.verdict = Verdict::unverified;
      claim.fact = nullptr;
      claim.value = nullptr;
      claim.earlier = nullptr;
      if (claim.binding) claim.binding->abstained = "denied";
      return claim;
    }
  }
  set_deviation(claim);
  return claim;
}

Polarity FigureJudge::polarity(std::size_t qi) const {
  if (polarities_.empty()) polarities_.assign(figures_.size(), -1);
  if (polarities_[qi] < 0) polarities_[qi] = static_cast<int>(polarity_before(v_, leads_[qi]));
  return static_cast<Polarity>(polarities_[qi]);
}

Modality FigureJudge::modality(std::size_t qi) const {
  if (modalities_.empty()) modalities_.assign(figures_.size(), -1);
  if (modalities_[qi] < 0) {
    Modality m = clause_modality(v_, leads_[qi]);
    if (m == Modality::fact) {
      if (reported_ < 0) reported_ = reported_in(v_) ? 1 : 0;
      if (reported_ == 1) m = Modality::reported;
    }
    modalities_[qi] = static_cast<int>(m);
  }
  return static_cast<Modality>(modalities_[qi]);
}

bool FigureJudge::planned_after(std::size_t qi, const Fact& f) const {
  const Modality modality = this->modality(qi);
  if (modality != Modality::plan && modality != Modality::possible) return false;
  // A sentence that dates what it says ("In 2021, Microsoft was in talks to invest") speaks of a
  // past event, which its date confirms or contradicts.
  return past_event(f) && dates_of(qi).empty();
}

bool FigureJudge::past_event(const Fact& f) const {
  Interval when, published;
  if (f.when.empty() || !parse_date_span(f.when, when)) return false;
  if (latest_source_ < 0) {
    latest_source_ = 0;
    for (const Source& s : facts_.sources())
      if (parse_date_span(s.date, published)) latest_source_ = std::max(latest_source_, published.low);
  }
  return when.high <= latest_source_;
}

bool FigureJudge::strongly_denied(std::size_t qi, const Fact& f) const {
  const std::size_t lead = leads_[qi];
  const std::size_t from = scope_start(v_, lead);
  const Predicate* pred = facts_.predicate(f.predicate);
  for (std::size_t n = from; n < lead; ++n) {
    if (polarity_in(v_, n, n + 1) == Polarity::asserted) continue;
    if (n + 1 == lead) return true;
    for (const CueMention& c : cues_)
      if (c.predicate == pred && c.first_token > n && c.first_token <= n + 3 && c.last_token <= lead)
        return true;
  }
  return false;
}

void FigureJudge::judge_event(Claim& claim, const QuantityMention& q, const Fact& f) const {
  // The figure is judged by its value; a date the sentence gives it is a claim of its own (judge_date).
  claim.value = &f.value;
  claim.verdict = agrees(q, f.value) ? Verdict::supported : Verdict::contradicted;
}

template <typename Want>
std::vector<std::size_t> FigureJudge::present_facts(Want want, bool named_only) const {
  // In the order of a walk over predicates, then present organisations, then facts: (predicate, entity,
  // fact), so that the first fit found is the one it always was.
  struct Key {
    std::size_t predicate, entity, fact;
  };
  std::vector<Key> keys;
  const Predicate* first = facts_.predicates().data();
  for (std::size_t e = 0; e < present_.size(); ++e) {
    if (named_only && !is_named(present_[e]->id)) continue;
    for (std::size_t gi : lexicon_.facts_of(present_[e])) {
      const Predicate* pred = lexicon_.predicate_of(gi);
      if (pred && want(pred->value)) keys.push_back({static_cast<std::size_t>(pred - first), e, gi});
    }
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.predicate, a.entity, a.fact) < std::tie(b.predicate, b.entity, b.fact);
  });
  std::vector<std::size_t> out;
  out.reserve(keys.size());
  for (const Key& k : keys) out.push_back(k.fact);
  return out;
}

Claim FigureJudge::withdrawn(Claim claim, const char* why) {
  claim.verdict = Verdict::unverified;
  claim.fact = nullptr;
  claim.value = nullptr;
  claim.earlier = nullptr;
  claim.date_said.clear();
  if (claim.binding) claim.binding->abstained = why;
  return claim;
}

FigureJudge::Bounded FigureJudge::against_bound(const QuantityMention& q, const FactValue& v) {
  const auto floor = [](Comparator c) { return c == Comparator::at_least || c == Comparator::more_than; };
  const auto ceiling = [](Comparator c) { return c == Comparator::at_most || c == Comparator::less_than; };
  if ((!floor(v.comparator) && !ceiling(v.comparator)) || v.amount == 0 ||
      std::fabs(q.value - v.amount) <= kBoundReach * std::fabs(v.amount))
    return Bounded::decided;
  if (floor(v.comparator) && floor(q.comparator))
    return q.value > v.amount ? Bounded::undecided : Bounded::decided;
  if (ceiling(v.comparator) && ceiling(q.comparator))
    return q.value > v.amount ? Bounded::overstated : Bounded::undecided;
  const bool closed = std::isfinite(q.interval.low) && std::isfinite(q.interval.high) &&
                      !floor(q.comparator) && !ceiling(q.comparator);
  return closed ? Bounded::undecided : Bounded::decided;  // a closed figure inside the bound
}

void FigureJudge::set_deviation(Claim& claim) const {
  if (!claim.fact || !claim.value) return;
  const Predicate* pred = facts_.predicate(claim.fact->predicate);
  const double said = claim.compared ? claim.compared->value : claim.quantity->value;
  if (pred->value != ValueKind::date && claim.value->amount != 0)
    claim.deviation = (said - claim.value->amount) / claim.value->amount;
}

std::vector<Claim> judge_figures(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
                                 const FactBase& facts, const Lexicon& lexicon, std::size_t& considered) {
  return FigureJudge(view, figures, facts, lexicon).run(considered);
}

}  // namespace factcheck
