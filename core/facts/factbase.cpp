#include "facts/factbase.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "facts/loader.hpp"

namespace factcheck {

extern const std::string_view kBundledFacts;  // generated from core/facts/bundled.json

namespace {

using json = nlohmann::json;

// "line L, column C" of the byte at `index` (0-based), columns counted in bytes.
std::string location(std::string_view text, std::size_t index) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < index && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// The index of the first bracket nested deeper than kMaxFactsDepth, outside strings; npos when none is.
// One pass, no allocation: it runs before the parser, which would otherwise build the whole nest.
std::size_t too_deep_at(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // an escaped character, perhaps a quote
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxFactsDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

// Parses JSON, reporting a syntax error with its line and column.
bool parse_json(std::string_view text, json& doc, std::vector<FactBaseError>& errors) {
  try {
    doc = json::parse(text.begin(), text.end());
    return true;
  } catch (const json::exception& e) {
    const std::size_t at = e.id == 101 ? static_cast<const json::parse_error&>(e).byte : 0;
    // nlohmann's text repeats the position: "[json.exception.parse_error.101] parse error at line 1,
    // column 10: syntax error while parsing value - ...". Keep what comes after it.
    std::string what = e.what();
    const auto prefix = what.find("parse error");
    const auto colon = prefix == std::string::npos ? prefix : what.find(": ", prefix);
    errors.push_back({"factbase.json_syntax", location(text, at > 0 ? at - 1 : 0),
                      colon == std::string::npos ? what : what.substr(colon + 2)});
    return false;
  }
}

// All a fact says but its id and its sources, as bytes: two facts with the same key are alike
// (first_alike_facts()). Numbers are taken bit for bit.
std::string saying_of(const Fact& f) {
  std::string key;
  const auto text = [&](const std::string& s) {
    key += s;
    key += '\0';
  };
  const auto number = [&](double x) { key.append(reinterpret_cast<const char*>(&x), sizeof x); };
  const auto interval = [&](const Interval& i) {
    number(i.low);
    number(i.high);
    key += static_cast<char>(i.low_open * 2 + i.high_open);
  };
  const auto value = [&](const FactValue& v) {
    number(v.amount);
    number(v.high);
    text(v.unit);
    key += static_cast<char>(v.comparator);
    number(v.step);
    text(v.date);
    for (const auto* list : {&v.members, &v.optional_members}) {
      for (const std::string& m : *list) text(m);
      key += '\1';
    }
    text(v.entity);
    number(v.rank);
    interval(v.interval);
    for (const std::string* s : {&v.as_of, &v.valid_from, &v.valid_until, &v.statement}) text(*s);
    interval(v.valid);
  };
  for (const std::string* s : {&f.subject, &f.predicate, &f.object, &f.when, &f.statement}) text(*s);
  for (const std::string& c : f.context) text(c);
  key += static_cast<char>(f.time_scoped ? 2 : 1);
  value(f.value);
  for (const FactValue& v : f.earlier) value(v);
  return key;
}

}  // namespace

std::string FactBaseError::to_string() const {
  return "[" + code + "] " + (pointer.empty() ? std::string("/") : pointer) + ": " + message;
}

bool FactBase::merge(std::string_view text, std::vector<FactBaseError>& errors, std::size_t max_bytes) {
  const std::size_t errors_before = errors.size();
  if (text.size() > max_bytes) {
    errors.push_back({"factbase.too_large", "",
                      "the fact base is " + std::to_string(text.size()) + " bytes; the limit is " +
                          std::to_string(max_bytes) + " bytes"});
    return false;
  }
  const std::size_t deep = too_deep_at(text);
  if (deep != std::string_view::npos) {
    errors.push_back({"factbase.too_deep", location(text, deep),
                      "arrays and objects nest deeper than " + std::to_string(kMaxFactsDepth) +
                          " levels; a fact base needs six"});
    return false;
  }
  json doc;
  if (!parse_json(text, doc, errors)) return false;
  if (!doc.is_object()) {
    errors.push_back({"factbase.wrong_type", "", "a fact base must be a JSON object"});
    return false;
  }
  FactBase next = *this;
  load_layer(next, doc, errors);
  if (errors.size() > errors_before) return false;
  for (std::size_t i = facts_.size(); i < next.facts_.size(); ++i) {
    const Fact& f = next.facts_[i];
    next.by_predicate_subject_[f.predicate + '\x1f' + f.subject].push_back(i);
    next.by_predicate_[f.predicate].push_back(i);
  }
  *this = std::move(next);
  return true;
}

FactBase FactBase::parse(std::string_view text, std::vector<FactBaseError>& errors, std::size_t max_bytes) {
  FactBase fb;
  if (!fb.merge(text, errors, max_bytes)) return {};
  return fb;
}

const char* kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::money:
      return "money";
    case ValueKind::percent:
      return "percent";
    case ValueKind::count:
      return "count";
    case ValueKind::measure:
      return "measure";
    case ValueKind::date:
      return "date";
    case ValueKind::members:
      return "members";
    case ValueKind::role:
      return "role";
    case ValueKind::rank:
      return "rank";
  }
  return "unknown";
}

bool parse_value_kind(std::string_view name, ValueKind& out) {
  for (ValueKind kind : {ValueKind::money, ValueKind::percent, ValueKind::count, ValueKind::measure,
                         ValueKind::date, ValueKind::members, ValueKind::role, ValueKind::rank}) {
    if (name == kind_name(kind)) {
      out = kind;
      return true;
    }
  }
  return false;
}

const FactBase& FactBase::bundled() {
  static const FactBase fb = [] {
    std::vector<FactBaseError> errors;
    FactBase parsed = parse(kBundledFacts, errors);
    // The bundled base is validated by the tests; a broken one must fail loudly there, not here.
    return parsed;
  }();
  return fb;
}

const Entity* FactBase::entity(std::string_view id) const {
  auto it = entity_index_.find(std::string(id));
  return it == entity_index_.end() ? nullptr : &entities_[it->second];
}

const Predicate* FactBase::predicate(std::string_view id) const {
  auto it = predicate_index_.find(std::string(id));
  return it == predicate_index_.end() ? nullptr : &predicates_[it->second];
}

const Fact* FactBase::fact(std::string_view id) const {
  auto it = fact_index_.find(std::string(id));
  return it == fact_index_.end() ? nullptr : &facts_[it->second];
}

const Source* FactBase::source(std::string_view id) const {
  auto it = source_index_.find(std::string(id));
  return it == source_index_.end() ? nullptr : &sources_[it->second];
}

const std::vector<std::size_t>& FactBase::facts_for(std::string_view predicate,
                                                    std::string_view subject) const {
  static const std::vector<std::size_t> kNone;
  auto it = by_predicate_subject_.find(std::string(predicate) + '\x1f' + std::string(subject));
  return it == by_predicate_subject_.end() ? kNone : it->second;
}

const std::vector<std::size_t>& FactBase::facts_with(std::string_view predicate) const {
  static const std::vector<std::size_t> kNone;
  auto it = by_predicate_.find(std::string(predicate));
  return it == by_predicate_.end() ? kNone : it->second;
}

std::vector<std::size_t> first_alike_facts(const FactBase& facts) {
  std::unordered_map<std::string, std::size_t> first;
  std::vector<std::size_t> out;
  out.reserve(facts.facts().size());
  for (std::size_t i = 0; i < facts.facts().size(); ++i)
    out.push_back(first.emplace(saying_of(facts.facts()[i]), i).first->second);
  return out;
}

}  // namespace factcheck
