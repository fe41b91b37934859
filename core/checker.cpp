// The pipeline: text -> tokens and sentences -> quantities and entities -> claims -> matches -> verdicts.
#include "checker.hpp"

#include <algorithm>

#include "pipeline.hpp"

namespace factcheck {

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported: return "supported";
    case Verdict::contradicted: return "contradicted";
    case Verdict::unverified: return "unverified";
  }
  return "unverified";
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
  for (const Sentence& s : sentences) {
    SentenceView view{text, tokens, stems, s, {}, lexicon_->find_cues(stems, s.first_token, s.last_token), {}};
    for (; e != entities.end() && e->first_token < s.last_token; ++e) view.entities.push_back(*e);
    for (; q != quantities.end() && q->first_token < s.last_token; ++q) view.quantities.push_back(&*q);

    std::vector<Claim> claims = find_relation_claims(view, *facts_);
    // A figure inside a relational claim's span belongs to it ("the second-largest investor").
    std::vector<const QuantityMention*> free;
    for (const QuantityMention* m : view.quantities) {
      const bool inside = std::any_of(claims.begin(), claims.end(),
                                      [&](const Claim& c) { return m->start < c.end && m->end > c.start; });
      if (!inside) free.push_back(m);
    }
    view.quantities = std::move(free);
    for (Claim& c : judge_quantities(view, *facts_, *lexicon_)) claims.push_back(std::move(c));
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
    for (Claim& c : claims) report.claims.push_back(std::move(c));
  }
  for (const Claim& c : report.claims) {
    switch (c.verdict) {
      case Verdict::supported: ++report.supported; break;
      case Verdict::contradicted: ++report.contradicted; break;
      case Verdict::unverified: ++report.unverified; break;
    }
  }
  return report;
}

}  // namespace factcheck
