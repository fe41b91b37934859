#include "match/stance.hpp"

#include <algorithm>
#include <string_view>

namespace factcheck {
namespace {

bool is(const Token& t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t.norm) != words.end();
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The polarity word at token k, if any, reading "no longer", "rather than" and "ex-" as one.
Polarity word_polarity(const std::vector<Token>& t, std::size_t k, std::size_t end) {
  const Token& w = t[k];
  if (!w.is_word()) return Polarity::asserted;
  const bool next_is = k + 1 < end;
  if (w.is("no") && next_is && (t[k + 1].is("longer") || t[k + 1].is("more"))) return Polarity::ceased;
  if (is(w, {"ceased", "cease", "ceases", "former", "formerly", "anymore"})) return Polarity::ceased;
  if (w.is("ex") && next_is && t[k + 1].is("-")) return Polarity::ceased;
  if (w.is("used") && next_is && t[k + 1].is("to") && k > 0 && !t[k - 1].is("be")) return Polarity::ceased;
  if (w.is("rather") && next_is && t[k + 1].is("than")) return Polarity::negated;
  if (w.is("instead") && next_is && t[k + 1].is("of")) return Polarity::negated;
  if (is(w, {"not", "never", "no", "neither", "nor", "without", "cannot", "denied", "denies", "deny",
             "denying"}))
    return Polarity::negated;
  if (ends_with(w.norm, "n't")) return Polarity::negated;
  return Polarity::asserted;
}

// Ceasing outranks denial: "isn't CEO anymore" and "not ... any longer" say it ended.
Polarity combine(Polarity a, Polarity b) {
  if (a == Polarity::ceased || b == Polarity::ceased) return Polarity::ceased;
  if (a == Polarity::negated || b == Polarity::negated) return Polarity::negated;
  return Polarity::asserted;
}

}  // namespace

bool token_is(const Token& t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t.norm) != words.end();
}

bool is_function_word(const Token& t) {
  return token_is(
      t, {"the", "a",         "an",   "and",   "or",   "but",  "in", "on", "at",   "for",  "with",
          "its", "his",       "her",  "their", "this", "that", "it", "he", "she",  "they", "chief",
          "ceo", "executive", "says", "said",  "as",   "of",   "by", "to", "from", "who",  "former"});
}

bool is_clause_break(const Token& t) {
  // By length first: one comparison at most for any token.
  const std::string_view w = t.norm;
  switch (w.size()) {
    case 1:
      return w[0] == ',' || w[0] == ';' || w[0] == ':';
    case 2:
      return w == "--";
    case 3:
      return w == "and" || w == "but";
    case 4:
      return w == "with";
    case 5:
      return w == "while";
    case 7:
      return w == "whereas";
    default:
      return false;
  }
}

Polarity polarity_in(const SentenceView& view, std::size_t first, std::size_t last, bool stop_at_break) {
  Polarity p = Polarity::asserted;
  const std::size_t end = std::min(last, view.sentence.last_token);
  for (std::size_t k = std::max(first, view.sentence.first_token); k < end; ++k) {
    if (stop_at_break && is_clause_break(view.tokens[k])) break;
    p = combine(p, word_polarity(view.tokens, k, view.sentence.last_token));
  }
  return p;
}

// Words that start a clause of their own, beyond is_clause_break(): a denial before them is another's.
bool starts_clause(const Token& t) {
  return is_clause_break(t) || token_is(t, {"though", "although", "yet", "because", "whereas", "while"});
}

std::size_t scope_start(const SentenceView& view, std::size_t at) {
  std::size_t k = at;
  while (k > view.sentence.first_token && !starts_clause(view.tokens[k - 1])) --k;
  return k;
}

Polarity polarity_before(const SentenceView& view, std::size_t at, std::size_t reach) {
  const std::size_t from = std::max(scope_start(view, at), at > reach ? at - reach : std::size_t{0});
  return polarity_in(view, from, at);
}

Polarity polarity_between(const SentenceView& view, std::size_t from, std::size_t to) {
  return polarity_in(view, std::max(from, scope_start(view, to)), to);
}

Modality modality_of(const SentenceView& view, std::size_t at) {
  const auto& t = view.tokens;
  const std::size_t first = view.sentence.first_token, last = view.sentence.last_token;
  // A plan or a possibility in the claim's own clause, before it.
  std::size_t k = at;
  while (k > first && at - k < 14 && !is_clause_break(t[k - 1])) --k;
  for (; k < at; ++k) {
    if (token_is(t[k], {"could", "may", "might", "would"})) return Modality::possible;
    const bool to_follows = k + 1 < last && t[k + 1].is("to");
    if (to_follows &&
        token_is(t[k], {"plans",  "plan",     "planned",  "planning", "intends", "intend",   "intended",
                        "aims",   "aim",      "aiming",   "expects",  "expect",  "expected", "seeks",
                        "seek",   "proposes", "proposed", "set",      "talks",   "looking",  "hopes",
                        "hoping", "wants",    "seeking",  "poised"}))
      return Modality::plan;
  }
  // A report anywhere in the sentence: "..., people familiar with the matter said".
  for (k = first; k < last; ++k) {
    if (token_is(t[k], {"reportedly", "allegedly", "rumoured", "rumored", "purportedly"}))
      return Modality::reported;
    if (t[k].is("according") && k + 1 < last && t[k + 1].is("to")) return Modality::reported;
    if (t[k].is("familiar") && k + 1 < last && t[k + 1].is("with")) return Modality::reported;
    if (t[k].is("said") && k + 2 < last && t[k + 1].is("to") && t[k + 2].is("be")) return Modality::reported;
  }
  return Modality::fact;
}

}  // namespace factcheck
