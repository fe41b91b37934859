// Checking against sources, the last resort for a figure no cue bound to a fact: the source sentence
// that says the same thing. A rewrite keeps most of its source's words around a figure ("Brightmeadow
// operates nine processing plants" and "Brightmeadow ... at nine plants") even where the word that governs
// the figure changed, so each learned fact of the figure's kind is weighed by who the draft's sentence
// names, the fact's own words in it, and the words it shares with the fact's source sentence, rare words
// counting most. The best aligned fact decides only by a margin, and a contradiction needs more than a
// support: the fact's subject named, one of its words, shared words, and a figure the sources give nowhere.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "facts/factbase.hpp"
#include "match/claim.hpp"
#include "match/sentence.hpp"
#include "quantities/quantities.hpp"

namespace factcheck {

// The source sentences that share words with one draft sentence, and how much: read once per sentence,
// when one of its figures first needs them.
struct SharedSources {
  bool read = false;
  std::vector<std::pair<std::size_t, double>> sources;  // (source index, weight of the shared words)
  std::vector<double>* scratch = nullptr;  // a table the aligner sums in, kept across a text's sentences
};

// Whether the claim was found to give its figure another figure's words (alignment_swaps.cpp).
bool swapped(const Claim& claim);

class SourceAligner {
 public:
  // Indexes the words of each source sentence of a learned base (FactBase::from_documents()), and each
  // sentence's facts. `facts` must outlive the aligner.
  explicit SourceAligner(const FactBase& facts);

  // Settles an unverified figure of `view`'s sentence by the source sentence it aligns with: supported,
  // outdated or contradicted, bound to that fact with the signals that decided; left as it is otherwise.
  // A fact another claim of the sentence (`sentence_claims`) is bound to confirms no second figure.
  // `shared` is the sentence's, filled on first use.
  void align(Claim& claim, const SentenceView& view, const std::vector<Claim>& sentence_claims,
             SharedSources& shared) const;

  // The sentence's bare numbers no claim holds ("Vacancies at 96,400", "180,000 long-term unemployed"),
  // as claims where alignment settles them against a count the words beside them name; the rest are
  // left out, as the matcher leaves them.
  std::vector<Claim> bare_numbers(const SentenceView& view, const std::vector<Claim>& claims,
                                  SharedSources& shared) const;

  // Why a figure the matcher found supported should not be: the draft gives it for another period or
  // span than its source sentence ("another period": "on the year" against "in October, the third
  // monthly increase", "over five years" against a fiscal year's), for a year the sentence does not give
  // ("another year": "target 100% by 2030"), of a name the sources never use ("said of another":
  // "Greyling holds half"), or a later source gives the same thing another value ("a later source",
  // naming that fact in `other`).
  // When the later sentence says it revises ("revised", "final", "now"), the figure is outdated instead:
  // `then` is the earlier fact's value, cited to its own source.
  struct Doubt {
    const char* why = nullptr;  // null: no doubt
    const Fact* other = nullptr;
    const FactValue* then = nullptr;  // set: outdated, `other` being the current fact
  };
  Doubt doubt(const Claim& claim, const SentenceView& view) const;

  // The source sentences with a word of stem `stem`, in order: where to look for a name.
  std::vector<std::size_t> sentences_with(const std::string& stem) const;

  // A source sentence's tokens and figures, read on first use and kept: the doubts and the swaps ask of
  // the same few sentences claim after claim. (A checker is used by one caller at a time.)
  struct Reading {
    std::vector<Token> tokens;
    std::vector<QuantityMention> quantities;
  };
  const Reading& reading(std::size_t source) const;
  const Reading& reading(const Source& source) const {
    return reading(static_cast<std::size_t>(&source - facts_.sources().data()));
  }

  // The fact that revised the one a contradicted figure is bound to, when the figure is its value:
  // "$8.61bn" bound to the preliminary $8.42 billion is the revised estimate. Null otherwise.
  const Fact* revision(const Claim& claim) const;

 private:
  const FactBase& facts_;
  mutable std::vector<std::unique_ptr<Reading>> readings_;  // reading(), by source
  // Source sentences with the same words (a learned base repeats a sentence once per document that
  // gives it) share every word's weight: they are read as one group. Each group's sentences, in order.
  std::vector<std::vector<std::size_t>> groups_;
  // A word's stem: how many source sentences have it, and their groups, in order; its place among the
  // stems in byte order, which read() sums weights in; and its weight (weight_of()).
  struct Posting {
    std::size_t sentences = 0;
    std::vector<std::size_t> groups;
    std::size_t rank = 0;
    double weight = 0;
  };
  std::unordered_map<std::string, Posting> postings_;
  std::vector<std::vector<std::string>> times_;     // each source's months, quarters and years, sorted
  std::vector<unsigned> periods_;                   // each source's periods (year, quarter, month, week)
  std::vector<unsigned char> quarters_;             // each source's quarters named ("Q2", "fourth-quarter")
  std::vector<std::vector<std::size_t>> facts_of_;  // each source's figure and date facts
  // A word of a fact, stemmed once, with its number in word_ids_ and the word as written.
  struct FactWord {
    std::string stem;
    unsigned id;
    const std::string* cue;
  };
  std::vector<std::vector<FactWord>> fact_words_;  // each fact's words: its predicate's cues, its context
  std::vector<std::string> unit_stem_;             // each count fact's noun, stemmed
  std::vector<unsigned> unit_stem_id_;             // ... and its number in word_ids_ (0: none)
  // The stems of every fact's words and count nouns, numbered from 1: the words near a figure are looked
  // up once each, and a fact's words found among them by number, not compared as strings fact by fact.
  std::unordered_map<std::string, unsigned> word_ids_;
  std::vector<std::size_t> source_of_;    // each figure fact's source sentence, as an index
  std::vector<std::size_t> first_alike_;  // first_alike_facts(): facts alike say alike of any figure
  // Each figure fact's subject: entity ids are unique, so a mention is of it when it points to it.
  std::vector<const Entity*> subject_of_;
  unsigned word_id(const std::string& stem);    // its number in word_ids_, numbered anew if it has none
  std::vector<const Predicate*> predicate_of_;  // each figure fact's predicate
  std::vector<bool> subject_in_quote_;          // each figure fact's sentence names its subject
  std::unordered_map<double, std::vector<std::size_t>> exact_;  // measure, count and money facts by amount
  // Each fact of a dated source that a later-dated source seems to revise: the same kind of figure, of
  // another value, in a sentence sharing the rare words of its own ("a £3.1bn proposal" and later "the
  // offer, now £3.43bn"); null for most.
  std::vector<const Fact*> revised_by_;
  std::vector<bool> says_revised_;  // ... and the later sentence says so ("now", "revised", "final")
  std::vector<bool> superseded_;    // ... as a stock counted at a later day ("889 stores at 31 December")
  std::map<std::size_t, FactValue> then_;  // a fact the later sentence says it revises: its value, as cited
  std::vector<bool> revises_;              // each source sentence has such a word
  void find_revisions(const std::vector<std::vector<std::string>>& content);
  // How many facts of each kind (kind_of()) each document gives: (document, kind) -> count.
  std::map<std::pair<std::string, std::string>, int> kinds_in_documents() const;
  std::unordered_map<std::string, std::size_t> source_index_;
  std::vector<double> numbers_;           // every figure the sources give, sorted
  std::vector<std::string> count_nouns_;  // the stemmed nouns of every count fact, sorted
  std::string latest_date_;               // the latest date of a source document

  // What the words around a figure say: the window where its governing words are, the periods it names,
  // and whether a name acts on it (a known one, or a capitalised word no source sentence has).
  struct Near {
    std::size_t from = 0, to = 0;
    unsigned periods = 0;
    unsigned quarter = 0;  // the quarter named nearest the figure, as a bit (Q1 is 1), or 0
    bool known_owner = false, unknown_owner = false;
    std::size_t unknown_at = 0;  // the unknown owner's first token
    // One named right before a verb of holding right before the figure: "founder Tomáš Veselý with 45
    // percent", "in which Deshmukh holds 40 per cent". Its figure is no one else's.
    const Entity* holder = nullptr;
    bool speaker_holds = false;  // "in which we hold 49%": the speaker's, not a name's of the sentence
    // One named only after the figure, right before the next figure: "The municipal fund owns 60% and the
    // company Tarevekst 40%". It owns that one.
    const Entity* next_owner = nullptr;
  };
  Near near_of(const SentenceView& view, const QuantityMention& q) const;
  // revised_by_ for the bounds in time ("until 25 October") a later source moves.
  void find_bound_revisions(const std::vector<std::vector<std::string>>& content);
  void keep_revised_values();  // then_, from says_revised_ and superseded_
  // Each source sentence's date facts' values, earlier ones of a series too: (predicate, date).
  std::vector<std::vector<std::pair<std::string, std::string>>> dates_by_source() const;
  // Each source sentence's times that say what period its figures are of: times_ without the years and
  // months of its `dates`.
  std::vector<std::vector<std::string>> period_times(
      const std::vector<std::vector<std::pair<std::string, std::string>>>& dates) const;
  // The times of source sentences `sa` and `sb` that say what period their figures are of.
  std::pair<const std::vector<std::string>*, const std::vector<std::string>*> times_to_compare(
      std::size_t sa, std::size_t sb,
      const std::vector<std::vector<std::pair<std::string, std::string>>>& dates,
      const std::vector<std::vector<std::string>>& periods) const;
  std::vector<std::string> kinds_;  // each figure fact's kind and unit ("2 %")
  const std::string& kind_of(std::size_t fact) const { return kinds_[fact]; }
  // Later sentence `sb` restates a figure of `sa` other than fact `older`, and each sentence has one
  // figure of the kind of `older` and `newer`.
  bool restates_another(std::size_t older, std::size_t newer, std::size_t sa, std::size_t sb) const;
  bool share_a_word(std::size_t x, std::size_t y) const;  // facts x and y have a word in common
  // Whether later fact `newer` prices the thing `older` prices, in the same money, not far off it: "A
  // standard roll retails at SI$145", later "From 1 March 2024 a standard roll costs SI$160".
  // (Or names the price in its sentence, `newer_sentence`'s sorted stems, the thing in its fact's words.)
  bool repriced(std::size_t older, std::size_t newer, const std::vector<std::string>& newer_sentence) const;
  // The words of fact `i` but its price's verb ("retails", "costs", "price"), stemmed, sorted, once each:
  // "standard roll" of "A standard roll retails at SI$145".
  // Empty where the fact has no price's word, unless `priced`: its sentence says the price.
  std::vector<std::string> priced_thing(std::size_t i, bool priced) const;
  bool period_differs(const Near& near, std::size_t source) const;
  // Whether another figure of the sentence is confirmed by source sentence `source`, with the words
  // between the two all that sentence's: a sentence retold with figure `q` changed (alignment_doubts.cpp).
  bool anchored_by(const Claim& claim, const QuantityMention& q, const SentenceView& view,
                   const std::vector<Claim>& sentence_claims, std::size_t source) const;
  // Whether the draft narrows the fact's word near the figure with a word its source sentence lacks.
  bool narrowed_otherwise(const SentenceView& view, const Near& near, const Fact& f) const;
  // The draft spreads figure `q` over a span ("over two years", "a year") its source sentence does not.
  bool span_differs(const SentenceView& view, const QuantityMention& q, std::size_t source) const;
  // The draft gives figure `q` the words its source sentence gives another figure of its kind, and
  // that figure's value this one's words (alignment_swaps.cpp): fact `f` is not what the draft's words
  // are of. `other`: the fact they are of, if learned from that sentence.
  bool words_of_another(const SentenceView& view, const QuantityMention& q, std::size_t source, const Fact& f,
                        const Fact*& other) const;
  // The same across two sentences of one document: the fact of the draft's other figure whose words the
  // figure is given, or null (alignment_swaps.cpp).
  const Fact* swapped_across(const SentenceView& view, const QuantityMention& q, std::size_t source,
                             const Fact& f, const QuantityMention& own, const std::vector<std::string>& mine,
                             const std::vector<std::string>& said) const;
  bool names_in_quote(const SentenceView& view,
                      const Fact& f) const;  // a name of the draft's in f's sentence
  void read(const SentenceView& view, SharedSources& shared) const;
  double weight_of(std::size_t df) const;  // how rare a word in `df` source sentences is

  // The steps of align(): the evidence for each fact of the figure's kind in the source sentences the
  // draft's shares words with (or of its exact value), and the verdict the best of them gives, if any.
  struct Aligned;  // the evidence for one candidate fact (alignment.cpp)
  std::vector<Aligned> aligned_facts(const Claim& claim, const SentenceView& view,
                                     const std::vector<Claim>& sentence_claims, const SharedSources& shared,
                                     const Near& near) const;
  void bind_best(Claim& claim, const std::vector<Aligned>& candidates, const Near& near) const;
  static bool exactly_once(const QuantityMention& q, const std::vector<Aligned>& candidates,
                           const Aligned& fit);  // the figure is `fit`'s value, no other candidate's
  // alignment_nouns.cpp: a count told in other words than any count of the sources ("214 000 viewers" for
  // 214,000 admissions). Its significant figures where one may be weighed so, else 0; and whether the
  // evidence for candidate `c` (fact `fi`, of source sentence `source`) is too weak to keep.
  int other_nouns(const QuantityMention& q, const std::string& q_stem) const;
  // Who a figure is about: the name nearest before it, else after it; whether an organisation is named
  // before it; where the mention of the one before it ends (0: none).
  struct FigureOwner {
    const Entity* entity = nullptr;
    bool before = false;
    std::size_t end = 0;
  };
  static FigureOwner owner_of(const SentenceView& view, const QuantityMention& q);
  bool weak_other_noun(const Aligned& c, std::size_t fi, std::size_t source, const SentenceView& view,
                       const QuantityMention& q, std::size_t owner_end, int figures) const;
};

}  // namespace factcheck
