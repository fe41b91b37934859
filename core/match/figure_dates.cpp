// The figure judge's dates: when a date of the sentence says, which figure it dates, and the claims of
// the dates that say when a bound figure's event happened or a running total began (match/figure_judge.hpp).
#include "learn/governors.hpp"
#include "match/figure_judge.hpp"
#include "match/stance.hpp"
#include "model/dates.hpp"

namespace factcheck {

Interval FigureJudge::when_said(const QuantityMention& d) const {
  Interval span = d.interval;
  if (d.unit != "year" || d.first_token == v_.sentence.first_token) return span;
  const auto& t = v_.tokens;
  std::size_t k = d.first_token - 1;
  if (t[k].is("-") && k > v_.sentence.first_token) --k;
  if (t[k].is("of") && k > v_.sentence.first_token) --k;
  const double year = span.low;
  const auto months = [&](int from, int to) {
    return Interval{date_span(static_cast<int>(year), from).low, date_span(static_cast<int>(year), to).high,
                    false, true};
  };
  if (t[k].is("early")) return months(1, 4);
  if (t[k].is("mid") || t[k].is("middle")) return months(5, 8);
  if (t[k].is("late") || t[k].is("end")) return months(9, 12);
  return span;
}

std::vector<Interval> FigureJudge::fact_spans(const Fact& f) const {
  std::vector<Interval> spans;
  Interval when;
  if (!f.when.empty() && parse_date_span(f.when, when)) spans.push_back(when);
  if (f.time_scoped) {
    for (const FactValue& v : f.earlier) spans.push_back(v.valid);
    if (std::isfinite(f.value.valid.high)) spans.push_back(f.value.valid);
  }
  return spans;
}

const Fact* FigureJudge::sibling_of_its_year(std::size_t qi, const Fact& f) const {
  if (f.when.empty()) return nullptr;
  const Entity* subject = facts_.entity(f.subject);
  if (!subject) return nullptr;
  for (const QuantityMention* d : dates_of(qi)) {
    if (d->unit == "relative") continue;
    const auto covers = [&](const Fact& g) {
      const std::vector<Interval> spans = fact_spans(g);
      return std::any_of(spans.begin(), spans.end(),
                         [&](const Interval& s) { return when_said(*d).overlaps(s); });
    };
    if (covers(f)) return nullptr;
    for (std::size_t gi : lexicon_.facts_for(predicate_of(f), subject))
      if (&all_[gi] != &f && !all_[gi].when.empty() && covers(all_[gi])) return &all_[gi];
  }
  return nullptr;
}

const Fact* FigureJudge::current_sibling(std::size_t qi, const Fact& f) const {
  if (f.when.empty() || !qualifiers_.empty() ||
      told_as_earlier(v_.tokens, v_.sentence.first_token, leads_[qi]))
    return nullptr;
  const Entity* subject = facts_.entity(f.subject);
  if (!subject) return nullptr;
  const std::size_t fi = static_cast<std::size_t>(&f - all_.data());
  const std::vector<Interval> spans = fact_spans(f);
  for (std::size_t gi : lexicon_.facts_for(predicate_of(f), subject)) {
    const Fact& g = all_[gi];
    if (gi == fi || !g.when.empty() || g.object != f.object ||
        &lexicon_.context(gi) != &lexicon_.context(fi) || agrees(*figures_[qi], g.value))
      continue;
    // Only a period over before the sibling's source was written: a quarter after a year's results is
    // no earlier figure of them.
    const Source* source = facts_.source(g.source);
    Interval written;
    if (!source || !parse_date_span(source->date, written)) continue;
    if (!spans.empty() &&
        std::all_of(spans.begin(), spans.end(), [&](const Interval& s) { return s.high < written.low; }))
      return &g;
  }
  return nullptr;
}

bool FigureJudge::dated_here(FactHere& h) const {
  if (h.dated >= 0) return h.dated == 1;
  const auto a_date = [&](const QuantityMention* d) {
    return is_calendar_date(*d) && d->comparator == Comparator::none && d->unit != "relative" &&
           !in_since_phrase(d->first_token);
  };
  // Most sentences give no date: then the fact's spans are not worked out at all.
  if (std::none_of(figures_.begin(), figures_.end(), a_date)) {
    h.dated = 0;
    return false;
  }
  const std::vector<Interval> spans = fact_spans(all_[h.fact]);
  const bool dated = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* d) {
    return a_date(d) && std::any_of(spans.begin(), spans.end(),
                                    [&](const Interval& s) { return when_said(*d).overlaps(s); });
  });
  h.dated = dated ? 1 : 0;
  return dated;
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

void FigureJudge::find_qualifiers() {
  // Each plain date dates the bound figure nearest to it: in "contributed 6.6 bln dlrs to the round, has
  // invested 14 bln dlrs, starting with 1 bln dlrs in July 2019", July 2019 is the 1 bln dlrs' date.
  for (std::size_t di = 0; di < bound_.size(); ++di) {
    const QuantityMention& d = *figures_[di];
    // Only a plain date dates an event: "through 2030" is a bound of its own. A day with no year
    // ("fiscal year ends 30 June") dates nothing.
    // But a running total "by" a month is the total as of then: "had invested $13 billion by September
    // 2024".
    const bool by_then = d.comparator == Comparator::until && d.first_token > v_.sentence.first_token &&
                         v_.tokens[d.first_token - 1].is("by");
    if (bound_[di] || !is_calendar_date(d) || (d.comparator != Comparator::none && !by_then) ||
        is_yearless(d) || is_citation(d) || in_since_phrase(d.first_token))
      continue;
    // The nearest figure of any kind: "up from 29 bln dlrs in early 2023" dates the 29 bln, unbound or
    // not, and no other figure of the sentence.
    std::size_t owner = kFar, best = kFar;
    for (std::size_t qi = 0; qi < bound_.size(); ++qi) {
      const QuantityMention& q = *figures_[qi];
      if (is_calendar_date(q) || (q.kind == QuantityKind::number && !bound_[qi])) continue;
      if (!bound_[qi] && counted_from_another_date(q)) continue;
      // A figure restated in brackets is the one before it: "1 billion dollars (about 110 billion yen at
      // the time) in 2019" dates the dollars.
      if (restates_the_one_before(qi)) continue;
      const std::size_t last = end_with_restatement(qi);
      const std::size_t gap = q.first_token >= d.last_token ? q.first_token - d.last_token
                              : d.first_token >= last       ? d.first_token - last
                                                            : 0;
      // Not across a semicolon: "agreed to invest $10 billion in 2023; by 30 September 2024 its total
      // stood at $13 billion" dates the total.
      if (semicolon_between(q.first_token, last, d)) continue;
      if (gap < best) {
        best = gap;
        owner = qi;
      }
    }
    if (owner == kFar || !bound_[owner]) continue;
    // A figure bound by its value alone is dated only by the date of its fact: "Microsoft's first $1
    // billion came in July 2019". Another date may be another figure's of the same amount.
    if (by_value_[owner]) {
      const std::vector<Interval> spans = fact_spans(*bound_[owner]);
      if (std::none_of(spans.begin(), spans.end(),
                       [&](const Interval& s) { return when_said(d).overlaps(s); }))
        continue;
    }
    // (Only a month before the latest value was given: "by 2026" is a plan.)
    if (by_then && (bound_[owner]->earlier.empty() || !bound_[owner]->when.empty() ||
                    !(d.interval.high <= bound_[owner]->value.valid.low)))
      continue;
    // Not across a clause with a subject of its own: "OpenAI only got started in 2015 and it's already
    // worth $157B" does not date the $157B.
    const QuantityMention& q = *figures_[owner];
    const std::size_t from = std::min(q.last_token, d.last_token),
                      to = std::max(q.first_token, d.first_token);
    bool apart = false;
    // Nor across "and then": "invested one billion dollars in july twenty nineteen and then about ten
    // billion more" dates the billion.
    for (std::size_t k = from; k + 1 < to && !apart; ++k)
      apart = token_is(v_.tokens[k], {"and", "but", "while", "whereas", ";"}) &&
              token_is(v_.tokens[k + 1], {"it", "it's", "they", "he", "she", "we", "this", "that", "then"});
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

bool FigureJudge::semicolon_between(std::size_t first, std::size_t last, const QuantityMention& d) const {
  for (std::size_t k = std::min(last, d.last_token); k < std::max(first, d.first_token); ++k)
    if (v_.tokens[k].is(";")) return true;
  return false;
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

bool FigureJudge::counted_from_another_date(const QuantityMention& q) const {
  return q.kind == QuantityKind::duration && q.last_token < v_.sentence.last_token &&
         token_is(v_.tokens[q.last_token],
                  {"later", "earlier", "after", "afterwards", "before", "ago", "on"});
}

std::vector<const QuantityMention*> FigureJudge::dates_of(std::size_t qi) const {
  std::vector<const QuantityMention*> out;
  for (std::size_t i = 0; i < qualifiers_.size(); ++i)
    if (dated_figure_[i] == qi) out.push_back(qualifiers_[i]);
  return out;
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
    if (!c.fact && counted_from_another_date(*c.quantity)) continue;
    // "(about 110 billion yen at the time)": the figure before the bracket is the one dated.
    bool restated = false;
    std::size_t last = c.quantity->last_token;
    for (std::size_t qi = 0; qi < figures_.size(); ++qi) {
      if (figures_[qi]->start != c.quantity->start) continue;
      restated = restates_the_one_before(qi);
      last = end_with_restatement(qi);
    }
    if (restated || semicolon_between(c.quantity->first_token, last, d)) continue;
    const std::size_t gap = c.quantity->first_token >= d.last_token ? c.quantity->first_token - d.last_token
                            : d.first_token >= last                 ? d.first_token - last
                                                                    : 0;
    if (gap < best) {
      best = gap;
      dated = &c;
    }
  }
  if (dated && (!dated->fact || dated->fact->when.empty())) dated = nullptr;
  // A figure left unverified names its closest fact only to explain: the date dates nothing known.
  if (dated && dated->verdict == Verdict::unverified) dated = nullptr;
  Interval when;
  if (!dated || !parse_date_span(dated->fact->when, when)) return std::nullopt;
  const bool agrees = when_said(d).overlaps(when);
  if (!agrees && bound_by_value(*dated->quantity)) return std::nullopt;  // evidence for it, never against
  // "the group, founded in 1962, handed over 2,184 homes": a date an event word governs is that event's.
  if (!agrees && !event_of_date(v_.tokens, v_.sentence, d).empty()) return std::nullopt;
  // A figure with a date of its own nearer to it is dated by that one: "per the 2024 annual press
  // conference, Valmont delivered 1.84M vehicles in 2023" dates the press conference, not the vehicles.
  if (!agrees && nearer_date(d, *dated->quantity, best)) return std::nullopt;
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

bool FigureJudge::nearer_date(const QuantityMention& d, const QuantityMention& q, std::size_t gap) const {
  return std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* o) {
    if (o == &d || o->start == d.start || !is_calendar_date(*o) || o->comparator != Comparator::none)
      return false;
    const std::size_t g = q.first_token >= o->last_token   ? q.first_token - o->last_token
                          : o->first_token >= q.last_token ? o->first_token - q.last_token
                                                           : 0;
    return g < gap;
  });
}

std::string FigureJudge::another_event(const QuantityMention& q, const Fact& f) const {
  const std::string event = event_of_date(v_.tokens, v_.sentence, q);
  const Predicate* p = facts_.predicate(f.predicate);
  if (event.empty() || !p || p->value != ValueKind::date || !facts_.from_documents()) return "";
  for (const std::string& word : event_family(event))
    if (std::find(p->cues.begin(), p->cues.end(), word) != p->cues.end()) return "";
  return event;
}

bool FigureJudge::event_unread(const QuantityMention& q, const Fact& f) const {
  const Predicate* p = facts_.predicate(f.predicate);
  if (q.kind != QuantityKind::date || !p || p->value != ValueKind::date || !facts_.from_documents())
    return false;
  // An event's date, read as the learner reads it ("will open the line in 2029", "is opening its base on 1
  // June"): one it does not read so ("founded i December 1012", "founded*i 2016") is no event's to call
  // wrong.
  const bool event = std::any_of(p->cues.begin(), p->cues.end(),
                                 [](const std::string& cue) { return !event_family(cue).empty(); });
  return event && event_of_date(v_.tokens, v_.sentence, q).empty();
}

void FigureJudge::judge_event_dates(std::vector<Claim>& claims) {
  // "Nadella wrote the company's first cheque to OpenAI in 2019": a date with no figure beside it, and
  // one dated event of the sentence's cue, subject and context cues that it fits. Only a match is
  // marked: the sentence may date another event of the same kind the base does not hold.
  // (A figure left unverified is beside it too: "The storm was 21-22 Sept 2023 but the damage is now
  // €740 million" dates the damage, which the sources do not give.)
  if (std::any_of(claims.begin(), claims.end(), [](const Claim& c) {
        return c.quantity && c.quantity->kind != QuantityKind::date &&
               c.quantity->kind != QuantityKind::number;
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

}  // namespace factcheck
