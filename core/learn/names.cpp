// Names in a source: capitalised runs, cut at titles, months and sentence openers; legal suffixes kept as
// aliases; short forms joined to the long name they abbreviate.
#include "learn/names.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "quantities/numbers.hpp"

namespace factcheck {

namespace {

// The months' names and abbreviations.
const std::set<std::string>& month_words() {
  static const std::set<std::string> kWords = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  return kWords;
}

// Words that open sentences or name times and roles: capitalised, yet no part of a name.
const std::set<std::string>& breakers() {
  static const std::set<std::string> kWords = [] {
    std::set<std::string> words = month_words();
    words.insert({"the",       "a",           "an",           "in",
                  "on",        "at",          "for",          "from",
                  "to",        "by",          "with",         "as",
                  "after",     "before",      "it",           "its",
                  "this",      "that",        "these",        "those",
                  "he",        "she",         "they",         "we",
                  "i",         "you",         "our",          "their",
                  "his",       "her",         "but",          "and",
                  "or",        "however",     "meanwhile",    "according",
                  "while",     "when",        "if",           "since",
                  "during",    "under",       "over",         "about",
                  "both",      "all",         "each",         "every",
                  "there",     "here",        "what",         "who",
                  "why",       "how",         "also",         "yet",
                  "so",        "then",        "than",         "of",
                  "is",        "was",         "are",          "were",
                  "not",       "no",          "one",          "last",
                  "next",      "monday",      "tuesday",      "wednesday",
                  "thursday",  "friday",      "saturday",     "sunday",
                  "chief",     "executive",   "officer",      "president",
                  "chairman",  "chairwoman",  "chair",        "director",
                  "minister",  "secretary",   "judge",        "justice",
                  "coach",     "manager",     "founder",      "spokesperson",
                  "spokesman", "spokeswoman", "analyst",      "economist",
                  "governor",  "mayor",       "senator",      "professor",
                  "captain",   "head",        "controller",   "commissioner",
                  "interim",   "deputy",      "vice",         "senior",
                  "former",    "acting",      "mr",           "ms",
                  "mrs",       "dr",          "sir",          "dame",
                  "ceo",       "cfo",         "coo",          "cto",
                  "breaking",  "md",          "update",       "analysis",
                  "read",      "note",        "source",       "sources",
                  "editor",    "exclusive",   "new",          "shares",
                  "revenue",   "net",         "adjusted",     "total",
                  "first",     "second",      "third",        "fourth",
                  "q1",        "q2",          "q3",           "q4",
                  "h1",        "h2",          "neighbouring", "neighboring",
                  "rival",     "fellow",      "outgoing",     "incoming",
                  "newly",     "embattled",   "struggling"});
    words.insert({"chairperson", "administrator", "archivist", "curator"});
    return words;
  }();
  return kWords;
}

// Title words: a name right after one is a person's ("chief executive Anjali Raman").
const std::set<std::string>& titles() {
  static const std::set<std::string> kWords = {
      "chief",      "executive",    "officer",   "president",   "chairman",   "chairwoman",  "chair",
      "director",   "minister",     "secretary", "judge",       "justice",    "coach",       "manager",
      "founder",    "spokesperson", "spokesman", "spokeswoman", "analyst",    "economist",   "governor",
      "mayor",      "senator",      "professor", "captain",     "head",       "controller",  "commissioner",
      "ceo",        "cfo",          "coo",       "cto",         "mr",         "ms",          "mrs",
      "dr",         "sir",          "dame",      "researcher",  "scientist",  "author",      "striker",
      "midfielder", "goalkeeper",   "forward",   "defender",    "player",     "lead",        "leader",
      "partner",    "counsel",      "lawyer",    "attorney",    "prosecutor", "chairperson", "administrator",
      "archivist",  "curator"};
  return kWords;
}

bool capitalised(std::string_view text, const Token& t) {
  if (!t.is_word() || t.start >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[t.start]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals, "Ä" to "Þ", as UTF-8: 0xC3 0x80 to 0xC3 0x9E.
  return c == 0xC3 && t.start + 1 < text.size() && static_cast<unsigned char>(text[t.start + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[t.start + 1]) <= 0x9E;
}

bool acronym(std::string_view text, const Token& t) {
  std::size_t letters = 0;
  for (std::size_t i = t.start; i < t.end; ++i) {
    const char c = text[i];
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

std::string first_word(const std::string& key) {
  return key.substr(0, key.find(' '));
}

std::string last_word(const std::string& key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

// The first letters of a name's words, lower-cased: "vbla" for "Varuna Bay Link Authority".
std::string initials(const std::string& name) {
  std::string out;
  for (const Token& t : tokenize(name))
    if (t.is_word() && !t.is("of") && !t.is("and") && !t.is("the")) out += t.norm[0];
  return out;
}

}  // namespace

std::string slug(std::string_view name, std::string_view fallback) {
  std::string out;
  for (char c : name) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
      out += l;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? std::string(fallback) : out;
}

bool looks_like_organisation(const LearnedEntity& e) {
  if (e.type == "person") return false;
  if (organisation_noun(last_word(name_key(e.name)))) return true;
  // "Kestrel Semiconductor Inc.": a legal suffix seen on any spelling.
  for (const std::string& alias : e.aliases)
    if (legal_suffixes().count(last_word(name_key(alias)))) return true;
  return false;
}

std::string name_key(std::string_view name) {
  std::string out;
  for (const Token& t : tokenize(name)) {
    if (!out.empty() && !t.norm.empty() && t.norm != "." && t.norm != "-") out += ' ';
    if (t.norm != ".") out += t.norm;
  }
  return out;
}

bool joins_syllables(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                     std::size_t end) {
  static const std::set<std::string> kNot = {"led", "run", "old", "era", "new", "up",   "in",
                                             "out", "off", "on",  "way", "day", "wide", "for"};
  if (k == 0 || k + 1 >= end || !tokens[k].is("-")) return false;
  const Token &before = tokens[k - 1], &after = tokens[k + 1];
  return adjacent(before, tokens[k]) && adjacent(tokens[k], after) && before.is_word() &&
         capitalised(text, before) && before.norm.size() <= 4 && after.is_word() &&
         !capitalised(text, after) && after.norm.size() >= 2 && after.norm.size() <= 4 &&
         !kNot.count(after.norm) && (k + 2 >= end || !tokens[k + 2].is("-"));
}

// Whether token `t` is written as a word of a name: capitalised, no sentence opener, no number and no
// common acronym ("EBITDA of US$6.82 billion" names no one, nor does "16 PhD studentships", written with
// a capital inside).
static bool written_as_name(std::string_view text, const Token& t) {
  const bool inner_capital = t.end > t.start + 1 && t.end <= text.size() &&
                             std::any_of(text.begin() + static_cast<std::ptrdiff_t>(t.start) + 1,
                                         text.begin() + static_cast<std::ptrdiff_t>(t.end),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
  // "Forty-seven people have died": a number written in words names no one.
  return capitalised(text, t) && !breakers().count(t.norm) && !is_number_word(t.norm) &&
         !((acronym(text, t) || inner_capital) && common_acronyms().count(t.norm));
}

// written_as_name() of token `k` in its place: "General" after an office is the office's, not a name's
// ("Director General Oyunchimeg Tserendash").
static bool name_word_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  // "MOSETLHA UNIVERSITY AND PHATSIMO PROPERTIES SIGN STUDENT HOSTEL PARTNERSHIP": a heading's verb in
  // capitals ends the name before it.
  if (k > 0 && acronym(text, tokens[k]) && acronym(text, tokens[k - 1]) && headline_verb(tokens[k].norm))
    return false;
  return written_as_name(text, tokens[k]) &&
         !(tokens[k].is("general") && k > 0 &&
           (tokens[k - 1].is("director") || tokens[k - 1].is("secretary") || tokens[k - 1].is("attorney") ||
            tokens[k - 1].is("inspector") || tokens[k - 1].is("surgeon") || tokens[k - 1].is("auditor") ||
            tokens[k - 1].is("postmaster") || tokens[k - 1].is("consul")));
}

// Whether a title stands before token `k`: "CEO Siri Hagland", "chief executive, Marta Ibarra".
static bool titled_at(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  const std::size_t before = k > s.first_token ? k - 1 : k;
  return k > s.first_token &&
         (titles().count(tokens[before].norm) ||
          (tokens[before].is(",") && before > s.first_token && titles().count(tokens[before - 1].norm)));
}

// Whether a comma at `k` opens a date and a dash: "Koyrapur, 30 July 2024 — Nirapad Credit reports",
// a dateline in any case, its region between or not.
static bool dated_dash_after(const std::vector<Token>& tokens, std::size_t k) {
  if (k >= tokens.size() || !tokens[k].is(",")) return false;
  // "Harbour Bay, Sandalwood Cay, 8 July 2024 —": the place's island or region first.
  std::size_t region = k + 1;
  while (region < tokens.size() && region < k + 4 && tokens[region].is_word() &&
         !month_words().count(tokens[region].norm))
    ++region;
  if (region > k + 1 && region < tokens.size() && tokens[region].is(",")) k = region;
  bool dated = false;
  for (std::size_t t = k + 1; t < tokens.size() && t < k + 6; ++t) {
    const Token& w = tokens[t];
    if (w.is("-") || w.is("--")) return dated;
    const bool month = w.is_word() && month_words().count(w.norm) > 0;
    const bool number = !w.norm.empty() && w.norm[0] >= '0' && w.norm[0] <= '9';
    if (!month && !number && !w.is(",") && !w.is(".")) return false;
    dated = dated || month || number;
  }
  return false;
}

// Whether the name at [k, end), opening a source, is its dateline's place: in capitals before a comma or a
// dash ("PITTSBURGH —", not "LUMEN & CO PLC —"), or in any case before a date and a dash ("Koyrapur, 30 July
// 2024 —").
namespace {
bool document_word(const std::string& w);
}  // namespace

// Whether sentence `s` opens the text, or the story under a heading line of its own ("Chorny Atrament LLC
// reports 2023 results\n\nNarachansk, 14 February 2024 — ...").
static bool opens_story(std::string_view text, const std::vector<Token>& tokens, const Sentence& s) {
  if (s.first_token < 3) return true;
  if (s.first_token > 20) return false;
  for (std::size_t k = 0; k < s.first_token; ++k)
    if (tokens[k].is(".") || tokens[k].is("!") || tokens[k].is("?")) return false;
  const std::size_t gap = tokens[s.first_token - 1].end;
  return text.substr(gap, tokens[s.first_token].start - gap).find('\n') != std::string_view::npos;
}

static bool opens_dateline(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                           std::size_t end) {
  // ("THE CAPITAL, 12 March 2024 —" is the place a story is filed from, though capital ends many names.)
  if (organisation_in(tokens, k, end) && !(k > 0 && tokens[k - 1].is("the") && dated_dash_after(tokens, end)))
    return false;
  bool capitals = true;
  for (std::size_t t = k; t < end && capitals; ++t)
    capitals = !tokens[t].is_word() || acronym(text, tokens[t]);
  // ("THE HOLLIN & LEDBROOK CANAL – FACT SHEET": a heading's dash before what the document is.)
  const bool dash = tokens[end].is("-") || tokens[end].is("--");
  std::size_t after = end + 1;
  while (dash && after < tokens.size() && tokens[after].is_word() && document_word(tokens[after].norm))
    ++after;
  const bool line_ends =
      after == tokens.size() ||
      text.substr(tokens[after - 1].end, tokens[after].start - tokens[after - 1].end).find('\n') !=
          std::string_view::npos;
  const bool heading = dash && after > end + 1 && line_ends;
  return (capitals && !heading && (tokens[end].is(",") || dash)) || dated_dash_after(tokens, end);
}

// Whether the name at `k` opens its sentence, after "the" or not: "THE CAPITAL, 12 March 2024 —".
static bool opens_sentence(const std::vector<Token>& tokens, const Sentence& s, std::size_t k) {
  return k == s.first_token || (k == s.first_token + 1 && tokens[s.first_token].is("the"));
}

// Whether an office follows the name ending at `end`: "with Arjun Pillai as chief technology officer",
// "run by Mindaugas Petrauskas, previously production director". A name given an office is a person's.
static bool office_after(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                         std::size_t end) {
  static const std::set<std::string> kOffices = {"chief", "president", "chairman", "chairwoman",
                                                 "chair", "director",  "ceo",      "cfo",
                                                 "coo",   "cto",       "secretary"};
  if (end + 1 < s.last_token && tokens[end].is("as") && kOffices.count(tokens[end + 1].norm)) return true;
  if (end + 2 >= s.last_token || !tokens[end].is(",")) return false;
  // (Only after "previously", "formerly": "Ruth Amari, vice president of finance," may be read as ever.)
  std::size_t k = end + 1;
  if (!(tokens[k].is("previously") || tokens[k].is("formerly"))) return false;
  ++k;
  // The office within two words: "previously production director", "formerly chief executive".
  for (std::size_t j = k; j < s.last_token && j < k + 3; ++j) {
    if (kOffices.count(tokens[j].norm)) return true;
    // (Not "Vantic Bio, whose chief executive", "Acme, the chair's company".)
    if (!tokens[j].is_word() || capitalised(text, tokens[j]) || tokens[j].is("whose") ||
        tokens[j].is("which") || tokens[j].is("who") || tokens[j].is("the") || tokens[j].is("its") ||
        tokens[j].is("a") || tokens[j].is("an"))
      return false;
  }
  return false;
}

// The words of the name at [first, end), a hyphenated one counted once: "Peggy Ainsworth-Cole" has two.
static std::size_t words_of_name(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::size_t words = 0;
  for (std::size_t t = first; t < end; ++t)
    words +=
        tokens[t].is_word() && !(t > first && tokens[t - 1].is("-") && adjacent(tokens[t - 1], tokens[t]));
  return words;
}

// Whether the acronym at `k` is a product's code, joined by a hyphen to a number: "AV-217", "ALT-402"
// name a vaccine or a drug, whose figures are its maker's.
static bool product_code(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  return k + 2 < tokens.size() && tokens[k + 1].is("-") && adjacent(tokens[k], tokens[k + 1]) &&
         adjacent(tokens[k + 1], tokens[k + 2]) && tokens[k + 2].end > tokens[k + 2].start &&
         text[tokens[k + 2].start] >= '0' && text[tokens[k + 2].start] <= '9';
}

// The words that make a name alone at a sentence's start: the first words of names of two words or more
// ("Fenton" of "Fenton Athletic's turnover", so "Fenton made a pre-tax loss"), and words with a
// possessive ("Pellow's department stores said", so "Pellow plans to open 4 new stores").
std::unordered_set<std::string> name_heads(std::string_view text, const std::vector<Token>& tokens,
                                           const std::vector<Sentence>& sentences) {
  const auto name_word = [&](std::size_t k) { return name_word_at(text, tokens, k); };
  std::unordered_set<std::string> heads;
  for (const Sentence& s : sentences)
    for (std::size_t k = s.first_token; k + 1 < s.last_token; ++k) {
      if (!tokens[k].is_word() || tokens[k].norm.size() <= 3 || !name_word(k)) continue;
      const bool first_of_name = name_word(k + 1) && (k == s.first_token || !name_word(k - 1));
      if (first_of_name || tokens[k + 1].is("'s") || tokens[k + 1].is("\u2019s"))
        heads.insert(tokens[k].norm);
    }
  return heads;
}

namespace {

// A body's organs, which are named for the body they belong to: "the Board of Directors of Makran
// Petroleum Refinery Limited" is Makran's.
const std::unordered_set<std::string>& organ_words() {
  static const std::unordered_set<std::string> kWords = {"board", "directors", "governors", "trustees"};
  return kWords;
}

// Whether `acronym` is made of the initials of the entity's name or of one of its aliases (its name with a
// legal suffix: "Makran Petroleum Refinery Limited (MPRL)").
bool spelled_by(const LearnedEntity& e, const std::string& acronym) {
  return initials(e.name) == acronym ||
         std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& a) { return initials(a) == acronym; });
}

// Whether the one word at `k` names no one, whatever its capital, by the token after it (`next`, or
// tokens.size() at the sentence's end): one letter ("21.9 °C", "Series C"); an organ before "of", which
// names the body after it ("the Board of Directors of Makran …"; "Board chair Dame Ruth Ellery" may be
// the body); a nationality before a noun ("Chinese pangolins"); a label before its number ("Phase 1").
// A mark after which a line's or an item's first word is capitalised as a sentence's is: a colon, a
// bullet ("Volumes: Flour volumes increased", "• Contact lens members: 540,000").
bool opens_item(const Token& t) {
  return t.is(":") || t.is("\u2022") || t.is("\u00b7") || t.is("*") || t.is("\u25aa") || t.is("\u25e6") ||
         t.is("\u2023");
}

// Words of a document's own heading, which name no one together: "ANNUAL REPORT", "INTERIM RESULTS FOR
// THE 26 WEEKS".
bool document_word(const std::string& w) {
  static const std::set<std::string> kWords = {
      "annual",    "interim", "preliminary", "weeks",    "months",       "year",       "full",
      "half",      "quarter", "quarterly",   "trading",  "update",       "extract",    "strategic",
      "financial", "audited", "unaudited",   "abridged", "consolidated", "highlights", "for",
      "the",       "to",      "of",          "and",      "ended",        "ending",     "first",
      "second",    "third",   "fourth",      "fiscal",   "fact",         "facts",      "sheet",
      "factsheet", "glance",  "overview",    "key",      "figures"};  // with heading_words(): "results",
                                                                      // "report", "statement", ...
  // ("COMMUNIQUÉ": its capital É stays as written in the token's lower-case form.)
  return kWords.count(w) > 0 || heading_words().count(w) > 0 || w.rfind("communiqu", 0) == 0;
}

bool names_no_one(std::string_view text, const std::vector<Token>& tokens, std::size_t k, std::size_t next) {
  const std::string& w = tokens[k].norm;
  const bool has_next = next < tokens.size();
  return w.size() == 1 || (organ_words().count(w) && has_next && tokens[next].is("of")) ||
         (nationality_words().count(w) && has_next && tokens[next].is_word() &&
          !capitalised(text, tokens[next])) ||
         (label_words().count(w) && has_next && tokens[next].is_number());
}

}  // namespace

// "the Sântămăria Congress and Exhibition Centre", "the Ministry of Trade and Industry": one name across
// "and" where the capitalised words after it are words the documents also write in lower case, and they
// end the name on a body's noun the words before lack, or finish an "of" of the name. "Microsoft and
// OpenAI", "Marks and Spencer" are not joined. The name's new end, or `end`.
static std::size_t across_and(std::string_view text, const std::vector<Token>& tokens,
                              const std::unordered_set<std::string>& lower, std::size_t k, std::size_t end,
                              std::size_t last) {
  if (end + 1 >= last || !tokens[end].is("and")) return end;
  const auto body = [](const std::string& w) {
    return organisation_noun(w) || w == "centre" || w == "center";
  };
  std::size_t j = end + 1;
  while (j < last && j < end + 4 && written_as_name(text, tokens[j]) &&
         (lower.count(tokens[j].norm) || body(tokens[j].norm)))
    ++j;
  if (j == end + 1 || (j < last && written_as_name(text, tokens[j]))) return end;
  const bool of = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(k),
                              tokens.begin() + static_cast<std::ptrdiff_t>(end),
                              [](const Token& t) { return t.is("of"); });
  const bool named_body =
      body(tokens[j - 1].norm) && !body(tokens[end - 1].norm) && k > 0 && tokens[k - 1].is("the");
  return named_body || (of && !body(tokens[end - 1].norm)) ? j : end;
}

std::vector<NameBook::Run> NameBook::find_runs(std::string_view text, const std::vector<Token>& tokens,
                                               const std::vector<Sentence>& sentences) const {
  // Words written capitalised inside a sentence somewhere: only those are names at a sentence's start.
  std::unordered_set<std::string> mid_caps, lower;
  for (const Sentence& s : sentences)
    for (std::size_t k = s.first_token; k < s.last_token; ++k) {
      if (!tokens[k].is_word()) continue;
      if (!capitalised(text, tokens[k])) {
        lower.insert(tokens[k].norm);
      } else if (k > s.first_token && tokens[k - 1].norm != "\"" && !tokens[k - 1].is("-") &&
                 !tokens[k - 1].is("--") && !opens_item(tokens[k - 1])) {
        // (After a dash or a colon, as after a dateline, a sentence may start.)
        mid_caps.insert(tokens[k].norm);
      }
    }
  const auto name_word = [&](std::size_t k) { return name_word_at(text, tokens, k); };
  const std::unordered_set<std::string> heads = name_heads(text, tokens, sentences);
  std::vector<Run> runs;
  std::size_t dateline_end = 0;  // tokens before it belong to the text's dateline
  for (const Sentence& s : sentences) {
    for (std::size_t k = s.first_token; k < s.last_token; ++k) {
      if (!name_word(k)) continue;
      std::size_t end = k + 1;
      while (end < s.last_token) {
        const Token& t = tokens[end];
        // "Department of Justice": a title word after "of" is a body's name, not a judge's.
        const bool of_justice = t.is("of") && end + 1 < s.last_token && tokens[end + 1].is("justice") &&
                                capitalised(text, tokens[end + 1]);
        // "CEO Siri Hagland of Kystkraft": a titled person's name ends before "of"; so does a body's organ
        // ("the Board of Directors of Makran Petroleum Refinery Limited").
        const bool of_body = t.is("of") && ((end - k >= 2 && titled_at(tokens, s, k)) ||
                                            organ_words().count(tokens[end - 1].norm));
        const bool joiner =
            ((t.is("&") || (t.is("of") && !of_body) || t.is("de") || t.is("-")) && end + 1 < s.last_token &&
             name_word(end + 1) && (!t.is("-") || adjacent(tokens[end - 1], t))) ||
            of_justice;
        const bool dot =
            t.is(".") && adjacent(tokens[end - 1], t) && legal_suffixes().count(tokens[end - 1].norm);
        // "Kang Tae-woo", "Lee Seo-yeon": a given name's second syllable in lower case, after a family
        // name and a short capitalised first ("Full-year", "OpenAI-led", "Seoul-based" are no names).
        if (end - k >= 2 && joins_syllables(text, tokens, end, s.last_token)) {
          end += 2;
          continue;
        }
        // "Phatsimo Properties (Pty) Ltd": a bracketed legal suffix (not "(ASA)", an acronym as often).
        if (t.is("(") && end + 2 < s.last_token && (tokens[end + 1].is("pty") || tokens[end + 1].is("pvt")) &&
            tokens[end + 2].is(")")) {
          end += 3;
          continue;
        }
        if (const std::size_t joined = std::max(across_and(text, tokens, lower, k, end, s.last_token),
                                                dotted_suffix(tokens, end, s.last_token));
            joined > end) {
          end = joined;
          if (tokens[end - 1].is(".")) break;  // a dotted suffix ends the name: "Kargo d.o.o. Transalpina"
        } else if (name_word(end) || dot) {
          ++end;
        } else if (joiner) {
          end += 2;
        } else {
          break;
        }
      }
      const std::size_t core = name_core(tokens, k, end);
      const bool single = core == k + 1;
      const std::string& w = tokens[k].norm;
      const bool is_acronym = acronym(text, tokens[k]);
      bool keep = true;
      if (places_a_body(tokens, end, s.last_token) ||
          (single && names_no_one(text, tokens, k, end < s.last_token ? end : tokens.size())))
        keep = false;
      else if (single && is_acronym)
        keep = !common_acronyms().count(w) && !product_code(text, tokens, k);
      else if (single &&
               (k == s.first_token || tokens[k - 1].norm == "\"" || (dateline_end && k == dateline_end + 1) ||
                tokens[k - 1].is("-") || tokens[k - 1].is("--") || opens_item(tokens[k - 1])))
        // A text's first word after its dateline, after a dash or a colon ("Volumes: Flour volumes
        // increased"), starts a sentence too ("SARVALI, 12 September — Construction of ...", "20 May 2025 –
        // Gigabit-capable broadband"). "Microsoft Corp. invested", "Microsoft's $750 million": a suffix or a
        // possessive makes a name. So does a verb after a word the documents never write in lower case:
        // "Marvena paid €74 million in drought aid" (a place or a body), where "Revenue rose" has "revenue"
        // elsewhere. So does a dash after a text's first word: its heading names what it is about
        // ("Waddenlijn — Annual report 2023").
        keep = (mid_caps.count(w) || known_name(w) || heads.count(w) || end > core || country_name(w) ||
                (k < 2 && end < s.last_token && (tokens[end].is("-") || tokens[end].is("--")) &&
                 !heading_words().count(w)) ||
                (end < s.last_token && (tokens[end].is("'s") || tokens[end].is("\u2019s"))) ||
                (end + 1 < s.last_token && w.size() > 3 && tokens[end].is_word() &&
                 !capitalised(text, tokens[end]) && acts_at(tokens, end, s.last_token))) &&
               !lower.count(w);
      else if (single && k > s.first_token && tokens[k - 1].is("the") &&
               (w == "board" || w == "company" || w == "group" || w == "firm" || w == "management"))
        keep = false;  // "The Board approved dividends": the organisation's own board, named no further
      else if (single)
        keep = !lower.count(w) || w.size() > 3;
      if (keep) {
        const bool titled = titled_at(tokens, s, k);
        const bool speaks = end < s.last_token && (tokens[end].is("said") || tokens[end].is("says"));
        const bool office = office_after(text, tokens, s, end);
        const std::size_t words = words_of_name(tokens, k, core);  // 2 or 3: a person's name
        const bool person = !is_acronym && words >= 2 && words <= 3 && end == core &&
                            (titled || office || (speaks && !organisation_noun(tokens[core - 1].norm)));
        bool dateline = opens_sentence(tokens, s, k) && opens_story(text, tokens, s) && end < s.last_token &&
                        end == core && opens_dateline(text, tokens, k, end);
        // "SAN JOSE, Calif. –", "PITTSBURGH —": everything up to the dateline's dash is the place ("LUMEN &
        // CO PLC —", with its legal suffix, is the organisation).
        if (dateline) {
          dateline_end = end;
          while (dateline_end < tokens.size() && dateline_end < end + 8 && !tokens[dateline_end].is("-") &&
                 !tokens[dateline_end].is("--"))
            ++dateline_end;
        }
        dateline = dateline || k < dateline_end;
        runs.push_back({k, end, core, person, dateline});
      }
      k = end - 1;
    }
  }
  return runs;
}

void NameBook::add_alias(std::size_t entity, const std::string& alias) {
  const std::string key = name_key(alias);
  if (key.empty()) return;
  const auto it = by_key_.find(key);
  if (it != by_key_.end()) return;  // no alias names two entities
  by_key_.emplace(key, entity);
  entities_[entity].aliases.push_back(alias);
}

std::size_t NameBook::entity_for(const std::string& name, const std::string& full, bool person, bool place) {
  const std::string key = name_key(name);
  const bool single = key.find(' ') == std::string::npos;
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    // A word read as a name before ("headquartered in Koyrapur") that opens a later source's dateline
    // ("Koyrapur, 30 July 2024 —") is a place.
    LearnedEntity& known = entities_[it->second];
    if (place && known.type == "organization" && known.aliases.empty()) known.type = "place";
    return it->second;
  }
  // A short form of a name seen before: its first word for an organisation, its last for a person.
  if (single) {
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      const std::string long_key = name_key(entities_[e].name);
      if (long_key.find(' ') == std::string::npos) continue;
      const bool abbreviates =
          entities_[e].type == "person" ? last_word(long_key) == key : first_word(long_key) == key;
      if (abbreviates) {
        add_alias(e, name);
        return e;
      }
    }
    // "Authority chair Dr Anja Ravel" after "The Communications Authority of Meridia": the one organisation
    // so far whose name has that word.
    if (!person && organisation_noun(key)) {
      std::size_t only = SIZE_MAX, found = 0;
      for (std::size_t e = 0; e < entities_.size(); ++e) {
        const std::string long_key = " " + name_key(entities_[e].name) + " ";
        if (entities_[e].type == "organization" && long_key.find(" " + key + " ") != std::string::npos &&
            long_key.size() > key.size() + 2) {
          only = e;
          ++found;
        }
      }
      if (found == 1) {
        add_alias(only, name);
        return only;
      }
    }
  } else {
    // A long form of a short name seen before: the short one becomes its alias.
    const std::string head = person ? last_word(key) : first_word(key);
    if (auto it = by_key_.find(head); it != by_key_.end() && entities_[it->second].aliases.empty()) {
      const std::size_t e = it->second;
      add_alias(e, name);
      if (full != name) add_alias(e, full);
      return e;
    }
  }
  std::string id = slug(key);
  for (std::size_t n = 2;
       std::any_of(entities_.begin(), entities_.end(), [&](const LearnedEntity& x) { return x.id == id; });
       ++n)
    id = slug(key) + "-" + std::to_string(n);
  entities_.push_back({id, name, person ? "person" : place ? "place" : "organization", {}});
  const std::size_t e = entities_.size() - 1;
  by_key_.emplace(key, e);
  if (full != name) add_alias(e, full);
  // "The Commonwealth of Meridia" is "Meridia" too.
  static const std::set<std::string> kStates = {
      "commonwealth", "republic", "kingdom", "state",    "province",  "federation", "principality",
      "duchy",        "city",     "county",  "district", "territory", "emirate",    "sultanate"};
  const std::size_t of = key.find(" of ");
  if (!person && of != std::string::npos && kStates.count(first_word(key)) &&
      key.find(' ', of + 4) == std::string::npos)
    add_alias(e, name.substr(name.size() - (key.size() - of - 4)));
  // "SoftBank Group" is "SoftBank" too.
  const std::string last = last_word(key);
  if (!person && !single && (last == "group" || last == "holdings"))
    add_alias(e, name.substr(0, name.rfind(' ')));
  // "Grupo Almaraz" is "Almaraz" too, "Laboratorios Altamira" "Altamira", "SIA Dzintarkoks" "Dzintarkoks": a
  // two-word name whose first word says only what kind of body it is.
  static const std::set<std::string> kGroupWords = {
      "grupo", "groupe", "gruppo", "gruppe", "group", "banco", "banca", "banque", "compagnie", "compañía",
      "companhia", "societe", "société", "koninklijke", "laboratorios", "laboratoires", "laboratori",
      "industrias", "constructora", "inmobiliaria", "naviera", "minera", "mineração", "aerolíneas",
      "editorial", "editora",
      // legal forms written first: "SIA Dzintarkoks", "UAB Baldų Ratas", "OOO Volga", "PT Sinar"
      "sia", "uab", "ooo", "tov", "pt", "jsc", "ojsc", "pjsc", "cjsc", "ao", "pao", "oao", "zao"};
  if (!person && !single && kGroupWords.count(first_word(key)) &&
      key.find(' ', key.find(' ') + 1) == std::string::npos)
    add_alias(e, name.substr(name.find(' ') + 1));
  return e;
}

std::vector<NameSpan> NameBook::read(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Sentence>& sentences,
                                     const std::vector<bool>& unit_token) {
  std::vector<NameSpan> spans;
  for (Run r : find_runs(text, tokens, sentences)) {
    if (r.first < unit_token.size() && unit_token[r.first]) continue;
    // "the Lo Foundation HK$400 million": a name ends where a sum of money starts.
    for (std::size_t k = r.first + 1; k < r.last && k < unit_token.size(); ++k)
      if (unit_token[k]) {
        r.last = k;
        r.core_last = std::min(r.core_last, k);
        break;
      }
    bool heading = true;  // "ANNUAL REPORT", "INTERIM RESULTS": the document's, no one's
    for (std::size_t k = r.first; k < r.core_last && heading; ++k)
      heading = !tokens[k].is_word() || document_word(tokens[k].norm);
    if (heading) continue;
    const std::string full(
        text.substr(tokens[r.first].start, tokens[r.last - 1].end - tokens[r.first].start));
    const std::string name(
        text.substr(tokens[r.first].start, tokens[r.core_last - 1].end - tokens[r.first].start));
    // "the Varuna Bay Link Authority (VBLA)", "Makran Petroleum Refinery Limited (MPRL)": the acronym in
    // brackets is the name's short form.
    if (!spans.empty() && r.last == r.first + 1 && r.first >= 2 && r.last < tokens.size() &&
        tokens[r.first - 1].is("(") && tokens[r.last].is(")") && spans.back().last + 1 == r.first &&
        acronym(text, tokens[r.first]) && spelled_by(entities_[spans.back().entity], tokens[r.first].norm))
      add_alias(spans.back().entity, name);
    spans.push_back({r.first, r.last, entity_for(name, full, r.person, r.dateline)});
  }
  return spans;
}

bool succeeded_by_at(const std::vector<Token>& tokens, std::size_t k) {
  return k + 1 < tokens.size() && (tokens[k].is("succeeded") || tokens[k].is("replaced")) &&
         tokens[k + 1].is("by");
}

bool names_successor(const std::vector<Token>& tokens, const Sentence& s) {
  for (std::size_t k = s.first_token; k + 1 < s.last_token; ++k)
    if (succeeded_by_at(tokens, k)) return true;
  return false;
}

bool says_the_company(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k + 1 < last; ++k)
    if (tokens[k].is("the") && (tokens[k + 1].is("company") || tokens[k + 1].is("firm"))) return true;
  return false;
}

std::size_t NameBook::company_among(std::size_t topic, const std::vector<std::size_t>& named) const {
  static const std::set<std::string> kBodies = {"authority", "commission", "ministry",   "regulator",
                                                "agency",    "council",    "department", "tribunal",
                                                "court",     "parliament", "government"};
  const auto last_word = [](const std::string& name) {
    const std::vector<Token> words = tokenize(name);
    return words.empty() ? std::string() : words.back().norm;
  };
  const auto body = [&](std::size_t e) { return kBodies.count(last_word(entities_[e].name)) > 0; };
  if (topic == SIZE_MAX || !body(topic)) return topic;
  const auto incorporated = [&](std::size_t e) {
    return std::any_of(entities_[e].aliases.begin(), entities_[e].aliases.end(),
                       [&](const std::string& a) { return legal_suffixes().count(last_word(a)) > 0; });
  };
  for (auto it = named.rbegin(); it != named.rend(); ++it)
    if (!body(*it) && incorporated(*it)) return *it;
  for (auto it = named.rbegin(); it != named.rend(); ++it)
    if (!body(*it)) return *it;
  return topic;
}

bool NameBook::one_word_name(const std::string& word) const {
  return std::any_of(entities_.begin(), entities_.end(), [&](const LearnedEntity& e) {
    return name_key(e.name) == word || std::any_of(e.aliases.begin(), e.aliases.end(),
                                                   [&](const std::string& a) { return name_key(a) == word; });
  });
}

}  // namespace factcheck
