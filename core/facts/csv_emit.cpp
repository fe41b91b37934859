// The CSV importer's last steps: the drafts written as a fact base, and each problem the fact-base
// validator finds in it traced back to the row and cell it came from.
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "facts/csv_cells.hpp"
#include "facts/csv_importer.hpp"
#include "model/dates.hpp"

namespace factcheck::csv {
namespace {

// A validator's JSON pointer, "/facts/3/values/1/unit", as its tokens: "facts", "3", "values", ...
class PointerParts {
 public:
  explicit PointerParts(const std::string& pointer) {
    for (std::size_t start = 1; start <= pointer.size() && !pointer.empty();) {
      std::size_t end = pointer.find('/', start);
      if (end == std::string::npos) end = pointer.size();
      parts_.push_back(pointer.substr(start, end - start));
      start = end + 1;
    }
  }

  // Token k, or "" past the last.
  std::string part(std::size_t k) const { return k < parts_.size() ? parts_[k] : std::string(); }

  // Token k as an array index, or kNone when it is none.
  std::size_t index(std::size_t k) const {
    if (k >= parts_.size() || parts_[k].empty() || parts_[k].size() > 18 ||
        parts_[k].find_first_not_of("0123456789") != std::string::npos)
      return kNone;
    return static_cast<std::size_t>(std::stoull(parts_[k]));
  }

 private:
  std::vector<std::string> parts_;
};

// The origin of item j of a list, or `whole`'s when j is past its end (or kNone).
template <typename T>
T nth_or(const std::vector<T>& list, std::size_t j, const T& whole) {
  return j < list.size() ? list[j] : whole;
}

// The cell behind the part of a value that `sub` names ("unit", "as_of", or "" for the whole value).
Origin locate_in_value(const ValueDraft& v, const std::string& sub, const std::string& code) {
  if (code == "factbase.missing_unit" || (sub == "unit" && v.unit_given)) return {v.line, kUnit};
  const bool about_dates = code == "factbase.overlapping_values" || code == "factbase.undated_value";
  if (sub.empty() && about_dates)
    return {v.line, v.as_of.empty() && !v.valid_from.empty() ? kValidFrom : kAsOf};
  if (sub == "comparator" && v.comparator_given) return {v.line, kComparator};
  static const std::pair<const char*, Column> kValueKeys[] = {{"step", kStep},
                                                              {"as_of", kAsOf},
                                                              {"valid_from", kValidFrom},
                                                              {"valid_until", kValidUntil},
                                                              {"source", kSource},
                                                              {"statement", kStatement},
                                                              {"optional_members", kOptionalMembers}};
  for (const auto& [name, column] : kValueKeys)
    if (sub == name) return {v.line, column};
  return {v.line, kValue};
}

// The cell behind the part of fact f that the pointer's tokens from the third on name.
Origin locate_in_fact(const FactDraft& f, const PointerParts& parts, const std::string& code) {
  const std::string key = parts.part(2);
  if (key == "value") return locate_in_value(f.values.front(), parts.part(3), code);
  if (key == "values") {
    const std::size_t j = parts.index(3);
    if (j == kNone || j >= f.values.size()) return {f.line, kWholeRow};
    return locate_in_value(f.values[j], parts.part(4), code);
  }
  if (key == "context") return {nth_or(f.context_lines, parts.index(3), f.line), kContext};
  if (key == "when") return {f.when_line ? f.when_line : f.line, kWhen};
  if (key == "id") return {f.line, f.given_id.empty() ? kWholeRow : kId};
  static const std::pair<const char*, Column> kFactKeys[] = {
      {"subject", kSubject}, {"predicate", kPredicate}, {"object", kObject},
      {"as_of", kAsOf},      {"statement", kStatement}, {"source", kSource}};
  for (const auto& [name, column] : kFactKeys)
    if (key == name) return {f.line, column};
  return {f.line, kWholeRow};
}

// A fact as the fact base writes it, with `id`. Takes the values' bodies: a draft is written once.
ojson fact_json(FactDraft& f, const std::string& id) {
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
  return o;
}

}  // namespace

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
    facts.push_back(fact_json(f, id));
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
  const PointerParts parts(pointer);
  const std::size_t i = parts.index(1);
  if (pointer.empty() || pointer[0] != '/' || i == kNone) return {};
  const std::string top = parts.part(0);
  const std::string key = parts.part(2);
  if (top == "facts" && i < facts_.size()) return locate_in_fact(facts_[i], parts, code);
  if (top == "entities" && i < entities_.size()) {
    const EntityDraft& e = entities_[i];
    if (key == "aliases") return nth_or(e.alias_origins, parts.index(3), e.origin);
    if (key == "type") return e.type_origin;
    return e.origin;
  }
  if (top == "predicates" && i < predicates_.size()) {
    const PredicateDraft& p = predicates_[i];
    if (key == "cues") return nth_or(p.cue_origins, parts.index(3), p.origin);
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

}  // namespace factcheck::csv
