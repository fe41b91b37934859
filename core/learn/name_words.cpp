// The words a name is read by: the verbs an organisation acts with, the words of a name that say
// little on their own, and the nouns that end an organisation's name (learn/names.hpp).
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "learn/names.hpp"

namespace factcheck {

// Words a text's heading opens with that name no one: "Correction — ...", "Statement — ...".
const std::set<std::string>& heading_words() {
  static const std::set<std::string> kWords = {
      "correction", "corrections", "opinion",      "comment", "editorial", "live",   "explainer",
      "factbox",    "preview",     "review",       "report",  "statement", "notice", "bulletin",
      "press",      "release",     "announcement", "summary", "results",   "today",  "briefing"};
  return kWords;
}

bool headline_verb(const std::string& w) {
  static const std::set<std::string> kHeadlineVerbs = {
      "sign",    "signs",    "open",     "opens",     "win",       "wins",      "launch",    "launches",
      "unveil",  "unveils",  "agree",    "agrees",    "approve",   "approves",  "buy",       "buys",
      "sell",    "sells",    "name",     "names",     "appoint",   "appoints",  "post",      "posts",
      "report",  "reports",  "raise",    "raises",    "cut",       "cuts",      "plan",      "plans",
      "mark",    "marks",    "seal",     "seals",     "expand",    "expands",   "complete",  "completes",
      "award",   "awards",   "reach",    "reaches",   "hit",       "hits",      "join",      "joins",
      "start",   "starts",   "begin",    "begins",    "close",     "closes",    "signed",    "opened",
      "awarded", "approved", "launched", "unveiled",  "appointed", "completed", "announced", "agreed",
      "raised",  "expanded", "delayed",  "postponed", "cancelled", "confirmed"};
  return kHeadlineVerbs.count(w) > 0;
}

const std::set<std::string>& legal_suffixes() {
  static const std::set<std::string> kWords = {
      "inc", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp", "llp", "se", "ag", "sa", "nv",
      "gmbh", "spa", "bv", "ab", "asa", "oyj", "kk", "pte", "pty", "sas", "srl", "aps", "jsc", "tbk", "bhd",
      "sdn",
      // Of the former Soviet and Yugoslav states' and central Europe's companies.
      "cjsc", "ojsc", "pjsc", "ooo", "zao", "oao", "ad", "dooel", "doo", "ead", "kft", "zrt", "nyrt", "sro"};
  return kWords;
}

// Acronyms of accounting and measurement, not of anyone.
const std::set<std::string>& common_acronyms() {
  static const std::set<std::string> kWords = {
      "gaap", "ebitda", "ebit", "eps", "gdp", "cpi", "ai", "ipo", "esg", "fy", "yoy", "pm", "am", "utc",
      "gmt", "etf", "vat", "gw", "mw", "kw", "gwh", "twh", "mwh", "kwh", "tv", "pc", "ok", "ceo", "cfo",
      "coo", "cto", "usd", "eur", "gbp", "jpy", "bn", "mn", "m", "km", "kg", "r&d", "capex", "ifrs", "roe",
      "eu", "uk", "chf", "inr", "cny", "rmb", "aud", "cad", "sek", "nok", "dkk", "hkd", "sgd", "krw", "brl",
      "mxn", "zar", "nzd", "pln", "czk", "huf", "aed", "sar", "us", "usa", "un", "nb", "pdf", "faq", "ps",
      "tl;dr", "tldr", "q1", "q2", "q3", "q4", "h1", "h2",
      // Degrees and units: "16 PhD studentships", "1.38 million TEUs".
      "phd", "mba", "msc", "bsc", "teu", "teus",
      // Machines and things: "a new CT scanner", "an MRI unit", "EV sales".
      "ct", "mri", "ecg", "icu", "ev", "evs", "suv", "suvs", "lng", "led", "gps", "5g", "4g"};
  return kWords;
}

// Verbs a subject does with a figure after it, in the past or present: "Marvena paid", "Ostmark spends".
bool acts(const std::string& w) {
  static const std::set<std::string> kWords = {
      "paid",     "pays",     "spent",    "spends",  "raised",   "raises",    "reported",  "reports",
      "recorded", "records",  "posted",   "posts",   "won",      "wins",      "lost",      "loses",
      "sold",     "sells",    "bought",   "buys",    "earned",   "earns",     "invested",  "invests",
      "received", "receives", "awarded",  "awards",  "cut",      "cuts",      "employs",   "employed",
      "exported", "exports",  "imported", "imports", "produced", "produces",  "shipped",   "ships",
      "grew",     "grows",    "hired",    "hires",   "closed",   "closes",    "opened",    "opens",
      "plans",    "planned",  "expects",  "intends", "aims",     "announced", "agreed",    "signed",
      "said",     "says",     "holds",    "held",    "owns",     "retains",   "retained",  "controls",
      "put",      "puts",     "spend",    "pay",     "invest",   "injected",  "committed", "pledged",
      "operates", "operated", "runs",     "manages", "serves",   "handled",   "handles",   "processed"};
  return kWords.count(w) > 0;
}

bool acts_at(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  // "Helixsoft has put", "Marvena will spend": the verb after an auxiliary.
  if (k + 1 < end && (tokens[k].is("has") || tokens[k].is("had") || tokens[k].is("will")))
    return acts(tokens[k + 1].norm);
  return k < end && acts(tokens[k].norm);
}

bool generic_name_word(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "university", "group",        "grupo",    "gruppo",    "groupe",      "company",       "bank",
      "banco",      "banque",       "holdings", "limited",   "corporation", "international", "national",
      "global",     "united",       "council",  "authority", "ministry",    "department",    "foundation",
      "society",    "institute",    "college",  "school",    "hospital",    "city",          "county",
      "district",   "region",       "regional", "agency",    "services",    "partners",      "capital",
      "energy",     "airlines",     "cruises",  "port",      "trust",       "association",   "federation",
      "commission", "board",        "office",   "centre",    "center",      "club",          "industries",
      "systems",    "technologies", "health",   "media",     "motors",      "mobile",        "power",
      "water",      "airport",      "museum",   "fund",      "state",       "government",    "royal",
      "general",    "the",          "first",    "new",       "great",       "greater",       "grand",
      "old",        "golden",       "green",    "blue",      "upper",       "lower",         "saint",
      "mount",      "lake",         "river",    "north",     "south",       "east",          "west",
      "central",    "northern",     "southern", "eastern",   "western",     "asia",          "europe",
      "africa",     "america",      "american", "european",  "pacific",     "atlantic",      "arctic",
      "gulf",       "czech",        "british",  "german",    "french",      "chinese",       "indian",
      "japanese",   "korean"};
  return kWords.count(w) > 0;
}

// Nationalities, which qualify a noun rather than name anyone: "14 rescued Chinese pangolins".
const std::unordered_set<std::string>& nationality_words() {
  static const std::unordered_set<std::string> kWords = {
      "american", "australian", "austrian", "belgian", "brazilian", "british", "canadian", "chinese",
      "danish", "dutch", "egyptian", "english", "estonian", "european", "filipino", "finnish", "french",
      "german", "greek", "indian", "indonesian", "irish", "israeli", "italian", "japanese", "kenyan",
      "korean", "malaysian", "mexican", "moroccan", "nigerian", "norwegian", "pakistani", "polish",
      "portuguese", "russian", "saudi", "scottish", "singaporean", "spanish", "swedish", "swiss", "taiwanese",
      "thai", "turkish", "ukrainian", "vietnamese", "welsh",
      // And the rest of the world's, as the press of each writes its own: "the 2023/24 Ethiopian fiscal
      // year".
      "afghan", "albanian", "algerian", "angolan", "argentine", "argentinian", "armenian", "azerbaijani",
      "bahraini", "bangladeshi", "belarusian", "bhutanese", "bolivian", "bosnian", "botswanan", "bulgarian",
      "burmese", "cambodian", "cameroonian", "chilean", "colombian", "congolese", "croatian", "cuban",
      "cypriot", "czech", "dominican", "ecuadorian", "emirati", "eritrean", "ethiopian", "fijian", "gambian",
      "georgian", "ghanaian", "guatemalan", "guyanese", "haitian", "honduran", "hungarian", "icelandic",
      "iranian", "iraqi", "ivorian", "jamaican", "jordanian", "kazakh", "kuwaiti", "kyrgyz", "lao", "laotian",
      "latvian", "lebanese", "liberian", "libyan", "lithuanian", "macedonian", "malagasy", "malawian",
      "maldivian", "maltese", "mauritian", "moldovan", "mongolian", "montenegrin", "mozambican", "namibian",
      "nepali", "nepalese", "nicaraguan", "omani", "panamanian", "paraguayan", "peruvian", "qatari",
      "romanian", "rwandan", "salvadoran", "senegalese", "serbian", "slovak", "slovenian", "somali",
      "sudanese", "syrian", "tajik", "tanzanian", "tunisian", "turkmen", "ugandan", "uruguayan", "uzbek",
      "venezuelan", "yemeni", "zambian", "zimbabwean", "rican", "scandinavian", "african", "asian", "arab",
      "caribbean", "balkan", "nordic"};
  return kWords;
}

// Words that label a numbered part rather than name anyone: "Phase 1 has a design capacity of …".
const std::unordered_set<std::string>& label_words() {
  static const std::unordered_set<std::string> kWords = {"phase",   "stage", "step",  "section", "article",
                                                         "chapter", "part",  "round", "level",   "tier",
                                                         "lot",     "block", "zone",  "hall",    "stand"};
  return kWords;
}

// Countries, which are names wherever they stand: "Italy was the largest foreign market, taking 34%",
// though no other sentence writes "Italy" inside it.
bool country_name(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "afghanistan", "albania",    "algeria",    "angola",     "argentina",   "armenia",     "australia",
      "austria",     "azerbaijan", "bangladesh", "belarus",    "belgium",     "bolivia",     "bosnia",
      "botswana",    "brazil",     "bulgaria",   "cambodia",   "cameroon",    "canada",      "chile",
      "china",       "colombia",   "croatia",    "cuba",       "cyprus",      "denmark",     "ecuador",
      "egypt",       "estonia",    "ethiopia",   "fiji",       "finland",     "france",      "georgia",
      "germany",     "ghana",      "greece",     "guatemala",  "guyana",      "hungary",     "iceland",
      "india",       "indonesia",  "iran",       "iraq",       "ireland",     "israel",      "italy",
      "jamaica",     "japan",      "jordan",     "kazakhstan", "kenya",       "kosovo",      "kuwait",
      "latvia",      "lebanon",    "lithuania",  "luxembourg", "madagascar",  "malawi",      "malaysia",
      "malta",       "mauritius",  "mexico",     "moldova",    "mongolia",    "montenegro",  "morocco",
      "mozambique",  "myanmar",    "namibia",    "nepal",      "netherlands", "nigeria",     "norway",
      "oman",        "pakistan",   "panama",     "paraguay",   "peru",        "philippines", "poland",
      "portugal",    "qatar",      "romania",    "russia",     "rwanda",      "senegal",     "serbia",
      "singapore",   "slovakia",   "slovenia",   "spain",      "sweden",      "switzerland", "taiwan",
      "tanzania",    "thailand",   "tunisia",    "turkey",     "uganda",      "ukraine",     "uruguay",
      "uzbekistan",  "venezuela",  "vietnam",    "zambia",     "zimbabwe"};
  return kWords.count(w) > 0;
}

// Nouns that end an organisation's name: "Tarnby Rail said" is no person speaking.
bool organisation_noun(const std::string& w) {
  static const std::set<std::string> kWords = {
      "airlines",      "airways",      "agency",        "analytics",     "association",     "authority",
      "bakeries",      "bank",         "board",         "bureau",        "capital",         "college",
      "commission",    "committee",    "council",       "court",         "dairy",           "electric",
      "energy",        "foods",        "foundation",    "fund",          "group",           "health",
      "holdings",      "hospital",     "industries",    "institute",     "insurance",       "labs",
      "logistics",     "media",        "mills",         "mines",         "mining",          "ministry",
      "motors",        "networks",     "office",        "partners",      "party",           "pharma",
      "police",        "power",        "rail",          "railways",      "robotics",        "society",
      "software",      "steel",        "studios",       "systems",       "technologies",    "trust",
      "union",         "university",   "ventures",      "water",         "pictures",        "bio",
      "biotech",       "therapeutics", "constructions", "construction",  "airport",         "club",
      "records",       "publishing",   "chemicals",     "semiconductor", "semiconductors",  "motor",
      "space",         "retail",       "stores",        "brands",        "lines",           "cruises",
      "shipping",      "telecom",      "resources",     "minerals",      "metals",          "petroleum",
      "utilities",     "homes",        "properties",    "estates",       "developments",    "beverages",
      "breweries",     "brewing",      "wines",         "farms",         "pharmaceuticals", "laboratories",
      "biologics",     "sciences",     "healthcare",    "finance",       "financial",       "securities",
      "investments",   "enterprises",  "solutions",     "services",      "technology",      "games",
      "entertainment", "broadcasting", "transport",     "ports",         "terminals",       "aviation",
      "aerospace",     "automotive",   "electronics",   "microdevices",  "materials",       "couriers",
      "freight",       "marine",       "renewables",    "athletic",      "rovers",          "wanderers",
      "corporation",   "company",      "orchestra",     "philharmonic",  "opera",           "theatre",
      "theater",       "museum",       "gallery",       "choir",         "ensemble",        "academy",
      "federation",    "league"};
  return kWords.count(w) > 0;
}

// Whether a word of tokens [first, last) is an organisation's noun: "REGIONAL DIRECTORATE OF CIVIL
// PROTECTION, BILOHIRSKA OBLAST" opens on a body, not on a dateline's place.
bool organisation_in(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k < last; ++k)
    if (organisation_noun(tokens[k].norm) || tokens[k].is("directorate") || tokens[k].is("department"))
      return true;
  return false;
}

// "the Novo Polje-based operator", "a Seoul-headquartered lender": a place that only says where a body is,
// which a sentence about the body must not take for its subject.
bool places_a_body(const std::vector<Token>& tokens, std::size_t end, std::size_t last) {
  if (end + 1 >= last || !tokens[end].is("-") || !adjacent(tokens[end - 1], tokens[end])) return false;
  const Token& t = tokens[end + 1];
  return t.is("based") || t.is("headquartered") || t.is("registered");
}

// "Oficij d.d.", "Jadran Kargo d.o.o.", "Stavby s.r.o.": a legal suffix written letter by letter with dots.
// The name's new end after it, or `end`.
std::size_t dotted_suffix(const std::vector<Token>& tokens, std::size_t end, std::size_t last) {
  std::string letters;
  std::size_t j = end;
  while (j + 1 < last && tokens[j].is_word() && tokens[j].norm.size() == 1 && tokens[j + 1].is(".") &&
         adjacent(tokens[j], tokens[j + 1]) && (j == end || adjacent(tokens[j - 1], tokens[j]))) {
    letters += tokens[j].norm;
    j += 2;
  }
  static const std::set<std::string> kSuffixes = {"dd", "doo", "sro", "as", "sa",
                                                  "nv", "bv",  "ag",  "ad", "ab"};
  return letters.size() >= 2 && kSuffixes.count(letters) ? j : end;
}

// "Lumen & Co PLC", "Oficij d.d.": the name without its legal suffix, full stops and brackets; its end.
std::size_t name_core(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
  std::size_t core = end;
  while (core > k + 1 && (tokens[core - 1].is(".") || tokens[core - 1].is("(") || tokens[core - 1].is(")") ||
                          legal_suffixes().count(tokens[core - 1].norm) ||
                          (tokens[core - 1].norm.size() == 1 && core < end && tokens[core].is("."))))
    --core;
  return core;
}

}  // namespace factcheck
