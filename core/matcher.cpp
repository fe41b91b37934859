// Stages 4b and 5: each quantity binds to the fact whose subject, object, predicate and context fit it
// best within its sentence, and the fact's value decides the verdict.
#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "pipeline.hpp"

namespace factcheck {
namespace {

constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();

// Tokens strictly between a quantity and a token range: 0 when they touch.
std::size_t distance(const QuantityMention& q, std::size_t first, std::size_t last) {
  if (last <= q.first_token) return q.first_token - last;
  if (first >= q.last_token) return first - q.last_token;
  return 0;
}

double closeness(std::size_t d) {
  return d == kFar ? 0.0 : 1.0 / (1.0 + static_cast<double>(d));
}

bool kinds_agree(const QuantityMention& q, const Fact& f, ValueKind kind) {
  switch (kind) {
    case ValueKind::money:
      // "invested 14 billion in OpenAI": a scaled figure with no currency takes the fact's.
      if (q.kind == QuantityKind::number) return q.value >= 1e6 || q.comparator == Comparator::order;
      return q.kind == QuantityKind::money && q.unit == f.value.unit;
    case ValueKind::percent:
      return q.kind == QuantityKind::percent && q.unit == f.value.unit;
    case ValueKind::count:
      return q.kind == QuantityKind::count && stem(q.unit) == stem(f.value.unit);
    case ValueKind::measure:
      return q.kind == QuantityKind::measure && q.unit == f.value.unit;
    case ValueKind::date:
      return q.kind == QuantityKind::date && q.unit != "relative";
    default:
      return false;
  }
}

bool is_calendar_date(const QuantityMention& q) {
  return q.kind == QuantityKind::date;
}

struct Candidate {
  double score;
  std::size_t quantity;  // index into view.quantities
  std::size_t fact;      // index into facts.facts()
};

}  // namespace

std::vector<Claim> judge_quantities(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon) {
  const auto& all = facts.facts();
  // Where each entity is named, and which predicates have cues here.
  std::map<std::string, std::vector<const EntityMention*>> named;
  for (const EntityMention& m : view.entities) named[m.entity->id].push_back(&m);
  // An entity only referred to ("the company") counts, but as if it stood far away.
  constexpr std::size_t kReferredDistance = 12;
  std::set<std::string> referred;
  for (const EntityMention& m : view.antecedents)
    if (!named.count(m.entity->id)) referred.insert(m.entity->id);
  std::map<const Predicate*, std::vector<const CueMention*>> cued;
  for (const CueMention& c : view.cues) cued[c.predicate].push_back(&c);

  auto nearest_entity = [&](const QuantityMention& q, const std::string& id) {
    std::size_t best = referred.count(id) ? kReferredDistance : kFar;
    auto it = named.find(id);
    if (it == named.end()) return best;
    for (const EntityMention* m : it->second)
      best = std::min(best, distance(q, m->first_token, m->last_token));
    return best;
  };
  auto nearest_phrase = [&](const QuantityMention& q, const std::vector<Phrase>& phrases) {
    std::size_t best = kFar;
    for (const Phrase& p : phrases) {
      for (std::size_t at : find_phrase(view.stems, view.sentence.first_token, view.sentence.last_token, p))
        best = std::min(best, distance(q, at, at + p.size()));
    }
    return best;
  };

  // The facts this sentence can be about, through the (predicate, subject) index: never a scan.
  std::vector<std::size_t> facts_here;
  std::set<std::string> present = referred;
  for (const auto& [entity, mentions] : named) present.insert(entity);
  for (const auto& [pred, cues] : cued) {
    for (const std::string& entity : present) {
      for (std::size_t fi : facts.facts_for(pred->id, entity)) {
        const Fact& f = all[fi];
        if (!f.object.empty() && !present.count(f.object)) continue;
        facts_here.push_back(fi);
      }
    }
  }

  // Plain dates in the sentence: a fact that happened then is the one the sentence is about.
  auto dated_here = [&](const Fact& f) {
    Interval when;
    if (f.when.empty() || !parse_date_span(f.when, when)) return false;
    return std::any_of(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* d) {
      return is_calendar_date(*d) && d->comparator == Comparator::none && d->unit != "relative" &&
             d->interval.overlaps(when);
    });
  };

  std::vector<Candidate> candidates;
  for (std::size_t qi = 0; qi < view.quantities.size(); ++qi) {
    const QuantityMention& q = *view.quantities[qi];
    for (std::size_t fi : facts_here) {
      const Fact& f = all[fi];
      const Predicate* pred = facts.predicate(f.predicate);
      if (!kinds_agree(q, f, pred->value)) continue;
      const auto& context = lexicon.context(fi);
      const std::size_t d_ctx = context.empty() ? kFar : nearest_phrase(q, context);
      const bool dated = !is_calendar_date(q) && dated_here(f);
      if (!context.empty() && d_ctx == kFar && !dated) continue;
      std::size_t d_pred = kFar;
      for (const CueMention* c : cued[pred])
        d_pred = std::min(d_pred, distance(q, c->first_token, c->last_token));
      // The predicate's cue weighs most: it is the word that governs the figure.
      double sum = 2 * closeness(d_pred) + closeness(nearest_entity(q, f.subject));
      double weight = 3;
      if (!f.object.empty()) {
        sum += closeness(nearest_entity(q, f.object));
        weight += 1;
      }
      if (!context.empty()) {
        sum += closeness(d_ctx);
        weight += 1;
      }
      // A fact whose context cues are present, or whose date the sentence gives, is more specific
      // than its siblings: "$750 million into the round" is not the running total.
      const double specificity = (context.empty() ? 0 : 0.5) + (dated ? 0.5 : 0);
      candidates.push_back({sum / weight + specificity, qi, fi});
    }
  }

  // Greedy one-to-one assignment, best pair first: two figures in a sentence bind to two facts.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::vector<const Fact*> bound(view.quantities.size(), nullptr);
  std::set<std::size_t> used;
  for (const Candidate& c : candidates) {
    if (bound[c.quantity] || used.count(c.fact)) continue;
    bound[c.quantity] = &all[c.fact];
    used.insert(c.fact);
  }
  // A figure left over still binds to its best fact when no other fits: "it invested $14 billion in
  // OpenAI, not $1.4 billion" speaks of one fact twice.
  for (const Candidate& c : candidates)
    if (!bound[c.quantity]) bound[c.quantity] = &all[c.fact];

  // Dates nothing bound to qualify the sentence's other claims ("tens of billions ... in 2023").
  const bool any_bound_figure = [&] {
    for (std::size_t qi = 0; qi < bound.size(); ++qi)
      if (bound[qi] && !is_calendar_date(*view.quantities[qi])) return true;
    return false;
  }();
  std::vector<const QuantityMention*> qualifiers;
  for (std::size_t qi = 0; qi < bound.size(); ++qi) {
    const QuantityMention& q = *view.quantities[qi];
    // Only a plain date dates an event: "through 2030" is a bound of its own.
    if (!bound[qi] && is_calendar_date(q) && q.comparator == Comparator::none && any_bound_figure)
      qualifiers.push_back(&q);
  }

  std::vector<Claim> claims;
  for (std::size_t qi = 0; qi < view.quantities.size(); ++qi) {
    const QuantityMention& q = *view.quantities[qi];
    if (q.kind == QuantityKind::number && !bound[qi]) continue;  // a bare number claims nothing checkable
    if (q.kind == QuantityKind::date && q.unit == "relative") continue;  // "last year" alone says little
    if (std::find(qualifiers.begin(), qualifiers.end(), &q) != qualifiers.end()) continue;
    Claim claim;
    claim.start = q.start;
    claim.end = q.end;
    claim.kind = to_string(q.kind);
    claim.quantity = q;
    claim.fact = bound[qi];
    std::string qualifier;
    if (claim.fact) {
      const Fact& f = *claim.fact;
      claim.verdict = q.interval.overlaps(f.value.interval) ? Verdict::supported : Verdict::contradicted;
      // An event dated in the base and dated otherwise in the sentence did not happen then.
      Interval when;
      if (claim.verdict == Verdict::supported && !f.when.empty() && parse_date_span(f.when, when)) {
        bool dated = false, agrees = false;
        for (const QuantityMention* d : qualifiers) {
          if (d->unit == "relative") continue;
          dated = true;
          agrees = agrees || d->interval.overlaps(when);
          if (!agrees) qualifier = std::string(view.text.substr(d->start, d->end - d->start));
        }
        if (dated && !agrees) claim.verdict = Verdict::contradicted;
        if (agrees) qualifier.clear();
      }
    }
    explain(claim, facts, view.text, qualifier);
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace factcheck
