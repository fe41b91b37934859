// Stage 4's unit of work: one sentence with everything the earlier stages found in it.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// One sentence with the entities, cues and figures in it.
struct SentenceView {
  std::string_view text;                  // the whole text
  const std::vector<Token>& tokens;       // all tokens of the text
  const std::vector<std::string>& stems;  // stems_of(tokens)
  Sentence sentence;
  std::vector<EntityMention> entities;  // mentions inside the sentence
  std::vector<CueMention> cues;         // predicate cues inside the sentence
  std::vector<const QuantityMention*> quantities;
  // Entities of the previous sentence that a pronoun or "the company" here may refer to; empty unless
  // this sentence has such a reference and names nobody the fact base does not know.
  std::vector<EntityMention> antecedents;
  // Every entity the previous sentence named, whether or not this one refers back to it.
  std::vector<EntityMention> previous;
  // A sentence that names no one and refers back to no one may still go on with the organisations of
  // the last few sentences ("CFO: Our piece of that round was $750 million"): they may confirm its
  // figures, never contradict them (match/figures.cpp).
  std::vector<EntityMention> topic;
  // Where the words that govern the sentence's figures start: the sentence's first token, or for an
  // answer its question's ("Q: When did Microsoft first invest? A: In 2019, $1 billion").
  std::size_t governed_from = 0;

  bool capitalized(std::size_t token) const;  // the token's first letter is upper-case in the text
  // Whether more than half the sentence's words, and at least `min_words` of them, are capitalised, as
  // in a headline in title case or capitals ("Council Shuts FOUR Libraries").
  bool title_case(std::size_t min_words) const;

  // One figure and nothing else but punctuation and emoji codes ("$6.6B :rocket:"): what it is of, the
  // sentences before say.
  bool figure_alone() const;
  // The known entities the sentence names, in order, once each, by display name.
  std::vector<std::string> entity_names() const;
  // The organisation named after the figure `q` only to own the next one, in a clause with no verb of its
  // own: "The municipal fund owns 60% of Sölvahöfn and the Norwegian company Tarevekst 40%" (Tarevekst for
  // the 60%), not "ha valutato OpenAI 175 miliardi". Null when there is none, or an organisation is named
  // before `q`.
  const Entity* owner_of_next(const QuantityMention& q) const;
};

// Whether fact `f` is of an organisation the sentence neither names nor goes on from, where one the text
// named last has a fact of the same predicate: read against sources, "Almaraz ... The chain has 43.100
// employees" is not the 43,100 of another chain the sources name.
bool of_another_topic(const SentenceView& view, const Fact& f, const FactBase& facts);

// Walks a text's sentences in order and gives each its view: the entities, cues and figures inside it,
// and the previous sentence's entities where this one refers back to them ("it", "the company").
class SentenceWalker {
 public:
  // Every argument must outlive the walker; `quantities` and `entities` in order of appearance.
  SentenceWalker(std::string_view text, const std::vector<Token>& tokens,
                 const std::vector<std::string>& stems, const std::vector<QuantityMention>& quantities,
                 const std::vector<EntityMention>& entities, const Lexicon& lexicon);

  // The view of `sentence`, which must follow the one asked for before.
  SentenceView next(const Sentence& sentence);
  // Checking against sources: a sentence that names no one speaks of the last one named ("Revenue
  // rose 31%." after "Kestrel reported ..."), as a source's own sentences do; before anyone is named,
  // of `topics`, what the sources are mostly about.
  // `subjects` are the entities facts are about: a sentence naming only others (a person, a place, a
  // name the sources use in passing) speaks of the topic still.
  void carry_topic(std::vector<EntityMention> topics, std::vector<const Entity*> subjects) {
    carry_topic_ = true;
    topics_ = std::move(topics);
    previous_ = topics_;
    subjects_ = std::move(subjects);
    std::sort(subjects_.begin(), subjects_.end());
  }

 private:
  // The steps of next(). A row of a fact box speaks of what its heading names: whether `view` is one (its
  // antecedents then the heading's organisations); keeps the heading of the box up to date.
  bool fact_box_row(SentenceView& view);
  // A sentence that refers back ("it", "the company"): the previous sentence's entities as its
  // antecedents, or the organisations of the two before it when that one names none.
  void find_antecedents(SentenceView& view) const;
  // Whether the sentence speaks of "the venture", "the joint venture", "the project" or "the consortium".
  bool names_a_venture(const SentenceView& view) const;
  // Whether sentence `s` names someone the base does not know ("Alphabet Inc has pencilled in ...").
  bool names_unknown(const Sentence& s) const;
  // Appends the organisations of the last sentences, latest first, that `into` does not hold yet.
  void add_earlier_organisations(std::vector<EntityMention>& into) const;

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<std::string>& stems_;
  const Lexicon& lexicon_;
  std::vector<QuantityMention>::const_iterator quantity_, quantities_end_;
  std::vector<EntityMention>::const_iterator entity_, entities_end_;
  std::vector<EntityMention> previous_;              // the entities of the sentence before
  std::vector<std::vector<EntityMention>> earlier_;  // the entities of the last three sentences, oldest first
  std::vector<CueMention> previous_cues_;  // the cues of the sentence before, for an answer to its question
  std::size_t previous_first_ = 0;         // the first token of the sentence before
  std::vector<EntityMention> heading_;  // the organisations a fact box's heading names, while its rows last
  bool carry_topic_ = false;
  std::vector<EntityMention> topics_;
  std::vector<const Entity*> subjects_;  // sorted
};

}  // namespace factcheck
