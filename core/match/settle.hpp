// Checking against sources, after matching (stage 4c): a base learned from documents is read more warily
// than one written by hand. Each claim of a sentence passes these rules in order: a figure the sources
// give anywhere is never called wrong; two sources of one date that disagree decide nothing; a figure no
// cue bound is judged by the source sentence it shares most words with (alignment.hpp); and a support or
// a contradiction is withdrawn, its explanation saying why (`abstained`), where the sources may mean
// something else: another period, a change the other way, an order of magnitude, what others expect.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "facts/factbase.hpp"
#include "learn/governors.hpp"
#include "match/alignment.hpp"
#include "match/claim.hpp"
#include "match/sentence.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// The sentence of the draft a claim comes from, as the rules read it.
// Withdraws a claim's verdict: unverified, its binding naming the fact it came close to and why not.
void leave_unverified(Claim& claim, const char* why);
// Gives a claim its verdict against `fact` (its current value; `earlier` the value the figure was, if
// outdated) and the figure's deviation from that value.
void rebind(Claim& claim, Verdict verdict, const Fact& fact, const FactValue* earlier = nullptr);

// Whom the whole draft names, and the words it writes with a capital: built once per draft, for the
// question of whom it names anywhere.
struct DraftWords {
  std::unordered_set<std::string> capitalised;  // the words it writes with a capital
  std::unordered_set<const Entity*> named;      // every entity the lexicon found in it
  std::unordered_set<std::string> named_words;  // the words of those entities' names
  DraftWords(std::string_view text, const std::vector<Token>& tokens,
             const std::vector<EntityMention>& entities);
};

struct DraftSentence {
  std::string_view text;
  const std::vector<Token>& tokens;
  const Sentence& sentence;
  const std::vector<QuantityMention>& quantities;
  const std::vector<bool>& name_token;  // the tokens that name an entity
  const DraftWords& words;              // the whole draft's
};

class SourceSettler {
 public:
  explicit SourceSettler(const FactBase& facts);

  // The bare numbers of a sentence that count what a source sentence counts ("Vacancies at 96,400").
  std::vector<Claim> bare_numbers(const SentenceView& view, const std::vector<Claim>& claims,
                                  SharedSources& shared) const;
  // Every rule, in order, on one claim of `view`'s sentence (`claims`: all of that sentence's).
  void settle(Claim& claim, const SentenceView& view, const std::vector<Claim>& claims, SharedSources& shared,
              const DraftSentence& draft) const;
  // Once every claim of the sentence is settled: a figure left open whose partner was since found swapped
  // with it ("Spain absorbed 21% of shipments and France 58%", the sources' 58% being Spain's).
  static void settle_swapped_after(std::vector<Claim>& claims);

 private:
  const FactBase& facts_;
  std::vector<double> source_numbers_;  // every number the learned sources give, sorted
  // The sources' ordinals, each with the stem of a word right after it ({5, "crane"}), read on first need
  // (settle_ordinal_count()).
  mutable std::optional<std::set<std::pair<long, std::string>>> ordinals_;
  std::vector<std::size_t> role_facts_;     // the facts of role predicates, by index
  std::vector<std::string> with_facts_;     // the ids of entities some fact is of, has or lists, sorted
  std::unique_ptr<SourceAligner> aligner_;  // a learned base's source sentences, by their words
  std::vector<std::vector<std::string>> cue_stems_;  // each predicate's cue family, stemmed once

  void settle_revised(Claim& claim) const;
  void settle_ordinal_count(Claim& claim) const;  // a count a source gives as an ordinal ("a fifth crane") //
                                                  // the value a later source revised the bound fact to
  void settle_given_elsewhere(Claim& claim) const;
  void settle_disagreement(Claim& claim) const;
  void settle_off_scale(Claim& claim) const;
  // settle_relations.cpp: a role given to someone the sources give none; a members list the learner would
  // not read as one, or naming someone unknown; "X CEO Org", no learner form. Each left unverified.
  void settle_unknown_holder(Claim& claim, const DraftSentence& draft) const;
  void settle_unknown_member(Claim& claim, const SentenceView& view, const DraftSentence& draft) const;
  void settle_role_order(Claim& claim, const DraftSentence& draft) const;
  void settle_plain_date(Claim& claim) const;  // a plain date against a learned bound in time
  void settle_order_only(Claim& claim) const;
  void settle_governed_otherwise(Claim& claim, const DraftSentence& draft) const;
  // The words that narrow a count's noun in the draft: "administrative" of "Administrative staff: 1,150".
  static std::vector<std::string> count_narrowing(const QuantityMention& q, const DraftSentence& draft);
  void settle_other_kind(Claim& claim, const DraftSentence& draft) const;
  // The words governing the claim's figure in the draft, as the learner reads a source's.
  std::optional<Governor> governor_of(const Claim& claim, const DraftSentence& draft) const;
  // The stems of a fact's cue family, the words that narrow it and its context.
  std::vector<std::string> fact_words(const Fact& fact) const;
  void settle_direction(Claim& claim, const DraftSentence& draft) const;
  void settle_others_view(Claim& claim, const DraftSentence& draft) const;
  // A date of an organisation the draft never names, where it names one the sources give its own.
  void settle_unnamed_subject(Claim& claim, const DraftSentence& draft) const;
  // "compared with 400 on the tired old ferries": a figure given to compare with is another thing's,
  // confirmed only by a fact told apart by its own words (an earlier value, "on the current fleet").
  void settle_compared(Claim& claim, const DraftSentence& draft) const;
  // The other half of a swap another claim of the sentence was found in: "Friends (£400,000)" after
  // "Fund (£150,000)", for the Fund's £400,000 and the Friends' £150,000.
  static void settle_swap_partner(Claim& claim, const std::vector<Claim>& claims);
  // Two figures of one sentence, each said of a name whose fact has the other's value ("Meridian, which
  // holds 30 per cent, and Harimau, which holds 70 per cent" for Meridian's 70% and Harimau's 30%): left
  // unverified as given elsewhere, they are swapped, and each is wrong.
  static void settle_mutual_swap(Claim& claim, const std::vector<Claim>& claims);
  // Two figures bound to two facts of one thing, each giving the other's value: "rose to ₹118 crore
  // from ₹96 crore" for a profit that fell to ₹96 crore from ₹118 crore.
  // (Not where the two values come in their source sentence's order: a text checked against itself.)
  void settle_crossed(Claim& claim, const std::vector<Claim>& claims, const DraftSentence& draft) const;
  // A contradiction by a fact read from the draft sentence itself: none (the sentence gives both).
  void settle_own_sentence(Claim& claim, const DraftSentence& draft) const;
  // A share or sum before the fact's word and a noun the source sentence does not have after it, where
  // the source has a noun of its own there: unverified ("another word").
  void settle_other_noun(Claim& claim, const DraftSentence& draft) const;
  // Whether the source sentence of `f` has the draft's word at token k followed by a noun of its own, and
  // the draft follows it with another noun the source sentence lacks ("recycled card", "recycled
  // polyester").
  bool other_noun_after(const Fact& f, const DraftSentence& draft, std::size_t k) const;
  // A figure the draft gives as now, undated, against a fact its source dates to an earlier year:
  // unverified ("another period").
  void settle_said_as_now(Claim& claim, const DraftSentence& draft) const;
  // A bound the draft and the fact's sentence both name ("a minimum of 3 kg", "minimum 5 kg") is the
  // figure: a supported claim of another value is contradicted.
  void settle_named_bound(Claim& claim, const DraftSentence& draft) const;
  // A figure the aligner confirmed by a fact whose subject the draft names only after it, right before
  // another figure, with another body before it ("Germany ... with 34%, followed by Italy with 19%",
  // where the sources' 34% is Italy's), and no swap rule settled: unverified ("another's name").
  void settle_named_after(Claim& claim) const;
  // A figure confirmed by the value a source sentence says something changed from ("raises the plant's
  // capacity from 120,000 to 135,000 tonnes"), given by the draft as now, undated and not as the earlier
  // value: outdated, the value it changed to being current.
  void settle_from_value(Claim& claim, const DraftSentence& draft) const;
  // A figure the draft gives as someone's demand: unverified ("a demand").
  void settle_demanded(Claim& claim, const DraftSentence& draft) const;
  // Whether fact `f`'s source sentence is within the draft sentence (letters and digits compared).
  bool source_within(const Fact& f, const DraftSentence& draft) const;
  // Whether a source's quote, as letters and digits (skeleton()), is within `said`, a draft sentence's.
  static bool quote_within(std::string_view quote, const std::string& said);
  static std::string skeleton(std::string_view text);
  static std::string skeleton_of(const DraftSentence& draft);
};

}  // namespace factcheck
