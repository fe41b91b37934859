// Stages 4b and 5: each quantity binds to the fact whose subject, object, predicate and context fit it
// best within its sentence, and the fact's value decides the verdict.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <string_view>
#include <utility>

#include "match/sentence.hpp"

namespace factcheck {
namespace {

constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();

// Words that end a clause: a cue across one of them rarely governs the figure.
bool is_clause_break(const Token& t) {
  // By length first: one comparison at most for any token.
  const std::string_view w = t.norm;
  switch (w.size()) {
    case 1:
      return w[0] == ',' || w[0] == ';' || w[0] == ':';
    case 2:
      return w == "--";
    case 3:
      return w == "and" || w == "but";
    case 4:
      return w == "with";
    case 5:
      return w == "while";
    case 7:
      return w == "whereas";
    default:
      return false;
  }
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

// Month and day names: "invested $10 billion in January" says when, not in whom.
bool is_calendar_word(const std::string& w) {
  static const std::set<std::string> kWords = {
      "january",  "february", "march",    "april",  "may", "june", "july",   "august",  "september",
      "october",  "november", "december", "jan",    "feb", "mar",  "apr",    "jun",     "jul",
      "aug",      "sep",      "sept",     "oct",    "nov", "dec",  "monday", "tuesday", "wednesday",
      "thursday", "friday",   "saturday", "sunday", "q1",  "q2",   "q3",     "q4",      "fiscal"};
  return kWords.count(w) > 0;
}

bool is_calendar_date(const QuantityMention& q) {
  return q.kind == QuantityKind::date;
}

struct Candidate {
  double score;
  std::size_t quantity;  // index into view.quantities
  std::size_t fact;      // index into facts.facts()
};

// Best first; among equals, in the order they were found.
void sort_by_score(std::vector<Candidate>& candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

// Binds each figure to at most one fact and each fact to at most one figure, maximising the total
// score: two figures in a sentence bind to two facts ("$750 million into OpenAI's $6.6 billion
// round"). Exact search over the few figures a sentence has; greedy, best pair first, beyond that.
// `candidates` come sorted by sort_by_score().
std::vector<const Fact*> assign(const std::vector<Candidate>& candidates, std::size_t figures,
                                const std::vector<Fact>& all) {
  // Exact search stays small: at most six figures, each with its three best facts (4^6 leaves).
  constexpr std::size_t kExactLimit = 6;
  constexpr std::size_t kChoicesPerFigure = 3;
  std::vector<const Fact*> bound(figures, nullptr);
  if (candidates.empty()) return bound;  // most sentences: no figure fits any fact
  // A sentence has a few figures and facts: flat vectors searched in place. Figure f's best facts
  // are choices[f * kChoicesPerFigure, + choice_count[f]).
  std::vector<const Candidate*> choices(figures * kChoicesPerFigure, nullptr);
  std::vector<std::size_t> choice_count(figures, 0);
  for (const Candidate& c : candidates) {
    std::size_t& count = choice_count[c.quantity];
    if (count < kChoicesPerFigure) choices[c.quantity * kChoicesPerFigure + count++] = &c;
  }
  std::vector<std::size_t> order;  // the figures with candidates, in order
  for (std::size_t figure = 0; figure < figures; ++figure)
    if (choice_count[figure] > 0) order.push_back(figure);
  std::vector<std::size_t> used;  // facts taken
  const auto is_used = [&](std::size_t fact) {
    return std::find(used.begin(), used.end(), fact) != used.end();
  };
  if (order.size() > kExactLimit) {
    for (const Candidate& c : candidates) {
      if (bound[c.quantity] || is_used(c.fact)) continue;
      bound[c.quantity] = &all[c.fact];
      used.push_back(c.fact);
    }
    return bound;
  }
  std::vector<const Candidate*> current(order.size(), nullptr), best(order.size(), nullptr);
  double best_score = -1;
  // Depth-first over figures; each takes one of its facts not yet taken, or none.
  auto search = [&](auto& self, std::size_t i, double score) -> void {
    if (i == order.size()) {
      if (score > best_score + 1e-12) {
        best_score = score;
        best = current;
      }
      return;
    }
    for (std::size_t k = 0; k < choice_count[order[i]]; ++k) {
      const Candidate* c = choices[order[i] * kChoicesPerFigure + k];
      if (is_used(c->fact)) continue;
      used.push_back(c->fact);
      current[i] = c;
      self(self, i + 1, score + c->score);
      used.pop_back();
    }
    current[i] = nullptr;
    self(self, i + 1, score);
  };
  search(search, 0, 0.0);
  for (const Candidate* c : best)
    if (c) bound[c->quantity] = &all[c->fact];
  return bound;
}

// Judges a figure against a fact whose value changed over time. A date in the sentence picks the
// values that held then; with none, the current value decides, and a figure that fits only an earlier
// value is outdated. Returns the sentence's date the verdict rests on, if any.
std::string judge_in_time(Claim& claim, const QuantityMention& q, const Fact& f,
                          const std::vector<const QuantityMention*>& qualifiers, std::string_view text) {
  std::vector<const FactValue*> values;
  for (const FactValue& v : f.earlier) values.push_back(&v);
  values.push_back(&f.value);
  const auto fits = [&](const FactValue* v) { return q.interval.overlaps(v->interval); };
  for (const QuantityMention* d : qualifiers) {
    if (d->unit == "relative") continue;
    const std::string said(text.substr(d->start, d->end - d->start));
    std::vector<const FactValue*> then;
    for (const FactValue* v : values)
      if (d->interval.overlaps(v->valid)) then.push_back(v);
    if (then.empty()) {
      claim.verdict = Verdict::unverified;
      claim.value = nullptr;
      return said;
    }
    const auto it = std::find_if(then.rbegin(), then.rend(), fits);
    claim.verdict = it != then.rend() ? Verdict::supported : Verdict::contradicted;
    claim.value = it != then.rend() ? *it : then.back();
    return said;
  }
  claim.value = &f.value;
  // A figure that names an earlier value ("$13 billion") is outdated even where the current one's
  // hedge would admit it ("nearly $14 billion"); one that names no value exactly fits by tolerance.
  const auto names = [&](const FactValue& v) { return v.amount != 0 && q.interval.contains(v.amount); };
  const auto it = std::find_if(f.earlier.rbegin(), f.earlier.rend(), [&](const FactValue& v) {
    return fits(&v) && (!fits(&f.value) || (names(v) && !names(f.value) && v.amount != f.value.amount));
  });
  if (it != f.earlier.rend()) {
    claim.verdict = Verdict::outdated;
    claim.earlier = &*it;
  } else {
    claim.verdict = fits(&f.value) ? Verdict::supported : Verdict::contradicted;
  }
  return "";
}

}  // namespace

std::vector<Claim> judge_quantities(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon,
                                    std::size_t& considered) {
  const auto& all = facts.facts();
  // A sentence names a few entities and has a few cues: flat vectors searched in place, not maps.
  const auto is_named = [&](std::string_view id) {
    return std::any_of(view.entities.begin(), view.entities.end(),
                       [&](const EntityMention& m) { return m.entity->id == id; });
  };
  // An entity only referred to ("it", "the company") counts, but as if it stood far away; the previous
  // sentence's first entity, its likely topic, less far than the others.
  struct Referral {
    const Entity* entity;
    std::size_t distance;
  };
  std::vector<Referral> referred;
  const auto referral = [&](std::string_view id) {
    return std::find_if(referred.begin(), referred.end(),
                        [&](const Referral& r) { return r.entity->id == id; });
  };
  const auto is_referred = [&](std::string_view id) { return referral(id) != referred.end(); };
  for (const EntityMention& m : view.antecedents)
    if (!is_named(m.entity->id) && !is_referred(m.entity->id))
      referred.push_back({m.entity, referred.empty() ? 12u : 20u});
  // The predicates with cues here, in address order (the order the index is asked in).
  std::vector<const Predicate*> cued;
  cued.reserve(view.cues.size());
  for (const CueMention& c : view.cues) cued.push_back(c.predicate);
  std::sort(cued.begin(), cued.end(), std::less<const Predicate*>());
  cued.erase(std::unique(cued.begin(), cued.end()), cued.end());

  // The first token of a figure with its hedge words: "as much as $500 billion" starts at "as".
  std::vector<std::size_t> leads;
  leads.reserve(view.quantities.size());
  for (const QuantityMention* q : view.quantities) {
    std::size_t k = q->first_token;
    while (k > view.sentence.first_token && view.tokens[k - 1].start >= q->comparator_start) --k;
    leads.push_back(k);
  }
  // Clause breaks before each token from the sentence's first to `breaks_end` (past the sentence when
  // a figure or a name runs over its end): breaks_before[k - first] counts them in [first, k). Filled
  // once the sentence turns out to need distances, so a distance costs two look-ups, not a scan.
  const std::size_t breaks_first = view.sentence.first_token;
  std::size_t breaks_end = view.sentence.last_token;
  for (const QuantityMention* q : view.quantities) breaks_end = std::max(breaks_end, q->last_token);
  for (const EntityMention& m : view.entities) breaks_end = std::max(breaks_end, m.last_token);
  breaks_end = std::min(breaks_end, view.tokens.size());
  std::vector<std::size_t> breaks_before;
  // Tokens between figure `qi` (with its hedge) and a token range, a clause break counting as four.
  auto distance = [&](std::size_t qi, std::size_t first, std::size_t last) {
    const QuantityMention& q = *view.quantities[qi];
    std::size_t from = 0, to = 0;
    const std::size_t q_first = leads[qi];
    if (last <= q_first) {
      from = last;
      to = q_first;
    } else if (first >= q.last_token) {
      from = q.last_token;
      to = first;
    }
    std::size_t d = to - from;
    if (from < to && from >= breaks_first && to <= breaks_end && !breaks_before.empty())
      return d + 3 * (breaks_before[to - breaks_first] - breaks_before[from - breaks_first]);
    for (std::size_t k = from; k < to; ++k) d += is_clause_break(view.tokens[k]) ? 3 : 0;
    return d;
  };
  auto nearest_entity = [&](std::size_t qi, std::string_view id) {
    const auto ref = referral(id);
    std::size_t best = ref != referred.end() ? ref->distance : kFar;
    for (const EntityMention& m : view.entities)
      if (m.entity->id == id) best = std::min(best, distance(qi, m.first_token, m.last_token));
    return best;
  };
  // Context cues count only outside the figures and their hedges: the "more" of "more than $14
  // billion" is a comparator, not the "more" of "tens of billions more".
  auto inside_a_figure = [&](std::size_t at) {
    for (std::size_t k = 0; k < view.quantities.size(); ++k)
      if (at >= leads[k] && at < view.quantities[k]->last_token) return true;
    return false;
  };

  // The facts this sentence can be about, through the (predicate, subject) index: never a scan.
  // The entities here once each, by id: the order the index is asked in.
  std::vector<const Entity*> present;
  present.reserve(referred.size() + view.entities.size());
  for (const Referral& r : referred) present.push_back(r.entity);
  for (const EntityMention& m : view.entities) present.push_back(m.entity);
  const auto by_id = [](const Entity* a, const Entity* b) { return a->id < b->id; };
  std::sort(present.begin(), present.end(), by_id);
  present.erase(std::unique(present.begin(), present.end()), present.end());
  const auto is_present = [&](std::string_view id) {
    const auto it = std::lower_bound(present.begin(), present.end(), id,
                                     [](const Entity* e, std::string_view key) { return e->id < key; });
    return it != present.end() && (*it)->id == id;
  };
  // What the matcher needs of each fact here that does not depend on the figure: worked out once per
  // sentence, not once per figure and fact.
  struct FactHere {
    std::size_t fact;
    const Predicate* predicate;
    const std::vector<Phrase>* context;
    // Its context cues outside the figures, as token ranges [first, last).
    std::vector<std::pair<std::size_t, std::size_t>> cue_spans;
    bool spans_found = false;  // cue_spans filled
    int dated = -1;            // dated_here(), -1 until asked
  };
  std::vector<FactHere> facts_here;
  for (const Predicate* pred : cued) {
    for (const Entity* entity : present) {
      for (std::size_t fi : lexicon.facts_for(pred, entity)) {
        const Fact& f = all[fi];
        if (!f.object.empty() && !is_present(f.object)) continue;
        // The fact's predicate is `pred`: ids are unique, and the index is keyed by them.
        facts_here.push_back({fi, pred, &lexicon.context(fi), {}, false, -1});
      }
    }
  }

  considered += facts_here.size();
  if (view.quantities.empty()) return {};
  if (!facts_here.empty()) {
    breaks_before.assign(breaks_end - breaks_first + 1, 0);
    for (std::size_t k = breaks_first; k < breaks_end; ++k)
      breaks_before[k - breaks_first + 1] =
          breaks_before[k - breaks_first] + (is_clause_break(view.tokens[k]) ? 1 : 0);
  }

  // The nearest context cue of a fact here to figure `qi`.
  auto nearest_phrase = [&](std::size_t qi, FactHere& h) {
    if (!h.spans_found) {
      h.spans_found = true;
      for (const Phrase& p : *h.context) {
        for (std::size_t at : find_phrase(view.stems, view.sentence.first_token, view.sentence.last_token, p))
          if (!inside_a_figure(at)) h.cue_spans.emplace_back(at, at + p.size());
      }
    }
    std::size_t best = kFar;
    for (const auto& [first, last] : h.cue_spans) best = std::min(best, distance(qi, first, last));
    return best;
  };

  // Plain dates in the sentence: a fact that happened then is the one the sentence is about.
  // A fact that changed over time is dated by the closed periods of its values: "in October 2024"
  // dates the $13 billion that held from September 2024 until January 2025.
  auto dated_here = [&](FactHere& h) {
    if (h.dated >= 0) return h.dated == 1;
    const Fact& f = all[h.fact];
    std::vector<Interval> spans;
    Interval when;
    if (!f.when.empty() && parse_date_span(f.when, when)) spans.push_back(when);
    if (f.time_scoped) {
      for (const FactValue& v : f.earlier) spans.push_back(v.valid);
      if (std::isfinite(f.value.valid.high)) spans.push_back(f.value.valid);
    }
    const bool dated =
        std::any_of(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* d) {
          return is_calendar_date(*d) && d->comparator == Comparator::none && d->unit != "relative" &&
                 std::any_of(spans.begin(), spans.end(),
                             [&](const Interval& s) { return d->interval.overlaps(s); });
        });
    h.dated = dated ? 1 : 0;
    return dated;
  };

  // Who does what to whom, roughly: "Microsoft will invest $3 billion in India, OpenAI said" is not
  // Microsoft investing in OpenAI, and "SoftBank put $1 billion into OpenAI, Microsoft said" is not
  // Microsoft's money.
  auto roles_fit = [&](std::size_t qi, const Fact& f) {
    const QuantityMention& q = *view.quantities[qi];
    const auto& t = view.tokens;
    const std::size_t end = view.sentence.last_token;
    // "in X" / "into X" right after the figure names what it goes to: it must be the fact's object.
    if (!f.object.empty() && q.last_token + 1 < end &&
        (t[q.last_token].is("in") || t[q.last_token].is("into"))) {
      const std::size_t k = q.last_token + 1;
      const auto at = std::find_if(view.entities.begin(), view.entities.end(),
                                   [&](const EntityMention& m) { return m.first_token == k; });
      if (at != view.entities.end()) {
        if (at->entity->id != f.object) return false;
      } else if (t[k].is_word() && view.capitalized(k) && !is_calendar_word(t[k].norm)) {
        return false;
      }
    }
    // The nearest organisation before the figure is the actor, unless the subject is named before it too.
    if (!is_referred(f.subject)) {
      const std::size_t from = leads[qi];
      bool subject_before = false, other_before = false;
      for (const EntityMention& m : view.entities) {
        if (m.last_token > from) break;
        if (m.entity->id == f.subject) {
          subject_before = true;
        } else if (m.entity->id != f.object && !m.entity->is_person()) {
          other_before = true;
        }
      }
      if (other_before && !subject_before) return false;
    }
    return true;
  };

  std::vector<Candidate> candidates;
  // A money fact a figure would fit but for its currency: the reader is told why it stays unverified.
  std::vector<const Fact*> other_currency(view.quantities.size(), nullptr);
  for (std::size_t qi = 0; qi < view.quantities.size(); ++qi) {
    const QuantityMention& q = *view.quantities[qi];
    for (FactHere& h : facts_here) {
      const std::size_t fi = h.fact;
      const Fact& f = all[fi];
      const Predicate* pred = h.predicate;
      const auto& context = *h.context;
      if (!kinds_agree(q, f, pred->value)) {
        if (q.kind == QuantityKind::money && pred->value == ValueKind::money && context.empty())
          other_currency[qi] = &f;
        continue;
      }
      if (!roles_fit(qi, f)) continue;
      const std::size_t d_ctx = context.empty() ? kFar : nearest_phrase(qi, h);
      const bool dated = !is_calendar_date(q) && dated_here(h);
      if (!context.empty() && d_ctx == kFar && !dated) continue;  // its date stands in for context
      // The best cue of the predicate: near, and a phrase ("capital spending") over a word ("commit").
      double cue = 0;
      for (const CueMention& c : view.cues) {
        if (c.predicate != pred) continue;
        const double words = static_cast<double>(c.last_token - c.first_token);
        cue = std::max(cue, closeness(distance(qi, c.first_token, c.last_token)) * (1 + 0.25 * (words - 1)));
      }
      // Evidence adds up: the predicate's cue weighs most, as the word that governs the figure, then
      // the subject, the object and the context, each by how near it stands.
      double score = 2 * cue;
      const double subject = closeness(nearest_entity(qi, f.subject));
      const double object = f.object.empty() ? 0 : closeness(nearest_entity(qi, f.object));
      // Both entities only referred to back there: one reference's worth of evidence, not two.
      const bool both_referred = !f.object.empty() && is_referred(f.subject) && is_referred(f.object);
      score += both_referred ? std::max(subject, object) : subject + object;
      if (!context.empty()) score += closeness(d_ctx);
      // A fact whose context cues are present, or whose date the sentence gives, is more specific
      // than its siblings: "$750 million into the round" is not the running total.
      // A date standing in for missing context cues is weaker evidence than the two together.
      const bool context_found = !context.empty() && d_ctx != kFar;
      score += (context_found ? 0.5 : 0) + (dated ? (context.empty() || context_found ? 0.5 : 0.25) : 0);
      candidates.push_back({score, qi, fi});
    }
  }

  sort_by_score(candidates);
  std::vector<const Fact*> bound = assign(candidates, view.quantities.size(), all);
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

  // The known entities the sentence names, for explaining what an unverified figure lacked.
  std::vector<std::string> names;
  for (const EntityMention& m : view.entities)
    if (std::find(names.begin(), names.end(), m.entity->name) == names.end()) names.push_back(m.entity->name);

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
    if (claim.fact && claim.fact->time_scoped) {
      qualifier = judge_in_time(claim, q, *claim.fact, qualifiers, view.text);
    } else if (claim.fact) {
      const Fact& f = *claim.fact;
      claim.value = &f.value;
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
    explain(claim, facts, view.text, qualifier, {&names, other_currency[qi]});
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace factcheck
