// Currencies as written around a number: signs ("$", "€", "¢"), ISO codes ("usd", "rmb"), nouns and
// the nationality before them ("dollars", "swiss francs", "pence"), and the letters some write before
// an amount ("HK$", "KSh", "Rs"). money.cpp reads money with them; other readers ask whether a word is
// one ("230 million iPhones" counts no currency).
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"
#include "quantities/numbers.hpp"

namespace factcheck::quantities_detail {
namespace {

std::optional<Currency> currency_symbol(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> kSymbols[] = {
      {"$", "USD"},
      {"\xE2\x82\xAC", "EUR"},
      {"\xC2\xA3", "GBP"},
      {"\xE0\xB8\xBF", "THB"},  // ฿
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
      {"\xE2\x82\xB2", "PYG"},  // ₲, the guaraní
      {"\xE2\x82\xB8", "KZT"},
      {"\xE2\x82\xAE", "MNT"},  // ₮
      {"\xD6\x8F", "AMD"},      // ֏, the dram
      {"\xE2\x82\xBC", "AZN"},  // ₼, the manat
      {"\xE2\x82\xBF", "XBT"},
      {"\xE5\x85\x83", "CNY"},  // 元
  };
  for (const auto& [sym, iso] : kSymbols)
    if (sym == s) return Currency{std::string(iso), 1, sym == "$" || iso == "JPY"};
  if (s == "\xC2\xA2") return Currency{"USD", 0.01, true};  // ¢
  return std::nullopt;
}

// Nationality qualifiers before a currency noun: "canadian dollars", "hong kong dollars", "swiss francs".
// Returns the number of qualifier tokens before position k and the ISO code they give.
std::size_t qualifier_before(const Tokens& t, std::size_t first, std::size_t noun, std::string& iso) {
  const std::string_view w = t[noun].norm;
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
    if (before(1, "liberian")) return iso = "LRD", 1;
  }
  // "Lebanese lira", "Iraqi dinars", "Seychelles rupees": a nation's own.
  static constexpr std::tuple<std::string_view, std::string_view, std::string_view> kNational[] = {
      {"lira", "lebanese", "LBP"},     {"liras", "lebanese", "LBP"},    {"pound", "lebanese", "LBP"},
      {"pounds", "lebanese", "LBP"},   {"dinar", "iraqi", "IQD"},       {"dinars", "iraqi", "IQD"},
      {"dinar", "libyan", "LYD"},      {"dinars", "libyan", "LYD"},     {"dinar", "kuwaiti", "KWD"},
      {"dinars", "kuwaiti", "KWD"},    {"dinar", "algerian", "DZD"},    {"dinars", "algerian", "DZD"},
      {"dinar", "jordanian", "JOD"},   {"dinars", "jordanian", "JOD"},  {"dinar", "tunisian", "TND"},
      {"dinars", "tunisian", "TND"},   {"rupee", "seychelles", "SCR"},  {"rupees", "seychelles", "SCR"},
      {"rupee", "seychellois", "SCR"}, {"rupees", "seychellois", "SCR"}};
  for (const auto& [noun_word, nation, code] : kNational)
    if (w == noun_word && before(1, nation)) return iso = std::string(code), 1;
  if ((w == "cent" || w == "cents") && (before(1, "us") || before(1, "american"))) return iso = "USD", 1;
  if ((w == "cent" || w == "cents") && (before(1, "euro"))) return iso = "EUR", 1;
  if ((w == "cent" || w == "cents") && before(1, "canadian")) return iso = "CAD", 1;
  if ((w == "cent" || w == "cents") && before(1, "australian")) return iso = "AUD", 1;
  if ((w == "franc" || w == "francs") && before(1, "swiss")) return iso = "CHF", 1;
  if ((w == "franc" || w == "francs") && before(1, "belgian")) return iso = "BEF", 1;
  if ((w == "franc" || w == "francs") && before(1, "french")) return iso = "FRF", 1;
  if ((w == "mark" || w == "marks") && (before(1, "deutsche") || before(1, "german"))) return iso = "DEM", 1;
  if ((w == "markka" || w == "markkaa") && before(1, "finnish")) return 1;
  if ((w == "guilder" || w == "guilders") && before(1, "dutch")) return 1;
  if (w == "yuan" && before(1, "chinese")) return 1;
  if (w == "yen" && before(1, "japanese")) return 1;
  if ((w == "pound" || w == "pounds") && (before(1, "british") || before(1, "uk"))) return 1;
  if (w == "pfund" && (before(1, "britische") || before(1, "britischen") || before(1, "britischer")))
    return 1;
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

// Currency nouns as written (currency_noun()), with the code of their currency and what one of them is
// worth in it: 0.01 for cents and pence.
struct CurrencyNoun {
  std::string_view word;
  std::string_view iso;
  double factor;
};

constexpr CurrencyNoun kCurrencyNouns[] = {
    {"dollar", "USD", 1},
    {"dollars", "USD", 1},
    {"dólares", "USD", 1},  // translated copy: "2,5 millones de dólares", "3 miliardi di dollari"
    {"dolares", "USD", 1},
    {"dólar", "USD", 1},
    {"dolar", "USD", 1},  // Turkish copy: "14 milyar dolar"
    {"dollari", "USD", 1},
    {"dolari", "USD", 1},    // Romanian copy: "13 mld. dolari"
    {"dollaria", "USD", 1},  // Finnish: "14 mrd. dollaria"
    {"dollarit", "USD", 1},  // Estonian: "13 mrd. dollarit"
    {"dollarid", "USD", 1},
    {"dola", "USD", 1},  // Swahili copy: "dola milioni 750"
    {"dollaro", "USD", 1},
    {"sterline", "GBP", 1},
    {"libras", "GBP", 1},
    {"dlr", "USD", 1},  // wire copy: "750 mln dlrs"
    {"dlrs", "USD", 1},
    {"bucks", "USD", 1},
    {"stg", "GBP", 1},  // wire copy: "1.5 mln stg"
    {"quid", "GBP", 1},
    {"euro", "EUR", 1},
    {"euros", "EUR", 1},
    {"euroa", "EUR", 1},                             // Finnish: "7,1 milj. euroa"
    {"eura", "EUR", 1},                              // Croatian and Slovene: "18,7 mil. eura"
    {"evra", "EUR", 1},                              // Serbian
    {"eur\xC5\xB3", "EUR", 1},                       // Lithuanian: "eurų"
    {"\xD0\xB5\xD0\xB2\xD1\x80\xD0\xBE", "EUR", 1},  // Bulgarian: "евро"
    {"eurot", "EUR", 1},                             // Estonian: "12 miljonit eurot"
    {"pound", "GBP", 1},
    {"pounds", "GBP", 1},
    {"sterling", "GBP", 1},
    {"pfund", "GBP", 1},  // German; a weight too, so read as "pounds" are (money.cpp)
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
    {"shilling", "KES", 1},
    {"shillings", "KES", 1},
    {"ringgit", "MYR", 1},
    {"naira", "NGN", 1},
    {"baht", "THB", 1},
    {"rupiah", "IDR", 1},
    {"dirham", "AED", 1},
    {"dirhams", "AED", 1},
    {"riyal", "SAR", 1},
    {"riyals", "SAR", 1},
    {"zloty", "PLN", 1},
    {"shekel", "ILS", 1},
    {"z\xC5\x82", "PLN", 1},
    {"zl", "PLN", 1},
    {"zlotys", "PLN", 1},
    {"shekels", "ILS", 1},
    {"reais", "BRL", 1},
    {"won", "KRW", 1},
    {"paise", "INR", 0.01},
    {"paisa", "INR", 0.01},
    {"krona", "SEK", 1},
    {"kronor", "SEK", 1},
    {"krone", "DKK", 1},
    {"kroner", "DKK", 1},
    {"kr", "DKK", 1},  // "28,4 mia. kr.": whose, by the language around
    {"pataca", "MOP", 1},
    {"patacas", "MOP", 1},
    {"taka", "BDT", 1},
    {"kwacha", "ZMW", 1},
    {"cedi", "GHS", 1},
    {"cedis", "GHS", 1},
    {"birr", "ETB", 1},
    {"forint", "HUF", 1},
    {"forints", "HUF", 1},
    {"lei", "RON", 1},   // Romanian: "3,41 mld. lei"
    {"leva", "BGN", 1},  // Bulgarian: "0,38 leva", "лв"
    {"lev", "BGN", 1},
    {"\xD0\xBB\xD0\xB2", "BGN", 1},
    {"leu", "RON", 1},
    {"hryvnias", "UAH", 1},
    {"hryvnya", "UAH", 1},
    {"\xD0\xB3\xD1\x80\xD0\xBD", "UAH", 1},  // грн
    {"koruna", "CZK", 1},
    {"hryvnia", "UAH", 1},
    {"tenge", "KZT", 1},
    {"tiyn", "KZT", 0.01},
    {"lari", "GEL", 1},
    {"tetri", "GEL", 0.01},
    {"lek", "ALL", 1},
    {"lek\xC3\xAB", "ALL", 1},  // lekë
    {"leke", "ALL", 1},
    {"tugrik", "MNT", 1},
    {"tugriks", "MNT", 1},
    {"t\xC3\xB6gr\xC3\xB6g", "MNT", 1},  // tögrög
    {"pula", "BWP", 1},
    {"so\xCA\xBBm", "UZS", 1},  // soʻm, its letter a turned comma; so‘m and so’m read as so'm
    {"so'm", "UZS", 1},
    {"dram", "AMD", 1},
    {"\xD6\x8F", "AMD", 1},  // ֏ after the amount: "7 900 ֏"
    {"drams", "AMD", 1},
    {"luma", "AMD", 0.01},
    {"manat", "AZN", 1},
    {"manats", "AZN", 1},
    {"qepik", "AZN", 0.01},
    {"denar", "MKD", 1},
    {"denars", "MKD", 1},
    {"denari", "MKD", 1},
    {"\xD0\xB4\xD0\xB5\xD0\xBD", "MKD", 1},  // ден
    // Serbia's dinar, by default; the checker reads it in the sources' own dinar (Jordan's, Kuwait's...).
    {"dinar", "RSD", 1},
    {"dinars", "RSD", 1},
    {"dinara", "RSD", 1},  // Serbian, after a number: "4,82 mlrd. dinara"
    {"som", "KGS", 1},     // the Kyrgyz som ("so‘m" is Uzbek)
    {"soms", "KGS", 1},
    {"\xD1\x81\xD0\xBE\xD0\xBC", "KGS", 1},  // сом
    {"somoni", "TJS", 1},
    {"\xD1\x81\xD0\xBE\xD0\xBC\xD0\xBE\xD0\xBD\xD0\xB8", "TJS", 1},  // сомони
    {"diram", "TJS", 0.01},
    {"leone", "SLE", 1},
    {"leones", "SLE", 1},
    {"riel", "KHR", 1},
    {"riels", "KHR", 1},
    {"kip", "LAK", 1},
    {"rufiyaa", "MVR", 1},
    {"laari", "MVR", 0.01},
    {"ngultrum", "BTN", 1},
    {"ngultrums", "BTN", 1},
    {"chhertum", "BTN", 0.01},
    {"gourde", "HTG", 1},
    {"gourdes", "HTG", 1},
    {"guaran\xC3\xAD", "PYG", 1},  // guaraní
    {"guarani", "PYG", 1},
    {"guaran\xC3\xAD"
     "es",
     "PYG", 1},  // guaraníes
    {"guaranies", "PYG", 1},
    {"guaranis", "PYG", 1},
    {"dalasi", "GMD", 1},
    {"dalasis", "GMD", 1},
    {"butut", "GMD", 0.01},
    {"bol\xC3\xADvar", "VES", 1},
    {"bol\xC3\xADvares", "VES", 1},
    {"bolivar", "VES", 1},
    {"bolivares", "VES", 1},
    {"t\xC4\x81l\xC4\x81", "WST", 1},
    {"tala", "WST", 1},
    {"nakfa", "ERN", 1},
    {"dobra", "STN", 1},
    {"dobras", "STN", 1},
    {"vatu", "VUV", 1},
    {"ouguiya", "MRU", 1},
    {"ouguiyas", "MRU", 1},
    {"escudo", "CVE", 1},
    {"escudos", "CVE", 1},
    {"boliviano", "BOB", 1},
    {"bolivianos", "BOB", 1},
    {"birr", "ETB", 1},    // Ethiopia
    {"kwanza", "AOA", 1},  // Angola: "96 milhões de kwanzas"
    {"kwanzas", "AOA", 1},
    {"metical", "MZN", 1},  // Mozambique: "79 milhões de meticais"
    {"meticais", "MZN", 1},
    {"meticals", "MZN", 1},
    {"ariary", "MGA", 1},  // Madagascar
    {"kyat", "MMK", 1},    // Myanmar
    {"kyats", "MMK", 1},
    {"col\xC3\xB3n", "CRC", 1},  // Costa Rica: colón, colones ("colon" alone is an English word)
    {"colones", "CRC", 1},
    {"soles", "PEN", 1},  // Peru ("sol" alone is a word of many languages)
    {"lempira", "HNL", 1},
    {"lempiras", "HNL", 1},
    {"c\xC3\xB3rdoba", "NIO", 1},  // córdoba
    {"c\xC3\xB3rdobas", "NIO", 1},
    {"cordoba", "NIO", 1},
    {"cordobas", "NIO", 1},
    {"kina", "PGK", 1},
    {"toea", "PGK", 0.01},
    {"thebe", "BWP", 0.01},
    {"ngwee", "ZMW", 0.01},
    {"kobo", "NGN", 0.01},
    {"soles", "PEN", 1},
    {"bitcoin", "XBT", 1},
    {"bitcoins", "XBT", 1},
    {"cent", "USD", 0.01},
    {"cents", "USD", 0.01},
    {"cts", "USD", 0.01},  // wire copy: "52 cts"
    {"pence", "GBP", 0.01},
    {"penny", "GBP", 0.01},
    {"centimes", "EUR", 0.01},
    {"centime", "EUR", 0.01},  // "une hausse de 50 centimes"
    {"c\xC3\xA9ntimos", "EUR", 0.01},
    {"pennies", "GBP", 0.01},
    {"\xE0\xAE\xB0\xE0\xAF\x82", "LKR", 1},  // ரூ
    {"\xE5\x85\x83", "CNY", 1},              // 元
};

}  // namespace

std::optional<Currency> currency_code(std::string_view w) {
  if (w.size() != 3) return std::nullopt;
  // Asked of every three-letter word: looked up by hash.
  static const std::unordered_set<std::string_view> kCodes = {
      "usd", "eur", "gbp", "jpy", "cny", "cad", "aud", "chf", "inr", "hkd", "nzd", "mxn", "sek", "nok",
      "dkk", "krw", "sgd", "brl", "zar", "rub", "aed", "sar", "qar", "kwd", "bhd", "omr", "egp", "pkr",
      "lkr", "bdt", "npr", "kes", "ngn", "ghs", "ugx", "tzs", "etb", "myr", "thb", "idr", "twd", "pln",
      "czk", "huf", "ils", "ars", "clp", "uyu", "zmw", "xof", "vnd", "ron", "uah", "isk", "jmd", "ttd",
      "bgn", "azn", "mkd", "uzs", "rwf", "pgk", "gyd", "bnd", "gel", "kzt", "mnt", "bwp", "mur", "rsd",
      "jod", "iqd", "lyd", "tnd", "dzd", "byn", "kgs", "tjs", "mdl", "bam", "sle", "sll", "mwk", "scr",
      "bzd", "bsd", "khr", "lak", "mvr", "btn", "htg", "pyg", "gmd", "hnl", "nio", "lbp", "ves", "wst",
      "lrd", "dop", "gtq", "afn", "xaf", "tmt", "bif", "ern", "djf", "kmf", "cve", "stn", "srd", "bbd",
      "sbd", "kyd", "bmd", "fjd", "xcd", "nad", "vuv", "mru", "yer", "sdg"};
  if (w == "rmb") return Currency{"CNY", 1};
  if (w == "nis") return Currency{"ILS", 1};  // the new Israeli shekel, as Israeli press writes it
  if (w == "btc") return Currency{"XBT", 1};
  if (kCodes.count(w) == 0) return std::nullopt;
  std::string iso(w);
  for (char& ch : iso) ch = static_cast<char>(ch - 'a' + 'A');
  return Currency{iso, 1};
}

std::optional<Currency> currency_noun(std::string_view w) {
  // Asked of many words: looked up by hash.
  static const std::unordered_map<std::string_view, const CurrencyNoun*> kByWord = [] {
    std::unordered_map<std::string_view, const CurrencyNoun*> m;
    for (const auto& x : kCurrencyNouns) m.emplace(x.word, &x);
    return m;
  }();
  const auto it = kByWord.find(w);
  if (it == kByWord.end()) return std::nullopt;
  const CurrencyNoun& x = *it->second;
  return Currency{std::string(x.iso), x.factor,
                  x.iso == "USD" || x.iso == "MXN" || x.iso == "INR" || x.iso == "DKK"};
}

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
  // "duck No. 317 won the prize": "won" before a determiner is the verb, not Korea's currency.
  if (word_at(t, k, "won") && k + 1 < n &&
      (t[k + 1].kind == TokenKind::symbol || t[k + 1].is_number() || t[k + 1].is("the") || t[k + 1].is("a") ||
       t[k + 1].is("an") || t[k + 1].is("its") || t[k + 1].is("his") || t[k + 1].is("her") ||
       t[k + 1].is("their") || t[k + 1].is("by") || t[k + 1].is("in") || t[k + 1].is("at")))
    return std::nullopt;
  if ((word_at(t, k, "p") || word_at(t, k, "ppl")) && k > 0 && adjacent(t[k - 1], t[k]) &&
      t[k - 1].is_number())
    return CurrencyMatch{{"GBP", 0.01}, k + 1};  // "20p", "36.2ppl" (pence a litre of fuel)
  // "6,6 milliards de dollars", "2,5 millones de euros", "3 miliardi di euro", "3 millions d’euros": the
  // word for "of" in translated copy.
  if ((word_at(t, k, "de") || word_at(t, k, "di") || word_at(t, k, "des")) && k + 1 < n && t[k + 1].is_word())
    if (auto c = currency_noun(t[k + 1].norm)) return CurrencyMatch{*c, k + 2};
  if (t[k].norm.size() > 2 && t[k].norm.compare(0, 2, "d'") == 0)
    if (auto c = currency_noun(std::string_view(t[k].norm).substr(2))) return CurrencyMatch{*c, k + 1};
  // "31.1 billion Danish crowns": the krone and its kin in English; a crown alone may be a tooth's.
  if (k + 1 < n && t[k].is_word() && (word_at(t, k + 1, "crowns") || word_at(t, k + 1, "crown"))) {
    static constexpr std::pair<std::string_view, std::string_view> kCrowns[] = {
        {"danish", "DKK"}, {"swedish", "SEK"}, {"norwegian", "NOK"}, {"czech", "CZK"}, {"icelandic", "ISK"}};
    for (const auto& [nation, iso] : kCrowns)
      if (t[k].is(nation)) return CurrencyMatch{{std::string(iso), 1}, k + 2};
  }
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
    c->by_context = c->by_context && q == 0;  // "canadian dollars" says whose
    return CurrencyMatch{*c, m + 1};
  }
  // "US-Dollar", as German writes it.
  if (word_at(t, k, "us") && norm_at(t, k + 1, "-") &&
      (word_at(t, k + 2, "dollar") || word_at(t, k + 2, "dollars")) && adjacent(t[k], t[k + 1]) &&
      adjacent(t[k + 1], t[k + 2]))
    return CurrencyMatch{{"USD", 1}, k + 3};
  // "u . s . dollars"
  if (word_at(t, k, "u") && norm_at(t, k + 1, ".") && word_at(t, k + 2, "s")) {
    std::size_t m = k + 3;
    if (norm_at(t, m, ".")) ++m;
    if (word_at(t, m, "dollars") || word_at(t, m, "dollar")) return CurrencyMatch{{"USD", 1}, m + 1};
  }
  return std::nullopt;
}

// Whether token k is a scale word of any language the extractor reads ("million", "mln", "miliona").
static bool scale_at(const Tokens& t, std::size_t k) {
  return k < t.size() && t[k].is_word() && (scale_word(t[k].norm) > 0 || foreign_scale(t[k].norm) > 0);
}

// Whether the number at token k is written as a sum: with a decimal, thousands grouped, or a scale after.
static bool sum_like(std::string_view text, const Tokens& t, std::size_t k) {
  return k < t.size() && t[k].is_number() &&
         (raw(text, t[k]).find_first_of(".,") != std::string_view::npos || scale_at(t, k + 1));
}

std::optional<CurrencyMatch> marks_after(CurrencyHints& hints, std::string_view text, const Tokens& t,
                                         std::size_t k) {
  // "48,6 miliona KM": a sum in millions of kilometres is no prose's; so is a scale before capitals.
  if (k < t.size() && raw(text, t[k]) == "KM" &&
      ((k > 0 && scale_at(t, k - 1)) || hints.says(CurrencyHints::bosnia)))
    return CurrencyMatch{{"BAM", 1}, k + 1};
  // "12 DT", "2,1 milliards Ar", "79 milhões de MT": the Tunisian dinar, the ariary and, where the text
  // names Mozambique, the metical ("MT" is tonnes elsewhere); "3,4 MD", million dinars, where it names
  // Tunisia ("MD" is a managing director elsewhere).
  std::size_t m = k;
  if (m + 1 < t.size() && (t[m].is("de") || t[m].is("d")) && t[m + 1].is_word()) ++m;
  if (m >= t.size() || !t[m].is_word()) return std::nullopt;
  const std::string_view r = raw(text, t[m]);
  if (r == "DT") return CurrencyMatch{{"TND", 1}, m + 1};
  // "2 750 FCFA", "96 millions de francs CFA", "96 million CFA francs": the West African franc, or the
  // Central African where the text names a country of it; "4 500 FC", the Congolese franc, where it
  // names the DRC.
  const std::string cfa = hints.says(CurrencyHints::central_africa) ? "XAF" : "XOF";
  if (r == "FCFA") return CurrencyMatch{{cfa, 1}, m + 1};
  if (r == "CFA" && m + 1 < t.size() && (t[m + 1].is("francs") || t[m + 1].is("franc")))
    return CurrencyMatch{{cfa, 1}, m + 2};
  if ((r == "francs" || r == "franc") && m + 1 < t.size() && raw(text, t[m + 1]) == "CFA")
    return CurrencyMatch{{cfa, 1}, m + 2};
  if (r == "FC" && hints.says(CurrencyHints::drc)) return CurrencyMatch{{"CDF", 1}, m + 1};
  if (r == "Ar") return CurrencyMatch{{"MGA", 1}, m + 1};
  if (r == "MT" && hints.says(CurrencyHints::mozambique)) return CurrencyMatch{{"MZN", 1}, m + 1};
  if (r == "MD" && m == k && hints.says(CurrencyHints::tunisia)) return CurrencyMatch{{"TND", 1e6}, m + 1};
  return std::nullopt;
}

// The currency a text means by a bare "K" or "P" before an amount, by the words it names: the kina in
// Papua New Guinea, the Malawian kwacha, else the Zambian; the pula in Botswana, the peso in the
// Philippines, else none.
static std::string local_letter_currency(CurrencyHints& hints, char letter) {
  if (letter == 'D') return hints.says(CurrencyHints::gambia) ? "GMD" : "";
  if (letter == 'L') return hints.says(CurrencyHints::honduras) ? "HNL" : "";
  if (letter == 'K')
    return hints.says(CurrencyHints::kina) ? "PGK" : hints.says(CurrencyHints::malawi_name) ? "MWK" : "ZMW";
  if (hints.says(CurrencyHints::botswana)) return "BWP";
  return hints.says(CurrencyHints::philippines) ? "PHP" : "";
}

// "Le 12" in Sierra Leone, "MK1.2 billion" in Malawi, "KM 48.6 million" in Bosnia (and "LD", "LL", below):
// letters that are something else elsewhere (a French article, a model's mark, kilometres), read as money
// only where the sum is written as one, here or elsewhere in the text ("Le 4.50", "MK1.2 billion", "KM 3.9
// million", then "Le 12"; not "Le 12 mars"), or where the text names the country, its capital or the
// currency.
static std::optional<CurrencyMatch> local_letters_before(CurrencyHints& hints, std::string_view text,
                                                         const Tokens& t, std::size_t k) {
  const std::string_view r = raw(text, t[k]);
  if (k + 1 >= t.size() || !t[k + 1].is_number()) return std::nullopt;
  using H = CurrencyHints;
  // "LD 310,000" in Libya, "LL 450,000" in Lebanon: the dinar and the lira, only where the text names the
  // country (elsewhere the letters are a lethal dose or a line).
  if ((r == "LD" || r == "LL") && hints.says(r == "LD" ? H::libya : H::lebanon))
    return CurrencyMatch{{r == "LD" ? "LYD" : "LBP", 1}, k + 1};
  if (!(r == "Le" || r == "MK" || r == "KM")) return std::nullopt;
  const bool local = sum_like(text, t, k + 1) ||
                     hints.says(r == "Le"   ? H::sierra_leone
                                : r == "MK" ? H::malawi
                                            : H::bosnia) ||
                     hints.says(r == "Le"   ? H::le_sum
                                : r == "MK" ? H::mk_sum
                                            : H::km_sum);
  if (!local) return std::nullopt;
  return CurrencyMatch{{r == "Le" ? "SLE" : r == "MK" ? "MWK" : "BAM", 1}, k + 1};
}

// "$U 412 millones", "S/ 4,4 millones", "Sh1.9 billion": signs of Latin America's and East Africa's
// press before an amount, the Uruguayan peso, the Peruvian sol and the shilling.
static std::optional<CurrencyMatch> regional_sign_before(CurrencyHints& hints, std::string_view text,
                                                         const Tokens& t, std::size_t k) {
  const std::size_t n = t.size();
  // "$U 412 millones": the Uruguayan peso.
  if (k + 2 < n && t[k].is("$") && raw(text, t[k + 1]) == "U" && adjacent(t[k], t[k + 1]) &&
      t[k + 2].is_number())
    return CurrencyMatch{{"UYU", 1}, k + 2};
  // "S/ 4,4 millones", "S/. 1.200": the Peruvian sol.
  if (k + 2 < n && raw(text, t[k]) == "S" && t[k + 1].is("/") && adjacent(t[k], t[k + 1])) {
    std::size_t m = k + 2;
    if (norm_at(t, m, ".") && adjacent(t[m - 1], t[m])) ++m;
    if (m < n && t[m].is_number()) return CurrencyMatch{{"PEN", 1}, m};
  }
  // "Sh1.9 billion", "Sh8,500": East Africa's press writes its shilling so, the Kenyan unless the text
  // names Uganda or Tanzania.
  if (raw(text, t[k]) == "Sh" && k + 1 < n && t[k + 1].is_number()) {
    const std::string iso = hints.says(CurrencyHints::uganda)     ? "UGX"
                            : hints.says(CurrencyHints::tanzania) ? "TZS"
                                                                  : "KES";
    return CurrencyMatch{{iso, 1}, k + 1};
  }
  return std::nullopt;
}

// The dollar a word glued or next to "$" names: "US$", "C$", "HK$", "CI$2,950", "Bds$300" (empty if none).
static std::string dollar_of(CurrencyHints& hints, std::string_view w, std::string_view r, bool glued) {
  std::string iso;
  if (w == "us" || w == "usd") iso = "USD";
  if (w == "c" || w == "ca" || w == "can" || w == "cad") iso = "CAD";
  // "C$ 240 million" in Nicaragua is the córdoba.
  if (r == "C" && hints.says(CurrencyHints::nicaragua)) iso = "NIO";
  if (w == "hk" || w == "hkd") iso = "HKD";
  if (w == "nz" || w == "nzd") iso = "NZD";
  if (w == "au" || w == "aud" || (r == "A" && glued)) iso = "AUD";
  if (w == "sgd" || (r == "S" && glued)) iso = "SGD";
  if (r == "R" && glued) iso = "BRL";
  if (r == "J" && glued) iso = "JMD";  // "J$182 million": Jamaican dollars
  if (r == "G" && glued) iso = "GYD";  // "G$1.2 billion": Guyanese dollars
  if (r == "B" && glued) iso = hints.says(CurrencyHints::bahamas) ? "BSD" : "BND";  // "B$45m"
  if (w == "bz" && glued) iso = "BZD";  // "BZ$14.6 million": Belize dollars
  if (w == "ws" && glued) iso = "WST";  // "WS$25": Samoan tālā
  if (r == "L" && glued && hints.says(CurrencyHints::liberia)) iso = "LRD";  // "L$ 2,500"
  if (w == "mex" || w == "mxn") iso = "MXN";
  if (w == "nt" || w == "twd") iso = "TWD";  // "NT$9.8bn": New Taiwan dollars
  if (w == "tt" || w == "ttd") iso = "TTD";  // "TT$75,000": Trinidad and Tobago dollars
  // The dollars of the Caymans, Bermuda, the Solomons, Barbados, Fiji, the Eastern Caribbean and
  // Namibia: "CI$2,950", "BD$40", "SI$1.2 million", "Bds$300", "F$45", "EC$2.5m", "N$900".
  if (w == "ci" || w == "kyd") iso = "KYD";
  if (r == "BD" && glued) iso = "BMD";
  if (w == "si" || w == "sbd") iso = "SBD";
  if (w == "bds" || w == "bbd") iso = "BBD";
  if ((r == "F" && glued) || w == "fj" || w == "fjd") iso = "FJD";
  if (w == "ec" || w == "xcd") iso = "XCD";
  if (r == "N" && glued) iso = "NAD";
  if (w == "srd") iso = "SRD";
  return iso;
}

std::optional<CurrencyMatch> currency_before(CurrencyHints& hints, std::string_view text, const Tokens& t,
                                             std::size_t k) {
  const std::size_t n = t.size();
  if (k >= n) return std::nullopt;
  if (auto c = regional_sign_before(hints, text, t, k)) return c;
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
    const std::string iso = dollar_of(hints, w, raw(text, t[k]), adjacent(t[k], t[k + 1]));
    if (!iso.empty()) return CurrencyMatch{{iso, 1}, k + 2};
  }
  // "R1.2 billion", "R500 million", "R1.3bn": South African rand, glued to an amount that has a scale or
  // a decimal (a bare "R2" is a road or a grade).
  // So are "K84.2 million" and "P1.2 billion": the kwacha or the kina, the pula or the Philippine peso, by
  // the text's own words (a bare "K9" or "P45" is no money).
  const std::string_view letter = raw(text, t[k]);
  if ((letter == "R" || letter == "K" || letter == "P" || letter == "D" || letter == "L") && k + 1 < n &&
      t[k + 1].is_number() && adjacent(t[k], t[k + 1])) {
    const std::string_view num = raw(text, t[k + 1]);
    const bool scaled = k + 2 < n && (word_at(t, k + 2, "billion") || word_at(t, k + 2, "bn") ||
                                      word_at(t, k + 2, "million") || word_at(t, k + 2, "m") ||
                                      word_at(t, k + 2, "mn") || word_at(t, k + 2, "trillion"));
    const bool sum = scaled || num.find_first_of(".,") != std::string_view::npos;
    const std::string iso = !sum ? "" : letter == "R" ? "ZAR" : local_letter_currency(hints, letter[0]);
    if (!iso.empty()) return CurrencyMatch{{iso, 1}, k + 1};
  }
  if (auto c = local_letters_before(hints, text, t, k)) return c;
  // "KSh 560 billion", "Dh 578", "QR1.2 trillion", "GH¢48,000": the local abbreviations of currencies
  // written before the amount, as their own press writes them.
  {
    static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
        {"KSh", "KES"}, {"Ksh", "KES"}, {"USh", "UGX"}, {"TSh", "TZS"}, {"Dh", "AED"},  {"Dhs", "AED"},
        {"SR", "SAR"},  {"QR", "QAR"},  {"RO", "OMR"},  {"KD", "KWD"},  {"BD", "BHD"},  {"Rp", "IDR"},
        {"RM", "MYR"},  {"Tk", "BDT"},  {"GH", "GHS"},  {"Shs", "UGX"}, {"Frw", "RWF"}, {"RWF", "RWF"},
        {"Nu", "BTN"},  {"Bs", "BOB"},  {"Rf", "MVR"},  {"MRf", "MVR"}, {"Br", "ETB"},  {"JD", "JOD"},
        {"Kz", "AOA"},  {"DT", "TND"},  {"Ar", "MGA"}};  // Ugandan press: "Shs212b", "Shs 3,650 a kilo"
    const std::string_view r = raw(text, t[k]);
    // Only a capitalised word: most short words are "the", "and", "of".
    for (auto [abbreviation, iso] : kAbbreviations) {
      if (r.size() < 2 || r[0] < 'A' || r[0] > 'Z') break;
      if (r != abbreviation) continue;
      // "SR 150" in the Seychelles is the rupee; "Bs. 1.200" in Venezuela the bolívar.
      if (r == "SR" && hints.says(CurrencyHints::seychelles)) iso = "SCR";
      if (r == "Bs" && hints.says(CurrencyHints::venezuela)) iso = "VES";
      std::size_t m = k + 1;
      // "GH¢48,000", "GH₵ 5": the cedi's sign after its letters.
      if (r == "GH") {
        if (m >= n || !(t[m].is("\xC2\xA2") || t[m].is("\xE2\x82\xB5")) || !adjacent(t[k], t[m])) break;
        ++m;
      }
      if (norm_at(t, m, ".") && adjacent(t[m - 1], t[m])) ++m;
      if (m < n && t[m].is_number()) return CurrencyMatch{{std::string(iso), 1}, m};
      break;
    }
  }
  // "Rs 500 crore", "Rs. 14.49 lakh", "Rs13": Indian rupees.
  if (w == "rs" && raw(text, t[k]) == "Rs") {
    std::size_t m = k + 1;
    if (norm_at(t, m, ".") && adjacent(t[k], t[m])) ++m;
    if (m < n && t[m].is_number()) return CurrencyMatch{{"INR", 1, true}, m};
  }
  // "AMD 4.82 billion", "AMD 7,900" are drams, "ALL 3,2 mld" leks and "COP 15.000" pesos, but "AMD 7900" is
  // a chip, "all 12", "COP 28" (a summit) and "Bob 3" no money: codes that are words too (not
  // currency_code()'s), in capitals before an amount with a scale, a decimal or thousands grouped.
  const std::string_view written = raw(text, t[k]);
  const bool ambiguous = written == "AMD" || written == "ALL" || written == "COP" || written == "PEN" ||
                         written == "BOB" || written == "CRC" || written == "CDF";
  std::optional<Currency> c = currency_code(w);
  if (ambiguous) c = Currency{std::string(written), 1};
  if (c) {
    // "USD 200", "usd$ 15"; only when a number follows.
    std::size_t m = k + 1;
    if (norm_at(t, m, "$") && adjacent(t[k], t[m])) ++m;
    const auto money_like = [&] {
      const std::string_view num = raw(text, t[m]);
      return num.find_first_of(".,") != std::string_view::npos ||
             (m + 1 < n &&
              (word_at(t, m + 1, "million") || word_at(t, m + 1, "billion") || word_at(t, m + 1, "bn") ||
               word_at(t, m + 1, "mn") || word_at(t, m + 1, "mln") || word_at(t, m + 1, "thousand")));
    };
    if (m < n && t[m].is_number() && (!ambiguous || money_like())) return CurrencyMatch{*c, m};
  }
  return std::nullopt;
}

}  // namespace factcheck::quantities_detail
