// Events' dates in a source's sentences: the event word before a date ("will open in 2027", "the
// opening of the hub is now expected in", "will open its fifth base at Marlowe Airport on 1 July") and
// what the event is of (learn/governors.hpp).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "learn/governors.hpp"
#include "model/dates.hpp"

namespace factcheck {

namespace {

const std::vector<std::vector<std::string>>& event_families() {
  static const std::vector<std::vector<std::string>> kFamilies = {
      {"open", "opening", "opens", "opened", "reopen", "reopening"},
      {"start", "starts", "started", "begin", "begins", "began", "beginning", "commence", "commences",
       "commenced"},
      {"completion", "complete", "completed", "finish", "finished", "completes"},
      {"delivery", "deliveries", "deliver", "delivered", "ship", "ships", "shipping", "shipped"},
      {"commissioning", "commissioned", "operational", "online", "operation"},
      {"launch", "launches", "launched", "debut"},
      {"founded", "founding", "established", "incorporated"},
      {"closing", "close", "closes", "closed", "closure"},
      {"acquired", "acquisition", "bought", "purchased"},
      {"filing", "filed", "submission", "submitted"},
      {"effective"},
      {"approved", "approval"},
      {"meeting", "meets"},
      {"signed", "signing"},
      // Events of people and works: "died on 1 December 2024", "appointed ... on 14 March 2019", "premiered
      // on 1 August 2025", "built in 1851".
      {"died", "death"},
      {"appointed", "appointment"},
      {"retired", "retirement", "retire", "retires"},
      {"elected", "election"},
      {"built", "constructed"},
      {"renovated", "restored", "refurbished"},
      {"premiere", "premiered", "premieres"},
      {"expire", "expires", "expired", "expiry"},
      {"paused", "suspended"},
      {"resumed", "resumes"},
      {"introduced", "introduction"},
      // "installed in 2022", "cast in 1979", "inaugurated on 4 May", "unveiled in 1921", "merged in 2019".
      {"installed", "installation"},
      {"cast"},
      {"inaugurated", "inauguration"},
      {"unveiled", "unveiling"},
      {"merged", "merger"},
      {"discovered", "discovery"},
      {"listed", "listing"}};
  return kFamilies;
}

// The words of a date moved: "postponed to February 2025", "pushed back to 2029".
const std::set<std::string>& moved() {
  static const std::set<std::string> kWords = {"postponed",   "delayed", "deferred", "moved",
                                               "rescheduled", "back",    "forward",  "shifted"};
  return kWords;
}

// Words before "ship" that make it a verb.
const std::set<std::string>& verb_before() {
  static const std::set<std::string> kWords = {"will", "to",   "would", "should", "can",  "could", "must",
                                               "and",  "they", "it",    "which",  "that", "now",   "also"};
  return kWords;
}

}  // namespace

const std::vector<std::string>& event_family(const std::string& word) {
  static const std::vector<std::string> kNone;
  for (const auto& family : event_families())
    if (std::find(family.begin(), family.end(), word) != family.end()) return family;
  return kNone;
}

namespace {

// "the new gondola will open", "The start of construction": the word for what the event at token `at`
// is of ("gondola", "construction"), or "" when the sentence does not say.
std::string thing_of_event(const std::vector<Token>& tokens, const Sentence& s, std::size_t at) {
  static const std::set<std::string> kAux = {"will",    "would",  "to",  "is",   "are",       "was",
                                             "were",    "be",     "due", "set",  "scheduled", "expected",
                                             "planned", "slated", "now", "also", "finally",   "can",
                                             "could",   "should", "its", "the"};
  if (at + 2 < s.last_token && tokens[at + 1].is("of")) {
    // "the opening of the Kitayama Sky Gondola, previously ...": the last word of the name or noun.
    static const std::set<std::string> kStop = {"will", "is",         "was",       "has",  "had",
                                                "be",   "previously", "scheduled", "on",   "in",
                                                "at",   "for",        "to",        "from", "and"};
    std::size_t k = at + 2;
    if (k + 1 < s.last_token && (tokens[k].is("the") || tokens[k].is("its"))) ++k;
    if (!tokens[k].is_word()) return "";
    for (std::size_t n = 0;
         n < 3 && k + 1 < s.last_token && tokens[k + 1].is_word() && !kStop.count(tokens[k + 1].norm); ++n)
      ++k;
    return tokens[k].norm;
  }
  // The noun before the event's verb, past its auxiliaries; none where a word of another kind stands
  // there ("will cost $249 and ship on 14 May", "has moved the shipping date").
  static const std::set<std::string> kNoThing = {
      "and",  "or",  "but", "moved", "has", "have",  "had",  "been",  "it",     "they",  "which",
      "that", "who", "we",  "he",    "she", "their", "our",  "this",  "then",   "when",  "with",
      "for",  "of",  "on",  "in",    "at",  "by",    "from", "after", "before", "while", "as"};
  for (std::size_t k = at; k > s.first_token;) {
    const Token& t = tokens[--k];
    if (!t.is_word() || kNoThing.count(t.norm) || moved().count(t.norm)) return "";
    if (kAux.count(t.norm)) continue;
    // "Volume shipments of the EM-9 AI accelerator will now begin": the noun before "of".
    for (std::size_t j = k; j > s.first_token + 1 && j + 6 > k;) {
      const Token& w = tokens[--j];
      if (w.is("of") && tokens[j - 1].is_word() && !kNoThing.count(tokens[j - 1].norm))
        return tokens[j - 1].norm;
      if (w.is(",") || (w.is_word() && kNoThing.count(w.norm))) break;
    }
    return t.norm;
  }
  return "";
}

// "will open the plant in March 2026", "plans to start a phase 3 programme in the third quarter": an
// event's verb, after "will" or "to", and its object of up to six words, which end before token `end`
// (the date's "in"). The family's first word, with the object's noun as what the event is of; ""
// where anything else stands between.
std::string event_with_object(const std::vector<Token>& tokens, const Sentence& s, std::size_t end,
                              std::string* thing) {
  static const std::set<std::string> kNotObject = {"and",  "or",    "but",    "which", "that", "who",
                                                   "with", "after", "before", "while", "as",   "said",
                                                   "says", "than",  "it",     "they",  "we",   "not"};
  for (std::size_t k = end; k > s.first_token + 1 && k + 7 > end;) {
    const Token& t = tokens[--k];
    if (!(t.is_word() || t.is_number()) || kNotObject.count(t.norm)) return "";
    const std::vector<std::string>& family = event_family(t.norm);
    if (family.empty()) continue;
    // "is opening its base at Penrith on 1 June": the progressive says what is to come, as "will" does.
    const bool progressive = (tokens[k - 1].is("is") || tokens[k - 1].is("are")) && t.norm.size() > 4 &&
                             t.norm.compare(t.norm.size() - 3, 3, "ing") == 0;
    if (k + 1 == end || !(verb_before().count(tokens[k - 1].norm) || progressive) ||
        !tokens[end - 1].is_word())
      return "";
    // What the event is of: the object's noun, before a place or owner ("its fifth base at Marlowe").
    // "will open to passengers on 1 October" names no object.
    static const std::set<std::string> kPlaces = {"at",      "in",   "on", "near", "of", "for",
                                                  "outside", "from", "to", "with", "by", "under"};
    std::size_t noun = end - 1;
    for (std::size_t j = k + 1; j < end; ++j)
      if (kPlaces.count(tokens[j].norm)) {
        noun = j - 1;
        break;
      }
    // "scheduled to start up in 2027", "to start operating in 2026": a particle or a verb after the
    // event's, no object.
    static const std::set<std::string> kParticles = {"up", "off", "out", "down", "back", "over", "again"};
    const std::string& w = tokens[noun].norm;
    const bool gerund = noun == k + 1 && w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0;
    if (thing && noun > k && !kParticles.count(w) && !gerund) *thing = w;
    return family[0];
  }
  return "";
}

// The event word in the few words before token `k` (a date's, or the "to" before it), past words of
// time and expectation: its family's first word, or "".
std::string event_before(const std::vector<Token>& tokens, const Sentence& s, std::size_t k,
                         std::size_t date_first, std::string* thing) {
  static const std::set<std::string> kBetween = {
      "in",       "for",      "by",        "on",       "is",          "are",     "was",       "were",
      "be",       "will",     "would",     "now",      "expected",    "due",     "scheduled", "planned",
      "targeted", "set",      "slated",    "to",       "from",        "of",      "until",     "around",
      "early",    "late",     "mid",       "sometime", "currently",   "still",   "pushed",    "moved",
      "back",     "forecast", "has",       "have",     "been",        "had",     "again",     "brought",
      "forward",  "delayed",  "postponed", "deferred", "rescheduled", "shifted", "the",       "end"};
  for (std::size_t passed = 0; k > s.first_token && passed <= 8; ++passed) {
    const Token& t = tokens[--k];
    // "founded *in 2016*": marks of emphasis and control characters are passed over, as the checker reads
    // past them.
    // So are bytes that are no UTF-8.
    if (t.is("*") || t.is("_") || t.is("**") ||
        (!t.norm.empty() &&
         std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= 0 && c < 0x20; })) ||
        t.is("\uFFFD"))
      continue;
    if (!t.is_word()) return "";
    // "at the start of 2025" is a time, not an event; "38% completion on 31 August" a state on a day.
    if (const std::vector<std::string>& family = event_family(t.norm); !family.empty()) {
      // "will ship on 14 May", not "order a hybrid ship in 2026".
      if ((t.is("ship") || t.is("ships")) && !(k > s.first_token && verb_before().count(tokens[k - 1].norm)))
        return "";
      const bool of = k + 1 < date_first && tokens[k + 1].is("of");
      const bool measured = k > s.first_token && (tokens[k - 1].is("%") || tokens[k - 1].is_number());
      if (of || measured) return "";
      if (thing) *thing = thing_of_event(tokens, s, k);
      return family[0];
    }
    if (kBetween.count(t.norm)) continue;
    // "first production in 2027", "first power is now expected in 2028": the first of a thing is an event.
    if (k > s.first_token && tokens[k - 1].is("first") && t.norm.size() > 3 &&
        (t.is("production") || t.is("power") || t.is("oil") || t.is("gas") || t.is("steel") ||
         t.is("deliveries") || t.is("flight") || t.is("output") || t.is("ore"))) {
      if (thing) *thing = t.norm;
      return "first";
    }
    // "The start of construction has been postponed to ...", "Opening of the Hexley automated hub is now
    // expected in ...": the event of a thing, named after "of".
    for (std::size_t j = k; j >= s.first_token + 2 && j + 5 > k; --j) {
      if (!tokens[j - 1].is("of") || event_family(tokens[j - 2].norm).empty()) {
        if (!tokens[j - 1].is_word()) break;
        continue;
      }
      if (thing) *thing = thing_of_event(tokens, s, j - 2);
      return event_family(tokens[j - 2].norm)[0];
    }
    return event_with_object(tokens, s, k + 1, thing);
  }
  return "";
}

}  // namespace

std::string event_of_date(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& date,
                          std::string* thing) {
  if (date.kind != QuantityKind::date || date.unit == "relative" || date.date.empty() || date.date[0] == '-')
    return "";
  std::size_t k = date.first_token;
  // "postponed to Monday 1 September 2025": the weekday is the date's.
  if (k > s.first_token + 1 && is_weekday(tokens[k - 1].norm)) --k;
  // "pushed back from 2027 to 2029": the date it was is no event's date now; the date it is ("to 2029",
  // read as a bound) is, and the words before "from" say of what.
  const auto from_before = [&](std::size_t to) {
    for (std::size_t j = to; j > s.first_token && j + 6 > to;)
      if (tokens[--j].is("from")) return j;
    return to;
  };
  // "postponed to", "has moved the shipping date for Aura Buds Pro to": a date moved, in its clause.
  const auto moved_before = [&](std::size_t to) {
    for (std::size_t j = to; j > s.first_token && j + 11 > to;) {
      const Token& t = tokens[--j];
      if (moved().count(t.norm)) return true;
      if (!t.is_word() && !t.is_number() && !t.is("-")) return false;  // "its Selene-2 lunar lander to
    }
    return false;
  };
  if (date.comparator == Comparator::none) {
    if (date.last_token + 1 < s.last_token && tokens[date.last_token].is("to") && k > s.first_token &&
        tokens[k - 1].is("from"))
      return "";
  } else if (date.comparator == Comparator::until && k > s.first_token + 1 && tokens[k - 1].is("to") &&
             from_before(k - 1) != k - 1) {
    k = from_before(k - 1);
  } else if (date.comparator == Comparator::until && k > s.first_token + 1 && tokens[k - 1].is("to") &&
             moved_before(k - 1)) {
    // "has been postponed to February 2025": the date it is now, of the event the sentence names before
    // it ("the opening of the gondola, previously scheduled for 14 December, will be postponed to ...").
    const std::string event = event_before(tokens, s, k - 1, date.first_token, thing);
    if (!event.empty()) return event;
    for (std::size_t j = k - 2; j > s.first_token;) {
      const std::vector<std::string>& family = event_family(tokens[--j].norm);
      if (family.empty()) continue;
      if (thing) *thing = thing_of_event(tokens, s, j);
      return family[0];
    }
    return "";
  } else {
    return "";
  }
  return event_before(tokens, s, k, date.first_token, thing);
}

}  // namespace factcheck
