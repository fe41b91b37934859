// The source aligner's verdict: of the facts aligned with a figure, the one that decides, and how.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "match/alignment.hpp"
#include "match/alignment_words.hpp"
#include "model/units.hpp"

namespace factcheck {

// Whether the figure, as stated with no hedge or with the fact's own, is the value of `fit` and of no
// other candidate, and particular enough to be evidence: a measure, a count, or money to three
// significant digits or with the fact's hedge.
bool SourceAligner::exactly_once(const QuantityMention& q, const std::vector<Aligned>& candidates,
                                 const Aligned& fit) {
  // Or hedged as the fact is: "nearly $14 bn" where the sources say "nearly $14 billion".
  // (Not a bound: "fines of up to £5,000" name a ceiling many things share.)
  const bool same_hedge = (q.comparator == Comparator::nearly || q.comparator == Comparator::just_over) &&
                          q.comparator == fit.fact->value.comparator;
  if (q.comparator != Comparator::none && q.comparator != Comparator::approx && !same_hedge) return false;
  const bool measure = q.kind == QuantityKind::measure || q.kind == QuantityKind::count;
  const bool money = q.kind == QuantityKind::money && q.step > 0 && (q.value / q.step >= 100 || same_hedge);
  if (!measure && !money) return false;
  const auto same = [&](const Fact& f) {
    return same_amount(f.value.amount, q.value) &&
           (f.value.comparator == Comparator::none || (same_hedge && f.value.comparator == q.comparator));
  };
  if (!same(*fit.fact)) return false;
  for (const Aligned& c : candidates)
    if (&c != &fit && same(*c.fact)) return false;
  return true;
}

void SourceAligner::bind_best(Claim& claim, const std::vector<Aligned>& candidates, const Near& near) const {
  const QuantityMention& q = *claim.quantity;
  const bool date = q.kind == QuantityKind::date;
  const Aligned* fit = nullptr;
  const Aligned* other = nullptr;  // the best aligned fact the figure does not fit
  // A fact another figure of the sentence is bound to confirms no second one ("Almost half ... while 46%
  // are against" where the sources' 46% is the Yes vote), but a figure that fits it is no wrong figure.
  bool fits_any = false;
  for (const Aligned& c : candidates) {
    fits_any = fits_any || c.fits;
    if (c.taken && c.fits) continue;
    if (c.fits && (!fit || c.score > fit->score)) fit = &c;
    if (!c.fits && (!other || c.score > other->score)) other = &c;
  }
  // The best rival of `c`: another fact on the same subject, aligned nearly as well.
  const auto rival = [&](const Aligned& c) {
    const Aligned* r = nullptr;
    for (const Aligned& d : candidates)
      if (&d != &c && d.fact->subject == c.fact->subject && (!r || d.score > r->score)) r = &d;
    return r;
  };

  const auto bind = [&](const Aligned& c, Verdict verdict, const Aligned* runner_up) {
    claim.verdict = verdict;
    claim.fact = c.fact;
    claim.value = c.current || !c.fits ? &c.fact->value : c.fits;
    claim.earlier = c.fits && !c.current ? c.fits : nullptr;
    const FactValue& v = c.fits ? *c.fits : c.fact->value;
    claim.deviation = !date && v.amount != 0 ? (q.value - v.amount) / v.amount : std::nan("");
    Binding b;
    b.fact = c.fact;
    b.score = c.score;
    if (runner_up) {
      b.runner_up = runner_up->fact;
      b.runner_up_score = runner_up->score;
    }
    if (c.owner) b.signals.push_back("subject:" + c.fact->subject);
    if (c.cue) b.signals.push_back("cue:" + *c.cue);
    b.signals.push_back("source-sentence:" + std::to_string(static_cast<int>(std::lround(c.shared))));
    b.signals.push_back(c.fits ? "value:fits" : "value:differs");
    // (Settled once the sentence's swaps are: SourceSettler::settle_named_after().)
    if (c.named_after) b.signals.push_back("named-after");
    claim.binding = std::move(b);
  };

  // Supported (or outdated): the figure agrees with a fact well aligned with the sentence, and no fact
  // it does not fit is aligned as well (a figure swapped with its neighbour's, as often as not).
  // Nor one said of another: a figure right after a name the fact is not about ("Ostwind holds half"
  // where the sources' half is Verdant's), or one the sources never use, is not confirmed unless the
  // fact's subject is named as well; and a fact whose own sentence names its subject confirms nothing
  // in a draft that neither names nor speaks of it ("La deuda pública se situó en el 86,4 %" is not
  // Verlandia's 86.4%).
  const auto held_by_another = [&](const Aligned& c) {
    return (near.holder && near.holder->id != c.fact->subject) || (near.speaker_holds && c.named) ||
           (near.next_owner && near.next_owner->id == c.fact->subject);
  };
  if (fit && fit->score >= 3.0 && (fit->owner || fit->cue) && (!other || fit->score > other->score) &&
      !((near.known_owner || near.unknown_owner) && !fit->named) && !held_by_another(*fit) &&
      (fit->named || fit->referred || !subject_in_quote_[fit->fact - facts_.facts().data()]) &&
      !fit->period_differs) {
    bind(*fit, fit->current ? Verdict::supported : Verdict::outdated, other);
    return;
  }
  // Supported on the value alone: a measure, a count of the same things or a sum of money to three
  // significant digits that exactly one fact of the sources gives, on someone the draft names or speaks
  // of ("avg 21.9 °C", "only 41 mm of rain" where the sources' July averaged 21.9 °C and 41 mm). Not a
  // percentage: two shares of one poll swap too easily ("46% are against" where 46% said yes).
  // A fact the figure does not fit, aligned as well, leaves it open where the figure may be that fact's,
  // changed (within a factor of three of it) or swapped with another figure of the sentence ("the round
  // was $750m, Microsoft's share $6.6bn"); "Microsoft chipped in $750 m" beside the round's $6.6 billion
  // is the $750 million. A fact far from the figure that aligns better yields to the figure's own
  // owner's fact of exactly its value ("Microsoft has put nearly $14 bn into OpenAI", where "into" is the
  // $750 million injection's word).
  const auto far_from = [&](const Aligned& c) {
    const double ratio = q.value / c.fact->value.amount;
    return !(ratio >= 1.0 / 3 && ratio <= 3) && !c.given_beside;
  };
  if (fit && fit->current && (fit->named || fit->referred) &&
      (!other || fit->score > other->score ||
       (far_from(*other) && (fit->score == other->score || fit->owner))) &&
      !((near.known_owner || near.unknown_owner) && !fit->named) && !fit->period_differs &&
      !held_by_another(*fit) && exactly_once(q, candidates, *fit)) {
    bind(*fit, Verdict::supported, other);
    return;
  }
  // Contradicted: nothing in the sources fits, and one fact stands out: its subject the figure's, its
  // own word beside the figure, words shared with its sentence, a value within a factor of four, and
  // well ahead of any other fact on that subject.
  // (Its own word, or the sentence retold: another figure of the draft's sentence confirmed by the
  // fact's own source sentence, "production of the Queen Victoria rose 18% to 9,400 tonnes" where the
  // sources' variety "rose 8% to 9,400 tonnes".)
  // (Nor a fact another figure of the sentence is bound to: "raised £312,480 towards the community's
  // £400,000 share", the share being the appeal target's figure.)
  if (fits_any || date || !other || other->taken || !other->owner || !(other->cue || other->anchored) ||
      other->shared < 2.0)
    return;
  // Nor against a bound: "at least €1.20" does not contradict the sources' "at least €1.10", nor does
  // "€1.50"; a figure that overlaps the fact's values is no contradiction.
  const FactValue& v = other->fact->value;
  if (agrees(q, v) || !std::isfinite(v.interval.low) || !std::isfinite(v.interval.high) ||
      !std::isfinite(q.interval.low) || !std::isfinite(q.interval.high))
    return;
  const double ratio = q.value / v.amount;
  if (!(ratio >= 0.25 && ratio <= 4)) return;
  const auto given = [&](double v) { return std::binary_search(numbers_.begin(), numbers_.end(), v); };
  if (given(q.value) || given(q.range_low) || given(q.range_high)) return;
  const Aligned* second = rival(*other);
  if (second && second->score + 1.5 > other->score) return;
  bind(*other, Verdict::contradicted, second);
}

}  // namespace factcheck
