// The CSV importer's insides, shared by csv_import.cpp (rows -> drafts) and csv_emit.cpp (drafts ->
// the fact base's JSON, and the validator's problems -> the cells that caused them). Not an API: use
// import_csv (facts/csv_import.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "facts/csv_import.hpp"
#include "facts/csv_reader.hpp"
#include "facts/factbase.hpp"
#include "quantities/quantities.hpp"

namespace factcheck::csv {

using ojson = nlohmann::ordered_json;

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

inline constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "subject", "subject_aliases", "subject_type",   "predicate",        "kind",
    "cues",    "object",          "object_aliases", "object_type",      "value",
    "unit",    "comparator",      "step",           "optional_members", "context",
    "when",    "as_of",           "valid_from",     "valid_until",      "statement",
    "source",  "source_date",     "source_title",   "source_url",       "id"};

inline constexpr Column kRequired[] = {kSubject, kPredicate, kValue, kSource, kSourceDate};

inline std::string column_name(Column c) {
  return c == kWholeRow ? std::string() : kColumnNames[c];
}

// ---- what the importer builds, with where each part came from ------------------------------------

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

// One import: reads the rows into drafts (csv_import.cpp), then writes the drafts as a fact base and
// has the validator check it (csv_emit.cpp). Every problem is appended to `errors`.
class Importer {
 public:
  Importer(const CsvImportOptions& options, std::vector<CsvError>& errors)
      : options_(options), errors_(errors) {}

  // The fact base's JSON; not to be used when a problem was appended to `errors`. Call once.
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
  std::optional<QuantityMention> read_mention(const RawRow& row, std::optional<ValueKind> kind);
  std::optional<ValueKind> figure_kind(const RawRow& row, std::optional<ValueKind> kind,
                                       const QuantityMention& m, const std::string& span);
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

}  // namespace factcheck::csv
