// The source aligner's doubt that a supported figure is another thing's: the draft gives it the words
// its source sentence gives a figure beside it ("Rail accounted for 14 per cent ..., inland barges for
// 41 per cent" against "Rail's share rose to 41 percent, while inland barges carried 14 percent").
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "match/alignment.hpp"
#include "match/stance.hpp"
#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace factcheck {

namespace {

// Words that end the stretch of a sentence that says what one figure is.
bool breaks_clause(const Token& t) {
  return token_is(t, {";", ",", ":", "(", ")", "-", "--", "and", "while", "whereas", "but", "against",
                      "compared", "versus", "vs", "than", "or"});
}

// Words that say nothing of which figure is which.
bool says_nothing(const Token& t) {
  return t.norm.size() < 2 ||
         token_is(t, {"the",    "a",    "an",     "of",     "to",    "for",   "in",   "on",      "at",
                      "by",     "from", "with",   "its",    "their", "his",   "her",  "was",     "is",
                      "were",   "are",  "be",     "been",   "has",   "had",   "have", "will",    "would",
                      "it",     "this", "that",   "which",  "who",   "per",   "cent", "percent", "about",
                      "around", "some", "nearly", "almost", "over",  "under", "more", "less",    "up",
                      "down",   "just", "only",   "also",   "as",    "into"});
}

// The stems of the words that say what the figure at [first, last) is: those of its stretch of the
// sentence [from, to), back to the figure or clause break before it (at most six such words) and on
// to the next (at most four). A bracket around the figure is the name's before it: "Fund (£150,000)".
// A year among them counts as a word ("a 3.8% rise in 2025"), and so do the words of a time told
// relatively ("last year").
std::vector<std::string> label_of(const std::vector<Token>& t, std::size_t from, std::size_t to,
                                  const std::vector<const QuantityMention*>& quantities, std::size_t first,
                                  std::size_t last, bool strict = false) {
  const auto figure_at = [&](std::size_t k) -> const QuantityMention* {
    for (const QuantityMention* q : quantities)
      if (k >= q->first_token && k < q->last_token) return q;
    return nullptr;
  };
  std::vector<std::string> out;
  bool figure_met = false;
  const auto take = [&](std::size_t& k, bool back) {
    if (const QuantityMention* q = figure_at(k)) {
      figure_met = q->kind != QuantityKind::date;
      if (figure_met) return false;
      if (q->unit == "year" || q->unit == "fiscal_year") out.push_back(q->date);
      // "last year", "a year ago": its words.
      for (std::size_t w = q->first_token; q->unit == "relative" && w < q->last_token; ++w)
        if (t[w].is_word() && !says_nothing(t[w])) out.push_back(stem(t[w].norm));
      k = back ? q->first_token : q->last_token - 1;
      return true;
    }
    // "spare-parts sales": a hyphen inside a word breaks nothing.
    const bool inner_hyphen = t[k].is("-") && k > 0 && k + 1 < t.size() && t[k - 1].end == t[k].start &&
                              t[k].end == t[k + 1].start && t[k - 1].is_word() && t[k + 1].is_word();
    if (breaks_clause(t[k]) && !inner_hyphen) return false;
    if (t[k].is_word() && !says_nothing(t[k])) out.push_back(stem(t[k].norm));
    return true;
  };
  // Words that say something, counted; a dozen tokens at most either way.
  std::size_t k = first;
  if (k > from && t[k - 1].is("(")) --k;
  // Back to another figure, the words after an "and" are that figure's: "$180 million in cash and $95
  // million in shares" gives $95 million no "cash".
  std::size_t before_and = SIZE_MAX;
  bool past_comma = false;
  for (std::size_t tokens = 0; k > from && out.size() < 6 && tokens < 12; ++tokens) {
    --k;
    if (before_and == SIZE_MAX && (t[k].is("and") || t[k].is("+") || t[k].is("&"))) before_and = out.size();
    // "for butter, up 11%": a comma right after the words the figure is of, with none said since.
    if (t[k].is(",") && out.empty() && !past_comma && !figure_met) {
      past_comma = true;
      continue;
    }
    if (!take(k, true)) break;
  }
  if (figure_met && before_and != SIZE_MAX) out.resize(before_and);
  // Past the comma to another figure, the words are that figure's: "3,350 premises have been connected,
  // with 4,100 still to go".
  // Strictly, so are any words back to another figure: "43% of all members from just 14% of sites".
  if (figure_met && (past_comma || strict)) out.clear();
  const std::size_t before = out.size();
  k = last;
  if (k < to && t[k].is(")")) ++k;
  for (std::size_t tokens = 0; k < to && out.size() < before + 4 && tokens < 12; ++tokens, ++k)
    if (!take(k, false)) break;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b,
                   const std::vector<std::string>& not_in) {
  std::size_t n = 0;
  for (const std::string& w : a)
    n += std::binary_search(b.begin(), b.end(), w) && !std::binary_search(not_in.begin(), not_in.end(), w);
  return n;
}

}  // namespace

bool swapped(const Claim& claim) {
  return claim.binding && std::any_of(claim.binding->signals.begin(), claim.binding->signals.end(),
                                      [](const std::string& s) { return s.rfind("swapped-with:", 0) == 0; });
}

bool SourceAligner::words_of_another(const SentenceView& view, const QuantityMention& q, std::size_t source,
                                     const Fact& f, const Fact*& other) const {
  other = nullptr;
  if (q.kind == QuantityKind::date || q.kind == QuantityKind::number || f.value.amount == 0) return false;
  // Read only where a swap can be: the draft gives another figure of this kind, of a value the source
  // sentence gives too (its figures are listed with it).
  const Source& from_source = facts_.sources()[source];
  const bool partner =
      std::any_of(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* d) {
        return d != &q && d->kind == q.kind && !same_amount(d->value, q.value) &&
               std::any_of(from_source.numbers.begin(), from_source.numbers.end(),
                           [&](double n) { return same_amount(n, d->value); });
      });
  // Each of the two figures given once: a figure the sentence repeats tells no swap.
  const auto times = [&](double value) {
    return std::count_if(view.quantities.begin(), view.quantities.end(), [&](const QuantityMention* d) {
      return d->kind == q.kind && same_amount(d->value, value);
    });
  };
  if (times(q.value) != 1) return false;
  const std::string& quote = from_source.quote;
  // A quote cut short ("…") may lack the words of its figures: no reading of them.
  if (quote.size() >= 3 && quote.compare(quote.size() - 3, 3, "\u2026") == 0) return false;
  const Reading& read = reading(source);
  const std::vector<Token>& tokens = read.tokens;
  const std::vector<QuantityMention>& found = read.quantities;
  // Nor where the source sentence repeats either value: which words are whose, it does not tell.
  const auto in_source = [&](const QuantityMention& m) {
    return std::count_if(found.begin(), found.end(), [&](const QuantityMention& o) {
      return o.kind == m.kind && same_amount(o.value, m.value);
    });
  };
  std::vector<const QuantityMention*> in_quote;
  for (const QuantityMention& m : found) in_quote.push_back(&m);
  // Figures one could be written for the other: of one kind and unit (a count of one noun), and for
  // amounts of one order of magnitude ("415p a share" is no swap for "£1,240 million").
  const auto alike = [&](const QuantityMention& a, const QuantityMention& b) {
    if (a.kind != b.kind) return false;
    if (a.kind == QuantityKind::count ? stem(a.unit) != stem(b.unit) : a.unit != b.unit) return false;
    return a.kind == QuantityKind::percent ||
           (a.value > 0 && b.value > 0 && a.value <= 20 * b.value && b.value <= 20 * a.value);
  };
  // The fact's figure in its sentence.
  const QuantityMention* own = nullptr;
  for (const QuantityMention& m : found)
    if (!own && m.kind == q.kind && same_amount(m.value, f.value.amount)) own = &m;
  if (!own) return false;
  const auto label = [&](const std::vector<Token>& t, std::size_t from, std::size_t to,
                         const std::vector<const QuantityMention*>& all, const QuantityMention& m) {
    return label_of(t, from, to, all, m.first_token, m.last_token);
  };
  const std::size_t from = view.sentence.first_token, to = view.sentence.last_token;
  const std::vector<std::string> said = label(view.tokens, from, to, view.quantities, q);
  const std::vector<std::string> mine = label(tokens, 0, tokens.size(), in_quote, *own);
  // Two figures the sentences give each other's words: the draft's figure has words only another
  // figure of the source sentence has and no more only its own has, and the draft gives that other
  // figure's value too, with words only this one's has and none only the other's has.
  for (const QuantityMention& o : found) {
    if (!partner) break;
    if (&o == own || same_amount(o.value, own->value) || !alike(o, *own)) continue;
    if (in_source(o) != 1 || in_source(*own) != 1) continue;
    const std::vector<std::string> theirs = label(tokens, 0, tokens.size(), in_quote, o);
    const std::size_t mine_only = shared(said, mine, theirs);
    if (shared(said, theirs, mine) == 0 || mine_only > shared(said, theirs, mine)) continue;
    for (const QuantityMention* d : view.quantities) {
      if (d == &q || !alike(*d, o) || !same_amount(d->value, o.value) || times(o.value) != 1) continue;
      const std::vector<std::string> said_of_other = label(view.tokens, from, to, view.quantities, *d);
      if (shared(said_of_other, mine, theirs) == 0 || shared(said_of_other, theirs, mine) > 0) continue;
      // As many words of its own as of the other's tell a swap only where the draft gives the two figures
      // no word in common: "property accounting for 1.1 and motor 1.6" against "motor claims account for
      // 1.1 and property claims 1.6" drops the verb once; "led the $6.6B round with a $750M cheque" gives
      // both the round.
      if (mine_only > 0 && shared(said, said_of_other, {}) > 0) continue;
      // The fact the draft's words are of: the other figure's, learned from the same sentence.
      for (std::size_t fi : facts_of_[source])
        if (facts_.facts()[fi].value.unit == f.value.unit &&
            same_amount(facts_.facts()[fi].value.amount, o.value))
          other = &facts_.facts()[fi];
      return true;
    }
  }
  if (in_source(*own) != 1) return false;
  // One figure given another's words, with no words of its own: "butter up 18 per cent" against "butter,
  // up 11% on a year ago, and chocolate, up 18%". Which figure the draft means, nothing settles. (Read
  // only where the draft's words share none with the figure's own.)
  if (!mine.empty() && shared(said, mine, {}) == 0) {
    std::vector<std::string> said_alone =
        label_of(view.tokens, from, to, view.quantities, q.first_token, q.last_token, true);
    // (A count's own noun is both figures' word: "3.9 million images" of "640,000 images were digitised".)
    said_alone.erase(std::remove(said_alone.begin(), said_alone.end(), stem(q.unit)), said_alone.end());
    // (Nor is a word of a name any figure's: "Anse Holdings (60%)" gives 60% no "holds".)
    std::vector<std::string> not_theirs = mine;
    const auto in_name = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].is_word() && !tokens[k].is("the") &&
             quote[tokens[k].start] >= 'A' && quote[tokens[k].start] <= 'Z';
    };
    for (std::size_t k = 0; k < tokens.size(); ++k)
      if (in_name(k) && ((k > 0 && in_name(k - 1)) || in_name(k + 1)))
        not_theirs.push_back(stem(tokens[k].norm));
    std::sort(not_theirs.begin(), not_theirs.end());
    for (const QuantityMention& o : found) {
      if (&o == own || same_amount(o.value, own->value) || !alike(o, *own) || in_source(o) != 1) continue;
      // The two in clauses of their own: "$750 million into its latest $6.6 billion round" gives both
      // the round.
      const std::size_t lo = std::min(o.last_token, own->last_token);
      const std::size_t hi = std::max(o.first_token, own->first_token);
      if (std::none_of(tokens.begin() + lo, tokens.begin() + hi,
                       [](const Token& t) { return breaks_clause(t); }))
        continue;
      if (shared(said_alone, label(tokens, 0, tokens.size(), in_quote, o), not_theirs) > 0) return true;
    }
  }
  other = swapped_across(view, q, source, f, *own, mine, said);
  return other != nullptr;
}

const Fact* SourceAligner::swapped_across(const SentenceView& view, const QuantityMention& q,
                                          std::size_t source, const Fact& f, const QuantityMention& own,
                                          const std::vector<std::string>& mine,
                                          const std::vector<std::string>& said) const {
  // "made on a budget of Sh12.4 million and took Sh19 million in its opening weekend" against "took KSh
  // 12.4 million in its opening weekend" and, a sentence later, "produced on a budget of KSh 19 million":
  // the two figures of one subject in one document, each given the other's words. Read for amounts the
  // base keeps by value (money, counts, measures), each given once in its own source sentence.
  const std::string& document = facts_.sources()[source].document;
  if (document.empty() || !subject_of_[&f - facts_.facts().data()]) return nullptr;
  const Entity* subject = subject_of_[&f - facts_.facts().data()];
  const std::size_t from = view.sentence.first_token, to = view.sentence.last_token;
  for (const QuantityMention* d : view.quantities) {
    if (d == &q || d->kind != q.kind || d->unit != q.unit || same_amount(d->value, q.value)) continue;
    if (!(d->value > 0 && q.value > 0 && d->value <= 20 * q.value && q.value <= 20 * d->value)) continue;
    const auto alike = exact_.find(d->value);
    if (alike == exact_.end()) continue;
    const Fact* found = nullptr;
    for (std::size_t gi : alike->second) {
      const Fact& g = facts_.facts()[gi];
      if (&g == &f || g.value.unit != f.value.unit || subject_of_[gi] != subject ||
          source_of_[gi] == source || facts_.sources()[source_of_[gi]].document != document)
        continue;
      if (found) return nullptr;  // two such figures: which one the words are of, nothing tells
      found = &g;
    }
    if (!found) continue;
    const std::string& quote = facts_.sources()[source_of_[found - facts_.facts().data()]].quote;
    if (quote.size() >= 3 && quote.compare(quote.size() - 3, 3, "\u2026") == 0) return nullptr;
    const Reading& read = reading(source_of_[found - facts_.facts().data()]);
    const std::vector<Token>& tokens = read.tokens;
    const std::vector<QuantityMention>& in_quote = read.quantities;
    std::vector<const QuantityMention*> all;
    const QuantityMention* theirs_at = nullptr;
    std::size_t times = 0;
    for (const QuantityMention& m : in_quote) {
      all.push_back(&m);
      if (m.kind == own.kind && same_amount(m.value, found->value.amount)) {
        theirs_at = &m;
        ++times;
      }
    }
    if (times != 1) return nullptr;
    const std::vector<std::string> theirs =
        label_of(tokens, 0, tokens.size(), all, theirs_at->first_token, theirs_at->last_token);
    if (shared(said, theirs, mine) == 0 || shared(said, mine, theirs) > 0) return nullptr;
    const std::vector<std::string> said_of_other =
        label_of(view.tokens, from, to, view.quantities, d->first_token, d->last_token);
    if (shared(said_of_other, mine, theirs) == 0 || shared(said_of_other, theirs, mine) > 0) return nullptr;
    return found;
  }
  return nullptr;
}

}  // namespace factcheck
