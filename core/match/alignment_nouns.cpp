// The source aligner's counts in other words: "214 000 viewers" where the sources' best site had 214,000
// admissions, "the 88 musicians" for 88 players. Weak evidence, kept only where nothing else could be meant.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "match/alignment.hpp"
#include "match/alignment_words.hpp"
#include "text/count_nouns.hpp"
#include "text/stem.hpp"

namespace factcheck {

int SourceAligner::other_nouns(const QuantityMention& q, const std::string& q_stem) const {
  // Particular enough: at least 20, as stated (not "about"), to two significant figures ("88"; "214 000"
  // has three). And of a noun the sources count nothing by: "58 apprentices" where they have 58 trainers
  // and 12 apprentices is a swap.
  if (q_stem.empty() || !(q.value >= 20) || q.comparator != Comparator::none) return 0;
  double v = std::round(q.value);
  if (std::fabs(v - q.value) > 1e-9) return 0;
  while (v >= 10 && std::fmod(v, 10) == 0) v /= 10;
  const int figures = static_cast<int>(std::floor(std::log10(v))) + 1;
  if (figures < 2) return 0;
  for (const std::string& n : count_family(q_stem))
    if (std::binary_search(count_nouns_.begin(), count_nouns_.end(), n)) return 0;
  return figures;
}

bool SourceAligner::weak_other_noun(const Aligned& c, std::size_t fi, std::size_t source,
                                    const SentenceView& view, const QuantityMention& q, std::size_t owner_end,
                                    int figures) const {
  const Fact& f = *c.fact;
  // Only of a subject the sentence names, or refers to for a figure of three significant figures, and no
  // other organisation named nearest before the figure.
  if (c.other_owner || !(c.named || (c.referred && figures >= 3))) return true;
  // Only of a document no later one may have revised ("31 countries" of a launch where a later release
  // says 38 markets).
  if (facts_.sources()[source].date != latest_date_) return true;
  // Not of a value the source sentence sets aside ("30 positions instead of the 38 proposed").
  if (std::any_of(f.context.begin(), f.context.end(), [](const std::string& w) {
        return w == "instead" || w == "from" || w == "previously" || w == "proposed" || w == "planned" ||
               w == "initially" || w == "originally" || w == "earlier" || w == "ago";
      }))
    return true;
  // Not where a name the sources do not know stands between the owner and the figure ("Redgum ...
  // following peer Pindan Minerals, which shed 140 staff").
  for (std::size_t k = std::max(owner_end, view.sentence.first_token); k < q.first_token; ++k)
    if (k > view.sentence.first_token && view.tokens[k].is_word() && view.capitalized(k) &&
        std::none_of(view.entities.begin(), view.entities.end(),
                     [&](const EntityMention& m) { return m.first_token <= k && k < m.last_token; }))
      return true;
  // Nor where the draft gives the fact's own noun to another figure of the sentence, swapped ("4.100
  // cooperados ... employs 11.400 people" where the 4,100 are employees).
  if (std::any_of(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* m) {
        return m->start != q.start && m->kind == QuantityKind::count &&
               same_count_noun(stem(m->unit), unit_stem_[fi]);
      }))
    return true;
  // And only the one count the sources give of that value: "Lumio Bank with 5,100 ads" where Corvexa had
  // 5,100 postings and Lumio Bank will add 5,100 staff is either.
  const auto same = exact_.find(f.value.amount);
  if (same == exact_.end()) return false;
  return std::any_of(same->second.begin(), same->second.end(), [&](std::size_t gi) {
    return first_alike_[gi] != first_alike_[fi] && predicate_of_[gi] &&
           predicate_of_[gi]->value == ValueKind::count;
  });
}

}  // namespace factcheck
