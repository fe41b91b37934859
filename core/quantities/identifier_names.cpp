// Numbers that are part of a name or a label, passed over with no mention: "iPhone 15", "FTSE 100",
// "V-12", "COVID-19", "A320neo", "No. 8", "Route 40", "Section 427", "737 MAX 9", "7-Eleven". One of
// the tests of try_identifier() (identifiers.hpp), asked after clock times, scores and codes.
#include <cstdlib>
#include <string>

#include "quantities/identifiers.hpp"

namespace factcheck::quantities_detail {
namespace {

// Words before a number that make it a label, not an amount, in any case: "page 412", "Route 40", "lap
// 23", "call 101".
bool label_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "route",     "interstate", "highway",  "junction",  "exit",      "terminal",  "gate",
      "courtroom", "room",       "seat",     "row",       "block",     "section",   "article",
      "chapter",   "page",       "pages",    "volume",    "vol",       "platform",  "lot",
      "flat",      "apartment",  "suite",    "category",  "version",   "model",     "channel",
      "flight",    "bus",        "lap",      "episode",   "clause",    "paragraph", "gigafactory",
      "code",      "zip",        "postcode", "reference", "ref",       "call",      "dial",
      "ward",      "pier",       "berth",    "figure",    "item",      "question",  "stand",
      "no",        "nos",        "type",     "stage",     "phase",     "level",     "tier",
      "grade",     "class",      "round",    "branch",    "junctions", "routes",    "pages",
      "sections",  "chapters",   "rooms",    "platforms", "terminals", "articles",  "top",
      "season",    "issue",      "pitch",    "spaces",    "week",      "runway",    "box",
      "line",      "stop",       "region",   "shirt",     "graded",    "size",      "lane",
      "lanes",     "lots",       "number",   "site",      "sites",     "move",      "patch",
      "lock",      "locks",      "cabin",    "deck",      "firmware",  "enclosure", "hangar",
      "bay",       "hall",       "halls",    "unit",      "lift",      "wave"};
  return one_of(w, kWords);
}

// Words that make a number after them a label only when capitalised: "Court 2", "Line 2", "Zone 2".
bool capital_label_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "court", "line",   "zone",     "tower", "cycle", "series", "stage", "band",     "division", "phase",
      "bed",   "grade",  "tier",     "unit",  "step",  "part",   "act",   "rule",     "box",      "level",
      "table", "track",  "number",   "week",  "game",  "round",  "day",   "heat",     "race",     "test",
      "units", "sector", "district", "area",  "group", "year",   "term",  "semester", "plan",     "look"};
  return one_of(w, kWords);
}

// The words of plain_capital_word(): hedges, small words, pronouns, days, and the articles of
// translated copy.
constexpr std::string_view kPlainCapitalWords[] = {
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "only",
    "just",
    "another",
    "all",
    "at",
    "by",
    "of",
    "for",
    "from",
    "with",
    "since",
    "after",
    "before",
    "between",
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "than",
    "in",
    "on",
    "to",
    "up",
    "top",
    "approximately",
    "exactly",
    "precisely",
    "circa",
    "more",
    "fewer",
    "less",
    "least",
    "most",
    "those",
    "these",
    "its",
    "his",
    "her",
    "their",
    "our",
    "within",
    "among",
    "including",
    "every",
    "each",
    "plus",
    "minus",
    "another",
    "estimated",
    "barely",
    "still",
    "already",
    "then",
    "now",
    "that",
    "this",
    "there",
    "here",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "we",
    "they",
    "he",
    "she",
    "it",
    "i",
    "you",
    "when",
    "where",
    "while",
    "as",
    "if",
    "fully",
    "nearly",
    "almost",
    "over",
    "below",
    "above",
    "beyond",
    "across",
    "during",
    "per",
    "via",
    // Articles and small words of translated copy: "Die 19-Jährige", "La 12".
    "die",
    "der",
    "das",
    "den",
    "la",
    "le",
    "les",
    "el",
    "los",
    "las",
    "il",
    "lo",
    "het",
    "de",
    "een",
};

// Capitalised words that are no name before a number: "About 300 people", "Only 12", "Monday 40".
bool plain_capital_word(std::string_view w) {
  return one_of(w, kPlainCapitalWords) || month_number(w) > 0;
}

}  // namespace

std::size_t IdentifierReader::named(std::size_t i) const {
  if (const std::size_t e = glued_or_label_before(i)) return e;
  if (const std::size_t e = coordinate_or_series(i)) return e;
  return name_around(i);
}

std::size_t IdentifierReader::glued_or_label_before(std::size_t i) const {
  const std::size_t n = t_.size();
  // "(KEN) 2:05:12 2. Haile Desta": the next place of a list of results, right after a figure.
  if (plain(i) && t_[i].norm.size() <= 2 && i + 2 < n && norm_at(t_, i + 1, ".") && glued(i, i + 1) &&
      has_capital(text_, t_[i + 2]) && !scan_.mentions.empty() && scan_.mentions.back().last_token == i)
    return i + 2;
  // Letters glued before it: "MCL38", "XC90", "A320neo", "Q3", "CO2", "ID.3"; not "c.125" (circa).
  const bool circa = i > 1 && t_[i - 1].is(".") && (word(i - 2, "c") || word(i - 2, "ca"));
  if (i > 0 && glued(i - 1, i) && !circa &&
      (t_[i - 1].is_word() || (t_[i - 1].is(".") && i > 1 && glued(i - 2, i - 1) && t_[i - 2].is_word())))
    return glued_run_end(i);
  // A word and a hyphen glued before it: "V-12", "COVID-19", "under-17", "F-150".
  if (i > 1 && t_[i - 1].is("-") && glued(i - 1, i) && glued(i - 2, i - 1) && t_[i - 2].is_word() &&
      !one_of(t_[i - 2].norm, {"minus", "negative", "mid", "early", "late", "pre", "post", "sub", "near"}))
    return glued_run_end(i);
  // A label word before it: "page 412", "No. 8", "Route 40", "call 101".
  std::size_t w = i;
  if (w > 1 && t_[w - 1].is(".") && t_[w - 2].is_word()) w -= 1;  // "No. 8", "Vol. 73"
  // A decimal, or a unit of two letters or more, glued to the number makes a measure even after a label
  // word: "we model 2.1TWh", "stand 71cm at the shoulder".
  const bool decimal_measure = glued_on(i) && unit_after(i) &&
                               (t_[i].norm.find('.') != std::string::npos || t_[i + 1].norm.size() >= 2);
  if (w > 0 && t_[w - 1].is_word() && !decimal_measure &&
      ((glued_on(i) && !t_[i + 1].is("%")) || !unit_after(i))) {
    const std::string& p = t_[w - 1].norm;
    const bool no = p != "no" || w < i || capital(w - 1);  // "No. 8", "No 8", not "no 10 people"
    // "top 3,000kg": a measure at the top, not the top of a list.
    const bool measured_top = p == "top" && unit_after(i);
    if (((label_word(p) && no) || (capital(w - 1) && capital_label_word(p))) && !measured_top) {
      std::size_t e = label_list_end(glued_run_end(i));
      // "call 1860 233 1407": the groups of a phone number after "call" or "dial".
      if (p == "call" || p == "dial")
        while (plain(e) && !unit_after(e)) ++e;
      return e;
    }
  }
  return 0;
}

std::size_t IdentifierReader::coordinate_or_series(std::size_t i) const {
  const std::size_t n = t_.size();
  // "88°N", "12°W": a latitude or a longitude.
  if (i + 2 < n && glued(i, i + 1) && t_[i + 1].is("\xC2\xB0") && glued(i + 1, i + 2) &&
      t_[i + 2].is_word()) {
    const std::string_view r = raw(text_, t_[i + 2]);
    if (r == "N" || r == "S" || r == "E" || r == "W") return i + 3;
  }
  // "in 2024-25", "2023/24": the second year of a fiscal or academic year.
  if (plain(i) && t_[i].norm.size() == 2 && i > 1 && glued(i - 1, i) && glued(i - 2, i - 1) &&
      (t_[i - 1].is("-") || t_[i - 1].is("/") || t_[i - 1].is("\xE2\x80\x93")) && plain(i - 2) &&
      t_[i - 2].norm.size() == 4) {
    const int year = std::atoi(t_[i - 2].norm.c_str()), next_year = std::atoi(t_[i].norm.c_str());
    if (year >= 1900 && year <= 2100 && (year + 1) % 100 == next_year) return i + 1;
  }
  // "day 14 of strikes", "day 1 done": a day of a series by its number, right after the word.
  if (plain(i) && t_[i].norm.size() <= 3 && i > 0 && word(i - 1, "day") && !unit_after(i) &&
      !(i > 1 && t_[i - 2].is_number()))
    return i + 1;
  // "a break at year 10", "term 3 resumes": a year or a term of a course or a lease by its number, not
  // "long-term 5%".
  if (plain(i) && t_[i].norm.size() <= 2 && i > 1 && !unit_after(i) &&
      ((word(i - 1, "year") && one_of(t_[i - 2].norm, {"at", "in", "by", "from", "until", "after"})) ||
       (word(i - 1, "term") && !t_[i - 2].is("-"))))
    return i + 1;
  return 0;
}

std::size_t IdentifierReader::name_around(std::size_t i) const {
  const std::size_t n = t_.size();
  // A capitalised word before a plain whole number, or a version ("iOS 17.4"), with no unit after it:
  // "FTSE 100", "Apollo 11", "Android 14", "S&P 500".
  // In a headline written in capitals or in title case only a short name does: "FTSE 100", not "ORDERS
  // 40-TONNE" or "Loses 214 Councillors".
  if ((plain(i) || version(i)) && i > 0 && t_[i - 1].is_word() && !plain_capital_word(t_[i - 1].norm) &&
      !scan_.in_table(i) && has_capital(text_, t_[i - 1]) && !unit_after(i) && !imperative(i) &&
      // German capitalises every noun: "im Frühjahr 80 000 Geranien".
      !(t_[i - 1].norm.size() > 4 && (scan_.shouting() || scan_.title_case() || scan_.foreign())) &&
      !((scan_.shouting() || scan_.title_case()) && headline_verb(t_[i - 1].norm)) && !opening_verb(i - 1)) {
    if (!glued_on(i) && !(glued(i, i + 1) && t_[i + 1].is("-"))) return i + 1;
    // "Boeing 737-8200s", "Falcon 9-class".
    if (t_[i + 1].is("-") && glued(i + 1, i + 2)) return glued_run_end(i + 2);
  }
  // Letters glued after it that are no unit: "39A", "49ers", "320neo", "4x4", "5C"; but "11.2x" and
  // "5x" alone are multipliers, figures of their own.
  const bool multiplier = i + 1 < n && raw(text_, t_[i + 1]) == "x" &&
                          !(glued(i + 1, i + 2) && (t_[i + 2].is_word() || t_[i + 2].is_number()));
  if (glued(i, i + 1) && i + 1 < n && t_[i + 1].is_word() && !unit_after(i) && !ordinal_at(i + 1) &&
      raw(text_, t_[i + 1]) != "s" && t_[i + 1].norm != "bhk" && t_[i + 1].norm != "yo" && !multiplier) {
    // Not a notation the number parser reads on: "1e10", "1.3x10^6", "10k".
    const auto num = parse_number(text_, t_, i);
    if (num && num->last_token == i + 1) return glued_run_end(i);
  }
  // "737-8200s", "AK-47s": numbers joined by a hyphen with letters glued after.
  if (plain(i) && glued(i, i + 1) && t_[i + 1].is("-") && plain(i + 2) && glued(i + 1, i + 2) &&
      glued_on(i + 2) && t_[i + 3].is_word() && !unit_after(i + 2))
    return glued_run_end(i + 2);
  // "E14 5HP", "SW18 1TX": the second half of a postcode, after the first.
  if (i > 1 && t_[i - 1].is_number() && glued(i - 2, i - 1) && t_[i - 2].is_word() && glued(i, i + 1) &&
      t_[i + 1].is_word() && raw(text_, t_[i + 1]).size() == 2 && is_upper(text_[t_[i + 1].start]) &&
      is_upper(text_[t_[i + 1].start + 1]))
    return i + 2;
  // "7-Eleven", "401(k)": a hyphen or a bracket glued between the number and a name.
  if (plain(i) && glued(i, i + 1) && i + 2 < n && glued(i + 1, i + 2) && t_[i + 2].is_word() &&
      ((t_[i + 1].is("-") && is_upper(text_[t_[i + 2].start]) && !scan_.shouting() &&
        !(scan_.title_case() && unit_after(i + 1)) && !german_age(i + 2)) ||
       t_[i + 1].is("(")))
    return i + 3;
  // "737 MAX 9", "5 GT": a name in capitals after the number, and no noun it counts ("96 AH-64E
  // helicopters" counts helicopters).
  if (plain(i) && !unit_after(i) && i + 1 < n && t_[i + 1].is_word() && all_caps(i + 1) &&
      !scan_.shouting() && !(i + 2 < n && t_[i + 2].is_word() && !is_upper(text_[t_[i + 2].start])) &&
      !plural_after_model(i + 1))
    return i + 2;
  // "'99 Luftballons'": a title in quotes begins with the number.
  if (i > 0 && (t_[i - 1].is("'") || t_[i - 1].is("\"")) && glued(i - 1, i) && capital(i + 1) &&
      !unit_after(i))
    return i + 2;
  // "Boeing 777F": a one-letter unit glued to a model number after a name.
  if (plain(i) && i > 0 && t_[i - 1].is_word() && has_capital(text_, t_[i - 1]) &&
      !plain_capital_word(t_[i - 1].norm) && glued(i, i + 1) && t_[i + 1].is_word() &&
      raw(text_, t_[i + 1]).size() == 1 && is_upper(text_[t_[i + 1].start]) && t_[i].norm.size() >= 3)
    return glued_run_end(i);
  // "1-for-10", "5-a-side": a ratio or a name joined by hyphens.
  if (plain(i) && norm_at(t_, i + 1, "-") && glued(i, i + 1) && (word(i + 2, "for") || word(i + 2, "a")) &&
      norm_at(t_, i + 3, "-") && glued(i + 2, i + 3) && glued(i + 3, i + 4) && i + 4 < n)
    return i + 5;
  // "78'", "45+2'": a football match's minute.
  if (plain(i) && glued(i, i + 1) && t_[i + 1].is("'") &&
      !(i + 2 < n && t_[i + 2].is_number() && glued(i + 1, i + 2)))
    return i + 2;
  if (plain(i) && glued(i, i + 1) && t_[i + 1].is("+") && plain(i + 2) && glued(i + 1, i + 2) &&
      norm_at(t_, i + 3, "'") && glued(i + 2, i + 3))
    return i + 4;
  // "911 call", "999 calls": an emergency number.
  if ((t_[i].is("911") || t_[i].is("999") || t_[i].is("112")) &&
      (word(i + 1, "call") || word(i + 1, "calls")))
    return i + 1;
  return 0;
}

bool IdentifierReader::plural_after_model(std::size_t k) const {
  const std::size_t m = model_name_end(text_, t_, k);
  return m < t_.size() && t_[m].is_word() && !is_upper(text_[t_[m].start]) && countable_noun(t_[m]) &&
         plural_noun(t_[m].norm);
}

std::size_t IdentifierReader::label_list_end(std::size_t k) const {
  while (
      k + 1 < t_.size() &&
      (word(k, "and") || word(k, "or") || word(k, "to") || word(k, "of") || t_[k].is(",") || t_[k].is("-")) &&
      plain(k + 1) && !unit_after(k + 1))
    k = glued_run_end(k + 1);
  return k;
}

bool IdentifierReader::imperative(std::size_t i) const {
  const std::size_t w = i - 1;
  const bool first =
      w == 0 || t_[w - 1].is(".") || t_[w - 1].is(":") || t_[w - 1].is("!") || t_[w - 1].is("?") ||
      text_.substr(t_[w - 1].end, t_[w].start - t_[w - 1].end).find('\n') != std::string_view::npos;
  const std::string_view r = raw(text_, t_[w]);
  bool title = true;
  for (std::size_t k = 1; k < r.size(); ++k) title = title && !is_upper(r[k]);
  if (!first || !title || i + 1 >= t_.size()) return false;
  if (t_[i + 1].is_number() || (t_[i + 1].is("/") && glued(i, i + 1))) return true;  // "Add 1 1/2", "Add 1/2"
  // What follows is counted: a plural within three words in lower case ("3 large eggs").
  for (std::size_t k = i + 1; k < t_.size() && k <= i + 3; ++k) {
    if (!t_[k].is_word() || is_upper(text_[t_[k].start]) || !countable_noun(t_[k])) return false;
    const std::string_view n = t_[k].norm;
    if (n.size() > 3 && n.back() == 's' && n[n.size() - 2] != 's') return true;
  }
  return false;
}

bool IdentifierReader::german_age(std::size_t k) const {
  return k < t_.size() &&
         one_of(t_[k].norm, {"j\xC3\xA4hrige", "j\xC3\xA4hrigen", "j\xC3\xA4hriger", "j\xC3\xA4hriges"});
}

bool IdentifierReader::headline_verb(std::string_view w) {
  return one_of(
      w, {"sell", "cut",  "cuts", "axe",  "axes", "shut", "add",  "adds", "hit",  "hits", "win",  "wins",
          "lose", "pay",  "pays", "buy",  "buys", "hire", "idle", "save", "open", "ban",  "sack", "lay",
          "eyes", "sees", "gets", "got",  "set",  "top",  "tops", "near", "nets", "owes", "owe",  "warn",
          "fear", "say",  "says", "see",  "plan", "lift", "face", "find", "keep", "need", "want", "fund",
          "lend", "send", "take", "give", "make", "earn", "bet",  "pick", "vote", "name", "miss", "host",
          "sign", "drop", "hold", "beat", "seek", "sue",  "sues", "jail", "fine", "kill", "hurt", "quit",
          "fall", "rise", "jump", "slip", "soar", "dip",  "dips", "sink", "ends", "end",  "axed", "shed"});
}

bool IdentifierReader::opening_verb(std::size_t w) const {
  const std::string& v = t_[w].norm;
  return v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0 && (w == 0 || t_[w - 1].is("."));
}

}  // namespace factcheck::quantities_detail
