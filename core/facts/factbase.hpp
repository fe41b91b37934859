// The fact base: sources, entities with aliases, predicates with cues, and facts with values, loaded from
// one file or a stack of files (docs/fact-base.md). Loading reports every problem it finds with a stable
// code and a JSON pointer, and never throws.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/comparator.hpp"
#include "model/dates.hpp"
#include "model/interval.hpp"

namespace factcheck {

// Where a fact comes from.
struct Source {
  std::string id;         // referenced by facts
  std::string publisher;  // "Mint"
  std::string date;       // ISO 8601 publication date
  std::string title;      // optional
  std::string url;        // optional
  std::string note;       // optional
  // A source learned from a document (core/learn): the document's name and the sentence the facts
  // come from, as UTF-8 byte offsets into it and a short quote. All optional.
  std::string document;
  std::size_t start = 0, end = 0;
  std::string quote;
  std::vector<double> numbers;  // every figure the sentence gives, normalised (a date by its year)
};

// A company, person, venture or anything else claims name.
struct Entity {
  std::string id;                    // "microsoft"
  std::string name;                  // display name, "Microsoft"
  std::string type;                  // "organization", "person", "venture", ...
  std::vector<std::string> aliases;  // other names, matched like the name: "the software giant"
  bool is_person() const { return type == "person"; }
};

// What kind of value a predicate's facts carry.
enum class ValueKind { money, percent, count, measure, date, members, role, rank };

// A relation between entities, found in text by its cues ("invest", "inject", "funding round").
struct Predicate {
  std::string id;     // "invest"
  std::string label;  // for explanations: "investment"
  ValueKind value = ValueKind::money;
  std::vector<std::string> cues;  // words or phrases; matched on word forms
};

// A fact's value. Which members are used depends on the predicate's ValueKind.
struct FactValue {
  double amount = 0;  // money, percent, count, measure; a range's lower end
  double high = 0;    // a range's upper end ("comparator": "range"); otherwise `amount`
  std::string unit;   // ISO 4217 code, "%", a noun or a unit symbol
  Comparator comparator = Comparator::none;
  double step = 0;                            // the precision of the fact itself; 0 means exact
  std::string date;                           // date facts: ISO 8601 "2030", "2025-01", "2025-01-21"
  std::vector<std::string> members;           // members facts: entity ids
  std::vector<std::string> optional_members;  // members facts: ids a list may also name ("MGX")
  std::string entity;                         // role facts: the entity id holding the role
  int rank = 0;                               // rank facts: 1 for "largest"
  Interval interval;                          // derived on load: the values the fact admits
  std::string as_of;                          // when the value was known to hold
  std::string valid_from, valid_until;        // when it held, either end open
  std::string source;                         // the value's own source id; empty: the fact's
  std::string statement;                      // the value in one plain sentence; empty: the fact's
  Interval valid;                             // derived on load: when the value held, in fractional years
};

struct Fact {
  std::string id;
  std::string subject;               // entity id
  std::string predicate;             // predicate id
  std::string object;                // entity id, or empty
  std::vector<std::string> context;  // cues of which one must be in the claim's sentence
  FactValue value;                   // the current value: the latest of a series
  std::vector<FactValue> earlier;    // a series' earlier values, oldest first
  bool time_scoped = false;          // a series, or a value with a validity period: a date in the claim's
                                     // sentence picks the value that held then
  std::string when;                  // when an event happened: "2024-10", "FY2025"
  std::string statement;             // the fact in one plain sentence
  std::string source;                // source id
};

// One file of a stack of fact bases, as reports echo it.
struct FactBaseLayer {
  std::string name, version;
  std::string checksum;  // "sha256:" + hex digest of the file's canonical JSON
  std::size_t facts = 0;
};

// A problem found while loading: printed as "[factbase.CODE] /json/pointer: message".
struct FactBaseError {
  std::string code;     // stable, as users see it: "factbase.json_syntax", "factbase.unknown_entity", ...
  std::string pointer;  // JSON pointer into the document, or "line:column" for syntax errors
  std::string message;
  std::string to_string() const;
};

// The largest fact-base file loading reads by default (README, "Limits"): a larger one is refused with
// factbase.too_large before it is parsed. A 32 MB file takes the wasm heap to about 640 MB.
constexpr std::size_t kDefaultMaxFactsBytes = std::size_t{32} << 20;
// The deepest nesting of arrays and objects a fact base may have (the format itself needs six levels);
// deeper brackets are refused with factbase.too_deep before parsing, so no code that walks the document
// recursively can run out of stack, in wasm least of all.
constexpr std::size_t kMaxFactsDepth = 64;

// What a base's facts come from, as its reader is told: written facts ("the fact base"), sentences of
// learned documents ("the sources"), or a stack of both.
enum class Basis { facts, sources, both };

class FactBase {
 public:
  // Parses and validates a fact base. On failure `errors` lists every problem and the base is empty.
  // A file over `max_bytes` bytes is refused (factbase.too_large) without being read.
  static FactBase parse(std::string_view json, std::vector<FactBaseError>& errors,
                        std::size_t max_bytes = kDefaultMaxFactsBytes);
  // The fact base compiled into the binary (core/facts/bundled.json).
  static const FactBase& bundled();

  // Merges another file onto this base. An id the base already defines differently is a
  // merge_conflict, never an overwrite. On failure `errors` lists every problem and the base is unchanged.
  // A file over `max_bytes` bytes is refused as parse() refuses it.
  bool merge(std::string_view json, std::vector<FactBaseError>& errors,
             std::size_t max_bytes = kDefaultMaxFactsBytes);

  // The first file's name and version; the checksum of the whole stack ("sha256:...").
  const std::string& name() const { return name_; }
  const std::string& version() const { return version_; }
  const std::string& checksum() const { return checksum_; }
  const std::vector<FactBaseLayer>& layers() const { return layers_; }
  const std::vector<Source>& sources() const { return sources_; }
  // The start of the latest source's date (days, as parse_date_span() gives), or 0 if no source is dated.
  double latest_source_date() const { return latest_source_date_; }
  // True when every source is a learned document's sentence: verdicts then speak of "the sources".
  bool from_documents() const { return basis_ == Basis::sources; }
  Basis basis() const { return basis_; }
  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Predicate>& predicates() const { return predicates_; }
  const std::vector<Fact>& facts() const { return facts_; }

  const Entity* entity(std::string_view id) const;
  const Predicate* predicate(std::string_view id) const;
  const Source* source(std::string_view id) const;
  const Fact* fact(std::string_view id) const;
  // Facts with this predicate and subject: the index the matcher uses instead of a scan.
  const std::vector<std::size_t>& facts_for(std::string_view predicate, std::string_view subject) const;
  // Facts with this predicate, whatever their subject.
  const std::vector<std::size_t>& facts_with(std::string_view predicate) const;

 private:
  friend class Loader;  // facts/loader.cpp fills the members as it validates a file
  std::string name_, version_, checksum_;
  std::vector<FactBaseLayer> layers_;
  Basis basis_ = Basis::facts;  // set as each file loads
  std::vector<Source> sources_;
  double latest_source_date_ = 0;
  std::vector<Entity> entities_;
  std::vector<Predicate> predicates_;
  std::vector<Fact> facts_;
  std::unordered_map<std::string, std::size_t> entity_index_, predicate_index_, source_index_, fact_index_;
  std::unordered_map<std::string, std::string> alias_owner_;    // normalised name or alias -> entity id
  std::unordered_map<std::string, std::uint64_t> definitions_;  // "kind:id" -> digest, to tell a
                                                                // repeated definition from a conflict
  std::unordered_map<std::string, std::vector<std::size_t>> by_predicate_subject_, by_predicate_;
};

// For each fact of `facts`, the first fact that says all it says but for its id and sources: a learned
// base holds a fact once per document that repeats it, and such facts weigh alike against any sentence.
std::vector<std::size_t> first_alike_facts(const FactBase& facts);

// What was found for some facts alike, kept by their first_alike_facts() number in a small table of
// kSlots slots: the last number put in a slot holds it, so a number that lost its slot is worked out again.
template <typename Found>
class AlikeTable {
 public:
  static constexpr std::size_t kSlots = 64;
  // What was put for number `alike`, if its slot still holds it; null otherwise.
  Found* find(std::size_t alike) {
    const std::size_t slot = alike % kSlots;
    return ((filled_ >> slot) & 1) && alike_[slot] == alike ? &found_[slot] : nullptr;
  }
  // Keeps `found` for number `alike` in its slot, in place of what the slot held.
  Found& put(std::size_t alike, const Found& found) {
    const std::size_t slot = alike % kSlots;
    filled_ |= std::uint64_t{1} << slot;
    alike_[slot] = alike;
    return found_[slot] = found;
  }

 private:
  std::uint64_t filled_ = 0;               // bit n: slot n was put in (the rest are never read)
  std::array<std::size_t, kSlots> alike_;  // each slot's number
  std::array<Found, kSlots> found_;
};

// The stable name of a value kind: "money", "members", ...
const char* kind_name(ValueKind kind);
// The value kind `name` names (kind_name's inverse); false for any other word, "Money" included.
bool parse_value_kind(std::string_view name, ValueKind& out);

}  // namespace factcheck
