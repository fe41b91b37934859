#include "facts/csv_import.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "base/utf8.hpp"
#include "facts/factbase.hpp"
#include "quantities/quantities.hpp"
#include "text/text.hpp"

namespace factcheck {
namespace {

using ojson = nlohmann::ordered_json;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// ---- cell text -----------------------------------------------------------------------------------

// NUL bytes and invalid UTF-8 become U+FFFD: the JSON writer needs valid UTF-8, and one stray byte
// should not sink a whole sheet (the checker treats such bytes the same way).
std::string sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == kInvalidCodePoint || cp == 0) {
      out += kReplacement;
    } else {
      out.append(s.data() + i, len);
    }
    i += len;
  }
  return out;
}

// Spreadsheets pad cells with spaces and no-break spaces; none of them is ever meant.
std::size_t blank_prefix(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s[0];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  for (std::string_view b : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x87", "\xEF\xBB\xBF"})
    if (s.substr(0, b.size()) == b) return b.size();
  return 0;
}

std::size_t blank_suffix(std::string_view s) {
  if (s.empty()) return 0;
  const char c = s.back();
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  for (std::string_view b : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x87", "\xEF\xBB\xBF"})
    if (s.size() >= b.size() && s.substr(s.size() - b.size()) == b) return b.size();
  return 0;
}

std::string_view trim(std::string_view s) {
  while (std::size_t n = blank_prefix(s)) s.remove_prefix(n);
  while (std::size_t n = blank_suffix(s)) s.remove_suffix(n);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Splits on `sep`, trims each piece and drops empty ones ("MSFT| the software giant |" -> 2 pieces).
std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
    start = end + 1;
  }
  return out;
}

// Quotes cell text for a message, cut to a readable length (a hostile cell can be megabytes).
std::string cited(std::string_view s) {
  constexpr std::size_t kMax = 60;
  if (s.size() <= kMax) return "\"" + std::string(s) + "\"";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not mid code point
  return "\"" + std::string(s.substr(0, cut)) + "\u2026\"";
}

// ---- slugs ---------------------------------------------------------------------------------------

// Lower case for the scripts names are commonly written in: Latin-1, Latin Extended-A, Greek, Cyrillic.
char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0 ? c + 1 : c;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1 ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

// "Sam Altman" -> "sam-altman", "Zürich Re" -> "zürich-re": lower case, each run of other characters
// becomes one "-", none at either end.
std::string slug(std::string_view s) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    i += len;
    if (!is_letter_or_digit(cp)) {  // kInvalidCodePoint is neither
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    encode_utf8(to_lower(cp), out);
  }
  return out;
}

// ---- reading CSV ---------------------------------------------------------------------------------

struct RawRow {
  std::size_t line = 0;                   // physical line where the row starts
  std::vector<std::string> cells;         // trimmed, valid UTF-8
  std::size_t unterminated_cell = kNone;  // the cell whose quote is never closed
};

// Picks the separator from the header line: ";" when it has semicolons and no comma outside quotes.
char detect_separator(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    bool in_quotes = false;
    std::size_t commas = 0, semicolons = 0;
    for (char c : line) {
      if (c == '"') {
        in_quotes = !in_quotes;
      } else if (!in_quotes) {
        commas += c == ',';
        semicolons += c == ';';
      }
    }
    return commas == 0 && semicolons > 0 ? ';' : ',';
  }
  return ',';
}

// RFC 4180 rows, read leniently: a quote inside an unquoted cell is kept as text, text after a
// closing quote is kept too, and spaces before an opening quote are allowed. Linear in the input.
class CsvReader {
 public:
  CsvReader(std::string_view text, char separator) : text_(text), sep_(separator) {}

  // Reads the next row; false at the end of the text.
  bool next(RawRow& row) {
    const std::size_t n = text_.size();
    if (pos_ >= n) return false;
    row.line = line_;
    row.cells.clear();
    row.unterminated_cell = kNone;
    std::size_t p = pos_;
    while (p < n && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    if (p < n && text_[p] == '#') {  // a comment line: its quotes and separators mean nothing
      std::size_t end = text_.find('\n', pos_);
      if (end == std::string_view::npos) end = n;
      row.cells.emplace_back(text_.substr(pos_, end - pos_));
      finish(end);
      return true;
    }
    std::string cell;
    for (;;) {
      cell.clear();
      p = pos_;
      while (p < n && (text_[p] == ' ' || text_[p] == '\t')) ++p;
      if (p < n && text_[p] == '"' && !read_quoted(p, cell)) {
        row.cells.push_back(std::move(cell));
        row.unterminated_cell = row.cells.size() - 1;
        return true;
      }
      // The unquoted cell, or whatever follows a closing quote up to the separator.
      std::size_t end = pos_;
      while (end < n && text_[end] != sep_ && text_[end] != '\n') ++end;
      cell.append(text_.data() + pos_, end - pos_);
      row.cells.push_back(cell);
      if (end < n && text_[end] == sep_) {
        pos_ = end + 1;
        continue;
      }
      finish(end);
      return true;
    }
  }

 private:
  // Moves past the line break at `end` (or to the end of the text).
  void finish(std::size_t end) {
    pos_ = end < text_.size() ? end + 1 : text_.size();
    if (end < text_.size()) ++line_;
  }

  // Reads the quoted cell opening at `open` into cell. When the quote is never closed the row is
  // given up and reading resumes on the line after the quote, so later rows are still checked.
  bool read_quoted(std::size_t open, std::string& cell) {
    const std::size_t n = text_.size();
    const std::size_t open_line = line_;
    std::size_t i = open + 1;
    while (i < n) {
      const char c = text_[i];
      if (c == '"') {
        if (i + 1 < n && text_[i + 1] == '"') {
          cell += '"';
          i += 2;
          continue;
        }
        pos_ = i + 1;
        return true;
      }
      if (c == '\r' && i + 1 < n && text_[i + 1] == '\n') {  // CRLF inside a cell is a line break
        ++i;
        continue;
      }
      if (c == '\n') ++line_;
      cell += c;
      ++i;
    }
    // Only the first unclosed quote can run to the end: every quote after it stands in a doubled
    // pair, so a quote that opens a later cell closes within its run. Recovery stays linear.
    const std::size_t end = text_.find('\n', open);
    line_ = open_line;
    finish(end == std::string_view::npos ? n : end);
    return false;
  }

  std::string_view text_;
  char sep_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

// ---- columns -------------------------------------------------------------------------------------

enum Column : int {
  kSubject,
  kSubjectAliases,
  kSubjectType,
  kPredicate,
  kKind,
  kCues,
  kObject,
  kObjectAliases,
  kObjectType,
  kValue,
  kUnit,
  kComparator,
  kStep,
  kOptionalMembers,
  kContext,
  kWhen,
  kAsOf,
  kValidFrom,
  kValidUntil,
  kStatement,
  kSource,
  kSourceDate,
  kSourceTitle,
  kSourceUrl,
  kId,
  kColumnCount,
  kWholeRow = kColumnCount,  // an error about no cell in particular
};

constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "subject", "subject_aliases", "subject_type",   "predicate",        "kind",
    "cues",    "object",          "object_aliases", "object_type",      "value",
    "unit",    "comparator",      "step",           "optional_members", "context",
    "when",    "as_of",           "valid_from",     "valid_until",      "statement",
    "source",  "source_date",     "source_title",   "source_url",       "id"};

constexpr Column kRequired[] = {kSubject, kPredicate, kValue, kSource, kSourceDate};

std::string column_name(Column c) {
  return c == kWholeRow ? std::string() : kColumnNames[c];
}

// Levenshtein distance of two short strings, for "did you mean" on a misspelt column.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// ---- values --------------------------------------------------------------------------------------

bool parse_kind(std::string_view s, ValueKind& out) {
  static constexpr ValueKind kinds[] = {ValueKind::money,   ValueKind::percent, ValueKind::count,
                                        ValueKind::measure, ValueKind::date,    ValueKind::members,
                                        ValueKind::role,    ValueKind::rank};
  for (ValueKind k : kinds) {
    if (s == kind_name(k)) {
      out = k;
      return true;
    }
  }
  return false;
}

bool is_figure(ValueKind k) {
  return k == ValueKind::money || k == ValueKind::percent || k == ValueKind::count || k == ValueKind::measure;
}

std::vector<QuantityMention> extract(std::string_view text) {
  return extract_quantities(text, tokenize(text));
}

// The one mention of `text`, when it holds exactly one.
std::optional<QuantityMention> sole_mention(std::string_view text) {
  auto mentions = extract(text);
  if (mentions.size() != 1) return std::nullopt;
  return std::move(mentions.front());
}

// A unit cell read the way the extractor reads units in text: "$" and "usd" are USD, "percent" is %,
// "kilometres" is km. Returns the kind the unit implies, or nothing for a word it does not know.
std::optional<ValueKind> read_unit(std::string_view unit, std::string& normalised) {
  const std::string lower = lower_ascii(unit);
  if (lower == "%" || lower == "pp") {
    normalised = lower;
    return ValueKind::percent;
  }
  // As written first ("MW" is not "mW"); then a lower-case currency code ("usd"); then a sign ("€").
  const auto as_written = sole_mention("1 " + std::string(unit));
  if (as_written && (as_written->kind == QuantityKind::money || as_written->kind == QuantityKind::percent ||
                     as_written->kind == QuantityKind::measure)) {
    normalised = as_written->unit;
    return as_written->kind == QuantityKind::money     ? ValueKind::money
           : as_written->kind == QuantityKind::percent ? ValueKind::percent
                                                       : ValueKind::measure;
  }
  for (const std::string& probe : {"1 " + upper_ascii(unit), std::string(unit) + "1"}) {
    const auto m = sole_mention(probe);
    if (m && m->kind == QuantityKind::money) {
      normalised = m->unit;
      return ValueKind::money;
    }
  }
  if (as_written && as_written->kind == QuantityKind::count) {
    normalised = as_written->unit;
    return ValueKind::count;
  }
  return std::nullopt;
}

// The unit written for a fact of kind `kind`, normalised when the extractor knows it for that kind.
std::string unit_for(ValueKind kind, std::string_view unit) {
  std::string normalised;
  const auto implied = read_unit(unit, normalised);
  if (implied && *implied == kind) return normalised;
  // Three letters for money are a currency code even when the extractor has not heard of it.
  if (kind == ValueKind::money && unit.size() == 3) return upper_ascii(unit);
  return kind == ValueKind::count ? lower_ascii(unit) : std::string(unit);
}

// Whole numbers are written as integers so the output reads like a hand-written base.
ojson number_json(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
    return static_cast<std::int64_t>(v);
  return v;
}

// A step cell: "1e8", "100000000" or "$100 million".
std::optional<double> read_step(std::string_view s) {
  const std::string text(s);
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) {
    const auto m = sole_mention(s);
    if (!m || m->kind == QuantityKind::date || m->kind == QuantityKind::duration) return std::nullopt;
    v = m->value;
  }
  if (!std::isfinite(v) || v <= 0) return std::nullopt;
  return v;
}

// "1", "largest", "second-largest", "3rd largest" -> the position, 1 for the largest.
std::optional<int> read_rank(std::string_view s) {
  const std::vector<Token> tokens = tokenize(s);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::punct && (t.is("-") || t.is("--"))) continue;
    const bool suffix = t.is("st") || t.is("nd") || t.is("rd") || t.is("th");
    if (suffix && i > 0 && tokens[i - 1].is_number() && adjacent(tokens[i - 1], t)) {
      words.back() += t.norm;  // "3rd" is one word to us, two tokens to the tokenizer
      continue;
    }
    words.push_back(t.norm);
  }
  static const char* const kOrdinals[] = {"first", "second",  "third",  "fourth", "fifth",
                                          "sixth", "seventh", "eighth", "ninth",  "tenth"};
  auto ordinal = [&](const std::string& w) -> std::optional<int> {
    for (int i = 0; i < 10; ++i)
      if (w == kOrdinals[i]) return i + 1;
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 6) return std::nullopt;
    const std::string rest = w.substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return std::nullopt;
    return std::atoi(w.substr(0, digits).c_str());
  };
  auto largest = [](const std::string& w) { return w == "largest" || w == "biggest"; };
  std::optional<int> rank;
  if (words.size() == 1) rank = largest(words[0]) ? std::optional<int>(1) : ordinal(words[0]);
  if (words.size() == 2 && largest(words[1])) rank = ordinal(words[0]);
  if (rank && *rank < 1) return std::nullopt;
  return rank;
}

// ---- what the importer builds, with where each part came from ---------------------------------------

struct Origin {
  std::size_t line = 0;
  Column column = kWholeRow;
};

struct EntityDraft {
  std::string id, name, type = "organization";
  bool type_given = false;  // set by a subject_type or object_type cell, not implied
  Origin origin, type_origin;
  std::vector<std::string> aliases;
  std::vector<Origin> alias_origins;
};

struct PredicateDraft {
  std::string id, label;
  ValueKind kind = ValueKind::money;
  Origin origin, kind_origin;
  std::vector<std::string> cues;
  std::vector<Origin> cue_origins;
};

struct SourceDraft {
  std::string id, publisher, date, title, url;
  std::size_t line = 0, title_line = 0, url_line = 0;
};

// One value of a fact: a row.
struct ValueDraft {
  ojson body;  // amount, unit, comparator, step; or date; members; entity; rank
  std::string as_of, valid_from, valid_until, source, statement;
  std::size_t line = 0;
  bool unit_given = false, comparator_given = false;  // so validator pointers find the right cell
};

struct FactDraft {
  std::string given_id;  // the id cell; empty when the id is made from the names
  std::string base_id;   // slug(subject)-slug(predicate)[-slug(object)]
  std::string subject, predicate, object, when;
  ValueKind kind = ValueKind::money;
  std::vector<std::string> context;
  std::vector<std::size_t> context_lines;
  std::size_t line = 0, when_line = 0;
  std::vector<ValueDraft> values;  // one per row; more than one makes a series
};

// A row's value before anything is committed: figures, dates and ranks as JSON, relations as names.
struct RowValue {
  ValueKind kind = ValueKind::money;
  ojson body = ojson::object();
  std::vector<std::string> members, optional_members;  // members facts: names as written
  std::string holder;                                  // role facts: the person's name
};

// "OpenAI, SoftBank and Oracle" -> the three names; ";" and "," and the word "and" separate.
std::vector<std::string> split_members(std::string_view s) {
  std::vector<std::string> out;
  auto is_gap = [&](std::size_t i) {
    return i >= s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
           (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0');
  };
  auto gap_before = [&](std::size_t i) {
    return i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' ||
           (i >= 2 && s[i - 1] == '\xA0' && s[i - 2] == '\xC2');
  };
  std::size_t start = 0;
  auto cut = [&](std::size_t end) {
    const std::string_view piece = trim(s.substr(start, end - start));
    if (!piece.empty()) out.emplace_back(piece);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == ';') {
      cut(i);
      start = i + 1;
    } else if ((s[i] == 'a' || s[i] == 'A') && i + 3 <= s.size() && lower_ascii(s.substr(i, 3)) == "and" &&
               gap_before(i) && is_gap(i + 3)) {
      cut(i);
      start = i + 3;
      i += 2;
    }
  }
  cut(s.size());
  return out;
}

class Importer {
 public:
  Importer(const CsvImportOptions& options, std::vector<CsvError>& errors)
      : options_(options), errors_(errors) {}

  std::string run(std::string_view csv);

 private:
  void error(std::string code, std::size_t line, Column column, std::string message) {
    errors_.push_back({std::move(code), line, column_name(column), std::move(message)});
  }
  std::string_view cell(const RawRow& row, Column c) const {
    const std::size_t i = cell_of_[c];
    return i < row.cells.size() ? std::string_view(row.cells[i]) : std::string_view();
  }

  bool read_header(const RawRow& row);
  void add_row(const RawRow& row);
  bool read_value(const RawRow& row, std::optional<ValueKind> kind, RowValue& out);
  bool read_figure(const RawRow& row, std::optional<ValueKind> kind, RowValue& out);
  void check_type(const RawRow& row, Column name_column, Column type_column);

  std::string add_entity(std::string_view name, Origin origin);
  void add_aliases(const std::string& id, std::string_view cell, Origin origin);
  void set_type(const std::string& id, std::string_view type, Origin origin, bool given);
  std::string add_source(const RawRow& row);
  void add_predicate(const RawRow& row, ValueKind kind, bool kind_given);
  void add_fact(const RawRow& row, const RowValue& value);

  std::string emit();
  void check_series();
  void validate(const std::string& json);
  Origin locate(const std::string& pointer, const std::string& code) const;

  const CsvImportOptions& options_;
  std::vector<CsvError>& errors_;
  std::array<std::size_t, kColumnCount> cell_of_{};  // header cell of each column, kNone when absent
  std::size_t header_size_ = 0;

  std::vector<EntityDraft> entities_;
  std::unordered_map<std::string, std::size_t> entity_index_;
  std::unordered_set<std::string> alias_keys_;  // entity id + '\x1f' + normalised name or alias
  std::vector<PredicateDraft> predicates_;
  std::unordered_map<std::string, std::size_t> predicate_index_;
  std::unordered_set<std::string> cue_keys_;  // predicate id + '\x1f' + normalised cue
  std::vector<SourceDraft> sources_;
  std::unordered_map<std::string, std::size_t> source_index_;
  std::vector<FactDraft> facts_;
  std::unordered_map<std::string, std::size_t> given_ids_;  // id cell -> fact
};

std::string Importer::run(std::string_view csv) {
  if (csv.substr(0, kBom.size()) == kBom) csv.remove_prefix(kBom.size());
  CsvReader reader(csv, detect_separator(csv));
  RawRow row;
  bool have_header = false, header_ok = false;
  while (reader.next(row)) {
    for (std::string& c : row.cells) c = sanitize(trim(c));
    if (row.unterminated_cell != kNone) {
      const std::size_t i = row.unterminated_cell;
      Column column = kWholeRow;
      for (int c = 0; c < kColumnCount && have_header; ++c)
        if (cell_of_[c] == i) column = static_cast<Column>(c);
      error("csv.unterminated_quote", row.line, column,
            "the quote that opens cell " + std::to_string(i + 1) +
                " is never closed; the row is skipped (double a quote inside a quoted cell: \"\")");
      if (!have_header) return {};  // without a header nothing else can be read
      continue;
    }
    // Spreadsheets pad rows with trailing separators; empty cells at the end are not cells.
    while (row.cells.size() > 1 && row.cells.back().empty()) row.cells.pop_back();
    if (row.cells[0].empty() ? row.cells.size() == 1 : row.cells[0][0] == '#') continue;  // blank, comment
    if (!have_header) {
      have_header = true;
      header_ok = read_header(row);
      continue;
    }
    if (!header_ok) continue;
    if (row.cells.size() > header_size_) {
      error("csv.field_count", row.line, kWholeRow,
            "the row has " + std::to_string(row.cells.size()) + " cells but the header has " +
                std::to_string(header_size_) + " columns (quote a cell that contains the separator)");
      continue;
    }
    add_row(row);
  }
  if (!have_header) {
    for (Column c : kRequired)
      error("csv.missing_column", 1, c,
            std::string("no header row, so no \"") + kColumnNames[c] + "\" column");
    return {};
  }
  if (!header_ok) return {};
  check_series();
  const std::string json = emit();
  validate(json);
  return json;
}

bool Importer::read_header(const RawRow& row) {
  cell_of_.fill(kNone);
  header_size_ = row.cells.size();
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const std::string name = lower_ascii(row.cells[i]);
    const auto known =
        std::find_if(kColumnNames.begin(), kColumnNames.end(), [&](const char* n) { return name == n; });
    if (known == kColumnNames.end()) {
      std::string message = name.empty() ? "column " + std::to_string(i + 1) + " has no name"
                                         : "unknown column " + cited(row.cells[i]);
      if (!name.empty() && name.size() < 40) {
        for (const char* n : kColumnNames) {
          if (edit_distance(name, n) <= 2) {
            message += std::string(" (did you mean \"") + n + "\"?)";
            break;
          }
        }
      }
      const std::string column = row.cells[i].size() > 60 ? cited(row.cells[i]) : row.cells[i];
      errors_.push_back({"csv.unknown_column", row.line, column, message});
      continue;
    }
    const auto c = static_cast<std::size_t>(known - kColumnNames.begin());
    if (cell_of_[c] != kNone) {
      error("csv.duplicate_column", row.line, static_cast<Column>(c),
            "column \"" + name + "\" appears twice, in cells " + std::to_string(cell_of_[c] + 1) + " and " +
                std::to_string(i + 1));
      continue;
    }
    cell_of_[c] = i;
  }
  bool ok = true;
  for (Column c : kRequired) {
    if (cell_of_[c] == kNone) {
      error("csv.missing_column", row.line, c,
            std::string("the header has no \"") + kColumnNames[c] + "\" column");
      ok = false;
    }
  }
  return ok;
}

void Importer::add_row(const RawRow& row) {
  const std::size_t errors_before = errors_.size();
  const std::size_t line = row.line;
  for (Column c : kRequired)
    if (cell(row, c).empty())
      error("csv.empty_field", line, c, std::string("\"") + kColumnNames[c] + "\" is empty");
  if (cell(row, kObject).empty()) {
    for (Column c : {kObjectAliases, kObjectType})
      if (!cell(row, c).empty())
        error("csv.empty_field", line, kObject,
              std::string("\"") + kColumnNames[c] + "\" is given but \"object\" is empty");
  }

  std::optional<ValueKind> kind;
  bool kind_ok = true;
  if (const std::string_view k = cell(row, kKind); !k.empty()) {
    ValueKind parsed;
    if (parse_kind(lower_ascii(k), parsed)) {
      kind = parsed;
    } else {
      kind_ok = false;
      error("csv.bad_kind", line, kKind,
            cited(k) + " is not a kind: money, percent, count, measure, date, members, role or rank");
    }
  }
  RowValue value;
  const bool value_ok = kind_ok && !cell(row, kValue).empty() && read_value(row, kind, value);
  check_type(row, kSubject, kSubjectType);
  check_type(row, kObject, kObjectType);

  const std::string predicate_id = slug(cell(row, kPredicate));
  const std::string id(cell(row, kId));
  const auto series = id.empty() ? given_ids_.end() : given_ids_.find(id);
  if (value_ok && !predicate_id.empty() && series == given_ids_.end()) {  // a series checks its kind below
    const auto p = predicate_index_.find(predicate_id);
    if (p != predicate_index_.end() && predicates_[p->second].kind != value.kind) {
      const PredicateDraft& pred = predicates_[p->second];
      error("csv.bad_kind", line, kind ? kKind : kValue,
            "predicate \"" + pred.label + "\" holds " + kind_name(pred.kind) + " values (line " +
                std::to_string(pred.kind_origin.line) + "), but this row's value is " +
                kind_name(value.kind));
    }
  }

  // Rows that give the same id form one fact: they must describe the same thing.
  if (value_ok && series != given_ids_.end()) {
    const FactDraft& f = facts_[series->second];
    const struct {
      Column column;
      std::string had, has;
    } parts[] = {{kSubject, f.subject, slug(cell(row, kSubject))},
                 {kPredicate, f.predicate, predicate_id},
                 {kObject, f.object, slug(cell(row, kObject))},
                 {kind ? kKind : kValue, kind_name(f.kind), kind_name(value.kind)},
                 {kWhen, f.when, f.when.empty() ? std::string() : std::string(cell(row, kWhen))}};
    for (const auto& part : parts) {
      if (part.column == kWhen && part.has.empty()) continue;
      if (part.had == part.has) continue;
      const std::string what = part.column == kValue ? "kind" : column_name(part.column);
      error("csv.inconsistent_fact", line, part.column,
            "fact \"" + id + "\" has " + what + " \"" + part.had + "\" on line " + std::to_string(f.line) +
                ", but this row says \"" + part.has + "\"");
    }
  }
  if (errors_.size() > errors_before) return;
  add_fact(row, value);
}

// A subject or object named with a type other than the one an earlier row gave it.
void Importer::check_type(const RawRow& row, Column name_column, Column type_column) {
  const std::string_view type = cell(row, type_column);
  if (type.empty() || cell(row, name_column).empty()) return;
  const auto it = entity_index_.find(slug(cell(row, name_column)));
  if (it == entity_index_.end()) return;
  const EntityDraft& e = entities_[it->second];
  std::string t = lower_ascii(type);
  if (t == "organisation") t = "organization";
  if (e.type_given && e.type != t)
    error("csv.inconsistent_fact", row.line, type_column,
          "\"" + e.name + "\" is a " + e.type + " on line " + std::to_string(e.type_origin.line) +
              ", but this row says " + cited(type));
}

bool Importer::read_value(const RawRow& row, std::optional<ValueKind> kind, RowValue& out) {
  const std::string_view text = cell(row, kValue);
  const std::size_t line = row.line;
  if (!kind || is_figure(*kind) || *kind == ValueKind::date) return read_figure(row, kind, out);
  out.kind = *kind;
  switch (*kind) {
    case ValueKind::members:
      out.members = split_members(text);
      out.optional_members = split_members(cell(row, kOptionalMembers));
      if (out.members.empty()) {
        error("csv.bad_value", line, kValue, cited(text) + " names no members");
        return false;
      }
      return true;
    case ValueKind::role:
      out.holder = std::string(text);
      return true;
    case ValueKind::rank: {
      const auto rank = read_rank(text);
      if (!rank) {
        error("csv.bad_value", line, kValue,
              cited(text) + " is not a rank: write 1, 2, ... or \"largest\", \"second-largest\"");
        return false;
      }
      out.body["rank"] = *rank;
      return true;
    }
    default:
      return false;
  }
}

bool Importer::read_figure(const RawRow& row, std::optional<ValueKind> kind, RowValue& out) {
  const std::string_view text = cell(row, kValue);
  const std::size_t line = row.line;
  const auto mentions = extract(text);
  if (mentions.empty()) {
    if (kind) {
      error("csv.bad_value", line, kValue, "no figure in " + cited(text));
    } else {  // most likely members, a role or a rank without its kind
      error(
          "csv.bad_kind", line, kKind,
          "no kind given and " + cited(text) + " holds no figure: fill in the kind (members, role or rank)");
    }
    return false;
  }
  if (mentions.size() > 1) {
    std::string list;
    for (std::size_t i = 0; i < mentions.size() && i < 3; ++i)
      list += (i ? ", " : "") + cited(text.substr(mentions[i].start, mentions[i].end - mentions[i].start));
    error("csv.bad_value", line, kValue,
          "the cell holds " + std::to_string(mentions.size()) + " figures (" + list + "); a fact has one");
    return false;
  }
  QuantityMention m = mentions.front();
  const std::string span(text.substr(m.start, m.end - m.start));
  if (m.kind == QuantityKind::duration || (m.kind == QuantityKind::date && m.unit == "relative")) {
    error("csv.bad_value", line, kValue,
          cited(span) + (m.kind == QuantityKind::duration ? " is a duration" : " is a relative date") +
              ", which a fact base cannot hold");
    return false;
  }
  if (m.comparator == Comparator::range) {
    error("csv.bad_value", line, kValue,
          cited(span) + " is a range; a fact holds one figure (give it with a comparator or a step)");
    return false;
  }
  // A plain "2030" reads as a year; for a count or an amount it is just a number.
  if (kind && is_figure(*kind) && m.kind == QuantityKind::date && m.unit == "year" &&
      m.comparator == Comparator::none)
    m.kind = QuantityKind::number;

  const std::string_view unit = cell(row, kUnit);
  ValueKind k = ValueKind::money;
  if (kind) {
    k = *kind;
    const bool fits = k == ValueKind::date
                          ? m.kind == QuantityKind::date
                          : m.kind == QuantityKind::number ||
                                (k == ValueKind::money && m.kind == QuantityKind::money) ||
                                (k == ValueKind::percent && m.kind == QuantityKind::percent) ||
                                (k == ValueKind::count && m.kind == QuantityKind::count) ||
                                (k == ValueKind::measure && m.kind == QuantityKind::measure);
    if (!fits) {
      error("csv.bad_value", line, kValue,
            cited(span) + " reads as " + to_string(m.kind) + ", which does not fit kind \"" + kind_name(k) +
                "\"");
      return false;
    }
  } else {
    switch (m.kind) {
      case QuantityKind::money:
        k = ValueKind::money;
        break;
      case QuantityKind::percent:
        k = ValueKind::percent;
        break;
      case QuantityKind::count:
        k = ValueKind::count;
        break;
      case QuantityKind::measure:
        k = ValueKind::measure;
        break;
      case QuantityKind::date:
        k = ValueKind::date;
        break;
      default: {
        std::string ignored;
        const auto implied = unit.empty() ? std::nullopt : read_unit(unit, ignored);
        if (!implied) {
          error("csv.bad_kind", line, kKind,
                "cannot tell what " + cited(span) + " measures: fill in the kind column or a unit");
          return false;
        }
        k = *implied;
      }
    }
  }
  out.kind = k;

  if (k == ValueKind::date) {
    out.body["date"] = m.date;
  } else {
    out.body["amount"] = number_json(m.value);
    if (!unit.empty()) {
      out.body["unit"] = unit_for(k, unit);
    } else if (!m.unit.empty() && m.kind != QuantityKind::number) {
      out.body["unit"] = m.unit;
    }
  }
  if (const std::string_view c = cell(row, kComparator); !c.empty()) {
    std::string name = lower_ascii(c);
    std::replace_if(
        name.begin(), name.end(), [](char ch) { return ch == ' ' || ch == '-'; }, '_');
    Comparator parsed;
    if (!parse_comparator(name, parsed)) {
      out.body["comparator"] = std::string(c);  // the validator reports it, at this cell
    } else if (parsed != Comparator::none) {
      out.body["comparator"] = to_string(parsed);
    }
  } else if (m.comparator != Comparator::none) {
    out.body["comparator"] = to_string(m.comparator);
  }
  if (const std::string_view s = cell(row, kStep); !s.empty() && k != ValueKind::date) {
    const auto step = read_step(s);
    if (!step) {
      error("csv.bad_value", line, kStep, cited(s) + " is not a step: give a number greater than 0");
      return false;
    }
    out.body["step"] = number_json(*step);
  }
  return true;
}

std::string Importer::add_entity(std::string_view name, Origin origin) {
  std::string id = slug(name);
  const auto [it, fresh] = entity_index_.emplace(id, entities_.size());
  if (fresh) {
    EntityDraft e;
    e.id = id;
    e.name = std::string(name);
    e.origin = origin;
    e.type_origin = origin;
    alias_keys_.insert(id + '\x1f' + normalize(name));
    entities_.push_back(std::move(e));
  }
  return id;
}

void Importer::add_aliases(const std::string& id, std::string_view cell, Origin origin) {
  EntityDraft& e = entities_[entity_index_.at(id)];
  for (std::string& alias : split_list(cell, '|')) {
    if (!alias_keys_.insert(id + '\x1f' + normalize(alias)).second) continue;  // said before
    e.aliases.push_back(std::move(alias));
    e.alias_origins.push_back(origin);
  }
}

void Importer::set_type(const std::string& id, std::string_view type, Origin origin, bool given) {
  EntityDraft& e = entities_[entity_index_.at(id)];
  if (type.empty() || e.type_given) return;
  std::string t = lower_ascii(type);
  if (t == "organisation") t = "organization";
  e.type = t;
  e.type_given = given;
  e.type_origin = origin;
}

std::string Importer::add_source(const RawRow& row) {
  const std::string_view publisher = cell(row, kSource), date = cell(row, kSourceDate);
  const std::string id = slug(publisher) + "-" + std::string(date);
  const auto [it, fresh] = source_index_.emplace(id, sources_.size());
  if (fresh) sources_.push_back({id, std::string(publisher), std::string(date), {}, {}, row.line, 0, 0});
  SourceDraft& s = sources_[it->second];
  if (s.title.empty() && !cell(row, kSourceTitle).empty()) {
    s.title = std::string(cell(row, kSourceTitle));
    s.title_line = row.line;
  }
  if (s.url.empty() && !cell(row, kSourceUrl).empty()) {
    s.url = std::string(cell(row, kSourceUrl));
    s.url_line = row.line;
  }
  return id;
}

void Importer::add_predicate(const RawRow& row, ValueKind kind, bool kind_given) {
  const std::string_view label = cell(row, kPredicate);
  const std::string id = slug(label);
  const auto [it, fresh] = predicate_index_.emplace(id, predicates_.size());
  if (fresh) {
    PredicateDraft p;
    p.id = id;
    p.label = std::string(label);
    p.kind = kind;
    p.origin = {row.line, kPredicate};
    p.kind_origin = {row.line, kind_given ? kKind : kValue};
    predicates_.push_back(std::move(p));
  }
  PredicateDraft& p = predicates_[it->second];
  for (std::string& cue : split_list(cell(row, kCues), '|')) {
    if (!cue_keys_.insert(id + '\x1f' + normalize(cue)).second) continue;
    p.cues.push_back(std::move(cue));
    p.cue_origins.push_back({row.line, kCues});
  }
}

void Importer::add_fact(const RawRow& row, const RowValue& value) {
  const std::size_t line = row.line;
  const std::string source = add_source(row);
  const std::string subject = add_entity(cell(row, kSubject), {line, kSubject});
  add_aliases(subject, cell(row, kSubjectAliases), {line, kSubjectAliases});
  set_type(subject, cell(row, kSubjectType), {line, kSubjectType}, true);
  std::string object;
  if (!cell(row, kObject).empty()) {
    object = add_entity(cell(row, kObject), {line, kObject});
    add_aliases(object, cell(row, kObjectAliases), {line, kObjectAliases});
    set_type(object, cell(row, kObjectType), {line, kObjectType}, true);
  }
  add_predicate(row, value.kind, !cell(row, kKind).empty());

  ValueDraft v;
  v.body = value.body;
  if (value.kind == ValueKind::members) {
    ojson members = ojson::array(), optional = ojson::array();
    for (const std::string& name : value.members) members.push_back(add_entity(name, {line, kValue}));
    for (const std::string& name : value.optional_members)
      optional.push_back(add_entity(name, {line, kOptionalMembers}));
    v.body["members"] = std::move(members);
    if (!optional.empty()) v.body["optional_members"] = std::move(optional);
  } else if (value.kind == ValueKind::role) {
    const std::string holder = add_entity(value.holder, {line, kValue});
    set_type(holder, "person", {line, kValue}, false);  // implied: a later subject_type may say otherwise
    v.body["entity"] = holder;
  }
  v.as_of = std::string(cell(row, kAsOf));
  v.valid_from = std::string(cell(row, kValidFrom));
  v.valid_until = std::string(cell(row, kValidUntil));
  v.source = source;
  v.statement = std::string(cell(row, kStatement));
  v.line = line;
  v.unit_given = !cell(row, kUnit).empty();
  v.comparator_given = !cell(row, kComparator).empty();

  const std::string id(cell(row, kId));
  const auto existing = id.empty() ? given_ids_.end() : given_ids_.find(id);
  FactDraft* f = nullptr;
  if (existing != given_ids_.end()) {
    f = &facts_[existing->second];
  } else {
    if (!id.empty()) given_ids_.emplace(id, facts_.size());
    facts_.emplace_back();
    f = &facts_.back();
    f->given_id = id;
    f->subject = subject;
    f->predicate = slug(cell(row, kPredicate));
    f->object = object;
    f->base_id = subject + "-" + f->predicate + (object.empty() ? "" : "-" + object);
    f->kind = value.kind;
    f->line = line;
  }
  if (f->when.empty() && !cell(row, kWhen).empty()) {
    f->when = std::string(cell(row, kWhen));
    f->when_line = line;
  }
  for (std::string& cue : split_list(cell(row, kContext), '|')) {
    const std::string key = normalize(cue);
    if (std::any_of(f->context.begin(), f->context.end(), [&](const auto& c) { return normalize(c) == key; }))
      continue;
    f->context.push_back(std::move(cue));
    f->context_lines.push_back(line);
  }
  f->values.push_back(std::move(v));
}

// Each value of a series needs a date to order it by.
void Importer::check_series() {
  for (const FactDraft& f : facts_) {
    if (f.values.size() < 2) continue;
    for (const ValueDraft& v : f.values) {
      if (v.as_of.empty() && v.valid_from.empty())
        error("csv.empty_field", v.line, kAsOf,
              "rows with id \"" + f.given_id + "\" form a series, so each needs \"as_of\" or \"valid_from\"");
    }
  }
}

std::string Importer::emit() {
  ojson doc = ojson::object();
  doc["name"] = options_.name;
  doc["version"] = options_.version;

  ojson sources = ojson::array();
  for (const SourceDraft& s : sources_) {
    ojson o = {{"id", s.id}, {"publisher", s.publisher}, {"date", s.date}};
    if (!s.title.empty()) o["title"] = s.title;
    if (!s.url.empty()) o["url"] = s.url;
    sources.push_back(std::move(o));
  }
  doc["sources"] = std::move(sources);

  ojson entities = ojson::array();
  for (const EntityDraft& e : entities_)
    entities.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type}, {"aliases", e.aliases}});
  doc["entities"] = std::move(entities);

  ojson predicates = ojson::array();
  for (const PredicateDraft& p : predicates_) {
    // With no cues column the predicate's own words are its cue.
    const std::vector<std::string> cues = p.cues.empty() ? std::vector<std::string>{p.label} : p.cues;
    predicates.push_back({{"id", p.id}, {"label", p.label}, {"value", kind_name(p.kind)}, {"cues", cues}});
  }
  doc["predicates"] = std::move(predicates);

  // Made-up ids come last so they never take an id a row gave; repeats get -2, -3, ...
  std::unordered_set<std::string> used;
  for (const FactDraft& f : facts_)
    if (!f.given_id.empty()) used.insert(f.given_id);
  std::unordered_map<std::string, std::size_t> next_suffix;
  ojson facts = ojson::array();
  for (FactDraft& f : facts_) {
    std::string id = f.given_id;
    if (id.empty()) {
      id = f.base_id;
      std::size_t& n = next_suffix.emplace(f.base_id, 1).first->second;
      while (!used.insert(id).second) id = f.base_id + "-" + std::to_string(++n);
    }
    const bool series = f.values.size() > 1;
    ojson o = ojson::object();
    o["id"] = id;
    o["subject"] = f.subject;
    o["predicate"] = f.predicate;
    if (!f.object.empty()) o["object"] = f.object;
    if (!f.context.empty()) o["context"] = f.context;
    // A series names each value's source; the fact's own is that of the value that starts last,
    // the current one.
    auto value_json = [&](ValueDraft& v) {
      ojson out = std::move(v.body);  // emitted once; locate() needs only the origins
      if (series && !v.as_of.empty()) out["as_of"] = v.as_of;
      if (!v.valid_from.empty()) out["valid_from"] = v.valid_from;
      if (!v.valid_until.empty()) out["valid_until"] = v.valid_until;
      if (series) out["source"] = v.source;
      if (series && !v.statement.empty()) out["statement"] = v.statement;
      return out;
    };
    const ValueDraft* current = &f.values.front();
    if (series) {
      ojson values = ojson::array();
      double latest = -std::numeric_limits<double>::infinity();
      for (ValueDraft& v : f.values) {
        Interval span;
        if ((parse_date_span(v.as_of, span) || parse_date_span(v.valid_from, span)) && span.low >= latest) {
          latest = span.low;
          current = &v;
        }
        values.push_back(value_json(v));
      }
      o["values"] = std::move(values);
    } else {
      o["value"] = value_json(f.values.front());
    }
    if (!f.when.empty()) o["when"] = f.when;
    // The one value's as_of sits on the fact, the form every version of the parser reads.
    if (!series && !current->as_of.empty()) o["as_of"] = current->as_of;
    if (!series && !current->statement.empty()) o["statement"] = current->statement;
    o["source"] = current->source;
    facts.push_back(std::move(o));
  }
  doc["facts"] = std::move(facts);
  return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

void Importer::validate(const std::string& json) {
  std::vector<FactBaseError> problems;
  FactBase::parse(json, problems, options_.max_bytes);
  // A cell the importer has already reported on (an undated series row) is not reported twice.
  std::unordered_set<std::string> reported;
  for (const CsvError& e : errors_) reported.insert(std::to_string(e.line) + '\x1f' + e.column);
  for (const FactBaseError& p : problems) {
    const Origin at = locate(p.pointer, p.code);
    if (at.line != 0 && reported.count(std::to_string(at.line) + '\x1f' + column_name(at.column))) continue;
    if (at.line == 0) {
      error(p.code, 0, kWholeRow, (p.pointer.empty() ? "/" : p.pointer) + ": " + p.message);
    } else {
      error(p.code, at.line, at.column, p.message);
    }
  }
}

// The row and cell that produced the part of the output a validator's JSON pointer names.
Origin Importer::locate(const std::string& pointer, const std::string& code) const {
  std::vector<std::string> parts;
  for (std::size_t start = 1; start <= pointer.size() && !pointer.empty();) {
    std::size_t end = pointer.find('/', start);
    if (end == std::string::npos) end = pointer.size();
    parts.push_back(pointer.substr(start, end - start));
    start = end + 1;
  }
  auto index = [&](std::size_t k) {
    if (k >= parts.size() || parts[k].empty() || parts[k].size() > 18 ||
        parts[k].find_first_not_of("0123456789") != std::string::npos)
      return kNone;
    return static_cast<std::size_t>(std::stoull(parts[k]));
  };
  auto part = [&](std::size_t k) { return k < parts.size() ? parts[k] : std::string(); };
  const std::size_t i = index(1);
  if (pointer.empty() || pointer[0] != '/' || i == kNone) return {};
  const std::string& top = parts[0];
  const std::string key = part(2);

  if (top == "facts" && i < facts_.size()) {
    const FactDraft& f = facts_[i];
    if (key == "value" || key == "values") {
      const ValueDraft* v = &f.values.front();
      std::size_t k = 3;
      if (key == "values") {
        const std::size_t j = index(3);
        if (j == kNone || j >= f.values.size()) return {f.line, kWholeRow};
        v = &f.values[j];
        k = 4;
      }
      const std::string sub = part(k);
      if (code == "factbase.missing_unit" || (sub == "unit" && v->unit_given)) return {v->line, kUnit};
      if (sub.empty() && (code == "factbase.overlapping_values" || code == "factbase.undated_value"))  // about its dates
        return {v->line, v->as_of.empty() && !v->valid_from.empty() ? kValidFrom : kAsOf};
      if (sub == "comparator" && v->comparator_given) return {v->line, kComparator};
      static const std::pair<const char*, Column> kValueKeys[] = {{"step", kStep},
                                                                  {"as_of", kAsOf},
                                                                  {"valid_from", kValidFrom},
                                                                  {"valid_until", kValidUntil},
                                                                  {"source", kSource},
                                                                  {"statement", kStatement},
                                                                  {"optional_members", kOptionalMembers}};
      for (const auto& [name, column] : kValueKeys)
        if (sub == name) return {v->line, column};
      return {v->line, kValue};
    }
    if (key == "context") {
      const std::size_t j = index(3);
      return {j < f.context_lines.size() ? f.context_lines[j] : f.line, kContext};
    }
    if (key == "when") return {f.when_line ? f.when_line : f.line, kWhen};
    if (key == "id") return {f.line, f.given_id.empty() ? kWholeRow : kId};
    static const std::pair<const char*, Column> kFactKeys[] = {
        {"subject", kSubject}, {"predicate", kPredicate}, {"object", kObject},
        {"as_of", kAsOf},      {"statement", kStatement}, {"source", kSource}};
    for (const auto& [name, column] : kFactKeys)
      if (key == name) return {f.line, column};
    return {f.line, kWholeRow};
  }
  if (top == "entities" && i < entities_.size()) {
    const EntityDraft& e = entities_[i];
    if (key == "aliases") {
      const std::size_t j = index(3);
      return j < e.alias_origins.size() ? e.alias_origins[j] : e.origin;
    }
    if (key == "type") return e.type_origin;
    return e.origin;
  }
  if (top == "predicates" && i < predicates_.size()) {
    const PredicateDraft& p = predicates_[i];
    if (key == "cues") {
      const std::size_t j = index(3);
      return j < p.cue_origins.size() ? p.cue_origins[j] : p.origin;
    }
    if (key == "value") return p.kind_origin;
    return p.origin;
  }
  if (top == "sources" && i < sources_.size()) {
    const SourceDraft& s = sources_[i];
    if (key == "date") return {s.line, kSourceDate};
    if (key == "title") return {s.title_line ? s.title_line : s.line, kSourceTitle};
    if (key == "url") return {s.url_line ? s.url_line : s.line, kSourceUrl};
    return {s.line, kSource};
  }
  return {};
}

}  // namespace

std::string CsvError::to_string() const {
  return "[" + code + "] line " + std::to_string(line) + (column.empty() ? "" : ", column " + column) + ": " +
         message;
}

std::string import_csv(std::string_view csv, const CsvImportOptions& options, std::vector<CsvError>& errors) {
  if (csv.size() > options.max_bytes) {
    errors.push_back({"csv.too_large", 0, "",
                      "the CSV file is " + std::to_string(csv.size()) + " bytes; the limit is " +
                          std::to_string(options.max_bytes) + " bytes (--max-facts-bytes)"});
    return {};
  }
  std::vector<CsvError> found;
  std::string json;
  try {
    Importer importer(options, found);
    json = importer.run(csv);
  } catch (const std::exception& e) {
    found.push_back({"csv.internal", 0, "", std::string("the import failed: ") + e.what()});
  } catch (...) {
    found.push_back({"csv.internal", 0, "", "the import failed"});
  }
  if (found.empty()) return json;
  // In line order; problems no row can be blamed for come last.
  std::stable_sort(found.begin(), found.end(), [](const CsvError& a, const CsvError& b) {
    const auto key = [](const CsvError& e) {
      return e.line == 0 ? std::numeric_limits<std::size_t>::max() : e.line;
    };
    return key(a) < key(b);
  });
  errors.insert(errors.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  return {};
}

}  // namespace factcheck
