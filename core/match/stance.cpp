#include "match/stance.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace factcheck {
namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The polarity word at token k, if any, reading "no longer", "rather than" and "ex-" as one. By first
// letter: a token is looked at once, and most are no polarity word.
Polarity word_polarity(const std::vector<Token>& t, std::size_t k, std::size_t end) {
  const Token& w = t[k];
  if (!w.is_word() || w.norm.empty()) return Polarity::asserted;
  const bool next_is = k + 1 < end;
  const auto next = [&](std::string_view word) { return next_is && t[k + 1].is(word); };
  switch (w.norm[0]) {
    case 'n':
      // Not a compound's first word: "the no-frills carrier", "a no-fee account".
      if (w.is("no") && next("-")) return Polarity::asserted;
      if (w.is("no")) return next("longer") || next("more") ? Polarity::ceased : Polarity::negated;
      if (w.is("not") || w.is("never") || w.is("neither") || w.is("nor")) return Polarity::negated;
      // Translated copy: German "nicht (mehr)", "nie"; French "n'est (plus)"; Italian "non (più)";
      // Spanish "nunca".
      if (w.is("nicht")) return next("mehr") ? Polarity::ceased : Polarity::negated;
      if (w.is("non") && !next("-"))
        return next("più") ? Polarity::ceased : Polarity::negated;  // not "non-profit"
      if (w.is("nie") || w.is("niemals") || w.is("nunca")) return Polarity::negated;
      if (w.norm.size() > 2 && w.norm[1] == '\'') return next("plus") ? Polarity::ceased : Polarity::negated;
      break;
    case 'k':
      if (w.is("kein") || w.is("keine") || w.is("keinen") || w.is("keiner") || w.is("keines"))
        return Polarity::negated;
      break;
    case 'p':
      if (w.is("pas")) return Polarity::negated;  // French "ne ... pas"
      break;
    case 'j':
      if (w.is("jamais")) return Polarity::negated;
      break;
    case 'y':
      if (w.is("ya") && next("no")) return Polarity::ceased;  // Spanish "ya no"
      break;
    case 'c':
      if (w.is("ceased") || w.is("cease") || w.is("ceases")) return Polarity::ceased;
      if (w.is("cannot")) return Polarity::negated;
      break;
    case 'f':
      if (w.is("former") || w.is("formerly")) return Polarity::ceased;
      break;
    case 'a':
      if (w.is("anymore")) return Polarity::ceased;
      break;
    case 'e':
      if (w.is("ex") && next("-")) return Polarity::ceased;
      break;
    case 'u':
      if (w.is("used") && next("to") && !(k > 0 && t[k - 1].is("be"))) return Polarity::ceased;
      break;
    case 'r':
      if (w.is("rather") && next("than")) return Polarity::negated;
      if ((w.is("resigned") || w.is("resigns")) && next("as")) return Polarity::ceased;
      break;
    case 'o':
      if (w.is("out") && next("as")) return Polarity::ceased;  // "is out as chief executive"
      break;
    case 's':
      if ((w.is("stepped") || w.is("steps") || w.is("step")) && next("down")) return Polarity::ceased;
      break;
    case 'i':
      if (w.is("instead") && next("of")) return Polarity::negated;
      break;
    case 'd':
      if (w.is("denied") || w.is("denies") || w.is("deny") || w.is("denying")) return Polarity::negated;
      break;
    case 'w':
      if (w.is("without")) return Polarity::negated;
      break;
    default:
      break;
  }
  return ends_with(w.norm, "n't") ? Polarity::negated : Polarity::asserted;
}

// Ceasing outranks denial: "isn't CEO anymore" and "not ... any longer" say it ended.
Polarity combine(Polarity a, Polarity b) {
  if (a == Polarity::ceased || b == Polarity::ceased) return Polarity::ceased;
  if (a == Polarity::negated || b == Polarity::negated) return Polarity::negated;
  return Polarity::asserted;
}

}  // namespace

bool told_as_earlier(const std::vector<Token>& tokens, std::size_t first, std::size_t at) {
  for (std::size_t k = std::min(at, tokens.size()), passed = 0; k > first && passed < 3; ++passed) {
    const Token& t = tokens[--k];
    if (token_is(t, {"from", "previous", "previously", "earlier", "original", "originally", "initial",
                     "initially", "prior", "former"}))
      return true;
    if (!t.is_word() || t.is("to") || t.is("and")) return false;
  }
  return false;
}

bool token_is(const Token& t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t.norm) != words.end();
}

bool is_holding_verb(const Token& t) {
  return token_is(t, {"holds", "hold", "owns", "own", "retains", "retain", "keeps", "keep", "controls",
                      "control", "has", "have", "with"});
}

bool is_function_word(const Token& t) {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "a", "an", "and", "or", "but", "in", "on", "at", "for", "with", "its", "his", "her", "their",
      "this", "that", "it", "he", "she", "they", "chief", "ceo", "executive", "says", "said", "as", "of",
      "by", "to", "from", "who", "former",
      // A filing's defined terms stand for a party it has named: "Defendant is the largest investor".
      "defendant", "defendants", "plaintiff", "plaintiffs", "claimant", "respondent", "appellant",
      "petitioner", "company"};
  return t.norm.size() <= 10 && kWords.count(t.norm) > 0;
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

bool reported_in(const SentenceView& view) {
  const auto& t = view.tokens;
  const std::size_t first = view.sentence.first_token, last = view.sentence.last_token;
  for (std::size_t k = first; k < last; ++k) {
    const std::string& w = t[k].norm;
    if (!t[k].is_word() || w.size() < 4) continue;
    switch (w[0]) {
      case 'r':
        if (w == "reportedly" || w == "rumoured" || w == "rumored") return true;
        break;
      case 'a':
        if (w == "allegedly") return true;
        if (w == "according" && k + 1 < last && t[k + 1].is("to")) return true;
        break;
      case 'p':
        if (w == "purportedly") return true;
        break;
      case 'f':
        if (w == "familiar" && k + 1 < last && t[k + 1].is("with")) return true;
        break;
      case 's':
        if (w == "said" && k + 2 < last && t[k + 1].is("to") && t[k + 2].is("be")) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

Modality clause_modality(const SentenceView& view, std::size_t at) {
  static const std::unordered_set<std::string_view> kPlans = {
      "plans",  "plan",    "planned", "planning", "intends", "intend",  "intended", "aims",     "aim",
      "aiming", "expects", "expect",  "expected", "seeks",   "seek",    "proposes", "proposed", "set",
      "talks",  "looking", "hopes",   "hoping",   "wants",   "seeking", "poised"};
  const auto& t = view.tokens;
  const std::size_t first = view.sentence.first_token, last = view.sentence.last_token;
  std::size_t k = at;
  while (k > first && at - k < 14 && !is_clause_break(t[k - 1])) --k;
  for (; k < at; ++k) {
    const std::string& w = t[k].norm;
    if (!t[k].is_word() || w.size() < 3 || w.size() > 8) continue;
    // "In May the ministry extended it", "since May 2024": the month, written with its capital after a
    // preposition or before a number, is no "may".
    const bool month = w == "may" && view.capitalized(k) &&
                       ((k > first && token_is(t[k - 1], {"in", "since", "by", "until", "from", "of", "on",
                                                          "early", "late", "mid", "last", "next", "this"})) ||
                        (k + 1 < last && t[k + 1].is_number()) || (k > first && t[k - 1].is_number()));
    if (w == "could" || (w == "may" && !month) || w == "might" || w == "would") return Modality::possible;
    // "plans to", or with the thing planned between: "expects revenue to pass BGN 9 mln.".
    if (kPlans.count(w))
      for (std::size_t j = k + 1; j < last && j <= k + 3 && j < at && t[j].is_word(); ++j)
        if (t[j].is("to")) return Modality::plan;
  }
  // Or after it: "*OPENAI VALUATION TO $300B IN TALKS WITH SOFTBANK", "a $2bn deal under discussion".
  for (k = at; k + 1 < last && k < at + 10 && !is_clause_break(t[k]); ++k)
    if ((t[k].is("in") && t[k + 1].is("talks")) ||
        (t[k].is("under") && token_is(t[k + 1], {"discussion", "negotiation", "consideration"})))
      return Modality::plan;
  return Modality::fact;
}

Modality modality_of(const SentenceView& view, std::size_t at) {
  const Modality clause = clause_modality(view, at);
  if (clause != Modality::fact) return clause;
  return reported_in(view) ? Modality::reported : Modality::fact;
}

}  // namespace factcheck
