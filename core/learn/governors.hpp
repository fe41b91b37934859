// Learning, part 2: the words that govern a figure in a source sentence. "reported second-quarter
// revenue of $1.82 billion" is governed by "revenue", modified by "second-quarter"; "down 8% from
// €2.62 billion a year earlier" takes its governor from the figure before it and marks the earlier value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

struct Governor {
  std::string head;                    // the governing word, lower-case: "revenue", "invested"
  std::vector<std::string> modifiers;  // words before it that narrow it: "data-centre", "net"
  std::vector<std::string> after;      // words right after it that say what it is: "to shareholders"
  bool earlier = false;                // a previous value: "from €2.62 billion", "a year earlier"
  bool change = false;                 // an amount of change: "up £21", "rose by 73,000"
  bool found = false;                  // false: nothing in the clause governs the figure
  // The token a name right before the figure starts at, when the figure has no verb of its own and takes
  // the one of the figure before ("… provide HK$800 million and the Lo Foundation HK$400 million"): the
  // name is the figure's subject. SIZE_MAX otherwise.
  std::size_t gapped_name = SIZE_MAX;
  std::string thing;  // an event's, when a common noun says what it is of: "bookings", "gondola"
};

// The governors of the figures of one sentence, in the order of `figures` (indexes into `quantities`).
std::vector<Governor> find_governors(std::string_view text, const std::vector<Token>& tokens,
                                     const Sentence& sentence, const std::vector<QuantityMention>& quantities,
                                     const std::vector<std::size_t>& figures,
                                     const std::vector<bool>& name_token);

// The cue words that signal the same thing as `head` ("sales" for "revenue"), `head` first.
std::vector<std::string> cue_family(const std::string& head);
// The cue words of a governor: its event's family, else its head's, else its phrase's with the words
// that narrow it ("capital expenditure", which a rewrite calls "capex"; "free cash flow", "FCF").
std::vector<std::string> cue_family(const Governor& g);

// Whether the name at tokens [first, last) stands in an aside closed before the figure at `lead`: on who
// made or supplied something (", supplied by the Austrian manufacturer Alpitec Seilbahnen,"), or the
// sentence's opening phrase ("With Bayline, Meridian now operates 12 channels").
bool by_aside(const std::vector<Token>& tokens, const Sentence& s, std::size_t first, std::size_t last,
              std::size_t lead);

// What a name at tokens [first, last) before the figure at `lead` is to it when it is not its subject:
// the place the figure before is given for ("€1,699 in Europe and $1,599"), or what the clause's verb
// takes with a preposition ("ordered 24 trainsets from Aurum Rail for €1.9 billion"); none otherwise.
enum class NameAside { none, place_of_previous, object };
NameAside name_aside(const std::vector<Token>& tokens, const Sentence& s, std::size_t first, std::size_t last,
                     std::size_t lead);
// The first word of the head's cue family ("cost" for "prices", "revenue" for "turnover"), else the head.
std::string family_head(const std::string& head);

// What a word for a whole body of people counts: "membership" its "members", "headcount" "employees";
// empty for any other word.
std::string_view members_of(std::string_view body);

// "the number of registered growers is revised to 14,150", "the final pupil count is 147,910": a bare
// number is a count of what its clause says is counted. The noun is the last plural-looking word after
// "number of" (the last word, else), or the word before "count"; the figure follows the clause's verb.
std::optional<QuantityMention> counted_in_clause(const std::vector<Token>& tokens, const Sentence& s,
                                                 const QuantityMention& q);

// "will open in 2027", "Completion is targeted for March 2027", "first deliveries in spring 2026": a
// date right after the word of the event it dates, with only words of time and expectation between.
// Returns the event's word, the first of its family ("open" for "opening"), or "" when the date dates
// no such event.
// `thing`, when given, is set to the word for what the event is of ("gondola" in "the new gondola will
// open on 14 December"), or "" where the sentence does not say. (learn/events.cpp, with event_family().)
std::string event_of_date(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& date,
                          std::string* thing = nullptr);

// The words that name the same event as `word`, the family's own word first ("opening": "open",
// "opening", "opens", ...); empty when `word` names no event.
const std::vector<std::string>& event_family(const std::string& word);

// learn/figure_dates.cpp: whether a plain date dates no figure of its sentence: the period one is set
// against ("up 8% on Q3 2023", "compared with 2023"), a time since when ("the longest since records began
// in 2010") or an aside's own event ("Founded in 1986, Meridian operates 11 cable channels").
bool dates_no_figure(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& date);

// "the three months to 30 September": a duration that names a period, not a figure of anything.
bool period_phrase(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& q);

// A plain date dates the figure nearest to it: the date of quantities[figures[i]] among the sentence's
// `dates`, or "" when no date is nearest to it (the last of two that are). A sentence's only date, a year
// that opens it, dates all its figures: "In 2023 the 112 service received 1.84 million calls".
std::string date_of(const std::vector<Token>& tokens, const Sentence& s,
                    const std::vector<QuantityMention>& quantities, const std::vector<std::size_t>& figures,
                    const std::vector<std::size_t>& dates, std::size_t i);

// "total income was £6.12 million, not £6.42 million", "38 extra services rather than 46": the figure
// set aside is no fact.
bool set_aside(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& q);

}  // namespace factcheck
