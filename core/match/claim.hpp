// What the matching stage produces: claims bound to facts and judged, and the report that holds them.
// The report stage (report/) words them; nothing here is text for readers but `claimed`, `expected`
// and `explanation`, which the report stage fills in.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "facts/factbase.hpp"
#include "quantities/quantities.hpp"

namespace factcheck {

// outdated: the claim fits an earlier value of a fact that has since changed.
enum class Verdict { supported, contradicted, unverified, outdated };
const char* to_string(Verdict verdict);

// How the sentence holds a claim (match/stance.hpp finds it).
enum class Polarity {
  asserted,  // "Oracle is part of Stargate"
  negated,   // "Oracle is not part of Stargate", "never", "denied", "rather than"
  ceased,    // "Altman is no longer OpenAI's CEO", "ceased to be", "former", "ex-"
};

enum class Modality {
  fact,      // said as so
  plan,      // "plans to", "intends to", "aims to", "is set to"
  possible,  // "could", "may", "might", "would"
  reported,  // "reportedly", "is said to", "according to people familiar", "sources say"
};

// Something a relational claim names: an entity of the fact base, or a name the base does not know.
struct NamedThing {
  std::string name;                // as written in the text
  const Entity* entity = nullptr;  // null for a name the fact base does not know
  std::string display() const { return entity ? entity->name : name; }
};

// What a relational claim asserts.
struct RelationClaim {
  ValueKind relation = ValueKind::members;  // members, role or rank
  NamedThing subject;                       // members: the venture (may be unnamed); role: the
                                            // organisation; rank: the entity said to hold the rank
  NamedThing object;                        // role: the person named; rank: whom it invests in
  std::vector<NamedThing> members;          // members: the members named
  int rank = 0;                             // rank: 1 for "largest", 2 for "second-largest"
  const Predicate* predicate = nullptr;
};

// Why a figure was bound to its fact, or why it was left unverified though a fact came close: the
// evidence the verdict rests on, for readers ("why this fact") and for tuning.
struct Binding {
  const Fact* fact = nullptr;       // the best candidate: the fact bound to, or the closest one
  double score = 0;                 // its evidence (match/figures.cpp)
  const Fact* runner_up = nullptr;  // the next best candidate, if any
  double runner_up_score = 0;
  std::vector<std::string> signals;  // what counted: "cue:invest", "subject:microsoft", "value:fits", ...
  std::string abstained;             // why the closest fact was not used, or "" when it was
};

struct Claim {
  std::size_t start = 0;  // UTF-8 byte offsets of the claim's span, end exclusive
  std::size_t end = 0;
  std::optional<QuantityMention> quantity;  // quantity claims
  std::optional<QuantityMention> compared;  // the quantity in the fact's unit, when it was written in
                                            // another of the same dimension ("10 miles" as 16.09 km)
  std::optional<RelationClaim> relation;    // relational claims
  std::optional<QuantityMention> held_for;  // a role claim: how long the sentence says it was held ("for
                                            // a week"), judged against the spell the fact dates
  const FactValue* break_in = nullptr;      // a role claimed held without a break ("has run OpenAI
                                            // without interruption"): another holder's spell between
  Verdict verdict = Verdict::unverified;
  const Fact* fact = nullptr;              // the fact the claim binds to, if any
  const FactValue* value = nullptr;        // the value the verdict compares with: the fact's current one, or
                                           // the one that held when the sentence says; null when none held
  const FactValue* earlier = nullptr;      // outdated claims: the earlier value the claim fits
  double deviation = std::nan("");         // (claimed - fact) / fact, for numeric facts
  Polarity polarity = Polarity::asserted;  // denied or ended claims flip or withhold their verdict
  Modality modality = Modality::fact;      // a plan or a report keeps its verdict, worded as such
  // The evidence the verdict rests on beyond the fact, for the report stage to word.
  std::string date_said;                 // a date in the sentence ("2021") that picked the value of a fact
                                         // that changed over time, or that disagrees with when it happened
  const Fact* other_currency = nullptr;  // unverified money: a fact it would fit but for its currency
  std::optional<Binding> binding;        // figures: how the fact was chosen (none when no fact came close)
  // Words for readers, filled in by the report stage (report/explain.hpp).
  std::string claimed;      // what the text says: "roughly $1.4 billion"
  std::string expected;     // what the fact base says: "nearly $14 billion"
  std::string explanation;  // one sentence a reader understands

  // "money", "percent", "count", "measure", "duration", "date" or "relation".
  const char* kind() const { return quantity ? to_string(quantity->kind) : "relation"; }
};

// Whether the figure, as stated, agrees with the fact's value (model/interval.hpp, agree()).
bool agrees(const QuantityMention& q, const FactValue& v);
// Whether two values of facts agree, by the same rule: two sources that say the same thing.
bool agrees(const FactValue& a, const FactValue& b);

struct Report {
  std::vector<Claim> claims;  // in order of appearance
  int supported = 0, contradicted = 0, unverified = 0, outdated = 0;
  // Facts the matcher weighed, all sentences together: found through the index, so it grows with the
  // facts on what the text names, not with the size of the base.
  std::size_t facts_considered = 0;

  // Appends a claim and counts its verdict.
  void add(Claim claim);
};

}  // namespace factcheck
