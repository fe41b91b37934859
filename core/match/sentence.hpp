// Internal to the core: the per-sentence view that the claim stages share.
#pragma once

#include <string_view>
#include <vector>

#include "checker.hpp"

namespace factcheck {

// One sentence with everything the earlier stages found in it.
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

  bool capitalized(std::size_t token) const;  // the token's first letter is upper-case in the text
};

// Stage 4a: relational claims (members of a venture, roles, ranks) found in one sentence.
std::vector<Claim> find_relation_claims(const SentenceView& view, const FactBase& facts);

// Stage 4b-5: quantity claims of one sentence bound to facts and judged.
// Adds the number of facts it weighed to `considered`.
std::vector<Claim> judge_quantities(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon,
                                    std::size_t& considered);

// What an unverified figure's sentence had, so its explanation can say what was missing.
struct Unverified {
  // The known entities the sentence names, in order, once each: the caller's, so no copy per claim.
  const std::vector<std::string>* names = nullptr;
  const Fact* other_currency = nullptr;  // a money fact the figure fits but for its currency
};

// Stage 6: verdict text. Fills claimed, expected, deviation and explanation of a judged claim.
// `qualifier` is a date in the sentence that disagrees with when the fact happened.
void explain(Claim& claim, const FactBase& facts, std::string_view text, const std::string& qualifier = "",
             const Unverified& unverified = {});

// "Mint, 2025-01-23": the short citation used in explanations, of a value's own source if it has one.
std::string cite(const FactBase& facts, const Fact& fact);
std::string cite(const FactBase& facts, const Fact& fact, const FactValue& value);

// How a fact's value reads: "nearly $14 billion", "until 2030", "OpenAI, SoftBank and Oracle".
std::string describe_value(const FactBase& facts, const Fact& fact);
std::string describe_value(const FactBase& facts, const Fact& fact, const FactValue& value);

// When a value held, for readers: "as of 23 January 2025", "from March 2024 until June 2025".
std::string describe_period(const FactValue& value);

}  // namespace factcheck
