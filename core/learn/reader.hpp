// The learner's state while it reads a set of sources (learner.cpp reads figures and roles, topics.cpp
// follows what each document is about). Internal to learn/.
#pragma once

#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "learn/governors.hpp"
#include "learn/learned.hpp"
#include "learn/learner.hpp"
#include "learn/names.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck::learn_detail {

// Whether sentence `s` opens on "It" or "The company" (or group, chain, firm): it is about what the text
// named before, and a name after "in" in it is a place where ("The company has opened two new studios, in
// Baranichy and Lidava").
bool opens_on_reference(const std::vector<Token>& tokens, const Sentence& s);

using Json = nlohmann::ordered_json;

class Learner {
 public:
  Learner(const std::vector<SourceDocument>& sources, const std::string& name)
      : docs_(sources), name_(name) {}

  LearnedBase run() {
    for (std::size_t d = 0; d < docs_.size(); ++d) read(d);
    assign_context(facts_);
    apply_revisions(facts_, docs_);
    join_series(facts_, docs_);
    return {fact_base_json({docs_, name_, names_.entities(), predicates_, facts_, roles_, members_,
                            ended_roles_, sources_json_}),
            facts_per_source()};
  }

 private:
  void read(std::size_t d);
  void read_sentence(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                     const Sentence& s, const std::vector<QuantityMention>& quantities,
                     const std::vector<NameSpan>& names, const std::vector<bool>& name_token);
  using NameIt = std::vector<NameSpan>::const_iterator;  // the sentence's names are [here, past)
  // Keeps the document's topic, the organisation "it" refers to and the order organisations were named.
  // `heading`: none for a sentence of figures, else whether it is a heading (short, no word in lower case).
  void follow_topic(const std::vector<Token>& tokens, const Sentence& s, NameIt here, NameIt past,
                    std::optional<bool> heading);
  // "the board ousted X": X holds no role by document d.
  void note_ended_roles(std::size_t d, const std::vector<Token>& tokens, const Sentence& s, NameIt here,
                        NameIt past);
  void read_roles(std::size_t d, std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                  NameIt here, NameIt past);
  void read_successions(std::size_t d, std::string_view text, const std::vector<Token>& tokens,
                        const Sentence& s, const std::vector<NameSpan>& names);
  // Each learnable figure of the sentence becomes a fact with its subject, predicate, object and date.
  void read_figures(std::size_t d, std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                    const std::vector<QuantityMention>& quantities, const std::vector<NameSpan>& names,
                    const std::vector<bool>& name_token, const std::vector<std::size_t>& figures,
                    const std::vector<std::size_t>& dates);
  // The organisation that opens the figure's own clause of a list of clauses ("…, Orbis Mobile won 80 MHz
  // for £388 million"); SIZE_MAX when there is none.
  std::size_t clause_subject(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                             const Sentence& s, std::size_t at) const;
  // The organisation whose possessive stands right before token `at`, past words such as "most recent":
  // "OpenAI's most recent $6.6 billion funding round"; SIZE_MAX when there is none.
  std::size_t possessor_before(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                               const Sentence& s, std::size_t at) const;
  std::size_t company_topic() const { return names_.company_among(topic_, named_orgs_); }
  std::size_t subject_of(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                         const Sentence& s, std::size_t at) const;
  std::size_t holders_before(const std::vector<Token>& tokens, const std::vector<NameSpan>& names,
                             const Sentence& s, std::size_t at) const;
  std::string predicate_for(const Governor& g, const char* kind);
  std::size_t object_after(const std::vector<Token>& tokens, const Sentence& s, const QuantityMention& q,
                           const std::vector<NameSpan>& names, std::size_t subject) const;
  std::string predicate_for_count(Governor& g, const QuantityMention& q);
  std::string source_for(std::size_t d, std::string_view text, const Sentence& s);
  std::vector<double> numbers_;  // the sentence being read: every figure's value, for its source record
  std::vector<std::size_t> facts_per_source() const;

  const std::vector<SourceDocument>& docs_;
  std::string name_;
  NameBook names_;
  std::map<std::string, PredicateInfo> predicates_;
  std::vector<LearnedFact> facts_;
  std::vector<LearnedRole> roles_;
  std::vector<LearnedMembers> members_;
  // (document, person) pairs the document says lost a role ("the board ousted X"): such a document gives
  // X no role held, wherever else it names X with one.
  std::set<std::pair<std::size_t, std::size_t>> ended_roles_;
  // True when `word` (lower-case) is the first word of entity `e`'s name or an alias: "Verdant" for
  // Verdant Energy; with `anywhere`, any word of them: "Energy" too.
  bool starts_name(const std::string& word, std::size_t e, bool anywhere = false) const;
  std::size_t doc_start_ = 0;  // the first fact of the document being read
  std::vector<Json> sources_json_;
  std::set<std::string> source_ids_;
  std::size_t topic_ = SIZE_MAX;        // the organisation the document is about so far
  std::size_t title_topic_ = SIZE_MAX;  // the one the document's name names, if any
  bool topic_from_heading_ = false;     // the topic is the sender a heading named: follow_topic()
  std::size_t last_topic_ = SIZE_MAX;   // the topic of the document read before
  // The organisation a pronoun refers back to: the first named in the last sentence that named one
  // ("Brightmeadow operates nine plants ... In 2024 it reported revenue of £870 million").
  std::size_t recent_ = SIZE_MAX;
  std::size_t named_here_ = SIZE_MAX;  // the first organisation the sentence being read names
  // The organisations the document has named, in the order last named: "the trust" is the last one
  // whose name has "Trust" in it.
  std::vector<std::size_t> named_orgs_;
  std::size_t named_by_noun(const Token& noun) const;
  // Whether a document names entity `e`, or speaks of it as "the" and a word of its name but the first.
  bool speaks_of(const std::vector<Token>& tokens, const std::vector<NameSpan>& names, std::size_t e) const;
  // The organisation a document's name names, the longest such name; SIZE_MAX when it names none.
  std::size_t named_in_title(const std::string& title) const;
};

}  // namespace factcheck::learn_detail
