// Internal to core/quantities: what the files of extract_quantities() (quantities.hpp) share. Each
// file reads one kind of quantity, with its own tables, in a reader class of its own; they share the
// state of the scan (Extraction) and the helpers every reader builds on (Reader):
//   quantities.cpp   the scan over the tokens (Extractor), ranges, orders of magnitude, and the
//                    comparators before a figure ("nearly", "more than")
//   counts.cpp       counts ("230 million iPhones"), ages told by the words before, bare numbers
//   money.cpp        money ("$14 billion", "50 cents"), whose "$" by the places named, cents
//   currencies.cpp   currency signs, codes and nouns ("$", "usd", "swiss francs")
//   measures.cpp     measures after a figure ("330 metres", "1.2 GW", "-4°C", "6ft 5in")
//   measure_units.cpp  the units of measure and their codes, read at a token ("metres", "sq ft", "°C")
//   durations.cpp    durations ("four years", "2 hours 48 minutes", "3:49.04") and ages ("a 15-year-old")
//   identifiers.cpp  digits that are no quantity: clock times, scores, codes, addresses, years
//   identifier_names.cpp  names and labels with digits ("iPhone 15", "Route 40"), for identifiers.cpp
//   dates.cpp        dates ("Jan. 23, 2025", "FY2025", "in 2030", "last year") and their comparators
//   percentages.cpp  percentages and percentage points ("40%", "per cent of", "50 basis points")
//   keys.cpp         figures after a configuration file's key ("revenue_gbp_m: 212.6")
// The readers live in anonymous namespaces with their functions defined in the class: the scan runs at
// every token, and so the steps of a reader, private to its file, compile into the one function that
// the scan calls there. The one reader too long for a file, of identifiers, is declared in
// identifiers.hpp and defined in its two files.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/comparator.hpp"
#include "quantities/numbers.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
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

// "st", "nd", "rd" or "th" is the ordinal suffix of these digits: "1st", "22nd", "13th", not "15st".
inline bool ordinal_suffix_fits(std::string_view digits, std::string_view suffix) {
  if (digits.empty()) return false;
  const char last = digits.back();
  const bool teen = digits.size() >= 2 && digits[digits.size() - 2] == '1';
  if (suffix == "th") return true;  // "4th", and "1th" is a typo worth passing over too
  if (teen) return false;
  return (suffix == "st" && last == '1') || (suffix == "nd" && last == '2') ||
         (suffix == "rd" && last == '3');
}

// The token has a capital letter: "Boeing", "iPhone", "FTSE".
// Whether `hit` holds for a token at most `back` tokens before k or `ahead` after it, without crossing the
// end of k's sentence (".", ";", "!"): "boat" near "9nm", a price near "a barrel of".
template <typename Hit>
bool in_sentence_near(const Tokens& t, std::size_t k, std::size_t back, std::size_t ahead, Hit hit) {
  const auto stop = [&](std::size_t m) { return t[m].is(".") || t[m].is(";") || t[m].is("!"); };
  for (std::size_t m = k; m > 0 && k - m < back && !stop(m - 1); --m)
    if (hit(t[m - 1])) return true;
  for (std::size_t m = k + 1; m < t.size() && m <= k + ahead && !stop(m); ++m)
    if (hit(t[m])) return true;
  return false;
}

inline bool has_capital(std::string_view text, const Token& tok) {
  for (std::size_t k = tok.start; k < tok.end; ++k)
    if (text[k] >= 'A' && text[k] <= 'Z') return true;
  return false;
}

// The token as written in the text.
inline std::string_view raw(std::string_view text, const Token& tok) {
  return text.substr(tok.start, tok.end - tok.start);
}

// ---- currencies.cpp ----------------------------------------------------------------------------

struct Currency {
  std::string iso;
  double factor = 1;        // 0.01 for cents and pence
  bool by_context = false;  // "$", "dollars", "cents", "¥": the country is read from the text around
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

// What a text says once for the currencies read by its words ("Le 12" where the text names Freetown, "K18
// million" where it names Papua New Guinea): each answer found on first asking and kept, so that a text
// of a million "Le 12"s is searched once, not once per figure (currencies.cpp).
class CurrencyHints {
 public:
  enum Question {
    sierra_leone,    // "Sierra Leone", "Freetown", "leone"
    malawi,          // "Malawi", "Lilongwe", "Blantyre", "kwacha"
    bosnia,          // "Bosnia", "Sarajevo", "Banja Luka", "marka", "maraka"
    kina,            // "kina", "Papua", "PNG"
    malawi_name,     // "Malawi" alone (a bare "K")
    botswana,        // "pula", "Botswana", "Gaborone"
    philippines,     // "Philippine", "Manila", "peso"
    bahamas,         // "Bahamas", "Bahamian", "Nassau"
    gambia,          // "Gambia", "Banjul", "dalasi" (a "D12.5 million")
    honduras,        // "Honduras", "Tegucigalpa", "lempira" (an "L45 million")
    nicaragua,       // "Nicaragua", "Managua", "córdoba" (a "C$")
    uganda,          // "Uganda", "Kampala", "Ugandan" (a "Sh" that is not Kenyan)
    tanzania,        // "Tanzania", "Dar es Salaam", "Dodoma"
    mozambique,      // "Mozambique", "Moçambique", "Maputo", "Beira", "metical" (a "79 milhões de MT")
    tunisia,         // "Tunisia", "Tunis", "Sfax", "Sousse" (a "3,4 MD", million dinars)
    jordan,          // "Jordan", "Amman", "Aqaba", "Irbid" (dinars)
    central_africa,  // "Cameroon", "Gabon", "Chad", "Brazzaville", "Bangui" (the CFA franc of XAF)
    drc,             // "Kinshasa", "DRC", "RDC", "Lubumbashi", "Kananga" (a "FC", the Congolese franc)
    iraq,            // "Iraq", "Baghdad", "Erbil", "Sulaymaniyah" (dinars)
    libya,           // "Libya", "Tripoli", "Benghazi" (dinars, an "LD 310,000")
    algeria,         // "Algeria", "Algiers", "Oran" (dinars)
    kuwait,          // "Kuwait" (dinars)
    lebanon,         // "Lebanon", "Beirut" (an "LL 450,000", lira)
    venezuela,       // "Venezuela", "Caracas" (a "Bs. 1.200", the bolívar)
    seychelles,      // "Seychelles", "Mahé", "Praslin" (an "SR 150", rupees)
    liberia,         // "Liberia", "Monrovia" (an "L$ 2,500")
    le_sum,          // "Le" before a decimal sum somewhere: "Le 4.50"
    mk_sum,          // "MK1.2"
    km_sum,          // "KM 3.9"
    kQuestions
  };
  explicit CurrencyHints(std::string_view text) : text_(text) { answers_.fill(-1); }
  bool says(Question q);

 private:
  std::string_view text_;
  std::array<signed char, kQuestions> answers_{};
};

// The dinar a text means by "dinars": Tunisia's, Jordan's, Iraq's, Libya's, Algeria's or Kuwait's where it
// names the country or a city of it, else Serbia's (the checker reads a bare dinar in the sources' own too).
std::string local_dinar(CurrencyHints& hints);

// "48,6 miliona KM": the Bosnian mark in capitals after an amount, where the text names Bosnia, its cities
// or the mark, or a scale stands before the letters ("km" is kilometres).
std::optional<CurrencyMatch> marks_after(CurrencyHints& hints, std::string_view text, const Tokens& t,
                                         std::size_t k);

// A currency written before a number, starting at k: "$", "US$", "us $", "c $", "HK$", "u.s $", "€",
// "USD".
std::optional<CurrencyMatch> currency_before(CurrencyHints& hints, std::string_view text, const Tokens& t,
                                             std::size_t k);

// ---- measure_units.cpp -------------------------------------------------------------------------

class Extraction;

// A unit of measure at k ("metres", "sq ft", "°C", "km/h", "-litre"); returns its code (model/units.hpp)
// and the end token, or nothing.
std::optional<std::pair<std::string, std::size_t>> measure_at(Extraction& scan, std::size_t k);

// ---- durations.cpp -----------------------------------------------------------------------------

// A unit of time written as a word: its code and how many of them one word makes ("years" -> "yr" 1,
// "decades" -> "yr" 10, "hrs" -> "h" 1); nothing for any other word.
struct TimeUnit {
  std::string_view code;
  double factor = 1;
};
std::optional<TimeUnit> time_unit(std::string_view w);

// The code of a duration word ("years" -> "yr", "hrs" -> "h"), or "".
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
  if (start == 0 || t[start - 1].kind != TokenKind::word) return 0;
  const std::string_view last = t[start - 1].norm;
  std::size_t best = 0;
  for (const Phrase& p : phrases) {
    std::size_t len = 0;
    while (len < 4 && !p.words[len].empty()) ++len;
    if (len > start || len <= best || p.words[len - 1] != last) continue;  // the last word first
    bool ok = true;
    for (std::size_t k = 0; k + 1 < len && ok; ++k) ok = word_at(t, start - len + k, p.words[k]);
    if (ok) {
      best = len;
      out = p.comparator;
    }
  }
  return best;
}

// The words a table's phrases end with. match_before() is asked for every mention, and most have
// none of these words right before them: one look-up tells so.
class PhraseEnds {
 public:
  template <std::size_t N>
  explicit PhraseEnds(const Phrase (&phrases)[N]) {
    for (const Phrase& p : phrases) {
      std::size_t len = 0;
      while (len < 4 && !p.words[len].empty()) ++len;
      if (len > 0) words_.insert(p.words[len - 1]);
    }
  }
  // Whether a phrase of the table may end right before token `start`.
  bool before(const Tokens& t, std::size_t start) const {
    return start > 0 && t[start - 1].kind == TokenKind::word && words_.count(t[start - 1].norm) > 0;
  }

 private:
  std::unordered_set<std::string_view> words_;
};

// The state of one scan over a text's tokens, shared by the readers.
// The tokens that name a place, each with the currency of the place ("Perth" -> "AUD"), or "home" for the
// places that keep "$", rupees and pesos as they are ("American", "India", "US", "U.S."); returns whether
// any is not home (money.cpp).
bool find_places(std::string_view text, const Tokens& tokens,
                 std::vector<std::pair<std::size_t, std::string_view>>& places);

// The end of a model's name that starts at k: capitalised words, digits and hyphens glued between them, at
// most six tokens ("F-35", "Leopard 2A8", "AH-64E").
std::size_t model_name_end(std::string_view text, const Tokens& t, std::size_t k);

// A plural a count may name: "jets", and nouns that are their own plural ("aircraft", "staff") (counts.cpp).
bool plural_noun(std::string_view w);

class Extraction {
 public:
  Extraction(std::string_view text, const Tokens& tokens)
      : text(text), tokens(tokens), currency_hints(text) {}

  // currency_before() at token k. try_order() and try_quantity() both ask at each token: the last
  // answer is kept.
  const std::optional<CurrencyMatch>& currency_at(std::size_t k) {
    if (k != currency_token_) {
      currency_ = currency_before(currency_hints, text, tokens, k);
      currency_token_ = k;
    }
    return currency_;
  }

  // Whether the text speaks of degrees Fahrenheit anywhere ("°F", "Fahrenheit"): then a bare "degrees"
  // is Fahrenheit, else Celsius. Asked only when a bare "degrees" is read.
  bool fahrenheit_text() {
    if (fahrenheit_ < 0) {
      fahrenheit_ = 0;
      for (std::size_t k = 0; k < tokens.size() && !fahrenheit_; ++k) {
        const std::string& w = tokens[k].norm;
        // "Fahrenheit", "°F", "104F", "90 degrees F"
        if (w == "fahrenheit" || w == "farenheit" ||
            (w == "f" && k > 0 &&
             (tokens[k - 1].is("\xC2\xB0") ||
              ((tokens[k - 1].is("degrees") || tokens[k - 1].is("degree")) && text[tokens[k].start] == 'F') ||
              (tokens[k - 1].is_number() && adjacent(tokens[k - 1], tokens[k]) &&
               text[tokens[k].start] == 'F'))))
          fahrenheit_ = 1;
      }
    }
    return fahrenheit_ == 1;
  }

  // Whether the text is not in English (in_english() of its first 400 tokens, enough to tell a language:
  // "La Ferrari ha completato 1.250 km"), where a full stop between digits groups thousands, a noun's
  // describing words come after it and "per" is "for".
  bool foreign() {
    if (foreign_ < 0) {
      const std::size_t end = std::min<std::size_t>(tokens.size(), 400);
      foreign_ = in_english(text, tokens, Sentence{0, end ? tokens[end - 1].end : 0, 0, end}) ? 0 : 1;
    }
    return foreign_ == 1;
  }

  // Whether the text writes decimals with a comma anywhere ("12,4 %", "71,34 seconds", "18,7 Mio."): a
  // comma with one or two digits after it, between digits. Asked only of "2.500"-like digits.
  bool comma_decimals() {
    if (comma_decimals_ < 0) {
      comma_decimals_ = 0;
      for (const Token& tok : tokens) {
        if (!tok.is_number()) continue;
        const std::string& d = tok.norm;
        const std::size_t c = d.rfind(',');
        if (c != std::string::npos && c > 0 && d.find('.') == std::string::npos &&
            (d.size() - c - 1 == 1 || d.size() - c - 1 == 2)) {
          comma_decimals_ = 1;
          break;
        }
      }
    }
    return comma_decimals_ == 1;
  }

  // The tokens that name a place of money.cpp's list ("US" in capitals and "U.S." as "home"), in order,
  // with the code of the place's currency: found once per text, when a "$", a rupee or a peso first asks.
  const std::vector<std::pair<std::size_t, std::string_view>>& places() {
    if (!places_found_) {
      places_found_ = true;
      abroad_ = find_places(text, tokens, places_);
    }
    return places_;
  }

  // Whether the text is written in capitals ("3 CARS RECALLED", "55-LITRE TANK"): most of its words of
  // three letters or more have no lower-case letter. Names in capitals tell nothing there.
  bool shouting() {
    if (shouting_ < 0) read_case();
    return shouting_ == 1;
  }

  // Whether the text is a headline in title case ("Ruling Party Loses 214 Councillors"): nearly every word of
  // four letters or more starts with a capital. Capitals tell no name there either.
  bool title_case() {
    if (title_case_ < 0) read_case();
    return title_case_ == 1;
  }

  // Whether places() found a place whose currency is not the default one.
  bool abroad() const { return abroad_; }

  const std::string_view text;
  const Tokens& tokens;
  CurrencyHints currency_hints;           // what the text says once for its currencies' letters
  std::vector<QuantityMention> mentions;  // in order of appearance, with no overlaps

  // The rows of tables whose header gives their figures' unit or scale (table_headers.cpp), found before
  // the figures are read: there "Dubai 45.2" is a row, not a name.
  struct TableRows {
    std::size_t first = 0, end = 0;  // the tokens after the header's colon
    QuantityKind kind = QuantityKind::number;
    std::string unit;
    double scale = 1;
  };
  std::vector<TableRows> tables;
  bool in_table(std::size_t k) const {
    for (const TableRows& r : tables)
      if (k >= r.first && k < r.end) return true;
    return false;
  }

 private:
  int fahrenheit_ = -1;
  int comma_decimals_ = -1;
  int foreign_ = -1;
  int shouting_ = -1;
  int title_case_ = -1;

  // Sets shouting_ and title_case_ in one walk over the words.
  void read_case() {
    std::size_t words = 0, upper = 0, long_words = 0, capital = 0;
    for (const Token& tok : tokens) {
      if (!tok.is_word() || tok.end - tok.start < 3) continue;
      ++words;
      bool lower = false;
      for (std::size_t k = tok.start; k < tok.end && !lower; ++k) lower = text[k] >= 'a' && text[k] <= 'z';
      upper += lower ? 0 : 1;
      if (tok.end - tok.start < 4) continue;
      ++long_words;
      capital += text[tok.start] >= 'A' && text[tok.start] <= 'Z' ? 1 : 0;
    }
    shouting_ = words >= 3 && upper * 10 >= words * 7 ? 1 : 0;
    // A headline is short, and no list of specifications ("Processor: Intel Core Ultra 7 | RAM: 32GB").
    bool listed = false;
    for (const Token& tok : tokens) listed = listed || tok.is("|");
    title_case_ =
        shouting_ == 0 && !listed && long_words >= 3 && long_words <= 16 && capital * 10 >= long_words * 9;
  }
  bool places_found_ = false;
  bool abroad_ = false;  // a place of the list other than home
  std::vector<std::pair<std::size_t, std::string_view>> places_;
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

  // A mention from token `first` to the end of `num`, whose unit came first: "per cent of 22", "Mach 0.79"
  // (quantities.cpp).
  bool emit_unit_first(std::size_t first, const ParsedNumber& num, QuantityKind kind, std::string unit,
                       std::size_t& next);

  // The figure as a mention of `kind` ending before token `end`, its value and step times `factor`
  // (0.01 for cents and basis points); sets `next` to `end` and returns true (quantities.cpp).
  bool emit(const Figure& f, QuantityKind kind, std::string unit, std::size_t end, double factor,
            std::size_t& next);
  bool dot_thousands(std::size_t k, QuantityKind kind, const std::string& unit) const;
  // The first number token from k on when its digits have the shape of thousands after one full stop
  // ("2.500": one to three digits, a full stop, three digits), kNoDigits otherwise.
  std::size_t thousands_shape(std::size_t k) const;
  static constexpr std::size_t kNoDigits = static_cast<std::size_t>(-1);
};

// ---- helpers of quantities.cpp that other readers use

// A plain noun that may be counted: "230 million iPhones", "seventeen tests".
bool countable_noun(const Token& tok);

// A unit, a currency, a percent sign or word, or a scale word starts at token k: what makes the
// number before it an amount ("2,000 metres", "5 %", "300 million").
bool unit_follows(Extraction& scan, std::size_t k);

// ---- the readers of one file that the scan (quantities.cpp) calls

// identifiers.cpp: digits at i that are no quantity (a clock time, a score, a name, a code, an address,
// a bare year), passed over with no mention.
bool try_identifier(Extraction& scan, std::size_t i, std::size_t& next);

// durations.cpp: a race time ("3:49.04") at i, or a duration in words ("an hour", "half a year", "all
// week", "another month"), or "a tonne" after a comparator.
bool try_time_phrase(Extraction& scan, std::size_t i, std::size_t& next);
// Whether a race time or a phrase of try_time_phrase() may start at i: asked at every token, inline, so
// that the reader is called for the few it may be ("a", "an", "half", "all", "full", "another", "3:").
inline bool may_start_time_phrase(const Tokens& t, std::size_t i) {
  const std::string_view w = t[i].norm;
  if (t[i].kind == TokenKind::number) return i + 1 < t.size() && t[i + 1].norm == ":";
  switch (w.size()) {
    case 1:
      return w[0] == 'a';
    case 2:
      return w == "an";
    case 3:
      return w == "all";
    case 4:
      return w == "half" || w == "full";
    case 7:
      return w == "another";
    default:
      return false;
  }
}
// durations.cpp: a number in words of another language before a unit of time: "due settimane", "sei ore".
bool try_foreign_duration(Extraction& scan, std::size_t i, std::size_t& next);
// durations.cpp: an age after the figure: "15-year-old", "29 years old", "ten months of age".
bool try_age_after(Extraction& scan, const Figure& f, std::size_t& next);
// durations.cpp: an age by the words before the figure: "aged 67", "Smith, 34,", "now 58".
bool age_before(Extraction& scan, const Figure& f);

// year_parts.cpp: a part of a year at i: a quarter ("Q3 2025", "3Q25", "the third quarter of 2025"), a
// half ("H2 2025", "second half of 2026") or a season ("spring 2029", "Frühjahr 2026"). `end`: one past
// its last token; `part`: 'Q', 'H' or 'S' (season: 1 spring .. 4 winter).
struct YearPart {
  std::size_t end = 0;
  int year = 0;
  char part = 0;
  int index = 0;
};
bool read_year_part(const std::vector<Token>& t, std::size_t i, YearPart& out);
// Its date as written in fact bases: "2025-Q3", "2026-H2", "2029-spring" (model/dates.hpp).
std::string year_part_date(const YearPart& p);

// dates.cpp: any date at i: relative ("last year"), ISO ("2025-01-23"), with a month's name ("Jan. 23,
// 2025", "23 January 2025"), fiscal ("FY2025") or a bare year where a date is meant ("in 2030").
bool try_date(Extraction& scan, std::size_t i, std::size_t& next);

// carried_nouns.cpp: the plural of a row before a colon and the figure at k ("Destroyers: 6"), if any.
std::optional<std::size_t> row_noun(const std::vector<Token>& t, std::size_t k);
// table_headers.cpp: bare figures after a header that gives their unit or scale before a colon:
// "Busiest airports (passengers, m): Dubai 45.2 | Atlanta 52.8", "Ice loss (gigatonnes): Greenland 266",
// "Gas storage, % full (1 Oct): Germany 94.1", "Tea auction (₹/kg): CTC leaf 231.40".
// find_table_headers() before the figures are read (Extraction::tables), apply_table_headers() after.
void find_table_headers(Extraction& scan);
void apply_table_headers(Extraction& scan);
// keys.cpp: figures after a key that names their unit ("revenue_gbp_m: 212.6", "opening_year: 2025"), and
// no noun read from the next line's key ("38400\n  fibre_rope_output_t:"). After the scan.
void read_keyed_figures(Extraction& scan);
// carried_nouns.cpp: a bare figure after a count in its sentence counts what that one does: "added 4.4
// million subscribers, taking its total to 153.6 million", "Lab 312, Con 119" after "87 seats".
void carry_count_nouns(std::vector<QuantityMention>& mentions, const std::vector<Token>& tokens);
// percentages.cpp: a share in the words of another language: "un tiers", "de helft", "zwei Drittel".
bool try_foreign_share(Extraction& scan, std::size_t i, std::size_t& next);
// percentages.cpp: "percent of 10", "per cent of twenty-two".
bool try_percent_prefix(Extraction& scan, std::size_t i, std::size_t& next);
// percentages.cpp: a percent sign or word after the figure: "40%", "12 percent", "3 percentage points".
bool try_percent_after(Extraction& scan, const Figure& f, std::size_t& next);

// money.cpp: money with a currency before it: "$14 billion", "C$ 16.4 million", a redundant "$10 dollars".
bool emit_money_with_prefix(Extraction& scan, const Figure& f, std::size_t& next);
// money.cpp: money with the currency after the figure: "420 million finnish markka", "50 cents", "12-cent".
bool try_money_after(Extraction& scan, const Figure& f, std::size_t& next);

// counts.cpp: a count ("230 million iPhones", "27 of 34 passes"), an age by the words before it ("aged
// 67"), or else a bare number.
bool emit_count_or_number(Extraction& scan, const Figure& f, std::size_t& next);
// durations.cpp: a duration after the figure: "four years", "30-year", "2 hours 48 minutes".
bool try_duration_after(Extraction& scan, const Figure& f, std::size_t& next);
// measures.cpp: a unit of measure after the figure: "330 metres", "1.2 gigawatts", "180ml", "6ft 5in".
bool try_measure_after(Extraction& scan, const Figure& f, std::size_t& next);
// measures.cpp: after a figure in `unit` read up to `end`, figures in smaller units of the same kind
// ("6ft 5in", "2 hours 48 minutes"): their total in the smallest unit as one mention; false when none
// follows.
bool compound_after(Extraction& scan, const Figure& f, const std::string& unit, std::size_t end,
                    std::size_t& next);

}  // namespace factcheck::quantities_detail
