// Money: a figure with a currency before or after it ("$14 billion", "C$ 16.4 million", "420 million
// finnish markka", "20p"), whose "$", cents, rupees or pesos they are by the places the text names, and
// the cents after a whole amount. The currencies themselves are read in currencies.cpp.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

struct PlaceWord {
  std::string_view word, iso;
};

// Places whose currency a "$", a rupee or a peso in their sentence is, and "home" for those that keep it
// the US dollar, the Indian rupee or the Mexican peso (Extraction::places()).
const PlaceWord kPlaceWords[] = {
    {"australia", "AUD"},
    {"australian", "AUD"},
    {"sydney", "AUD"},
    {"melbourne", "AUD"},
    {"brisbane", "AUD"},
    {"perth", "AUD"},
    {"adelaide", "AUD"},
    {"canberra", "AUD"},
    {"hobart", "AUD"},
    {"queensland", "AUD"},
    {"nsw", "AUD"},
    {"tasmania", "AUD"},
    {"asx", "AUD"},
    {"zealand", "NZD"},
    {"auckland", "NZD"},
    {"wellington", "NZD"},
    {"christchurch", "NZD"},
    {"dunedin", "NZD"},
    {"rotorua", "NZD"},
    {"tauranga", "NZD"},
    {"waikato", "NZD"},
    {"canada", "CAD"},
    {"canadian", "CAD"},
    {"toronto", "CAD"},
    {"ottawa", "CAD"},
    {"montreal", "CAD"},
    {"vancouver", "CAD"},
    {"calgary", "CAD"},
    {"edmonton", "CAD"},
    {"ontario", "CAD"},
    {"quebec", "CAD"},
    {"qu\xC3\xA9"
     "bec",
     "CAD"},
    {"qu\xC3\xA9"
     "b\xC3\xA9"
     "cois",
     "CAD"},
    {"montr\xC3\xA9"
     "al",
     "CAD"},
    {"accc", "AUD"},  // the Australian competition regulator
    {"asic", "AUD"},
    {"alberta", "CAD"},
    {"tsx", "CAD"},
    {"singapore", "SGD"},
    {"singaporean", "SGD"},
    {"sgx", "SGD"},
    {"pakistan", "PKR"},
    {"pakistani", "PKR"},
    {"karachi", "PKR"},
    {"lahore", "PKR"},
    {"islamabad", "PKR"},
    {"rawalpindi", "PKR"},
    {"peshawar", "PKR"},
    {"quetta", "PKR"},
    {"multan", "PKR"},
    {"faisalabad", "PKR"},
    {"sindh", "PKR"},
    {"lanka", "LKR"},
    {"lankan", "LKR"},
    {"colombo", "LKR"},
    {"nepal", "NPR"},
    {"kathmandu", "NPR"},
    {"colombia", "COP"},
    {"colombian", "COP"},
    {"bogota", "COP"},
    {"medellin", "COP"},
    {"argentina", "ARS"},
    {"argentine", "ARS"},
    {"chile", "CLP"},
    {"chilean", "CLP"},
    {"philippines", "PHP"},
    {"philippine", "PHP"},
    {"manila", "PHP"},
    {"uruguay", "UYU"},
    {"australians", "AUD"},
    {"canadians", "CAD"},
    {"singaporeans", "SGD"},
    {"scotia", "CAD"},
    {"manitoba", "CAD"},
    {"saskatchewan", "CAD"},
    {"newfoundland", "CAD"},
    {"winnipeg", "CAD"},
    {"halifax", "CAD"},
    {"yukon", "CAD"},
    {"ireland", "EUR"},
    {"irish", "EUR"},
    {"dublin", "EUR"},
    {"cork", "EUR"},
    {"galway", "EUR"},
    {"limerick", "EUR"},
    {"germany", "EUR"},
    {"france", "EUR"},
    {"spain", "EUR"},
    {"italy", "EUR"},
    {"netherlands", "EUR"},
    {"belgium", "EUR"},
    {"portugal", "EUR"},
    {"austria", "EUR"},
    {"finland", "EUR"},
    {"greece", "EUR"},
    // Their own names, for the cents of translated copy: "steigt auf 95 Cent" in Deutschland.
    {"deutschland", "EUR"},
    {"frankreich", "EUR"},
    {"espa\xC3\xB1"
     "a",
     "EUR"},
    {"italia", "EUR"},
    {"nederland", "EUR"},
    {"belgique", "EUR"},
    {"belgi\xC3\xAB", "EUR"},
    {"american", "home"},
    {"americans", "home"},
    {"washington", "home"},
    {"nasdaq", "home"},
    {"nyse", "home"},
    {"india", "home"},
    {"indian", "home"},
    {"mumbai", "home"},
    {"delhi", "home"},
    {"mexico", "home"},
    {"mexican", "home"},
    // Central banks and tax offices named by their letters: "The RBA kept the cash rate".
    {"rba", "AUD"},
    {"ato", "AUD"},
    {"apra", "AUD"},
    {"rbnz", "NZD"},
    {"nzx", "NZD"},
    {"osfi", "CAD"}};

}  // namespace

bool find_places(std::string_view text, const Tokens& tokens,
                 std::vector<std::pair<std::size_t, std::string_view>>& places) {
  // The words by hash, and which first two letters and lengths they have, so that nearly every word of a
  // text is passed over without hashing it.
  struct Index {
    std::unordered_map<std::string_view, std::string_view> words;
    std::uint32_t lengths[26 * 27] = {};
    static std::size_t slot(std::string_view w) {
      const std::size_t second = w.size() > 1 && w[1] >= 'a' && w[1] <= 'z' ? w[1] - 'a' + 1 : 0;
      return static_cast<std::size_t>(w[0] - 'a') * 27 + second;
    }
  };
  static const Index index = [] {
    Index x;
    for (const PlaceWord& p : kPlaceWords) {
      x.words.emplace(p.word, p.iso);
      x.lengths[Index::slot(p.word)] |= 1u << std::min<std::size_t>(p.word.size(), 31);
    }
    x.lengths[Index::slot("u")] |= 1u << 1;   // "U.S."
    x.lengths[Index::slot("us")] |= 1u << 2;  // "US"
    return x;
  }();
  bool abroad = false;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& tok = tokens[k];
    if (!tok.is_word()) continue;
    const std::string_view w = tok.norm;
    if (w[0] < 'a' || w[0] > 'z' ||
        !(index.lengths[Index::slot(w)] & (1u << std::min<std::size_t>(w.size(), 31))))
      continue;
    if (w == "us" || w == "u") {
      const std::string_view r = text.substr(tok.start, tok.end - tok.start);
      if (r == "US" || (r == "U" && k + 2 < tokens.size() && tokens[k + 1].is(".") && tokens[k + 2].is("s")))
        places.emplace_back(k, "home");
      continue;
    }
    if (const auto it = index.words.find(w); it != index.words.end()) {
      places.emplace_back(k, it->second);
      abroad = abroad || it->second != "home";
    }
  }
  return abroad;
}

namespace {

// Reads the currency around a figure, and the cents after a whole amount.
class MoneyReader : public Reader {
 public:
  using Reader::Reader;

  // Money with a currency before it: "$14 billion", "C$ 16.4 million", and a redundant "$10 dollars".
  bool emit_money_with_prefix(const Figure& f, std::size_t& next) {
    const std::string iso = resolve(f.prefix->currency, f.first);
    std::size_t e = f.end;
    if (auto c = currency_after(t_, e);
        c && c->currency.factor == 1 && (c->currency.iso == iso || t_[e].is_word())) {
      if (t_[e].is_word()) e = c->end;
    }
    double cents = 0;
    e = read_cents(e, f.number, cents, f.range);
    if (cents > 0) return emit_with_cents(f, e, iso, cents, next);
    return emit(f, QuantityKind::money, iso, e, 1, next);
  }

  // Money with the currency after the number: "420 million finnish markka", "50 cents", "12-cent".
  bool try_money_after(const Figure& f, std::size_t& next) {
    const std::size_t n = t_.size(), k = f.end;
    std::size_t c0 = k;
    if (c0 < n && t_[c0].is("-") && adjacent(t_[c0 - 1], t_[c0]) && c0 + 1 < n &&
        adjacent(t_[c0], t_[c0 + 1]))
      ++c0;  // "12-cent", "one-yen"
    // "45c", "320c/kg": cents glued to the number, unless a temperature is spoken of.
    const bool after_slash = f.first > 0 && t_[f.first - 1].is("/") && adjacent(t_[f.first - 1], t_[f.first]);
    if (word(k, "c") && raw(text_, t_[k]) == "c" && adjacent(t_[k - 1], t_[k]) && !f.prefix && !after_slash &&
        !temperature_before(f.first)) {
      std::size_t e = k + 1;
      if (e + 1 < n && t_[e].is("/") && adjacent(t_[k], t_[e]) && t_[e + 1].is_word()) e += 2;  // "320c/kg"
      return emit(f, QuantityKind::money, resolve({"USD", 0.01, true}, f.first), e, 0.01, next);
    }
    const auto marks = c0 == k ? marks_after(scan_.currency_hints, text_, t_, k) : std::nullopt;
    const auto c = marks ? marks : currency_after(t_, c0);
    if (!c) return false;

    if (c0 > k && !(t_[c0].is_word() && currency_noun(t_[c0].norm)))
      return false;  // only nouns take the hyphen
    // "208 pounds", "a 25-pound sack": pounds are a weight unless money is spoken of; so is German "Pfund".
    if (t_[c0].is("pound") || t_[c0].is("pounds") || t_[c0].is("pfund")) {
      const bool millions = f.number.scale >= 1e6 && !word(c->end, "of");
      if (c0 > k ? !money_noun_after(c->end)
                 : !(money_context(f.first, millions) || word(c->end, "sterling")))
        return false;
    }
    std::string iso = resolve(c->currency, f.first);
    if (iso == "RSD") iso = local_dinar(scan_.currency_hints);
    // Lebanon's lira and the Seychelles' rupee, where the text names the country.
    const bool noun = t_[c0].is_word();
    if (iso == "TRY" && noun && scan_.currency_hints.says(CurrencyHints::lebanon)) iso = "LBP";
    if (iso == "INR" && noun && scan_.currency_hints.says(CurrencyHints::seychelles)) iso = "SCR";
    std::size_t e = c->end;
    if (iso == "GBP" && word(e, "sterling")) ++e;  // "208 pounds sterling"
    if (c->currency.factor == 1) {
      double cents = 0;
      e = read_cents(e, f.number, cents, f.range);
      if (cents > 0) return emit_with_cents(f, e, iso, cents, next);
    }
    return emit(f, QuantityKind::money, iso, e, c->currency.factor, next);
  }

 private:
  // Whose currency "$", "dollars", "cents" and "¥" are: Australian after "A$1.62 billion" nearby,
  // yuan where China is spoken of.
  std::string resolve(const Currency& c, std::size_t first) const {
    if (!c.by_context) return c.iso;
    if (c.iso == "USD") {
      for (auto it = scan_.mentions.rbegin(); it != scan_.mentions.rend(); ++it) {
        if (it->last_token + 60 < first) break;
        if (it->kind != QuantityKind::money) continue;
        static constexpr std::string_view kDollars[] = {"AUD", "CAD", "NZD", "HKD", "SGD", "TWD"};
        if (one_of(it->unit, kDollars)) return it->unit;
      }
    }
    // The place the sentence speaks of: "Brisbane City Council approved a $4.2 billion budget", "Rs 3.5
    // trillion" in a Karachi court report, "2,1 million pesos" in Colombia.
    if (c.iso == "USD" || c.iso == "INR" || c.iso == "MXN") {
      // "save 10c a litre and €10 off a €50 shop": cents beside euros are euro cents.
      if (c.factor < 1) {
        const std::size_t from = first > 30 ? first - 30 : 0, to = std::min(t_.size(), first + 30);
        for (std::size_t k = from; k < to; ++k)
          if (t_[k].is("\xE2\x82\xAC") || word(k, "euro") || word(k, "euros")) return "EUR";
      }
      const std::string local = local_currency(c.iso, first, c.factor < 1);
      if (!local.empty()) return local;
    }
    // "kroner" are Norway's in Norwegian: "koster 6,3 milliarder kroner ... i 15 år".
    if (c.iso == "DKK") {
      static constexpr std::string_view kNorwegian[] = {
          "av",           "ble",       "mye",       "norge",     "norsk", "norske", "oslo",
          "bergen",       "trondheim", "stavanger", "bilistene", "hva",   "fra",    "fjor",
          "vinmonopolet", "selskapet", "opplyser",  "skal",      "blir"};
      static constexpr std::string_view kDanish[] = {"af",     "blev", "meget",     "danmark", "dansk",
                                                     "danske", "hvad", "selskabet", "oplyser", "bliver"};
      static constexpr std::string_view kSwedish[] = {
          "och", "\xC3\xA4r", "inte", "att", "f\xC3\xB6r", "sverige", "svenska", "stockholm", "kronor"};
      int norwegian = 0, danish = 0, swedish = 0;
      for (std::size_t k = first > 200 ? first - 200 : 0; k < std::min(t_.size(), first + 200); ++k) {
        const Token& tok = t_[k];
        if (!tok.is_word()) continue;
        if (one_of(tok.norm, kNorwegian)) ++norwegian;
        if (one_of(tok.norm, kDanish)) ++danish;
        if (one_of(tok.norm, kSwedish)) ++swedish;
      }
      if (swedish > norwegian && swedish > danish) return "SEK";
      return norwegian > danish ? "NOK" : "DKK";
    }
    if (c.iso == "JPY") {
      static constexpr std::string_view kChina[] = {
          "china",    "chinese",   "yuan",   "renminbi", "rmb",       "beijing", "shanghai",
          "shenzhen", "guangzhou", "foshan", "hangzhou", "chongqing", "tianjin", "wuhan",
          "chengdu",  "dongguan",  "ningbo", "xiamen",   "suzhou",    "nanjing", "yiwu"};
      const std::size_t from = first > 30 ? first - 30 : 0, to = std::min(t_.size(), first + 30);
      for (std::size_t k = from; k < to; ++k)
        if (t_[k].is_word() && one_of(t_[k].norm, kChina)) return "CNY";
    }
    return c.iso;
  }

  // The currency of the place the figure's sentence names, for "$" (and cents), rupees and pesos; "" when it
  // names none, or names the United States (or India, or Mexico) too.
  std::string local_currency(const std::string& iso, std::size_t first, bool cents) const {
    const auto& places = scan_.places();
    if (!scan_.abroad()) return "";
    std::size_t to = std::min(t_.size(), first + 40);
    for (std::size_t k = first + 1; k < to; ++k)
      if ((t_[k].is(".") || t_[k].is("!") || t_[k].is("?")) && k + 1 < t_.size() &&
          has_capital(text_, t_[k + 1]))
        to = k;
    const std::size_t from = sentence_start(first);
    std::string found = place_currency(places, iso, from, to, cents);
    // A sentence that names no place goes on from the one before: "NSW recorded 340 road deaths. ... will
    // cost $410".
    if (found.empty() && from > 0 && !names_place(places, from, to))
      found = place_currency(places, iso, sentence_start(from - 1), from, cents);
    return found == "home" ? "" : found;
  }

  // Whether a place of the list is named between tokens from and to.
  static bool names_place(const std::vector<std::pair<std::size_t, std::string_view>>& places,
                          std::size_t from, std::size_t to) {
    auto it = std::lower_bound(places.begin(), places.end(), std::make_pair(from, std::string_view()));
    return it != places.end() && it->first < to;
  }

  // The currency of the one place between tokens from and to whose sign `iso` is; "home" when the United
  // States (India, Mexico) is named there, "" when none or two.
  static std::string place_currency(const std::vector<std::pair<std::size_t, std::string_view>>& places,
                                    const std::string& iso, std::size_t from, std::size_t to, bool cents) {
    std::string found;
    auto it = std::lower_bound(places.begin(), places.end(), std::make_pair(from, std::string_view()));
    for (; it != places.end() && it->first < to; ++it) {
      const std::string_view p = it->second;
      if (p == "home") return "home";
      // Each currency speaks only for its own sign: "$" for the dollars, rupees for rupees.
      const bool dollar = p == "AUD" || p == "NZD" || p == "CAD" || p == "SGD";
      const bool rupee = p == "PKR" || p == "LKR" || p == "NPR";
      // Cents in the euro area ("10c off in Dublin") are euro cents.
      const bool euro = p == "EUR";
      if ((iso == "USD" && (dollar || (euro && cents))) || (iso == "INR" && rupee) ||
          (iso == "MXN" && !dollar && !rupee && !euro)) {
        if (!found.empty() && found != p) return "";  // two places: no choice
        found = std::string(p);
      }
    }
    return found;
  }

  // The first token of the sentence of token k: after the last full stop followed by a capital, at most
  // forty tokens back.
  std::size_t sentence_start(std::size_t k) const {
    for (std::size_t m = k; m > 0 && k - m < 40; --m) {
      const Token& p = t_[m - 1];
      if ((p.is(".") || p.is("!") || p.is("?")) && has_capital(text_, t_[m])) return m;
    }
    return k >= 40 ? k - 40 : 0;
  }

  // A word of heat or cold shortly before, in the clause: "highs of 31c".
  bool temperature_before(std::size_t first) const {
    static constexpr std::string_view kWords[] = {
        "temperature", "temperatures", "high",    "highs",   "low",    "lows",        "heat",    "degrees",
        "warm",        "warmer",       "hot",     "hotter",  "cold",   "colder",      "cool",    "weather",
        "maximum",     "minimum",      "oven",    "preheat", "bake",   "thermometer", "mercury", "sea",
        "water",       "air",          "reached", "hit",     "soared", "plunged",     "freezing"};
    for (std::size_t back = 1; back <= 8 && back <= first; ++back) {
      const Token& p = t_[first - back];
      if (p.is(".") || p.is(";")) break;
      if (p.is_word() && one_of(p.norm, kWords)) return true;
    }
    return false;
  }

  // "a 10-pound note": a money noun after "N-pound".
  bool money_noun_after(std::size_t k) const {
    static constexpr std::string_view kNouns[] = {
        "note",    "notes",   "coin",   "coins", "fine",   "fee",      "bill",  "ticket", "bet",
        "voucher", "payment", "charge", "prize", "cheque", "donation", "bonus", "tip"};
    return k < t_.size() && t_[k].is_word() && one_of(t_[k].norm, kNouns);
  }

  // Whether the words nearest before a figure in pounds speak of money (price, paid, worth, fined)
  // rather than of weight (weighs, lost, heavy): the nearest word of either kind in the clause decides,
  // and with none it is a weight.
  bool money_context(std::size_t first, bool millions = false) const {
    static constexpr std::string_view kMoney[] = {
        "price", "prices", "priced", "cost", "costs", "costing", "paid", "pay", "pays", "paying", "fine",
        "fined", "fines", "salary", "salaries", "wage", "wages", "revenue", "revenues", "profit", "profits",
        "worth", "sold", "sell", "sells", "selling", "bought", "buy", "buys", "charge", "charged", "charges",
        "fee", "fees", "bill", "spent", "spend", "spends", "spending", "raised", "fund", "funds", "funding",
        "invest", "invested", "investment", "earn", "earned", "earns", "earning", "earnings", "owe", "owed",
        "owes", "debt", "debts", "loan", "loans", "budget", "tax", "taxes", "compensation", "damages",
        "awarded", "award", "bid", "bonus", "pension", "grant", "donated", "donation", "rent", "valued",
        "value", "valuation", "prize", "bet", "ticket", "tickets", "sterling", "money", "cash", "income",
        "turnover", "savings", "cheque", "jackpot", "bail", "refund", "settlement", "fetched", "fetch",
        "auction", "sum", "cheaper", "expensive",
        // German, for "Pfund": "der Preis lag bei 218.000 Pfund"
        "preis", "kosten", "kostet", "kostete", "umsatz", "gewinn", "gehalt", "miete", "zahlte", "wert",
        "schulden", "verdiente"};
    static constexpr std::string_view kWeight[] = {
        "weigh",   "weighs",   "weighed", "weighing", "weight",  "weights", "heavy",   "heavier",
        "lighter", "thrust",   "tow",     "towing",   "lift",    "lifted",  "lifts",   "carry",
        "carried", "carries",  "load",    "payload",  "bag",     "sack",    "lost",    "lose",
        "gained",  "gain",     "shed",    "drop",     "dropped", "scales",  "crop",    "crops",
        "harvest", "harvests", "yield",   "yields",   "catch",   "produce", "produced"};
    for (std::size_t back = 1; back <= 12 && back <= first; ++back) {
      const Token& p = t_[first - back];
      if (p.is(".") || p.is(";") || p.is("!") || p.is("?")) break;
      if (!p.is_word()) continue;
      if (one_of(p.norm, kWeight)) return false;
      if (one_of(p.norm, kMoney)) return true;
    }
    return millions;  // "a club record 18.6m pounds": no word either way, and millions of pounds are money
  }

  // "$3.50" read as "3 dollars 50 cents": the cents are stated to the cent.
  bool emit_with_cents(const Figure& f, std::size_t end, const std::string& iso, double cents,
                       std::size_t& next) {
    QuantityMention m = make(f.first, end, QuantityKind::money);
    m.unit = iso;
    m.value = f.value + cents;
    m.step = 0.01;
    finish(std::move(m));
    next = end;
    return true;
  }

  // Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
  // "thirteen dollars forty five", "c $ 100 and fifty". Returns the new end and the cents as a fraction.
  std::size_t read_cents(std::size_t e, const ParsedNumber& whole, double& cents, bool range) const {
    cents = 0;
    if (range || whole.scale != 1 || (whole.form != NumberForm::digits && whole.form != NumberForm::words))
      return e;
    // Nor after a sum written with its decimals ("£14,500.00"), nor on the next line (a list's next item:
    // "£14,500.00\n2. Meissen figures").
    if (whole.value != std::floor(whole.value) || whole.step < 1) return e;
    const std::size_t n = t_.size();
    std::size_t k = e;
    if (k > 0 && k < n &&
        text_.substr(t_[k - 1].end, t_[k].start - t_[k - 1].end).find('\n') != std::string_view::npos)
      return e;
    if (word(k, "and")) ++k;
    auto c = parse_number(text_, t_, k);
    if (!c || c->negative || c->scale != 1 || c->value < 1 || c->value >= 100 ||
        c->value != std::floor(c->value) ||
        (c->spelled && c->value == 1 && k == e))  // "the £95 one": a pronoun, not "one dollar and one"
      return e;
    std::size_t m = c->last_token;
    if (word(m, "cents") || word(m, "cent") || word(m, "pence")) {
      cents = c->value / 100;
      return m + 1;
    }
    // Without the word: only where nothing follows that could make it a count of something else.
    if (m < n && t_[m].is_word() && !word(m, "and")) return e;
    if (m < n && (t_[m].is_number() || t_[m].kind == TokenKind::symbol)) return e;
    // "£45 two-person delivery": a number glued to a hyphen is a compound's, not the cents.
    if (m < n && t_[m].is("-") && t_[m].start == t_[m - 1].end) return e;
    cents = c->value / 100;
    return m;
  }
};

}  // namespace

bool emit_money_with_prefix(Extraction& scan, const Figure& f, std::size_t& next) {
  return MoneyReader(scan).emit_money_with_prefix(f, next);
}

bool try_money_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return MoneyReader(scan).try_money_after(f, next);
}

}  // namespace factcheck::quantities_detail
