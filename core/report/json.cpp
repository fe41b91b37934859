// The JSON contract of `check` and `extract` (README, "JSON contract").
#include "report/json.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/wording.hpp"

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
  // A day with no year ("--01-22") admits no interval of years: both ends open.
  const bool yearless = q.kind == QuantityKind::date && q.date.compare(0, 2, "--") == 0;
  j["low"] = yearless ? json(nullptr) : bound(q.interval.low);
  j["high"] = yearless ? json(nullptr) : bound(q.interval.high);
  if (q.comparator == Comparator::range) j["range"] = json::array({q.range_low, q.range_high});
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

// A fact's value in the contract's terms: what it is, its bounds, when it held, and how it reads.
// Keys in sorted order, as everywhere in the contract.
void write_value(JsonWriter& w, const FactValue& v, const Fact& fact, const Predicate& pred,
                 const std::string& display, const std::string& when) {
  // When the value held, or when the fact's event happened: "as of 23 January 2025", "in October 2024".
  std::string period = describe_period(v);
  if (period.empty() && !when.empty()) period = "in " + format_date(when);
  const bool figure =
      pred.value != ValueKind::members && pred.value != ValueKind::role && pred.value != ValueKind::rank;
  w.begin_object();
  if (!v.as_of.empty()) w.field("as_of", v.as_of);
  if (figure) w.field("comparator", to_string(v.comparator));
  w.field("display", display);
  if (pred.value == ValueKind::role) w.field("entity", v.entity);
  if (pred.value == ValueKind::rank) w.field("entity", fact.subject);
  if (figure) w.field("high", v.interval.high).field("low", v.interval.low);
  if (pred.value == ValueKind::members) {
    w.key("members").begin_array();
    for (const std::string& m : v.members) w.string(m);
    w.end_array();
  }
  if (!period.empty()) w.field("period", period);
  if (pred.value == ValueKind::rank) w.field("rank", v.rank);
  const bool amount = figure && pred.value != ValueKind::date;
  if (amount) w.field("unit", v.unit);
  if (!v.valid_from.empty()) w.field("valid_from", v.valid_from);
  if (!v.valid_until.empty()) w.field("valid_until", v.valid_until);
  if (amount) w.field("value", v.amount);
  if (pred.value == ValueKind::date) w.field("value", v.date);
  if (!when.empty()) w.field("when", when);
  w.end_object();
}

// How a figure's fact was chosen: the best candidate and its evidence, the runner-up, and why the best
// was not used when it was not ("abstained").
void write_binding(JsonWriter& w, const Binding& b, const FactBase& facts) {
  w.begin_object();
  if (!b.abstained.empty()) w.field("abstained", b.abstained);
  w.field("fact", b.fact->id);
  w.key("runner_up");
  if (b.runner_up) {
    w.begin_object().field("fact", b.runner_up->id).field("score", b.runner_up_score).end_object();
  } else {
    w.null();
  }
  w.field("score", b.score).key("signals").begin_array();
  for (const std::string& s : b.signals) w.string(s);
  w.end_array().field("why", describe_binding(facts, b.signals)).end_object();
}

// What the text says, for the claim's "claimed" member.
void write_claimed(JsonWriter& w, const Claim& c) {
  const QuantityMention* q = c.quantity ? &*c.quantity : nullptr;
  const RelationClaim* r = c.relation ? &*c.relation : nullptr;
  auto id = [](const NamedThing& t) { return t.entity ? t.entity->id : t.name; };
  w.begin_object();
  if (q) w.field("comparator", to_string(q->comparator));
  w.field("display", c.claimed);
  if (q) {
    const bool yearless = q->kind == QuantityKind::date && q->date.compare(0, 2, "--") == 0;
    const double none = std::numeric_limits<double>::quiet_NaN();
    w.field("high", yearless ? none : q->interval.high).field("low", yearless ? none : q->interval.low);
  }
  if (r && r->relation == ValueKind::members) {
    w.key("members").begin_array();
    for (const NamedThing& m : r->members) w.string(id(m));
    w.end_array();
  }
  if (r && r->relation != ValueKind::members) w.field("object", id(r->object));
  if (r && r->relation == ValueKind::rank) w.field("rank", r->rank);
  if (r) w.field("relation", kind_name(r->relation));
  if (r && r->relation != ValueKind::members) w.field("subject", id(r->subject));
  if (q) w.field("unit", q->unit);
  if (q && q->kind == QuantityKind::date) w.field("value", q->date);
  if (q && q->kind != QuantityKind::date) w.field("value", q->value);
  w.end_object();
}

}  // namespace

std::string report_json(const Report& report, const FactBase& facts, std::string_view text, int indent,
                        Offsets offsets) {
  std::vector<std::size_t> at;  // every claim offset, for one pass converting them to UTF-16
  for (const Claim& c : report.claims) at.insert(at.end(), {c.start, c.end});
  const auto units =
      offsets == Offsets::utf16 ? utf16_offsets(text, at) : std::map<std::size_t, std::size_t>{};
  auto offset = [&](std::size_t byte) { return offsets == Offsets::utf16 ? units.at(byte) : byte; };
  JsonWriter w(indent);
  // A claim takes about 800 bytes compact and 1,200 indented (the corpus's texts): room for all of them
  // at once spares the copies of a string that doubles as it grows.
  w.reserve(1024 + report.claims.size() * (indent < 0 ? 900 : 1300));
  w.begin_object().key("claims").begin_array();
  for (const Claim& c : report.claims) {
    const Predicate* pred = c.fact ? facts.predicate(c.fact->predicate) : nullptr;
    w.begin_object();
    if (c.binding && c.binding->fact) {  // a binding names the fact it weighed, or is no binding
      w.key("binding");
      write_binding(w, *c.binding, facts);
    }
    w.key("claimed");
    write_claimed(w, c);
    w.field("deviation", c.deviation);  // NaN: null
    w.key("deviation_display");
    if (std::isfinite(c.deviation) && c.quantity && c.value) {
      w.string(describe_deviation(c.quantity->value, c.value->amount));
    } else {
      w.null();
    }
    if (c.fact && c.value && c.earlier) {
      w.key("earlier");
      write_value(w, *c.earlier, *c.fact, *pred, describe_value(facts, *c.fact, *c.earlier), "");
    }
    w.field("end", offset(c.end));
    w.key("expected");
    if (c.fact && c.value) {
      write_value(w, *c.value, *c.fact, *pred, c.expected, c.fact->when);
    } else {
      w.null();
    }
    w.field("explanation", c.explanation);
    w.key("fact");
    if (c.fact) {
      w.string(c.fact->id);
    } else {
      w.null();
    }
    w.field("kind", c.kind());
    const std::string& source_id = !c.fact                               ? std::string()
                                   : c.value && !c.value->source.empty() ? c.value->source
                                                                         : c.fact->source;
    const Source* s = c.fact ? facts.source(source_id) : nullptr;
    w.key("source");
    if (s) {
      w.begin_object().field("date", s->date).field("date_display", format_date(s->date));
      w.field("id", s->id).field("publisher", s->publisher);
      if (!s->title.empty()) w.field("title", s->title);
      if (!s->url.empty()) w.field("url", s->url);
      if (!s->document.empty()) {
        // A learned source: the document and the sentence the fact was read from, to quote and to open.
        w.field("document", s->document).field("quote", s->quote);
        w.key("sentence").begin_array().unsigned_integer(s->start).unsigned_integer(s->end).end_array();
      }
      w.end_object();
    } else {
      w.null();
    }
    w.field("start", offset(c.start));
    w.field("text", text.substr(c.start, c.end - c.start));
    w.field("verdict", to_string(c.verdict));
    w.end_object();
  }
  w.end_array();
  w.key("factbase");
  write_factbase_info(w, facts, false);
  w.key("summary").begin_object();
  w.field("contradicted", report.contradicted).field("outdated", report.outdated);
  w.field("supported", report.supported).field("unverified", report.unverified);
  w.end_object();
  // What the reader's view calls each verdict: "Not in the sources" when the base was learned from documents.
  w.key("verdict_names").begin_object();
  for (Verdict v : {Verdict::contradicted, Verdict::outdated, Verdict::supported, Verdict::unverified}) {
    w.field(to_string(v), verdict_name(v, facts.basis()));
  }
  w.end_object().end_object();
  return w.take();
}

void write_factbase_info(JsonWriter& w, const FactBase& facts, bool counts) {
  w.begin_object().field("basis", to_string(facts.basis())).field("checksum", facts.checksum());
  if (counts) w.field("entities", facts.entities().size());
  w.field("facts", facts.facts().size()).key("layers").begin_array();
  for (const FactBaseLayer& l : facts.layers()) {
    w.begin_object().field("checksum", l.checksum).field("facts", l.facts).field("name", l.name);
    w.field("version", l.version).end_object();
  }
  w.end_array().field("name", facts.name());
  if (counts) w.field("predicates", facts.predicates().size()).field("sources", facts.sources().size());
  w.field("version", facts.version()).end_object();
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
