// Counts ("230 million iPhones", "300 million weekly users", "a five-match series", "27 of 34 passes"),
// ages known only by the words before a figure ("aged 67"), and bare numbers: what a figure is when no
// unit, currency or percent sign follows it.
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

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
      "already", "because", "although", "though", "unless", "whereas", "despite", "amid", "overseas",
      "abroad", "nationwide", "worldwide", "domestically", "apiece", "altogether", "combined",
      "die", "once",  // "around 400 die each year", "200 once running"
  };
  // Verbs in the past that follow a figure ("1.2 million sold"); those in -ed are no nouns anyway.
  static constexpr std::string_view kPastVerbs[] = {
      "sold", "rose", "fell", "died", "left", "lost", "won", "made", "took", "gave", "got", "saw", "came",
      "went", "ran", "grew", "paid", "spent", "built", "bought", "held", "kept", "met", "led", "fled", "told",
      "felt", "sent", "brought", "began", "became", "stood", "wrote", "fought", "caught", "voted", "cast",
      // Verbs in -s that are no plural of a counted noun: "Gallery 7 reopens", "Android 15 arrives".
      "arrives", "reopens", "opens", "closes", "says", "comes", "becomes", "remains", "seems", "gets",
      "begins", "sits", "joins",
      // Small words of translated copy: "6 del", "2 und", "30 à", "2023 rund".
      "del", "und", "rund", "mit", "con", "les", "los", "las", "des", "une", "van", "het", "della", "al",
      "onwards", "upwards", "using", "being", "remain", "today", "tonight", "tomorrow", "yesterday", "de", "du", "di",
      "da", "et", "zu", "te", "weniger", "mehr", "meno", "menos", "moins", "minder",
      "\xC3\xA0",
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
      "more",   "fewer",      "other",    "american",  "global",     "local",     "free"};
  return one_of(w, kAdjectives);
}

}  // namespace

bool plural_noun(std::string_view w) {
  static constexpr std::string_view kSame[] = {"aircraft",  "sheep",    "staff",  "people", "crew",
                                               "deer",      "fish",     "cattle", "police", "personnel",
                                               "livestock", "children", "men",    "women",  "species"};
  if (one_of(w, kSame)) return true;
  return w.size() > 3 && w.back() == 's' &&
         !(w.compare(w.size() - 2, 2, "ss") == 0 || w.compare(w.size() - 2, 2, "us") == 0 ||
           w.compare(w.size() - 2, 2, "is") == 0);
}

std::size_t model_name_end(std::string_view text, const Tokens& t, std::size_t k) {
  std::size_t m = k;
  while (m < t.size() && m < k + 6 &&
         ((t[m].is_word() && has_capital(text, t[m])) || t[m].is_number() ||
          (t[m].is("-") && m > k && adjacent(t[m - 1], t[m]))))
    ++m;
  return m;
}

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
    const std::size_t k = f.end;
    if (age_before(scan_, f)) return emit(f, QuantityKind::age, "yr", k, 1, next);
    if (word(k, "bhk") && adjacent(t_[k - 1], t_[k]))
      return emit(f, QuantityKind::count, "bedroom", k + 1, 1, next);  // "2BHK": Indian listings
    const bool whole = (f.low == std::floor(f.low) && f.high == std::floor(f.high)) || f.number.scale > 1 ||
                       (!f.range && f.number.scale == 1 && f.number.form == NumberForm::digits &&
                        dot_thousands(f.number.first_token, QuantityKind::count, ""));  // "3.500 tents"
    // A fraction counts nothing, but a mixed number may score: "14½ points".
    const bool can_count =
        (f.number.form != NumberForm::fraction || (f.value > 1 && f.value != std::floor(f.value))) &&
        !f.number.negative;
    if (word_after(f, whole, can_count, next)) return true;
    // "One rival report said": a spelled-out "one" is an article more often than a count; "a one-way
    // trip" and "€109 one way" are no quantity at all.
    const bool article = f.number.form == NumberForm::words && f.number.value == 1;
    if (no_count_of_its_own(f, article, next)) return true;
    if (!can_count || article) return emit(f, QuantityKind::number, "", k, 1, next);
    if (whole && !f.range)
      if (const std::size_t noun = row_label(f))
        return emit(f, QuantityKind::count, counted(t_[noun].norm, f.value), k, 1, next);
    return emit_count(f, whole, next);
  }

  // The last word of a list row's label, when it is a plural and the figure ends the row after a gap
  // ("Pedal cyclists  87" counts pedal cyclists) or fills a cell of it ("Double faults | 5 | 8"). 0 when
  // the figure is no such row's.
  std::size_t row_label(const Figure& f) const {
    const std::size_t n = t_.size(), k = f.end, first = f.number.first_token;
    const auto same_line = [&](std::size_t a, std::size_t b) {
      return text_.substr(t_[a].end, t_[b].start - t_[a].end).find('\n') == std::string_view::npos;
    };
    if (first < 2 || (k < n && same_line(k - 1, k) && !t_[k].is("|"))) return 0;
    // Back over the row's other cells to its label.
    std::size_t p = first;
    bool piped = false;
    while (p > 1 && same_line(p - 1, p) &&
           (t_[p - 1].is("|") || t_[p - 1].is_number() || t_[p - 1].is("%"))) {
      piped = piped || t_[p - 1].is("|");
      --p;
    }
    const std::string_view gap = text_.substr(t_[first - 1].end, t_[first].start - t_[first - 1].end);
    if (!same_line(p - 1, p) ||
        (!piped && gap.find("  ") == std::string_view::npos && gap.find('\t') == std::string_view::npos))
      return 0;
    std::size_t start = p - 1;
    while (start > 0 && t_[start - 1].is_word() && same_line(start - 1, start)) --start;
    const bool line_opens = start == 0 || !same_line(start - 1, start);
    const std::size_t noun = p - 1;
    if (!line_opens || noun - start > 3 || !t_[noun].is_word() || !has_capital(text_, t_[start]) ||
        !plural(t_[noun].norm))
      return 0;
    return noun;
  }

  // The first steps of emit_count_or_number(), each true when it took the figure. What the word after
  // the figure makes of it: kilometres of a race ("a 5k run"), no figure ("zero-waste", "a six-figure
  // advance", "a five-star hotel"), or a count joined by a hyphen ("a five-match series").
  bool word_after(const Figure& f, bool whole, bool can_count, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    // "a 5k run", "20k bike", "the 10k parkrun": kilometres of a race, not thousands.
    if (f.number.scale == 1000 && !f.range && k > 0 && t_[k - 1].is("k") && adjacent(t_[k - 2], t_[k - 1]) &&
        k < n && t_[k].is_word() &&
        one_of(t_[k].norm, {"run", "runs", "race", "races", "parkrun", "bike", "ride", "swim", "walk", "loop",
                            "course", "route", "trail", "fun", "road", "relay"})) {
      Figure km = f;
      km.value = f.value / 1000;
      km.low = f.low / 1000;
      km.high = f.high / 1000;
      km.number.value = f.number.value / 1000;
      km.number.step = 1;
      km.number.scale = 1;
      return emit(km, QuantityKind::measure, "km", k, 1, next);
    }
    // "zero-waste", "zero-emission": a kind of thing, no figure.
    if (f.number.form == NumberForm::words && f.value == 0 && k + 1 < n && t_[k].is("-") &&
        adjacent(t_[k - 1], t_[k]) && adjacent(t_[k], t_[k + 1]) && t_[k + 1].is_word() &&
        !is_number_word(t_[k + 1].norm)) {  // not "three-nought-four"
      next = k + 2;
      return true;
    }
    // "a six-figure advance": a size of sum, no figure to check; "a five-star hotel": a class.
    if (k + 1 < n && t_[k].is("-") && adjacent(t_[k - 1], t_[k]) &&
        (word(k + 1, "figure") || word(k + 1, "figures") || word(k + 1, "star"))) {
      next = k + 2;
      return true;
    }
    // "a five-match series", "a 4-door hatch", "one-bedroom flats"
    if (can_count && whole && !f.range && k + 1 < n && t_[k].is("-") && adjacent(t_[k - 1], t_[k]) &&
        adjacent(t_[k], t_[k + 1]) && countable_noun(t_[k + 1]) && !hyphen_modifier(t_[k + 1].norm))
      return emit(f, QuantityKind::count, counted(t_[k + 1].norm, f.value), k + 2, 1, next);
    return false;
  }

  // A figure that counts nothing of its own: "one" as an article or a pronoun ("a one-way trip", "the
  // £95 one", "one of only 500 copies"), the base of a rate ("per 100,000"), a name ("Part Two"); or a
  // count of one ("one person died").
  bool no_count_of_its_own(const Figure& f, bool article, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    if (article && !f.range &&
        ((k < n && t_[k].is("-") && k > 0 && adjacent(t_[k - 1], t_[k])) || word(k, "way") ||
         word(k, "or"))) {
      next = k;
      return true;
    }
    // "the £95 one": a pronoun after a price.
    if (article && !scan_.mentions.empty() && scan_.mentions.back().kind == QuantityKind::money &&
        scan_.mentions.back().last_token == f.first) {
      next = k;
      return true;
    }
    // "$6.23 a dozen": the unit of a price, no figure of its own.
    if (f.number.form == NumberForm::words && f.first > 0 && word(f.first, "a") && !scan_.mentions.empty() &&
        scan_.mentions.back().kind == QuantityKind::money && scan_.mentions.back().last_token == f.first) {
      next = k;
      return true;
    }
    // "6.8 per 100,000 people": the base of a rate is no figure of its own.
    if (f.first > 0 && word(f.first - 1, "per") && !scan_.foreign()) {  // not Italian "per 12 piscine"
      const std::size_t noun = count_noun(k);
      next = noun ? noun + 1 : k;
      return true;
    }
    // "Dune: Part Two", "Take-Two": a number in words, capitalised after a capitalised word, is a name.
    if (f.number.form == NumberForm::words && name_in_words(f)) {
      next = k;
      return true;
    }
    // "map one", "day-one": the name of the first of a series; "one every 41 minutes": a rate's one.
    if (article && !f.range) {
      const std::size_t i = f.first;
      // "one of only 500 copies", "one for consolidation", "one to watch": the pronoun.
      if (word(k, "every") || word(k, "of") || word(k, "for") ||
          (word(k, "to") && !(k + 1 < n && (t_[k + 1].is_number() || cardinal_at(t_, k + 1) >= 0))) ||
          (i > 0 &&
           ((t_[i - 1].is("-") && adjacent(t_[i - 1], t_[i])) ||
            one_of(t_[i - 1].norm, {"map", "game", "day", "round", "set", "leg", "stage", "phase", "part",
                                    "year", "week", "season", "episode", "act", "chapter"})))) {
        next = k;
        return true;
      }
    }
    // "just ONE practice", "one interception", "one person died": a count of one; but "one adjuster said"
    // only picks someone out.
    if (article && !f.range) {
      const std::size_t noun = count_noun(k);
      static constexpr std::string_view kSaying[] = {"said",  "says",    "told",  "added", "warned",
                                                     "wrote", "claimed", "noted", "asked", "replied"};
      std::size_t verb = noun + 1;  // past the rest of the phrase: "one rival report said"
      while (noun && verb < n && verb < noun + 3 && t_[verb].is_word() && countable_noun(t_[verb]) &&
             !one_of(t_[verb].norm, kSaying))
        ++verb;
      // Not a verb after "one": "one taken to hospital", "one injured".
      const std::string& nw = noun ? t_[noun].norm : std::string();
      const bool participle =
          nw.size() > 3 && (nw.compare(nw.size() - 2, 2, "ed") == 0 ||
                            one_of(nw, {"taken", "given", "seen", "known", "done", "gone", "hidden", "stolen",
                                        "broken", "chosen", "driven", "beaten", "shaken", "thrown", "left"}));
      if (noun && !participle && verb < n && !one_of(t_[verb].norm, kSaying))
        return emit(f, QuantityKind::count, counted(t_[noun].norm, f.value), noun + 1, 1, next);
    }
    return false;
  }

  // The last step: a count of what follows ("27 of 34 passes", "120 head of cattle", "230 million
  // iPhones"), of what the sentence carries (carried()), or else a bare number.
  bool emit_count(const Figure& f, bool whole, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    // "27 of 34 passes", "6 of the 24 starters": the first counts what the second does.
    if (word(k, "of") && whole) {
      if (const std::size_t noun = noun_of_second(k + 1))
        return emit(f, QuantityKind::count, t_[noun].norm, k, 1, next);
    }
    // "120 head of cattle": the animals, not the heads.
    if (word(k, "head") && word(k + 1, "of") && k + 2 < n && t_[k + 2].is_word() &&
        countable_noun(t_[k + 2]) && whole)
      return emit(f, QuantityKind::count, t_[k + 2].norm, k + 3, 1, next);
    // "500M+ views", "3,000-plus services": a plus glued after the figure.
    std::size_t from = k < n && t_[k].is("+") && adjacent(t_[k - 1], t_[k]) ? k + 1 : k;
    if (from == k && k + 1 < n && t_[k].is("-") && t_[k + 1].is("plus") && adjacent(t_[k - 1], t_[k]) &&
        adjacent(t_[k], t_[k + 1]))
      from = k + 2;
    // "of which 1,930 use LEDs": the part of the count before, whatever words follow, unless a plural
    // comes right after the figure ("of which 1,930 lamps").
    if (!(from < n && countable_noun(t_[from]) && plural(t_[from].norm)))
      if (const QuantityMention* m = part_of(f)) return emit(f, QuantityKind::count, m->unit, k, 1, next);
    const std::size_t noun = count_noun(from);
    // A count is of whole things: "7.8 earthquake" is a magnitude; but "23.5 points" are counted, and
    // "0.7 goals per game" is an average of a count.
    const bool average =
        word(noun + 1, "per") || word(noun + 1, "a") || word(noun + 1, "an") || word(noun + 1, "each");
    // "Formula 1 teams": one, in digits, before a plural is part of a name.
    if (noun && f.value == 1 && !f.range && f.number.form == NumberForm::digits && f.number.scale == 1 &&
        plural(t_[noun].norm) && f.first > 0 && has_capital(text_, t_[f.first - 1])) {
      next = k;
      return true;
    }
    if (noun && (whole || average || t_[noun].is("points") || t_[noun].is("point")))
      return emit(f, QuantityKind::count, counted(t_[noun].norm, f.value), noun + 1, 1, next);
    if (!noun && carried(f, next)) return true;
    return emit(f, QuantityKind::number, "", k, 1, next);
  }

  // A bare figure that takes its unit from the sentence: from a figure it is set against ("from 1,812
  // students to 1,540", "2,000 rounds a day, against Russia's 10,000", "81.3 years for women and 76.9
  // for men"), or else from the noun its verb of change speaks of ("measles cases jumped to 42,200",
  // "jobless claims fell by 13,000 to 229,000").
  bool carried(const Figure& f, std::size_t& next) {
    if (f.range || f.number.negative || f.number.form == NumberForm::fraction) return false;
    // Not "30-fold", "five-yearly" (a word joined after it) nor "500 per 100 ml" (a rate).
    if (f.end < t_.size() &&
        ((t_[f.end].is("-") && adjacent(t_[f.end - 1], t_[f.end])) || word(f.end, "per")))
      return false;
    std::size_t j = f.first;
    // Hedges and a possessive owner before the figure: "Russia's 10,000", "up to about 60".
    for (int guard = 0; guard < 3 && j > 0; ++guard) {
      if (t_[j - 1].is_word() && one_of(t_[j - 1].norm, {"about", "some", "around", "roughly", "nearly",
                                                         "almost", "just", "only", "over", "under"})) {
        --j;
      } else if (j > 1 && t_[j - 1].is("'s") && t_[j - 2].is_word()) {
        j -= 2;
      } else {
        break;
      }
    }
    if (j == 0) return false;
    // "a crowd of 51,700", "a family of four", "the car seats seven", "14 of us", "the population reached
    // 60.2 million", "net migration fell to 431,000": people.
    if (people_before(j) || (word(f.end, "of") && word(f.end + 1, "us")) || population_before(j))
      return emit(f, QuantityKind::count, "people", f.end, 1, next);
    // "grew from 340 to 415 people": the noun of the figure it goes to.
    if (word(f.end, "to") && word(f.first - 1, "from")) {
      const auto to = parse_number(text_, t_, f.end + 1);
      // ("from 120,000 to 135,000 tonnes": the unit of measure it goes to.)
      if (to && to->scale == f.number.scale && !to->negative)
        if (const auto unit = measure_at(scan_, to->last_token))
          return emit(f, QuantityKind::measure, unit->first, f.end, 1, next);
      if (to && to->scale == f.number.scale && !to->negative)
        if (const std::size_t noun = count_noun(to->last_token); noun && plural(t_[noun].norm))
          return emit(f, QuantityKind::count, t_[noun].norm, f.end, 1, next);
    }
    // "1.1 million of them", "of which 13,700", "of whom 40": the noun of the figure before.
    if (const QuantityMention* m = part_of(f)) return emit(f, QuantityKind::count, m->unit, f.end, 1, next);
    if (const QuantityMention* m = set_against(j - 1, f)) {
      if (m->kind == QuantityKind::count) return emit(f, QuantityKind::count, m->unit, f.end, 1, next);
      return emit(f, m->kind, m->unit, f.end, 1, next);
    }
    if (f.value != std::floor(f.value) && f.number.scale == 1) return false;
    const std::size_t noun = subject_of_change(f.first);
    if (noun == kNone) return false;
    return emit(f, QuantityKind::count, t_[noun].norm, f.end, 1, next);
  }

  // True when the words before token j say the figure from j on counts people: "a crowd of", "an
  // attendance of", "a family of", "seats", "sleeps".
  bool people_before(std::size_t j) const {
    if (j >= 2 && word(j - 1, "of") &&
        one_of(t_[j - 2].norm, {"crowd", "attendance", "family", "household", "party", "gathering",
                                "congregation", "workforce", "headcount"}))
      return true;
    return one_of(t_[j - 1].norm, {"seats", "sleeps", "seating", "sleeping"}) &&
           !(j >= 2 && t_[j - 2].is_word() && one_of(t_[j - 2].norm, {"the", "of", "his", "her", "its"}));
  }

  // "population" or "migration" earlier in the clause, with no other figure between.
  bool population_before(std::size_t j) const {
    for (std::size_t k = j; k > 0 && j - k < 12; --k) {
      const Token& p = t_[k - 1];
      if (p.is(".") || p.is(";") || p.is(",") || p.is_number()) return false;
      if (p.is_word() && one_of(p.norm, {"migration", "immigration", "emigration"})) return true;
      // A place's population, not a species': "the population of England", "Japan's population", "the UK
      // population", not "the kakapo population".
      if (word(k - 1, "population")) {
        const std::size_t b = k - 1;
        const bool of_place =
            word(b + 1, "of") && b + 2 < t_.size() && t_[b + 2].is_word() && has_capital(text_, t_[b + 2]);
        std::size_t q = b;
        const bool possessive = q > 0 && t_[q - 1].is("'s");
        if (possessive) --q;
        const bool place_before = q > 0 && t_[q - 1].is_word() && has_capital(text_, t_[q - 1]) &&
                                  (possessive || !(q == 1 || t_[q - 2].is(".")));
        // Or people of a kind: "the prison population", "the student population".
        const bool of_people =
            b > 0 && t_[b - 1].is_word() &&
            one_of(t_[b - 1].norm, {"prison", "jail", "inmate", "student", "pupil", "school", "adult",
                                    "urban", "rural", "refugee", "homeless", "migrant"});
        return of_place || place_before || of_people;
      }
    }
    return false;
  }

  // The count a figure is part of: "3.1 million parcels, 1.1 million of them", "73,334 devices, of which
  // 13,700", "2,900 people, of whom 40"; the figure before in the sentence, or nullptr.
  const QuantityMention* part_of(const Figure& f) const {
    const bool them = word(f.end, "of") && (word(f.end + 1, "them") || word(f.end + 1, "those"));
    const bool which = f.first >= 2 && word(f.first - 1, "which") && word(f.first - 2, "of");
    const bool whom = f.first >= 2 && word(f.first - 1, "whom") && word(f.first - 2, "of");
    if (!them && !which && !whom) return nullptr;
    auto last = scan_.mentions.rbegin();
    while (last != scan_.mentions.rend() && last->kind == QuantityKind::date) ++last;
    if (last == scan_.mentions.rend() || last->kind != QuantityKind::count || f.first - last->last_token > 12)
      return nullptr;
    for (std::size_t k = last->last_token; k < f.first; ++k)
      if (t_[k].is(".") || t_[k].is(";") || t_[k].is("?") || t_[k].is("!")) return nullptr;
    return last->value >= f.value ? &*last : nullptr;
  }

  // The figure before token c, when the word at c sets the figure after it against that one: "to",
  // "from" after "up" or "down", "against", "versus", "and", "than", "of" after "compared with". The
  // earlier figure is in the same clause, counts a noun or is a measure, a duration or an age, and is
  // within twenty times the later one.
  const QuantityMention* set_against(std::size_t c, const Figure& f) const {
    if (!t_[c].is_word()) return nullptr;
    // The last figure before, dates aside: "from 1,812 students in 2019 to 1,540".
    auto last = scan_.mentions.rbegin();
    while (last != scan_.mentions.rend() && last->kind == QuantityKind::date) ++last;
    if (last == scan_.mentions.rend()) return nullptr;
    const QuantityMention& m = *last;
    if (m.last_token > c || c - m.last_token > 12) return nullptr;
    if (m.kind != QuantityKind::count && m.kind != QuantityKind::measure &&
        m.kind != QuantityKind::duration && m.kind != QuantityKind::age)
      return nullptr;
    for (std::size_t k = m.last_token; k < c; ++k)
      if (t_[k].is(".") || t_[k].is(";") || t_[k].is(":") || t_[k].is("?") || t_[k].is("!")) return nullptr;
    const std::string& w = t_[c].norm;
    bool compared = false;
    for (std::size_t k = m.last_token; k + 1 < c && !compared; ++k)
      compared = word(k, "compared") && (word(k + 1, "with") || word(k + 1, "to"));
    const bool joined = one_of(w, {"to", "against", "versus", "vs", "and", "than"}) ||
                        (w == "from" && c > 0 && (word(c - 1, "up") || word(c - 1, "down"))) ||
                        (w == "of" && compared);
    if (!joined) return nullptr;
    // "to" only after "from" the earlier figure ("slid from 1,812 students in 2019 to 1,540"), or "by" it
    // ("fell by 312 students this year, to 4,870").
    if (w == "to" &&
        !(m.first_token > 0 && (word(m.first_token - 1, "from") || word(m.first_token - 1, "by"))))
      return nullptr;
    if (m.value <= 0 || f.value <= 0 || m.value > 20 * f.value || f.value > 20 * m.value) return nullptr;
    return &m;
  }

  // The plural noun a verb of change before the figure at i speaks of, or kNone: "Dengue infections in
  // Bangladesh passed 300,000", "Layoffs across the games industry topped 10,500", "vacancies fell by
  // 12,000 to 898,000". Not a noun a figure measures rather than counts ("prices rose to 450").
  std::size_t subject_of_change(std::size_t i) const {
    static constexpr std::string_view kVerbs[] = {
        "rose",     "fell",      "jumped",  "slid",     "climbed",  "passed",  "topped",   "reached",
        "hit",      "dropped",   "grew",    "declined", "surged",   "soared",  "plunged",  "tumbled",
        "slipped",  "increased", "doubled", "tripled",  "totalled", "totaled", "numbered", "exceeded",
        "revised",  "eased",     "rises",   "falls",    "jumps",    "passes",  "tops",     "reaches",
        "increase", "decreased", "shrank",  "sank",     "swelled",  "stood",   "number"};
    static constexpr std::string_view kMeasured[] = {
        "prices",  "rates",    "levels",  "numbers",  "figures",      "totals",  "values",
        "costs",   "earnings", "profits", "wages",    "rents",        "yields",  "shares",
        "stocks",  "scores",   "ratings", "readings", "speeds",       "sizes",   "weights",
        "heights", "lists",    "sales",   "revenues", "temperatures", "indices", "counts"};
    // The verb: the nearest before the figure in its clause, at most eight tokens back.
    std::size_t v = i;
    for (std::size_t k = i; k > 0 && i - k < 8; --k) {
      const Token& tk = t_[k - 1];
      if (tk.kind == TokenKind::punct && !tk.is("-")) return kNone;
      if (tk.is_word() && one_of(tk.norm, kVerbs)) {
        v = k - 1;
        break;
      }
    }
    if (v == i) return kNone;
    std::size_t s = v;
    while (s > 0 && t_[s - 1].is_word() &&
           one_of(t_[s - 1].norm, {"was", "were", "has", "have", "had", "been"}))
      --s;
    // The noun right before, or before a phrase in "in", "across", "for", "among" of up to four words.
    std::size_t noun = kNone;
    if (s > 0 && plural_count_noun(s - 1)) {
      noun = s - 1;
    } else {
      for (std::size_t k = s; k > 1 && s - k < 5; --k) {
        if (!t_[k - 1].is_word()) break;
        if (one_of(t_[k - 1].norm, {"in", "across", "for", "among", "at"})) {
          if (plural_count_noun(k - 2)) noun = k - 2;
          break;
        }
      }
    }
    if (noun == kNone || one_of(t_[noun].norm, kMeasured)) return kNone;
    return noun;
  }
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  bool plural_count_noun(std::size_t k) const {
    return k < t_.size() && countable_noun(t_[k]) && plural(t_[k].norm) &&
           (!has_capital(text_, t_[k]) || k == 0 || t_[k - 1].is(".") || has_capital(text_, t_[k - 1]));
  }

  // "Part Two", "Take-Two": a capitalised number word after a capitalised word, or glued to one by a
  // hyphen.
  bool name_in_words(const Figure& f) const {
    const std::size_t i = f.first;
    if (i == 0 || f.end != i + 1) return false;
    // "sub-zero temperatures": a prefix joined to the word.
    if (t_[i - 1].is("-") && adjacent(t_[i - 1], t_[i]) && i > 1 &&
        one_of(t_[i - 2].norm, {"sub", "non", "near", "above", "below"}))
      return true;
    if (!has_capital(text_, t_[i])) return false;
    // "the Six Nations": a capitalised number word before a capitalised word, not first in its sentence.
    if (f.end < t_.size() && t_[f.end].is_word() && has_capital(text_, t_[f.end]) && !t_[i - 1].is(".") &&
        !t_[i - 1].is(":") &&
        !(t_[i - 1].is_word() && has_capital(text_, t_[i - 1]) && !t_[i - 1].is("the")) &&
        !scan_.shouting() &&
        // "Cut to Four Nights a Week": every word of a headline in title case has capitals; "the Six
        // Nations" is still a name there.
        (!scan_.title_case() || t_[i - 1].is("the")))
      return true;
    std::size_t p = i - 1;
    if (t_[p].is("-") && p > 0 && adjacent(t_[p - 1], t_[p]) && adjacent(t_[p], t_[i])) --p;
    if (!t_[p].is_word() || !has_capital(text_, t_[p])) return false;
    // In a headline all in capitals every word has them: "RESCUES TWO WALKERS" counts walkers; but "DAY
    // ZERO", "PART TWO" are names still.
    if (scan_.shouting() && p == i - 1 &&
        !one_of(t_[p].norm, {"day", "part", "chapter", "act", "round", "phase", "stage", "episode", "season",
                             "game", "leg", "set", "series", "book", "volume", "level", "gen", "generation"}))
      return false;
    // Not the first word of a sentence before it: "Today Two firms" is rare, "Two" after a full stop common.
    return p > 0 && !t_[p - 1].is(".") && !t_[p - 1].is(":");
  }

  // Plurals, and nouns that are their own plural ("97 cargo aircraft", "22 crew").
  static bool plural(const std::string& w) { return plural_noun(w); }

  // The noun a count names, its abbreviations of sport and property written out: "34 pts" counts points,
  // "3 bed" bedrooms.
  static std::string counted(const std::string& noun, double value) {
    if (noun == "bed" && value > 8) return noun;  // "a 1,000-bed hospital": beds, not bedrooms
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
    // A headline's figure counts nothing of the next paragraph: "rise 17pc to 2.38 million", a blank
    // line, "Ngong Tau Zoological Gardens welcomed".
    // Nor a list's next line that opens in capitals: "Capex 189m\nFCF 121m".
    if (k > 0 && k < n) {
      const auto breaks = std::count(text_.begin() + static_cast<std::ptrdiff_t>(t_[k - 1].end),
                                     text_.begin() + static_cast<std::ptrdiff_t>(t_[k].start), '\n');
      if (breaks >= 2 || (breaks == 1 && has_capital(text_, t_[k]))) return 0;
    }
    // "Braemar 22 Tomintoul 19": in a table's rows a capital after the figure starts the next row.
    if (k < n && t_[k].is_word() && has_capital(text_, t_[k]) && scan_.in_table(k)) return 0;
    // "six times the limit", "three times as much": a multiplier; "capped 41 times": a count.
    if (word(k, "times") && k + 1 < n && t_[k + 1].is_word() &&
        one_of(t_[k + 1].norm, {"the", "as", "more", "less", "higher", "lower", "larger", "bigger", "greater",
                                "that", "than", "its", "their", "what", "over"}))
      return 0;
    // A model's name between the figure and the plural it counts: "126 F-35 jets", "105 Leopard 2A8
    // tanks", "97 Tejas Mk1A fighters".
    if (k < n && t_[k].is_word() && has_capital(text_, t_[k])) {
      const std::size_t m = model_name_end(text_, t_, k);
      const bool coded = [&] {
        for (std::size_t q = k; q < m; ++q)
          if (t_[q].is_number() || (q > k && t_[q].is_word() && adjacent(t_[q - 1], t_[q]))) return true;
        return false;
      }();
      if (coded && m < n && t_[m].is_word() && !has_capital(text_, t_[m]) && countable_noun(t_[m]) &&
          plural(t_[m].norm))
        return m;
    }
    // Up to two describing words may stand before the noun: "300 million weekly users", and an adverb
    // before one: "120 fully funded scholarships". In a text not in English, past the word for "of"
    // after a scale: "1,7 milioni di numeri civici", "2,5 milhões de clientes".
    std::size_t noun = k;
    if (k < n && k > 0 && t_[k - 1].is_word() && foreign_scale(t_[k - 1].norm) > 0 && scan_.foreign() &&
        (word(k, "di") || word(k, "de")))
      noun = k + 1;
    while (noun < n && noun - k < 2 && t_[noun].is_word() &&
           (count_adjective(t_[noun].norm) || adverb_before_adjective(noun)))
      ++noun;
    const auto modifier = [&](std::size_t m) {
      if (!t_[m].is_word()) return false;
      const std::string& w = t_[m].norm;
      return countable_noun(t_[m]) || (w.size() > 4 && (w.compare(w.size() - 3, 3, "ing") == 0 ||
                                                        w.compare(w.size() - 2, 2, "ed") == 0));
    };
    if (noun >= n || !modifier(noun)) return 0;
    // The last plural of the run: "23 Grand Slam singles titles" counts titles. In a text not in English
    // the first: "3 200 clients lésés", "1.250 clientes minoristas" put the describing word after.
    // In a headline in capitals the verb has them too: "Study of 13,000 Infants Finds".
    // (Whether the text is such a headline is asked only when the word after the figure has a capital.)
    const bool first_plural = scan_.foreign() || (noun < n && has_capital(text_, t_[noun]) &&
                                                  (scan_.title_case() || scan_.shouting()));
    std::size_t last_plural = 0;
    for (std::size_t m = noun; m < n && m < noun + 5; ++m) {
      // "24 dual-fuel vessels", "6 million hand-driven rivets": hyphens inside the run.
      if (t_[m].is("-") && m > noun && m + 1 < n && adjacent(t_[m - 1], t_[m]) && adjacent(t_[m], t_[m + 1]))
        continue;
      if (!modifier(m)) break;
      // "4 HDMI ports costs £899", "a family of four pays £1,800": a verb in -s, not the noun.
      if (verb_in_s(m, m > noun && plural(t_[m - 1].norm)))
        return last_plural ? last_plural : (m > noun && countable_noun(t_[noun]) ? noun : 0);
      if (countable_noun(t_[m]) && plural(t_[m].norm)) {
        last_plural = m;
        if (first_plural) break;
      }
      // In a text not in English the plural is not told by its "s": the first noun ("55.500 zitplaatsen"),
      // and a German noun, capitalised, right after the figure ("1.200 Stellen sollen", "640 Teilnehmer
      // aus").
      if (first_plural && countable_noun(t_[m]) &&
          (!has_capital(text_, t_[m]) || (m == k && scan_.foreign())))
        return m;
      // A participle between describing words and the plural: "73,334 public charging devices".
      const bool participle = m + 1 < n && !plural(t_[m - 1].norm) && t_[m + 1].is_word() &&
                              countable_noun(t_[m + 1]) && plural(t_[m + 1].norm);
      if (m > noun && !countable_noun(t_[m]) && !(m > 0 && t_[m - 1].is("-")) && !participle) break;
    }
    if (last_plural) return last_plural;
    return countable_noun(t_[noun]) ? noun : 0;
  }

  // A word in -s that an amount of money or a possessive follows is the verb of the clause, after a
  // plural (`after_plural`: "4 HDMI ports costs £899", "six authors receives £2,500") or when it is a verb
  // of paying ("a family of four pays £1,800"); not "pays its 300 workers £12".
  bool verb_in_s(std::size_t m, bool after_plural) const {
    const std::string& w = t_[m].norm;
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == 'u' ||
        m + 1 >= t_.size())
      return false;
    if (!after_plural && !one_of(w, {"pays", "costs", "earns", "receives", "gets", "owes", "spends",
                                     "charges", "saves", "loses", "wins", "needs", "takes"}))
      return false;
    if (t_[m + 1].is_word() && one_of(t_[m + 1].norm, {"its", "their", "his", "her", "our", "your", "my"}))
      return true;
    // "16 paracetamol tablets costs 45p": a figure right after the verb.
    if (after_plural && t_[m + 1].is_number()) return true;
    return currency_before(scan_.currency_hints, text_, t_, m + 1).has_value() && m + 2 < t_.size() &&
           t_[m + 2].is_number();
  }

  // "fully funded", "newly built": a word in -ly before a word in -ed or -ing.
  bool adverb_before_adjective(std::size_t k) const {
    const std::string& w = t_[k].norm;
    if (w.size() < 5 || w.compare(w.size() - 2, 2, "ly") != 0 || k + 1 >= t_.size() || !t_[k + 1].is_word())
      return false;
    const std::string& a = t_[k + 1].norm;
    return a.size() > 4 && (a.compare(a.size() - 2, 2, "ed") == 0 || a.compare(a.size() - 3, 3, "ing") == 0);
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
    static constexpr std::string_view kWords[] = {"off",   "way",  "sided",  "fold",   "time", "star",
                                                  "times", "odd",  "strong", "plus",   "all",  "nil",
                                                  "up",    "down", "figure", "figures"};
    return one_of(w, kWords);
  }
};

}  // namespace

bool emit_count_or_number(Extraction& scan, const Figure& f, std::size_t& next) {
  return CountReader(scan).emit_count_or_number(f, next);
}

}  // namespace factcheck::quantities_detail
