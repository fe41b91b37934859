// The engine's public face: a Checker holds a fact base and turns a text into a Report of claims, each
// with its span, verdict and evidence (match/claim.hpp). The CLI and the wasm facade are thin layers
// over this; report/json.hpp writes a report as the JSON contract.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "facts/factbase.hpp"
#include "lexicon/lexicon.hpp"
#include "match/claim.hpp"
#include "match/settle.hpp"

namespace factcheck {

// Checking against sources in one dollar other than the US one, one rupee other than India's, one kwacha
// or the kina, one dinar other than Serbia's or Moldova's leu: what a bare "$", "Rs", "K", "dinars" or "lei"
// in the text is read as ("$236m" in a New Zealand paper, against sources in NZD; "K18 million" against
// sources in kina). Empty where the sources give none.
struct LocalCurrencies {
  std::string dollar, rupee, kwacha, dinar, leu;
  std::string pound;  // the sources' pound, where they give money in one and no weight in pounds
  bool any() const {
    return !dollar.empty() || !rupee.empty() || !kwacha.empty() || !dinar.empty() || !leu.empty() ||
           !pound.empty();
  }
};

class Checker {
 public:
  // A checker over the bundled fact base.
  Checker();
  // A checker over the given fact base, which it keeps.
  explicit Checker(FactBase facts);

  // The pipeline, every stage in order: text -> quantities -> the fact base's words -> claims bound to
  // facts and judged -> explanations.
  Report check(std::string_view text) const;
  const FactBase& facts() const { return *facts_; }

 private:
  std::shared_ptr<const FactBase> facts_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::vector<EntityMention> topics_;             // a learned base's main subjects (Checker::check)
  std::vector<const Entity*> subjects_;           // every entity a learned base's facts are about
  std::shared_ptr<const SourceSettler> settler_;  // checking against sources: the rules after matching
  LocalCurrencies local_;
};

// The largest text the engine takes by default (README, "Limits"): a check needs about 30 times its
// text's size in memory, and this keeps the wasm heap well inside its 2 GB.
constexpr std::size_t kDefaultMaxTextBytes = std::size_t{4} << 20;

// The largest inputs the engine takes. The CLI and the wasm facade refuse larger ones with a clear
// error before any work: engine.text_too_large, factbase.too_large.
struct Limits {
  std::size_t max_text_bytes = kDefaultMaxTextBytes;    // a text to check or extract from, in UTF-8 bytes
  std::size_t max_facts_bytes = kDefaultMaxFactsBytes;  // one fact-base file, in bytes
};

// "the text is N bytes; the limit is M bytes" when a text of `bytes` bytes is over the limit; "" otherwise.
std::string text_too_large(std::size_t bytes, const Limits& limits);

}  // namespace factcheck
