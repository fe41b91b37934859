// Internal to core/quantities: what the files of extract_quantities() (quantities.hpp) share. Each
// file reads one kind of quantity, with its own tables, in a reader class of its own; they share the
// state of the scan (Extraction) and the helpers every reader builds on (Reader):
//   quantities.cpp   the scan over the tokens (Extractor), bare numbers and counts, ranges, orders of
//                    magnitude, and the comparators before a figure ("nearly", "more than")
//   money.cpp        currency signs, codes and nouns ("$", "usd", "swiss francs"), cents
//   measures.cpp     units of measure ("330 metres", "1.2 GW") and durations ("four years")
//   dates.cpp        dates ("Jan. 23, 2025", "FY2025", "in 2030", "last year") and their comparators
//   percentages.cpp  percentages and percentage points ("40%", "per cent of", "50 basis points")
// The readers live in anonymous namespaces with their functions defined in the class: the scan runs at
// every token, and so the steps of a reader, private to its file, compile into the one function that
// the scan calls there.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/comparator.hpp"
#include "quantities/numbers.hpp"
#include "quantities/quantities.hpp"
#include "text/tokens.hpp"

namespace factcheck::quantities_detail {

using Tokens = std::vector<Token>;

// tokens[k] is the word w.
inline bool word_at(const Tokens& t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].kind == TokenKind::word && t[k].norm == w;
}

// tokens[k] reads w, whatever its kind ("." and "$" too).
inline bool norm_at(const Tokens& t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].norm == w;
}

// w is one of the words of `list`.
template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (auto x : list)
    if (x == w) return true;
  return false;
}

// The token as written in the text.
inline std::string_view raw(std::string_view text, const Token& tok) {
  return text.substr(tok.start, tok.end - tok.start);
}

// ---- money.cpp ---------------------------------------------------------------------------------

struct Currency {
  std::string iso;
  double factor = 1;  // 0.01 for cents and pence
};

// A currency read around a number, and the index of the token after it.
struct CurrencyMatch {
  Currency currency;
  std::size_t end = 0;
};

// An ISO code as a word ("usd", "rmb"); English words that are also codes ("try", "all") are not.
std::optional<Currency> currency_code(std::string_view w);

// A currency noun ("dollars", "yen", "cents"), before any nationality qualifier.
std::optional<Currency> currency_noun(std::string_view w);

// A currency written after a number, starting at k: "dollars", "australian dollars", "usd", "€", "cents".
std::optional<CurrencyMatch> currency_after(const Tokens& t, std::size_t k);

// A currency written before a number, starting at k: "$", "US$", "us $", "c $", "HK$", "u.s $", "€",
// "USD".
std::optional<CurrencyMatch> currency_before(std::string_view text, const Tokens& t, std::size_t k);

// ---- measures.cpp ------------------------------------------------------------------------------

// A unit of measure at k; returns the normalised symbol and the end token, or nothing.
std::optional<std::pair<std::string, std::size_t>> measure_at(std::string_view text, const Tokens& t,
                                                              std::size_t k);

// The unit of a duration word ("years" -> "year", "hrs" -> "hour"), or "".
std::string duration_unit(std::string_view w);

// ---- dates.cpp ---------------------------------------------------------------------------------

// The month (1 to 12) a name or abbreviation gives ("january", "sept"), or 0.
int month_number(std::string_view w);

// ---- comparators: those before a figure in quantities.cpp, those before a date in dates.cpp ------

struct Phrase {
  std::string_view words[4];
  Comparator comparator;
};

// Matches the longest phrase ending right before token `start`; returns its length in tokens.
template <std::size_t N>
std::size_t match_before(const Tokens& t, std::size_t start, const Phrase (&phrases)[N], Comparator& out) {
  std::size_t best = 0;
  for (const Phrase& p : phrases) {
    std::size_t len = 0;
    while (len < 4 && !p.words[len].empty()) ++len;
    if (len > start || len <= best) continue;
    bool ok = true;
    for (std::size_t k = 0; k < len && ok; ++k) ok = word_at(t, start - len + k, p.words[k]);
    if (ok) {
      best = len;
      out = p.comparator;
    }
  }
  return best;
}

// The state of one scan over a text's tokens, shared by the readers.
class Extraction {
 public:
  Extraction(std::string_view text, const Tokens& tokens) : text(text), tokens(tokens) {}

  // currency_before() at token k. try_order() and try_quantity() both ask at each token: the last
  // answer is kept.
  const std::optional<CurrencyMatch>& currency_at(std::size_t k) {
    if (k != currency_token_) {
      currency_ = currency_before(text, tokens, k);
      currency_token_ = k;
    }
    return currency_;
  }

  const std::string_view text;
  const Tokens& tokens;
  std::vector<QuantityMention> mentions;  // in order of appearance, with no overlaps

 private:
  std::size_t currency_token_ = std::numeric_limits<std::size_t>::max();
  std::optional<CurrencyMatch> currency_;
};

// A number, or a range of two, read at a token before what it counts is known.
struct Figure {
  std::size_t first = 0;                // the mention's first token
  std::size_t end = 0;                  // the token after the number or the range
  ParsedNumber number;                  // the number; in a range, with the step of its upper end
  std::optional<CurrencyMatch> prefix;  // a currency sign or code before the number (or either end)
  bool range = false;                   // "$5-10 billion", "between 5 and 10 percent"
  double low = 0;                       // the range's ends; the number, when there is no range
  double high = 0;
  double value = 0;  // the number, or the middle of the range
};

// What every reader builds on: the text and tokens of the scan, and the helpers that test tokens and
// make mentions. A reader is made for one call, over the scan's state. Its try_*() functions read one
// kind of mention starting at token i: when they take the tokens there (a mention, or tokens that are
// no quantity, such as "4th"), they set `next` to the token after them and return true.
class Reader {
 public:
  explicit Reader(Extraction& scan) : scan_(scan), text_(scan.text), t_(scan.tokens) {}

 protected:
  Extraction& scan_;
  const std::string_view text_;
  const Tokens& t_;

  // word_at(), written out: asked several times at every token, it is worth inlining.
  bool word(std::size_t k, std::string_view w) const {
    return k < t_.size() && t_[k].kind == TokenKind::word && std::string_view(t_[k].norm) == w;
  }

  // Extraction::currency_at(): the currency before a number at token k.
  const std::optional<CurrencyMatch>& currency_at(std::size_t k) const { return scan_.currency_at(k); }

  // A mention of tokens [first, last), its span set from theirs.
  QuantityMention make(std::size_t first, std::size_t last, QuantityKind kind) const {
    QuantityMention m;
    m.first_token = first;
    m.last_token = last;
    m.start = t_[first].start;
    m.comparator_start = m.start;
    m.end = t_[last - 1].end;
    m.kind = kind;
    return m;
  }

  // "percent", "percents" or "per cent" at k: the index after it, or 0. The scan asks it before it calls
  // try_percent_prefix(), in another file, so that other tokens do not pay for the call.
  std::size_t percent_word_end(std::size_t k) const {
    if (word(k, "percent") || word(k, "percents")) return k + 1;
    if (word(k, "per") && word(k + 1, "cent")) return k + 2;
    return 0;
  }

  // Binds the comparator before the mention's first token, fills in the interval and adds the mention
  // (quantities.cpp).
  void finish(QuantityMention m, double low = 0, double high = 0);

  // The figure as a mention of `kind` ending before token `end`, its value and step times `factor`
  // (0.01 for cents and basis points); sets `next` to `end` and returns true (quantities.cpp).
  bool emit(const Figure& f, QuantityKind kind, std::string unit, std::size_t end, double factor,
            std::size_t& next);
};

// ---- the readers of one file that the scan (quantities.cpp) calls

// dates.cpp: any date at i: relative ("last year"), ISO ("2025-01-23"), with a month's name ("Jan. 23,
// 2025", "23 January 2025"), fiscal ("FY2025") or a bare year where a date is meant ("in 2030").
bool try_date(Extraction& scan, std::size_t i, std::size_t& next);

// percentages.cpp: "percent of 10", "per cent of twenty-two".
bool try_percent_prefix(Extraction& scan, std::size_t i, std::size_t& next);
// percentages.cpp: a percent sign or word after the figure: "40%", "12 percent", "3 percentage points".
bool try_percent_after(Extraction& scan, const Figure& f, std::size_t& next);

// money.cpp: money with a currency before it: "$14 billion", "C$ 16.4 million", a redundant "$10 dollars".
bool emit_money_with_prefix(Extraction& scan, const Figure& f, std::size_t& next);
// money.cpp: money with the currency after the figure: "420 million finnish markka", "50 cents", "12-cent".
bool try_money_after(Extraction& scan, const Figure& f, std::size_t& next);

// measures.cpp: a duration after the figure: "four years", "30-year".
bool try_duration_after(Extraction& scan, const Figure& f, std::size_t& next);
// measures.cpp: a unit of measure after the figure: "330 metres", "1.2 gigawatts", "180ml".
bool try_measure_after(Extraction& scan, const Figure& f, std::size_t& next);

}  // namespace factcheck::quantities_detail
