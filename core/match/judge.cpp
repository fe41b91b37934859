#include "match/judge.hpp"

#include <algorithm>

#include "match/figures.hpp"
#include "match/relations.hpp"

namespace factcheck {

std::vector<Claim> judge_sentence(const SentenceView& view, const FactBase& facts, const Lexicon& lexicon,
                                  std::size_t& considered) {
  std::vector<Claim> claims = find_relation_claims(view, facts);
  claims.reserve(claims.size() + view.quantities.size());
  // A figure inside a relational claim's span belongs to it ("the second-largest investor").
  std::vector<const QuantityMention*> free;
  for (const QuantityMention* m : view.quantities) {
    const bool inside = std::any_of(claims.begin(), claims.end(),
                                    [&](const Claim& c) { return m->start < c.end && m->end > c.start; });
    if (!inside) free.push_back(m);
  }
  for (Claim& c : judge_figures(view, free, facts, lexicon, considered)) claims.push_back(std::move(c));
  std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.start < b.start; });
  return claims;
}

}  // namespace factcheck
