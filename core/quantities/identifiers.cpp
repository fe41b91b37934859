// Digits that are no quantity: clock times ("9:01 a.m.", "17:22 GMT", "6.15pm"), scores and results
// ("a 2-2 draw", "won 6-4, 7-5", "287 for six"), names and codes with digits ("iPhone 15", "FTSE 100",
// "V-12", "COVID-19", "A320neo", "No. 8", "Interstate 95", "Section 427"), addresses ("14 Orchard
// Close"), phone numbers ("0800 123 4567") and bare years ("winter 2023", "the 1990s"). The scan asks
// here before it reads a figure; what is found is passed over, with no mention.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "quantities/digits.hpp"
#include "quantities/extractor.hpp"
#include "quantities/number_words.hpp"

namespace factcheck::quantities_detail {
namespace {

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

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

// Capitalised words that are no name before a number: "About 300 people", "Only 12", "Monday 40".
bool plain_capital_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
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
  return one_of(w, kWords) || month_number(w) > 0;
}

// Words after a number in a clock time.
bool time_zone(std::string_view w) {
  static constexpr std::string_view kZones[] = {
      "gmt", "bst", "utc", "edt",  "est",  "et",   "pt",  "pdt", "pst", "cdt",   "cst", "ct",   "mdt",
      "mst", "ist", "cet", "cest", "aest", "aedt", "jst", "hkt", "sgt", "local", "hrs", "hours"};
  return one_of(w, kZones);
}

// Street types ending an address: "14 Orchard Close", "301 East 79th Street".
bool street_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "place", "pl", "drive", "dr",
      "way", "court", "crescent", "terrace", "boulevard", "blvd", "square", "gardens", "grove", "mews",
      "parade", "walk", "row", "highway", "hwy", "broadway", "circle", "wharf", "quay", "embankment", "loop",
      "yards", "plaza", "view",
      // Streets abroad: "41 Rue du Rhône", "12 Via Roma", "8 Calle Mayor".
      "rue", "via", "calle", "avenida", "rua", "strasse", "straße", "weg", "straat", "laan", "plein"};
  return one_of(w, kWords);
}

// Words around "A-B" that make it a score or a result: "won 6-4", "a 2-2 draw", "ruled 6-3".
bool score_word_before(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "won",      "win",     "wins",     "winning", "lost",  "lose",      "loses",    "losing",
      "beat",     "beats",   "beaten",   "trailed", "trail", "trails",    "trailing", "led",
      "leads",    "leading", "drew",     "draw",    "ruled", "rule",      "voted",    "vote",
      "defeated", "edged",   "thrashed", "routed",  "score", "scoreline", "record",   "went"};
  return one_of(w, kWords);
}
bool score_word_after(std::string_view w) {
  static constexpr std::string_view kWords[] = {"draw",      "win",     "victory",   "defeat",    "loss",
                                                "lead",      "deficit", "majority",  "decision",  "verdict",
                                                "scoreline", "result",  "aggregate", "thrashing", "drubbing",
                                                "vote",      "split",   "ruling"};
  return one_of(w, kWords);
}

// Reads the digits at a token that are no quantity.
class IdentifierReader : public Reader {
 public:
  using Reader::Reader;

  bool try_identifier(std::size_t i, std::size_t& next) {
    if (!t_[i].is_number()) return false;
    if (const std::size_t e = international_phone(i)) {
      next = e;
      return true;
    }
    if (i > 0 && t_[i - 1].kind == TokenKind::symbol && !t_[i - 1].is("#"))
      return false;  // "$2000", "£1,100"
    std::size_t e = 0;
    if ((e = clock_time(i)) || (e = score(i)) || (e = tally(i)) || (e = slash_pair(i)) || (e = code(i)) ||
        (e = named(i)) || (e = address(i)) || (e = bare_year(i)) || (e = cricket(i)) ||
        (e = list_marker(i)) || (e = short_code(i)) || (e = marked(i)) || (e = version_chain(i)) ||
        (e = drawn(i)) || (e = emergency(i))) {
      next = e;
      return true;
    }
    return false;
  }

 private:
  bool capital(std::size_t k) const { return k < t_.size() && is_upper(text_[t_[k].start]); }
  // The word at k is written in capitals, two letters or more: "MAX", "GT".
  bool all_caps(std::size_t k) const {
    const std::string_view r = raw(text_, t_[k]);
    if (r.size() < 2) return false;
    for (char c : r)
      if (!is_upper(c)) return false;
    return true;
  }
  bool glued(std::size_t a, std::size_t b) const { return b < t_.size() && adjacent(t_[a], t_[b]); }
  // Something other than punctuation glued after token k: "14B", "5C", "10cm", "5%".
  bool glued_on(std::size_t k) const {
    return glued(k, k + 1) &&
           (t_[k + 1].is_word() || t_[k + 1].is_number() || t_[k + 1].kind == TokenKind::symbol);
  }
  bool plain(std::size_t k) const {
    return k < t_.size() && t_[k].is_number() && all_digit_chars(t_[k].norm);
  }
  static bool all_digit_chars(std::string_view s) {
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return !s.empty();
  }

  // The index after the tokens glued to the one at k: "A320neo", "H5N1", "P510e".
  std::size_t glued_run_end(std::size_t k) const {
    while (k + 1 < t_.size() && glued(k, k + 1)) {
      if (t_[k + 1].is_word() || t_[k + 1].is_number()) {
        ++k;
      } else if (t_[k + 1].is("-") && glued(k + 1, k + 2) && (t_[k + 2].is_word() || t_[k + 2].is_number())) {
        k += 2;  // "A350-1000", "1:23-cv-04512"
      } else {
        break;
      }
    }
    return k + 1;
  }

  // "am", "pm", "a.m.", "p.m." at k: the index after it, or 0.
  std::size_t meridiem(std::size_t k) const {
    if (word(k, "am") || word(k, "pm")) return norm_at(t_, k + 1, ".") && glued(k, k + 1) ? k + 2 : k + 1;
    if ((word(k, "a") || word(k, "p")) && norm_at(t_, k + 1, ".") && word(k + 2, "m") && glued(k, k + 1) &&
        glued(k + 1, k + 2))
      return norm_at(t_, k + 3, ".") && glued(k + 2, k + 3) ? k + 4 : k + 3;
    return 0;
  }

  // What may follow a clock time: am/pm, a time zone, and "–" another time.
  std::size_t after_clock(std::size_t k) const {
    if (std::size_t m = meridiem(k)) k = m;
    if (k < t_.size() && t_[k].is_word() && time_zone(t_[k].norm)) ++k;
    return k;
  }

  // "9:01 a.m.", "19:45 BST", "6.15pm", "8pm", "10 a.m.", "1930 GMT".
  std::size_t clock_time(std::size_t i) const {
    const std::string_view d = t_[i].norm;
    if (all_digit_chars(d) && d.size() <= 2 && norm_at(t_, i + 1, ":") && glued(i, i + 1) &&
        plain_or_decimal(i + 2) && glued(i + 1, i + 2)) {
      std::size_t k = i + 3;
      if (norm_at(t_, k, ":") && glued(k - 1, k) && plain(k + 1) && glued(k, k + 1)) k += 2;  // "10:30:15"
      return after_clock(k);
    }
    // "6.15pm", "8pm", "10 a.m.": a number of the clock then am or pm.
    const bool small =
        d.size() <= 5 && (all_digit_chars(d) ? d.size() <= 2 : d.size() >= 4 && d[d.size() - 3] == '.');
    if (small) {
      if (std::size_t m = meridiem(i + 1)) return after_clock(m);
    }
    // "the screening starts at 8.": an hour of the clock after a verb of starting and "at".
    if (all_digit_chars(d) && d.size() <= 2 && digits_value(d) <= 12 && i > 1 && word(i - 1, "at") &&
        one_of(t_[i - 2].norm, {"starts", "start", "started", "begins", "begin", "began", "opens", "open",
                                "kicks", "kick", "doors"}) &&
        (i + 1 >= t_.size() || t_[i + 1].kind == TokenKind::punct))
      return i + 1;
    // "1930 GMT", "0800 BST".
    if (all_digit_chars(d) && d.size() == 4 && i + 1 < t_.size() && t_[i + 1].is_word() &&
        time_zone(t_[i + 1].norm) && t_[i + 1].norm != "hours" && t_[i + 1].norm != "hrs")
      return i + 2;
    return 0;
  }
  bool plain_or_decimal(std::size_t k) const {
    if (k >= t_.size() || !t_[k].is_number()) return false;
    const std::string_view s = t_[k].norm;
    return s.size() >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9';
  }

  // "voted 19 to 6", "won 3 to 1": a tally or a result written with "to" after a verb that gives one.
  std::size_t tally(std::size_t i) const {
    if (!plain(i) || i == 0 || !word(i + 1, "to") || !plain(i + 2) || unit_after(i + 2) ||
        !one_of(t_[i - 1].norm, {"voted", "vote", "won", "lost", "beat", "defeated", "ruled"}))
      return 0;
    const std::size_t k = i + 3;
    if (k < t_.size() && t_[k].is_word() && countable_noun(t_[k])) return 0;  // "voted 5 to 10 members"
    return digits_value(t_[i].norm) >= digits_value(t_[i + 2].norm) ? k : 0;
  }

  // "2-2", "6-4", "17-3", "lost 24-31": two small whole numbers joined by a hyphen, as a result. A
  // range goes up ("5-10 cm"); a score is level or goes down, or has a result's word around it.
  std::size_t score(std::size_t i) const {
    if (!plain(i) || t_[i].norm.size() > 3 || !norm_at(t_, i + 1, "-") || !glued(i, i + 1) || !plain(i + 2) ||
        !glued(i + 1, i + 2) || t_[i + 2].norm.size() > 3)
      return 0;
    std::size_t k = i + 3;
    if (glued_on(i + 2)) return 0;  // "5-10cm", "0-100km/h", "5-10%"
    // "12-3/4 cents" is a price's fraction, and "4-3-3" a chain (a formation, a phone number).
    if (glued(i + 2, k) && (t_[k].is("/") || t_[k].is("-"))) return 0;
    // "7-6(4)": a tie-break's score in brackets.
    if (glued(i + 2, k) && t_[k].is("(") && plain(k + 1) && norm_at(t_, k + 2, ")")) k += 3;
    const double a = digits_value(t_[i].norm), b = digits_value(t_[i + 2].norm);
    // "6-3, 4-6": a set after a set.
    const bool before =
        (i > 0 && t_[i - 1].is_word() && score_word_before(t_[i - 1].norm)) ||
        (i > 1 && word(i - 1, "of") && word(i - 2, "figures")) ||  // bowling: "figures of 4-51"
        (i > 3 && t_[i - 1].is(",") && plain(i - 2) && t_[i - 3].is("-") && plain(i - 4) &&
         glued(i - 4, i - 3) && glued(i - 3, i - 2));
    const bool after = i + 3 < t_.size() && t_[i + 3].is_word() && score_word_after(t_[i + 3].norm);
    return a >= b || before || after ? k : 0;
  }

  // "iPhone 15", "FTSE 100", "No. 8", "Route 40", "V-12", "MCL38", "39A", "4x4": a number that is part of
  // a name or a label.
  std::size_t named(std::size_t i) const {
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
    // A capitalised word before a plain whole number, or a version ("iOS 17.4"), with no unit after it:
    // "FTSE 100", "Apollo 11", "Android 14", "S&P 500".
    // In a headline written in capitals or in title case only a short name does: "FTSE 100", not "ORDERS
    // 40-TONNE" or "Loses 214 Councillors".
    if ((plain(i) || version(i)) && i > 0 && t_[i - 1].is_word() && !plain_capital_word(t_[i - 1].norm) &&
        !scan_.in_table(i) && has_capital(text_, t_[i - 1]) && !unit_after(i) && !imperative(i) &&
        // German capitalises every noun: "im Frühjahr 80 000 Geranien".
        !(t_[i - 1].norm.size() > 4 && (scan_.shouting() || scan_.title_case() || scan_.foreign())) &&
        !((scan_.shouting() || scan_.title_case()) && headline_verb(t_[i - 1].norm)) &&
        !opening_verb(i - 1)) {
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

  // A model's name from k (capitals, digits and hyphens glued, up to six tokens), then a plural in
  // lower case: "AH-64E helicopters".
  bool plural_after_model(std::size_t k) const {
    const std::size_t m = model_name_end(text_, t_, k);
    return m < t_.size() && t_[m].is_word() && !is_upper(text_[t_[m].start]) && countable_noun(t_[m]) &&
           plural_noun(t_[m].norm);
  }

  // After a label's number, more of them: "Junctions 57 and 59", "pages 12-14", "Seats 4, 5".
  std::size_t label_list_end(std::size_t k) const {
    while (k + 1 < t_.size() &&
           (word(k, "and") || word(k, "or") || word(k, "to") || word(k, "of") || t_[k].is(",") ||
            t_[k].is("-")) &&
           plain(k + 1) && !unit_after(k + 1))
      k = glued_run_end(k + 1);
    return k;
  }

  // "p. 214": a page; "#2024-17": a number after "#"; "Tuesday 9/17": a month and a day.
  std::size_t marked(std::size_t i) const {
    if (!plain(i)) return 0;
    if (i > 1 && t_[i - 1].is(".") && word(i - 2, "p") && raw(text_, t_[i - 2]) == "p") return i + 1;
    if (i > 0 && t_[i - 1].is("#") && glued(i - 1, i)) return glued_run_end(i);
    if (norm_at(t_, i + 1, "/") && glued(i, i + 1) && plain(i + 2) && glued(i + 1, i + 2) &&
        !glued_on(i + 2) && !unit_after(i + 2)) {
      const double a = digits_value(t_[i].norm), b = digits_value(t_[i + 2].norm);
      const bool dated =
          i > 0 && t_[i - 1].is_word() &&
          one_of(t_[i - 1].norm,
                 {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                  "tue",    "tues",    "wed",       "thu",      "thurs",  "fri",      "sat",    "sun",
                  "on",     "by",      "until",     "since",    "from",   "through",  "thru"});
      if (dated && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a > 12 || b > 12) && a != b) return i + 3;
    }
    return 0;
  }

  // "11.4.2": a version of three parts, one token or several.
  std::size_t version_chain(std::size_t i) const {
    const std::string_view d = t_[i].norm;
    // (Three parts: four, "192.168.1.2", read as the numbers they are, as Recognizers-Text's specs have
    // them.)
    if (std::count(d.begin(), d.end(), '.') == 2 && d.find(',') == std::string_view::npos) {
      // Not "3.500.000", thousands between full stops: some part after the first is not three digits.
      for (std::size_t at = d.find('.'); at != std::string_view::npos;) {
        const std::size_t next = d.find('.', at + 1);
        const std::size_t len = (next == std::string_view::npos ? d.size() : next) - at - 1;
        if (len != 3) return i + 1;
        at = next;
      }
    }
    if (plain(i) && norm_at(t_, i + 1, ".") && glued(i, i + 1) && plain(i + 2) && glued(i + 1, i + 2) &&
        norm_at(t_, i + 3, ".") && glued(i + 2, i + 3) && plain(i + 4) && glued(i + 3, i + 4))
      return glued_run_end(i + 4);
    if (!t_[i].is_number() || !version(i) || !norm_at(t_, i + 1, ".") || !glued(i, i + 1) || !plain(i + 2) ||
        !glued(i + 1, i + 2))
      return 0;
    return glued_run_end(i + 2);
  }

  // "numbers 07, 19, 23, 31, 42": five or more small whole numbers in a list joined by commas, with no
  // unit, are drawn balls or shirt numbers, not amounts.
  std::size_t drawn(std::size_t i) const {
    const auto small = [&](std::size_t k) {
      return k < t_.size() && t_[k].is_number() && t_[k].norm.size() <= 2 && all_digit_chars(t_[k].norm);
    };
    if (!small(i) || unit_after(i)) return 0;
    std::size_t first = i, last = i;
    while (first > 1 && t_[first - 1].is(",") && small(first - 2)) first -= 2;
    while (norm_at(t_, last + 1, ",") && small(last + 2) && !unit_after(last + 2)) last += 2;
    return (last - first) / 2 + 1 >= 5 ? last + 1 : 0;
  }

  // "in an emergency, 999;", "or 911.": an emergency number on its own.
  std::size_t emergency(std::size_t i) const {
    if (!(t_[i].is("999") || t_[i].is("911") || t_[i].is("112")) || i == 0) return 0;
    const bool before = t_[i - 1].is(",") || word(i - 1, "or") || word(i - 1, "dial") ||
                        word(i - 1, "call") || word(i - 1, "ring");
    const bool after = i + 1 >= t_.size() || t_[i + 1].kind == TokenKind::punct;
    return before && after ? i + 1 : 0;
  }

  // "Text GIVE to 70070": a short code to text; "98450 12345": a mobile number in two groups of five.
  std::size_t short_code(std::size_t i) const {
    if (!plain(i)) return 0;
    if (t_[i].norm.size() >= 4 && i >= 3 && word(i - 1, "to") && (word(i - 3, "text") || word(i - 3, "sms")))
      return i + 1;
    if (t_[i].norm.size() == 5 && plain(i + 1) && t_[i + 1].norm.size() == 5 && !unit_after(i + 1))
      return i + 2;
    return 0;
  }

  // "Box office: 1. Inside Out 2 — $57.2m; 2. Bad Boys": the number of an item in a list, at the
  // start of the text, a line or a list, with a dot and a capital after it. "rose to 3. The" has a
  // word before it.
  std::size_t list_marker(std::size_t i) const {
    if (!plain(i) || t_[i].norm.size() > 2 || !norm_at(t_, i + 1, ".") || !glued(i, i + 1) || !capital(i + 2))
      return 0;
    const bool starts =
        i == 0 || t_[i - 1].is(":") || t_[i - 1].is(";") || (t_[i - 1].is("-") && !glued(i - 1, i)) ||
        t_[i - 1].is("--") || t_[i - 1].is("|") ||
        text_.substr(t_[i - 1].end, t_[i].start - t_[i - 1].end).find('\n') != std::string_view::npos;
    return starts ? i + 2 : 0;
  }

  // "24/7", "140/90", "2024/25": two whole numbers across a slash, the first the larger, are a pair.
  std::size_t slash_pair(std::size_t i) const {
    if (!plain(i) || !norm_at(t_, i + 1, "/") || !glued(i, i + 1) || !plain(i + 2) || !glued(i + 1, i + 2))
      return 0;
    if (digits_value(t_[i].norm) < digits_value(t_[i + 2].norm) || glued_on(i + 2)) return 0;
    return i + 3;
  }

  // "Whisk 3 large eggs", "Makes 24 cookies": the capital before the number only starts the sentence (a
  // word in title case, first of its sentence) and a word in lower case follows.
  bool imperative(std::size_t i) const {
    const std::size_t w = i - 1;
    const bool first =
        w == 0 || t_[w - 1].is(".") || t_[w - 1].is(":") || t_[w - 1].is("!") || t_[w - 1].is("?") ||
        text_.substr(t_[w - 1].end, t_[w].start - t_[w - 1].end).find('\n') != std::string_view::npos;
    const std::string_view r = raw(text_, t_[w]);
    bool title = true;
    for (std::size_t k = 1; k < r.size(); ++k) title = title && !is_upper(r[k]);
    if (!first || !title || i + 1 >= t_.size()) return false;
    if (t_[i + 1].is_number() || (t_[i + 1].is("/") && glued(i, i + 1)))
      return true;  // "Add 1 1/2", "Add 1/2"
    // What follows is counted: a plural within three words in lower case ("3 large eggs").
    for (std::size_t k = i + 1; k < t_.size() && k <= i + 3; ++k) {
      if (!t_[k].is_word() || is_upper(text_[t_[k].start]) || !countable_noun(t_[k])) return false;
      const std::string_view n = t_[k].norm;
      if (n.size() > 3 && n.back() == 's' && n[n.size() - 2] != 's') return true;
    }
    return false;
  }

  // "19-Jährige": German for "19-year-old".
  bool german_age(std::size_t k) const {
    return k < t_.size() &&
           one_of(t_[k].norm, {"j\xC3\xA4hrige", "j\xC3\xA4hrigen", "j\xC3\xA4hriger", "j\xC3\xA4hriges"});
  }

  // "+44 20 7946 0321", "+1 301-555-0142": a country code glued after "+", then groups of digits with
  // spaces or hyphens between, seven digits or more in all.
  std::size_t international_phone(std::size_t i) const {
    if (i == 0 || !t_[i - 1].is("+") || !glued(i - 1, i) || !plain(i) || t_[i].norm.size() > 3) return 0;
    if (i > 1 && glued(i - 2, i - 1) && !t_[i - 2].is("(")) return 0;  // "3+2", "18+"
    std::size_t k = i + 1, digits = t_[i].norm.size();
    while (k < t_.size()) {
      if (plain(k) && text_.substr(t_[k - 1].end, t_[k].start - t_[k - 1].end) == " ") {
        digits += t_[k].norm.size();
        ++k;
      } else if (t_[k].is("-") && glued(k - 1, k) && k + 1 < t_.size() && plain(k + 1) && glued(k, k + 1)) {
        digits += t_[k + 1].norm.size();
        k += 2;
      } else {
        break;
      }
    }
    return k > i + 1 && digits >= 7 ? k : 0;
  }

  // Short verbs a headline puts before a number: "PUB GIANT TO SELL 300 SITES", "Foresters Idle 30 Crews".
  static bool headline_verb(std::string_view w) {
    return one_of(
        w, {"sell", "cut",  "cuts", "axe",  "axes", "shut", "add",  "adds", "hit",  "hits", "win",  "wins",
            "lose", "pay",  "pays", "buy",  "buys", "hire", "idle", "save", "open", "ban",  "sack", "lay",
            "eyes", "sees", "gets", "got",  "set",  "top",  "tops", "near", "nets", "owes", "owe",  "warn",
            "fear", "say",  "says", "see",  "plan", "lift", "face", "find", "keep", "need", "want", "fund",
            "lend", "send", "take", "give", "make", "earn", "bet",  "pick", "vote", "name", "miss", "host",
            "sign", "drop", "hold", "beat", "seek", "sue",  "sues", "jail", "fine", "kill", "hurt", "quit",
            "fall", "rise", "jump", "slip", "soar", "dip",  "dips", "sink", "ends", "end",  "axed", "shed"});
  }

  // A verb in -ed opening its sentence: "Spotted 11 logging trucks", not a name.
  bool opening_verb(std::size_t w) const {
    const std::string& v = t_[w].norm;
    return v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0 && (w == 0 || t_[w - 1].is("."));
  }

  // A version number: one dot, one or two digits after it, and no thousands ("17.4", "3.12").
  bool version(std::size_t i) const {
    const std::string_view d = t_[i].norm;
    const std::size_t dot = d.find('.');
    return dot != std::string_view::npos && dot > 0 && d.size() - dot <= 3 && d.size() - dot >= 2 &&
           d.find(',') == std::string_view::npos && d.find('.', dot + 1) == std::string_view::npos;
  }

  // "0800 123 4567", "04512", "CPS/2024/0117": a leading zero, or digits after a slash glued to a word.
  std::size_t code(std::size_t i) const {
    const std::string_view d = t_[i].norm;
    // "0800", "04512", but not the "05m" of "1h 05m", whose unit is glued to it.
    const bool leading_zero =
        d.size() >= 2 && d[0] == '0' && d[1] >= '0' && d[1] <= '9' && !(glued_on(i) && unit_after(i));
    // "C/2023", not the "160C" of "180C/160C" (a unit glued to a number before the slash).
    const bool slashed = i > 1 && t_[i - 1].is("/") && glued(i - 1, i) && t_[i - 2].is_word() &&
                         glued(i - 2, i - 1) && !(i > 2 && t_[i - 3].is_number() && glued(i - 3, i - 2));
    // "1-800-624-9896": three or more groups of digits joined by hyphens.
    if (plain(i) && norm_at(t_, i + 1, "-") && glued(i, i + 1) && plain(i + 2) && glued(i + 1, i + 2) &&
        norm_at(t_, i + 3, "-") && glued(i + 2, i + 3) && plain(i + 4) && glued(i + 3, i + 4))
      return glued_run_end(i);
    if (!leading_zero && !slashed) return 0;
    std::size_t k = i + 1;
    // "(03) 8470 8888": the groups after an area code in brackets.
    if (leading_zero && i > 0 && t_[i - 1].is("(") && norm_at(t_, k, ")") && plain(k + 1) &&
        t_[k + 1].norm.size() >= 3) {
      k += 1;
      while (plain(k) && t_[k].norm.size() >= 3 && !unit_after(k)) ++k;
      return k;
    }
    // The groups of a phone number or a reference: plain digits after single spaces or slashes.
    while (k < t_.size() && plain(k) && leading_zero) ++k;
    while (k + 1 < t_.size() && t_[k].is("/") && glued(k - 1, k) && plain(k + 1) && glued(k, k + 1)) k += 2;
    return k;
  }

  // "14 Orchard Close", "301 East 79th Street", "9 E 71st St": a house number before a street.
  std::size_t address(std::size_t i) const {
    if (!plain(i) ||
        !(capital(i + 1) || (i + 1 < t_.size() && one_of(t_[i + 1].norm, {"rue", "via", "calle"}))))
      return 0;
    for (std::size_t k = i + 1; k < t_.size() && k <= i + 5; ++k) {
      // A street word first only abroad: "41 Rue du Rhône", "12 Via Roma".
      if (t_[k].is_word() && capital(k) && street_word(t_[k].norm) &&
          (k > i + 1 || one_of(t_[k].norm, {"rue", "via", "calle", "avenida", "rua"})))
        return i + 1;
      // "23 rue de Grenelle": in lower case before "de", "du" or a capital.
      if (k == i + 1 && one_of(t_[k].norm, {"rue", "via", "calle", "avenida", "rua"}) &&
          (word(k + 1, "de") || word(k + 1, "du") || word(k + 1, "des") || word(k + 1, "del") ||
           word(k + 1, "della") || capital(k + 1)))
        return i + 1;
      if (!(t_[k].is_word() || t_[k].is_number() || t_[k].is("."))) return 0;
      if (t_[k].is_word() && !capital(k) && !ordinal_at(k)) return 0;
    }
    return 0;
  }

  // A year that no date reader took: "winter 2023", "the 1990s", "2025 Kia", "2011 to 2019". A year
  // before a noun it counts ("2000 people") is a count.
  std::size_t bare_year(std::size_t i) const {
    if (!plain(i) || t_[i].norm.size() != 4) return 0;
    const double y = digits_value(t_[i].norm);
    if (y < 1800 || y > 2100) return 0;
    const std::size_t k = i + 1;
    if (word(k, "s") && glued(i, k)) return k + 1;  // "the 1990s"
    if (unit_after(i)) return 0;
    // "2000 over 3": the number parser reads on.
    if (const auto num = parse_number(text_, t_, i); !num || num->last_token != i + 1) return 0;
    // "closed at 1850", "fell to 2050": a level, not a year.
    if (i > 0 && t_[i - 1].is_word() &&
        one_of(t_[i - 1].norm, {"at", "to", "of", "by", "about", "around", "over", "under", "than", "from"}))
      return 0;
    // "2011 to 2019", "1998-2001", "2024-25": a span of years.
    if ((word(k, "to") || (norm_at(t_, k, "-") && glued(i, k))) && plain(k + 1) &&
        (t_[k + 1].norm.size() == 4 || t_[k + 1].norm.size() == 2))
      return k + 2;
    // "its 2023 inspection", "2025 capacity growth": a year before a noun in the singular, with a
    // determiner or none (no one counts 2,025 of a thing in the singular).
    const bool singular =
        k < t_.size() && t_[k].is_word() && t_[k].norm.back() != 's' && !plural_noun(t_[k].norm);
    // "2019 levels", "2025 forecasts": a year before what is measured, not counted.
    const bool measured = k < t_.size() && t_[k].is_word() &&
                          one_of(t_[k].norm, {"levels", "prices", "figures", "sales", "results", "earnings",
                                              "forecasts", "estimates", "highs", "lows", "rates", "totals"});
    if (k < t_.size() && t_[k].is_word() && countable_noun(t_[k]) && !capital(k) && !singular && !measured)
      return 0;
    return k;
  }

  // Cricket: "287 for six", "6 for 45": runs for wickets, or wickets for runs.
  std::size_t cricket(std::size_t i) const {
    if (plain(i) && i > 1 && word(i - 1, "for") && word(i - 2, "out") && !unit_after(i))
      return i + 1;  // "all out for 164"
    if (!plain(i) || !word(i + 1, "for")) return 0;
    const std::size_t k = i + 2;
    double b = -1;
    if (plain(k)) b = digits_value(t_[k].norm);
    if (k < t_.size() && t_[k].is_word() && cardinal(t_[k].norm) >= 0) b = cardinal(t_[k].norm);
    if (b < 0) return 0;
    if (k + 1 < t_.size() && t_[k + 1].is_word() && (countable_noun(t_[k + 1]) || word(k + 1, "against")))
      return 0;
    if (unit_follows(scan_, k + 1)) return 0;
    const double a = digits_value(t_[i].norm);
    const bool wickets_first = a <= 10 && b > a, runs_first = b <= 10 && a > b;
    return wickets_first || runs_first ? k + 1 : 0;
  }

  // An ordinal suffix at k: "st", "nd", "rd", "th" glued to a number.
  bool ordinal_at(std::size_t k) const {
    return k < t_.size() && k > 0 && t_[k - 1].is_number() && glued(k - 1, k) &&
           one_of(t_[k].norm, {"st", "nd", "rd", "th"});
  }

  // A unit, a currency, a percentage or a scale word right after the number at i.
  // Asked several times of the same number by the tests above: worked out once.
  bool unit_after(std::size_t i) const {
    if (i != asked_) {
      asked_ = i;
      // "Add 4½ litres": past a fraction glyph glued to the number.
      const bool glyph = i + 1 < t_.size() && vulgar_fraction(t_[i + 1].norm) > 0 && glued(i, i + 1);
      answer_ = unit_follows(scan_, glyph ? i + 2 : i + 1);
    }
    return answer_;
  }
  mutable std::size_t asked_ = static_cast<std::size_t>(-1);
  mutable bool answer_ = false;
};

}  // namespace

bool try_identifier(Extraction& scan, std::size_t i, std::size_t& next) {
  return IdentifierReader(scan).try_identifier(i, next);
}

}  // namespace factcheck::quantities_detail
