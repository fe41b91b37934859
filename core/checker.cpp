// The pipeline, one stage after another: text -> quantities -> the fact base's words -> claims bound to
// facts and judged -> explanations.
#include "checker.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "lexicon/lexicon.hpp"
#include "match/judge.hpp"
#include "match/sentence.hpp"
#include "quantities/quantities.hpp"
#include "report/explain.hpp"
#include "text/glossary.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

std::string text_too_large(std::size_t bytes, const Limits& limits) {
  if (bytes <= limits.max_text_bytes) return {};
  return "the text is " + std::to_string(bytes) + " bytes; the limit is " +
         std::to_string(limits.max_text_bytes) + " bytes";
}

namespace {

const std::set<std::string>& dollars() {
  static const std::set<std::string> kCodes = {"USD", "AUD", "NZD", "CAD", "HKD", "SGD", "TWD", "JMD",
                                               "TTD", "GYD", "BND", "FJD", "NAD", "BBD", "BSD", "BZD"};
  return kCodes;
}

// The currencies a bare "K" before an amount may be (quantities/currencies.cpp).
const std::set<std::string>& kwachas() {
  static const std::set<std::string> kCodes = {"ZMW", "MWK", "PGK"};
  return kCodes;
}

const std::set<std::string>& rupees() {
  static const std::set<std::string> kCodes = {"INR", "LKR", "PKR", "NPR", "MUR"};
  return kCodes;
}

// The currencies "dinar" names: Serbia's (quantities/currencies.cpp reads it so), and the Arab states'.
const std::set<std::string>& dinars() {
  static const std::set<std::string> kCodes = {"RSD", "JOD", "KWD", "BHD", "IQD", "LYD", "TND", "DZD"};
  return kCodes;
}

// The currencies "lei" names: Romania's (quantities/currencies.cpp reads it so) and Moldova's.
const std::set<std::string>& lei() {
  static const std::set<std::string> kCodes = {"RON", "MDL"};
  return kCodes;
}

// The currencies "pounds" names: sterling and the pounds of Egypt, Lebanon, Sudan and the islands.
const std::set<std::string>& pounds() {
  static const std::set<std::string> kCodes = {"GBP", "EGP", "LBP", "SDG", "SSP", "SYP", "FKP", "GIP", "SHP"};
  return kCodes;
}

// The one currency of `family` the facts' money is in, other than `home`; "" when they use none or more.
std::string sole_currency(const FactBase& facts, const std::set<std::string>& family,
                          const std::string& home) {
  std::set<std::string> used;
  for (const Fact& f : facts.facts())
    if (family.count(f.value.unit)) used.insert(f.value.unit);
  return used.size() == 1 && *used.begin() != home ? *used.begin() : std::string();
}

// A sum written with a bare "$", cents, "Rs", "K", "dinars" or "lei" ("$236m", "9.5c a share", "Rs 820
// million", "K18 million", "120 million dinars", "38,7 mln lei"), read in the sources' own dollar, rupee,
// kina, dinar or leu; not "US$", "NZ$", "USD", "₹" or a dollar named in words. And "pounds" read as a
// weight, in the sources' pound.
void read_in_local_currency(std::string_view text, std::vector<QuantityMention>& quantities,
                            const LocalCurrencies& local) {
  for (QuantityMention& q : quantities) {
    if (q.kind != QuantityKind::money || q.end > text.size()) continue;
    const std::string_view written = text.substr(q.start, q.end - q.start);
    const bool us =
        written.find("US") != std::string_view::npos || written.find("dollar") != std::string_view::npos;
    const std::size_t sign = written.find('$');
    const bool prefixed = sign != std::string_view::npos && sign > 0 &&
                          ((written[sign - 1] >= 'A' && written[sign - 1] <= 'Z') ||
                           (written[sign - 1] >= 'a' && written[sign - 1] <= 'z'));
    if (q.unit == "USD" && !local.dollar.empty() && !us && !prefixed) q.unit = local.dollar;
    const bool rs =
        written.find("Rs") != std::string_view::npos || written.find("rs.") != std::string_view::npos;
    if (q.unit == "INR" && !local.rupee.empty() && rs) q.unit = local.rupee;
    if (kwachas().count(q.unit) && !local.kwacha.empty() && written.size() > 1 && written[0] == 'K' &&
        written[1] >= '0' && written[1] <= '9')
      q.unit = local.kwacha;
    if (dinars().count(q.unit) && !local.dinar.empty() && written.find("dinar") != std::string_view::npos)
      q.unit = local.dinar;
    if (q.unit == "RON" && !local.leu.empty() && written.find("lei") != std::string_view::npos)
      q.unit = local.leu;
  }
  // "Wigs are twelve pounds each": pounds as a spoken price list says them are money where the sources
  // give money in pounds and no weight in them.
  if (local.pound.empty()) return;
  for (QuantityMention& q : quantities) {
    if (q.kind != QuantityKind::measure || q.unit != "lb" || q.end > text.size()) continue;
    const std::string_view written = text.substr(q.start, q.end - q.start);
    if (written.find("pound") == std::string_view::npos) continue;
    q.kind = QuantityKind::money;
    q.unit = local.pound;
  }
}

}  // namespace

Checker::Checker() : Checker(FactBase::bundled()) {}

Checker::Checker(FactBase facts)
    : facts_(std::make_shared<const FactBase>(std::move(facts))),
      lexicon_(std::make_shared<const Lexicon>(*facts_)) {
  const bool gives_numbers = std::any_of(facts_->sources().begin(), facts_->sources().end(),
                                         [](const Source& s) { return !s.numbers.empty(); });
  if (gives_numbers || facts_->from_documents()) settler_ = std::make_shared<const SourceSettler>(*facts_);
  if (!facts_->from_documents()) return;
  local_.dollar = sole_currency(*facts_, dollars(), "USD");
  local_.rupee = sole_currency(*facts_, rupees(), "INR");
  local_.kwacha = sole_currency(*facts_, kwachas(), "");
  local_.dinar = sole_currency(*facts_, dinars(), "RSD");
  local_.leu = sole_currency(*facts_, lei(), "RON");
  const bool weighs_in_pounds = std::any_of(facts_->facts().begin(), facts_->facts().end(),
                                            [](const Fact& f) { return f.value.unit == "lb"; });
  if (!weighs_in_pounds) local_.pound = sole_currency(*facts_, pounds(), "");
  // The glossary's tables are built on first use: here, with the other indexes, not in the first check.
  (void)english_word("umsatz");
  // What sources are mostly about: the subjects with more than a third as many facts as the most, three
  // at most. (More than a third: a side organisation a source gives a few figures and a role in passing,
  // as many as a third of the topic's, is no topic.)
  std::unordered_map<std::string, std::size_t> count;
  std::size_t most = 0;
  for (const Fact& f : facts_->facts()) most = std::max(most, ++count[f.subject]);
  std::vector<std::pair<std::size_t, const Entity*>> ranked;
  for (const auto& [id, n] : count) {
    if (facts_->entity(id)) subjects_.push_back(facts_->entity(id));
    if (3 * n > most && facts_->entity(id)) ranked.emplace_back(n, facts_->entity(id));
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second->id < b.second->id;
  });
  for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
    EntityMention m;
    m.entity = ranked[i].second;
    topics_.push_back(m);
  }
}

Report Checker::check(std::string_view text) const {
  // 1. Text: tokens, sentences, and the stem of every word.
  const std::vector<Token> tokens = tokenize(text);
  const std::vector<Sentence> sentences = split_sentences(text, tokens);
  std::vector<std::string> stems = stems_of(tokens);
  // Checking against sources, a draft in another language is read by the English words of its news words
  // ("Umsatz" as "revenue"), so that it lines up with the sources' sentences and cues.
  if (facts_->from_documents())
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const std::string_view english =
          tokens[k].is_word() ? english_word(tokens[k].norm) : std::string_view();
      if (!english.empty() && english.find(' ') == std::string_view::npos) stems[k] = stem(english);
    }
  // 2. Quantities: every figure, with its value, unit, hedge and the interval it admits.
  std::vector<QuantityMention> quantities = extract_quantities(text, tokens);
  if (local_.any()) read_in_local_currency(text, quantities, local_);
  // 3. The fact base's words: the entities it knows, by name and alias.
  const std::vector<EntityMention> entities = lexicon_->find_entities(text, tokens);

  Report report;
  // Checking against sources: the tokens that name entities, for reading what governs a figure.
  std::vector<bool> name_token;
  if (facts_->from_documents()) {
    name_token.assign(tokens.size(), false);
    for (const EntityMention& m : entities)
      for (std::size_t k = m.first_token; k < m.last_token && k < tokens.size(); ++k) name_token[k] = true;
  }
  const std::optional<DraftWords> draft_words =
      settler_ ? std::optional<DraftWords>(std::in_place, text, tokens, entities) : std::nullopt;
  SentenceWalker walker(text, tokens, stems, quantities, entities, *lexicon_);
  std::vector<double> scratch;  // the aligner's table, kept across sentences
  if (facts_->from_documents()) walker.carry_topic(topics_, subjects_);
  for (const Sentence& s : sentences) {
    const SentenceView view = walker.next(s);
    // 4. Matching: the sentence's relations and figures, each bound to a fact and judged.
    std::vector<Claim> claims = judge_sentence(view, *facts_, *lexicon_, report.facts_considered);
    SharedSources shared;  // the source sentences that share words with this one, read on first use
    shared.scratch = &scratch;
    if (settler_) {
      // Checking against sources, a bare number may count what a source sentence counts.
      std::vector<Claim> bare = settler_->bare_numbers(view, claims, shared);
      if (!bare.empty()) {
        for (Claim& c : bare) claims.push_back(std::move(c));
        std::stable_sort(claims.begin(), claims.end(),
                         [](const Claim& a, const Claim& b) { return a.start < b.start; });
      }
    }
    if (claims.empty()) continue;
    // 5. Report: each verdict in words, with the evidence and its source.
    const std::vector<std::string> names = view.entity_names();
    // Each claim is settled with the sentence's others as settled so far, before any is reported.
    if (settler_) {
      for (Claim& c : claims)
        settler_->settle(c, view, claims, shared, {text, tokens, s, quantities, name_token, *draft_words});
      SourceSettler::settle_swapped_after(claims);
    }
    for (Claim& c : claims) {
      explain(c, *facts_, text, names);
      report.add(std::move(c));
    }
  }
  return report;
}

}  // namespace factcheck
