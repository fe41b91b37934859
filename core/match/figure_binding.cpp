// The figure judge's binding: one fact per figure, by its evidence or by its value alone, and the doubts
// that leave a bound figure unverified rather than call it wrong (match/figure_judge.hpp).
#include "match/figure_judge.hpp"

#include <tuple>

namespace factcheck {

void FigureJudge::bind() {
  const std::size_t n = figures_.size();
  std::vector<Candidate> weighed = candidates_;
  for (Candidate& c : weighed) {
    // A fact with an open bound ("up to $500 billion") or a vague value admits many figures: fitting it
    // says less.
    // So does a figure of that kind fitting an exact fact: "tens of billions" is the fact that says so
    // before the one that says "nearly $14 billion".
    const FactValue& fv = all_[c.fact].value;
    const Interval& v = fv.interval;
    const QuantityMention& q = *figures_[c.quantity];
    // And a figure with an open bound fitting another value than its own: "up to $500B" admits the
    // $100 billion deployed at once, but names the fact that says "up to $500 billion".
    const bool same_order = q.comparator == Comparator::order && fv.comparator == Comparator::order;
    const bool bounded = !std::isfinite(v.low) || !std::isfinite(v.high) || !std::isfinite(q.interval.low) ||
                         !std::isfinite(q.interval.high);
    const bool own_value = std::fabs(q.value - fv.amount) <= 0.02 * std::fabs(fv.amount);
    const bool open = (bounded && !own_value) ||
                      (fv.comparator == Comparator::order) != (q.comparator == Comparator::order);
    c.score += c.fits ? (open && !same_order ? kFitWeight / 2 : kFitWeight) : 0;
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
    // "five in Slovenia and two in Croatia": a place the figures are in leads none of them.
    const bool place = m.first_token > v_.sentence.first_token && v_.tokens[m.first_token - 1].is("in") &&
                       m.entity->id != g.subject;
    if (!first && !is_descriptor(m) && !m.entity->is_person() && !place && m.last_token <= q.first_token)
      first = &m;
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
  // Only facts holding the kind of value the figure's kind agrees with can fit it (kinds_agree()).
  ValueKind kind = ValueKind::measure;
  if (q.kind == QuantityKind::money || q.kind == QuantityKind::percent || q.kind == QuantityKind::count)
    kind = q.kind == QuantityKind::money     ? ValueKind::money
           : q.kind == QuantityKind::percent ? ValueKind::percent
                                             : ValueKind::count;
  else if (q.kind != QuantityKind::measure && q.kind != QuantityKind::duration)
    return;
  std::optional<std::vector<std::size_t>>& facts = figure_facts_[static_cast<std::size_t>(kind)];
  // The same for every figure of the sentence of that kind: walked once (a large learned base has
  // hundreds). Those of the entities here; fits_alone() keeps the named ones' but in a figure said alone
  // ("did everyone see OpenAI's round closed? $6.6B :rocket:"), where those the last sentences spoke of
  // count too.
  if (!facts) facts = present_facts([kind](ValueKind k) { return k == kind; }, false);
  const bool named_only = !v_.figure_alone();
  const std::string unit_stem = count_unit_stem(q);
  // (A sentence that names an organisation may be about it: "£1.5m from Halcrow Holdings to the
  // Progressive Alliance".)
  const bool names_no_organisation = std::all_of(
      v_.entities.begin(), v_.entities.end(), [](const EntityMention& m) { return m.entity->is_person(); });
  const auto fits_alone = [&](std::size_t gi) {
    const Predicate& pred = *lexicon_.predicate_of(gi);
    const Fact& g = all_[gi];
    if (!kinds_agree(q, g, pred.value, unit_stem, lexicon_.unit_stem(gi))) return false;
    if (!g.object.empty() && !is_named(g.object) && !context_here(qi, gi, pred)) return false;
    // Or of an organisation referred back to, where the sentence names the fact's object: "The company
    // runs seven centres, five in Slovenia".
    // So is a figure of the organisation a pronoun or "the carrier" refers back to, where the fact has no
    // object the sentence leaves out: "It crammed 58 million people onto its jets".
    if (named_only && !is_named(g.subject) &&
        !(is_referred(g.subject) && !only_topic(g.subject) && (g.object.empty() || is_named(g.object)) &&
          (!g.object.empty() ||
           (names_no_organisation && q.kind != QuantityKind::percent && q.kind != QuantityKind::money))))
      return false;
    // Referred to, not named: the figure must give the fact's value itself, not a rounding of it.
    if (named_only && !is_named(g.subject) && !same_amount(q.value, g.value.amount) &&
        std::none_of(g.earlier.begin(), g.earlier.end(),
                     [&](const FactValue& v) { return same_amount(q.value, v.amount); }))
      return false;
    // A vague value fits too much; an open one ("up to $500 billion") only when the figure names
    // its bound.
    const Interval& v = g.value.interval;
    if (g.value.comparator == Comparator::order) return false;
    if (open && (g.value.comparator != q.comparator ||
                 std::fabs(q.value - g.value.amount) > 0.05 * std::fabs(g.value.amount)))
      return false;
    if ((!std::isfinite(v.low) || !std::isfinite(v.high)) &&
        std::fabs(q.value - g.value.amount) > 0.05 * std::fabs(g.value.amount))
      return false;
    if (!fits(qi, g) || !roles_fit(qi, g) || !leads(qi, g)) return false;
    if (part_of_the_whole(qi, FactHere{gi, &pred, &lexicon_.context(gi), nullptr, -1})) return false;
    // With nothing but the value to go on, a plain figure must name a hedged value itself: "72 per
    // cent" is within what "about two-thirds" admits, but says another figure.
    if (q.comparator == Comparator::none && q.unit == g.value.unit) {
      const auto named = [&](const FactValue& v) {
        return v.comparator == Comparator::none || std::fabs(q.value - v.amount) <= q.step / 2 * (1 + 1e-9);
      };
      if (!named(g.value) && std::none_of(g.earlier.begin(), g.earlier.end(), named)) return false;
    }
    return true;
  };
  // Facts alike (Lexicon::first_alike()) fit alike.
  AlikeTable<bool> fitted;
  const Fact* only = nullptr;
  for (std::size_t gi : *facts) {
    const bool* found = fitted.find(lexicon_.first_alike(gi));
    if (!(found ? *found : fitted.put(lexicon_.first_alike(gi), fits_alone(gi)))) continue;
    if (only && only != &all_[gi]) return;  // two facts fit: the value alone cannot tell them apart
    only = &all_[gi];
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
  const Predicate* bound_predicate = predicate_of(bound);
  // With no cue of its own before the figure, the bound fact has only words after it ("OpenAI's last
  // raise was $750M, and MSFT put in the whole $6.6B"): a verb right before the figure answers first.
  const std::size_t mine = last_cue_before(bound_predicate);
  const Predicate* last_other = nullptr;
  std::size_t last_theirs = 0;
  for (const Candidate& c : candidates_) {
    if (c.quantity != qi || &all_[c.fact] == &bound || c.fits) continue;
    const Predicate* other = lexicon_.predicate_of(c.fact);  // by pointer: a large base has many candidates
    if (other == bound_predicate) continue;
    // The other verb stands between the bound fact's cue and the figure, within a few words of it. (The
    // candidates of one predicate come in runs: its last cue is looked for once a run.)
    if (other != last_other) {
      last_other = other;
      last_theirs = last_cue_before(other);
    }
    const std::size_t theirs = last_theirs;
    if (theirs <= mine || lead - theirs > 3) continue;
    if (mine > 0) return &c;
    // The bound fact's words all after the figure: only a word that says the figure is its own ("raise
    // was $750M", "valuation stood at $157bn") answers first. So does the verb itself right before it:
    // "was valued at $6.6 billion in its October 2024 round".
    bool copula = lead > theirs;
    for (std::size_t k = theirs; k < lead && copula; ++k)
      copula =
          token_is(v_.tokens[k], {"was", "is", "were", "are", "stood", "stands", "totalled", "totaled"}) ||
          (v_.tokens[k].is("at") && k > 0 && token_is(v_.tokens[k - 1], {"stood", "stands"})) ||
          (v_.tokens[k].is("at") && k == theirs && lead == theirs + 1);
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

std::string FigureJudge::doubt(std::size_t qi, const Fact& f, const Candidate& c,
                               const Candidate* runner) const {
  const QuantityMention& q = *figures_[qi];
  if (polarity(qi) != Polarity::asserted) return "denied";
  if (runner && c.score - runner->score < kMargin) return "close call";
  const Predicate* pred = predicate_of(f);
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
  // A forecast for a year after every source: "could reach $20 billion by 2026".
  if (forecast(qi, f)) return "a plan";
  return "";
}

const Fact* FigureJudge::unreadable_pair(std::size_t qi) const {
  const Fact* f = bound_[qi];
  if (!f) return nullptr;
  for (std::size_t qj = 0; qj < figures_.size(); ++qj) {
    const Fact* g = bound_[qj];
    if (qj == qi || !g || g == f || g->subject != f->subject ||
        predicate_of(*g)->value != predicate_of(*f)->value)
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
      const Predicate* p = predicate_of(own);
      return std::any_of(cues_.begin(), cues_.end(), [&](const CueMention& c) {
        return c.predicate == p && c.last_token <= leads_[q] && leads_[q] - c.last_token <= 3;
      });
    };
    if (f->predicate != g->predicate && own_cue(qi, *f) && own_cue(qj, *g)) continue;
    // So do counts of different things, each its fact's: "612 winkels en 41.000 medewerkers".
    const auto own_noun = [&](std::size_t q, const Fact& own) {
      return figures_[q]->kind == QuantityKind::count &&
             count_unit_stem(*figures_[q]) ==
                 lexicon_.unit_stem(static_cast<std::size_t>(&own - all_.data()));
    };
    if (own_noun(qi, *f) && own_noun(qj, *g) &&
        count_unit_stem(*figures_[qi]) != count_unit_stem(*figures_[qj]))
      continue;
    return english() ? nullptr : g;
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

bool FigureJudge::yearly_of_a_longer_span(std::size_t qi, const Fact& f) const {
  const QuantityMention& q = *figures_[qi];
  if (q.kind != QuantityKind::money && q.kind != QuantityKind::count && q.kind != QuantityKind::measure)
    return false;
  const auto& t = v_.tokens;
  const std::size_t end = std::min(v_.sentence.last_token, q.last_token + 5);
  bool yearly = false;
  for (std::size_t k = q.last_token; k < end && !yearly && !is_clause_break(t[k]); ++k) {
    yearly = token_is(t[k], {"annually", "yearly"}) ||
             (k + 1 < end && token_is(t[k], {"a", "per", "each", "every", "one", "single"}) &&
              token_is(t[k + 1], {"year", "yr"})) ||
             (k + 2 < end && token_is(t[k], {"a", "one"}) && t[k + 1].is("single") && t[k + 2].is("year"));
  }
  if (!yearly) return false;
  // The fact's own words spread it: "over four years", "across five years", "over 2025-2029".
  std::vector<Token> words = tokenize(f.statement);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (!token_is(words[k], {"over", "across", "spread"})) continue;
    for (std::size_t j = k + 1; j < words.size() && j <= k + 3; ++j)
      if (token_is(words[j], {"years", "yrs"})) return true;
  }
  return false;
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
  const ValueKind kind = predicate_of(f)->value;
  const std::string unit_stem = count_unit_stem(q);
  const auto fits_here = [&](const Fact& g, std::size_t gi) {
    if (!g.object.empty() && !is_present(g.object)) return false;
    const Interval& v = g.value.interval;
    if (!std::isfinite(v.low) || !std::isfinite(v.high) || g.value.comparator == Comparator::order)
      return false;
    return kinds_agree(q, g, kind, unit_stem, lexicon_.unit_stem(gi)) && fits(qi, g) && roles_fit(qi, g);
  };
  // Facts alike (Lexicon::first_alike()) fit alike.
  AlikeTable<bool> fitted;
  for (std::size_t gi : present_facts([kind](ValueKind k) { return k == kind; }, false)) {
    const Fact& g = all_[gi];
    if (&g == &f || std::find(bound_.begin(), bound_.end(), &g) != bound_.end()) continue;
    const bool* found = fitted.find(lexicon_.first_alike(gi));
    if (found ? *found : fitted.put(lexicon_.first_alike(gi), fits_here(g, gi))) return &g;
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
    for (std::size_t gi : lexicon_.facts_for(predicate_of(f), subject))
      if (&all_[gi] != &f && lower(all_[gi].statement).find(period) != std::string::npos) return &all_[gi];
  }
  return nullptr;
}

bool FigureJudge::off_scale(std::size_t qi, const Fact& f) const {
  const QuantityMention& q = *figures_[qi];
  // Singled out by its context words said here ("into the round"), not by its having some: "with
  // Microsoft committing $80 billion in fiscal 2025" is no contribution to a round.
  const std::size_t fi = static_cast<std::size_t>(&f - all_.data());
  const bool singled_out = std::any_of(facts_here_.begin(), facts_here_.end(), [&](const FactHere& h) {
    return h.fact == fi && h.cue_spans && !h.cue_spans->empty();
  });
  return !on_scale(q, f.value) && !singled_out;
}

std::vector<std::string> FigureJudge::signals(const Fact& f, bool fit) const {
  std::vector<std::string> out;
  out.reserve(6);
  const Predicate* pred = predicate_of(f);
  for (const CueMention& c : cues_) {
    if (c.predicate != pred) continue;
    out.push_back("cue:" + std::string(v_.text.substr(
                               v_.tokens[c.first_token].start,
                               v_.tokens[c.last_token - 1].end - v_.tokens[c.first_token].start)));
    break;
  }
  out.push_back((is_referred(f.subject) ? "referred:" : "subject:") + f.subject);
  if (!f.object.empty()) out.push_back((is_referred(f.object) ? "referred:" : "object:") + f.object);
  // The context cues found here, as written (their spans were found when the fact was weighed).
  const std::size_t fi = static_cast<std::size_t>(&f - all_.data());
  for (const FactHere& h : facts_here_) {
    if (h.fact != fi || !h.cue_spans) continue;
    for (const auto& [first, last] : *h.cue_spans) {
      out.push_back("context:" +
                    std::string(v_.text.substr(v_.tokens[first].start,
                                               v_.tokens[last - 1].end - v_.tokens[first].start)));
      break;
    }
  }
  for (const QuantityMention* d : qualifiers_) {
    if (d->unit == "relative") continue;
    out.push_back("date:" + d->date);
    break;
  }
  out.push_back(fit ? "value:fits" : "value:differs");
  return out;
}

}  // namespace factcheck
