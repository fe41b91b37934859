#include "factbase.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

#include <nlohmann/json.hpp>

namespace factcheck {

extern const std::string_view kBundledFacts;  // generated from core/facts/bundled.json

namespace {

using json = nlohmann::json;

// Collects problems while walking the document, each at a JSON pointer.
class Validator {
 public:
  explicit Validator(std::vector<FactBaseError>& errors) : errors_(errors) {}

  void error(std::string code, std::string pointer, std::string message) {
    errors_.push_back({std::move(code), std::move(pointer), std::move(message)});
  }

  // Reads an optional string member; a present non-string is an error.
  std::string str(const json& obj, const std::string& ptr, const char* key, bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) error("missing_field", ptr, std::string("missing required field \"") + key + "\"");
      return {};
    }
    if (!it->is_string()) {
      error("wrong_type", ptr + "/" + key, std::string("\"") + key + "\" must be a string");
      return {};
    }
    std::string s = it->get<std::string>();
    if (required && s.empty()) error("empty_field", ptr + "/" + key, std::string("\"") + key + "\" is empty");
    return s;
  }

  std::vector<std::string> strings(const json& obj, const std::string& ptr, const char* key) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    if (!it->is_array()) {
      error("wrong_type", ptr + "/" + key, std::string("\"") + key + "\" must be an array of strings");
      return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      const std::string p = ptr + "/" + key + "/" + std::to_string(i);
      if (!v.is_string()) {
        error("wrong_type", p, "must be a string");
      } else if (v.get<std::string>().find_first_not_of(" \t") == std::string::npos) {
        error("empty_alias", p, "is empty");
      } else {
        out.push_back(v.get<std::string>());
      }
    }
    return out;
  }

  // Calls visit(item, pointer) for each object of the required array doc[key]; reports the others.
  template <typename Visit>
  void each_object(const json& doc, const char* key, const char* what, Visit visit) {
    const json* list = array(doc, key, true);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const json& item = (*list)[i];
      const std::string pointer = std::string("/") + key + "/" + std::to_string(i);
      if (item.is_object()) {
        visit(item, pointer);
      } else {
        error("wrong_type", pointer, std::string(what) + " must be an object");
      }
    }
  }

  const json* array(const json& doc, const char* key, bool required) {
    auto it = doc.find(key);
    if (it == doc.end()) {
      if (required) error("missing_field", "", std::string("missing required array \"") + key + "\"");
      return nullptr;
    }
    if (!it->is_array()) {
      error("wrong_type", std::string("/") + key, std::string("\"") + key + "\" must be an array");
      return nullptr;
    }
    return &*it;
  }

 private:
  std::vector<FactBaseError>& errors_;
};

std::string fnv1a64(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool is_currency_code(const std::string& u) {
  if (u.size() != 3) return false;
  for (char c : u)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool parse_value_kind(const std::string& s, ValueKind& out) {
  static const std::pair<const char*, ValueKind> kinds[] = {
      {"money", ValueKind::money},     {"percent", ValueKind::percent}, {"count", ValueKind::count},
      {"measure", ValueKind::measure}, {"date", ValueKind::date},       {"members", ValueKind::members},
      {"role", ValueKind::role},       {"rank", ValueKind::rank}};
  for (const auto& [name, kind] : kinds) {
    if (s == name) {
      out = kind;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string FactBaseError::to_string() const {
  return "[factbase." + code + "] " + (pointer.empty() ? std::string("/") : pointer) + ": " + message;
}

bool parse_comparator(std::string_view name, Comparator& out) {
  static const std::pair<const char*, Comparator> names[] = {
      {"none", Comparator::none},           {"exactly", Comparator::exactly},
      {"approx", Comparator::approx},       {"nearly", Comparator::nearly},
      {"just_over", Comparator::just_over}, {"more_than", Comparator::more_than},
      {"at_least", Comparator::at_least},   {"less_than", Comparator::less_than},
      {"at_most", Comparator::at_most},     {"order", Comparator::order},
      {"range", Comparator::range},         {"until", Comparator::until},
      {"since", Comparator::since}};
  for (const auto& [n, c] : names) {
    if (name == n) {
      out = c;
      return true;
    }
  }
  return false;
}

bool parse_date_span(std::string_view s, Interval& out) {
  auto digits = [&](std::size_t pos, std::size_t n, int& v) {
    if (pos + n > s.size()) return false;
    v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0;
  if (s.size() == 6 && (s.substr(0, 2) == "FY" || s.substr(0, 2) == "fy")) {
    if (!digits(2, 4, year)) return false;
    out = date_span(year, 0, 0, true);
    return true;
  }
  if (!digits(0, 4, year)) return false;
  if (s.size() == 4) {
    out = date_span(year);
    return true;
  }
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2, month) || month < 1 || month > 12) return false;
  if (s.size() == 7) {
    out = date_span(year, month);
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !digits(8, 2, day) || day < 1 || day > days_in_month(year, month))
    return false;
  out = date_span(year, month, day);
  return true;
}

FactBase FactBase::parse(std::string_view text, std::vector<FactBaseError>& errors) {
  const std::size_t errors_before = errors.size();
  Validator v(errors);
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string what = e.what();
    const auto colon = what.find("parse error");
    v.error("json_syntax", "line " + std::to_string(line) + ", column " + std::to_string(col),
            colon == std::string::npos ? what : what.substr(colon));
    return {};
  }
  if (!doc.is_object()) {
    v.error("wrong_type", "", "a fact base must be a JSON object");
    return {};
  }

  FactBase fb;
  fb.name_ = v.str(doc, "", "name", true);
  fb.version_ = v.str(doc, "", "version", true);
  fb.checksum_ = fnv1a64(text);

  v.each_object(doc, "sources", "a source", [&](const json& s, const std::string& p) {
    Source src{v.str(s, p, "id", true),     v.str(s, p, "publisher", true), v.str(s, p, "date", true),
               v.str(s, p, "title", false), v.str(s, p, "url", false),      v.str(s, p, "note", false)};
    Interval span;
    if (!src.date.empty() && !parse_date_span(src.date, span))
      v.error("bad_date", p + "/date", "\"" + src.date + "\" is not an ISO 8601 date");
    if (!src.id.empty() && !fb.source_index_.emplace(src.id, fb.sources_.size()).second)
      v.error("duplicate_id", p + "/id", "source id \"" + src.id + "\" is used twice");
    fb.sources_.push_back(std::move(src));
  });

  std::unordered_map<std::string, std::string> alias_owner;  // normalised alias -> entity id
  v.each_object(doc, "entities", "an entity", [&](const json& e, const std::string& p) {
    Entity ent{v.str(e, p, "id", true), v.str(e, p, "name", true), v.str(e, p, "type", false),
               v.strings(e, p, "aliases")};
    if (!ent.id.empty() && !fb.entity_index_.emplace(ent.id, fb.entities_.size()).second)
      v.error("duplicate_id", p + "/id", "entity id \"" + ent.id + "\" is used twice");
    std::vector<std::string> names = ent.aliases;
    names.insert(names.begin(), ent.name);
    for (std::size_t k = 0; k < names.size(); ++k) {
      const std::string key = normalize(names[k]);
      if (key.empty()) continue;
      auto [it, fresh] = alias_owner.emplace(key, ent.id);
      if (!fresh && it->second != ent.id) {
        v.error("shared_alias", k == 0 ? p + "/name" : p + "/aliases/" + std::to_string(k - 1),
                "\"" + names[k] + "\" also names entity \"" + it->second + "\"");
      }
    }
    fb.entities_.push_back(std::move(ent));
  });

  v.each_object(doc, "predicates", "a predicate", [&](const json& e, const std::string& p) {
    Predicate pred{v.str(e, p, "id", true), v.str(e, p, "label", false), ValueKind::money,
                   v.strings(e, p, "cues")};
    const std::string kind = v.str(e, p, "value", true);
    if (!kind.empty() && !parse_value_kind(kind, pred.value))
      v.error("unknown_value_kind", p + "/value", "\"" + kind + "\" is not a value kind");
    if (pred.cues.empty()) v.error("missing_cues", p + "/cues", "a predicate needs at least one cue");
    if (pred.label.empty()) pred.label = pred.id;
    if (!pred.id.empty() && !fb.predicate_index_.emplace(pred.id, fb.predicates_.size()).second)
      v.error("duplicate_id", p + "/id", "predicate id \"" + pred.id + "\" is used twice");
    fb.predicates_.push_back(std::move(pred));
  });

  std::set<std::string> fact_ids;
  v.each_object(doc, "facts", "a fact", [&](const json& e, const std::string& p) {
    Fact f;
    f.id = v.str(e, p, "id", true);
    f.subject = v.str(e, p, "subject", true);
    f.predicate = v.str(e, p, "predicate", true);
    f.object = v.str(e, p, "object", false);
    f.context = v.strings(e, p, "context");
    f.when = v.str(e, p, "when", false);
    f.as_of = v.str(e, p, "as_of", false);
    f.statement = v.str(e, p, "statement", false);
    f.source = v.str(e, p, "source", true);
    if (!f.id.empty() && !fact_ids.insert(f.id).second)
      v.error("duplicate_id", p + "/id", "fact id \"" + f.id + "\" is used twice");
    for (const char* key : {"subject", "object"}) {
      const std::string& id = key[0] == 's' ? f.subject : f.object;
      if (!id.empty() && !fb.entity(id)) v.error("unknown_entity", p + "/" + key, "no entity \"" + id + "\"");
    }
    const Predicate* pred = f.predicate.empty() ? nullptr : fb.predicate(f.predicate);
    if (!f.predicate.empty() && !pred)
      v.error("unknown_predicate", p + "/predicate", "no predicate \"" + f.predicate + "\"");
    if (!f.source.empty() && !fb.source(f.source))
      v.error("unknown_source", p + "/source", "no source \"" + f.source + "\"");
    for (const char* key : {"when", "as_of"}) {
      const std::string& d = key[0] == 'w' ? f.when : f.as_of;
      Interval span;
      if (!d.empty() && !parse_date_span(d, span))
        v.error("bad_date", p + "/" + key, "\"" + d + "\" is not an ISO 8601 date or FYyyyy");
    }

    auto vit = e.find("value");
    const std::string vp = p + "/value";
    if (vit == e.end() || !vit->is_object()) {
      v.error(vit == e.end() ? "missing_field" : "wrong_type", vit == e.end() ? p : vp,
              vit == e.end() ? "missing required field \"value\"" : "\"value\" must be an object");
    } else if (pred) {
      const json& val = *vit;
      FactValue& fv = f.value;
      const std::string comparator = v.str(val, vp, "comparator", false);
      if (!comparator.empty() && !parse_comparator(comparator, fv.comparator))
        v.error("unknown_comparator", vp + "/comparator", "\"" + comparator + "\" is not a comparator");
      switch (pred->value) {
        case ValueKind::money:
        case ValueKind::percent:
        case ValueKind::count:
        case ValueKind::measure: {
          auto a = val.find("amount");
          if (a == val.end() || !a->is_number()) {
            v.error(a == val.end() ? "missing_field" : "wrong_type", a == val.end() ? vp : vp + "/amount",
                    "a " + std::string(kind_name(pred->value)) + " value needs a numeric \"amount\"");
            break;
          }
          fv.amount = a->get<double>();
          fv.unit = v.str(val, vp, "unit", false);
          if (fv.unit.empty()) {
            v.error("missing_unit", vp, "a value needs a \"unit\"");
          } else if (pred->value == ValueKind::money && !is_currency_code(fv.unit)) {
            v.error("unknown_currency", vp + "/unit", "\"" + fv.unit + "\" is not an ISO 4217 currency code");
          }
          auto st = val.find("step");
          if (st != val.end() && st->is_number()) fv.step = st->get<double>();
          fv.interval = interval_for(fv.amount, fv.step, fv.comparator);
          break;
        }
        case ValueKind::date:
          fv.date = v.str(val, vp, "date", true);
          if (!fv.date.empty() && !parse_date_span(fv.date, fv.interval))
            v.error("bad_date", vp + "/date", "\"" + fv.date + "\" is not an ISO 8601 date or FYyyyy");
          break;
        case ValueKind::members:
          fv.members = v.strings(val, vp, "members");
          fv.optional_members = v.strings(val, vp, "optional_members");
          if (fv.members.empty()) v.error("empty_members", vp + "/members", "a relation needs members");
          for (const char* key : {"members", "optional_members"}) {
            const auto& ids = key[0] == 'm' ? fv.members : fv.optional_members;
            for (std::size_t k = 0; k < ids.size(); ++k) {
              if (!fb.entity(ids[k]))
                v.error("unknown_entity", vp + "/" + key + "/" + std::to_string(k),
                        "no entity \"" + ids[k] + "\"");
            }
          }
          break;
        case ValueKind::role:
          fv.entity = v.str(val, vp, "entity", true);
          if (!fv.entity.empty() && !fb.entity(fv.entity))
            v.error("unknown_entity", vp + "/entity", "no entity \"" + fv.entity + "\"");
          break;
        case ValueKind::rank: {
          auto r = val.find("rank");
          if (r == val.end() || !r->is_number_integer() || r->get<int>() < 1) {
            v.error("bad_rank", vp + "/rank", "a rank value needs a whole \"rank\" of 1 or more");
          } else {
            fv.rank = r->get<int>();
          }
          break;
        }
      }
    }
    fb.facts_.push_back(std::move(f));
  });

  if (errors.size() > errors_before) return {};
  for (std::size_t i = 0; i < fb.facts_.size(); ++i) {
    const Fact& f = fb.facts_[i];
    fb.by_predicate_subject_[f.predicate + '\x1f' + f.subject].push_back(i);
    fb.by_predicate_[f.predicate].push_back(i);
  }
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

}  // namespace factcheck
