// The pipeline: text -> tokens and sentences -> quantities and entities -> claims -> matches -> verdicts.
#include "checker.hpp"

#include <algorithm>

#include "match/sentence.hpp"

namespace factcheck {

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported:
      return "supported";
    case Verdict::contradicted:
      return "contradicted";
    case Verdict::unverified:
      return "unverified";
    case Verdict::outdated:
      return "outdated";
  }
  return "unverified";
}

namespace {

// "It", "its", "the company" and the like: a sentence that may speak of the previous one's entities.
bool refers_back(const SentenceView& v) {
  static const std::vector<std::vector<std::string>> kReferences = {{"it"},
                                                                    {"its"},
                                                                    {"he"},
                                                                    {"his"},
                                                                    {"she"},
                                                                    {"her"},
                                                                    {"they"},
                                                                    {"their"},
                                                                    {"the", "company"},
                                                                    {"a", "company"},
                                                                    {"the", "firm"},
                                                                    {"the", "group"},
                                                                    {"the", "startup"}};
  const std::size_t a = v.sentence.first_token, b = v.sentence.last_token;
  bool found = false;
  for (std::size_t i = a; i < b && !found; ++i) {
    // Every reference starts with a word of at most five letters: most tokens need no comparison.
    if (!v.tokens[i].is_word() || v.tokens[i].norm.size() > 5) continue;
    for (const auto& r : kReferences) {
      if (i + r.size() > b) continue;
      bool match = true;
      for (std::size_t k = 0; k < r.size() && match; ++k) match = v.tokens[i + k].norm == r[k];
      found = found || match;
    }
  }
  if (!found) return false;
  // A capitalised word before the sentence's first figure that names no known entity may be the real
  // subject: "Its rival Amazon invested $4 billion" is not about the previous sentence's company.
  const std::size_t until = v.quantities.empty() ? b : v.quantities.front()->first_token;
  for (std::size_t i = a + 1; i < until; ++i) {
    if (!v.tokens[i].is_word() || !v.capitalized(i)) continue;
    const bool known = std::any_of(v.entities.begin(), v.entities.end(), [&](const EntityMention& m) {
      return i >= m.first_token && i < m.last_token;
    });
    if (!known) return false;
  }
  return true;
}

}  // namespace

std::string text_too_large(std::size_t bytes, const Limits& limits) {
  if (bytes <= limits.max_text_bytes) return {};
  return "the text is " + std::to_string(bytes) + " bytes; the limit is " + std::to_string(limits.max_text_bytes) +
         " bytes";
}

Checker::Checker() : Checker(FactBase::bundled()) {}

Checker::Checker(FactBase facts)
    : facts_(std::make_shared<const FactBase>(std::move(facts))),
      lexicon_(std::make_shared<const Lexicon>(*facts_)) {}

Report Checker::check(std::string_view text) const {
  const std::vector<Token> tokens = tokenize(text);
  const std::vector<Sentence> sentences = split_sentences(text, tokens);
  const std::vector<std::string> stems = stems_of(tokens);
  const std::vector<QuantityMention> quantities = extract_quantities(text, tokens);
  const std::vector<EntityMention> entities = lexicon_->find_entities(tokens);

  Report report;
  auto q = quantities.begin();
  auto e = entities.begin();
  std::vector<EntityMention> previous;
  for (const Sentence& s : sentences) {
    SentenceView view{text, tokens, stems, s, {}, lexicon_->find_cues(stems, s.first_token, s.last_token),
                      {},   {}};
    for (; e != entities.end() && e->first_token < s.last_token; ++e) view.entities.push_back(*e);
    for (; q != quantities.end() && q->first_token < s.last_token; ++q) view.quantities.push_back(&*q);
    if (refers_back(view)) view.antecedents = previous;
    previous = view.entities;

    std::vector<Claim> claims = find_relation_claims(view, *facts_);
    // A figure inside a relational claim's span belongs to it ("the second-largest investor").
    std::vector<const QuantityMention*> free;
    for (const QuantityMention* m : view.quantities) {
      const bool inside = std::any_of(claims.begin(), claims.end(),
                                      [&](const Claim& c) { return m->start < c.end && m->end > c.start; });
      if (!inside) free.push_back(m);
    }
    view.quantities = std::move(free);
    for (Claim& c : judge_quantities(view, *facts_, *lexicon_, report.facts_considered)) claims.push_back(std::move(c));
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
    for (Claim& c : claims) report.claims.push_back(std::move(c));
  }
  for (const Claim& c : report.claims) {
    switch (c.verdict) {
      case Verdict::supported:
        ++report.supported;
        break;
      case Verdict::contradicted:
        ++report.contradicted;
        break;
      case Verdict::unverified:
        ++report.unverified;
        break;
      case Verdict::outdated:
        ++report.outdated;
        break;
    }
  }
  return report;
}

}  // namespace factcheck
