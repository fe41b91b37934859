#include "facts/loader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "base/json_writer.hpp"
#include "base/sha256.hpp"
#include "facts/validator.hpp"
#include "model/units.hpp"
#include "quantities/quantities.hpp"
#include "text/tokens.hpp"

namespace factcheck {
namespace {

using json = nlohmann::json;

// The canonical form checksums are taken of: keys sorted, no whitespace, as nlohmann's dump() writes it,
// but through the report's writer, so the wasm module carries one JSON writer, not two.
// `skip` names a member of this object (not of nested ones) to leave out.
void write_canonical(const json& j, JsonWriter& w, std::string_view skip = {}) {
  switch (j.type()) {
    case json::value_t::object:
      w.begin_object();
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (!skip.empty() && it.key() == skip) continue;
        w.key(it.key());
        write_canonical(it.value(), w);
      }
      w.end_object();
      break;
    case json::value_t::array:
      w.begin_array();
      for (const json& item : j) write_canonical(item, w);
      w.end_array();
      break;
    case json::value_t::string:
      w.string(j.get_ref<const std::string&>());
      break;
    case json::value_t::boolean:
      w.boolean(j.get<bool>());
      break;
    case json::value_t::number_integer:
      w.integer(j.get<long long>());
      break;
    case json::value_t::number_unsigned:
      w.unsigned_integer(j.get<unsigned long long>());
      break;
    case json::value_t::number_float:
      w.number(j.get<double>());
      break;
    default:
      w.null();
  }
}

std::string canonical(const json& j, std::string_view skip = {}) {
  JsonWriter w(-1);
  write_canonical(j, w, skip);
  return w.take();
}

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// ISO 4217 codes of current currencies, XBT (the extractor's code for bitcoin) and some former codes.
bool is_currency_code(const std::string& u) {
  static const std::set<std::string> kCodes = {
      "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
      "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
      "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
      "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
      "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
      "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
      "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
      "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
      "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
      "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF",
      "XPF", "YER", "ZAR", "ZMW", "ZWL", "XBT",
      // Former codes of currencies the euro replaced, which the extractor reads in older texts ("420
      // million Finnish markka"): a source that gives such a figure must learn into a base that loads.
      "BEF", "DEM", "ESP", "FIM", "FRF", "NLG"};
  return kCodes.count(u) > 0;
}

}  // namespace

// Adds one file to a fact base: validates it against what the base already holds, then appends.
class Loader {
 public:
  Loader(FactBase& fb, std::vector<FactBaseError>& errors) : fb_(fb), v_(errors) {}

  void load(const json& doc) {
    first_layer_ = fb_.layers_.empty();
    v_.only(doc, "",
            {"$schema", "name", "version", "description", "sources", "entities", "predicates", "facts"},
            "the fact base");
    // The checksum covers the content: not the layout of the file, nor the editor hint "$schema".
    FactBaseLayer layer{v_.str(doc, "", "name", true), v_.str(doc, "", "version", true),
                        "sha256:" + sha256_hex(canonical(doc, "$schema")), 0};
    v_.each_object(doc, "sources", "a source", false,
                   [&](const json& s, const std::string& p) { source(s, p); });
    v_.each_object(doc, "entities", "an entity", false,
                   [&](const json& e, const std::string& p) { entity(e, p); });
    v_.each_object(doc, "predicates", "a predicate", false,
                   [&](const json& e, const std::string& p) { predicate(e, p); });
    const std::size_t facts_before = fb_.facts_.size();
    v_.each_object(doc, "facts", "a fact", true, [&](const json& e, const std::string& p) { fact(e, p); });
    layer.facts = fb_.facts_.size() - facts_before;
    if (first_layer_) {
      fb_.name_ = layer.name;
      fb_.version_ = layer.version;
    }
    fb_.layers_.push_back(std::move(layer));
    const auto documents = std::count_if(fb_.sources_.begin(), fb_.sources_.end(),
                                         [](const Source& s) { return !s.document.empty(); });
    fb_.basis_ = documents == 0                                               ? Basis::facts
                 : static_cast<std::size_t>(documents) == fb_.sources_.size() ? Basis::sources
                                                                              : Basis::both;
    if (fb_.layers_.size() == 1) {
      fb_.checksum_ = fb_.layers_[0].checksum;
    } else {
      std::string joined;
      for (const FactBaseLayer& l : fb_.layers_) joined += (joined.empty() ? "" : "\n") + l.checksum;
      fb_.checksum_ = "sha256:" + sha256_hex(joined);
    }
  }

 private:
  // Registers a definition of `kind` `id` at `pointer`. Returns false when it must not be added: a
  // duplicate within this file, or a different definition in an earlier file. An identical definition
  // from an earlier file is skipped silently (false too, with no error).
  bool define(const char* kind, const std::string& id, const json& item, const std::string& pointer,
              bool& repeated) {
    repeated = false;
    if (id.empty()) return true;
    const std::uint64_t digest = fnv1a64(canonical(item));
    auto [it, fresh] = fb_.definitions_.emplace(std::string(kind) + ':' + id, digest);
    if (fresh) {
      in_this_file_.insert(it->first);
      return true;
    }
    if (in_this_file_.count(it->first)) {
      v_.error("factbase.duplicate_id", pointer + "/id",
               std::string(kind) + " id \"" + id + "\" is used twice");
    } else if (it->second == digest) {
      repeated = true;
    } else {
      v_.error(
          "factbase.merge_conflict", pointer + "/id",
          std::string(kind) + " id \"" + id + "\" is already defined differently by an earlier fact base");
    }
    return false;
  }

  // A byte offset into a source document: a whole number, 0 when absent.
  std::size_t offset(const json& s, const std::string& p, const char* key) {
    auto it = s.find(key);
    if (it == s.end()) return 0;
    if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<long long>() >= 0)) {
      v_.error("factbase.wrong_type", p + "/" + key, std::string("\"") + key + "\" must be a whole number");
      return 0;
    }
    return it->get<std::size_t>();
  }

  void source(const json& s, const std::string& p) {
    v_.only(
        s, p,
        {"id", "publisher", "date", "title", "url", "note", "document", "start", "end", "quote", "numbers"},
        "a source");
    // A document's sentence may be undated: a source text given without its date.
    const bool document = s.contains("document");
    Source src;
    src.id = v_.str(s, p, "id", true);
    src.publisher = v_.str(s, p, "publisher", true);
    src.date = v_.str(s, p, "date", !document);
    src.title = v_.str(s, p, "title", false);
    src.url = v_.str(s, p, "url", false);
    src.note = v_.str(s, p, "note", false);
    v_.date(src.date, p + "/date");
    src.document = v_.str(s, p, "document", false);
    src.quote = v_.str(s, p, "quote", false);
    src.start = offset(s, p, "start");
    src.end = offset(s, p, "end");
    if (auto n = s.find("numbers"); n != s.end()) {
      if (!n->is_array())
        v_.error("factbase.wrong_type", p + "/numbers", "\"numbers\" must be an array of numbers");
      for (std::size_t i = 0; n->is_array() && i < n->size(); ++i) {
        if ((*n)[i].is_number() && std::isfinite((*n)[i].get<double>()))
          src.numbers.push_back((*n)[i].get<double>());
        else
          v_.error("factbase.wrong_type", p + "/numbers/" + std::to_string(i), "must be a finite number");
      }
    }
    if (src.end < src.start) v_.error("factbase.bad_span", p + "/end", "the quote ends before it starts");
    if (!src.url.empty() && src.url.rfind("http://", 0) != 0 && src.url.rfind("https://", 0) != 0)
      v_.error("factbase.bad_url", p + "/url", "\"" + src.url + "\" is not an http:// or https:// address");
    bool repeated = false;
    if (!define("source", src.id, s, p, repeated)) return;
    fb_.source_index_.emplace(src.id, fb_.sources_.size());
    Interval published;
    if (parse_date_span(src.date, published))
      fb_.latest_source_date_ = std::max(fb_.latest_source_date_, published.low);
    fb_.sources_.push_back(std::move(src));
  }

  void entity(const json& e, const std::string& p) {
    v_.only(e, p, {"id", "name", "type", "aliases"}, "an entity");
    Entity ent{v_.str(e, p, "id", true), v_.str(e, p, "name", true), v_.str(e, p, "type", false),
               v_.strings(e, p, "aliases")};
    static const std::set<std::string> kTypes = {"organization", "person",  "venture",
                                                 "place",        "product", "other"};
    if (ent.type.empty()) ent.type = "organization";
    if (!kTypes.count(ent.type))
      v_.error("factbase.unknown_entity_type", p + "/type",
               "\"" + ent.type +
                   "\" is not an entity type (organization, person, venture, place, product, other)");
    bool repeated = false;
    if (!define("entity", ent.id, e, p, repeated)) return;
    // Each name with where it is written; the pointer counts the aliases as written, bad ones too.
    std::vector<std::pair<std::string, std::string>> names = {{ent.name, p + "/name"}};
    if (e.contains("aliases") && e["aliases"].is_array()) {
      const json& aliases = e["aliases"];
      for (std::size_t k = 0; k < aliases.size(); ++k)
        if (aliases[k].is_string())
          names.emplace_back(aliases[k].get<std::string>(), p + "/aliases/" + std::to_string(k));
    }
    for (const auto& [name, pointer] : names) {
      const std::string key = normalize(name);
      if (key.empty()) continue;
      auto [it, fresh] = fb_.alias_owner_.emplace(key, ent.id);
      if (!fresh && it->second != ent.id)
        v_.error("factbase.shared_alias", pointer,
                 "\"" + name + "\" also names entity \"" + it->second + "\"");
    }
    fb_.entity_index_.emplace(ent.id, fb_.entities_.size());
    fb_.entities_.push_back(std::move(ent));
  }

  void predicate(const json& e, const std::string& p) {
    v_.only(e, p, {"id", "label", "value", "cues"}, "a predicate");
    Predicate pred{v_.str(e, p, "id", true), v_.str(e, p, "label", false), ValueKind::money,
                   v_.strings(e, p, "cues")};
    const std::string kind = v_.str(e, p, "value", true);
    if (!kind.empty() && !parse_value_kind(kind, pred.value))
      v_.error(
          "factbase.unknown_value_kind", p + "/value",
          "\"" + kind + "\" is not a value kind (money, percent, count, measure, date, members, role, rank)");
    if (!e.contains("cues"))
      v_.error("factbase.missing_cues", p, "a predicate needs \"cues\": the words that name it in text");
    else if (e["cues"].is_array() && e["cues"].empty())
      v_.error("factbase.missing_cues", p + "/cues", "a predicate needs at least one cue");
    if (pred.label.empty()) pred.label = pred.id;
    bool repeated = false;
    if (!define("predicate", pred.id, e, p, repeated)) return;
    fb_.predicate_index_.emplace(pred.id, fb_.predicates_.size());
    fb_.predicates_.push_back(std::move(pred));
  }

  void reference(const std::string& id, const std::string& pointer) {
    if (!id.empty() && !fb_.entity(id))
      v_.error("factbase.unknown_entity", pointer, "no entity \"" + id + "\"");
  }

  void fact(const json& e, const std::string& p) {
    v_.only(e, p,
            {"id", "subject", "predicate", "object", "context", "when", "as_of", "statement", "source",
             "value", "values"},
            "a fact");
    Fact f;
    f.id = v_.str(e, p, "id", true);
    bool repeated = false;
    const bool add = define("fact", f.id, e, p, repeated);
    if (repeated) return;
    f.subject = v_.str(e, p, "subject", true);
    f.predicate = v_.str(e, p, "predicate", true);
    f.object = v_.str(e, p, "object", false);
    f.context = v_.strings(e, p, "context");
    f.when = v_.str(e, p, "when", false);
    const std::string as_of = v_.str(e, p, "as_of", false);
    f.statement = v_.str(e, p, "statement", false);
    f.source = v_.str(e, p, "source", true);
    reference(f.subject, p + "/subject");
    reference(f.object, p + "/object");
    const Predicate* pred = f.predicate.empty() ? nullptr : fb_.predicate(f.predicate);
    if (!f.predicate.empty() && !pred)
      v_.error("factbase.unknown_predicate", p + "/predicate", "no predicate \"" + f.predicate + "\"");
    if (!f.source.empty() && !fb_.source(f.source))
      v_.error("factbase.unknown_source", p + "/source", "no source \"" + f.source + "\"");
    v_.date(f.when, p + "/when");
    v_.date(as_of, p + "/as_of");

    const bool one = e.contains("value"), series = e.contains("values");
    std::vector<FactValue> values;
    if (one && series) {
      v_.error("factbase.conflicting_fields", p + "/values", "a fact has \"value\" or \"values\", not both");
    } else if (!one && !series) {
      v_.error("factbase.missing_field", p,
               "missing required field \"value\" (or \"values\" for a time series)");
    } else if (one) {
      if (!e["value"].is_object()) {
        v_.error("factbase.wrong_type", p + "/value", "\"value\" must be an object");
      } else if (pred) {
        values.push_back(value(e["value"], p + "/value", *pred));
        if (!as_of.empty()) {
          if (!values[0].as_of.empty() || !values[0].valid_from.empty() || !values[0].valid_until.empty())
            v_.error("factbase.conflicting_fields", p + "/as_of", "the value already says when it held");
          else
            values[0].as_of = as_of;
        }
      }
    } else if (!e["values"].is_array()) {
      v_.error("factbase.wrong_type", p + "/values", "\"values\" must be an array of values");
    } else if (e["values"].empty()) {
      v_.error("factbase.missing_field", p + "/values", "\"values\" needs at least one value");
    } else {
      if (!as_of.empty())
        v_.error("factbase.conflicting_fields", p + "/as_of",
                 "each value of a series carries its own \"as_of\"");
      const json& list = e["values"];
      for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string vp = p + "/values/" + std::to_string(i);
        if (!list[i].is_object()) {
          v_.error("factbase.wrong_type", vp, "a value must be an object");
        } else if (pred) {
          values.push_back(value(list[i], vp, *pred));
          if (values.back().as_of.empty() && values.back().valid_from.empty())
            v_.error("factbase.undated_value", vp, "a value of a series needs \"as_of\" or \"valid_from\"");
        }
      }
    }
    timeline(values, p, series);
    if (!add || values.empty()) return;  // reported above
    f.time_scoped = series || !values.back().valid_from.empty() || !values.back().valid_until.empty();
    f.value = std::move(values.back());
    values.pop_back();
    f.earlier = std::move(values);
    fb_.fact_index_.emplace(f.id, fb_.facts_.size());
    fb_.facts_.push_back(std::move(f));
  }

  // Orders a fact's values by when they start and derives when each held; reports overlaps.
  void timeline(std::vector<FactValue>& values, const std::string& p, bool series) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<std::pair<FactValue, std::size_t>> order;  // value, index in the file
    for (std::size_t i = 0; i < values.size(); ++i) {
      FactValue& fv = values[i];
      Interval from, until;
      fv.valid.low = -kInf;
      fv.valid.high = kInf;
      if (parse_date_span(fv.as_of, from) || parse_date_span(fv.valid_from, from)) fv.valid.low = from.low;
      if (parse_date_span(fv.valid_until, until)) fv.valid.high = until.high;
      fv.valid.high_open = true;
      if (fv.valid.low >= fv.valid.high) {
        const std::string at = series ? p + "/values/" + std::to_string(i) : p + "/value";
        v_.error("factbase.bad_period", at + "/valid_until",
                 "\"" + fv.valid_until + "\" is before the value starts");
      }
      order.emplace_back(std::move(fv), i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.first.valid.low < b.first.valid.low; });
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
      FactValue& a = order[k].first;
      const FactValue& b = order[k + 1].first;
      if (a.valid.low == b.valid.low || (a.valid.high > b.valid.low && !a.valid_until.empty())) {
        v_.error("factbase.overlapping_values", p + "/values/" + std::to_string(order[k + 1].second),
                 "this value's period overlaps the one at /values/" + std::to_string(order[k].second));
      }
      if (a.valid_until.empty()) a.valid.high = b.valid.low;  // an "as of" value holds until the next one
    }
    values.clear();
    for (auto& [fv, index] : order) values.push_back(std::move(fv));
  }

  FactValue value(const json& val, const std::string& vp, const Predicate& pred) {
    static const std::vector<std::string> kCommon = {"comparator",  "as_of",  "valid_from",
                                                     "valid_until", "source", "statement"};
    std::vector<std::string> allowed = kCommon;
    switch (pred.value) {
      case ValueKind::date:
        allowed.push_back("date");
        break;
      case ValueKind::members:
        allowed.insert(allowed.end(), {"members", "optional_members"});
        break;
      case ValueKind::role:
        allowed.push_back("entity");
        break;
      case ValueKind::rank:
        allowed.push_back("rank");
        break;
      default:
        allowed.insert(allowed.end(), {"amount", "unit", "step", "high"});
    }
    v_.only(val, vp, allowed, std::string("a ") + kind_name(pred.value) + " value");
    FactValue fv;
    fv.as_of = v_.str(val, vp, "as_of", false);
    fv.valid_from = v_.str(val, vp, "valid_from", false);
    fv.valid_until = v_.str(val, vp, "valid_until", false);
    fv.source = v_.str(val, vp, "source", false);
    fv.statement = v_.str(val, vp, "statement", false);
    v_.date(fv.as_of, vp + "/as_of");
    v_.date(fv.valid_from, vp + "/valid_from");
    v_.date(fv.valid_until, vp + "/valid_until");
    if (!fv.as_of.empty() && (!fv.valid_from.empty() || !fv.valid_until.empty()))
      v_.error("factbase.conflicting_fields", vp + "/as_of",
               "a value has \"as_of\" or \"valid_from\"/\"valid_until\", not both");
    if (!fv.source.empty() && !fb_.source(fv.source))
      v_.error("factbase.unknown_source", vp + "/source", "no source \"" + fv.source + "\"");
    const std::string comparator = v_.str(val, vp, "comparator", false);
    if (!comparator.empty() && !parse_comparator(comparator, fv.comparator))
      v_.error("factbase.unknown_comparator", vp + "/comparator",
               "\"" + comparator + "\" is not a comparator");
    switch (pred.value) {
      case ValueKind::money:
      case ValueKind::percent:
      case ValueKind::count:
      case ValueKind::measure:
        amount(val, vp, pred.value, fv);
        break;
      case ValueKind::date:
        fv.date = v_.str(val, vp, "date", true);
        if (!fv.date.empty() && !parse_date_span(fv.date, fv.interval))
          v_.error(
              "factbase.bad_date", vp + "/date",
              "\"" + fv.date +
                  "\" is not an ISO 8601 date, FYyyyy or a part of a year (2025-Q3, 2025-H2, 2025-spring)");
        break;
      case ValueKind::members:
        fv.members = v_.strings(val, vp, "members");
        fv.optional_members = v_.strings(val, vp, "optional_members");
        if (fv.members.empty())
          v_.error("factbase.empty_members", vp + "/members", "a relation needs members");
        for (const char* key : {"members", "optional_members"}) {
          const auto& ids = key[0] == 'm' ? fv.members : fv.optional_members;
          for (std::size_t k = 0; k < ids.size(); ++k)
            reference(ids[k], vp + "/" + key + "/" + std::to_string(k));
        }
        break;
      case ValueKind::role:
        fv.entity = v_.str(val, vp, "entity", true);
        reference(fv.entity, vp + "/entity");
        break;
      case ValueKind::rank: {
        auto r = val.find("rank");
        if (r == val.end() || !r->is_number_integer() || r->get<long long>() < 1 ||
            r->get<long long>() > 1000000) {
          v_.error("factbase.bad_rank", vp + "/rank", "a rank value needs a whole \"rank\" of 1 or more");
        } else {
          fv.rank = r->get<int>();
        }
        break;
      }
    }
    return fv;
  }

  void amount(const json& val, const std::string& vp, ValueKind kind, FactValue& fv) {
    auto a = val.find("amount");
    if (a == val.end() || !a->is_number()) {
      v_.error(a == val.end() ? "factbase.missing_field" : "factbase.wrong_type",
               a == val.end() ? vp : vp + "/amount",
               "a " + std::string(kind_name(kind)) + " value needs a numeric \"amount\"");
      return;
    }
    fv.amount = a->get<double>();
    if (!std::isfinite(fv.amount))
      v_.error("factbase.bad_number", vp + "/amount", "the amount is not a finite number");
    fv.unit = v_.str(val, vp, "unit", false);
    if (fv.unit.empty() && !val.contains("unit")) {
      v_.error("factbase.missing_unit", vp, "a " + std::string(kind_name(kind)) + " value needs a \"unit\"");
    } else if (fv.unit.empty()) {
      v_.error("factbase.missing_unit", vp + "/unit", "the unit is empty");
    } else if (kind == ValueKind::money && !is_currency_code(fv.unit)) {
      v_.error("factbase.unknown_currency", vp + "/unit",
               "\"" + fv.unit + "\" is not an ISO 4217 currency code");
    } else if (kind == ValueKind::percent && fv.unit != "%" && fv.unit != "pp" && fv.unit != "bp") {
      v_.error("factbase.unknown_unit", vp + "/unit",
               "a percent value's unit is \"%\", \"pp\" (percentage points) or \"bp\" (basis points)");
    } else if (kind == ValueKind::measure && !is_measure_unit(fv.unit)) {
      v_.error("factbase.unknown_unit", vp + "/unit",
               "\"" + fv.unit + "\" is not a unit of measure the engine knows (docs/fact-base.md, Values)");
    }
    auto st = val.find("step");
    if (st != val.end()) {
      if (!st->is_number() || !(st->get<double>() > 0) || !std::isfinite(st->get<double>()))
        v_.error("factbase.bad_number", vp + "/step", "\"step\" must be a number above 0");
      else
        fv.step = st->get<double>();
    }
    // A range ("$1.95 billion to $2.05 billion") states its upper end as "high".
    double high = fv.amount;
    if (auto h = val.find("high"); h != val.end()) {
      if (!h->is_number() || !std::isfinite(h->get<double>()) || h->get<double>() < fv.amount)
        v_.error("factbase.bad_number", vp + "/high", "\"high\" must be a number no less than \"amount\"");
      else if (fv.comparator != Comparator::range)
        v_.error("factbase.conflicting_fields", vp + "/high", "\"high\" needs the comparator \"range\"");
      else
        high = h->get<double>();
    } else if (fv.comparator == Comparator::range) {
      v_.error("factbase.missing_field", vp, "a range value needs its upper end, \"high\"");
    }
    fv.high = high;
    fv.interval = fv.unit == "%" && fv.comparator != Comparator::range
                      ? share_interval_for(fv.amount, fv.step, fv.comparator)
                      : interval_for(fv.amount, fv.step, fv.comparator, high);
  }

  FactBase& fb_;
  Validator v_;
  bool first_layer_ = true;
  std::set<std::string> in_this_file_;  // definition keys this file added
};

void load_layer(FactBase& fb, const nlohmann::json& doc, std::vector<FactBaseError>& errors) {
  Loader(fb, errors).load(doc);
}

}  // namespace factcheck
