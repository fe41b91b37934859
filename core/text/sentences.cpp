#include "text/sentences.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace factcheck {

bool is_month_name(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  static constexpr std::string_view kMonths[] = {"jan",  "january", "feb",    "february", "mar",  "march",
                                                 "apr",  "april",   "may",    "jun",      "june", "jul",
                                                 "july", "aug",     "august", "sep",      "sept", "september",
                                                 "oct",  "october", "nov",    "november", "dec",  "december"};
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

namespace {

bool is_upper_start(std::string_view text, const Token& t) {
  const char c = text[t.start];
  // Opening marks start a sentence too: quotes, brackets, bullets and pasted markup ("<img").
  static constexpr std::string_view kOpening = "\"'([<*#$";
  return (c >= 'A' && c <= 'Z') || kOpening.find(c) != std::string_view::npos || t.norm == "\"" ||
         t.norm == "'" || t.kind == TokenKind::number || static_cast<unsigned char>(c) >= 0xC0;
}

// An emoji or pictograph (U+1F000 and up, U+2600 to U+27BF): in posts it often ends a sentence.
bool is_pictograph(std::string_view text, const Token& t) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[t.start + i]); };
  const std::size_t len = t.end - t.start;
  if (t.kind != TokenKind::punct || len < 3) return false;
  if (len >= 4 && b(0) == 0xF0 && b(1) == 0x9F) return true;
  return b(0) == 0xE2 && b(1) >= 0x98 && b(1) <= 0x9E;
}

// A bullet mark ("•", "▸", "▪", "‣", "◦"): in newsletters several stand in one line, each starting an item.
bool is_bullet(std::string_view text, const Token& t) {
  // Every one is three bytes from 0xE2: most tokens are turned away by that alone.
  if (t.kind != TokenKind::punct || t.end - t.start != 3 || static_cast<unsigned char>(text[t.start]) != 0xE2)
    return false;
  static constexpr std::string_view kBullets[] = {"\u2022", "\u25B8", "\u25AA", "\u2023", "\u25E6", "\u25BA"};
  const std::string_view s = text.substr(t.start, 3);
  return std::find(std::begin(kBullets), std::end(kBullets), s) != std::end(kBullets);
}

bool is_abbreviation(const Token& t) {
  // With the scale words of translated copy: "14 Mrd. Dollar", "750 Mio. Euro", "6,6 Mds. d'euros".
  // And note-takers' shorthand: "MSFT first inv. Jul 2019", "Cum. MSFT inv.", "post-money val. $157bn".
  static const std::array<std::string_view, 45> kAbbrev = {
      "corp", "inc", "co",  "ltd",  "mr",  "mrs",  "ms",     "dr",   "jr",   "sr",  "st",   "vs",
      "no",   "jan", "feb", "mar",  "apr", "aug",  "sep",    "sept", "oct",  "nov", "dec",  "gen",
      "gov",  "sen", "rep", "prof", "etc", "bros", "approx", "incl", "excl", "est", "dept", "govt",
      "esp",  "mrd", "mio", "mds",  "md",  "tsd",  "inv",    "cum",  "val"};
  if (t.kind != TokenKind::word) return false;
  if (t.norm.size() == 1) return true;  // initials: "J. P. Morgan", "U.S."
  return std::find(kAbbrev.begin(), kAbbrev.end(), t.norm) != kAbbrev.end();
}

// True when the single line break before token k looks like a hard wrap inside a sentence (an email or
// a PDF paste): the line before is long and stops mid-sentence, and the next line is no bullet.
// Headlines, short lines, bullets and lines that end a sentence keep their breaks.
bool wrapped_line(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  const Token& before = tokens[k - 1];
  const Token& next = tokens[k];
  const std::size_t line_start = text.rfind('\n', before.start);
  const std::size_t line_length = before.end - (line_start == std::string_view::npos ? 0 : line_start + 1);
  // A line that goes on in lower case ("nearly $14\nbillion") was wrapped, however short it is. So was
  // one that ends on a month or a word that needs what follows, and goes on with a number: "started out
  // in Dec\n2015", "invested since\n2019".
  static constexpr std::string_view kLeadsOn[] = {"in",   "on", "of",    "since",  "by",   "to",
                                                  "from", "at", "until", "and",    "or",   "the",
                                                  "a",    "an", "about", "nearly", "over", "than"};
  const auto leads_on = [&](const Token& t) {
    return std::find(std::begin(kLeadsOn), std::end(kLeadsOn), t.norm) != std::end(kLeadsOn) ||
           is_month_name(t.norm);
  };
  const char first = text[next.start];
  const bool number_next = next.kind == TokenKind::number;
  const bool goes_on_lower =
      (next.kind == TokenKind::word && first >= 'a' && first <= 'z') || (number_next && leads_on(before));
  if (line_length < 50 && !goes_on_lower) return false;
  // A line that starts with a date or a number after one that needs nothing more is a table's next row:
  // "… MSFT puts in $750 mn\nJan 21, 2025 .. Stargate announced".
  if ((number_next || is_month_name(next.norm)) && !leads_on(before) && !before.is("$")) return false;
  // Two lines that each open on a spaced dash, a bar or dot leaders are a timeline's or a table's rows:
  // "Nov 17–19, 2023 – Mira Murati serves as interim CEO\nLate Nov 2023 – Altman reinstated".
  const auto row = [&](std::size_t from) {
    for (std::size_t j = from; j < tokens.size() && j < from + 8; ++j) {
      if (j > from && text.substr(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end).find('\n') !=
                          std::string_view::npos)
        return false;
      const Token& t = tokens[j];
      const bool spaced =
          j > 0 && j + 1 < tokens.size() && !adjacent(tokens[j - 1], t) && !adjacent(t, tokens[j + 1]);
      if (((t.is("-") || t.is("--")) && spaced) || t.is("|") || (t.is(".") && is_leader(tokens, j)))
        return true;
    }
    return false;
  };
  const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t line_first = k - 1;
  while (line_first > 0 && tokens[line_first - 1].start >= from) --line_first;
  if (row(line_first) && row(k)) return false;
  const bool ends_sentence = before.is(".") || before.is("!") || before.is("?") || before.is(":") ||
                             before.is(";") || before.is("\"") || before.is("'") || before.is(")") ||
                             before.is("...");
  // "•", "-", an opening quote or bracket; "*", a symbol, opens a Markdown item or a wire flash ("*MSFT
  // SAYS ...").
  const bool bullet = next.kind == TokenKind::punct || next.is("*");
  return !ends_sentence && !bullet;
}

// Posts written in lower case start sentences in lower case too: "as a nonprofit. fast forward to".
// Only after a full stop that follows a word of four letters or more, which no abbreviation here is, nor
// a scale's ("4,82 mlrd. dinara", "2,41 milj. eurot").
bool lower_case_post(const std::vector<Token>& tokens, std::size_t stop, std::size_t next) {
  if (!tokens[stop].is(".") || stop == 0 || next >= tokens.size()) return false;
  const Token& before = tokens[stop - 1];
  const Token& after = tokens[next];
  return before.kind == TokenKind::word && before.norm.size() >= 4 && adjacent(before, tokens[stop]) &&
         !is_abbreviation(before) && !before.is("mlrd") && !before.is("milj") &&
         after.kind == TokenKind::word && !adjacent(tokens[stop], after);
}

// A subtitle file's cue header at token k: its number alone on a line, then the line of its times
// ("2\n00:00:04,300 --> 00:00:07,800\n"). Returns the token after the header, or k when there is none.
std::size_t cue_header_end(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (k + 2 >= tokens.size() || !tokens[k].is_number()) return k;
  const std::size_t line_end = text.find('\n', tokens[k].end);
  if (line_end == std::string_view::npos || line_end != tokens[k].end) return k;
  const std::size_t times_end = text.find('\n', line_end + 1);
  const std::string_view times = text.substr(
      line_end + 1, times_end == std::string_view::npos ? std::string_view::npos : times_end - line_end - 1);
  if (times.find("-->") == std::string_view::npos || times.size() > 40) return k;
  std::size_t end = k + 1;
  while (end < tokens.size() && tokens[end].start <= line_end + times.size()) ++end;
  return end;
}

}  // namespace

// Dots that lead the eye along a table row ("Dec 2015 ...... OpenAI founded", "Nov 17, 2023 .. Board")
// end no sentence.
bool is_leader(const std::vector<Token>& tokens, std::size_t k) {
  const auto dot = [&](std::size_t i) { return tokens[i].is(".") || tokens[i].is("..."); };
  return (k + 1 < tokens.size() && dot(k + 1) && adjacent(tokens[k], tokens[k + 1])) ||
         (k > 0 && dot(k - 1) && adjacent(tokens[k - 1], tokens[k]));
}

// "it had grown to nearly 14 mrd. In 2023 the two sides agreed ...": a scale's full stop before a
// capitalised word that is no currency ("14 Mrd. Dollar", "750 Mio. EUR") ends the sentence.
bool scale_ends_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (k < 2 || k + 1 >= tokens.size() || !tokens[k - 2].is_number()) return false;
  const Token& scale = tokens[k - 1];
  if (!(scale.is("mrd") || scale.is("mio") || scale.is("mds") || scale.is("md") || scale.is("tsd")))
    return false;
  const Token& next = tokens[k + 1];
  if (!next.is_word() || !is_upper_start(text, next)) return false;
  static constexpr std::string_view kCurrencies[] = {
      "dollar",  "dollars", "dollarit", "euro",   "euros", "euroa", "us",     "franken", "pfund",
      "yen",     "kronen",  "kronor",   "kroner", "rubel", "zloty", "forint", "rupien",  "yuan",
      "pesos",   "peso",    "real",     "reais",  "won",   "lira",  "lire",   "dólares", "dollari",
      "dolares", "francs",  "livres",   "leva",   "lei",   "lari",  "tenge",  "tugrik",  "dollaria"};
  if (std::find(std::begin(kCurrencies), std::end(kCurrencies), next.norm) != std::end(kCurrencies))
    return false;
  // An ISO code in capitals: "USD", "EUR".
  const std::string_view w = text.substr(next.start, next.end - next.start);
  return !(w.size() == 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

bool is_list_mark(std::string_view text, const Token& t) {
  return is_bullet(text, t) || t.is("-") || t.is("--") || t.is("*");
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  std::size_t first = 0;
  auto close = [&](std::size_t last) {
    if (last <= first) return;
    out.push_back({tokens[first].start, tokens[last - 1].end, first, last});
    first = last;
  };
  std::size_t cue_until = 0;  // a subtitle's cue header inside a sentence ends here
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // No real sentence is this long; cutting keeps every later stage's per-sentence work bounded, so a
    // text without stops is checked in linear time.
    if (k - first >= kMaxSentenceTokens) close(k);
    // A subtitle's sentence runs on across its cues: "Microsoft wrote\nits first cheque to OpenAI\n\n2\n
    // 00:00:04,300 --> 00:00:07,800\none billion dollars." (A cue that starts a sentence starts one.)
    if (k > first && k >= cue_until) {
      const std::size_t header = cue_header_end(text, tokens, k);
      const Token& before = tokens[k - 1];
      if (header > k && !(before.is(".") || before.is("!") || before.is("?"))) cue_until = header + 1;
    }
    if (k > first && k < cue_until) continue;
    if (k > first) {
      const auto gap = text.substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
      const auto newline = gap.find('\n');
      if (newline != std::string_view::npos &&
          !(gap.find('\n', newline + 1) == std::string_view::npos && wrapped_line(text, tokens, k)))
        close(k);
    }
    const Token& t = tokens[k];
    if (t.kind != TokenKind::punct) continue;  // words, numbers and symbols end no sentence
    if (k > first && is_bullet(text, t)) {     // "… this week: • Stargate: … • MSFT total: …"
      close(k);
      continue;
    }
    const bool dots = t.is(".") || t.is("...");
    const bool terminal =
        (dots && !is_leader(tokens, k)) || t.is("!") || t.is("?") || (k > first && is_pictograph(text, t));
    if (!terminal) continue;
    // "$400m." ends a sentence: a letter glued to a number is its scale, not an initial.
    const bool scale = k >= first + 2 && tokens[k - 1].norm.size() == 1 && tokens[k - 2].is_number() &&
                       adjacent(tokens[k - 2], tokens[k - 1]);
    if (t.is(".") && k > first && is_abbreviation(tokens[k - 1]) && adjacent(tokens[k - 1], t) && !scale &&
        !scale_ends_sentence(text, tokens, k))
      continue;
    const auto one_of = [](const Token& w, std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(), [&](std::string_view x) { return w.is(x); });
    };
    // "Rs. 4.1 trillion", "Nu. 245 million", "Bs. 1.200": a currency's full stop before its amount.
    if (t.is(".") && k > first && k + 1 < tokens.size() && adjacent(tokens[k - 1], t) &&
        tokens[k + 1].is_number() &&
        one_of(tokens[k - 1], {"rs", "nu", "bs", "sh", "dh", "tk", "shs", "kshs"}))
      continue;
    // "23,5 mln. Eur", "9,8 mln. BGN": a scale's full stop before the currency it scales.
    if (t.is(".") && k > first && k + 1 < tokens.size() && adjacent(tokens[k - 1], t) &&
        one_of(tokens[k - 1], {"mln", "mld", "mil", "milj", "mia", "mlrd"}) &&
        one_of(tokens[k + 1], {"eur", "euro", "euros", "usd", "bgn", "leva", "lei", "czk", "pln", "huf"}))
      continue;
    std::size_t last = k + 1;
    // Closing quotes and brackets stay with the sentence they close.
    while (last < tokens.size() && (tokens[last].is("\"") || tokens[last].is("'") || tokens[last].is(")")) &&
           adjacent(tokens[last - 1], tokens[last])) {
      ++last;
    }
    if (last >= tokens.size() || is_upper_start(text, tokens[last]) || lower_case_post(tokens, k, last)) {
      close(last);
      k = last - 1;
    }
  }
  close(tokens.size());
  return out;
}

bool in_english(std::string_view text, const std::vector<Token>& tokens, const Sentence& s) {
  // Words that are common in one of those languages and rare in English copy.
  static constexpr std::string_view kOther[] = {
      "tra", "delle", "degli", "nella", "sul",  "dal",  "ai",    "uno",   "pero", "más",   "según", "pas",
      "qui", "ce",    "cette", "auch",  "nach", "bei",  "aus",   "met",   "naar", "bij",   "uit",   "aan",
      "om",  "tot",   "ruim",  "le",    "la",   "les",  "des",   "du",    "une",  "est",   "et",    "au",
      "aux", "sur",   "pour",  "avec",  "dans", "ont",  "sont",  "der",   "die",  "das",   "und",   "ist",
      "ein", "eine",  "mit",   "von",   "auf",  "für",  "nicht", "hat",   "wird", "wurde", "dem",   "den",
      "im",  "zum",   "zur",   "sich",  "el",   "los",  "las",   "y",     "una",  "con",   "por",   "para",
      "del", "al",    "es",    "son",   "han",  "se",   "il",    "di",    "che",  "della", "sono",  "nel",
      "ha",  "hanno", "dei",   "gli",   "alla", "os",   "um",    "uma",   "em",   "com",   "não",   "foi",
      "het", "een",   "van",   "voor",  "niet", "zijn", "ook",   "heeft", "werd", "de",    "en",    "på",
      "och", "att",   "av",    "för",   "med",  "til",  "og"};
  static constexpr std::string_view kEnglish[] = {"the", "of",   "and",  "to",  "is",  "was", "were",
                                                  "for", "with", "that", "has", "are", "by",  "from"};
  // Asked of every word of a text: looked up by hash, after a test of length (all are short).
  static const std::unordered_set<std::string_view> kOtherSet(std::begin(kOther), std::end(kOther));
  static const std::unordered_set<std::string_view> kEnglishSet(std::begin(kEnglish), std::end(kEnglish));
  int other = 0, english = 0;
  for (std::size_t k = s.first_token; k < s.last_token && k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (!t.is_word() || t.norm.size() > 7) continue;
    // "EST", "OG": an abbreviation, whatever its letters spell in another language.
    if (t.end - t.start >= 2 && text[t.start] >= 'A' && text[t.start] <= 'Z' && text[t.start + 1] >= 'A' &&
        text[t.start + 1] <= 'Z')
      continue;
    // "y/y", "q/q": a period's shorthand, not the Spanish "and".
    const bool slashed = (k > s.first_token && tokens[k - 1].is("/") && tokens[k - 1].end == t.start) ||
                         (k + 1 < s.last_token && k + 1 < tokens.size() && tokens[k + 1].is("/") &&
                          tokens[k + 1].start == t.end);
    if (slashed) continue;
    if (kEnglishSet.count(t.norm) > 0) ++english;
    if (kOtherSet.count(t.norm) > 0) ++other;
  }
  return other < 2 || other <= english;
}

}  // namespace factcheck
