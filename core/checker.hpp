// The engine's public face: a Checker holds a fact base and turns a text into a Report of claims,
// each with its span, verdict and evidence. The CLI and the wasm facade are thin layers over this.
#pragma once

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/factbase.hpp"
#include "match/lexicon.hpp"
#include "quantities/quantities.hpp"

namespace factcheck {

// outdated: the claim fits an earlier value of a fact that has since changed.
enum class Verdict { supported, contradicted, unverified, outdated };
const char* to_string(Verdict verdict);

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

struct Claim {
  std::size_t start = 0;  // UTF-8 byte offsets of the claim's span, end exclusive
  std::size_t end = 0;
  std::string kind;  // "money", "percent", "count", "measure", "duration", "date" or "relation"
  std::optional<QuantityMention> quantity;  // quantity claims
  std::optional<RelationClaim> relation;    // relational claims
  Verdict verdict = Verdict::unverified;
  const Fact* fact = nullptr;       // the fact the claim binds to, if any
  const FactValue* value = nullptr;    // the value the verdict compares with: the fact's current one, or
                                       // the one that held when the sentence says; null when none held
  const FactValue* earlier = nullptr;  // outdated claims: the earlier value the claim fits
  double deviation = std::nan("");  // (claimed - fact) / fact, for numeric facts
  std::string claimed;              // what the text says, for readers: "roughly $1.4 billion"
  std::string expected;             // what the fact base says: "nearly $14 billion"
  std::string explanation;          // one sentence a reader understands
};

struct Report {
  std::vector<Claim> claims;  // in order of appearance
  int supported = 0, contradicted = 0, unverified = 0, outdated = 0;
  // Facts the matcher weighed, all sentences together: found through the index, so it grows with the
  // facts on what the text names, not with the size of the base.
  std::size_t facts_considered = 0;
};

class Checker {
 public:
  // A checker over the bundled fact base.
  Checker();
  // A checker over the given fact base, which it keeps.
  explicit Checker(FactBase facts);

  Report check(std::string_view text) const;
  const FactBase& facts() const { return *facts_; }

 private:
  std::shared_ptr<const FactBase> facts_;
  std::shared_ptr<const Lexicon> lexicon_;
};

// The largest inputs the engine takes (README, "Limits"). The CLI and the wasm facade refuse larger ones
// with a clear error before any work: engine.text_too_large, factbase.too_large. The defaults keep the
// wasm heap well inside its 2 GB: a check needs about 30 times its text's size in memory.
struct Limits {
  std::size_t max_text_bytes = std::size_t{4} << 20;   // a text to check or extract from, in UTF-8 bytes
  std::size_t max_facts_bytes = kDefaultMaxFactsBytes;  // one fact-base file, in bytes
};

// "the text is N bytes; the limit is M bytes" when a text of `bytes` bytes is over the limit; "" otherwise.
std::string text_too_large(std::size_t bytes, const Limits& limits);

// How claim offsets are counted in JSON: UTF-8 bytes (the CLI), or UTF-16 code units (JavaScript
// string indices, for the wasm API).
enum class Offsets { utf8, utf16 };

// JSON renderings of the CLI's contract (see README): `check` and `extract`.
std::string report_json(const Report& report, const FactBase& facts, std::string_view text, int indent = 2,
                        Offsets offsets = Offsets::utf8);
std::string quantities_json(const std::vector<QuantityMention>& quantities, std::string_view text,
                            int indent = 2);

// A value as a reader would write it: "$14 billion", "€2.5 million", "40%", "21 January 2025".
std::string format_amount(double amount, const std::string& unit, ValueKind kind);
std::string format_date(const std::string& iso);

}  // namespace factcheck
