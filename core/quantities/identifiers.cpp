// Digits that are no quantity: clock times ("9:01 a.m.", "17:22 GMT", "6.15pm"), scores and results
// ("a 2-2 draw", "won 6-4, 7-5", "287 for six"), codes ("0800 123 4567", "CPS/2024/0117", "11.4.2"),
// addresses ("14 Orchard Close") and bare years ("winter 2023", "the 1990s"); names with digits ("iPhone
// 15", "FTSE 100", "V-12", "No. 8") are read in identifier_names.cpp. The scan asks here before it reads
// a figure; what is found is passed over, with no mention.
#include <algorithm>
#include <string_view>

#include "quantities/identifiers.hpp"
#include "quantities/number_words.hpp"

namespace factcheck::quantities_detail {
namespace {

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

}  // namespace

bool IdentifierReader::try_identifier(std::size_t i, std::size_t& next) {
  if (!t_[i].is_number()) return false;
  if (const std::size_t e = international_phone(i)) {
    next = e;
    return true;
  }
  // "$2000", "£1,100" (but "--> 00:00:33,700", a subtitle's times)
  if (i > 0 && t_[i - 1].kind == TokenKind::symbol && !t_[i - 1].is("#") &&
      !(t_[i - 1].is(">") && clock_time(i)))
    return false;
  std::size_t e = 0;
  if ((e = clock_time(i)) || (e = score(i)) || (e = tally(i)) || (e = slash_pair(i)) || (e = code(i)) ||
      (e = named(i)) || (e = address(i)) || (e = bare_year(i)) || (e = cricket(i)) || (e = list_marker(i)) ||
      (e = short_code(i)) || (e = marked(i)) || (e = version_chain(i)) || (e = drawn(i)) ||
      (e = emergency(i))) {
    next = e;
    return true;
  }
  return false;
}

std::size_t IdentifierReader::meridiem(std::size_t k) const {
  if (word(k, "am") || word(k, "pm")) return norm_at(t_, k + 1, ".") && glued(k, k + 1) ? k + 2 : k + 1;
  if ((word(k, "a") || word(k, "p")) && norm_at(t_, k + 1, ".") && word(k + 2, "m") && glued(k, k + 1) &&
      glued(k + 1, k + 2))
    return norm_at(t_, k + 3, ".") && glued(k + 2, k + 3) ? k + 4 : k + 3;
  return 0;
}

std::size_t IdentifierReader::after_clock(std::size_t k) const {
  if (std::size_t m = meridiem(k)) k = m;
  if (k < t_.size() && t_[k].is_word() && time_zone(t_[k].norm)) ++k;
  return k;
}

std::size_t IdentifierReader::clock_time(std::size_t i) const {
  const std::string_view d = t_[i].norm;
  if (all_digit_chars(d) && d.size() <= 2 && norm_at(t_, i + 1, ":") && glued(i, i + 1) &&
      plain_or_decimal(i + 2) && glued(i + 1, i + 2)) {
    std::size_t k = i + 3;
    // "10:30:15"; a subtitle's "00:00:29,900", its thousandths after a comma.
    const auto seconds = [&](std::size_t m) {
      const std::string_view r = m < t_.size() ? t_[m].norm : std::string_view();
      return plain(m) || (r.size() == 6 && (r[2] == ',' || r[2] == '.') && all_digit_chars(r.substr(0, 2)) &&
                          all_digit_chars(r.substr(3)));
    };
    if (norm_at(t_, k, ":") && glued(k - 1, k) && seconds(k + 1) && glued(k, k + 1)) k += 2;
    return after_clock(k);
  }
  // A subtitle cue's number, alone on its line above the cue's times: "9\n00:00:29,900 --> ...".
  if (all_digit_chars(d) && text_.substr(t_[i].end, 1) == "\n") {
    const std::size_t line_end = text_.find('\n', t_[i].end + 1);
    const std::string_view next_line =
        text_.substr(t_[i].end + 1,
                     line_end == std::string_view::npos ? std::string_view::npos : line_end - t_[i].end - 1);
    if (next_line.find("-->") != std::string_view::npos && next_line.size() <= 40) return i + 1;
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

bool IdentifierReader::plain_or_decimal(std::size_t k) const {
  if (k >= t_.size() || !t_[k].is_number()) return false;
  const std::string_view s = t_[k].norm;
  return s.size() >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9';
}

std::size_t IdentifierReader::tally(std::size_t i) const {
  if (!plain(i) || i == 0 || !word(i + 1, "to") || !plain(i + 2) || unit_after(i + 2) ||
      !one_of(t_[i - 1].norm, {"voted", "vote", "won", "lost", "beat", "defeated", "ruled"}))
    return 0;
  const std::size_t k = i + 3;
  if (k < t_.size() && t_[k].is_word() && countable_noun(t_[k])) return 0;  // "voted 5 to 10 members"
  return digits_value(t_[i].norm) >= digits_value(t_[i + 2].norm) ? k : 0;
}

std::size_t IdentifierReader::score(std::size_t i) const {
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
  const bool before = (i > 0 && t_[i - 1].is_word() && score_word_before(t_[i - 1].norm)) ||
                      (i > 1 && word(i - 1, "of") && word(i - 2, "figures")) ||  // bowling: "figures of 4-51"
                      (i > 3 && t_[i - 1].is(",") && plain(i - 2) && t_[i - 3].is("-") && plain(i - 4) &&
                       glued(i - 4, i - 3) && glued(i - 3, i - 2));
  const bool after = i + 3 < t_.size() && t_[i + 3].is_word() && score_word_after(t_[i + 3].norm);
  return a >= b || before || after ? k : 0;
}

std::size_t IdentifierReader::marked(std::size_t i) const {
  if (!plain(i)) return 0;
  if (i > 1 && t_[i - 1].is(".") && word(i - 2, "p") && raw(text_, t_[i - 2]) == "p") return i + 1;
  if (i > 0 && t_[i - 1].is("#") && glued(i - 1, i)) return glued_run_end(i);
  if (norm_at(t_, i + 1, "/") && glued(i, i + 1) && plain(i + 2) && glued(i + 1, i + 2) && !glued_on(i + 2) &&
      !unit_after(i + 2)) {
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

std::size_t IdentifierReader::version_chain(std::size_t i) const {
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

std::size_t IdentifierReader::drawn(std::size_t i) const {
  const auto small = [&](std::size_t k) {
    return k < t_.size() && t_[k].is_number() && t_[k].norm.size() <= 2 && all_digit_chars(t_[k].norm);
  };
  if (!small(i) || unit_after(i)) return 0;
  std::size_t first = i, last = i;
  while (first > 1 && t_[first - 1].is(",") && small(first - 2)) first -= 2;
  while (norm_at(t_, last + 1, ",") && small(last + 2) && !unit_after(last + 2)) last += 2;
  return (last - first) / 2 + 1 >= 5 ? last + 1 : 0;
}

std::size_t IdentifierReader::emergency(std::size_t i) const {
  if (!(t_[i].is("999") || t_[i].is("911") || t_[i].is("112")) || i == 0) return 0;
  const bool before = t_[i - 1].is(",") || word(i - 1, "or") || word(i - 1, "dial") || word(i - 1, "call") ||
                      word(i - 1, "ring");
  const bool after = i + 1 >= t_.size() || t_[i + 1].kind == TokenKind::punct;
  return before && after ? i + 1 : 0;
}

std::size_t IdentifierReader::short_code(std::size_t i) const {
  if (!plain(i)) return 0;
  if (t_[i].norm.size() >= 4 && i >= 3 && word(i - 1, "to") && (word(i - 3, "text") || word(i - 3, "sms")))
    return i + 1;
  if (t_[i].norm.size() == 5 && plain(i + 1) && t_[i + 1].norm.size() == 5 && !unit_after(i + 1))
    return i + 2;
  return 0;
}

std::size_t IdentifierReader::list_marker(std::size_t i) const {
  if (!plain(i) || t_[i].norm.size() > 2 || !norm_at(t_, i + 1, ".") || !glued(i, i + 1) || !capital(i + 2))
    return 0;
  const bool starts =
      i == 0 || t_[i - 1].is(":") || t_[i - 1].is(";") || (t_[i - 1].is("-") && !glued(i - 1, i)) ||
      t_[i - 1].is("--") || t_[i - 1].is("|") ||
      text_.substr(t_[i - 1].end, t_[i].start - t_[i - 1].end).find('\n') != std::string_view::npos;
  return starts ? i + 2 : 0;
}

std::size_t IdentifierReader::slash_pair(std::size_t i) const {
  if (!plain(i) || !norm_at(t_, i + 1, "/") || !glued(i, i + 1) || !plain(i + 2) || !glued(i + 1, i + 2))
    return 0;
  if (digits_value(t_[i].norm) < digits_value(t_[i + 2].norm) || glued_on(i + 2)) return 0;
  return i + 3;
}

std::size_t IdentifierReader::international_phone(std::size_t i) const {
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

std::size_t IdentifierReader::code(std::size_t i) const {
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

std::size_t IdentifierReader::address(std::size_t i) const {
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

std::size_t IdentifierReader::bare_year(std::size_t i) const {
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

std::size_t IdentifierReader::cricket(std::size_t i) const {
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

bool try_identifier(Extraction& scan, std::size_t i, std::size_t& next) {
  return IdentifierReader(scan).try_identifier(i, next);
}

}  // namespace factcheck::quantities_detail
