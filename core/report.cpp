// The JSON contract of `check` and `extract` (README, "JSON output"). Offsets are UTF-8 bytes.
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline.hpp"

namespace factcheck {
namespace {

using json = nlohmann::json;

// JSON has no infinity: an open end is null.
json bound(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

json quantity_json(const QuantityMention& q) {
  json j;
  j["value"] = q.kind == QuantityKind::date ? json(q.date) : json(q.value);
  j["unit"] = q.unit;
  j["comparator"] = to_string(q.comparator);
  j["low"] = bound(q.interval.low);
  j["high"] = bound(q.interval.high);
  return j;
}

std::string dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

// The UTF-16 index of each UTF-8 byte offset in `at`, in one pass over the text: a code point of four
// bytes is two UTF-16 units (a surrogate pair), any other one unit; continuation bytes add nothing.
std::map<std::size_t, std::size_t> utf16_offsets(std::string_view text, std::vector<std::size_t> at) {
  std::sort(at.begin(), at.end());
  std::map<std::size_t, std::size_t> out;
  std::size_t units = 0, byte = 0;
  for (std::size_t target : at) {
    for (; byte < target && byte < text.size(); ++byte) {
      const unsigned char b = static_cast<unsigned char>(text[byte]);
      if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
    }
    out[target] = units;
  }
  return out;
}

// A fact's value in the contract's terms: what it is, its bounds, and when it held.
json value_json(const FactValue& v, const Fact& fact, const Predicate& pred) {
  json j;
  switch (pred.value) {
    case ValueKind::date:
      j["value"] = v.date;
      break;
    case ValueKind::members:
      j["members"] = v.members;
      break;
    case ValueKind::role:
      j["entity"] = v.entity;
      break;
    case ValueKind::rank:
      j["entity"] = fact.subject;
      j["rank"] = v.rank;
      break;
    default:
      j["value"] = v.amount;
      j["unit"] = v.unit;
      break;
  }
  if (pred.value != ValueKind::members && pred.value != ValueKind::role && pred.value != ValueKind::rank) {
    j["comparator"] = to_string(v.comparator);
    j["low"] = bound(v.interval.low);
    j["high"] = bound(v.interval.high);
  }
  if (!v.as_of.empty()) j["as_of"] = v.as_of;
  if (!v.valid_from.empty()) j["valid_from"] = v.valid_from;
  if (!v.valid_until.empty()) j["valid_until"] = v.valid_until;
  return j;
}

}  // namespace

std::string report_json(const Report& report, const FactBase& facts, std::string_view text, int indent,
                        Offsets offsets) {
  std::vector<std::size_t> at;  // every claim offset, for one pass converting them to UTF-16
  for (const Claim& c : report.claims) at.insert(at.end(), {c.start, c.end});
  const auto units = offsets == Offsets::utf16 ? utf16_offsets(text, at) : std::map<std::size_t, std::size_t>{};
  auto offset = [&](std::size_t byte) { return offsets == Offsets::utf16 ? units.at(byte) : byte; };
  json claims = json::array();
  for (const Claim& c : report.claims) {
    json j;
    j["text"] = std::string(text.substr(c.start, c.end - c.start));
    j["start"] = offset(c.start);
    j["end"] = offset(c.end);
    j["kind"] = c.kind;
    j["verdict"] = to_string(c.verdict);
    j["fact"] = c.fact ? json(c.fact->id) : json(nullptr);
    json claimed = c.quantity ? quantity_json(*c.quantity) : json::object();
    if (c.relation) {
      const RelationClaim& r = *c.relation;
      claimed["relation"] = kind_name(r.relation);
      if (r.relation == ValueKind::members) {
        json members = json::array();
        for (const NamedThing& m : r.members) members.push_back(m.entity ? m.entity->id : m.name);
        claimed["members"] = members;
      } else {
        claimed["subject"] = r.subject.entity ? r.subject.entity->id : r.subject.name;
        claimed["object"] = r.object.entity ? r.object.entity->id : r.object.name;
        if (r.relation == ValueKind::rank) claimed["rank"] = r.rank;
      }
    }
    claimed["display"] = c.claimed;
    j["claimed"] = claimed;
    if (c.fact && c.value) {
      const Predicate* pred = facts.predicate(c.fact->predicate);
      json expected = value_json(*c.value, *c.fact, *pred);
      expected["display"] = c.expected;
      if (!c.fact->when.empty()) expected["when"] = c.fact->when;
      j["expected"] = expected;
      if (c.earlier) {
        json earlier = value_json(*c.earlier, *c.fact, *pred);
        earlier["display"] = describe_value(facts, *c.fact, *c.earlier);
        j["earlier"] = earlier;
      }
    } else {
      j["expected"] = nullptr;
    }
    j["deviation"] = std::isnan(c.deviation) ? json(nullptr) : json(c.deviation);
    j["explanation"] = c.explanation;
    const std::string source_id = !c.fact ? "" : c.value && !c.value->source.empty() ? c.value->source : c.fact->source;
    const Source* s = c.fact ? facts.source(source_id) : nullptr;
    if (s) {
      json src{{"id", s->id}, {"publisher", s->publisher}, {"date", s->date}};
      if (!s->title.empty()) src["title"] = s->title;
      if (!s->url.empty()) src["url"] = s->url;
      j["source"] = src;
    } else {
      j["source"] = nullptr;
    }
    claims.push_back(std::move(j));
  }
  json layers = json::array();
  for (const FactBaseLayer& l : facts.layers())
    layers.push_back({{"name", l.name}, {"version", l.version}, {"checksum", l.checksum}, {"facts", l.facts}});
  json out;
  out["factbase"] = {{"name", facts.name()},
                     {"version", facts.version()},
                     {"checksum", facts.checksum()},
                     {"facts", facts.facts().size()},
                     {"layers", layers}};
  out["claims"] = std::move(claims);
  out["summary"] = {{"supported", report.supported},
                    {"contradicted", report.contradicted},
                    {"outdated", report.outdated},
                    {"unverified", report.unverified}};
  return dump(out, indent);
}


std::string quantities_json(const std::vector<QuantityMention>& quantities, std::string_view text,
                            int indent) {
  json list = json::array();
  for (const QuantityMention& q : quantities) {
    json j = quantity_json(q);
    j["text"] = std::string(text.substr(q.start, q.end - q.start));
    j["start"] = q.start;
    j["end"] = q.end;
    j["kind"] = to_string(q.kind);
    list.push_back(std::move(j));
  }
  return dump(json{{"quantities", list}}, indent);
}

}  // namespace factcheck
