// Stage 4b: each figure binds to the fact whose subject, object, predicate and context fit it best
// within its sentence, and the fact's value decides the verdict.
#include "match/figures.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <string_view>
#include <utility>

#include "model/units.hpp"

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
      // Basis points convert to percentage points; "%" is a percentage of its own.
      return q.kind == QuantityKind::percent && units_convert(q.unit, f.value.unit);
    case ValueKind::count:
      return q.kind == QuantityKind::count && stem(q.unit) == stem(f.value.unit);
    case ValueKind::measure:
      // Any unit of the fact's dimension: "6.2 miles" against a fact in km (model/units.hpp).
      return (q.kind == QuantityKind::measure || q.kind == QuantityKind::duration) &&
             units_convert(q.unit, f.value.unit);
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

// What the judge needs of each fact the sentence can be about that does not depend on the figure:
// worked out once per sentence, not once per figure and fact.
struct FactHere {
  std::size_t fact;
  const Predicate* predicate;
  const std::vector<Phrase>* context;
  // Its context cues outside the figures, as token ranges [first, last).
  std::vector<std::pair<std::size_t, std::size_t>> cue_spans;
  bool spans_found = false;  // cue_spans filled
  int dated = -1;            // dated_here(), -1 until asked
};

// An entity only referred to ("it", "the company"): it counts, but as if it stood `distance` away.
struct Referral {
  const Entity* entity;
  std::size_t distance;
};

// Binds the figures of one sentence to facts and judges them.
class FigureJudge {
 public:
  FigureJudge(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
              const FactBase& facts, const Lexicon& lexicon)
      : v_(view), figures_(figures), facts_(facts), all_(facts.facts()), lexicon_(lexicon) {}

  std::vector<Claim> run(std::size_t& considered) {
    find_referrals();
    find_cued_predicates();
    find_leads();
    find_facts_here();
    considered += facts_here_.size();
    if (figures_.empty()) return {};
    if (!facts_here_.empty()) count_breaks();
    const std::vector<Candidate> candidates = score_candidates();
    bound_ = assign(candidates, figures_.size(), all_);
    // A figure left over still binds to its best fact when no other fits: "it invested $14 billion in
    // OpenAI, not $1.4 billion" speaks of one fact twice.
    for (const Candidate& c : candidates)
      if (!bound_[c.quantity]) bound_[c.quantity] = &all_[c.fact];
    find_qualifiers();
    std::vector<Claim> claims;
    for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
      const QuantityMention& q = *figures_[qi];
      if (q.kind == QuantityKind::number && !bound_[qi]) continue;  // a bare number claims nothing checkable
      if (q.kind == QuantityKind::date && q.unit == "relative") continue;  // "last year" alone says little
      if (std::find(qualifiers_.begin(), qualifiers_.end(), &q) != qualifiers_.end()) continue;
      claims.push_back(judge(qi));
    }
    return claims;
  }

 private:
  bool is_named(std::string_view id) const {
    return std::any_of(v_.entities.begin(), v_.entities.end(),
                       [&](const EntityMention& m) { return m.entity->id == id; });
  }
  std::vector<Referral>::const_iterator referral(std::string_view id) const {
    return std::find_if(referred_.begin(), referred_.end(),
                        [&](const Referral& r) { return r.entity->id == id; });
  }
  bool is_referred(std::string_view id) const { return referral(id) != referred_.end(); }

  // The previous sentence's entities this one refers back to; its first one, its likely topic, less far
  // than the others.
  void find_referrals() {
    for (const EntityMention& m : v_.antecedents)
      if (!is_named(m.entity->id) && !is_referred(m.entity->id))
        referred_.push_back({m.entity, referred_.empty() ? 12u : 20u});
  }

  // The predicates with cues here, in address order (the order the index is asked in).
  void find_cued_predicates() {
    cued_.reserve(v_.cues.size());
    for (const CueMention& c : v_.cues) cued_.push_back(c.predicate);
    std::sort(cued_.begin(), cued_.end(), std::less<const Predicate*>());
    cued_.erase(std::unique(cued_.begin(), cued_.end()), cued_.end());
  }

  // The first token of a figure with its hedge words: "as much as $500 billion" starts at "as".
  void find_leads() {
    leads_.reserve(figures_.size());
    for (const QuantityMention* q : figures_) {
      std::size_t k = q->first_token;
      while (k > v_.sentence.first_token && v_.tokens[k - 1].start >= q->comparator_start) --k;
      leads_.push_back(k);
    }
  }

  // The facts this sentence can be about, through the (predicate, subject) index: never a scan.
  void find_facts_here() {
    // The entities here once each, by id: the order the index is asked in.
    present_.reserve(referred_.size() + v_.entities.size());
    for (const Referral& r : referred_) present_.push_back(r.entity);
    for (const EntityMention& m : v_.entities) present_.push_back(m.entity);
    const auto by_id = [](const Entity* a, const Entity* b) { return a->id < b->id; };
    std::sort(present_.begin(), present_.end(), by_id);
    present_.erase(std::unique(present_.begin(), present_.end()), present_.end());
    for (const Predicate* pred : cued_) {
      for (const Entity* entity : present_) {
        for (std::size_t fi : lexicon_.facts_for(pred, entity)) {
          const Fact& f = all_[fi];
          if (!f.object.empty() && !is_present(f.object)) continue;
          // The fact's predicate is `pred`: ids are unique, and the index is keyed by them.
          facts_here_.push_back({fi, pred, &lexicon_.context(fi), {}, false, -1});
        }
      }
    }
  }
  bool is_present(std::string_view id) const {
    const auto it = std::lower_bound(present_.begin(), present_.end(), id,
                                     [](const Entity* e, std::string_view key) { return e->id < key; });
    return it != present_.end() && (*it)->id == id;
  }

  // Clause breaks before each token from the sentence's first to breaks_end_ (past the sentence when a
  // figure or a name runs over its end): breaks_before_[k - first] counts them in [first, k). Filled
  // once the sentence turns out to need distances, so a distance costs two look-ups, not a scan.
  void count_breaks() {
    breaks_end_ = v_.sentence.last_token;
    for (const QuantityMention* q : figures_) breaks_end_ = std::max(breaks_end_, q->last_token);
    for (const EntityMention& m : v_.entities) breaks_end_ = std::max(breaks_end_, m.last_token);
    breaks_end_ = std::min(breaks_end_, v_.tokens.size());
    const std::size_t first = v_.sentence.first_token;
    breaks_before_.assign(breaks_end_ - first + 1, 0);
    for (std::size_t k = first; k < breaks_end_; ++k)
      breaks_before_[k - first + 1] = breaks_before_[k - first] + (is_clause_break(v_.tokens[k]) ? 1 : 0);
  }

  // Tokens between figure `qi` (with its hedge) and a token range, a clause break counting as four.
  std::size_t distance(std::size_t qi, std::size_t first, std::size_t last) const {
    const QuantityMention& q = *figures_[qi];
    std::size_t from = 0, to = 0;
    const std::size_t q_first = leads_[qi];
    if (last <= q_first) {
      from = last;
      to = q_first;
    } else if (first >= q.last_token) {
      from = q.last_token;
      to = first;
    }
    std::size_t d = to - from;
    const std::size_t breaks_first = v_.sentence.first_token;
    if (from < to && from >= breaks_first && to <= breaks_end_ && !breaks_before_.empty())
      return d + 3 * (breaks_before_[to - breaks_first] - breaks_before_[from - breaks_first]);
    for (std::size_t k = from; k < to; ++k) d += is_clause_break(v_.tokens[k]) ? 3 : 0;
    return d;
  }

  std::size_t nearest_entity(std::size_t qi, std::string_view id) const {
    const auto ref = referral(id);
    std::size_t best = ref != referred_.end() ? ref->distance : kFar;
    for (const EntityMention& m : v_.entities)
      if (m.entity->id == id) best = std::min(best, distance(qi, m.first_token, m.last_token));
    return best;
  }

  // Context cues count only outside the figures and their hedges: the "more" of "more than $14
  // billion" is a comparator, not the "more" of "tens of billions more".
  bool inside_a_figure(std::size_t at) const {
    for (std::size_t k = 0; k < figures_.size(); ++k)
      if (at >= leads_[k] && at < figures_[k]->last_token) return true;
    return false;
  }

  // The nearest context cue of a fact here to figure `qi`.
  std::size_t nearest_phrase(std::size_t qi, FactHere& h) const {
    if (!h.spans_found) {
      h.spans_found = true;
      for (const Phrase& p : *h.context) {
        for (std::size_t at : find_phrase(v_.stems, v_.sentence.first_token, v_.sentence.last_token, p))
          if (!inside_a_figure(at)) h.cue_spans.emplace_back(at, at + p.size());
      }
    }
    std::size_t best = kFar;
    for (const auto& [first, last] : h.cue_spans) best = std::min(best, distance(qi, first, last));
    return best;
  }

  // Plain dates in the sentence: a fact that happened then is the one the sentence is about.
  // A fact that changed over time is dated by the closed periods of its values: "in October 2024"
  // dates the $13 billion that held from September 2024 until January 2025.
  bool dated_here(FactHere& h) const {
    if (h.dated >= 0) return h.dated == 1;
    const Fact& f = all_[h.fact];
    std::vector<Interval> spans;
    Interval when;
    if (!f.when.empty() && parse_date_span(f.when, when)) spans.push_back(when);
    if (f.time_scoped) {
      for (const FactValue& v : f.earlier) spans.push_back(v.valid);
      if (std::isfinite(f.value.valid.high)) spans.push_back(f.value.valid);
    }
    const bool dated = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* d) {
      return is_calendar_date(*d) && d->comparator == Comparator::none && d->unit != "relative" &&
             std::any_of(spans.begin(), spans.end(),
                         [&](const Interval& s) { return d->interval.overlaps(s); });
    });
    h.dated = dated ? 1 : 0;
    return dated;
  }

  // Who does what to whom, roughly: "Microsoft will invest $3 billion in India, OpenAI said" is not
  // Microsoft investing in OpenAI, and "SoftBank put $1 billion into OpenAI, Microsoft said" is not
  // Microsoft's money.
  bool roles_fit(std::size_t qi, const Fact& f) const {
    const QuantityMention& q = *figures_[qi];
    const auto& t = v_.tokens;
    const std::size_t end = v_.sentence.last_token;
    // "in X" / "into X" right after the figure names what it goes to: it must be the fact's object.
    if (!f.object.empty() && q.last_token + 1 < end &&
        (t[q.last_token].is("in") || t[q.last_token].is("into"))) {
      const std::size_t k = q.last_token + 1;
      const auto at = std::find_if(v_.entities.begin(), v_.entities.end(),
                                   [&](const EntityMention& m) { return m.first_token == k; });
      if (at != v_.entities.end()) {
        if (at->entity->id != f.object) return false;
      } else if (t[k].is_word() && v_.capitalized(k) && !is_calendar_word(t[k].norm)) {
        return false;
      }
    }
    // The nearest organisation before the figure is the actor, unless the subject is named before it too.
    if (!is_referred(f.subject)) {
      const std::size_t from = leads_[qi];
      bool subject_before = false, other_before = false;
      for (const EntityMention& m : v_.entities) {
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
  }

  // Every (figure, fact) pair that fits, scored; and for each figure a money fact it would fit but for
  // its currency, so the reader is told why it stays unverified.
  std::vector<Candidate> score_candidates() {
    std::vector<Candidate> candidates;
    other_currency_.assign(figures_.size(), nullptr);
    for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
      const QuantityMention& q = *figures_[qi];
      for (FactHere& h : facts_here_) {
        const Fact& f = all_[h.fact];
        if (!kinds_agree(q, f, h.predicate->value)) {
          if (q.kind == QuantityKind::money && h.predicate->value == ValueKind::money && h.context->empty())
            other_currency_[qi] = &f;
          continue;
        }
        if (!roles_fit(qi, f)) continue;
        const double score = score_pair(qi, h);
        if (score >= 0) candidates.push_back({score, qi, h.fact});
      }
    }
    sort_by_score(candidates);
    return candidates;
  }

  // How well figure `qi` fits a fact here whose kind and roles agree with it; negative when it cannot.
  double score_pair(std::size_t qi, FactHere& h) const {
    const Fact& f = all_[h.fact];
    const auto& context = *h.context;
    const std::size_t d_ctx = context.empty() ? kFar : nearest_phrase(qi, h);
    const bool dated = !is_calendar_date(*figures_[qi]) && dated_here(h);
    if (!context.empty() && d_ctx == kFar && !dated) return -1;  // its date stands in for context
    // The best cue of the predicate: near, and a phrase ("capital spending") over a word ("commit").
    double cue = 0;
    for (const CueMention& c : v_.cues) {
      if (c.predicate != h.predicate) continue;
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
    return score;
  }

  // Dates nothing bound to qualify the sentence's other claims ("tens of billions ... in 2023").
  void find_qualifiers() {
    bool any_bound_figure = false;
    for (std::size_t qi = 0; qi < bound_.size(); ++qi)
      if (bound_[qi] && !is_calendar_date(*figures_[qi])) any_bound_figure = true;
    for (std::size_t qi = 0; qi < bound_.size(); ++qi) {
      const QuantityMention& q = *figures_[qi];
      // Only a plain date dates an event: "through 2030" is a bound of its own.
      if (!bound_[qi] && is_calendar_date(q) && q.comparator == Comparator::none && any_bound_figure)
        qualifiers_.push_back(&q);
    }
  }

  // The claim of figure `qi`, judged against its fact if it has one.
  Claim judge(std::size_t qi) const {
    const QuantityMention& q = *figures_[qi];
    Claim claim;
    claim.start = q.start;
    claim.end = q.end;
    claim.quantity = q;
    claim.fact = bound_[qi];
    if (!claim.fact) claim.other_currency = other_currency_[qi];
    // A figure in another unit than the fact's is judged in the fact's unit ("10 miles" as 16.09 km).
    if (claim.fact) claim.compared = in_unit(q, claim.fact->value.unit);
    const QuantityMention& judged = claim.compared ? *claim.compared : q;
    if (claim.fact && claim.fact->time_scoped) {
      claim.date_said = judge_in_time(claim, judged, *claim.fact, qualifiers_, v_.text);
    } else if (claim.fact) {
      judge_event(claim, judged, *claim.fact);
    }
    set_deviation(claim);
    return claim;
  }

  // A fact with one value: the figure fits it or not, and an event dated otherwise in the sentence did
  // not happen then.
  void judge_event(Claim& claim, const QuantityMention& q, const Fact& f) const {
    claim.value = &f.value;
    claim.verdict = q.interval.overlaps(f.value.interval) ? Verdict::supported : Verdict::contradicted;
    Interval when;
    if (claim.verdict != Verdict::supported || f.when.empty() || !parse_date_span(f.when, when)) return;
    bool dated = false, agrees = false;
    for (const QuantityMention* d : qualifiers_) {
      if (d->unit == "relative") continue;
      dated = true;
      agrees = agrees || d->interval.overlaps(when);
      if (!agrees) claim.date_said = std::string(v_.text.substr(d->start, d->end - d->start));
    }
    if (dated && !agrees) claim.verdict = Verdict::contradicted;
    if (agrees) claim.date_said.clear();
  }

  // (claimed - fact) / fact, for a figure compared with a numeric value.
  void set_deviation(Claim& claim) const {
    if (!claim.fact || !claim.value) return;
    const Predicate* pred = facts_.predicate(claim.fact->predicate);
    const double said = claim.compared ? claim.compared->value : claim.quantity->value;
    if (pred->value != ValueKind::date && claim.value->amount != 0)
      claim.deviation = (said - claim.value->amount) / claim.value->amount;
  }

  const SentenceView& v_;
  const std::vector<const QuantityMention*>& figures_;
  const FactBase& facts_;
  const std::vector<Fact>& all_;
  const Lexicon& lexicon_;
  std::vector<Referral> referred_;
  std::vector<const Predicate*> cued_;
  std::vector<std::size_t> leads_;
  std::vector<const Entity*> present_;
  std::vector<FactHere> facts_here_;
  std::size_t breaks_end_ = 0;
  std::vector<std::size_t> breaks_before_;
  std::vector<const Fact*> other_currency_;
  std::vector<const Fact*> bound_;
  std::vector<const QuantityMention*> qualifiers_;
};

}  // namespace

std::vector<Claim> judge_figures(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
                                 const FactBase& facts, const Lexicon& lexicon, std::size_t& considered) {
  return FigureJudge(view, figures, facts, lexicon).run(considered);
}

}  // namespace factcheck
