#include "facts/csv_import.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <utility>

#include "facts/csv_cells.hpp"
#include "facts/csv_importer.hpp"
#include "text/tokens.hpp"

namespace factcheck {
namespace csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Whole numbers are written as integers so the output reads like a hand-written base.
ojson number_json(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
    return static_cast<std::int64_t>(v);
  return v;
}

}  // namespace

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
    if (parse_value_kind(lower_ascii(k), parsed)) {
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

// The one figure in the value cell, when it is one a fact can hold; reports why not otherwise.
std::optional<QuantityMention> Importer::read_mention(const RawRow& row, std::optional<ValueKind> kind) {
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
    return std::nullopt;
  }
  if (mentions.size() > 1) {
    std::string list;
    for (std::size_t i = 0; i < mentions.size() && i < 3; ++i)
      list += (i ? ", " : "") + cited(text.substr(mentions[i].start, mentions[i].end - mentions[i].start));
    error("csv.bad_value", line, kValue,
          "the cell holds " + std::to_string(mentions.size()) + " figures (" + list + "); a fact has one");
    return std::nullopt;
  }
  QuantityMention m = mentions.front();
  const std::string span(text.substr(m.start, m.end - m.start));
  if (m.kind == QuantityKind::duration || (m.kind == QuantityKind::date && m.unit == "relative")) {
    error("csv.bad_value", line, kValue,
          cited(span) + (m.kind == QuantityKind::duration ? " is a duration" : " is a relative date") +
              ", which a fact base cannot hold");
    return std::nullopt;
  }
  if (m.comparator == Comparator::range) {
    error("csv.bad_value", line, kValue,
          cited(span) + " is a range; a fact holds one figure (give it with a comparator or a step)");
    return std::nullopt;
  }
  // A plain "2030" reads as a year; for a count or an amount it is just a number.
  if (kind && is_figure(*kind) && m.kind == QuantityKind::date && m.unit == "year" &&
      m.comparator == Comparator::none)
    m.kind = QuantityKind::number;
  return m;
}

// What the figure `span` measures: the kind cell's kind, when the figure fits it; else the figure's
// own kind, or for a bare number the kind its unit cell implies. Reports a misfit or a figure of no kind.
std::optional<ValueKind> Importer::figure_kind(const RawRow& row, std::optional<ValueKind> kind,
                                               const QuantityMention& m, const std::string& span) {
  if (kind) {
    // A bare number fits any figure kind, never a date.
    if (value_kind(m.kind) == *kind || (*kind != ValueKind::date && m.kind == QuantityKind::number))
      return kind;
    error("csv.bad_value", row.line, kValue,
          cited(span) + " reads as " + to_string(m.kind) + ", which does not fit kind \"" + kind_name(*kind) +
              "\"");
    return std::nullopt;
  }
  if (const auto own = value_kind(m.kind)) return own;
  const std::string_view unit = cell(row, kUnit);
  std::string ignored;
  const auto implied = unit.empty() ? std::nullopt : read_unit(unit, ignored);
  if (!implied)
    error("csv.bad_kind", row.line, kKind,
          "cannot tell what " + cited(span) + " measures: fill in the kind column or a unit");
  return implied;
}

// A figure or date value: its amount and unit (or date), comparator and step, as the fact base writes them.
bool Importer::read_figure(const RawRow& row, std::optional<ValueKind> kind, RowValue& out) {
  const auto mention = read_mention(row, kind);
  if (!mention) return false;
  const QuantityMention& m = *mention;
  const std::string span(cell(row, kValue).substr(m.start, m.end - m.start));
  const auto figure = figure_kind(row, kind, m, span);
  if (!figure) return false;
  const ValueKind k = *figure;
  out.kind = k;

  const std::string_view unit = cell(row, kUnit);
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
      error("csv.bad_value", row.line, kStep, cited(s) + " is not a step: give a number greater than 0");
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

}  // namespace csv

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
    csv::Importer importer(options, found);
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
