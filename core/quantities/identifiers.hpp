// Internal to core/quantities: the reader of digits that are no quantity (try_identifier(),
// extractor.hpp), in two files that share its helpers and its one look-up of the unit after a number:
//   identifiers.cpp       clock times, scores, tallies, codes, phone numbers, addresses, bare years
//   identifier_names.cpp  names and labels with a number ("iPhone 15", "Route 40", "V-12", "39A")
#pragma once

#include <cstddef>
#include <string_view>

#include "quantities/digits.hpp"
#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

inline bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// Reads the digits at a token that are no quantity.
class IdentifierReader : public Reader {
 public:
  using Reader::Reader;

  // Whether the digits at i are no quantity: then `next` is set past the tokens they take
  // (identifiers.cpp).
  bool try_identifier(std::size_t i, std::size_t& next);

 private:
  // The token at k starts with a capital.
  bool capital(std::size_t k) const { return k < t_.size() && is_upper(text_[t_[k].start]); }
  // The word at k is written in capitals, two letters or more: "MAX", "GT".
  bool all_caps(std::size_t k) const {
    const std::string_view r = raw(text_, t_[k]);
    if (r.size() < 2) return false;
    for (char c : r)
      if (!is_upper(c)) return false;
    return true;
  }
  // Tokens a and b touch, with no space between: "MCL38", "7-Eleven".
  bool glued(std::size_t a, std::size_t b) const { return b < t_.size() && adjacent(t_[a], t_[b]); }
  // Something other than punctuation glued after token k: "14B", "5C", "10cm", "5%".
  bool glued_on(std::size_t k) const {
    return glued(k, k + 1) &&
           (t_[k + 1].is_word() || t_[k + 1].is_number() || t_[k + 1].kind == TokenKind::symbol);
  }
  // The token at k is a whole number in plain digits: "38", "0800".
  bool plain(std::size_t k) const {
    return k < t_.size() && t_[k].is_number() && all_digit_chars(t_[k].norm);
  }
  // Only digits: "0800", not "1,100" or "2.5".
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

  // A version number: one dot, one or two digits after it, and no thousands ("17.4", "3.12").
  bool version(std::size_t i) const {
    const std::string_view d = t_[i].norm;
    const std::size_t dot = d.find('.');
    return dot != std::string_view::npos && dot > 0 && d.size() - dot <= 3 && d.size() - dot >= 2 &&
           d.find(',') == std::string_view::npos && d.find('.', dot + 1) == std::string_view::npos;
  }

  // An ordinal suffix at k: "st", "nd", "rd", "th" glued to a number.
  bool ordinal_at(std::size_t k) const {
    return k < t_.size() && k > 0 && t_[k - 1].is_number() && glued(k - 1, k) &&
           one_of(t_[k].norm, {"st", "nd", "rd", "th"});
  }

  // A unit, a currency, a percentage or a scale word right after the number at i.
  // Asked several times of the same number by the tests below: worked out once.
  bool unit_after(std::size_t i) const {
    if (i != asked_) {
      asked_ = i;
      // "Add 4½ litres": past a fraction glyph glued to the number.
      const bool glyph = i + 1 < t_.size() && vulgar_fraction(t_[i + 1].norm) > 0 && glued(i, i + 1);
      answer_ = unit_follows(scan_, glyph ? i + 2 : i + 1);
    }
    return answer_;
  }
  // The number unit_after() was last asked of, and its answer.
  mutable std::size_t asked_ = static_cast<std::size_t>(-1);
  mutable bool answer_ = false;

  // ---- identifiers.cpp: clock times, scores, codes, addresses, years -----------------------------

  // "am", "pm", "a.m.", "p.m." at k: the index after it, or 0.
  std::size_t meridiem(std::size_t k) const;
  // What may follow a clock time: am/pm, a time zone, and "–" another time.
  std::size_t after_clock(std::size_t k) const;
  // "9:01 a.m.", "19:45 BST", "6.15pm", "8pm", "10 a.m.", "1930 GMT".
  std::size_t clock_time(std::size_t i) const;
  // Digits at k that begin with two digits: the minutes of "9:01", "3:49.04".
  bool plain_or_decimal(std::size_t k) const;
  // "voted 19 to 6", "won 3 to 1": a tally or a result written with "to" after a verb that gives one.
  std::size_t tally(std::size_t i) const;
  // "2-2", "6-4", "17-3", "lost 24-31": two small whole numbers joined by a hyphen, as a result. A
  // range goes up ("5-10 cm"); a score is level or goes down, or has a result's word around it.
  std::size_t score(std::size_t i) const;
  // "p. 214": a page; "#2024-17": a number after "#"; "Tuesday 9/17": a month and a day.
  std::size_t marked(std::size_t i) const;
  // "11.4.2": a version of three parts, one token or several.
  std::size_t version_chain(std::size_t i) const;
  // "numbers 07, 19, 23, 31, 42": five or more small whole numbers in a list joined by commas, with no
  // unit, are drawn balls or shirt numbers, not amounts.
  std::size_t drawn(std::size_t i) const;
  // "in an emergency, 999;", "or 911.": an emergency number on its own.
  std::size_t emergency(std::size_t i) const;
  // "Text GIVE to 70070": a short code to text; "98450 12345": a mobile number in two groups of five.
  std::size_t short_code(std::size_t i) const;
  // "Box office: 1. Inside Out 2 — $57.2m; 2. Bad Boys": the number of an item in a list, at the
  // start of the text, a line or a list, with a dot and a capital after it. "rose to 3. The" has a
  // word before it.
  std::size_t list_marker(std::size_t i) const;
  // "24/7", "140/90", "2024/25": two whole numbers across a slash, the first the larger, are a pair.
  std::size_t slash_pair(std::size_t i) const;
  // "+44 20 7946 0321", "+1 301-555-0142": a country code glued after "+", then groups of digits with
  // spaces or hyphens between, seven digits or more in all.
  std::size_t international_phone(std::size_t i) const;
  // "0800 123 4567", "04512", "CPS/2024/0117": a leading zero, or digits after a slash glued to a word.
  std::size_t code(std::size_t i) const;
  // "14 Orchard Close", "301 East 79th Street", "9 E 71st St": a house number before a street.
  std::size_t address(std::size_t i) const;
  // A year that no date reader took: "winter 2023", "the 1990s", "2025 Kia", "2011 to 2019". A year
  // before a noun it counts ("2000 people") is a count.
  std::size_t bare_year(std::size_t i) const;
  // Cricket: "287 for six", "6 for 45": runs for wickets, or wickets for runs.
  std::size_t cricket(std::size_t i) const;

  // ---- identifier_names.cpp: names and labels ----------------------------------------------------

  // "iPhone 15", "FTSE 100", "No. 8", "Route 40", "V-12", "MCL38", "39A", "4x4": a number that is part of
  // a name or a label.
  std::size_t named(std::size_t i) const;
  // The steps of named(), in turn, each 0 when it finds nothing. First: a list's next place right after a
  // figure, letters or a word and a hyphen glued before ("MCL38", "V-12"), a label word ("page 412").
  std::size_t glued_or_label_before(std::size_t i) const;
  // A latitude or a longitude ("88°N"), the second year of a fiscal year ("2024-25"), or a day, a year or
  // a term of a series by its number ("day 14", "term 3").
  std::size_t coordinate_or_series(std::size_t i) const;
  // Last: a name around the number, a capitalised word before it ("FTSE 100"), letters glued
  // after ("39A", "737-8200s"), a name after ("7-Eleven", "737 MAX 9"), a title, a ratio, a minute.
  std::size_t name_around(std::size_t i) const;
  // A model's name from k (capitals, digits and hyphens glued, up to six tokens), then a plural in
  // lower case: "AH-64E helicopters".
  bool plural_after_model(std::size_t k) const;
  // After a label's number, more of them: "Junctions 57 and 59", "pages 12-14", "Seats 4, 5".
  std::size_t label_list_end(std::size_t k) const;
  // "Whisk 3 large eggs", "Makes 24 cookies": the capital before the number only starts the sentence (a
  // word in title case, first of its sentence) and a word in lower case follows.
  bool imperative(std::size_t i) const;
  // "19-Jährige": German for "19-year-old".
  bool german_age(std::size_t k) const;
  // Short verbs a headline puts before a number: "PUB GIANT TO SELL 300 SITES", "Foresters Idle 30 Crews".
  static bool headline_verb(std::string_view w);
  // A verb in -ed opening its sentence: "Spotted 11 logging trucks", not a name.
  bool opening_verb(std::size_t w) const;
};

}  // namespace factcheck::quantities_detail
