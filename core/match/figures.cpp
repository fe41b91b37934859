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

#include "match/assignment.hpp"
#include "match/stance.hpp"

namespace factcheck {
namespace {

constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();

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

// Words that make the name before them describe a person, not act: "former OpenAI chief scientist",
// "OpenAI board chair Bret Taylor", "Microsoft co-founder Bill Gates".
bool is_person_noun(const Token& t) {
  static const std::set<std::string_view> kWords = {
      "chief",       "ceo",        "cto",         "cfo",        "coo",       "executive",    "executives",
      "officer",     "president",  "founder",     "cofounder",  "co",        "scientist",    "engineer",
      "engineers",   "researcher", "researchers", "employee",   "employees", "staff",        "staffer",
      "board",       "chair",      "chairman",    "chairwoman", "director",  "spokesperson", "spokesman",
      "spokeswoman", "boss",       "head",        "alum",       "alumnus",   "veteran",      "leadership",
      "insiders",    "insider",    "vice",        "partner"};
  return t.is_word() && kWords.count(t.norm) > 0;
}

// Words after "in"/"into" that name no recipient: "invested $13 billion in total", "in cash".
bool is_no_recipient(const Token& t) {
  static const std::set<std::string_view> kWords = {
      "the",      "a",      "an",     "its",     "their",    "his",     "her", "total",
      "all",      "cash",   "stock",  "funding", "equity",   "capital", "new", "fresh",
      "exchange", "return", "return", "recent",  "addition", "one",     "two", "three"};
  return kWords.count(t.norm) > 0;
}

// Period words: a figure "in the quarter" is not an annual one.
bool is_short_period(const Token& t) {
  return t.is("quarter") || t.is("quarterly") || t.is("monthly") || t.is("weekly") || t.is("q1") ||
         t.is("q2") || t.is("q3") || t.is("q4") || t.is("half-year") || t.is("semester");
}

// The thresholds of the binding's evidence. A contradiction needs more than a support: a clear winner
// among the facts that fit the sentence, a cue that governs the figure, a value not wildly off the
// fact's, and no other year. Set on the labelled corpus and the first blind round; measured on the
// later rounds, which they were not set on.
constexpr double kMargin = 0.4;            // the winner's evidence over the runner-up's
constexpr std::size_t kCueReach = 10;      // tokens from the governing cue to the figure
constexpr std::size_t kSubjectReach = 14;  // for a bound date: tokens from the subject to the date
constexpr std::size_t kDateCueReach = 8;   // for a date: tokens from its cue ("founded in 2015")
constexpr double kSaneRatio = 10.5;        // a figure more than this many times off is of something else

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
      if (std::find(qualifiers_.begin(), qualifiers_.end(), &q) != qualifiers_.end()) continue;
      claims.push_back(judge(qi));
    }
    return claims;
  }

 private:
  // ---- who and what the sentence names ----------------------------------------------------------

  // Mentions that describe a person rather than name an actor: "former OpenAI chief scientist Ilya
  // Sutskever" is not OpenAI acting.
  void find_descriptors() {
    const auto& t = v_.tokens;
    for (std::size_t i = 0; i < v_.entities.size(); ++i) {
      const EntityMention& m = v_.entities[i];
      std::size_t k = m.last_token;
      if (k < v_.sentence.last_token && t[k].is("'s")) ++k;
      const bool person_after = k < v_.sentence.last_token && is_person_noun(t[k]) && !m.entity->is_person();
      const bool former = m.first_token > v_.sentence.first_token &&
                          (t[m.first_token - 1].is("former") || t[m.first_token - 1].is("-"));
      if (!person_after && !(former && !m.entity->is_person())) continue;
      descriptors_.push_back(i);
      // "Microsoft CEO Satya Nadella said the company ...": the organisation of a person who holds one of
      // its roles now is there, as if referred to; not so a former officer's ("former OpenAI CTO").
      if (former) continue;
      for (const EntityMention& p : v_.entities)
        if (p.entity->is_person() && p.first_token >= m.last_token && p.first_token <= m.last_token + 4 &&
            holds_role(*m.entity, *p.entity))
          spoken_for_.push_back(m.entity);
    }
    // "Amazon's Anthropic stake ... at the start-up's last private mark": a common description the base
    // keeps as an alias ("the startup", "the software giant") does not name its entity in a sentence
    // about organisations the base does not know, unless the sentence names one of the base's by name
    // too, or the sentence before names this one.
    const bool about_ours =
        !names_others() || std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
          return !is_common_description(m) && !is_descriptor(m) && !m.entity->is_person();
        });
    for (std::size_t i = 0; i < v_.entities.size(); ++i) {
      const EntityMention& m = v_.entities[i];
      if (!is_common_description(m) || about_ours || is_descriptor(m)) continue;
      const bool before = std::any_of(v_.previous.begin(), v_.previous.end(),
                                      [&](const EntityMention& p) { return p.entity == m.entity; });
      if (!before) descriptors_.push_back(i);
    }
  }

  // Whether the sentence names someone the base does not know: a capitalised word past its first, in
  // no mention and no figure (nothing, in a headline, where every word is capitalised).
  bool names_others() const {
    const auto& t = v_.tokens;
    std::size_t words = 0, capitals = 0;
    bool other = false;
    for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k) {
      if (!t[k].is_word()) continue;
      ++words;
      if (!v_.capitalized(k)) continue;
      ++capitals;
      if (k == v_.sentence.first_token || is_calendar_word(t[k].norm) || is_function_word(t[k])) continue;
      const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
        return k >= m.first_token && k < m.last_token;
      });
      const bool figure = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* q) {
        return k >= q->first_token && k < q->last_token;
      });
      other = other || (!known && !figure);
    }
    return other && !(words >= 4 && capitals * 2 > words);
  }

  // A mention by a description of common words only: "the startup", not "the ChatGPT maker".
  bool is_common_description(const EntityMention& m) const {
    if (!v_.tokens[m.first_token].is("the")) return false;
    for (std::size_t k = m.first_token + 1; k < m.last_token; ++k)
      if (v_.tokens[k].is_word() && v_.capitalized(k)) return false;
    return true;
  }

  // Whether the person holds a role of the organisation now, by the fact base.
  bool holds_role(const Entity& org, const Entity& person) const {
    for (const Predicate& p : facts_.predicates()) {
      if (p.value != ValueKind::role) continue;
      for (std::size_t fi : facts_.facts_for(p.id, org.id))
        if (all_[fi].value.entity == person.id) return true;
    }
    return false;
  }

  bool is_descriptor(const EntityMention& m) const {
    for (std::size_t i : descriptors_)
      if (&v_.entities[i] == &m) return true;
    return false;
  }
  bool is_named(std::string_view id) const {
    return std::any_of(v_.entities.begin(), v_.entities.end(),
                       [&](const EntityMention& m) { return m.entity->id == id && !is_descriptor(m); });
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
    for (const Entity* e : spoken_for_)
      if (!is_named(e->id) && !is_referred(e->id)) referred_.push_back({e, 16u});
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
    for (const EntityMention& m : v_.entities)
      if (!is_descriptor(m)) present_.push_back(m.entity);
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

  // ---- distances --------------------------------------------------------------------------------

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
      if (m.entity->id == id && !is_descriptor(m))
        best = std::min(best, distance(qi, m.first_token, m.last_token));
    return best;
  }

  // The nearest cue of a predicate to figure `qi`, and how near.
  std::size_t nearest_cue(std::size_t qi, const Predicate* pred, double* weight = nullptr) const {
    std::size_t best = kFar;
    double best_weight = 0;
    for (const CueMention& c : v_.cues) {
      if (c.predicate != pred) continue;
      const std::size_t d = distance(qi, c.first_token, c.last_token);
      const double words = static_cast<double>(c.last_token - c.first_token);
      // A phrase ("capital spending") over a word ("commit").
      const double w = closeness(d) * (1 + 0.25 * (words - 1));
      if (w > best_weight) best_weight = w;
      best = std::min(best, d);
    }
    if (weight) *weight = best_weight;
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

  // When a date in the sentence says, narrowed by the words before it: "early 2024" is January to April,
  // "mid-2024" May to August, "late 2024" and "the end of 2024" September to December.
  Interval when_said(const QuantityMention& d) const {
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

  // When a fact happened or held, as spans: its event date, and the closed periods of its values.
  std::vector<Interval> fact_spans(const Fact& f) const {
    std::vector<Interval> spans;
    Interval when;
    if (!f.when.empty() && parse_date_span(f.when, when)) spans.push_back(when);
    if (f.time_scoped) {
      for (const FactValue& v : f.earlier) spans.push_back(v.valid);
      if (std::isfinite(f.value.valid.high)) spans.push_back(f.value.valid);
    }
    return spans;
  }

  // Plain dates in the sentence: a fact that happened then is the one the sentence is about.
  // A fact that changed over time is dated by the closed periods of its values: "in October 2024"
  // dates the $13 billion that held from September 2024 until January 2025.
  bool dated_here(FactHere& h) const {
    if (h.dated >= 0) return h.dated == 1;
    const std::vector<Interval> spans = fact_spans(all_[h.fact]);
    const bool dated = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* d) {
      return is_calendar_date(*d) && d->comparator == Comparator::none && d->unit != "relative" &&
             std::any_of(spans.begin(), spans.end(),
                         [&](const Interval& s) { return when_said(*d).overlaps(s); });
    });
    h.dated = dated ? 1 : 0;
    return dated;
  }

  // ---- who acts, and whose the figure is ------------------------------------------------------------

  // Capitalised words the fact base does not know, two or more in a row, before token `until`: the name
  // of an organisation that may be the real actor ("Safe Superintelligence ... raised $1 billion").
  // Nothing in a headline, where every word is capitalised.
  bool unknown_name_before(std::size_t until) const {
    const auto& t = v_.tokens;
    std::size_t words = 0, capitals = 0;
    for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k) {
      if (!t[k].is_word()) continue;
      ++words;
      capitals += v_.capitalized(k) ? 1 : 0;
    }
    if (words >= 4 && capitals * 2 > words) return false;
    std::size_t run = 0;
    for (std::size_t k = v_.sentence.first_token; k < until; ++k) {
      const bool known = std::any_of(v_.entities.begin(), v_.entities.end(), [&](const EntityMention& m) {
        return k >= m.first_token && k < m.last_token;
      });
      const bool capital =
          t[k].is_word() && v_.capitalized(k) && !known && !is_calendar_word(t[k].norm) &&
          !token_is(t[k], {"the", "a",   "an", "in",    "on",   "at",   "for", "since", "after", "as",
                           "by",  "its", "it", "their", "this", "that", "but", "and",   "when",  "while"});
      run = capital ? run + 1 : 0;
      if (run >= 2) return true;
    }
    return false;
  }

  // Text written all in lower case, as social posts are: no capitalised word in the sentence.
  bool all_lower_case() const {
    for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k) {
      const bool in_figure = std::any_of(figures_.begin(), figures_.end(), [&](const QuantityMention* q) {
        return k >= q->first_token && k < q->last_token;
      });
      if (v_.tokens[k].is_word() && v_.capitalized(k) && !in_figure) return false;
    }
    return true;
  }

  // Whether a mention stands in a list of names that act together with someone other than `partner`:
  // "Microsoft and G42 will invest", "BlackRock, Global Infrastructure Partners, Microsoft and MGX
  // launched", but not "talks between Microsoft and OpenAI" about Microsoft's money for OpenAI, nor "a
  // group that included Altman and Musk, OpenAI was founded".
  bool shares_a_list(const EntityMention& m, std::string_view partner) const {
    const auto& t = v_.tokens;
    const std::size_t first = v_.sentence.first_token, last = v_.sentence.last_token;
    const auto joins = [&](std::size_t k) {
      return k >= first && k < last && (t[k].is("and") || t[k].is("&"));
    };
    const auto comma = [&](std::size_t k) { return k >= first && k < last && t[k].is(","); };
    // The name on the far side of a joining token, and whether it is the partner.
    const auto other = [&](std::size_t k) -> int {  // -1 none, 0 the partner, 1 someone else
      if (k < first || k >= last || !t[k].is_word() || !v_.capitalized(k)) return -1;
      for (const EntityMention& e : v_.entities)
        if (k >= e.first_token && k < e.last_token) return e.entity->id == partner ? 0 : 1;
      return 1;
    };
    const std::size_t before = m.first_token, after = m.last_token;
    if (before >= first + 2 && joins(before - 1) && other(before - 2) == 1) return true;
    if (joins(after) && other(after + 1) == 1) return true;
    // In the middle of a longer list: ", Microsoft, Alphabet and Meta", "Partners, Microsoft and MGX".
    const bool comma_before = before >= first + 2 && comma(before - 1) && other(before - 2) == 1;
    const bool goes_on = (comma(after) || joins(after)) && other(after + 1) == 1;
    return comma_before && goes_on;
  }

  // Who does what to whom, roughly. "Microsoft will invest $3 billion in India, OpenAI said" is not
  // Microsoft investing in OpenAI; "SoftBank put $1 billion into OpenAI, Microsoft said" is not
  // Microsoft's money; "Amazon's $4 billion stake" is Amazon's; "Microsoft and G42 will invest $1
  // billion" is not Microsoft's alone; "Safe Superintelligence, co-founded by OpenAI's former chief
  // scientist, raised $1 billion" is not OpenAI's round.
  bool roles_fit(std::size_t qi, const Fact& f) const {
    const QuantityMention& q = *figures_[qi];
    const auto& t = v_.tokens;
    const std::size_t end = v_.sentence.last_token;
    // "in X" / "into X" right after the figure names what it goes to: it must be the fact's object
    // ("in additional OpenAI" too). A capitalised name the base does not know there is someone else,
    // and so is any lower-case word in text written all in lower case ("into anthropic").
    if (!f.object.empty() && q.last_token + 1 < end &&
        (t[q.last_token].is("in") || t[q.last_token].is("into"))) {
      const std::size_t k = q.last_token + 1;
      const EntityMention* named = nullptr;
      for (const EntityMention& m : v_.entities)
        if (m.first_token >= k && m.first_token < k + 3 && !named) named = &m;
      const bool words_before =
          named && std::all_of(t.begin() + static_cast<std::ptrdiff_t>(k),
                               t.begin() + static_cast<std::ptrdiff_t>(named->first_token),
                               [&](const Token& w) { return w.is_word(); });
      if (named && words_before) {
        if (named->entity->id != f.object) return false;
      } else if (t[k].is_word() && !is_calendar_word(t[k].norm) && !is_no_recipient(t[k]) &&
                 (v_.capitalized(k) || all_lower_case())) {
        return false;
      }
    }
    // "on CoreWeave's cloud": spending on an organisation the base does not know.
    if (q.last_token + 2 < end && t[q.last_token].is("on") && t[q.last_token + 1].is_word() &&
        v_.capitalized(q.last_token + 1) && t[q.last_token + 2].is("'s"))
      return false;
    // The figure's owner: "Amazon's $4 billion stake".
    const std::size_t lead = leads_[qi];
    if (lead > v_.sentence.first_token + 1 && t[lead - 1].is("'s")) {
      const auto owner = std::find_if(v_.entities.begin(), v_.entities.end(),
                                      [&](const EntityMention& m) { return m.last_token == lead - 1; });
      if (owner == v_.entities.end() ? v_.capitalized(lead - 2)
                                     : owner->entity->id != f.subject && owner->entity->id != f.object)
        return false;
    }
    if (is_referred(f.subject)) return true;
    // The nearest organisation before the figure is the actor, unless the subject is named before it
    // too; a subject named only in a list of actors shares the figure with them.
    bool subject_before = false, other_before = false, listed = false;
    for (const EntityMention& m : v_.entities) {
      if (m.last_token > lead) break;
      if (is_descriptor(m)) continue;
      if (m.entity->id == f.subject) {
        subject_before = true;
        listed = listed || shares_a_list(m, f.object);
      } else if (m.entity->id != f.object && !m.entity->is_person()) {
        other_before = true;
      }
    }
    if (other_before && !subject_before) return false;
    if (listed) return false;
    // An organisation the base does not know, before the figure, with the subject nowhere before it.
    if (!subject_before && unknown_name_before(lead)) return false;
    return true;
  }

  // ---- the evidence ------------------------------------------------------------------------------

  // Whether figure `qi` fits a value the fact has, or had: within its interval, and of its scale ("$19
  // billion" is within "up to $500 billion" but says nothing of it).
  bool fits(std::size_t qi, const Fact& f) const {
    const QuantityMention& q = *figures_[qi];
    const auto fits_value = [&](const FactValue& v) {
      return q.interval.overlaps(v.interval) && on_scale(q, v);
    };
    return fits_value(f.value) || std::any_of(f.earlier.begin(), f.earlier.end(), fits_value);
  }
  static bool on_scale(const QuantityMention& q, const FactValue& v) {
    if (v.amount == 0 || q.value == 0 || q.comparator == Comparator::order || q.kind == QuantityKind::date)
      return true;
    const double ratio = std::fabs(q.value / v.amount);
    return ratio <= kSaneRatio && ratio >= 1 / kSaneRatio;
  }

  // Every (figure, fact) pair that may be bound, scored; and for each figure a money fact it would fit
  // but for its currency, so the reader is told why it stays unverified.
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
        if (score >= 0) candidates.push_back({score, qi, h.fact, fits(qi, f)});
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
    double cue = 0;
    nearest_cue(qi, h.predicate, &cue);
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

  // ---- binding -------------------------------------------------------------------------------------

  // One fact per figure. A figure that fits a fact's value is evidence of that fact: when a figure
  // matches one candidate and not another, the match decides, unless the other is clearly the one the
  // sentence singles out ("$50 billion immediately" is the initial deployment, not the "up to $500
  // billion" it also fits). A figure left over may share a fact it fits with another figure.
  void bind() {
    const std::size_t n = figures_.size();
    std::vector<Candidate> weighed = candidates_;
    for (Candidate& c : weighed) c.score += c.fits ? kMargin : 0;
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
  }

  // The candidate of figure `qi` for `fact`, and its best rival for another fact no other figure took.
  const Candidate* candidate(std::size_t qi, const Fact* fact) const {
    for (const Candidate& c : candidates_)
      if (c.quantity == qi && &all_[c.fact] == fact) return &c;
    return nullptr;
  }
  const Candidate* rival(std::size_t qi, const Fact* fact) const {
    for (const Candidate& c : candidates_) {
      if (c.quantity != qi || &all_[c.fact] == fact) continue;
      if (!c.fits && off_scale(qi, all_[c.fact])) continue;  // no rival if it could not be the figure's fact
      const bool taken =
          std::any_of(bound_.begin(), bound_.end(), [&](const Fact* b) { return b == &all_[c.fact]; });
      if (!taken) return &c;  // candidates_ are best first
    }
    return nullptr;
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

  // Why figure `qi`, which fits no value of `f`, must not be called contradicted by it; "" when it may.
  std::string doubt(std::size_t qi, const Fact& f, const Candidate& c, const Candidate* runner) const {
    const QuantityMention& q = *figures_[qi];
    if (polarity_before(v_, leads_[qi]) != Polarity::asserted) return "denied";
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
    for (std::size_t k = v_.sentence.first_token; k < v_.sentence.last_token; ++k)
      if (is_short_period(v_.tokens[k]) && !f.when.empty()) return "another period";
    // Another year: the sentence dates the figure to a time the fact does not cover. (A fact that
    // changed over time answers for itself: judge_in_time() leaves a date none of its values covers
    // unverified, saying from when the base knows it.)
    const std::vector<Interval> spans = f.time_scoped ? std::vector<Interval>{} : fact_spans(f);
    for (const QuantityMention* d : qualifiers_) {
      if (d->unit == "relative" || spans.empty()) continue;
      if (std::none_of(spans.begin(), spans.end(),
                       [&](const Interval& s) { return when_said(*d).overlaps(s); }))
        return "another year";
    }
    if (off_scale(qi, f)) return "off scale";
    return "";
  }

  // Wildly off the fact's value, with nothing in the sentence that singles the fact out: a figure of
  // something else ("half a trillion" against a stake of $14 billion).
  bool off_scale(std::size_t qi, const Fact& f) const {
    const QuantityMention& q = *figures_[qi];
    const bool singled_out = !lexicon_.context(static_cast<std::size_t>(&f - all_.data())).empty();
    return !on_scale(q, f.value) && !singled_out;
  }

  // The signals that bound a figure to fact `f`, for readers and for tuning.
  std::vector<std::string> signals(const Fact& f, bool fit) const {
    std::vector<std::string> out;
    const Predicate* pred = facts_.predicate(f.predicate);
    for (const CueMention& c : v_.cues) {
      if (c.predicate != pred) continue;
      out.push_back("cue:" + std::string(v_.text.substr(
                                 v_.tokens[c.first_token].start,
                                 v_.tokens[c.last_token - 1].end - v_.tokens[c.first_token].start)));
      break;
    }
    out.push_back((is_referred(f.subject) ? "referred:" : "subject:") + f.subject);
    if (!f.object.empty()) out.push_back((is_referred(f.object) ? "referred:" : "object:") + f.object);
    for (const Phrase& p : lexicon_.context(static_cast<std::size_t>(&f - all_.data()))) {
      if (find_phrase(v_.stems, v_.sentence.first_token, v_.sentence.last_token, p).empty()) continue;
      std::string words;
      for (const std::string& w : p) words += (words.empty() ? "" : " ") + w;
      out.push_back("context:" + words);
    }
    for (const QuantityMention* d : qualifiers_) {
      if (d->unit == "relative") continue;
      out.push_back("date:" + d->date);
      break;
    }
    out.push_back(fit ? "value:fits" : "value:differs");
    return out;
  }

  // ---- judging ---------------------------------------------------------------------------------------

  // The claim of figure `qi`, judged against its fact if it has one.
  Claim judge(std::size_t qi) const {
    const QuantityMention& q = *figures_[qi];
    Claim claim;
    claim.start = q.start;
    claim.end = q.end;
    claim.quantity = q;
    claim.polarity = polarity_before(v_, leads_[qi]);
    claim.modality = modality_of(v_, leads_[qi]);
    const Fact* fact = bound_[qi];
    // The best candidate, bound or not: an unverified figure's explanation names the fact that came close.
    const Candidate* best = fact ? candidate(qi, fact) : nullptr;
    if (!best)
      for (const Candidate& c : candidates_)
        if (c.quantity == qi) {
          best = &c;
          break;
        }
    if (best) {
      const Fact& bf = all_[best->fact];
      const Candidate* runner = rival(qi, &bf);
      Binding b;
      b.fact = &bf;
      b.score = best->score;
      b.runner_up = runner ? &all_[runner->fact] : nullptr;
      b.runner_up_score = runner ? runner->score : 0;
      b.signals = signals(bf, best->fits);
      if (!fact) {
        b.abstained = "taken";  // its fact went to another figure of the sentence
      } else if (!fitted_[qi]) {
        b.abstained = doubt(qi, *fact, *best, runner);
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
    if (claim.fact->time_scoped) {
      claim.date_said = judge_in_time(claim, q, *claim.fact, qualifiers_, v_.text);
    } else {
      judge_event(claim, q, *claim.fact);
    }
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

  // Whether the sentence gives figure `qi` as a plan or a possibility ("in talks to raise", "could")
  // and the fact is an event already past, which the sentence does not date: another event.
  bool planned_after(std::size_t qi, const Fact& f) const {
    const Modality modality = modality_of(v_, leads_[qi]);
    if (modality != Modality::plan && modality != Modality::possible) return false;
    // A sentence that dates what it says ("In 2021, Microsoft was in talks to invest") speaks of a
    // past event, which its date confirms or contradicts.
    return past_event(f) && qualifiers_.empty();
  }

  // Whether the fact is an event that was over by the fact base's latest source: an October 2024 round
  // in a base of January 2025, but not a fiscal year still running then.
  bool past_event(const Fact& f) const {
    Interval when, published;
    if (f.when.empty() || !parse_date_span(f.when, when)) return false;
    if (latest_source_ < 0) {
      latest_source_ = 0;
      for (const Source& s : facts_.sources())
        if (parse_date_span(s.date, published)) latest_source_ = std::max(latest_source_, published.low);
    }
    return when.high <= latest_source_;
  }

  // Whether a denial governs the figure itself: right before it ("not $1.4 billion") or right before
  // its cue ("has not invested $14 billion").
  bool strongly_denied(std::size_t qi, const Fact& f) const {
    const std::size_t lead = leads_[qi];
    const std::size_t from = scope_start(v_, lead);
    const Predicate* pred = facts_.predicate(f.predicate);
    for (std::size_t n = from; n < lead; ++n) {
      if (polarity_in(v_, n, n + 1) == Polarity::asserted) continue;
      if (n + 1 == lead) return true;
      for (const CueMention& c : v_.cues)
        if (c.predicate == pred && c.first_token > n && c.first_token <= n + 3 && c.last_token <= lead)
          return true;
    }
    return false;
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
      agrees = agrees || when_said(*d).overlaps(when);
      if (!agrees) claim.date_said = std::string(v_.text.substr(d->start, d->end - d->start));
    }
    if (dated && !agrees) claim.verdict = Verdict::contradicted;
    if (agrees) claim.date_said.clear();
  }

  // (claimed - fact) / fact, for a figure compared with a numeric value.
  void set_deviation(Claim& claim) const {
    if (!claim.fact || !claim.value) return;
    const Predicate* pred = facts_.predicate(claim.fact->predicate);
    if (pred->value != ValueKind::date && claim.value->amount != 0)
      claim.deviation = (claim.quantity->value - claim.value->amount) / claim.value->amount;
  }

  const SentenceView& v_;
  const std::vector<const QuantityMention*>& figures_;
  const FactBase& facts_;
  const std::vector<Fact>& all_;
  const Lexicon& lexicon_;
  std::vector<std::size_t> descriptors_;  // indices into v_.entities
  std::vector<const Entity*> spoken_for_;
  std::vector<Referral> referred_;
  std::vector<const Predicate*> cued_;
  std::vector<std::size_t> leads_;
  std::vector<const Entity*> present_;
  std::vector<FactHere> facts_here_;
  std::size_t breaks_end_ = 0;
  std::vector<std::size_t> breaks_before_;
  std::vector<Candidate> candidates_;
  std::vector<const Fact*> other_currency_;
  std::vector<const Fact*> bound_;
  std::vector<bool> fitted_;           // bound to a fact whose value (now or before) it fits
  mutable double latest_source_ = -1;  // the date of the fact base's latest source, once asked
  std::vector<const QuantityMention*> qualifiers_;
};

}  // namespace

std::vector<Claim> judge_figures(const SentenceView& view, const std::vector<const QuantityMention*>& figures,
                                 const FactBase& facts, const Lexicon& lexicon, std::size_t& considered) {
  return FigureJudge(view, figures, facts, lexicon).run(considered);
}

}  // namespace factcheck
