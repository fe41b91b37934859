// Stage 3 of the pipeline: the fact base's vocabulary found in text. Entities by name and alias (any
// case, possessive, with or without "Corp." and the like), predicate cues and fact context cues by
// word form ("invested", "injection" and "pours" all match their cues).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "facts/factbase.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

struct EntityMention {
  std::size_t first_token = 0;  // index of the first token
  std::size_t last_token = 0;   // index one past the last token
  std::size_t start = 0;        // UTF-8 byte offsets
  std::size_t end = 0;
  const Entity* entity = nullptr;
};

// A cue of one predicate found in text.
struct CueMention {
  std::size_t first_token = 0;
  std::size_t last_token = 0;
  const Predicate* predicate = nullptr;
};

// A cue phrase as a sequence of word stems.
using Phrase = std::vector<std::string>;
Phrase compile_phrase(std::string_view text);

// Token positions in [from, to) where `phrase` starts.
std::vector<std::size_t> find_phrase(const std::vector<std::string>& stems, std::size_t from, std::size_t to,
                                     const Phrase& phrase);

class Lexicon {
 public:
  explicit Lexicon(const FactBase& facts);

  // Every entity mention, longest match first, in order, without overlaps.
  std::vector<EntityMention> find_entities(const std::vector<Token>& tokens) const;
  // The same, and a person's last name alone once the text has named them in full ("Son, who will chair
  // Stargate" after "Masayoshi Son"), when it is written with its capital: a name that is also a word
  // ("Son") is no alias of its own.
  std::vector<EntityMention> find_entities(std::string_view text, const std::vector<Token>& tokens) const;
  // Every predicate cue in tokens [from, to).
  std::vector<CueMention> find_cues(const std::vector<std::string>& stems, std::size_t from,
                                    std::size_t to) const;
  // The compiled context cues of fact number `fact`. Facts with the same cues share one list (a large
  // learned base repeats them), so a sentence searches each list once: the address is its identity.
  const std::vector<Phrase>& context(std::size_t fact) const { return context_lists_[contexts_[fact]]; }
  // The stem of fact number `fact`'s unit ("worker" for "workers"): counts agree by it.
  const std::string& unit_stem(std::size_t fact) const { return unit_stems_[fact]; }
  // FactBase::facts_for() by pointers: the facts with this predicate and subject, without building a key.
  const std::vector<std::size_t>& facts_for(const Predicate* predicate, const Entity* subject) const;
  // The predicates `subject` has facts of, each with those facts (facts_for()), sorted by predicate
  // address: a sentence's cued predicates are looked up in one short list per entity it names.
  using PredicateFacts = std::vector<std::pair<const Predicate*, const std::vector<std::size_t>*>>;
  const PredicateFacts& predicates_of(const Entity* subject) const;
  // The facts whose subject is `subject`, in the fact base's order: for walking one organisation's facts
  // of every predicate without visiting every predicate of a large base.
  const std::vector<std::size_t>& facts_of(const Entity* subject) const;
  // The facts with this predicate whose object is `object`: "Microsoft cloud exclusivity through 2030"
  // names the exclusivity fact's object, not its subject.
  const std::vector<std::size_t>& facts_to(const Predicate* predicate, const Entity* object) const;
  // The predicate of fact number `fact` (null for one the base does not define).
  const Predicate* predicate_of(std::size_t fact) const { return predicates_[fact]; }
  // first_alike_facts() of fact number `fact`: facts alike weigh alike against any sentence.
  std::size_t first_alike(std::size_t fact) const { return first_alike_[fact]; }
  // The organisations whose names of two words or more start with the word `norm` ("deshmukh" for
  // Deshmukh Constructions); empty for most words.
  const std::vector<const Entity*>& organisations_starting(const std::string& norm) const;

 private:
  struct Alias {
    std::vector<std::string> norms;
    const Entity* entity;
  };
  // A cue phrase and the predicates it cues, in the order the base gives them: a learned base gives one
  // phrase to many predicates, and it is compared with the text once.
  struct Cue {
    Phrase stems;
    std::vector<const Predicate*> predicates;
  };
  // The (first byte, length) pairs of a map's keys: a quick no, without hashing, for the most part of
  // a text's tokens, which start no alias and no cue.
  class KeyFilter {
   public:
    void add(std::string_view key);
    bool may_contain(std::string_view key) const {
      if (key.empty() || key.size() >= kLengths) return other_;
      return (by_first_[static_cast<unsigned char>(key[0])] >> key.size()) & 1u;
    }

   private:
    static constexpr std::size_t kLengths = 32;
    std::array<std::uint32_t, 256> by_first_{};  // bit n: a key of n bytes starts with this byte
    bool other_ = false;                         // an empty key or one of kLengths bytes or more
  };
  std::unordered_map<std::string, std::vector<Alias>> aliases_;  // by first normalised token
  std::unordered_map<std::string, std::vector<Cue>> cues_;       // by first stem
  KeyFilter alias_keys_, cue_keys_;
  std::vector<std::vector<Phrase>> context_lists_;  // each distinct list once
  std::vector<std::size_t> contexts_;               // by fact: its list in context_lists_
  std::vector<std::string> unit_stems_;             // by fact
  struct PairHash {
    std::size_t operator()(const std::pair<const Predicate*, const Entity*>& key) const {
      return std::hash<const void*>()(key.first) * 31 + std::hash<const void*>()(key.second);
    }
  };
  // (predicate, subject) -> the fact base's own index entry: like the entity and cue pointers above,
  // it points into the fact base the lexicon was built from.
  std::unordered_map<std::pair<const Predicate*, const Entity*>, const std::vector<std::size_t>*, PairHash>
      facts_by_pair_;
  std::unordered_map<const Entity*, std::vector<std::size_t>> facts_by_subject_;
  std::unordered_map<const Entity*, PredicateFacts> predicates_by_subject_;
  std::unordered_map<std::pair<const Predicate*, const Entity*>, std::vector<std::size_t>, PairHash>
      facts_by_object_;  // by (predicate, object), the facts that have one
  // The organisation each person leads now, by the base's role facts; a person who leads two has none.
  std::unordered_map<const Entity*, const Entity*> led_by_;
  // Each person's last name, for their name alone after their full one: (last name's norm, person).
  std::vector<std::pair<std::string, const Entity*>> surnames_;
  std::unordered_map<std::string, std::vector<const Entity*>> by_first_word_;  // organisations_starting()
  std::vector<const Predicate*> predicates_;                                   // by fact number
  std::vector<std::size_t> first_alike_;  // by fact number (first_alike())
};

}  // namespace factcheck
