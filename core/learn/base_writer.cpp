// The writing half of the learner: what learner.cpp read out of the sources, as a fact base in the
// documented format. Roles become one fact per organisation and role; figures restated by later sources
// become series whose latest value is current.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "learn/learned.hpp"
#include "learn/names.hpp"
#include "learn/roles.hpp"
#include "model/comparator.hpp"
#include "text/tokens.hpp"

namespace factcheck {

namespace {

using Json = nlohmann::ordered_json;

// The month a YYYY-MM-DD date falls in, or its year on the first of a month; "" on the first of January
// or for an undated source: a period that starts before the date.
std::string coarser_date(const std::string& date) {
  if (date.size() != 10) return "";
  if (date.compare(8, 2, "01") != 0) return date.substr(0, 7);
  if (date.compare(5, 2, "01") != 0) return date.substr(0, 4);
  return "";
}

void roles_json(const LearnedParts& p, Json& predicates, Json& facts) {
  // One fact per organisation and role; holders named by sources of different dates make a series, the
  // latest current.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<const LearnedRole*>> by_role;
  for (const LearnedRole& r : p.roles)
    if (!p.ended_roles.count({r.doc, r.person})) by_role[{r.organisation, r.kind}].push_back(&r);
  std::set<std::size_t> kinds;
  for (const auto& [key, holders] : by_role) {
    // The holders each date names. A holder who takes the role up there ("will serve as", "took over
    // as") follows the one other holder that date names, whom they replace; otherwise one date naming
    // two holders (co-chiefs, or a misread) gives no fact at all.
    std::map<std::string, std::vector<const LearnedRole*>> by_date;
    for (const LearnedRole* r : holders) by_date[p.docs[r->doc].date].push_back(r);
    if (by_date.size() > 1 && by_date.count("")) by_date.erase("");
    bool unclear = false;
    std::vector<std::pair<const LearnedRole*, std::string>> series;  // holder, as of
    for (const auto& [date, named] : by_date) {
      const LearnedRole *taker = nullptr, *replaced = nullptr;
      for (const LearnedRole* r : named) {
        if (!r->takes_up) continue;
        if (!taker) taker = r;
        unclear = unclear || r->person != taker->person;
      }
      for (const LearnedRole* r : named) {
        if (taker && r->person == taker->person) continue;
        if (!replaced) replaced = r;
        unclear = unclear || r->person != replaced->person;
      }
      // The one replaced is dated by the month or year the date falls in, which starts before it
      // ("as of 2025-07": held then); undated, or on the first of January, they are left out.
      std::string before = replaced && taker ? coarser_date(date) : date;
      if (taker && before.empty()) replaced = nullptr;
      for (const auto& [r, as_of] : {std::pair{replaced, before}, std::pair{taker ? taker : replaced, date}})
        if (r && (series.empty() || series.back().first->person != r->person)) series.push_back({r, as_of});
    }
    if (unclear || series.empty()) continue;
    const LearnedRole& latest = *series.back().first;
    // "following the departure of Dawn Fairlie" in a later source: the sources no longer say who holds it.
    const bool left_later = std::any_of(p.ended_roles.begin(), p.ended_roles.end(), [&](const auto& e) {
      return e.second == latest.person && p.docs[e.first].date > p.docs[latest.doc].date;
    });
    if (left_later) continue;
    Json fact = {{"id", "role-" + std::to_string(key.first) + "-" + role_kinds()[key.second].id},
                 {"subject", p.entities[key.first].id},
                 {"predicate", role_kinds()[key.second].id}};
    if (series.size() == 1) {
      fact["value"] = {{"entity", p.entities[latest.person].id}};
    } else {
      Json values = Json::array();
      for (const auto& [r, as_of] : series)
        values.push_back({{"entity", p.entities[r->person].id}, {"as_of", as_of}, {"source", r->source}});
      fact["values"] = std::move(values);
    }
    fact["source"] = latest.source;
    facts.push_back(std::move(fact));
    kinds.insert(key.second);
  }
  for (std::size_t k : kinds)
    predicates.push_back({{"id", role_kinds()[k].id},
                          {"label", role_kinds()[k].label},
                          {"value", "role"},
                          {"cues", role_kinds()[k].cues}});
}

void members_json(const LearnedParts& p, Json& predicates, Json& facts) {
  // Each group's members as its latest source lists them; a group listed two ways on that date (by one
  // document or two) is left out: the sources do not say which list is right.
  std::map<std::size_t, const LearnedMembers*> latest;
  std::set<std::size_t> unsure;
  for (const LearnedMembers& m : p.members) {
    const LearnedMembers*& l = latest[m.group];
    if (l && p.docs[m.doc].date == p.docs[l->doc].date && m.members != l->members) unsure.insert(m.group);
    if (l && p.docs[m.doc].date > p.docs[l->doc].date) unsure.erase(m.group);
    if (!l || p.docs[m.doc].date >= p.docs[l->doc].date) l = &m;
  }
  for (std::size_t g : unsure) latest.erase(g);
  if (latest.empty()) return;
  for (const auto& entry : latest) {
    Json ids = Json::array();
    for (std::size_t e : entry.second->members) ids.push_back(p.entities[e].id);
    facts.push_back({{"id", "members-" + p.entities[entry.first].id},
                     {"subject", p.entities[entry.first].id},
                     {"predicate", "members"},
                     {"value", {{"members", std::move(ids)}}},
                     {"source", entry.second->source}});
  }
  predicates.push_back(
      {{"id", "members"},
       {"label", "members"},
       {"value", "members"},
       {"cues", {"joint venture", "venture", "consortium", "coalition", "alliance", "jointly owned"}}});
}

Json value_json(const LearnedFact& f, const std::string& kind, const std::string& as_of) {
  Json v;
  if (f.q.kind == QuantityKind::date) {  // "until 2030"
    v["date"] = f.q.date;
    if (f.q.comparator != Comparator::none) v["comparator"] = to_string(f.q.comparator);
    if (!as_of.empty()) v["as_of"] = as_of;
    return v;
  }
  const bool range = f.q.comparator == Comparator::range;
  v["amount"] = range ? f.q.range_low : f.q.value;
  if (range) v["high"] = f.q.range_high;
  v["unit"] = f.q.unit;
  // The source's comparator as stated: "at least €1.10 a share" admits what it admits.
  if (f.q.comparator != Comparator::none) v["comparator"] = to_string(f.q.comparator);
  // No step: the source's figure is exact, and a rewrite's own rounding is its claim's tolerance
  // ("$1.8bn" admits $1.82 billion), while "seven" does not touch "six" at 6.5.
  if (!as_of.empty()) v["as_of"] = as_of;
  (void)kind;
  return v;
}

// "Odell" for "Malcolm Odell", and "Jordi Casals" for "Jordi Casals Roura" (a first and first surname):
// the short forms of each role holder's name that no other name shares, so that a draft that names the
// holder so ("CEO ODELL", "the new director general, Jordi Casals") is read as naming them.
std::map<std::size_t, std::vector<std::string>> short_names(const LearnedParts& p) {
  std::map<std::string, int> uses;  // name key -> how many entities it could name
  const auto count = [&](const std::string& name) {
    const std::string key = name_key(name);
    ++uses[key];
    const std::size_t space = key.rfind(' ');
    if (space == std::string::npos) return;
    ++uses[key.substr(space + 1)];
    if (key.find(' ') != space) ++uses[key.substr(0, space)];
  };
  for (const LearnedEntity& e : p.entities) {
    count(e.name);
    for (const std::string& a : e.aliases) count(a);
  }
  std::map<std::size_t, std::vector<std::string>> out;
  for (const LearnedRole& r : p.roles) {
    const std::string& name = p.entities[r.person].name;
    const std::size_t space = name.rfind(' ');
    if (space == std::string::npos || p.entities[r.person].type != "person" || out.count(r.person)) continue;
    std::vector<std::string>& shorts = out[r.person];
    const std::string surname = name.substr(space + 1);
    if (surname.size() > 2 && uses[name_key(surname)] == 1) shorts.push_back(surname);
    // (Three words or more, the last a surname, not "Jr." or "III".)
    const std::string front = name.substr(0, space);
    if (front.find(' ') != std::string::npos && surname.size() > 3 && uses[name_key(front)] == 1)
      shorts.push_back(front);
  }
  return out;
}

// "Deshmukh" for "Deshmukh Constructions": the first word of each organisation's name of two words or
// more that no other name starts with or is, so that a draft that names it so ("in which Deshmukh holds
// 40 per cent") is read as naming it. Not a word many names share (generic_name_word(): "National", "Asia").
std::map<std::size_t, std::string> first_words(const LearnedParts& p) {
  std::map<std::string, int> uses;  // name key -> how many entities it could name
  for (const LearnedEntity& e : p.entities) {
    // Every word of every name: "County" of "County Administrator Renee Calloway" is Larch County's too.
    const std::string key = name_key(e.name);
    if (key.find(' ') != std::string::npos) ++uses[key];
    std::size_t from = 0;
    for (std::size_t space = key.find(' '); from < key.size(); space = key.find(' ', from)) {
      ++uses[key.substr(from, space == std::string::npos ? std::string::npos : space - from)];
      if (space == std::string::npos) break;
      from = space + 1;
    }
    for (const std::string& a : e.aliases) ++uses[name_key(a)];
  }
  std::map<std::size_t, std::string> out;
  for (std::size_t i = 0; i < p.entities.size(); ++i) {
    const LearnedEntity& e = p.entities[i];
    const std::size_t space = e.name.find(' ');
    if (e.type != "organization" || space == std::string::npos) continue;
    const std::string first = e.name.substr(0, space);
    const std::string key = name_key(first);
    if (first.size() >= 4 && uses[key] == 1 && !generic_name_word(key) && first[0] >= 'A' && first[0] <= 'Z')
      out[i] = first;
  }
  return out;
}

}  // namespace

std::string fact_base_json(const LearnedParts& p) {
  Json base;
  base["name"] = p.name;
  base["version"] = "1.0.0";
  base["description"] = "Learned from " + std::to_string(p.docs.size()) + " source" +
                        (p.docs.size() == 1 ? "" : "s") + " by factcheck learn.";
  base["sources"] = p.sources;
  Json entities = Json::array();
  const std::map<std::size_t, std::vector<std::string>> short_name = short_names(p);
  const std::map<std::size_t, std::string> first_word = first_words(p);
  // No alias names two entities (the loader refuses a base where one does): each key, as the loader
  // normalises it, belongs to the entity whose name it is, else to the first that takes it as an alias.
  std::map<std::string, std::size_t> owner;
  for (std::size_t i = 0; i < p.entities.size(); ++i) owner.emplace(normalize(p.entities[i].name), i);
  for (std::size_t i = 0; i < p.entities.size(); ++i) {
    const LearnedEntity& e = p.entities[i];
    Json j = {{"id", e.id}, {"name", e.name}, {"type", e.type}};
    std::vector<std::string> aliases;
    std::vector<std::string> candidates = e.aliases;
    if (short_name.count(i))
      candidates.insert(candidates.end(), short_name.at(i).begin(), short_name.at(i).end());
    if (first_word.count(i)) candidates.push_back(first_word.at(i));
    for (const std::string& a : candidates)
      if (owner.emplace(normalize(a), i).first->second == i) aliases.push_back(a);
    if (!aliases.empty()) j["aliases"] = aliases;
    entities.push_back(std::move(j));
  }
  base["entities"] = std::move(entities);
  Json predicates = Json::array();
  for (const auto& [id, p] : p.predicates) {
    // Never an empty cue, which the loader refuses (and every check with it): a reading that leaves a
    // governing word empty loses only that cue.
    std::vector<std::string> cues;
    for (const std::string& c : p.cues)
      if (!c.empty()) cues.push_back(c);
    if (cues.empty()) cues.push_back(p.id);
    predicates.push_back({{"id", p.id}, {"label", p.label}, {"value", p.kind}, {"cues", cues}});
  }
  Json facts = Json::array();
  roles_json(p, predicates, facts);
  members_json(p, predicates, facts);
  base["predicates"] = std::move(predicates);
  for (std::size_t i = 0; i < p.facts.size(); ++i) {
    const LearnedFact& f = p.facts[i];
    if (f.merged) continue;
    const std::string kind = p.predicates.at(f.predicate).kind;
    Json j = {{"id", f.source + "-" + std::to_string(f.q.start)},
              {"subject", p.entities[f.subject].id},
              {"predicate", f.predicate}};
    if (f.object != SIZE_MAX) j["object"] = p.entities[f.object].id;
    if (!f.context.empty()) {
      // A context word stands for its family: "expects" for "guidance", "outlook" and "sees" too.
      std::vector<std::string> context;
      for (const std::string& w : f.context)
        for (const std::string& same : cue_family(w))
          if (std::find(context.begin(), context.end(), same) == context.end()) context.push_back(same);
      j["context"] = context;
    }
    if (f.revised_by != SIZE_MAX) {
      const LearnedFact& revision = p.facts[f.revised_by];
      Json first = value_json(f, kind, p.docs[f.doc].date);
      first["source"] = f.source;
      Json latest = value_json(revision, kind, p.docs[revision.doc].date);
      latest["source"] = revision.source;
      j["values"] = Json::array({std::move(first), std::move(latest)});
    } else if (f.earlier.empty()) {
      j["value"] = value_json(f, kind, "");
    } else {
      Json values = Json::array();
      for (std::size_t e : f.earlier) {
        Json v = value_json(p.facts[e], kind, p.docs[p.facts[e].doc].date);
        v["source"] = p.facts[e].source;
        values.push_back(std::move(v));
      }
      values.push_back(value_json(f, kind, p.docs[f.doc].date));
      j["values"] = std::move(values);
    }
    if (!f.when.empty() && f.revised_by == SIZE_MAX) j["when"] = f.when;
    j["source"] = f.source;
    facts.push_back(std::move(j));
  }
  base["facts"] = std::move(facts);
  return base.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string shortened(std::string_view s, std::size_t max) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() <= max) return out;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  const std::size_t space = out.rfind(' ', cut);
  if (space != std::string::npos && space > max / 2) cut = space;
  return out.substr(0, cut) + "…";
}

}  // namespace factcheck
