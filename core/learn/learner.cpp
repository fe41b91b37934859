// Sources -> a fact base: names first (across every source, so aliases learned in one serve all), then
// each sentence's figures with their governors, subjects and dates, then the facts that say the same
// thing at different dates joined into one series, so that the later source makes the earlier outdated.
#include "learn/learner.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unordered_map>

#include "learn/governors.hpp"
#include "learn/learned.hpp"
#include "learn/members.hpp"
#include "learn/names.hpp"
#include "learn/reader.hpp"
#include "learn/roles.hpp"
#include "model/dates.hpp"
#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

namespace {

const char* value_kind(const QuantityMention& q) {
  switch (q.kind) {
    case QuantityKind::money:
      return "money";
    case QuantityKind::percent:
      return "percent";
    case QuantityKind::count:
      return "count";
    case QuantityKind::measure:
    case QuantityKind::duration:
      return is_measure_unit(q.unit) ? "measure" : nullptr;
    case QuantityKind::date:  // "until 2030", "will open in 2027" (read_sentence passes no other date)
      return q.comparator == Comparator::until || q.comparator == Comparator::none ? "date" : nullptr;
    default:
      return nullptr;  // bare numbers and ages are learned otherwise or not at all
  }
}

bool learnable(const QuantityMention& q) {
  // A date relative to when it was said ("to this week", "by next year") is no date a base can hold.
  if (q.kind == QuantityKind::date && q.unit == "relative") return false;
  return value_kind(q) && !q.unit.empty() && std::isfinite(q.value);
}

}  // namespace

namespace learn_detail {

void Learner::read(std::size_t d) {
  const std::string& text = docs_[d].text;
  const std::vector<Token> tokens = tokenize(text);
  const std::vector<Sentence> sentences = split_sentences(text, tokens);
  // A day with no year ("on February 7") is of the source's own year; with no source date, of no year
  // a fact can keep.
  std::vector<QuantityMention> quantities = extract_quantities(text, tokens);
  const int year = docs_[d].date.size() >= 4 ? std::atoi(docs_[d].date.c_str()) : 0;
  quantities.erase(std::remove_if(quantities.begin(), quantities.end(),
                                  [&](QuantityMention& q) {
                                    if (q.kind != QuantityKind::date || q.date.compare(0, 2, "--") != 0)
                                      return false;
                                    if (year == 0) return true;
                                    q = *in_year(q, year);
                                    return false;
                                  }),
                   quantities.end());
  std::vector<bool> unit_token(tokens.size(), false);
  // A measure's unit after its number, any word of a sum of money ("Rs 2.1 billion"): no name.
  for (const QuantityMention& q : quantities)
    if (q.kind == QuantityKind::measure || q.kind == QuantityKind::money)
      for (std::size_t k = q.first_token + (q.kind == QuantityKind::measure ? 1 : 0);
           k < q.last_token && k < tokens.size(); ++k)
        unit_token[k] = true;
  const std::vector<NameSpan> names = names_.read(text, tokens, sentences, unit_token);
  std::vector<bool> name_token(tokens.size(), false);
  for (const NameSpan& n : names)
    for (std::size_t k = n.first; k < n.last; ++k) name_token[k] = true;
  topic_ = recent_ = named_here_ = SIZE_MAX;
  topic_from_heading_ = false;
  named_orgs_.clear();
  // A document named for an organisation ("Ashcombe Homes plc – trading update") is about it where its
  // first sentences name no one ("Reservations were 11% lower ..."): follow_topic().
  title_topic_ = named_in_title(docs_[d].name);
  // So is a later source that speaks, further on, of what the one before was about ("From 1 September the
  // following changes apply: • Two-person delivery rises to £45 ... Hearthwell now trades from 52 stores").
  if (title_topic_ == SIZE_MAX && speaks_of(tokens, names, last_topic_)) title_topic_ = last_topic_;
  doc_start_ = facts_.size();
  for (const Sentence& s : sentences) read_sentence(d, text, tokens, s, quantities, names, name_token);
  last_topic_ = topic_;
}

bool opens_on_reference(const std::vector<Token>& tokens, const Sentence& s) {
  const std::size_t k = s.first_token;
  if (k >= s.last_token) return false;
  if (tokens[k].is("it")) return true;
  return k + 1 < s.last_token && tokens[k].is("the") &&
         (tokens[k + 1].is("company") || tokens[k + 1].is("group") || tokens[k + 1].is("chain") ||
          tokens[k + 1].is("firm"));
}

namespace {

// Whether name `n` is followed by a word or two of what the next name is ("printer", "cinema chain") and
// then by that name, before token `at`: "Port Moresby printer Kumul Press".
bool describes_next(const std::vector<Token>& tokens, const std::vector<NameSpan>& names, const NameSpan& n,
                    std::size_t at) {
  static const std::set<std::string> kDescriptors = {
      "printer", "maker",   "operator", "firm",      "company",  "group",    "chain",       "retailer",
      "bank",    "airline", "carrier",  "developer", "brewer",   "producer", "publisher",   "manufacturer",
      "lender",  "insurer", "supplier", "club",      "startup",  "start-up", "broadcaster", "distributor",
      "studio",  "bakery",  "miller",   "builder",   "exporter", "importer", "grower",      "farm"};
  std::size_t k = n.last;
  std::size_t words = 0;
  while (k < at && words < 2 && tokens[k].is_word() && !tokens[k].is_number()) {
    const bool descriptor = kDescriptors.count(tokens[k].norm) > 0;
    ++k;
    ++words;
    if (!descriptor) continue;
    for (const NameSpan& m : names)
      if (m.first == k && m.last <= at && m.entity != n.entity) return true;
  }
  return false;
}

}  // namespace

std::size_t Learner::subject_of(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                                const Sentence& s, std::size_t at) const {
  // The clause's subject: the first organisation named before the figure, else the one the document
  // is about ("The group opened 23 stores ... across the UK and Ireland"), else any named after it.
  std::size_t after = SIZE_MAX, place_end = 0;
  bool owner_after = false;  // "three-quarters of Kalmar's population growth": the figure's owner
  // "into OpenAI's most recent $6.6 billion funding round": the figure's owner, right before it.
  if (const std::size_t owner = possessor_before(tokens, names, s, at); owner != SIZE_MAX) return owner;
  if (const std::size_t own = clause_subject(tokens, names, s, at); own != SIZE_MAX) return own;
  // 'A "Dragon's Vault" coin pusher built in 2021 sold for £2,900': one thing of a kind a name gives, not
  // the name's; a figure of no one the sources know.
  {
    std::size_t k = s.first_token;
    if (k + 1 < at && (tokens[k].is("a") || tokens[k].is("an"))) {
      ++k;
      while (k < at && !tokens[k].is_word() && !tokens[k].is_number()) ++k;  // an opening quote
      for (const NameSpan& n : names)
        if (n.first == k && n.last < at) return SIZE_MAX;
    }
  }
  for (const NameSpan& n : names) {
    if (n.first < s.first_token || n.last > s.last_token) continue;
    if (names_.entities()[n.entity].type != "organization") continue;
    // "€1,699 in Europe and $1,599 in the US": where the figure before is given, not who gives this one;
    // "ordered 24 trainsets from Aurum Rail for €1.9 billion": the supplier, not the buyer.
    if (name_aside(tokens, s, n.first, n.last, at) != NameAside::none) continue;
    // "The lift, supplied by the Austrian manufacturer Alpitec Seilbahnen, is 1,340 metres long": the
    // maker in an aside is no subject of the sentence's figures.
    if (by_aside(tokens, s, n.first, n.last, at)) continue;
    // "The investment at Deventer has been raised to €48 million": a site within the subject's phrase of
    // a passive verb.
    if (n.first > s.first_token + 1 && n.last + 2 < at && tokens[n.first - 1].is("at") &&
        tokens[n.first - 2].is_word() && (tokens[n.last].is("has") || tokens[n.last].is("have")) &&
        tokens[n.last + 1].is("been"))
      continue;
    // "The company has opened two new studios, in Baranichy and Lidava, bringing the network to 25": a place
    // where, in a sentence about the organisation it opens with.
    const bool listed = place_end && n.first == place_end + 1 && tokens[place_end].is("and");  // "and Lidava"
    if (n.first < at && n.first > s.first_token + 1 && (tokens[n.first - 1].is("in") || listed) &&
        opens_on_reference(tokens, s)) {
      place_end = n.last;
      continue;
    }
    // "Port Moresby printer Kumul Press bought a press for K18 million": a name that only says where the
    // one after its descriptor is.
    if (n.first < at && describes_next(tokens, names, n, at)) continue;
    if (n.first < at) return n.entity;
    if (after == SIZE_MAX) {
      after = n.entity;
      const std::vector<Token>& t = tokens;
      owner_after = n.first > at && n.first - at <= 4 && n.last < t.size() &&
                    (t[n.last].is("'s") || t[n.last].is("\u2019s")) && t[n.first - 1].is("of");
    }
  }
  if (owner_after) return after;
  // "the $1.1 billion that rival marketplace Shopway paid": who the clause after the figure says paid it.
  if (at < s.last_token) {
    std::size_t k = at;
    while (k < s.last_token && k < at + 4 && !tokens[k].is("that") && !tokens[k].is("which")) ++k;
    for (const NameSpan& n : names)
      if (k < s.last_token && n.first > k && n.first < k + 5 && n.last < s.last_token &&
          acts(tokens[n.last].norm) && names_.entities()[n.entity].type == "organization")
        return n.entity;
  }
  // "A rival refinery hired 230 seasonal workers": a figure of someone the sentence does not name, and not
  // the document's topic.
  std::size_t lead = s.first_token;
  if (lead + 1 < at && (tokens[lead].is("a") || tokens[lead].is("an") || tokens[lead].is("one"))) ++lead;
  if (lead < at &&
      (tokens[lead].is("rival") || tokens[lead].is("competitor") || tokens[lead].is("competing")))
    return SIZE_MAX;
  // "it", "its" before the figure: the organisation the last sentences named; "the company", "the group":
  // the one the document is about, where it has one (a sentence on a rival between does not take it).
  for (std::size_t k = s.first_token; k < at && recent_ != SIZE_MAX; ++k) {
    if (tokens[k].is("it") || tokens[k].is("its")) return recent_;
    if (tokens[k].is("the") && k + 1 < at && tokens[k + 1].is("board"))
      return topic_ != SIZE_MAX ? topic_ : recent_;
    if (tokens[k].is("the") && k + 1 < at && (tokens[k + 1].is("company") || tokens[k + 1].is("group")))
      return topic_ != SIZE_MAX ? company_topic() : recent_;
  }
  // "The trust's 2022/23 accounts have been restated": a word of a name the document gave before.
  for (std::size_t k = s.first_token; k + 1 < at; ++k)
    if (tokens[k].is("the") && tokens[k + 1].is_word())
      if (const std::size_t e = named_by_noun(tokens[k + 1]); e != SIZE_MAX) return e;
  return topic_ != SIZE_MAX ? topic_ : after;
}

std::size_t Learner::clause_subject(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                                    const Sentence& s, std::size_t at) const {
  // "Telvia won 80 MHz for £412 million, Orbis Mobile won 80 MHz for £388 million and Nexo won ...": the
  // organisation that opens the figure's own clause, after a comma or "and", with its verb right after.
  const NameSpan* nearest = nullptr;
  for (const NameSpan& n : names)
    if (n.first > s.first_token && n.last <= at && n.last < s.last_token) nearest = &n;
  // (A person's too, in a clause of its own: "its founder Tomáš Veselý, who holds 55%".)
  const bool who = nearest && nearest->last + 1 < at && tokens[nearest->last + 1].is("who");
  if (!nearest || (names_.entities()[nearest->entity].type != "organization" && !who)) return SIZE_MAX;
  const std::size_t b = nearest->first - 1;  // past "the": "…; the National Hydrocarbons Company retains"
  const Token& before = tokens[b > s.first_token && tokens[b].is("the") ? b - 1 : b];
  const Token& after = tokens[nearest->last];
  // "a joint venture between Meridian Facility Group, which holds 70 per cent, and ...": the figure of a
  // relative clause is its name's.
  const bool relative = nearest->last + 2 < at && after.is(",") &&
                        (tokens[nearest->last + 1].is("which") || tokens[nearest->last + 1].is("who"));
  if (!relative && (!(before.is(",") || before.is("and") || before.is(";")) || !acts(after.norm)))
    return SIZE_MAX;
  for (std::size_t k = nearest->last + (relative ? 1 : 0); k < at; ++k)
    if (tokens[k].is(",") || tokens[k].is(";")) return SIZE_MAX;  // the clause ended before the figure
  return nearest->entity;
}

std::size_t Learner::possessor_before(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                                      const Sentence& s, std::size_t at) const {
  static const std::set<std::string> kBetween = {"most",    "recent",  "latest", "new",     "last",
                                                 "current", "planned", "total",  "initial", "first"};
  std::size_t k = at;
  while (k > s.first_token && at - k < 3 && kBetween.count(tokens[k - 1].norm)) --k;
  if (k < s.first_token + 2 || !(tokens[k - 1].is("'s") || tokens[k - 1].is("\u2019s"))) return SIZE_MAX;
  for (const NameSpan& n : names)
    if (n.last == k - 1 && n.first >= s.first_token && names_.entities()[n.entity].type == "organization")
      return n.entity;
  return SIZE_MAX;
}

std::size_t Learner::holders_before(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                                    const Sentence& s, std::size_t at) const {
  // The organisation named nearest before the figure, at most six tokens back, with its holders right
  // after its name; SIZE_MAX when there is none.
  const NameSpan* nearest = nullptr;
  for (const NameSpan& n : names)
    if (n.first >= s.first_token && n.last <= at && names_.entities()[n.entity].type == "organization" &&
        (!nearest || n.first > nearest->first))
      nearest = &n;
  if (!nearest || at - nearest->last > 6 || nearest->last >= tokens.size()) return SIZE_MAX;
  const Token& next = tokens[nearest->last];
  static constexpr std::string_view kHolders[] = {"shareholders", "holders",     "stockholders", "investors",
                                                  "owners",       "unitholders", "bondholders"};
  for (std::string_view h : kHolders)
    if (next.is(h)) return nearest->entity;
  return SIZE_MAX;
}

std::string Learner::predicate_for_count(Governor& g, const QuantityMention& q) {
  // "opened 23 stores": a count is first of its noun, and its verb tells counts of one noun apart.
  const std::string id = "count-" + slug(stem(q.unit), "source");
  if (!predicates_.count(id)) predicates_.emplace(id, PredicateInfo{id, q.unit, "count", {q.unit}});
  std::vector<std::string>& cues = predicates_.at(id).cues;
  if (g.head.empty()) return id;  // only its noun governs it: "Corvane has 1,200 employees"
  for (const std::string& w : cue_family(g.head))
    if (std::find(cues.begin(), cues.end(), w) == cues.end()) cues.push_back(w);
  g.modifiers.insert(g.modifiers.begin(), g.head);
  return id;
}

std::size_t Learner::object_after(const std::vector<Token>& tokens, const Sentence& s,
                                  const QuantityMention& q, const std::vector<NameSpan>& names,
                                  std::size_t subject) const {
  // "in OpenAI", "into OpenAI's latest round": the matcher reads "in X" after a figure as its object.
  // Not a date's place: "founded in 2011 in Leeds".
  const std::size_t k = q.last_token;
  if (q.kind == QuantityKind::date || k + 1 >= s.last_token || !(tokens[k].is("in") || tokens[k].is("into")))
    return SIZE_MAX;
  for (const NameSpan& n : names)
    if (n.first == k + 1 && n.entity != subject && names_.entities()[n.entity].type == "organization")
      return n.entity;
  return SIZE_MAX;
}

std::string Learner::predicate_for(const Governor& g, const char* kind) {
  const std::string id = std::string(kind) + "-" + slug(stem(g.head), "source");
  auto it = predicates_.find(id);
  if (it == predicates_.end())
    it = predicates_.emplace(id, PredicateInfo{id, g.head, kind, cue_family(g)}).first;
  // "participation rate": a rewrite may keep the narrowing word and drop the head ("participation was").
  std::vector<std::string>& cues = it->second.cues;
  for (const auto* words : {&g.modifiers, &g.after})
    for (const std::string& m : *words)
      if (std::find(cues.begin(), cues.end(), m) == cues.end()) cues.push_back(m);
  return id;
}

void Learner::read_sentence(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                            const Sentence& s, const std::vector<QuantityMention>& quantities,
                            const std::vector<NameSpan>& names, const std::vector<bool>& name_token) {
  std::vector<std::size_t> figures, dates;
  numbers_.clear();
  for (const QuantityMention& q : quantities)
    if (q.first_token >= s.first_token && q.first_token < s.last_token && std::isfinite(q.value))
      numbers_.push_back(q.value);
  for (std::size_t i = 0; i < quantities.size(); ++i) {
    const QuantityMention& q = quantities[i];
    if (q.first_token < s.first_token || q.first_token >= s.last_token) continue;
    if (q.kind == QuantityKind::date) {
      if (q.unit != "relative" && q.comparator == Comparator::none && !dates_no_figure(tokens, s, q))
        dates.push_back(i);
      // "exclusive until 2030": a bound in time is a fact of its own; so is an event's date ("will open
      // in 2027").
      const bool bound = q.comparator == Comparator::until && !q.date.empty() && q.date[0] != '-';
      if (bound || !event_of_date(tokens, s, q).empty()) figures.push_back(i);
    } else {
      figures.push_back(i);
    }
  }
  // The names are in order of appearance: the sentence's are found by search, not by a walk.
  const auto here = std::lower_bound(names.begin(), names.end(), s.first_token,
                                     [](const NameSpan& n, std::size_t k) { return n.first < k; });
  auto past = here;
  while (past != names.end() && past->first < s.last_token) ++past;
  // A sender's heading: a short line of no word in lower case that says what it is ("EXPONORD EVENTS SRL —
  // PRESS RELEASE"); "Oslo, 11 February 2025." is a dateline.
  const auto first = tokens.begin() + static_cast<std::ptrdiff_t>(s.first_token),
             last = tokens.begin() + static_cast<std::ptrdiff_t>(s.last_token);
  const bool heading =
      s.last_token - s.first_token <= 16 &&
      std::none_of(
          first, last,
          [&](const Token& t) { return t.is_word() && text[t.start] >= 'a' && text[t.start] <= 'z'; }) &&
      std::any_of(first, last, [](const Token& t) {
        return t.is("release") || t.is("notice") || t.is("communiqué") || t.is("communique") ||
               t.is("statement") || t.is("announcement") || t.is("bulletin");
      });
  follow_topic(tokens, s, here, past, figures.empty() ? heading : std::optional<bool>());
  note_ended_roles(d, tokens, s, here, past);
  read_roles(d, text, tokens, s, here, past);
  for (MembersMention& m : find_members(tokens, s, std::vector<NameSpan>(here, past), names_.entities()))
    members_.push_back({d, m.group, std::move(m.members), source_for(d, text, s)});
  if (figures.empty()) return;
  read_figures(d, text, tokens, s, quantities, names, name_token, figures, dates);
}

void Learner::note_ended_roles(std::size_t d, const std::vector<Token>& tokens, const Sentence& s,
                               NameIt here, NameIt past) {
  for (auto it = here; it != past; ++it) {
    const NameSpan& n = *it;
    // "Gareth Lyle has stepped down as chief executive", "Lyle resigned as chair": the checker reads the
    // role as over.
    std::size_t v = n.last;
    while (v < s.last_token && (tokens[v].is("has") || tokens[v].is("had") || tokens[v].is("will"))) ++v;
    if (v + 1 < s.last_token && (tokens[v + 1].is("as") || tokens[v + 1].is("from")) &&
        (tokens[v].is("resigned") || tokens[v].is("resigns") || tokens[v].is("quit") ||
         tokens[v].is("retired")))
      ended_roles_.insert({d, n.entity});
    // "General director Ján Kollár retired on 31 January 2024": done, in the past tense, whenever.
    if (v < s.last_token && (tokens[v].is("resigned") || tokens[v].is("quit") || tokens[v].is("retired")) &&
        !(v > n.last && tokens[v - 1].is("will")))
      ended_roles_.insert({d, n.entity});
    // "chief executive Mette Lindqvist has stepped down for personal reasons": done, whatever follows,
    // unless the sentence names who succeeded them (a series of holders: "... stepped down in June and
    // was succeeded by Nikhil Bose"); "will step down in June" is to come.
    const bool down = v + 1 < s.last_token && tokens[v + 1].is("down");
    const bool down_as = down && v + 2 < s.last_token && tokens[v + 2].is("as");
    if (down && (tokens[v].is("stepped") || tokens[v].is("steps") || tokens[v].is("step")) &&
        (down_as || (tokens[v].is("stepped") && !tokens[v - 1].is("will") && !names_successor(tokens, s))))
      ended_roles_.insert({d, n.entity});
    if (n.first <= s.first_token) continue;
    if (ends_a_role(tokens[n.first - 1])) ended_roles_.insert({d, n.entity});
    // "following the departure of Dawn Fairlie", "after the resignation of its chair, Tom Odell".
    if (n.first >= s.first_token + 2 && tokens[n.first - 1].is("of") &&
        (tokens[n.first - 2].is("departure") || tokens[n.first - 2].is("resignation") ||
         tokens[n.first - 2].is("retirement") || tokens[n.first - 2].is("dismissal") ||
         tokens[n.first - 2].is("removal") || tokens[n.first - 2].is("exit")))
      ended_roles_.insert({d, n.entity});
    // "ousted dara Quell": a first name in lower case before the run, which the checker, reading names in
    // any case, takes with it: the role of the person so named ends too.
    if (n.first - 1 > s.first_token && tokens[n.first - 1].is_word() && ends_a_role(tokens[n.first - 2])) {
      const std::string full = tokens[n.first - 1].norm + " " + name_key(names_.entities()[n.entity].name);
      for (std::size_t e = 0; e < names_.entities().size(); ++e)
        if (name_key(names_.entities()[e].name) == full) ended_roles_.insert({d, e});
    }
  }
}

void Learner::read_roles(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                         const Sentence& s, NameIt here, NameIt past) {
  const std::vector<NameSpan> in_sentence(here, past);  // roles are read within the sentence
  std::size_t sentence_org = SIZE_MAX;  // the organisation an earlier holder's title put the sentence at
  for (const RoleMention& r : find_roles(tokens, s, in_sentence, names_.entities())) {
    // "Stargate chairman Larry Ellison" with Stargate read as no name: the title is another organisation's,
    // never the topic's.
    if (r.organisation == SIZE_MAX && names_another_before(text, tokens, s, r.title) &&
        !starts_name(tokens[r.title - 1].norm, topic_))
      continue;
    // "Ironbark Minerals declared no dividend and said ... would hand over to managing director Neil
    // Fraser": a title the sentence gives no organisation, after another organisation it names as what
    // the sentence is about, is that one's as likely as the topic's.
    const bool after_other = std::any_of(here, past, [&](const NameSpan& n) {
      return n.last <= r.title && n.first == s.first_token && n.entity != topic_ && n.entity != r.person &&
             names_.entities()[n.entity].type == "organization";
    });
    if (r.organisation == SIZE_MAX && r.referred == SIZE_MAX && !r.takes_up && after_other) continue;
    std::size_t org = r.organisation != SIZE_MAX ? r.organisation : topic_;
    // "The company is led by founder and chief executive Faisal Al Mansoori" in a regulator's notice.
    if (r.organisation == SIZE_MAX && says_the_company(tokens, s.first_token, s.last_token))
      org = company_topic();
    if (r.organisation == SIZE_MAX && r.referred != SIZE_MAX)  // "its chair", "the authority's chair"
      org = tokens[r.referred].is("its") ? (recent_ != SIZE_MAX ? recent_ : topic_)
                                         : named_by_noun(tokens[r.referred]);
    // "Altman returned as CEO": one who takes up a title the sources already gave them takes it up where
    // they held it, not at the document's topic.
    // So does one given a new title where the sentence names no organisation ("Meron Tadesse has been
    // appointed chief executive" after she was general manager of Abay), and whoever takes up a title in
    // the same sentence ("; Hanna Wolde succeeds her as general manager").
    if (r.organisation == SIZE_MAX && r.referred == SIZE_MAX) {
      std::size_t held_at = SIZE_MAX;
      // (The same title named again, not taken up, is the topic's: the sources may name one organisation
      // two ways, "Northwind Boreal" and "Northwind Boreal Energy Inc.".)
      for (const LearnedRole& o : roles_)
        if (o.person == r.person && (o.kind != r.kind || r.takes_up) &&
            (held_at == SIZE_MAX || o.kind == r.kind))
          held_at = o.organisation;
      if (held_at != SIZE_MAX) {
        org = held_at;
        sentence_org = held_at;
      } else if (sentence_org != SIZE_MAX) {
        org = sentence_org;
      }
    }
    // Never an organisation as a holder: one a role was learned of. Nor a person as the organisation: an
    // obituary's subject is its topic, but "led by Music Director Ilse Brandvold" is the orchestra's.
    if (org == SIZE_MAX || org == r.person || names_.entities()[org].type == "person" ||
        std::any_of(roles_.begin(), roles_.end(),
                    [&](const LearnedRole& o) { return o.organisation == r.person; }))
      continue;
    names_.make_person(r.person);
    roles_.push_back({d, org, r.person, r.kind, source_for(d, text, s), r.takes_up});
  }
  read_successions(d, text, tokens, s, in_sentence);
}

void Learner::read_successions(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                               const Sentence& s, const std::vector<NameSpan>& names) {
  // With no title said, one who succeeds takes up each role the sources give the one succeeded.
  for (const auto& [who, whom] : find_successions(tokens, s, names, names_.entities())) {
    const std::size_t held = roles_.size();
    for (std::size_t r = 0; r < held; ++r) {
      const LearnedRole o = roles_[r];
      if (o.person != whom || o.doc == d) continue;
      names_.make_person(who);
      roles_.push_back({d, o.organisation, who, o.kind, source_for(d, text, s), true});
    }
  }
}

void Learner::read_figures(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                           const Sentence& s, const std::vector<QuantityMention>& quantities,
                           const std::vector<NameSpan>& names, const std::vector<bool>& name_token,
                           const std::vector<std::size_t>& figures, const std::vector<std::size_t>& dates) {
  std::vector<Governor> governors = find_governors(text, tokens, s, quantities, figures, name_token);
  std::vector<bool> event_date(figures.size(), false);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    std::string thing;
    const std::string event = event_of_date(tokens, s, quantities[figures[i]], &thing);
    if (event.empty()) continue;
    event_date[i] = true;
    // An event's date is governed by its event word, narrowed by what the event is of.
    Governor g;
    g.head = event;
    if (!thing.empty()) g.modifiers.push_back(thing);
    // No thing of its own: a name's word ("the contract with Tallow Civils was signed"), or what a
    // founding is of, which is its subject ("Harvest Lane, the consumer co-operative founded in 1894").
    bool named = event == "founded";
    for (std::size_t k = s.first_token; k < s.last_token && !named; ++k)
      named = name_token[k] && tokens[k].norm == thing;
    if (!named) g.thing = thing;
    g.found = true;
    governors[i] = std::move(g);
  }
  const std::string source = source_for(d, text, s);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const std::optional<QuantityMention> counted = counted_in_clause(tokens, s, quantities[figures[i]]);
    const QuantityMention& q = counted ? *counted : quantities[figures[i]];
    // "Membership reached 19,400": the word the members are counted by is no word narrowing them.
    if (counted && !members_of(governors[i].head).empty()) governors[i].head.clear();
    // "transplants 611 (previously 598)": the earlier value of the figure before it.
    if (counted && !governors[i].found && i > 0 && q.first_token > s.first_token &&
        tokens[q.first_token - 1].is("previously")) {
      governors[i] = governors[i - 1];
      governors[i].earlier = true;
    }
    std::size_t subject = subject_of(tokens, names, s, q.first_token);
    // "Tidewell shareholders will own 56 per cent and Marlow shareholders 44 per cent": the holders of
    // the organisation named nearest before the figure own it.
    if (const std::size_t holders = holders_before(tokens, names, s, q.first_token); holders != SIZE_MAX)
      subject = holders;
    for (const NameSpan& n : names) {
      if (n.first == governors[i].gapped_name && names_.entities()[n.entity].type == "organization")
        subject = n.entity;
      // "Only 21 examples of the Nordvik error are recorded": a count of a name's things is the name's.
      const std::size_t of = q.last_token;
      if (q.kind == QuantityKind::count && of + 1 < s.last_token && tokens[of].is("of") &&
          n.first == of + (tokens[of + 1].is("the") ? 2 : 1) &&
          names_.entities()[n.entity].type == "organization")
        subject = n.entity;
    }
    if (!learnable(q) || !governors[i].found || subject == SIZE_MAX || period_phrase(tokens, s, q)) continue;
    if (set_aside(tokens, s, q)) continue;
    // "OpenAI was founded in 2015": the subject is no thing of its own event, nor a cue of it; nor is
    // any organisation a one-word name names (a learner's subject may be another).
    std::vector<std::string>& modifiers = governors[i].modifiers;
    if (event_date[i])
      modifiers.erase(std::remove_if(modifiers.begin(), modifiers.end(),
                                     [&](const std::string& m) {
                                       return starts_name(m, subject, true) || names_.one_word_name(m);
                                     }),
                      modifiers.end());
    LearnedFact f;
    f.doc = d;
    f.subject = subject;
    f.predicate = q.kind == QuantityKind::count ? predicate_for_count(governors[i], q)
                                                : predicate_for(governors[i], value_kind(q));
    f.q = q;
    if (event_date[i])
      f.q.comparator = Comparator::none;  // "from 2027 to 2029": the event's date is 2029, not up to it
    f.governor = governors[i];
    f.object = object_after(tokens, s, q, names, subject);
    f.source = source;
    f.when = q.kind == QuantityKind::date ? "" : date_of(tokens, s, quantities, figures, dates, i);
    // The same figure said twice of the same thing is one fact.
    const bool repeated = std::any_of(
        facts_.begin() + static_cast<std::ptrdiff_t>(doc_start_), facts_.end(), [&](const LearnedFact& o) {
          return o.doc == d && o.subject == f.subject && o.predicate == f.predicate && o.q.value == q.value &&
                 o.q.date == q.date && o.q.unit == q.unit && o.governor.earlier == f.governor.earlier &&
                 o.when == f.when;
        });
    if (repeated) continue;
    facts_.push_back(std::move(f));
  }
}

std::string Learner::source_for(std::size_t d, std::string_view text, const Sentence& s) {
  const std::string id =
      "s" + std::to_string(d + 1) + "-" + slug(docs_[d].name, "source") + "-" + std::to_string(s.start);
  if (source_ids_.insert(id).second) {
    Json src = {{"id", id}, {"publisher", docs_[d].name}};
    if (!docs_[d].date.empty()) src["date"] = docs_[d].date;
    src["document"] = docs_[d].name;
    src["start"] = s.start;
    src["end"] = s.end;
    src["quote"] = shortened(text.substr(s.start, s.end - s.start), 300);
    if (!numbers_.empty()) src["numbers"] = numbers_;
    sources_json_.push_back(std::move(src));
  }
  return id;
}

bool Learner::starts_name(const std::string& word, std::size_t e, bool anywhere) const {
  if (e == SIZE_MAX || e >= names_.entities().size()) return false;
  const LearnedEntity& entity = names_.entities()[e];
  std::vector<std::string> spellings = entity.aliases;
  spellings.push_back(entity.name);
  for (const std::string& name : spellings) {
    const std::vector<Token> words = tokenize(name);
    if (!words.empty() && words.front().norm == word) return true;
    if (anywhere && std::any_of(words.begin(), words.end(), [&](const Token& w) { return w.norm == word; }))
      return true;
  }
  return false;
}

std::vector<std::size_t> Learner::facts_per_source() const {
  std::vector<std::size_t> out(docs_.size(), 0);
  for (const LearnedFact& f : facts_) ++out[f.doc];
  return out;
}

}  // namespace learn_detail

LearnedBase learn_fact_base(const std::vector<SourceDocument>& sources, const std::string& name) {
  return learn_detail::Learner(sources, name).run();
}

}  // namespace factcheck
