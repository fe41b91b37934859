// Internal to match/: the judge of one sentence's figures (match/figures.hpp). Its evidence, who and
// what the sentence names and how near (figure_evidence.cpp), whose each figure is (figure_roles.cpp),
// the dates that say when (figure_dates.cpp), its binding and doubts (figure_binding.cpp), and its
// verdicts (figures.cpp).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "match/assignment.hpp"
#include "match/claim.hpp"
#include "match/stance.hpp"
#include "model/units.hpp"
#include "text/count_nouns.hpp"

namespace factcheck {

constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();

inline double closeness(std::size_t d) {
  return d == kFar ? 0.0 : 1.0 / (1.0 + static_cast<double>(d));
}

// Whether figure `q` can be a value of fact `f`, whose predicate holds values of `kind`. Counts agree by
// their nouns' stems, `q_stem` and `f_stem` ("worker" for "workers"), which the caller has at hand.
inline bool kinds_agree(const QuantityMention& q, const Fact& f, ValueKind kind, std::string_view q_stem,
                        std::string_view f_stem) {
  switch (kind) {
    case ValueKind::money:
      // "invested 14 billion in OpenAI": a scaled figure with no currency takes the fact's.
      if (q.kind == QuantityKind::number) return q.value >= 1e6 || q.comparator == Comparator::order;
      return q.kind == QuantityKind::money && q.unit == f.value.unit;
    case ValueKind::percent:
      // Basis points convert to percentage points; "%" is a percentage of its own.
      return q.kind == QuantityKind::percent && units_convert(q.unit, f.value.unit);
    case ValueKind::count:
      return q.kind == QuantityKind::count && same_count_noun(q_stem, f_stem);
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

inline bool kinds_agree(const QuantityMention& q, const Fact& f, ValueKind kind) {
  const bool counts = kind == ValueKind::count && q.kind == QuantityKind::count;
  return kinds_agree(q, f, kind, counts ? stem(q.unit) : std::string(),
                     counts ? stem(f.value.unit) : std::string());
}

// Month and day names: "invested $10 billion in January" says when, not in whom.
inline bool is_calendar_word(const std::string& w) {
  static const std::set<std::string> kWords = {
      "january",  "february", "march",    "april",  "may", "june", "july",   "august",  "september",
      "october",  "november", "december", "jan",    "feb", "mar",  "apr",    "jun",     "jul",
      "aug",      "sep",      "sept",     "oct",    "nov", "dec",  "monday", "tuesday", "wednesday",
      "thursday", "friday",   "saturday", "sunday", "q1",  "q2",   "q3",     "q4",      "fiscal"};
  return kWords.count(w) > 0;
}

inline bool is_calendar_date(const QuantityMention& q) {
  return q.kind == QuantityKind::date;
}

// A day with no year: "January 22" (date "--01-22").
inline bool is_yearless(const QuantityMention& q) {
  return q.kind == QuantityKind::date && q.date.compare(0, 2, "--") == 0;
}

// A day with no year placed in the year of a fact's date to the day or month ("announced on January
// 22" against 21 January 2025); nothing for any other figure or fact value ("until 2030" is no day).
inline std::optional<QuantityMention> in_fact_year(const QuantityMention& q, const FactValue& v) {
  // (Or a bound's day: "has until 25 October" against "until 25 October 2024".)
  if (!is_yearless(q) || v.date.size() < 7 ||
      (v.comparator != Comparator::none && v.comparator != Comparator::until))
    return std::nullopt;
  return in_year(q, std::atoi(v.date.c_str()));
}

// Words that make the name before them describe a person, not act: "former OpenAI chief scientist",
// "OpenAI board chair Bret Taylor", "Microsoft co-founder Bill Gates".
inline bool is_person_noun(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "chief",       "ceo",        "cto",         "cfo",        "coo",       "executive",    "executives",
      "officer",     "president",  "founder",     "cofounder",  "co",        "scientist",    "engineer",
      "engineers",   "researcher", "researchers", "employee",   "employees", "staff",        "staffer",
      "board",       "chair",      "chairman",    "chairwoman", "director",  "spokesperson", "spokesman",
      "spokeswoman", "boss",       "head",        "alum",       "alumnus",   "veteran",      "leadership",
      "insiders",    "insider",    "vice",        "partner"};
  return t.is_word() && kWords.count(t.norm) > 0;
}

// Words after "in"/"into" that name no recipient: "invested $13 billion in total", "in cash".
inline bool is_no_recipient(const Token& t) {
  static const std::set<std::string_view> kWords = {
      "the",      "a",      "an",     "its",     "their",    "his",     "her", "total",
      "all",      "cash",   "stock",  "funding", "equity",   "capital", "new", "fresh",
      "exchange", "return", "return", "recent",  "addition", "one",     "two", "three"};
  return kWords.count(t.norm) > 0;
}

// Period words: a figure "in the quarter" is not an annual one.
inline bool is_short_period(const Token& t) {
  return t.is("quarter") || t.is("quarterly") || t.is("monthly") || t.is("weekly") || t.is("q1") ||
         t.is("q2") || t.is("q3") || t.is("q4") || t.is("half-year") || t.is("semester");
}

// The thresholds of the binding's evidence. A contradiction needs more than a support: a clear winner
// among the facts that fit the sentence, a cue that governs the figure, a value not wildly off the
// fact's, and no other year. Set on the labelled corpus and the first blind round; measured on the
// later rounds, which they were not set on.
constexpr double kMargin = 0.4;            // the winner's evidence over the runner-up's
constexpr double kFitWeight = 1.0;         // what fitting a value of the fact adds to a binding
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
  // Its context cues outside the figures, as token ranges [first, last): null until looked for, then
  // the sentence's spans of its context list, shared by every fact with the same list.
  const std::vector<std::pair<std::size_t, std::size_t>>* cue_spans = nullptr;
  int dated = -1;  // dated_here(), -1 until asked
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

  std::vector<Claim> run(std::size_t& considered);

 private:
  // ---- who and what the sentence names ----------------------------------------------------------

  // Mentions that describe a person rather than name an actor: "former OpenAI chief scientist Ilya
  // Sutskever" is not OpenAI acting.
  void find_descriptors();

  // Whether the sentence names someone the base does not know: a capitalised word past its first, in
  // no mention and no figure (nothing, in a headline, where every word is capitalised).
  bool names_others() const;

  // A mention by a description of common words only: "the startup", not "the ChatGPT maker".
  bool is_common_description(const EntityMention& m) const;

  // Whether the person holds a role of the organisation now, by the fact base.
  bool holds_role(const Entity& org, const Entity& person) const;

  // The predicate of fact `f` (one of all_), by its number: no look-up by id.
  const Predicate* predicate_of(const Fact& f) const {
    return lexicon_.predicate_of(static_cast<std::size_t>(&f - all_.data()));
  }
  bool is_descriptor(const EntityMention& m) const;
  bool is_named(std::string_view id) const;
  std::vector<Referral>::const_iterator referral(std::string_view id) const;
  bool is_referred(std::string_view id) const { return referral(id) != referred_.end(); }
  // Whether the entity is here only as the topic of earlier sentences (SentenceView::topic).
  bool only_topic(std::string_view id) const {
    return std::any_of(weak_topic_.begin(), weak_topic_.end(), [&](const Entity* e) { return e->id == id; });
  }

  // The previous sentence's entities this one refers back to; its first one, its likely topic, less far
  // than the others.
  void find_referrals();

  // The predicates with cues here, in address order (the order the index is asked in).
  void find_cued_predicates();

  // The first token of a figure with its hedge words: "as much as $500 billion" starts at "as".
  void find_leads();

  // The facts this sentence can be about, through the (predicate, subject) index: never a scan.
  void find_facts_here();
  bool is_present(std::string_view id) const;
  // Whether `f`'s object is the only one the subject's facts of `pred` have, and the sentence names no
  // other organisation it could be going to.
  bool sole_object(const Predicate& pred, const Fact& f) const;
  // When no fact is here: the one fact of a cued predicate whose object the sentence names, its subject
  // unnamed, that a figure fits (Lexicon::facts_to()).
  void find_unnamed_subject();
  // Whether any figure of the sentence fits `f`'s value (fits()).
  bool some_figure_fits(const Fact& f) const;
  // Named in the sentence before (only a fact's object may be found there).
  bool named_before(std::string_view id) const;
  // Whether `f` is of a topic of the sources the sentence reaches only as such, while the organisation
  // the text named last has a fact of the same predicate (checking against sources).
  bool another_topic(const Fact& f) const;

  // ---- distances --------------------------------------------------------------------------------

  // Clause breaks before each token from the sentence's first to breaks_end_ (past the sentence when a
  // figure or a name runs over its end): breaks_before_[k - first] counts them in [first, k). Filled
  // once the sentence turns out to need distances, so a distance costs two look-ups, not a scan.
  void count_breaks();

  // Tokens between figure `qi` (with its hedge) and a token range, a clause break counting as four.
  std::size_t distance(std::size_t qi, std::size_t first, std::size_t last) const;

  std::size_t nearest_entity(std::size_t qi, std::string_view id) const;

  // The nearest cue of a predicate to figure `qi`, and how near.
  std::size_t nearest_cue(std::size_t qi, const Predicate* pred, double* weight = nullptr) const;

  // Context cues count only outside the figures and their hedges: the "more" of "more than $14
  // billion" is a comparator, not the "more" of "tens of billions more".
  bool inside_a_figure(std::size_t at) const;
  // The stem of a count's noun, in English where the text is translated ("winkels": "store"); "" for
  // any other figure.
  std::string count_unit_stem(const QuantityMention& q) const;

  // Whether token `at` stands in a phrase opened by "since" ("has committed $14 billion since its first
  // investment in July 2019"): the start of what a figure sums, neither its context nor its date.
  bool in_since_phrase(std::size_t at) const;

  // The nearest context cue of a fact here to figure `qi`.
  bool comparative_more(std::size_t at, std::size_t size) const;  // "more recent", not "billions more"
  std::size_t nearest_phrase(std::size_t qi, FactHere& h) const;

  // When a date in the sentence says, narrowed by the words before it: "early 2024" is January to April,
  // "mid-2024" May to August, "late 2024" and "the end of 2024" September to December.
  Interval when_said(const QuantityMention& d) const;

  // When a fact happened or held, as spans: its event date, and the closed periods of its values.
  std::vector<Interval> fact_spans(const Fact& f) const;

  // Plain dates in the sentence: a fact that happened then is the one the sentence is about.
  // A fact that changed over time is dated by the closed periods of its values: "in October 2024"
  // dates the $13 billion that held from September 2024 until January 2025.
  bool dated_here(FactHere& h) const;

  // ---- who acts, and whose the figure is ------------------------------------------------------------

  // Capitalised words the fact base does not know, two or more in a row, before token `until`: the name
  // of an organisation that may be the real actor ("Safe Superintelligence ... raised $1 billion").
  // Nothing in a headline, where every word is capitalised.
  // A name the base does not know in the clause before the figure at `lead`, as an owner ("Anthropic's
  // last round") or written with a capital inside ("xAI"): a figure carried from the sentence before is
  // not the earlier company's then.
  // Whether figure qi's own clause names an organisation other than fact f's subject and object (or a
  // name the base does not know) and not the subject: the figure is someone else's.
  // Whether the sentence reads as English (in_english(), asked once).
  bool english() const {
    if (english_ < 0) english_ = in_english(v_.text, v_.tokens, v_.sentence) ? 1 : 0;
    return english_ == 1;
  }
  // `unknown_only`: only a name the base does not know counts ("and Alphabet is around $75 billion").
  // Whether the date is a citation's year: "(Microsoft, 2019)", "(Reuters et al., 2025)".
  bool is_citation(const QuantityMention& q) const;
  bool clause_of_another(std::size_t qi, const Fact& f, bool unknown_only = false) const;
  // Whether two or more capitalised words the base does not know end right before token `end`: "Belait
  // Skin Studio" before its comma.
  bool unknown_name_ending(std::size_t end) const;
  bool other_owner_in_clause(std::size_t lead) const;
  // The organisation named last before the figure at `lead` opens its clause after a comma or "and"
  // and is neither `f`'s subject nor its object: the figure is its ("Altavox takes 120 MHz for €402m,
  // Nexa Mobile 100 MHz for €486m"), whoever the sentence named first; so does one whose verb of
  // holding comes right before the figure ("in which Deshmukh holds 40 per cent").
  bool gapped_actor_before(std::size_t lead, const Fact& f) const;
  bool unknown_name_before(std::size_t until) const;

  // Text written all in lower case, as social posts are: no capitalised word in the sentence.
  bool all_lower_case() const;

  // Whether a mention stands in a list of names that act together with someone other than `partner`:
  // "Microsoft and G42 will invest", "BlackRock, Global Infrastructure Partners, Microsoft and MGX
  // launched", but not "talks between Microsoft and OpenAI" about Microsoft's money for OpenAI, nor "a
  // group that included Altman and Musk, OpenAI was founded".
  bool shares_a_list(const EntityMention& m, std::string_view partner) const;

  // Whether fact f may be the figure's whose words start at `lead` where a relative clause gives it to the
  // name before ", which" ("the Praslinette Community Trust, which holds 60 percent").
  bool relative_owner_fits(std::size_t lead, const Fact& f) const;

  // Who does what to whom, roughly. "Microsoft will invest $3 billion in India, OpenAI said" is not
  // Microsoft investing in OpenAI; "SoftBank put $1 billion into OpenAI, Microsoft said" is not
  // Microsoft's money; "Amazon's $4 billion stake" is Amazon's; "Microsoft and G42 will invest $1
  // billion" is not Microsoft's alone; "Safe Superintelligence, co-founded by OpenAI's former chief
  // scientist, raised $1 billion" is not OpenAI's round.
  bool roles_fit(std::size_t qi, const Fact& f) const;

  // ---- the evidence ------------------------------------------------------------------------------

  // Whether figure `qi` fits a value the fact has, or had: within its interval, and of its scale ("$19
  // billion" is within "up to $500 billion" but says nothing of it).
  // Whether the context phrase ending at `last` marks another figure than `qi` as an earlier value: the
  // "from" right before that one.
  bool marks_another(std::size_t qi, std::size_t last) const;
  // The event word governing date `q` in the sentence ("bought in 2019") when it is of another event than
  // date fact `f` ("founded"), against a base learned from sources, whose cues name their event's family;
  // "" otherwise.
  // Whether a plain date other than `d` stands nearer to `q` than `gap` tokens: `q`'s own date.
  bool nearer_date(const QuantityMention& d, const QuantityMention& q, std::size_t gap) const;
  std::string another_event(const QuantityMention& q, const Fact& f) const;
  // Whether figure `qi` is said of a thing the sentence brings in: "a women's event worth £20,000".
  bool of_a_new_thing(std::size_t qi) const;
  // Against sources, whether date `q` is not read as the date of event fact `f` the way the learner reads
  // one, with the event's word before it: "In 2019, Os founded a lab" dates the lab's founding, not Os's.
  bool event_unread(const QuantityMention& q, const Fact& f) const;
  bool fits(std::size_t qi, const Fact& f) const;
  static bool on_scale(const QuantityMention& q, const FactValue& v);

  // Every (figure, fact) pair that may be bound, scored; and for each figure a money fact it would fit
  // but for its currency, so the reader is told why it stays unverified.
  std::vector<Candidate> score_candidates();

  // What the words around figure `qi` say for fact `f`: its predicate's cue, its subject and its object,
  // each by how near it stands. The same for every fact of one predicate, subject and object.
  double role_evidence(std::size_t qi, const Fact& f, const Predicate* pred) const;

  // How well figure `qi` fits a fact here whose kind and roles agree with it, given its role_evidence();
  // negative when it cannot.
  double score_pair(std::size_t qi, FactHere& h, double roles) const;

  // Whether figure `qi` is said to be a whole: "only ever put a billion in", "$14bn in total", "so far".
  bool said_as_total(std::size_t qi) const;
  bool read_as_total(std::size_t qi) const;  // said_as_total(), uncached

  // Whether fact `f` is one dated part of a running total the base also holds (the 2019 investment,
  // beside the total to date): no figure said to be a whole is it.
  bool part_of_a_total(const FactHere& h) const;

  // A fact of the same subject and kind whose statement gives the period the sentence spreads figure
  // `qi` over ("$100 billion over four years" where the four years are the $500 billion's), when `f`'s
  // own does not: the figure may be said of that one.
  const Fact* period_of_a_sibling(std::size_t qi, const Fact& f) const;

  // Whether figure `qi` restates the figure right before it in brackets: "1 billion dollars (about 110
  // billion yen at the time)".
  bool restates_the_one_before(std::size_t qi) const;
  // Where figure `qi` ends, with the bracket that restates it.
  std::size_t end_with_restatement(std::size_t qi) const;

  // Whether figure `qi` is said to be a share of what fact `h` measures whole: "$6.6 billion of that
  // round" is not the round's size. (After nearest_phrase(), which finds the fact's cue spans.)
  bool part_of_the_whole(std::size_t qi, const FactHere& h) const;

  // ---- binding -------------------------------------------------------------------------------------

  // One fact per figure. A figure that fits a fact's value is evidence of that fact: when a figure
  // matches one candidate and not another, the match decides, unless the other is clearly the one the
  // sentence singles out ("$50 billion immediately" is the initial deployment, not the "up to $500
  // billion" it also fits). A figure left over may share a fact it fits with another figure.
  void bind();

  // The candidate of figure `qi` for `fact`, and its best rival for another fact no other figure took.
  const Candidate* candidate(std::size_t qi, const Fact* fact) const;
  const Candidate* rival(std::size_t qi, const Fact* fact) const;

  // Dates nothing bound to qualify the sentence's other claims ("tens of billions ... in 2023").
  void find_qualifiers();

  // Why figure `qi`, which fits no value of `f`, must not be called contradicted by it; "" when it may.
  std::string doubt(std::size_t qi, const Fact& f, const Candidate& c, const Candidate* runner) const;

  // Wildly off the fact's value, with nothing in the sentence that singles the fact out: a figure of
  // something else ("half a trillion" against a stake of $14 billion).
  bool off_scale(std::size_t qi, const Fact& f) const;
  // Another fact about the entities here, free in this sentence, that the figure fits: "Microsoft's
  // share of the round was $750 million" is no wrong round size, it is Microsoft's contribution.
  const Fact* fitting_sibling(std::size_t qi, const Fact& f) const;
  bool speaks_of_short_period() const;
  // Figure `qi` given for one year ("$500 billion in a single year", "£2bn a year") where fact `f` spreads
  // it over several ("over four years").
  bool yearly_of_a_longer_span(std::size_t qi, const Fact& f) const;
  // Figure `qi` in a clause said of a name the base does not know: "from Iran, where saffron sells for
  // around 7,000 dinars per gram".
  bool of_a_place_named(std::size_t qi) const;
  // Figure `qi` said of another party in its clause: one "in" or "at" a name neither the base nor fact
  // `f`'s source sentence knows ("In Neves, a group of basket-makers has just received a loan of 300 000
  // dobras", "the mosaic at the Keren bus terminal covered 800 m²").
  bool of_another_party(std::size_t qi, const Fact& f) const;
  // Why figure `qi`, judged wrong as `said`, is withdrawn after all: its date read as another event, a
  // figure of a new thing or of a place the base does not know; null when the verdict stands.
  const char* withdrawal(std::size_t qi, const Claim& claim, const QuantityMention& said) const;
  // Whether the sentence names the month of earlier value `then` without a year ("as of the end of
  // September" for a value as of 30 September 2024).
  bool in_its_month(const FactValue& then) const;
  // Whether a ";" stands between the figure on tokens [first, last) and date `d`: each clause dates its own.
  bool semicolon_between(std::size_t first, std::size_t last, const QuantityMention& d) const;
  // A fact of another predicate whose cue governs the figure from much nearer than the bound fact's.
  // Whether figure `qi` is `g`'s value, `g` of `f`'s subject from a later document than `f`'s, and the
  // sentence dates the figure to no time `g` does not cover (figures.cpp).
  bool later_sibling(std::size_t qi, const Fact& f, const Fact& g) const;
  // A fact of an organisation the sentence names, cued here, where the figure fits one of an organisation it
  // only refers to: "Streaming platform Savanna Play ... bought the rights for Sh53 million" is Savanna
  // Play's, not the rights another platform paid for. Null otherwise (figures.cpp).
  const Fact* named_rival(std::size_t qi, const Fact& f) const;
  const Candidate* cue_rival(std::size_t qi, const Fact& bound) const;
  // A figure with no cue of any fact ("$MSFT has $13bn in OpenAI", "$100bn day one") binds by its
  // value alone when exactly one fact about the entities named here fits it: never to contradict.
  void bind_by_value(std::size_t qi);
  // In a sentence not in English, the fact another figure of the sentence is bound to when it has the
  // subject and kind of this one's: which figure is which cannot be read from cue words one cannot read
  // ("l'amende s'élève à 130 millions, le reste, 350 millions"). nullptr otherwise.
  const Fact* unreadable_pair(std::size_t qi) const;
  // The facts of the organisations present (only those named, with `named_only`) whose predicate's kind
  // `want` accepts, ordered by predicate, then organisation, then fact: the index, not a walk over every
  // predicate of the base.
  template <typename Want>
  std::vector<std::size_t> present_facts(Want want, bool named_only) const;
  // A figure against a fact that gives only a bound (one open end), when they are further apart than
  // kBoundReach of it: a closed figure inside it, or a higher floor, is undecided; a higher ceiling
  // overstates it ("up to $600 billion" for "up to $500 billion"); a lower floor is what the fact implies.
  enum class Bounded { decided, undecided, overstated };
  // The claim with its verdict withdrawn: unverified, its binding (if any) saying why.
  static Claim withdrawn(Claim claim, const char* why);
  // Whether the claim's fact was found by words that tie any figure to anything ("within", "by") alone.
  bool slight_cues_only(const Claim& claim) const;
  static Bounded against_bound(const QuantityMention& q, const FactValue& v);
  static constexpr double kBoundReach = 0.05;
  bool bound_by_value(const QuantityMention& q) const;
  // "$80 billion, not $50 billion": the denied figure judged by the fact of the one before it.
  void judge_corrections(std::vector<Claim>& claims) const;
  // Figures of a sentence that names no one, bound through reference to two organisations.
  void judge_split_referrals(std::vector<Claim>& claims) const;
  // "since 2019" beside a running total: the year of the series' first event.
  void judge_since(std::vector<Claim>& claims) const;
  // A date alone that fits the one dated event of the sentence's cue: "first cheque ... in 2019".
  void judge_event_dates(std::vector<Claim>& claims);
  // A context cue of the fact is in the sentence: "Microsoft's 750 mln dlrs in the October round"
  // needs no "OpenAI" to be the round contribution.
  bool context_here(std::size_t qi, std::size_t fact, const Predicate& pred) const;
  // With no cue, the fact's subject must lead: be the first organisation named before the figure (or,
  // none named, the one referred to), or follow the figure as its name. "Microsoft's October ticket
  // into OpenAI was $6.6bn" is about Microsoft, so it is no round size of OpenAI's.
  bool leads(std::size_t qi, const Fact& g) const;
  // The dates in the sentence that date figure qi (find_qualifiers()).
  std::vector<const QuantityMention*> dates_of(std::size_t qi) const;
  // A span of time counted from another date, which dates nothing: "Four years later, in July 2019, ...".
  bool counted_from_another_date(const QuantityMention& q) const;
  // The fact of figure `qi`'s own year, where that is not `f`'s: a sibling of one subject and predicate
  // ("In 2023 the airport counted 28.8 million" bound by its value to 2024's, the sources giving 2023's).
  const Fact* sibling_of_its_year(std::size_t qi, const Fact& f) const;
  // The undated sibling of a fact of a past period that figure `qi`, said with no date, fits: "Our
  // operating margin held at 29.1%" where 29.1% was the first half of 2023's and the sources' margin now
  // is 27.5%.
  const Fact* current_sibling(std::size_t qi, const Fact& f) const;

  // The signals that bound a figure to fact `f`, for readers and for tuning.
  std::vector<std::string> signals(const Fact& f, bool fit) const;

  // ---- judging ---------------------------------------------------------------------------------------

  // The claim of figure `qi`, judged against its fact if it has one.
  Claim judge(std::size_t qi) const;
  // Whether a figure of the sentence other than qi is bound to fact f, by a cue next to it, and fits it.
  bool fitted_by_another(std::size_t qi, const Fact& f) const;
  // judge()'s binding of figure `qi`: its `best` candidate, the runner-up, the signals, and why the claim
  // abstains from its bound `fact` (nullptr if none), if it does.
  Binding binding_of(std::size_t qi, const Candidate* best, const Fact* fact, const Claim& claim) const;
  // judge()'s last step: the judged claim of figure `qi` as its sentence reads it, withdrawn where the
  // figure is bound loosely or stands in another's clause, and a denied figure reversed or withdrawn.
  Claim as_read(std::size_t qi, Claim claim) const;

  // Whether the sentence gives figure `qi` as a plan or a possibility ("in talks to raise", "could")
  // and the fact is an event already past, which the sentence does not date: another event.
  // The modality and polarity of figure `qi` (match/stance.hpp), each worked out once.
  Modality modality(std::size_t qi) const;
  Polarity polarity(std::size_t qi) const;
  bool planned_after(std::size_t qi, const Fact& f) const;
  // Whether the sentence dates figure `qi` after every source and outside fact `f`'s period: another
  // value than the base's is a forecast ("could reach $20 billion by 2026"), not a wrong value now.
  bool forecast(std::size_t qi, const Fact& f) const;
  // The date of the fact base's latest source, in fractional years (0 when none is dated).
  double latest_source() const;

  // Whether the fact is an event that was over by the fact base's latest source: an October 2024 round
  // in a base of January 2025, but not a fiscal year still running then.
  bool past_event(const Fact& f) const;

  // Whether a denial governs the figure itself: right before it ("not $1.4 billion") or right before
  // its cue ("has not invested $14 billion").
  bool strongly_denied(std::size_t qi, const Fact& f) const;

  // A fact with one value: the figure fits it or not, and an event dated otherwise in the sentence did
  // not happen then.
  void judge_event(Claim& claim, const QuantityMention& q, const Fact& f) const;
  // The claim of a date that says when a figure's event happened, if a figure of the sentence is bound
  // to an event: right or wrong of that event.
  std::optional<Claim> judge_date(const QuantityMention& d, const std::vector<Claim>& claims) const;

  // (claimed - fact) / fact, for a figure compared with a numeric value.
  void set_deviation(Claim& claim) const;

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
  // The facts bind_by_value() walks: of the named organisations, by the kind of value they hold (indexed
  // by ValueKind: money, percent, count, measure); each built when a figure first needs it.
  std::array<std::optional<std::vector<std::size_t>>, 4> figure_facts_;
  // The spans of each context list looked for here, by the list's address in the lexicon.
  mutable std::unordered_map<const std::vector<Phrase>*, std::vector<std::pair<std::size_t, std::size_t>>>
      context_spans_;
  std::size_t breaks_end_ = 0;
  std::vector<std::size_t> breaks_before_;
  std::vector<Candidate> candidates_;
  std::vector<const Fact*> other_currency_;
  std::vector<const Fact*> bound_;
  std::vector<bool> fitted_;               // bound to a fact whose value (now or before) it fits
  std::vector<bool> by_value_;             // bound with no cue, by its value alone (bind_by_value())
  mutable std::vector<int> modalities_;    // modality(), per figure, -1 until asked
  mutable std::vector<int> polarities_;    // polarity(), per figure, -1 until asked
  mutable std::vector<int> totals_;        // said_as_total(), per figure, -1 until asked
  mutable int since_ = -1;                 // whether the sentence says "since" at all, -1 until asked
  mutable int reported_ = -1;              // reported_in() of the sentence, -1 until asked
  mutable int title_case_ = -1;            // most words capitalised (a headline), -1 until asked
  std::vector<const Entity*> weak_topic_;  // entities here only as SentenceView::topic
  mutable int english_ = -1;               // in_english() of the sentence, -1 until asked
  mutable int short_period_ = -1;          // "in the quarter" somewhere in the sentence, -1 until asked
  std::vector<CueMention> cues_;  // the sentence's cues that can govern a figure (find_cued_predicates())
  std::vector<const QuantityMention*> qualifiers_;
  std::vector<std::size_t> dated_figure_;  // for each of qualifiers_, the figure it dates
};

}  // namespace factcheck
