#include "quantities/quantities.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "model/dates.hpp"
#include "quantities/numbers.hpp"

namespace factcheck {
namespace {

using Tokens = std::vector<Token>;

constexpr double kInf = std::numeric_limits<double>::infinity();

bool word_at(const Tokens& t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].kind == TokenKind::word && t[k].norm == w;
}

bool norm_at(const Tokens& t, std::size_t k, std::string_view w) {
  return k < t.size() && t[k].norm == w;
}

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (auto x : list)
    if (x == w) return true;
  return false;
}

std::string_view raw(std::string_view text, const Token& tok) {
  return text.substr(tok.start, tok.end - tok.start);
}

bool capitalised(std::string_view text, const Token& tok) {
  const char c = text[tok.start];
  return c >= 'A' && c <= 'Z';
}

// ---- currencies ---------------------------------------------------------------------------------

struct Currency {
  std::string iso;
  double factor = 1;  // 0.01 for cents and pence
};

std::optional<Currency> currency_symbol(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> kSymbols[] = {
      {"$", "USD"},
      {"\xE2\x82\xAC", "EUR"},
      {"\xC2\xA3", "GBP"},
      {"\xC2\xA5", "JPY"},
      {"\xE2\x82\xB9", "INR"},
      {"\xE2\x82\xA9", "KRW"},
      {"\xE2\x82\xBD", "RUB"},
      {"\xE2\x82\xBA", "TRY"},
      {"\xE2\x82\xAA", "ILS"},
      {"\xE2\x82\xAB", "VND"},
      {"\xE2\x82\xB1", "PHP"},
      {"\xE2\x82\xA6", "NGN"},
      {"\xE2\x82\xB4", "UAH"},
      {"\xE2\x82\xA1", "CRC"},
      {"\xE2\x82\xBE", "GEL"},
      {"\xE2\x82\xAD", "LAK"},
      {"\xE2\x82\xB8", "KZT"},
      {"\xE2\x82\xBF", "XBT"},
      {"\xE5\x85\x83", "CNY"},  // 元
  };
  for (const auto& [sym, iso] : kSymbols)
    if (sym == s) return Currency{std::string(iso), 1};
  if (s == "\xC2\xA2") return Currency{"USD", 0.01};  // ¢
  return std::nullopt;
}

// ISO codes we accept as words; English words that are also codes (ALL, TRY, GEL, MAD, CUP) are left out.
std::optional<Currency> currency_code(std::string_view w) {
  if (w.size() != 3) return std::nullopt;
  static constexpr std::string_view kCodes[] = {"usd", "eur", "gbp", "jpy", "cny", "cad", "aud",
                                                "chf", "inr", "hkd", "nzd", "mxn", "sek", "nok",
                                                "dkk", "krw", "sgd", "brl", "zar", "rub", "btc"};
  if (w == "rmb") return Currency{"CNY", 1};
  if (w == "btc") return Currency{"XBT", 1};
  for (auto c : kCodes) {
    if (c == w) {
      std::string iso(w);
      for (char& ch : iso) ch = static_cast<char>(ch - 'a' + 'A');
      return Currency{iso, 1};
    }
  }
  return std::nullopt;
}

// A currency noun ("dollars", "yen", "cents"), before any nationality qualifier.
std::optional<Currency> currency_noun(std::string_view w) {
  struct Noun {
    std::string_view word;
    std::string_view iso;
    double factor;
  };
  static constexpr Noun kNouns[] = {
      {"dollar", "USD", 1},
      {"dollars", "USD", 1},
      {"bucks", "USD", 1},
      {"euro", "EUR", 1},
      {"euros", "EUR", 1},
      {"pound", "GBP", 1},
      {"pounds", "GBP", 1},
      {"sterling", "GBP", 1},
      {"yen", "JPY", 1},
      {"yuan", "CNY", 1},
      {"renminbi", "CNY", 1},
      {"rupee", "INR", 1},
      {"rupees", "INR", 1},
      {"franc", "FRF", 1},
      {"francs", "FRF", 1},
      {"markka", "FIM", 1},
      {"markkaa", "FIM", 1},
      {"guilder", "NLG", 1},
      {"guilders", "NLG", 1},
      {"peseta", "ESP", 1},
      {"pesetas", "ESP", 1},
      {"mark", "DEM", 1},
      {"marks", "DEM", 1},
      {"deutschmark", "DEM", 1},
      {"deutschmarks", "DEM", 1},
      {"lira", "TRY", 1},
      {"rouble", "RUB", 1},
      {"roubles", "RUB", 1},
      {"ruble", "RUB", 1},
      {"rubles", "RUB", 1},
      {"peso", "MXN", 1},
      {"pesos", "MXN", 1},
      {"rand", "ZAR", 1},
      {"krona", "SEK", 1},
      {"kronor", "SEK", 1},
      {"bitcoin", "XBT", 1},
      {"bitcoins", "XBT", 1},
      {"cent", "USD", 0.01},
      {"cents", "USD", 0.01},
      {"pence", "GBP", 0.01},
      {"penny", "GBP", 0.01},
      {"pennies", "GBP", 0.01},
      {"\xE0\xAE\xB0\xE0\xAF\x82", "LKR", 1},  // ரூ
      {"\xE5\x85\x83", "CNY", 1},              // 元
  };
  for (const auto& x : kNouns)
    if (x.word == w) return Currency{std::string(x.iso), x.factor};
  return std::nullopt;
}

// Nationality qualifiers before a currency noun: "canadian dollars", "hong kong dollars", "swiss francs".
// Returns the number of qualifier tokens before position k and the ISO code they give.
std::size_t qualifier_before(const Tokens& t, std::size_t first, std::size_t noun, std::string& iso) {
  const std::string& w = t[noun].norm;
  const bool dollar = w == "dollar" || w == "dollars";
  auto before = [&](std::size_t back, std::string_view word) {
    return noun >= first + back && word_at(t, noun - back, word);
  };
  if (dollar) {
    if (before(2, "hong") && before(1, "kong")) return iso = "HKD", 2;
    if (before(2, "new") && before(1, "zealand")) return iso = "NZD", 2;
    if (before(1, "us") || before(1, "american")) return iso = "USD", 1;
    if (before(1, "canadian")) return iso = "CAD", 1;
    if (before(1, "australian")) return iso = "AUD", 1;
    if (before(1, "singapore")) return iso = "SGD", 1;
    if (before(1, "taiwan")) return iso = "TWD", 1;
  }
  if ((w == "franc" || w == "francs") && before(1, "swiss")) return iso = "CHF", 1;
  if ((w == "franc" || w == "francs") && before(1, "belgian")) return iso = "BEF", 1;
  if ((w == "franc" || w == "francs") && before(1, "french")) return iso = "FRF", 1;
  if ((w == "mark" || w == "marks") && (before(1, "deutsche") || before(1, "german"))) return iso = "DEM", 1;
  if ((w == "markka" || w == "markkaa") && before(1, "finnish")) return 1;
  if ((w == "guilder" || w == "guilders") && before(1, "dutch")) return 1;
  if (w == "yuan" && before(1, "chinese")) return 1;
  if (w == "yen" && before(1, "japanese")) return 1;
  if ((w == "pound" || w == "pounds") && (before(1, "british") || before(1, "uk"))) return 1;
  if ((w == "pound" || w == "pounds") && before(1, "egyptian")) return iso = "EGP", 1;
  if (w == "lira" && before(1, "turkish")) return 1;
  if ((w == "peso" || w == "pesos") && before(1, "mexican")) return 1;
  if ((w == "peso" || w == "pesos") && before(1, "philippine")) return iso = "PHP", 1;
  if ((w == "rupee" || w == "rupees") && before(1, "indian")) return 1;
  if ((w == "rupee" || w == "rupees") && before(1, "pakistani")) return iso = "PKR", 1;
  if ((w == "rupee" || w == "rupees") && before(2, "sri") && before(1, "lankan")) return iso = "LKR", 2;
  if ((w == "krona" || w == "kronor") && before(1, "swedish")) return 1;
  return 0;
}

// A currency written after a number, starting at k: "dollars", "australian dollars", "usd", "€", "cents".
struct CurrencyMatch {
  Currency currency;
  std::size_t end = 0;
};

std::optional<CurrencyMatch> currency_after(const Tokens& t, std::size_t k) {
  const std::size_t n = t.size();
  if (k >= n) return std::nullopt;
  if (t[k].kind == TokenKind::symbol) {
    auto c = currency_symbol(t[k].norm);
    // Not a sign that starts the next amount: "10 $20".
    if (c && !(k + 1 < n && t[k + 1].is_number() && adjacent(t[k], t[k + 1])))
      return CurrencyMatch{*c, k + 1};
    return std::nullopt;
  }
  if (!t[k].is_word()) return std::nullopt;
  if (auto c = currency_code(t[k].norm)) return CurrencyMatch{*c, k + 1};
  if (word_at(t, k, "p") && k > 0 && adjacent(t[k - 1], t[k]) && t[k - 1].is_number())
    return CurrencyMatch{{"GBP", 0.01}, k + 1};  // "20p"
  // Qualifier words first: find a currency noun within the next three tokens.
  for (std::size_t m = k; m < std::min(n, k + 3); ++m) {
    if (!t[m].is_word()) break;
    auto c = currency_noun(t[m].norm);
    if (!c) {
      // "u.s. dollars"
      continue;
    }
    std::string iso = c->iso;
    const std::size_t q = qualifier_before(t, k, m, iso);
    if (m - q != k) {
      if (!(m == k + 3 - 1 && word_at(t, k, "u"))) return std::nullopt;
    }
    c->iso = iso;
    return CurrencyMatch{*c, m + 1};
  }
  // "u . s . dollars"
  if (word_at(t, k, "u") && norm_at(t, k + 1, ".") && word_at(t, k + 2, "s")) {
    std::size_t m = k + 3;
    if (norm_at(t, m, ".")) ++m;
    if (word_at(t, m, "dollars") || word_at(t, m, "dollar")) return CurrencyMatch{{"USD", 1}, m + 1};
  }
  return std::nullopt;
}

// A currency written before a number, starting at k: "$", "US$", "us $", "c $", "HK$", "u.s $", "€",
// "USD". Returns the ISO code and the index of the token after the prefix.
std::optional<CurrencyMatch> currency_before(std::string_view text, const Tokens& t, std::size_t k) {
  const std::size_t n = t.size();
  if (k >= n) return std::nullopt;
  if (t[k].kind == TokenKind::symbol) {
    if (auto c = currency_symbol(t[k].norm); c && c->factor == 1) return CurrencyMatch{*c, k + 1};
    return std::nullopt;
  }
  if (!t[k].is_word()) return std::nullopt;
  // Asked at nearly every token: a string_view makes each test below an inline length check.
  const std::string_view w = t[k].norm;
  // Every word prefix below ("u", "us", "hk", ...) and every code ("usd") has at most three letters.
  if (w.size() > 3) return std::nullopt;
  // A qualifier glued or next to "$".
  auto dollar_after = [&](std::size_t m) { return m < n && t[m].is("$"); };
  if (w == "u" && norm_at(t, k + 1, ".") && word_at(t, k + 2, "s")) {
    std::size_t m = k + 3;
    if (norm_at(t, m, ".")) ++m;
    if (dollar_after(m)) return CurrencyMatch{{"USD", 1}, m + 1};
  }
  if (dollar_after(k + 1)) {
    const bool glued = adjacent(t[k], t[k + 1]);
    const std::string_view r = raw(text, t[k]);
    std::string iso;
    if (w == "us" || w == "usd") iso = "USD";
    if (w == "c" || w == "ca" || w == "can" || w == "cad") iso = "CAD";
    if (w == "hk" || w == "hkd") iso = "HKD";
    if (w == "nz" || w == "nzd") iso = "NZD";
    if (w == "au" || w == "aud" || (r == "A" && glued)) iso = "AUD";
    if (w == "sgd" || (r == "S" && glued)) iso = "SGD";
    if (r == "R" && glued) iso = "BRL";
    if (w == "mex" || w == "mxn") iso = "MXN";
    if (!iso.empty()) return CurrencyMatch{{iso, 1}, k + 2};
  }
  if (auto c = currency_code(w)) {
    // "USD 200", "usd$ 15"; only when a number follows.
    std::size_t m = k + 1;
    if (norm_at(t, m, "$") && adjacent(t[k], t[m])) ++m;
    if (m < n && t[m].is_number()) return CurrencyMatch{*c, m};
  }
  return std::nullopt;
}

// ---- units ------------------------------------------------------------------------------------

// Units of measure as written, and the symbols figures carry.
struct MeasureUnit {
  std::string_view word;
  std::string_view symbol;
};

constexpr MeasureUnit kMeasureUnits[] = {
    {"m", "m"},
    {"metre", "m"},
    {"metres", "m"},
    {"meter", "m"},
    {"meters", "m"},
    {"km", "km"},
    {"kilometre", "km"},
    {"kilometres", "km"},
    {"kilometer", "km"},
    {"kilometers", "km"},
    {"cm", "cm"},
    {"centimetres", "cm"},
    {"centimeters", "cm"},
    {"mm", "mm"},
    {"millimetres", "mm"},
    {"millimeters", "mm"},
    {"kg", "kg"},
    {"kgs", "kg"},
    {"kilogram", "kg"},
    {"kilograms", "kg"},
    {"kilos", "kg"},
    {"g", "g"},
    {"gram", "g"},
    {"grams", "g"},
    {"mg", "mg"},
    {"tonne", "t"},
    {"tonnes", "t"},
    {"ton", "t"},
    {"tons", "t"},
    {"lb", "lb"},
    {"lbs", "lb"},
    {"pound", "lb"},
    {"oz", "oz"},
    {"ounces", "oz"},
    {"ml", "ml"},
    {"millilitres", "ml"},
    {"milliliters", "ml"},
    {"l", "l"},
    {"litre", "l"},
    {"litres", "l"},
    {"liter", "l"},
    {"liters", "l"},
    {"mile", "mi"},
    {"miles", "mi"},
    {"mi", "mi"},
    {"foot", "ft"},
    {"feet", "ft"},
    {"ft", "ft"},
    {"inch", "in"},
    {"inches", "in"},
    {"gw", "GW"},
    {"gigawatt", "GW"},
    {"gigawatts", "GW"},
    {"mw", "MW"},
    {"megawatt", "MW"},
    {"megawatts", "MW"},
    {"kw", "kW"},
    {"kilowatt", "kW"},
    {"kilowatts", "kW"},
    {"watts", "W"},
    {"twh", "TWh"},
    {"gwh", "GWh"},
    {"mwh", "MWh"},
    {"kwh", "kWh"},
    {"acre", "acre"},
    {"acres", "acre"},
    {"hectare", "ha"},
    {"hectares", "ha"},
    {"ha", "ha"},
    {"mph", "mph"},
    {"gb", "GB"},
    {"tb", "TB"},
    {"barrel", "bbl"},
    {"barrels", "bbl"},
    {"bpd", "bbl/d"},
};
// A unit of measure at k; returns the normalised symbol and the end token, or nothing.
std::optional<std::pair<std::string, std::size_t>> measure_at(std::string_view text, const Tokens& t,
                                                              std::size_t k) {
  if (k >= t.size() || !t[k].is_word()) return std::nullopt;
  const std::string& w = t[k].norm;
  const std::string_view r = raw(text, t[k]);
  auto hit = [&](std::string s, std::size_t len) { return std::make_pair(std::move(s), k + len); };
  if (w == "square" || w == "sq") {
    const std::size_t m = norm_at(t, k + 1, ".") ? k + 2 : k + 1;
    if (word_at(t, m, "feet") || word_at(t, m, "foot") || word_at(t, m, "ft")) return hit("sq ft", m + 1 - k);
    if (word_at(t, m, "metres") || word_at(t, m, "meters") || word_at(t, m, "m")) return hit("m2", m + 1 - k);
    if (word_at(t, m, "kilometres") || word_at(t, m, "kilometers") || word_at(t, m, "km"))
      return hit("km2", m + 1 - k);
    if (word_at(t, m, "miles") || word_at(t, m, "mile")) return hit("sq mi", m + 1 - k);
    return std::nullopt;
  }


  for (const auto& u : kMeasureUnits) {
    if (u.word != w) continue;
    // One-letter symbols only glued to the number or in their usual case: not "5 l" in prose.
    if (w.size() == 1 && !(k > 0 && adjacent(t[k - 1], t[k])) && w != "m" && w != "g") return std::nullopt;
    if (w == "l" && r == "l" && !(k > 0 && adjacent(t[k - 1], t[k]))) return std::nullopt;
    // "pound" after a number is money unless it reads as weight ("a 5 pound bag" is rare in news).
    if (w == "pound") return std::nullopt;
    return hit(std::string(u.symbol), 1);
  }
  return std::nullopt;
}

std::string duration_unit(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kUnits[] = {
      {"year", "year"},       {"years", "year"},        {"yr", "year"},          {"yrs", "year"},
      {"month", "month"},     {"months", "month"},      {"week", "week"},        {"weeks", "week"},
      {"day", "day"},         {"days", "day"},          {"hour", "hour"},        {"hours", "hour"},
      {"hr", "hour"},         {"hrs", "hour"},          {"minute", "minute"},    {"minutes", "minute"},
      {"decade", "decade"},   {"decades", "decade"},    {"quarters", "quarter"}, {"seconds", "second"},
      {"century", "century"}, {"centuries", "century"},
  };
  for (const auto& [word, unit] : kUnits)
    if (word == w) return std::string(unit);
  return {};
}

int month_number(std::string_view w) {
  static constexpr std::string_view kMonths[][3] = {
      {"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""},
      {"april", "apr", ""},   {"may", "", ""},         {"june", "jun", ""},
      {"july", "jul", ""},    {"august", "aug", ""},   {"september", "sep", "sept"},
      {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""},
  };
  // Asked of most words: those that cannot be a month's name or abbreviation are turned away at once.
  if (w.size() < 3 || w.size() > 9) return 0;
  if (std::string_view("jfmasond").find(w[0]) == std::string_view::npos) return 0;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m][0][0] != w[0]) continue;  // a month's names share its first letter
    for (auto name : kMonths[m])
      if (!name.empty() && name == w) return m + 1;
  }
  return 0;
}

bool is_stop_word(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "the",     "a",      "an",      "of",      "in",        "on",       "at",      "to",      "for",
      "from",    "by",     "with",    "and",     "or",        "but",      "nor",     "is",      "are",
      "was",     "were",   "be",      "been",    "being",     "has",      "have",    "had",     "do",
      "does",    "did",    "will",    "would",   "can",       "could",    "may",     "might",   "shall",
      "should",  "must",   "that",    "this",    "these",     "those",    "which",   "who",     "whom",
      "whose",   "what",   "as",      "than",    "per",       "each",     "every",   "more",    "less",
      "fewer",   "most",   "least",   "over",    "under",     "about",    "into",    "onto",    "after",
      "before",  "since",  "until",   "through", "up",        "down",     "out",     "off",     "it",
      "its",     "their",  "his",     "her",     "our",       "your",     "my",      "they",    "he",
      "she",     "we",     "you",     "i",       "me",        "us",       "them",    "him",     "not",
      "no",      "so",     "if",      "then",    "also",      "last",     "next",    "other",   "others",
      "such",    "all",    "both",    "some",    "any",       "just",     "only",    "even",    "still",
      "yet",     "again",  "ago",     "earlier", "later",     "times",    "time",    "percent", "per",
      "cent",    "point",  "points",  "plus",    "minus",     "times",    "or",      "via",     "against",
      "between", "among",  "during",  "while",   "when",      "where",    "why",     "how",     "there",
      "here",    "now",    "too",     "very",    "much",      "many",     "own",     "same",    "new",
      "first",   "second", "third",   "top",     "'s",        "s",        "st",      "nd",      "rd",
      "th",      "am",     "pm",      "x",       "including", "compared", "versus",  "vs",      "and",
      "a",       "year",   "share",   "shares",  "apiece",    "each",     "higher",  "lower",   "ahead",
      "behind",  "above",  "below",   "across",  "around",    "within",   "without", "out",     "back",
      "away",    "there",  "already",
  };
  return one_of(w, kStop);
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

// A plain noun that may be counted: "230 million iPhones", "seventeen tests".
bool countable_noun(const Token& tok) {
  if (!tok.is_word() || tok.norm.size() < 2) return false;
  const std::string& w = tok.norm;
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

// ---- comparators -------------------------------------------------------------------------------

struct Phrase {
  std::string_view words[4];
  Comparator comparator;
};

// Phrases before a figure, longest first within a comparator where they overlap.
constexpr Phrase kFigurePhrases[] = {
    {{"a", "little", "more", "than"}, Comparator::just_over},
    {{"slightly", "more", "than"}, Comparator::just_over},
    {{"a", "little", "over"}, Comparator::just_over},
    {{"just", "over"}, Comparator::just_over},
    {{"just", "above"}, Comparator::just_over},
    {{"slightly", "over"}, Comparator::just_over},
    {{"slightly", "above"}, Comparator::just_over},
    {{"just", "shy", "of"}, Comparator::nearly},
    {{"just", "under"}, Comparator::nearly},
    {{"just", "below"}, Comparator::nearly},
    {{"just", "short", "of"}, Comparator::nearly},
    {{"nearly"}, Comparator::nearly},
    {{"almost"}, Comparator::nearly},
    {{"no", "more", "than"}, Comparator::at_most},
    {{"not", "more", "than"}, Comparator::at_most},
    {{"no", "less", "than"}, Comparator::at_least},
    {{"not", "less", "than"}, Comparator::at_least},
    {{"no", "fewer", "than"}, Comparator::at_least},
    {{"at", "least"}, Comparator::at_least},
    {{"a", "minimum", "of"}, Comparator::at_least},
    {{"at", "most"}, Comparator::at_most},
    {{"up", "to"}, Comparator::at_most},
    {{"a", "maximum", "of"}, Comparator::at_most},
    {{"as", "much", "as"}, Comparator::at_most},
    {{"as", "many", "as"}, Comparator::at_most},
    {{"as", "high", "as"}, Comparator::at_most},
    {{"more", "than"}, Comparator::more_than},
    {{"greater", "than"}, Comparator::more_than},
    {{"higher", "than"}, Comparator::more_than},
    {{"in", "excess", "of"}, Comparator::more_than},
    {{"upwards", "of"}, Comparator::more_than},
    {{"north", "of"}, Comparator::more_than},
    {{"over"}, Comparator::more_than},
    {{"above"}, Comparator::more_than},
    {{"exceeding"}, Comparator::more_than},
    {{"exceeds"}, Comparator::more_than},
    {{"less", "than"}, Comparator::less_than},
    {{"fewer", "than"}, Comparator::less_than},
    {{"lower", "than"}, Comparator::less_than},
    {{"under"}, Comparator::less_than},
    {{"below"}, Comparator::less_than},
    {{"close", "to"}, Comparator::approx},
    {{"an", "estimated"}, Comparator::approx},
    {{"estimated", "at"}, Comparator::approx},
    {{"about"}, Comparator::approx},
    {{"around"}, Comparator::approx},
    {{"roughly"}, Comparator::approx},
    {{"approximately"}, Comparator::approx},
    {{"approx"}, Comparator::approx},
    {{"circa"}, Comparator::approx},
    {{"some"}, Comparator::approx},
    {{"exactly"}, Comparator::exactly},
    {{"precisely"}, Comparator::exactly},
};

constexpr Phrase kDatePhrases[] = {
    {{"by", "the", "end", "of"}, Comparator::until},
    {{"until", "the", "end", "of"}, Comparator::until},
    {{"through", "the", "end", "of"}, Comparator::until},
    {{"starting", "in"}, Comparator::since},
    {{"starting", "from"}, Comparator::since},
    {{"beginning", "in"}, Comparator::since},
    {{"until"}, Comparator::until},
    {{"through"}, Comparator::until},
    {{"thru"}, Comparator::until},
    {{"till"}, Comparator::until},
    {{"to"}, Comparator::until},
    {{"by"}, Comparator::until},
    {{"since"}, Comparator::since},
    {{"from"}, Comparator::since},
    {{"starting"}, Comparator::since},
    {{"before"}, Comparator::less_than},
    {{"after"}, Comparator::more_than},
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

// ---- mentions ----------------------------------------------------------------------------------

bool clause_edge_before(const Tokens& t, std::size_t k) {
  if (k == 0) return true;
  const Token& p = t[k - 1];
  return p.kind == TokenKind::punct && p.norm != "-" && p.norm != "/";
}

bool clause_edge_after(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return true;
  const Token& q = t[k];
  return q.kind == TokenKind::punct && q.norm != "-" && q.norm != "/";
}

bool is_year_number(const Token& tok, int& year) {
  if (!tok.is_number() || tok.norm.size() != 4) return false;
  for (char c : tok.norm)
    if (c < '0' || c > '9') return false;
  year = std::stoi(tok.norm);
  return year >= 1000 && year <= 2999;
}

std::string pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

class Extractor {
 public:
  Extractor(std::string_view text, const Tokens& tokens) : text_(text), t_(tokens) {}

  std::vector<QuantityMention> run() {
    std::size_t i = 0;
    const std::size_t n = t_.size();
    while (i < n) {
      std::size_t next = 0;
      if (try_relative_date(i, next) || try_date(i, next) || try_order(i, next) ||
          try_percent_prefix(i, next) || try_quantity(i, next) || try_digit_list(i, next)) {
        i = std::max(next, i + 1);
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  std::string_view text_;
  const Tokens& t_;
  std::vector<QuantityMention> out_;
  // try_order() and try_quantity() both ask for a currency at each token: the last answer is kept.
  mutable std::size_t currency_token_ = std::numeric_limits<std::size_t>::max();
  mutable std::optional<CurrencyMatch> currency_;

  // word_at(), written out: asked several times at every token, it is worth inlining.
  bool word(std::size_t k, std::string_view w) const {
    return k < t_.size() && t_[k].kind == TokenKind::word && std::string_view(t_[k].norm) == w;
  }

  // currency_before() at token k.
  const std::optional<CurrencyMatch>& currency_at(std::size_t k) const {
    if (k != currency_token_) {
      currency_ = currency_before(text_, t_, k);
      currency_token_ = k;
    }
    return currency_;
  }

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

  // Binds the comparator before the mention's first token and fills in the interval.
  void finish(QuantityMention m, double low = 0, double high = 0) {
    if (!std::isfinite(m.value) || !std::isfinite(m.step)) return;
    if (m.comparator == Comparator::none) {
      const std::size_t words = match_before(t_, m.first_token, kFigurePhrases, m.comparator);
      if (words > 0) m.comparator_start = t_[m.first_token - words].start;
    }
    // "over four years" usually means "across four years", not "more than".
    if (m.kind == QuantityKind::duration && m.comparator == Comparator::more_than &&
        word(m.first_token - 1, "over"))
      m.comparator = Comparator::none;
    if (m.comparator == Comparator::range) {
      m.interval = interval_for(low, m.step, Comparator::range, high);
    } else {
      m.interval = interval_for(m.value, m.step, m.comparator, high);
    }
    out_.push_back(std::move(m));
  }

  void finish_date(QuantityMention m, double low, double high) {
    if (!std::isfinite(m.value)) return;
    const std::size_t words = match_before(t_, m.first_token, kDatePhrases, m.comparator);
    if (words > 0) m.comparator_start = t_[m.first_token - words].start;
    // The mention's own span of years; "before"/"after" open it towards the past or the future.
    Interval iv{low, high, false, true};
    if (m.comparator == Comparator::less_than) iv = Interval{-kInf, low, false, true};
    if (m.comparator == Comparator::more_than) iv = Interval{high, kInf, false, false};
    m.interval = iv;
    m.step = high - low;
    out_.push_back(std::move(m));
  }

  // "this fiscal year", "last year", "next quarter".
  bool try_relative_date(std::size_t i, std::size_t& next) {
    static constexpr std::string_view kWhich[] = {"this", "last",   "next",   "previous",
                                                  "past", "coming", "current"};
    static constexpr std::string_view kPeriod[] = {"year", "quarter", "month", "week"};
    if (!t_[i].is_word() || !one_of(t_[i].norm, kWhich)) return false;
    std::size_t k = i + 1;
    std::string phrase = t_[i].norm;
    if (word(k, "fiscal") || word(k, "financial") || word(k, "calendar")) {
      phrase += " " + t_[k].norm;
      ++k;
    }
    if (k >= t_.size() || !t_[k].is_word() || !one_of(t_[k].norm, kPeriod)) return false;
    phrase += " " + t_[k].norm;
    QuantityMention m = make(i, k + 1, QuantityKind::date);
    m.unit = "relative";
    m.date = phrase;
    m.value = 0;  // unknown without the article's date: the interval is unbounded
    m.step = 0;
    match_before(t_, i, kDatePhrases, m.comparator);
    out_.push_back(std::move(m));
    next = k + 1;
    return true;
  }

  // Reads a day of the month at k ("23", "4th"); returns the end token or 0.
  std::size_t day_at(std::size_t k, int& day) const {
    if (k >= t_.size() || !t_[k].is_number() || t_[k].norm.size() > 2) return 0;
    for (char c : t_[k].norm)
      if (c < '0' || c > '9') return 0;
    day = std::stoi(t_[k].norm);
    if (day < 1 || day > 31) return 0;
    std::size_t e = k + 1;
    if (e < t_.size() && t_[e].is_word() && adjacent(t_[k], t_[e]) &&
        (t_[e].norm == "th" || t_[e].norm == "st" || t_[e].norm == "nd" || t_[e].norm == "rd")) {
      ++e;
    }
    return e;
  }

  // A month name at k (with its abbreviation dot); returns the end token or 0.
  std::size_t month_at(std::size_t k, int& month) const {
    if (k >= t_.size() || !t_[k].is_word()) return 0;
    month = month_number(t_[k].norm);
    if (!month) return 0;
    std::size_t e = k + 1;
    if (t_[k].norm.size() <= 4 && norm_at(t_, e, ".") && adjacent(t_[k], t_[e])) ++e;
    return e;
  }

  void push_day(std::size_t first, std::size_t last, int y, int mo, int d) {
    if (d > days_in_month(y, mo)) return;
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "day";
    m.value = y;
    m.date = pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2);
    const Interval span = date_span(y, mo, d);
    finish_date(std::move(m), span.low, span.high);
  }

  void push_month(std::size_t first, std::size_t last, int y, int mo) {
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = "month";
    m.value = y;
    m.date = pad(y, 4) + "-" + pad(mo, 2);
    const Interval span = date_span(y, mo);
    finish_date(std::move(m), span.low, span.high);
  }

  void push_year(std::size_t first, std::size_t last, int y, bool fiscal) {
    QuantityMention m = make(first, last, QuantityKind::date);
    m.unit = fiscal ? "fiscal_year" : "year";
    m.value = y;
    m.date = fiscal ? "FY" + pad(y, 4) : pad(y, 4);
    const Interval span = date_span(y, 0, 0, fiscal);
    finish_date(std::move(m), span.low, span.high);
  }

  bool try_date(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    int year = 0, month = 0, day = 0;
    // ISO 8601: 2025-01-23, 2025-01.
    if (is_year_number(t_[i], year) && i + 2 < n && t_[i + 1].is("-") && adjacent(t_[i], t_[i + 1]) &&
        t_[i + 2].is_number() && t_[i + 2].norm.size() == 2 && adjacent(t_[i + 1], t_[i + 2])) {
      const int mo = std::atoi(t_[i + 2].norm.c_str());
      if (mo >= 1 && mo <= 12) {
        if (i + 4 < n && t_[i + 3].is("-") && adjacent(t_[i + 2], t_[i + 3]) && t_[i + 4].is_number() &&
            t_[i + 4].norm.size() == 2 && adjacent(t_[i + 3], t_[i + 4])) {
          const int d = std::atoi(t_[i + 4].norm.c_str());
          if (d >= 1 && d <= 31) {
            push_day(i, i + 5, year, mo, d);
            next = i + 5;
            return true;
          }
        }
        push_month(i, i + 3, year, mo);
        next = i + 3;
        return true;
      }
    }
    // Month first: "Jan. 23, 2025", "January 2025", "May 4th".
    if (std::size_t e = month_at(i, month)) {
      const bool cap = capitalised(text_, t_[i]);
      std::size_t k = e;
      if (std::size_t de = day_at(k, day)) {
        std::size_t y = de;
        if (norm_at(t_, y, ",")) ++y;
        if (y < n && is_year_number(t_[y], year)) {
          push_day(i, y + 1, year, month, day);
          next = y + 1;
          return true;
        }
        if (cap || t_[i].norm.size() > 5) {
          next = de;  // a day without a year: consumed, but there is no year to give it
          return true;
        }
        return false;
      }
      if (norm_at(t_, k, ",")) ++k;
      if (k < n && is_year_number(t_[k], year) && (cap || t_[i].norm.size() > 5 || e > i + 1)) {
        push_month(i, k + 1, year, month);
        next = k + 1;
        return true;
      }
      return false;
    }
    // Day first: "23 January 2025", "4th of July 2025".
    if (std::size_t de = day_at(i, day)) {
      std::size_t k = de;
      if (word(k, "of")) ++k;
      if (std::size_t me = month_at(k, month)) {
        const bool cap = capitalised(text_, t_[k]);
        std::size_t y = me;
        if (norm_at(t_, y, ",")) ++y;
        if (y < n && is_year_number(t_[y], year)) {
          push_day(i, y + 1, year, month, day);
          next = y + 1;
          return true;
        }
        if (cap && t_[k].norm != "may") {
          next = me;
          return true;
        }
      }
    }
    // "FY2025", "FY 25", "fiscal 2025", "fiscal year 2025".
    if (word(i, "fy") && i + 1 < n && t_[i + 1].is_number()) {
      const std::string& d = t_[i + 1].norm;
      int y = 0;
      if (is_year_number(t_[i + 1], y) ||
          (d.size() == 2 && d.find_first_not_of("0123456789") == std::string::npos &&
           (y = 2000 + std::stoi(d)))) {
        push_year(i, i + 2, y, true);
        next = i + 2;
        return true;
      }
    }
    if (word(i, "fiscal")) {
      std::size_t k = i + 1;
      if (word(k, "year")) ++k;
      if (k < n && is_year_number(t_[k], year)) {
        push_year(i, k + 1, year, true);
        next = k + 1;
        return true;
      }
    }
    // A bare year: after a date preposition, or alone in its clause.
    if (is_year_number(t_[i], year) && year >= 1800 && year <= 2100) {
      static constexpr std::string_view kPreps[] = {
          "in",     "since", "until", "through", "by",  "to",  "till",    "from", "before", "after",
          "during", "of",    "early", "late",    "mid", "end", "between", "and",  "thru",   "for"};
      bool prep = i > 0 && t_[i - 1].is_word() && one_of(t_[i - 1].norm, kPreps);
      if (i > 1 && t_[i - 1].is("-") && (word(i - 2, "mid") || word(i - 2, "early") || word(i - 2, "late")))
        prep = true;
      // "and"/"between" only count between years: "between 2020 and 2025".
      if (prep && (word(i - 1, "and") || word(i - 1, "between"))) {
        int other = 0;
        prep = (i > 2 && is_year_number(t_[i - 2], other)) || (i + 2 < n && is_year_number(t_[i + 2], other));
      }
      if (prep && word(i - 1, "for")) prep = clause_edge_after(t_, i + 1);
      // "OpenAI's 2022 funding round", "put the year as 2024.": a year by its place.
      if (!prep && i > 0 && (t_[i - 1].is("'s") || (word(i - 1, "as") && clause_edge_after(t_, i + 1))))
        prep = true;
      const bool alone = clause_edge_before(t_, i) && clause_edge_after(t_, i + 1);
      const Token* after = i + 1 < n ? &t_[i + 1] : nullptr;
      bool blocked = false;
      if (after) {
        if (after->kind == TokenKind::symbol) blocked = true;  // "2000 %", "2000 $"
        if (after->is_word() &&
            (scale_word(after->norm) > 0 || after->norm == "percent" || currency_noun(after->norm) ||
             !duration_unit(after->norm).empty() || measure_at(text_, t_, i + 1) || adjacent(t_[i], *after)))
          blocked = true;
        if (after->is("/") ||
            (after->is("-") && adjacent(t_[i], *after) && i + 2 < n && t_[i + 2].is_number()))
          blocked = blocked || after->is("/");
      }
      if (i > 0 && t_[i - 1].kind == TokenKind::symbol) blocked = true;  // "$2000"
      if ((prep || alone) && !blocked) {
        push_year(i, i + 1, year, false);
        next = i + 1;
        return true;
      }
    }
    return false;
  }

  // "tens of billions of dollars", "hundreds of millions": an order of magnitude.
  bool try_order(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    std::size_t k = i;
    std::optional<CurrencyMatch> prefix = currency_at(k);
    if (prefix) k = prefix->end;
    if (k >= n || !t_[k].is_word()) return false;
    const std::string& w = t_[k].norm;
    if (w.size() < 4 || w.back() != 's') return false;  // every scale word below is a plural
    double base = 0;
    if (w == "tens") base = 10;
    if (w == "hundreds") base = 100;
    if (w == "thousands") base = 1e3;
    if (w == "millions") base = 1e6;
    if (w == "billions") base = 1e9;
    if (w == "trillions") base = 1e12;
    if (base == 0 || !word(k + 1, "of")) return false;
    std::size_t e = k + 1;
    // "tens of billions", "hundreds of thousands of millions" is not English; one scale at most.
    if (e + 1 < n && t_[e + 1].is_word()) {
      const std::string& s = t_[e + 1].norm;
      double scale = 0;
      if (s == "thousands") scale = 1e3;
      if (s == "millions") scale = 1e6;
      if (s == "billions") scale = 1e9;
      if (s == "trillions") scale = 1e12;
      if (scale > 0) {
        base *= scale;
        e += 2;
      }
    }
    if (base < 1000 && e == k + 1) return false;  // "tens of people", "hundreds of" need a scale
    QuantityMention m;
    std::size_t last = e == k + 1 ? k + 1 : e;
    QuantityKind kind = QuantityKind::number;
    std::string unit;
    // "of dollars", "of us dollars"
    if (word(last, "of")) {
      if (auto c = currency_after(t_, last + 1); c && c->currency.factor == 1) {
        kind = QuantityKind::money;
        unit = c->currency.iso;
        last = c->end;
      } else if (last + 1 < n && countable_noun(t_[last + 1])) {
        kind = QuantityKind::count;
        unit = t_[last + 1].norm;
        last = last + 2;
      }
    }
    if (prefix) {
      kind = QuantityKind::money;
      unit = prefix->currency.iso;
    }
    m = make(i, last, kind);
    m.unit = unit;
    m.value = base;
    m.step = base;
    m.comparator = Comparator::order;
    finish(std::move(m));
    next = last;
    return true;
  }

  // "percent of 10", "per cent of twenty-two".
  bool try_percent_prefix(std::size_t i, std::size_t& next) {
    std::size_t k = i;
    if (word(k, "percent") || word(k, "percents")) {
      ++k;
    } else if (word(k, "per") && word(k + 1, "cent")) {
      k += 2;
    } else {
      return false;
    }
    if (!word(k, "of")) return false;
    if (i > 0 && (t_[i - 1].is_number() || is_number_word(t_[i - 1].norm))) return false;
    auto num = parse_number(text_, t_, k + 1);
    if (!num) return false;
    QuantityMention m = make(i, num->last_token, QuantityKind::percent);
    m.unit = "%";
    m.value = num->value;
    m.step = num->step;
    finish(std::move(m));
    next = num->last_token;
    return true;
  }

  // The percent sign or word at k: returns the end token and sets the unit ("%" or "pp").
  std::size_t percent_at(std::size_t k, std::string& unit, double& factor) const {
    factor = 1;
    unit = "%";
    std::size_t e = 0;
    if (norm_at(t_, k, "%")) e = k + 1;
    if (word(k, "percent") || word(k, "percents") || word(k, "pct")) e = k + 1;
    if (word(k, "per") && word(k + 1, "cent")) e = k + 2;
    if (word(k, "percentage")) {
      if (word(k + 1, "points") || word(k + 1, "point")) {
        unit = "pp";
        return k + 2;
      }
      return k + 1;
    }
    if (word(k, "basis") && (word(k + 1, "points") || word(k + 1, "point"))) {
      unit = "pp";
      factor = 0.01;
      return k + 2;
    }
    if (e && (word(e, "points") || word(e, "point"))) {
      unit = "pp";
      return e + 1;
    }
    if (!e && (word(k, "points") || word(k, "pts")) && percent_context(k)) {
      unit = "pp";
      return k + 1;
    }
    return e;
  }

  // A percentage was mentioned shortly before, in the same sentence.
  bool percent_context(std::size_t k) const {
    for (std::size_t back = 1; back <= 40 && back <= k; ++back) {
      const Token& p = t_[k - back];
      if (p.is(".") || p.is("!") || p.is("?")) return false;
      if (p.is("%") || p.is("percent") || p.is("cent") || p.is("percentage")) return true;
    }
    return false;
  }

  // One amount: an optional currency prefix then a number. Returns the prefix and number.
  struct Amount {
    std::optional<CurrencyMatch> prefix;
    ParsedNumber number;
    std::size_t first = 0;
  };

  std::optional<Amount> amount_at(std::size_t k) const {
    Amount a;
    a.first = k;
    a.prefix = currency_at(k);
    std::size_t start = a.prefix ? a.prefix->end : k;
    NumberOptions opt;
    opt.money = a.prefix.has_value();
    auto num = parse_number(text_, t_, start, opt);
    if (!num) return std::nullopt;
    a.number = *num;
    return a;
  }

  // Ordinals ("4th", "21st") are positions, not quantities.
  bool ordinal_suffix(std::size_t k) const {
    return k < t_.size() && k > 0 && t_[k].is_word() && adjacent(t_[k - 1], t_[k]) && t_[k - 1].is_number() &&
           (t_[k].norm == "th" || t_[k].norm == "st" || t_[k].norm == "nd" || t_[k].norm == "rd");
  }

  bool try_quantity(std::size_t i, std::size_t& next) {
    const std::size_t n = t_.size();
    auto a = amount_at(i);
    if (!a) return false;
    ParsedNumber num = a->number;
    std::size_t k = num.last_token;
    if (ordinal_suffix(k)) {
      next = k + 1;
      return true;
    }
    // A range: "$5-10 billion", "5 to 10 percent", "between $5 billion and $10 billion".
    double low = num.value, high = num.value;
    bool range = false;
    std::optional<CurrencyMatch> prefix = a->prefix;
    {
      const bool between = word(i - (i > 0 ? 1 : 0), "between") && i > 0;
      const bool from = i > 0 && word(i - 1, "from");
      std::size_t c = k;
      bool connector = false;
      // A hyphen joins digits only: "$5-10 billion", not "three-nought-four".
      if (c < n && t_[c].is("-") && !num.spelled && c + 1 < n && !t_[c + 1].is_word()) connector = true;
      if (word(c, "to") && !from) connector = true;
      if (word(c, "and") && between) connector = true;
      if (connector && !num.negative) {
        auto b = amount_at(c + 1);
        if (b && !b->number.negative && b->number.form != NumberForm::fraction) {
          const bool same_currency = !b->prefix || !prefix || b->prefix->currency.iso == prefix->currency.iso;
          double lo = num.value;
          if (num.scale == 1 && b->number.scale != 1 && num.form != NumberForm::fraction)
            lo *= b->number.scale;
          const std::size_t be = b->number.last_token;
          const bool chained = be < n && t_[be].is("-") && be + 1 < n && t_[be + 1].is_number();
          if (same_currency && lo < b->number.value && !chained && !ordinal_suffix(be)) {
            range = true;
            low = lo;
            high = b->number.value;
            if (!prefix) prefix = b->prefix;
            num.step = b->number.step;
            k = be;
          }
        }
      }
    }
    const double value = range ? (low + high) / 2 : num.value;

    auto emit = [&](QuantityKind kind, std::string unit, std::size_t end, double factor) {
      QuantityMention m = make(i, end, kind);
      m.unit = std::move(unit);
      m.value = value * factor;
      m.step = num.step * factor;
      if (range) m.comparator = Comparator::range;
      finish(std::move(m), low * factor, high * factor);
      next = end;
      return true;
    };
    // "$3.50" read as "3 dollars 50 cents": the cents are stated to the cent.
    auto emit_with_cents = [&](std::size_t end, const std::string& iso, double cents) {
      QuantityMention m = make(i, end, QuantityKind::money);
      m.unit = iso;
      m.value = value + cents;
      m.step = 0.01;
      finish(std::move(m));
      next = end;
      return true;
    };

    // Money with a prefix: "$14 billion", "C$ 16.4 million", and a redundant "$10 dollars".
    if (prefix) {
      std::size_t e = k;
      if (auto c = currency_after(t_, e);
          c && c->currency.factor == 1 && (c->currency.iso == prefix->currency.iso || t_[e].is_word())) {
        if (t_[e].is_word()) e = c->end;
      }
      double cents = 0;
      e = read_cents(e, num, cents, range);
      if (cents > 0) return emit_with_cents(e, prefix->currency.iso, cents);
      return emit(QuantityKind::money, prefix->currency.iso, e, 1);
    }

    // Percentages.
    {
      std::string unit;
      double factor = 1;
      if (std::size_t e = percent_at(k, unit, factor)) return emit(QuantityKind::percent, unit, e, factor);
    }
    // Money after the number: "420 million finnish markka", "50 cents", "12-cent", "100 ₡", "20 usd".
    {
      std::size_t c0 = k;
      if (c0 < n && t_[c0].is("-") && adjacent(t_[c0 - 1], t_[c0]) && c0 + 1 < n &&
          adjacent(t_[c0], t_[c0 + 1]))
        ++c0;  // "12-cent", "one-yen"
      if (auto c = currency_after(t_, c0)) {
        if (c0 > k && !(t_[c0].is_word() && currency_noun(t_[c0].norm))) {
          // only nouns take the hyphen
        } else {
          std::size_t e = c->end;
          if (c->currency.factor == 1) {
            double cents = 0;
            e = read_cents(e, num, cents, range);
            if (cents > 0) return emit_with_cents(e, c->currency.iso, cents);
          }
          return emit(QuantityKind::money, c->currency.iso, e, c->currency.factor);
        }
      }
    }
    // Durations: "four years", "30-year".
    {
      std::size_t u = k;
      if (u < n && t_[u].is("-") && u + 1 < n && adjacent(t_[u], t_[u + 1])) ++u;
      if (u < n && t_[u].is_word()) {
        const std::string d = duration_unit(t_[u].norm);
        if (!d.empty()) return emit(QuantityKind::duration, d, u + 1, 1);
      }
    }
    // Measures: "330 metres", "1.2 gigawatts", "180ml".
    if (auto u = measure_at(text_, t_, k)) return emit(QuantityKind::measure, u->first, u->second, 1);
    // Counts: "230 million iPhones".
    // Up to two describing words may stand before the noun: "300 million weekly users".
    std::size_t noun = k;
    while (noun < n && noun - k < 2 && t_[noun].is_word() && count_adjective(t_[noun].norm)) ++noun;
    // "One rival report said": a spelled-out "one" is an article more often than a count.
    const bool article = num.form == NumberForm::words && num.value == 1;
    if (noun < n && countable_noun(t_[noun]) && num.form != NumberForm::fraction && !article) {
      // The noun ends the phrase: "three electric ferries" counts ferries, "10 data centres" centres.
      const auto plural = [](const std::string& w) { return w.size() > 3 && w.back() == 's'; };
      if (!plural(t_[noun].norm) && noun + 1 < n && countable_noun(t_[noun + 1]) &&
          plural(t_[noun + 1].norm))
        ++noun;
      return emit(QuantityKind::count, t_[noun].norm, noun + 1, 1);
    }
    return emit(QuantityKind::number, "", k, 1);
  }

  // Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
  // "thirteen dollars forty five", "c $ 100 and fifty". Returns the new end and the cents as a fraction.
  std::size_t read_cents(std::size_t e, const ParsedNumber& whole, double& cents, bool range) const {
    cents = 0;
    if (range || whole.scale != 1 || (whole.form != NumberForm::digits && whole.form != NumberForm::words))
      return e;
    if (whole.value != std::floor(whole.value)) return e;
    const std::size_t n = t_.size();
    std::size_t k = e;
    if (word(k, "and")) ++k;
    auto c = parse_number(text_, t_, k);
    if (!c || c->negative || c->scale != 1 || c->value < 1 || c->value >= 100 ||
        c->value != std::floor(c->value))
      return e;
    std::size_t m = c->last_token;
    if (word(m, "cents") || word(m, "cent") || word(m, "pence")) {
      cents = c->value / 100;
      return m + 1;
    }
    // Without the word: only where nothing follows that could make it a count of something else.
    if (m < n && t_[m].is_word() && !word(m, "and")) return e;
    if (m < n && (t_[m].is_number() || t_[m].kind == TokenKind::symbol)) return e;
    cents = c->value / 100;
    return m;
  }

  // List-like number tokens: "192.168.1.2", "22,24,26,31".
  bool try_digit_list(std::size_t i, std::size_t& next) {
    if (!t_[i].is_number()) return false;
    double v = 0, s = 1;
    if (read_digits(t_[i].norm, v, s)) return false;
    for (const DigitPart& p : split_digit_list(t_[i])) {
      QuantityMention m;
      m.first_token = i;
      m.last_token = i + 1;
      m.start = p.start;
      m.end = p.end;
      m.value = p.value;
      m.step = 1;
      m.interval = interval_for(p.value, 1, Comparator::none);
      if (std::isfinite(p.value)) out_.push_back(m);
    }
    next = i + 1;
    return true;
  }
};

}  // namespace

bool is_measure_unit(std::string_view symbol) {
  static const std::string_view kSquare[] = {"sq ft", "m2", "km2", "sq mi"};
  for (const auto& u : kMeasureUnits)
    if (u.symbol == symbol) return true;
  return std::find(std::begin(kSquare), std::end(kSquare), symbol) != std::end(kSquare);
}

std::vector<QuantityMention> extract_quantities(std::string_view text, const std::vector<Token>& tokens) {
  return Extractor(text, tokens).run();
}

}  // namespace factcheck
