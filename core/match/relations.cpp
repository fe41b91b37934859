// Stage 4a: relational claims. Membership ("a joint venture between OpenAI, SoftBank and Oracle"),
// roles ("OpenAI CEO Sam Altman", "Satya Nadella, Microsoft's chief executive") and ranks ("the
// largest investor in OpenAI"), found around the cues of the fact base's relational predicates.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "match/relations.hpp"

namespace factcheck {
namespace {

bool one_of(const Token& t, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), t.norm) != words.end();
}

// Capitalised words that start a sentence or a clause without naming anyone.
bool is_function_word(const Token& t) {
  return one_of(t, {"the", "a",         "an",   "and",   "or",   "but",  "in", "on", "at",  "for",  "with",
                    "its", "his",       "her",  "their", "this", "that", "it", "he", "she", "they", "chief",
                    "ceo", "executive", "says", "said",  "as",   "of",   "by", "to", "from"});
}

class RelationFinder {
 public:
  RelationFinder(const SentenceView& view, const FactBase& facts) : v_(view), facts_(facts) {}

  std::vector<Claim> run() {
    const std::vector<CueMention>& cues = v_.cues;
    for (std::size_t i = 0; i < cues.size();) {
      // The cues found on one span: several when fact bases stacked with --add-facts share a cue phrase
      // ("consortium", "chair"). The first predicate whose facts judge the claim wins; if none does, the
      // last one's unjudged claim stays.
      std::size_t j = i + 1;
      while (j < cues.size() && cues[j].first_token == cues[i].first_token &&
             cues[j].last_token == cues[i].last_token)
        ++j;
      for (std::size_t k = i; k < j && !taken(cues[k].first_token, cues[k].last_token); ++k) {
        const std::size_t claims = claims_.size(), spans = spans_.size();
        relate(cues[k]);
        if (k + 1 == j || (claims_.size() > claims && claims_.back().fact)) break;
        claims_.erase(claims_.begin() + static_cast<std::ptrdiff_t>(claims), claims_.end());
        spans_.erase(spans_.begin() + static_cast<std::ptrdiff_t>(spans), spans_.end());
      }
      i = j;
    }
    return std::move(claims_);
  }

 private:
  struct Name {
    NamedThing thing;
    std::size_t first = 0, last = 0;  // token range
  };

  void relate(const CueMention& cue) {
    switch (cue.predicate->value) {
      case ValueKind::role:
        role(cue);
        break;
      case ValueKind::members:
        members(cue);
        break;
      case ValueKind::rank:
        rank(cue);
        break;
      default:
        break;
    }
  }

  const Token& tok(std::size_t i) const { return v_.tokens[i]; }
  std::size_t begin() const { return v_.sentence.first_token; }
  std::size_t end() const { return v_.sentence.last_token; }
  bool in(std::size_t i) const { return i >= begin() && i < end(); }

  // The entity mention that starts (ends) at token i, if any. Mentions never overlap, so there is one
  // at most; a sentence has a few, so a scan rather than an index built for every sentence.
  const EntityMention* starting_at(std::size_t i) const {
    for (const EntityMention& m : v_.entities)
      if (m.first_token == i) return &m;
    return nullptr;
  }
  const EntityMention* ending_at(std::size_t i) const {
    for (const EntityMention& m : v_.entities)
      if (m.last_token == i) return &m;
    return nullptr;
  }

  bool taken(std::size_t first, std::size_t last) const {
    for (auto [a, b] : spans_)
      if (first < b && last > a) return true;
    return false;
  }

  // An entity, or up to three capitalised words the fact base does not know, starting at token i.
  std::optional<Name> name_at(std::size_t i) const {
    if (!in(i)) return std::nullopt;
    if (const EntityMention* m = starting_at(i)) return from_mention(v_, m);
    std::size_t j = i;
    while (j < end() && j - i < 3 && tok(j).is_word() && v_.capitalized(j) && !is_function_word(tok(j)) &&
           !starting_at(j))
      ++j;
    if (j == i) return std::nullopt;
    return Name{{std::string(v_.text.substr(tok(i).start, tok(j - 1).end - tok(i).start)), nullptr}, i, j};
  }

  // The entity mention that ends right before token i, skipping a possessive "'s".
  const EntityMention* entity_before(std::size_t i, bool skip_possessive) const {
    if (skip_possessive && i > begin() && tok(i - 1).is("'s")) --i;
    return ending_at(i);
  }

  static Name from_mention(const SentenceView& v, const EntityMention* m) {
    return Name{
        {std::string(v.text.substr(m->start, m->end - m->start)), m->entity}, m->first_token, m->last_token};
  }

  void add(Claim claim, std::size_t first, std::size_t last) {
    claim.start = tok(first).start;
    claim.end = tok(last - 1).end;
    // The value a bound claim is compared with: relations have no history but a role's earlier holders.
    if (claim.fact) claim.value = &claim.fact->value;
    spans_.push_back({first, last});
    claims_.push_back(std::move(claim));
  }

  // "OpenAI CEO Sam Altman", "Microsoft's chief executive, Satya Nadella", "Satya Nadella, Microsoft's
  // CEO", "the chief executive of OpenAI, Sam Altman".
  void role(const CueMention& cue) {
    std::optional<Name> org, person;
    std::size_t after = cue.last_token;
    if (const EntityMention* m = entity_before(cue.first_token, true); m && !m->entity->is_person()) {
      org = from_mention(v_, m);
    } else if (in(after) && tok(after).is("of")) {
      auto n = name_at(after + 1);
      if (n && n->thing.entity && !n->thing.entity->is_person()) {
        org = n;
        after = n->last;
      }
    }
    if (!org) return;
    std::size_t p = after;
    if (in(p) && tok(p).is(",")) ++p;
    // A person the base does not know needs a first and a last name: in a title-case headline,
    // "Microsoft CEO Warns" names nobody.
    if (auto n = name_at(p); n && (n->thing.entity ? n->thing.entity->is_person() : n->last - n->first >= 2))
      person = n;
    if (!person) {
      // The person before: "Satya Nadella, Microsoft's CEO" or "Nadella, the CEO of Microsoft".
      std::size_t q = std::min(org->first, cue.first_token);
      if (q > begin() && tok(q - 1).is("the")) --q;
      if (q > begin() && tok(q - 1).is(",")) {
        const EntityMention* m = ending_at(q - 1);
        if (m && m->entity->is_person()) person = from_mention(v_, m);
      }
    }
    if (!person) return;
    RelationClaim rel;
    rel.relation = ValueKind::role;
    rel.predicate = cue.predicate;
    rel.subject = org->thing;
    rel.object = person->thing;
    Claim claim;
    claim.relation = rel;
    for (std::size_t fi : facts_.facts_for(cue.predicate->id, org->thing.entity->id)) {
      const Fact& f = facts_.facts()[fi];
      claim.fact = &f;
      const bool same = person->thing.entity && person->thing.entity->id == f.value.entity;
      claim.verdict = same ? Verdict::supported : Verdict::contradicted;
      if (same) break;
      // A former holder of the role: "OpenAI CEO Jane Doe" after she stepped down.
      for (const FactValue& v : f.earlier) {
        if (person->thing.entity && person->thing.entity->id == v.entity) {
          claim.verdict = Verdict::outdated;
          claim.earlier = &v;
        }
      }
      if (claim.verdict == Verdict::outdated) break;
    }
    const std::size_t first = std::min({org->first, cue.first_token, person->first});
    const std::size_t last = std::max({org->last, cue.last_token, person->last});
    add(std::move(claim), first, last);
  }

  // A list of two or more names joined by commas and "and", starting at token i.
  std::vector<Name> list_at(std::size_t i, std::size_t& stop) const {
    std::vector<Name> items;
    stop = i;
    auto n = name_at(i);
    while (n) {
      items.push_back(*n);
      stop = n->last;
      std::size_t j = n->last;
      if (in(j) && tok(j).is(",")) ++j;
      if (in(j) && (tok(j).is("and") || tok(j).is("&"))) ++j;
      if (j == n->last) break;
      n = name_at(j);
    }
    return items;
  }

  // "a joint venture between OpenAI, SoftBank and Oracle", "OpenAI, SoftBank and Oracle formed a joint
  // venture", "the venture brings together SoftBank, OpenAI and Oracle": the list nearest the cue.
  void members(const CueMention& cue) {
    std::vector<Name> list;
    std::size_t best_distance = 0;
    for (std::size_t s = begin(); s < end();) {
      std::size_t e = s;
      auto items = list_at(s, e);
      const bool known =
          std::any_of(items.begin(), items.end(), [](const Name& n) { return n.thing.entity; });
      if (items.size() >= 2 && known && !taken(s, e)) {
        const std::size_t d = e <= cue.first_token  ? cue.first_token - e
                              : s >= cue.last_token ? s - cue.last_token
                                                    : 0;
        if (list.empty() || d < best_distance) {
          list = items;
          best_distance = d;
        }
      }
      s = items.empty() ? s + 1 : e;
    }
    if (list.size() < 2) return;
    // The venture: one named in the sentence that has a members fact, else the best overlap.
    const Fact* best = nullptr;
    std::size_t best_overlap = 0;
    for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
      const Fact& f = facts_.facts()[fi];
      std::size_t overlap = 0;
      for (const Name& n : list)
        if (n.thing.entity && std::count(f.value.members.begin(), f.value.members.end(), n.thing.entity->id))
          ++overlap;
      const bool venture_named =
          std::any_of(v_.entities.begin(), v_.entities.end(),
                      [&](const EntityMention& m) { return m.entity->id == f.subject; });
      if (venture_named) overlap += 100;
      if (overlap > best_overlap) {
        best = &f;
        best_overlap = overlap;
      }
    }
    RelationClaim rel;
    rel.relation = ValueKind::members;
    rel.predicate = cue.predicate;
    for (const Name& n : list) rel.members.push_back(n.thing);
    Claim claim;
    claim.relation = rel;
    if (best && best_overlap >= 2) {
      claim.fact = best;
      claim.relation->subject = {"", facts_.entity(best->subject)};
      std::set<std::string> named;
      for (const Name& n : list)
        if (n.thing.entity) named.insert(n.thing.entity->id);
      // Right when every member is named and nobody else, optional members aside.
      const FactValue& v = best->value;
      const bool all_named = std::all_of(v.members.begin(), v.members.end(),
                                         [&](const std::string& id) { return named.count(id); });
      const bool none_extra = std::all_of(list.begin(), list.end(), [&](const Name& n) {
        return n.thing.entity &&
               (std::count(v.members.begin(), v.members.end(), n.thing.entity->id) ||
                std::count(v.optional_members.begin(), v.optional_members.end(), n.thing.entity->id));
      });
      claim.verdict = all_named && none_extra ? Verdict::supported : Verdict::contradicted;
    }
    add(std::move(claim), list.front().first, list.back().last);
    spans_.push_back({cue.first_token, cue.last_token});
  }

  // "Microsoft is the largest investor in OpenAI", "OpenAI's second-largest backer, SoftBank".
  void rank(const CueMention& cue) {
    static const std::map<std::string_view, int> kOrdinals = {{"second", 2}, {"third", 3}, {"fourth", 4},
                                                              {"fifth", 5},  {"2nd", 2},   {"3rd", 3}};
    std::size_t s = cue.first_token;
    if (s > begin() && tok(s - 1).is("single")) --s;
    if (!(s > begin() &&
          one_of(tok(s - 1), {"largest", "biggest", "top", "leading", "main", "largest-ever"})))
      return;
    --s;
    int rank = 1;
    if (s > begin() && tok(s - 1).is("-")) --s;
    if (s > begin() && kOrdinals.count(tok(s - 1).norm)) {
      rank = kOrdinals.at(tok(s - 1).norm);
      --s;
    }
    // Whom the investing is in: "in OpenAI", "of OpenAI", "OpenAI's largest investor".
    const EntityMention* object = nullptr;
    std::size_t after = cue.last_token;
    if (in(after) && one_of(tok(after), {"in", "of", "to"})) {
      const EntityMention* m = starting_at(after + 1);
      if (m && !m->entity->is_person()) object = m;
    }
    std::size_t lead = s;
    if (lead > begin() && tok(lead - 1).is("the")) --lead;
    if (!object) {
      if (const EntityMention* m = entity_before(lead, true); m && lead > begin() && tok(lead - 1).is("'s"))
        object = m;
    }
    if (!object) {
      // "the largest investor in the company": the sentence's entity that has investors on record.
      for (const EntityMention& m : v_.entities) {
        for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
          if (facts_.facts()[fi].object == m.entity->id) object = &m;
        }
        if (object) break;
      }
    }
    if (!object) return;
    // Who holds the rank: the nearest entity before the phrase, else the first after it.
    const EntityMention* subject = nullptr;
    std::optional<Name> unknown;
    for (const EntityMention& m : v_.entities) {
      if (m.entity == object->entity || m.entity->is_person() || m.last_token > lead) continue;
      subject = &m;
    }
    {
      // A name the base does not know, right before "is the largest": "Google is the largest ...".
      std::size_t k = lead;
      while (k > begin() && one_of(tok(k - 1), {"is", "was", "remains", "became", "has", "become", "now",
                                                "still", "also", ","}))
        --k;
      if (k < lead && k > begin() && !ending_at(k)) {
        std::size_t b = k;
        while (b > begin() && tok(b - 1).is_word() && v_.capitalized(b - 1) &&
               !is_function_word(tok(b - 1)) && k - b < 3)
          --b;
        if (b < k) unknown = name_at(b);
      }
    }
    if (!subject && !unknown) {
      for (const EntityMention& m : v_.entities) {
        if (m.entity != object->entity && !m.entity->is_person() && m.first_token >= cue.last_token) {
          subject = &m;
          break;
        }
      }
    }
    if (!subject && !unknown) return;
    RelationClaim rel;
    rel.relation = ValueKind::rank;
    rel.predicate = cue.predicate;
    rel.subject = unknown ? unknown->thing : NamedThing{"", subject->entity};
    rel.object = {"", object->entity};
    rel.rank = rank;
    Claim claim;
    claim.relation = rel;
    for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
      const Fact& f = facts_.facts()[fi];
      if (f.object != object->entity->id) continue;
      const bool holder = rel.subject.entity && rel.subject.entity->id == f.subject;
      if (f.value.rank == rank || holder) {
        claim.fact = &f;
        claim.verdict = holder && f.value.rank == rank ? Verdict::supported : Verdict::contradicted;
        if (claim.verdict == Verdict::supported) break;
      }
    }
    add(std::move(claim), s, cue.last_token);
  }

  const SentenceView& v_;
  const FactBase& facts_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  std::vector<Claim> claims_;
};

}  // namespace

std::vector<Claim> find_relation_claims(const SentenceView& view, const FactBase& facts) {
  // Most sentences have no cue of a relational predicate: no finder, and no index of its entities, then.
  const bool relational = std::any_of(view.cues.begin(), view.cues.end(), [](const CueMention& c) {
    const ValueKind kind = c.predicate->value;
    return kind == ValueKind::role || kind == ValueKind::members || kind == ValueKind::rank;
  });
  if (!relational) return {};
  return RelationFinder(view, facts).run();
}

}  // namespace factcheck
