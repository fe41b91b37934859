// Stage 4b: each figure binds to the fact whose subject, object, predicate and context fit it best
// within its sentence, and the fact's value decides the verdict.
#include "match/figures.hpp"

#include "match/figure_judge.hpp"

#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/stem.hpp"

#include <algorithm>
#include <cmath>

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
  judge_split_referrals(claims);
  judge_since(claims);
  judge_event_dates(claims);
  // The dates that say when the figures' events happened are claims too: "$750 million into the
  // October 2024 round" dates the round rightly, "... in 2021" wrongly.
  for (const QuantityMention* d : qualifiers_)
    if (std::optional<Claim> c = judge_date(*d, claims)) claims.push_back(std::move(*c));
  return claims;
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

void FigureJudge::judge_split_referrals(std::vector<Claim>& claims) const {
  // "Full-year revenue £1.62bn, up 7.2%" naming no one: its figures are of one organisation. Bound through
  // reference to two, the weaker binding yields where the other's organisation has a fact of its kind.
  for (Claim& a : claims) {
    if (!a.fact || a.relation || !a.binding || a.verdict == Verdict::unverified || is_named(a.fact->subject))
      continue;
    for (const Claim& b : claims) {
      if (&a == &b || !b.fact || b.relation || !b.binding || b.verdict == Verdict::unverified ||
          b.fact->subject == a.fact->subject || is_named(b.fact->subject) ||
          b.binding->score <= a.binding->score)
        continue;
      if (facts_.facts_for(a.fact->predicate, b.fact->subject).empty()) continue;
      a = withdrawn(std::move(a), "two organisations");
      break;
    }
  }
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
    Binding b = binding_of(qi, best, fact, claim);
    // A value of another year, said of a year whose value the sources give: judged by that year's
    // ("£310 million in 2024–25" where 2024–25's was £265 million and 2025–26's is £310 million).
    // (Only a sibling of the said year's, not any rival doubt() names: "its year", then "another year".)
    if (b.abstained == "its year" && b.runner_up && !agrees(q, b.runner_up->value)) {
      fact = b.runner_up;
      b.runner_up = b.fact;
      b.fact = fact;
      b.signals = signals(*fact, false);
      b.signals.push_back("its-year");
      b.abstained.clear();
    } else if (b.abstained == "its year") {
      b.abstained = "another year";
    }
    fact = b.abstained.empty() ? b.fact : nullptr;
    claim.binding = std::move(b);
  }
  // "bought in 2019": a date an event word governs is that event's, not another event's of the same
  // subject ("founded in 2015").
  // Nor is a date of an organisation the sentence does not name, where it names another ("And
  // Stargate, unveiled in December 2024, ..." after Microsoft's founding).
  if (fact && q.kind == QuantityKind::date && claim.binding && facts_.from_documents() &&
      !is_named(fact->subject) &&
      std::any_of(v_.entities.begin(), v_.entities.end(),
                  [&](const EntityMention& m) { return !m.entity->is_person() && !is_descriptor(m); })) {
    claim.binding->abstained = "another event";
    fact = nullptr;
  }
  if (fact && q.kind == QuantityKind::date && claim.binding && !another_event(q, *fact).empty()) {
    claim.binding->abstained = "another event";
    fact = nullptr;
  }
  // A day with no year says nothing of a fact dated to the year only ("founded on December 24" against
  // 2015): neither right nor wrong.
  if (fact && is_yearless(q) && fact->value.date.size() == 4 && claim.binding) {
    claim.binding->abstained = "no year";
    fact = nullptr;
  }
  claim.fact = fact;
  if (!claim.fact) {
    claim.other_currency = other_currency_[qi];
    return claim;
  }
  // A figure in another unit than the fact's is judged in the fact's unit ("10 miles" as 16.09 km).
  claim.compared = in_unit(q, claim.fact->value.unit);
  // A day with no year is judged in the year of the fact's date ("announced on January 22").
  std::optional<QuantityMention> dated = in_fact_year(q, claim.fact->value);
  // Or in the year of an earlier value it fits, where the current one it does not ("opens on December
  // 14" against an opening since moved to 11 January).
  for (const FactValue& v : claim.fact->earlier)
    if (const std::optional<QuantityMention> then = in_fact_year(q, v);
        then && agrees(*then, v) && !(dated && agrees(*dated, claim.fact->value)))
      dated = then;
  const QuantityMention& judged = claim.compared ? *claim.compared : dated ? *dated : q;
  if (claim.fact->time_scoped) {
    claim.date_said = judge_in_time(claim, judged, *claim.fact, dates_of(qi), v_.text);
  } else {
    judge_event(claim, judged, *claim.fact);
  }
  if (const char* why = withdrawal(qi, claim, dated ? *dated : q)) return withdrawn(std::move(claim), why);
  // "up from $13bn at the end of September", "as of the end of September, it stood at thirteen billion": a
  // figure given as the earlier value it is, or at that value's month.
  if (claim.verdict == Verdict::outdated &&
      (told_as_earlier(v_.tokens, v_.sentence.first_token, leads_[qi]) ||
       (claim.earlier && in_its_month(*claim.earlier))))
    claim.verdict = Verdict::supported;
  // A fact that gives only a bound ("at least EUR 1.10", "up to 30%") confirms no exact figure well inside
  // it ("EUR 1.20 a share"), nor another floor: those are neither supported nor contradicted. A higher
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
  return as_read(qi, std::move(claim));
}

const char* FigureJudge::withdrawal(std::size_t qi, const Claim& claim, const QuantityMention& said) const {
  if (claim.verdict != Verdict::contradicted) return nullptr;
  // Wrong only where the date is read as the fact's event (the learner's reading of it).
  if (event_unread(said, *claim.fact)) return "another event";
  if (is_named(claim.fact->subject)) return nullptr;
  return of_a_new_thing(qi)                  ? "a new thing"
         : of_a_place_named(qi)              ? "another place"
         : of_another_party(qi, *claim.fact) ? "another party"
                                             : nullptr;
}

bool FigureJudge::of_another_party(std::size_t qi, const Fact& f) const {
  const auto& t = v_.tokens;
  // The figure's clause: from the sentence's start, or the last "that" or semicolon before it.
  std::size_t from = v_.sentence.first_token;
  for (std::size_t k = leads_[qi]; k > v_.sentence.first_token; --k)
    if (token_is(t[k - 1], {"that", ";"})) {
      from = k;
      break;
    }
  const Source* source = facts_.source(f.source);
  const auto unknown_name = [&](std::size_t k) {
    if (k >= leads_[qi] || !t[k].is_word() || !v_.capitalized(k) || is_calendar_word(t[k].norm) ||
        is_function_word(t[k]))
      return false;
    const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return k >= m.first_token && k < m.last_token;
    });
    const std::string_view name = v_.text.substr(t[k].start, t[k].end - t[k].start);
    return !known && !(source && source->quote.find(name) != std::string::npos);
  };
  // (Not a subject that opens on "a" alone: "a dorm bed goes for SCR 560" prices the subject's own.)
  for (std::size_t k = from; k + 1 < leads_[qi]; ++k) {
    if (!token_is(t[k], {"in", "at"})) continue;
    const std::size_t n = t[k + 1].is("the") ? k + 2 : k + 1;
    if (n < leads_[qi] && unknown_name(n)) return true;
  }
  return false;
}

bool FigureJudge::of_a_new_thing(std::size_t qi) const {
  // "organisers hope to add a women's event worth £20,000": a noun phrase that opens on "a" and is worth
  // or costs the figure; a fact reached only through the text's subject is not that thing's. (Not "a
  // success rate of 19%" or "an operating loss of $124M": a figure of the subject's own.)
  const auto& t = v_.tokens;
  std::size_t k = leads_[qi];
  if (k > v_.sentence.first_token + 1 && t[k - 1].is("at") && token_is(t[k - 2], {"valued", "priced"})) --k;
  if (k <= v_.sentence.first_token || !token_is(t[k - 1], {"worth", "costing", "valued", "priced"}))
    return false;
  for (std::size_t steps = 0; --k > v_.sentence.first_token && steps < 5; ++steps) {
    const Token& w = t[k - 1];
    if (token_is(w, {"a", "an"})) return true;
    if (!(w.is_word() || w.is("'s") || w.is("\u2019s")) ||
        token_is(w, {"the", "its", "his", "her", "their", "our", "this", "that", "of",   "to", "and",
                     "or",  "is",  "was", "are", "were",  "be",  "been", "has",  "have", "had"}))
      return false;
  }
  return false;
}

bool FigureJudge::in_its_month(const FactValue& then) const {
  const std::string& when = !then.as_of.empty() ? then.as_of : then.valid_until;
  if (when.size() < 7 || when[4] != '-') return false;
  const int month = std::atoi(when.substr(5, 2).c_str());
  if (month < 1 || month > 12) return false;
  const auto& t = v_.tokens;
  for (std::size_t k = v_.sentence.first_token + 1; k < v_.sentence.last_token; ++k) {
    const bool named = t[k].is_word() && month_of(t[k].norm) == month;
    // "as of the end of September", "at the end of Sept", "by September": not "September 2023", nor "in
    // March", the month a monthly figure is of.
    const bool as_of = t[k - 1].is("by") || (k >= v_.sentence.first_token + 2 && t[k - 1].is("of") &&
                                             token_is(t[k - 2], {"end", "as", "close"}));
    if (named && as_of && !(k + 1 < v_.sentence.last_token && t[k + 1].is_number())) return true;
  }
  return false;
}

bool FigureJudge::of_a_place_named(std::size_t qi) const {
  // "most of it from Iran, where saffron sells for around 7,000 dinars": the clause is said of the name
  // before it, which the base does not know.
  const auto& t = v_.tokens;
  const std::size_t clause = scope_start(v_, leads_[qi]);
  // So is a "which" or "who" clause: "Its Douala rival, Tentes du Mbam, which posted a turnover of 2,1
  // billion FCFA", "Ridgeback Lacrosse, which sold some 40,000 sticks".
  if (clause < v_.sentence.first_token + 2 || clause >= leads_[qi] ||
      !token_is(t[clause], {"where", "whose", "which", "who"}) || !t[clause - 1].is(","))
    return false;
  const std::size_t k = clause - 2;
  const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
    return k >= m.first_token && k < m.last_token;
  });
  return t[k].is_word() && v_.capitalized(k) && !known && !is_calendar_word(t[k].norm) &&
         !is_function_word(t[k]);
}

bool FigureJudge::fitted_by_another(std::size_t qi, const Fact& f) const {
  // By its own words too, right before or after it ("a net profit of 612 mil."), not its value alone ("$6.6B
  // from MSFT in a $750M round", the two swapped).
  for (std::size_t qj = 0; qj < figures_.size(); ++qj)
    if (qj != qi && bound_[qj] == &f && fitted_[qj] && nearest_cue(qj, predicate_of(f)) <= 2) return true;
  return false;
}

Binding FigureJudge::binding_of(std::size_t qi, const Candidate* best, const Fact* fact,
                                const Claim& claim) const {
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
  } else if (const Fact* named = fitted_[qi] ? named_rival(qi, *fact) : nullptr) {
    b.abstained = "close call";
    b.runner_up = named;
    const Candidate* r = candidate(qi, named);
    b.runner_up_score = r ? std::round(r->score * 100) / 100 : 0;
  } else if (const Fact* other = unreadable_pair(qi)) {
    b.abstained = "which is which";
    b.runner_up = other;
    const Candidate* r = candidate(qi, other);
    b.runner_up_score = r ? std::round(r->score * 100) / 100 : 0;
  } else if (const Fact* whose = period_of_a_sibling(qi, *fact)) {
    b.abstained = "another fact's period";
    b.runner_up = whose;
  } else if (const Fact* then = fitted_[qi] ? sibling_of_its_year(qi, *fact) : nullptr) {
    b.abstained = "its year";
    b.runner_up = then;
  } else if (const Fact* now = fitted_[qi] ? current_sibling(qi, *fact) : nullptr) {
    b.abstained = "an earlier period";
    b.runner_up = now;
  } else if (!fitted_[qi]) {
    b.abstained = doubt(qi, *fact, *best, runner);
    if (b.abstained == "fits another") {
      b.runner_up = fitting_sibling(qi, *fact);  // the one it fits, named in the explanation
      const Candidate* r = candidate(qi, b.runner_up);
      b.runner_up_score = r ? std::round(r->score * 100) / 100 : 0;
      // "earned 4,82 mlrd. dinara in 2023, with a net profit of 612 mil. dinara": where another figure
      // of the sentence fits the fact and none has the sibling, the figure is the sibling's.
      // So is one a later document gives the subject where the earlier gave the fact another value
      // ("the budget has risen to 79 million" after a cost of 68 million): the latest figure.
      const bool free = std::find(bound_.begin(), bound_.end(), b.runner_up) == bound_.end();
      const char* why = fitted_by_another(qi, *fact)             ? "rival:fitted-by-another-figure"
                        : later_sibling(qi, *fact, *b.runner_up) ? "rival:later-source"
                                                                 : nullptr;
      if (why && free) {
        std::swap(b.fact, b.runner_up);
        std::swap(b.score, b.runner_up_score);
        b.signals = signals(*b.fact, true);
        b.signals.push_back(why);
        b.abstained.clear();
      }
    }
  } else if (claim.polarity != Polarity::asserted && !strongly_denied(qi, *fact)) {
    b.abstained = "denied";
  } else if (planned_after(qi, *fact)) {
    b.abstained = "a plan";
  } else if (yearly_of_a_longer_span(qi, *fact)) {
    b.abstained = "another period";
  }
  return b;
}

bool FigureJudge::later_sibling(std::size_t qi, const Fact& f, const Fact& g) const {
  if (!facts_.from_documents() || g.subject != f.subject) return false;
  const Source* mine = facts_.source(f.source);
  const Source* theirs = facts_.source(g.source);
  if (!mine || !theirs || theirs->document == mine->document || theirs->date <= mine->date) return false;
  // Its very value ("8 Mio. TEU" is no 7.71 million), and at no time the sentence gives it otherwise
  // ("€29.50 from October" against a fee due from September).
  const QuantityMention& q = *figures_[qi];
  if ((q.comparator != Comparator::none && q.comparator != Comparator::approx) ||
      std::fabs(q.value - g.value.amount) > 1e-9 * std::fabs(g.value.amount))
    return false;
  const std::vector<Interval> spans = fact_spans(g);
  const auto covered = [&](const QuantityMention& d) {
    return d.unit == "relative" || std::any_of(spans.begin(), spans.end(),
                                               [&](const Interval& s) { return when_said(d).overlaps(s); });
  };
  // (A fact the sources do not date is not dated otherwise by "ready in March 2025, at a cost of 79".)
  for (const QuantityMention* d : dates_of(qi))
    if (!spans.empty() && !covered(*d)) return false;
  // A date right after the figure, a month alone too: "29,50 eur from October".
  for (const QuantityMention* d : figures_)
    if (d->kind == QuantityKind::date && d->first_token >= q.last_token &&
        d->first_token <= q.last_token + 2 && (is_yearless(*d) || !covered(*d)))
      return false;
  // ("may" is a verb more often than a month.)
  for (std::size_t k = q.last_token; k < v_.sentence.last_token && k < q.last_token + 3; ++k)
    if (month_of(v_.tokens[k].norm) != 0 && !v_.tokens[k].is("may")) return false;
  return true;
}

const Fact* FigureJudge::named_rival(std::size_t qi, const Fact& f) const {
  if (is_named(f.subject)) return nullptr;
  for (const Candidate& c : candidates_) {
    const Fact& g = all_[c.fact];
    if (c.quantity != qi || c.fits || &g == &f || g.subject == f.subject || !is_named(g.subject)) continue;
    // Named before the figure, as the one its clause is about.
    const bool before = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
      return m.entity->id == g.subject && m.last_token <= figures_[qi]->first_token;
    });
    if (before && leads(qi, g) && nearest_cue(qi, predicate_of(g)) <= kCueReach) return &g;
  }
  return nullptr;
}

Claim FigureJudge::as_read(std::size_t qi, Claim claim) const {
  const QuantityMention& q = *figures_[qi];
  // A sentence that names no one, read against what the sources are mostly about: a fact of a topic other
  // than the organisation the text named last, where that one has a fact of the same kind, is not its
  // evidence ("Kirkbridge University / Endowment: £241 million" against another university's £241m).
  if (claim.verdict != Verdict::unverified && another_topic(*claim.fact))
    return withdrawn(std::move(claim), "another topic");
  // A figure of a sentence that names no one, bound through the last sentences' topic, is evidence for
  // its fact and never against it.
  if (only_topic(claim.fact->subject) &&
      (claim.verdict != Verdict::supported || claim.polarity != Polarity::asserted))
    return withdrawn(std::move(claim), "loose");
  // Bound by its value alone, a figure is evidence for its fact, never against it; so is one whose
  // fact's object the text never names.
  const bool object_unnamed =
      !claim.fact->object.empty() && !is_present(claim.fact->object) && !named_before(claim.fact->object);
  // So is one whose fact's subject the sentence does not name (find_unnamed_subject()).
  const bool subject_unnamed = !is_present(claim.fact->subject);
  // "has poured $2.4 billion into it": a recipient the sentence gives, and not the fact's.
  if (object_unnamed && q.last_token + 1 < v_.sentence.last_token &&
      token_is(v_.tokens[q.last_token], {"in", "into", "to"}) &&
      token_is(v_.tokens[q.last_token + 1], {"it", "them", "this", "that", "its", "their"}))
    return withdrawn(std::move(claim), "another recipient");
  if ((by_value_[qi] || object_unnamed || subject_unnamed || slight_cues_only(claim)) &&
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
  // ("this year" is the writer's, not a date of the past: "expects revenue to pass BGN 9 mln. this year".)
  const std::vector<const QuantityMention*> dates = dates_of(qi);
  return past_event(f) && std::all_of(dates.begin(), dates.end(),
                                      [](const QuantityMention* d) { return d->unit == "relative"; });
}

bool FigureJudge::forecast(std::size_t qi, const Fact& f) const {
  // A date of the figure's own clause, right after it or before it, said plainly or as "by": not a bound
  // of something else ("exclusive until 2028"), nor a date inside the fact's own period ("in the year
  // that ends in June 2025").
  const QuantityMention& q = *figures_[qi];
  const std::vector<Interval> spans = fact_spans(f);
  return latest_source() > 0 && std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* d) {
           if (!is_calendar_date(*d) || d->unit == "relative") return false;
           const bool by = d->first_token > v_.sentence.first_token && v_.tokens[d->first_token - 1].is("by");
           if (d->comparator != Comparator::none && !(d->comparator == Comparator::until && by)) return false;
           const std::size_t from = std::min(q.last_token, d->last_token);
           const std::size_t to = std::max(q.first_token, d->first_token);
           if (to > from + 8) return false;
           for (std::size_t k = from; k < to; ++k)
             if (is_clause_break(v_.tokens[k]) && !v_.tokens[k].is(",")) return false;
           const Interval said = when_said(*d);
           return said.low > latest_source() &&
                  std::none_of(spans.begin(), spans.end(),
                               [&](const Interval& s) { return said.overlaps(s); });
         });
}

double FigureJudge::latest_source() const {
  return facts_.latest_source_date();
}

bool FigureJudge::past_event(const Fact& f) const {
  Interval when;
  if (f.when.empty() || !parse_date_span(f.when, when)) return false;
  return when.high <= latest_source();
}

bool FigureJudge::strongly_denied(std::size_t qi, const Fact& f) const {
  const std::size_t lead = leads_[qi];
  const std::size_t from = scope_start(v_, lead);
  const Predicate* pred = predicate_of(f);
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

bool FigureJudge::slight_cues_only(const Claim& claim) const {
  // A word a source ties its figure with that ties any figure to anything: "unpaid within 21 days" and
  // "you may challenge this notice within 28 days" share only "within". Learned bases only: a fact base
  // written by hand chose its cues.
  if (!facts_.from_documents() || !claim.binding) return false;
  static const std::set<std::string> kSlight = {"within", "in",     "on",   "at",    "for",  "with",
                                                "by",     "to",     "from", "of",    "over", "under",
                                                "after",  "before", "if",   "until", "per",  "during"};
  bool cued = false;
  for (const std::string& s : claim.binding->signals) {
    if (s.rfind("context:", 0) == 0) return false;
    if (s.rfind("cue:", 0) != 0) continue;
    if (!kSlight.count(s.substr(4))) return false;
    cued = true;
  }
  if (!cued || !claim.fact || !claim.quantity) return false;
  // Unless a word beside the figure is one of its source sentence's: "an independent audit within 60
  // days" against "an audit within 90 days".
  const Source* source = facts_.source(claim.fact->source);
  if (!source) return true;
  const std::vector<Token> quoted = tokenize(source->quote);
  std::set<std::string> words;
  for (const Token& t : quoted)
    if (t.is_word() && t.norm.size() > 2) words.insert(stem(t.norm));
  const QuantityMention& q = *claim.quantity;
  const std::size_t from = std::max(v_.sentence.first_token, q.first_token >= 4 ? q.first_token - 4 : 0);
  const std::size_t to = std::min(v_.sentence.last_token, q.last_token + 4);
  for (std::size_t k = from; k < to; ++k) {
    const Token& t = v_.tokens[k];
    if (k >= q.first_token && k < q.last_token) continue;
    if (!t.is_word() || t.norm.size() < 3 || kSlight.count(t.norm) || is_function_word(t)) continue;
    // One stem the start of the other: "payable" and "pay".
    const std::string w = stem(t.norm);
    for (std::size_t n = 3; n <= w.size(); ++n)
      if (words.count(w.substr(0, n))) return false;
    const auto after = words.lower_bound(w);
    if (after != words.end() && after->compare(0, w.size(), w) == 0) return false;
  }
  return true;
}

Claim FigureJudge::withdrawn(Claim claim, const char* why) {
  claim.verdict = Verdict::unverified;
  claim.fact = nullptr;
  claim.value = nullptr;
  claim.earlier = nullptr;
  claim.deviation = std::nan("");
  claim.date_said.clear();
  if (claim.binding) claim.binding->abstained = why;
  return claim;
}

FigureJudge::Bounded FigureJudge::against_bound(const QuantityMention& q, const FactValue& v) {
  // (Near a floor, a closed figure above it is still only within it: "1.55°C" against "exceeded 1.5°C".)
  const bool above_floor = is_floor(v.comparator) && q.value > v.amount && q.comparator == Comparator::none;
  if ((!is_floor(v.comparator) && !is_ceiling(v.comparator)) || v.amount == 0 ||
      (std::fabs(q.value - v.amount) <= kBoundReach * std::fabs(v.amount) && !above_floor))
    return Bounded::decided;
  // A floor of its own, above the fact's or below it ("at least 24 hours' notice" against "at least 48
  // hours"), is neither: the sources' floor clears the lower one, yet the draft says the floor is lower.
  if (is_floor(v.comparator) && is_floor(q.comparator)) return Bounded::undecided;
  if (is_ceiling(v.comparator) && is_ceiling(q.comparator))
    return q.value > v.amount ? Bounded::overstated : Bounded::undecided;
  const bool closed = std::isfinite(q.interval.low) && std::isfinite(q.interval.high) &&
                      !is_floor(q.comparator) && !is_ceiling(q.comparator);
  return closed ? Bounded::undecided : Bounded::decided;  // a closed figure inside the bound
}

void FigureJudge::set_deviation(Claim& claim) const {
  if (!claim.fact || !claim.value) return;
  const Predicate* pred = predicate_of(*claim.fact);
  const double said = claim.compared ? claim.compared->value : claim.quantity->value;
  if (pred->value != ValueKind::date && claim.value->amount != 0)
    claim.deviation = (said - claim.value->amount) / claim.value->amount;
}

std::vector<Claim> judge_figures(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
                                 const FactBase& facts, const Lexicon& lexicon, std::size_t& considered) {
  return FigureJudge(view, figures, facts, lexicon).run(considered);
}

bool FigureJudge::another_topic(const Fact& f) const {
  return facts_.from_documents() && of_another_topic(v_, f, facts_);
}

}  // namespace factcheck
