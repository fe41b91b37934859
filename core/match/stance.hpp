// How a sentence holds what it says: asserted, denied ("is not", "never", "rather than") or said to
// have ended ("no longer", "ceased", "former"); and as fact, plan ("plans to"), possibility ("could")
// or report ("reportedly"). A denied true fact is contradicted; a plan or a report keeps its verdict,
// and its explanation says what it is.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "match/claim.hpp"
#include "match/sentence.hpp"

namespace factcheck {

// The polarity words among tokens [first, last) of the view's sentence: "no longer", "ceased",
// "former" and "ex-" give ceased; "not", "n't" forms, "never", "no", "denied", "rather than",
// "neither", "nor" and "without" give negated; nothing gives asserted. A clause break ends the search
// only where `stop_at_break`.
Polarity polarity_in(const SentenceView& view, std::size_t first, std::size_t last,
                     bool stop_at_break = false);

// The polarity of what comes right after tokens [.., at): the words of its own clause before it, up to
// `reach` tokens back, with no clause break (a comma among them) in between.
Polarity polarity_before(const SentenceView& view, std::size_t at, std::size_t reach = 8);

// The polarity words in [from, to), within the clause that `to` stands in: "Altman is no longer [OpenAI's
// CEO]", but not the "isn't" of "Microsoft isn't a member, though it remains the largest investor".
Polarity polarity_between(const SentenceView& view, std::size_t from, std::size_t to);

// The first token of the clause token `at` stands in.
std::size_t scope_start(const SentenceView& view, std::size_t at);

// The modality of a claim at token `at`: its clause's words before it, and any hedge of report in the
// whole sentence ("according to people familiar with the matter").
Modality modality_of(const SentenceView& view, std::size_t at);

// The two halves of modality_of(), for callers that ask of several claims in one sentence: the plan or
// possibility of the claim's clause, and whether the sentence reports ("according to", "reportedly").
Modality clause_modality(const SentenceView& view, std::size_t at);
bool reported_in(const SentenceView& view);

// Whether the figure whose first token is `at` is told as the value it had before a change, by a word
// at most three back, past no "to", "and" or mark, and not before token `first`: "up from $13bn",
// "raised the cost from ₹1,240 crore", "a previous target of 120", "the original 2027".
bool told_as_earlier(const std::vector<Token>& tokens, std::size_t first, std::size_t at);
// True when the token is one of `words`.
bool token_is(const Token& t, std::initializer_list<std::string_view> words);
// A verb of holding a stake, in the present, or "with" after a holder: "Orbis holds 55%", "in which we
// own 49%", "founder Tomáš Veselý with 45 percent".
bool is_holding_verb(const Token& t);

// Capitalised words that start a sentence or a clause without naming anyone.
bool is_function_word(const Token& t);

// A clause break: , ; : -- and the conjunctions that start another clause ("but", "while", "whereas").
bool is_clause_break(const Token& t);

}  // namespace factcheck
