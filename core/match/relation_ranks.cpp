// The relation finder's rank reader: a rank cue of the fact base ("investor", "backer") after "largest",
// "second-largest", "top", with whom the investing is in and who holds the rank: "Microsoft is the
// largest investor in OpenAI", "OpenAI's second-largest backer, SoftBank".
#include <map>
#include <optional>
#include <string_view>

#include "match/relation_finder.hpp"

namespace factcheck {

namespace {

// Copulas and the like between a name and what is said of it: "is", "has become", "remains".
bool is_linking_word(const Token& t) {
  return token_is(
      t, {"is",     "was",   "are",   "were",   "remains", "remained", "became",    "become", "has",    "had",
          "have",   "been",  "be",    "now",    "still",   "also",     "currently", "the",    "not",    "no",
          "longer", "never", "isn't", "wasn't", "aren't",  "hasn't",   "ceased",    "to",     "anymore"});
}

}  // namespace

// What the words around a rank cue say, as far as read: each step reads on from the last.
struct RelationFinder::RankReading {
  std::size_t s = 0;                       // where the rank's words start: "second-largest", "single largest"
  int rank = 1;                            // 1 for the largest, 2 for the second-largest
  std::size_t lead = 0;                    // s, or its article: "the largest"
  const EntityMention* object = nullptr;   // whom the investing is in
  EntityMention unnamed;                   // the object when the sentence does not name it
  const EntityMention* subject = nullptr;  // who holds the rank: an entity the base knows,
  std::optional<Name> unknown;             // or a name it does not
};

// "Microsoft is the largest investor in OpenAI", "OpenAI's second-largest backer, SoftBank", "Microsoft
// is no longer OpenAI's largest investor".
void RelationFinder::rank(const CueMention& cue) {
  static const std::map<std::string_view, int> kOrdinals = {{"second", 2}, {"third", 3}, {"fourth", 4},
                                                            {"fifth", 5},  {"2nd", 2},   {"3rd", 3}};
  RankReading r;
  r.s = cue.first_token;
  if (r.s > begin() && tok(r.s - 1).is("single")) --r.s;
  // And in translated copy: "der größte Geldgeber", "principal investisseur", "premier actionnaire",
  // "mayor inversor", "maggiore investitore".
  if (!(r.s > begin() && token_is(tok(r.s - 1), {"largest", "biggest", "top", "leading", "main",
                                                 "largest-ever", "größte", "größter", "grösste", "principal",
                                                 "premier", "mayor", "maggiore", "principale", "primo"})))
    return;
  --r.s;
  if (r.s > begin() && tok(r.s - 1).is("-")) --r.s;
  if (r.s > begin() && kOrdinals.count(tok(r.s - 1).norm)) {
    r.rank = kOrdinals.at(tok(r.s - 1).norm);
    --r.s;
  }
  if (!rank_object(cue, r)) return;
  if (!rank_holder(cue, r)) return;
  add(rank_judged(cue, r), r.s, cue.last_token);
}

// Whom the investing is in: named after the cue or before it, the one the sentence refers back to, or the
// one the base records the holder's rank for. False when none.
bool RelationFinder::rank_object(const CueMention& cue, RankReading& r) const {
  // Whom the investing is in: "in OpenAI", "of OpenAI", "OpenAI's largest investor".
  std::size_t after = cue.last_token;
  if (in(after) && token_is(tok(after), {"in", "of", "to"})) {
    const EntityMention* m = starting_at(after + 1);
    if (m && !m->entity->is_person()) r.object = m;
  }
  r.lead = r.s;
  if (r.lead > begin() && tok(r.lead - 1).is("the")) --r.lead;
  if (!r.object) {
    if (const EntityMention* m = entity_before(r.lead, true);
        m && r.lead > begin() && tok(r.lead - 1).is("'s"))
      r.object = m;
  }
  if (!r.object) {
    // "the largest investor in the company": the sentence's entity that has investors on record, or
    // the one it refers back to ("Largest investor ...... Microsoft" under "OpenAI key numbers").
    for (const auto* list : {&v_.entities, &v_.antecedents}) {
      for (const EntityMention& m : *list) {
        for (std::size_t fi : facts_.facts_with(cue.predicate->id))
          if (facts_.facts()[fi].object == m.entity->id) r.object = &m;
        if (r.object) break;
      }
      if (r.object) break;
    }
  }
  // "msft is still the largest investor", with no one else named: the one organisation the holder's
  // rank is on record for.
  if (!r.object) {
    const EntityMention* holder = nullptr;
    for (const EntityMention& m : v_.entities)
      if (!m.entity->is_person() && m.last_token <= r.s) holder = &m;
    const Entity* only = nullptr;
    int objects = 0;
    if (holder)
      for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
        const Fact& f = facts_.facts()[fi];
        const Entity* o = facts_.entity(f.object);
        if (f.subject != holder->entity->id || !o || o == only) continue;
        only = o;
        ++objects;
      }
    if (objects == 1) {
      r.unnamed = EntityMention{cue.first_token, cue.first_token, tok(cue.first_token).start,
                                tok(cue.first_token).start, only};
      r.object = &r.unnamed;
    }
  }
  return r.object != nullptr;
}

// Who holds the rank: the nearest entity before the phrase, or a name the base does not know right before
// it, else the first entity after it. False when none.
bool RelationFinder::rank_holder(const CueMention& cue, RankReading& r) const {
  // One set aside is not the holder: "SoftBank, which, rather than Microsoft, is now OpenAI's largest
  // investor", "SoftBank, not Microsoft, is ...".
  const auto set_aside = [&](const EntityMention& m) {
    const std::size_t b = m.first_token;
    return (b > begin() + 1 && ((tok(b - 1).is("than") && tok(b - 2).is("rather")) ||
                                (tok(b - 1).is("of") && tok(b - 2).is("instead")))) ||
           (b > begin() && tok(b - 1).is("not")) ||
           // "SoftBank has overtaken Microsoft as OpenAI's largest investor": the one overtaken.
           (b > begin() && m.last_token < end() && tok(m.last_token).is("as") &&
            token_is(tok(b - 1), {"overtaken", "overtook", "overtakes", "overtake", "surpassed", "surpasses",
                                  "replaced", "replaces", "displaced", "displaces", "unseated", "dethroned",
                                  "supplanted", "supplants", "ousted", "eclipsed", "eclipses"}));
  };
  for (const EntityMention& m : v_.entities) {
    if (m.entity == r.object->entity || m.entity->is_person() || m.last_token > r.lead || set_aside(m))
      continue;
    r.subject = &m;
  }
  std::size_t k = r.lead;
  while (k > begin() && (is_linking_word(tok(k - 1)) || tok(k - 1).is(","))) --k;
  {
    // A name the base does not know, right before "is the largest": "Google is the largest ...".
    if (k < r.lead && k > begin() && !ending_at(k)) {
      std::size_t b = k;
      while (b > begin() && tok(b - 1).is_word() && v_.capitalized(b - 1) && !is_function_word(tok(b - 1)) &&
             k - b < 3)
        --b;
      if (b < k) r.unknown = name_at(b);
    }
  }
  if (!r.subject && !r.unknown) {
    for (const EntityMention& m : v_.entities) {
      if (m.entity != r.object->entity && !m.entity->is_person() && m.first_token >= cue.last_token) {
        r.subject = &m;
        break;
      }
    }
  }
  return r.subject || r.unknown;
}

// The rank claim, judged.
Claim RelationFinder::rank_judged(const CueMention& cue, const RankReading& r) const {
  RelationClaim rel;
  rel.relation = ValueKind::rank;
  rel.predicate = cue.predicate;
  rel.subject = r.unknown ? r.unknown->thing : NamedThing{"", r.subject->entity};
  rel.object = {"", r.object->entity};
  rel.rank = r.rank;
  Claim claim;
  claim.relation = rel;
  // The words between the holder and the rank: "is no longer", "has ceased to be".
  const std::size_t holder_end = r.unknown ? r.unknown->last : r.subject->last_token;
  claim.polarity = holder_end <= r.lead ? polarity_between(v_, holder_end, r.lead) : Polarity::asserted;
  // The fact that settles it: the holder's own rank if it is the one said, else whoever holds the rank
  // said, else the holder's own.
  const Fact *exact = nullptr, *holder_fact = nullptr, *rank_fact = nullptr;
  for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
    const Fact& f = facts_.facts()[fi];
    if (f.object != r.object->entity->id) continue;
    const bool holder = rel.subject.entity && rel.subject.entity->id == f.subject;
    if (holder && f.value.rank == r.rank) exact = &f;
    if (holder && !holder_fact) holder_fact = &f;
    if (f.value.rank == r.rank && !rank_fact) rank_fact = &f;
  }
  claim.fact = exact ? exact : rank_fact ? rank_fact : holder_fact;
  if (claim.fact) {
    const bool right = exact != nullptr;
    switch (claim.polarity) {
      case Polarity::asserted:
        claim.verdict = right ? Verdict::supported : Verdict::contradicted;
        break;
      case Polarity::negated:
        claim.verdict = right ? Verdict::contradicted : Verdict::supported;
        break;
      case Polarity::ceased:  // the base keeps no history of ranks: only the current holder is judged
        if (right) {
          claim.verdict = Verdict::contradicted;
        } else {
          claim.fact = nullptr;
        }
        break;
    }
  }
  return claim;
}

}  // namespace factcheck
