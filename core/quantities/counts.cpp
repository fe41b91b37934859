// Counts ("230 million iPhones", "300 million weekly users", "a five-match series", "27 of 34 passes"),
// ages known only by the words before a figure ("aged 67"), and bare numbers: what a figure is when no
// unit, currency or percent sign follows it.
#include <cmath>
#include <string>
#include <unordered_set>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {
namespace {

bool is_stop_word(std::string_view w) {
  // The word lists read best packed in lines.
  // clang-format off
  static constexpr std::string_view kStop[] = {
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
      "would", "can", "could", "may", "might", "shall", "should", "must", "that", "this", "these", "those",
      "which", "who", "whom", "whose", "what", "as", "than", "per", "each", "every", "more", "less", "fewer",
      "most", "least", "over", "under", "about", "into", "onto", "after", "before", "since", "until",
      "through", "up", "down", "out", "off", "it", "its", "their", "his", "her", "our", "your", "my", "they",
      "he", "she", "we", "you", "i", "me", "us", "them", "him", "not", "no", "so", "if", "then", "also",
      "last", "next", "other", "others", "such", "all", "both", "some", "any", "just", "only", "even",
      "still", "yet", "again", "ago", "earlier", "later", "time", "percent", "per", "cent", "plus", "minus",
      "or", "via", "against", "degrees", "degree", "between", "among", "during", "while", "when", "where",
      "why", "how", "there", "here", "now", "too", "very", "much", "many", "own", "same", "new", "first",
      "second", "third", "top", "'s", "s", "st", "nd", "rd", "th", "am", "pm", "x", "including", "compared",
      "versus", "vs", "and", "a", "year", "share",  "apiece", "each", "higher", "lower", "ahead",
      "behind", "above", "below", "across", "around", "within", "without", "out", "back", "away", "there",
      "already", "1.2 million sold", "1.2 million sold",
  };
  // Verbs in the past that follow a figure ("1.2 million sold"); those in -ed are no nouns anyway.
  static constexpr std::string_view kPastVerbs[] = {
      "sold", "rose", "fell", "died", "left", "lost", "won", "made", "took", "gave", "got", "saw", "came",
      "went", "ran", "grew", "paid", "spent", "built", "bought", "held", "kept", "met", "led", "fled", "told",
      "felt", "sent", "brought", "began", "became", "stood", "wrote", "fought", "caught", "voted", "cast",
  };
  // clang-format on
  // Asked of many words: looked up by hash.
  static const std::unordered_set<std::string_view> kSet = [] {
    std::unordered_set<std::string_view> set(std::begin(kStop), std::end(kStop));
    set.insert(std::begin(kPastVerbs), std::end(kPastVerbs));
    return set;
  }();
  return kSet.count(w) > 0;
}

// Words that describe a counted noun without being it: "230 million new iPhones".
bool count_adjective(std::string_view w) {
  static constexpr std::string_view kAdjectives[] = {
      "new",    "old",        "weekly",   "monthly",   "daily",      "annual",    "yearly",
      "active", "additional", "paying",   "paid",      "registered", "unique",    "young",
      "former", "current",    "existing", "potential", "full-time",  "part-time", "extra",
      "more",   "fewer",      "other",    "american",  "global",     "local"};
  return one_of(w, kAdjectives);
}

}  // namespace

bool countable_noun(const Token& tok) {
  if (!tok.is_word() || tok.norm.size() < 2) return false;
  const std::string_view w = tok.norm;
  if (is_stop_word(w) || is_number_word(w) || month_number(w) || !duration_unit(w).empty()) return false;
  if (currency_noun(w) || currency_code(w)) return false;
  if (w.find('\'') != std::string::npos) return false;
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ly") || ends("ed") || ends("ing")) return false;
  for (char c : w)
    if (c >= '0' && c <= '9') return false;
  return true;
}

namespace {

// Reads what a figure with no unit counts.
class CountReader : public Reader {
 public:
  using Reader::Reader;

  // Counts ("230 million iPhones", "300 million weekly users", "a five-match series", "27 of 34
  // passes"), ages known by the words before ("aged 67"), or else a bare number.
  bool emit_count_or_number(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    if (age_before(scan_, f)) return emit(f, QuantityKind::age, "yr", k, 1, next);
    if (word(k, "bhk") && adjacent(t_[k - 1], t_[k]))
      return emit(f, QuantityKind::count, "bedroom", k + 1, 1, next);  // "2BHK": Indian listings
    const bool whole = (f.low == std::floor(f.low) && f.high == std::floor(f.high)) || f.number.scale > 1;
    const bool can_count = f.number.form != NumberForm::fraction && !f.number.negative;
    // "a five-match series", "a 4-door hatch", "one-bedroom flats"
    if (can_count && whole && !f.range && k + 1 < n && t_[k].is("-") && adjacent(t_[k - 1], t_[k]) &&
        adjacent(t_[k], t_[k + 1]) && countable_noun(t_[k + 1]) && !hyphen_modifier(t_[k + 1].norm))
      return emit(f, QuantityKind::count, t_[k + 1].norm, k + 2, 1, next);
    // "One rival report said": a spelled-out "one" is an article more often than a count; "a one-way
    // trip" and "€109 one way" are no quantity at all.
    const bool article = f.number.form == NumberForm::words && f.number.value == 1;
    if (article && !f.range &&
        ((k < n && t_[k].is("-") && k > 0 && adjacent(t_[k - 1], t_[k])) || word(k, "way") || word(k, "or"))) {
      next = k;
      return true;
    }
    // "6.8 per 100,000 people": the base of a rate is no figure of its own.
    if (f.first > 0 && word(f.first - 1, "per")) {
      const std::size_t noun = count_noun(k);
      next = noun ? noun + 1 : k;
      return true;
    }
    if (!can_count || article) return emit(f, QuantityKind::number, "", k, 1, next);
    // "27 of 34 passes", "6 of the 24 starters": the first counts what the second does.
    if (word(k, "of") && whole) {
      if (const std::size_t noun = noun_of_second(k + 1))
        return emit(f, QuantityKind::count, t_[noun].norm, k, 1, next);
    }
    // "500M+ views": a plus glued after the figure.
    const std::size_t from = k < n && t_[k].is("+") && adjacent(t_[k - 1], t_[k]) ? k + 1 : k;
    const std::size_t noun = count_noun(from);
    // A count is of whole things: "7.8 earthquake" is a magnitude; but "23.5 points" are counted, and
    // "0.7 goals per game" is an average of a count.
    const bool average = word(noun + 1, "per") || word(noun + 1, "a") || word(noun + 1, "each");
    if (noun && (whole || average || t_[noun].is("points") || t_[noun].is("point")))
      return emit(f, QuantityKind::count, counted(t_[noun].norm), noun + 1, 1, next);
    return emit(f, QuantityKind::number, "", k, 1, next);
  }

  // The noun a count names, its abbreviations of sport and property written out: "34 pts" counts points,
  // "3 bed" bedrooms.
  static std::string counted(const std::string& noun) {
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"pts", "points"}, {"reb", "rebounds"}, {"ast", "assists"},  {"blk", "blocks"},
        {"stl", "steals"}, {"bed", "bedroom"},  {"bath", "bathroom"}};
    for (const auto& [abbreviation, word] : kShort)
      if (noun == abbreviation) return std::string(word);
    return noun;
  }

  // The noun a figure at k counts, or 0: the last plural of up to four words that are nouns or
  // describe one ("three electric ferries", "47 cannabis plants", "1,132 speeding tickets"), or the
  // first noun when none is plural.
  std::size_t count_noun(std::size_t k) const {
    const std::size_t n = t_.size();
    // "six times the limit", "three times as much": a multiplier; "capped 41 times": a count.
    if (word(k, "times") && k + 1 < n && t_[k + 1].is_word() &&
        one_of(t_[k + 1].norm, {"the", "as", "more", "less", "higher", "lower", "larger", "bigger", "greater",
                                "that", "than", "its", "their", "what", "over"}))
      return 0;
    // Up to two describing words may stand before the noun: "300 million weekly users".
    std::size_t noun = k;
    while (noun < n && noun - k < 2 && t_[noun].is_word() && count_adjective(t_[noun].norm)) ++noun;
    // Plurals, and nouns that are their own plural ("97 cargo aircraft", "22 crew").
    const auto plural = [](const std::string& w) {
      static constexpr std::string_view kSame[] = {"aircraft",  "sheep",    "staff",  "people", "crew",
                                                   "deer",      "fish",     "cattle", "police", "personnel",
                                                   "livestock", "children", "men",    "women",  "species"};
      if (one_of(w, kSame)) return true;
      return w.size() > 3 && w.back() == 's' &&
             !(w.compare(w.size() - 2, 2, "ss") == 0 || w.compare(w.size() - 2, 2, "us") == 0 ||
               w.compare(w.size() - 2, 2, "is") == 0);
    };
    const auto modifier = [&](std::size_t m) {
      if (!t_[m].is_word()) return false;
      const std::string& w = t_[m].norm;
      return countable_noun(t_[m]) || (w.size() > 5 && (w.compare(w.size() - 3, 3, "ing") == 0 ||
                                                        w.compare(w.size() - 2, 2, "ed") == 0));
    };
    if (noun >= n || !modifier(noun)) return 0;
    // The last plural of the run: "23 Grand Slam singles titles" counts titles.
    std::size_t last_plural = 0;
    for (std::size_t m = noun; m < n && m < noun + 5; ++m) {
      // "24 dual-fuel vessels", "6 million hand-driven rivets": hyphens inside the run.
      if (t_[m].is("-") && m > noun && m + 1 < n && adjacent(t_[m - 1], t_[m]) && adjacent(t_[m], t_[m + 1]))
        continue;
      if (!modifier(m)) break;
      if (countable_noun(t_[m]) && plural(t_[m].norm)) last_plural = m;
      if (m > noun && !countable_noun(t_[m]) && !(m > 0 && t_[m - 1].is("-"))) break;
    }
    if (last_plural) return last_plural;
    return countable_noun(t_[noun]) ? noun : 0;
  }

  // After "of": an optional determiner or two, a number and the noun it counts ("the 24 starters", "her
  // last 9 matches"); the noun's index, or 0.
  std::size_t noun_of_second(std::size_t m) const {
    static constexpr std::string_view kDeterminers[] = {"the",  "its",   "his",   "her",   "their", "our",
                                                        "last", "first", "these", "those", "your",  "my"};
    for (int skip = 0; skip < 2 && m < t_.size() && t_[m].is_word() && one_of(t_[m].norm, kDeterminers);
         ++skip)
      ++m;
    if (m >= t_.size()) return 0;
    const auto second = parse_number(text_, t_, m);  // "27 of 34 passes", "two of the nine members"
    if (!second || second->scale != 1) return 0;
    return count_noun(second->last_token);
  }

  // Words after "N-" that describe rather than count: "one-off", "two-way", "three-time".
  static bool hyphen_modifier(std::string_view w) {
    static constexpr std::string_view kWords[] = {"off",    "way",  "sided", "fold", "time", "times", "odd",
                                                  "strong", "plus", "all",   "nil",  "up",   "down"};
    return one_of(w, kWords);
  }
};

}  // namespace

bool emit_count_or_number(Extraction& scan, const Figure& f, std::size_t& next) {
  return CountReader(scan).emit_count_or_number(f, next);
}

}  // namespace factcheck::quantities_detail
