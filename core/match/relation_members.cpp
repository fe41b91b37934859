// The relation finder's members reader: a members cue of the fact base ("joint venture", "consortium")
// and the list of names nearest it, checked against the venture's members: "a joint venture between
// OpenAI, SoftBank and Oracle". And the judging of one member, which the phrase readers
// (relation_phrases.cpp) use.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "match/relation_finder.hpp"

namespace factcheck {

// A list of two or more names joined by commas and "and" ("+", "&"), starting at token i.
static std::size_t list_separator(const SentenceView& v, std::size_t j, std::size_t end) {
  std::size_t k = j;
  if (k < end && v.tokens[k].is(",")) ++k;
  // "and" in translated copy too: "OpenAI, Softbank und Oracle", "OpenAI, SoftBank et Oracle".
  if (k < end && token_is(v.tokens[k], {"and", "&", "+", "/", "und", "et", "y", "e"})) ++k;
  // "Corvex Chemicals, Nordvind Power and the National Transition Fund" (not "the ChatGPT maker", a name
  // that starts with its "the").
  const bool named_from_the = std::any_of(v.entities.begin(), v.entities.end(),
                                          [&](const EntityMention& m) { return m.first_token == k; });
  if (k > j && k + 1 < end && v.tokens[k].is("the") && !named_from_the) ++k;
  return k;
}

// "a joint venture between OpenAI, SoftBank and Oracle", "OpenAI, SoftBank and Oracle formed a joint
// venture", "the venture brings together SoftBank, OpenAI and Oracle": the list nearest the cue.
void RelationFinder::members(const CueMention& cue) {
  std::size_t list_first = 0;
  const std::vector<Name> list = nearest_list(cue, list_first);
  if (list.size() < 2) return;
  // "Members" lists only what follows it: "the members are A, B and C", "its members include A and B".
  // "Not a member of Stargate, the venture that A, B and C unveiled" is membership_at()'s.
  // So do its founders: "SoftBank, Oracle and OpenAI are the founders of Stargate", not "Larry Ellison, the
  // Oracle co-founder".
  if (tok(cue.first_token).norm.rfind("member", 0) == 0 || tok(cue.first_token).norm.rfind("owner", 0) == 0 ||
      tok(cue.first_token).norm.rfind("founder", 0) == 0 ||
      tok(cue.last_token - 1).norm.rfind("member", 0) == 0 ||
      (tok(cue.first_token).is("equity") && cue.last_token - cue.first_token == 2 &&
       token_is(tok(cue.first_token + 1), {"holders", "participants"}))) {
    bool listed = list_first > cue.last_token && list_first <= cue.last_token + 4;
    bool verb = false;
    for (std::size_t k = cue.last_token; listed && k < list_first; ++k)
      verb = verb || token_is(tok(k), {"are", "were", "include", "included", "includes", ":", "="});
    // Or before it, said to be them: "OpenAI, SoftBank, Oracle and Microsoft are the four members".
    const std::size_t list_last = list.back().last;
    if (!(listed && verb) && list_last < cue.first_token && cue.first_token <= list_last + 4 &&
        token_is(tok(list_last), {"are", "were"})) {
      listed = verb = true;
      for (std::size_t k = list_last + 1; k < cue.first_token; ++k)
        verb =
            verb && (token_is(tok(k), {"the", "its", "all", "only", "two", "three", "four", "five", "six"}) ||
                     tok(k).is_number());
    }
    if (!listed || !verb) return;
  }
  // The venture: one named in the sentence that has a members fact, else the best overlap.
  std::size_t best_overlap = 0;
  const Fact* best = venture_of_list(cue, list, best_overlap);
  RelationClaim rel;
  rel.relation = ValueKind::members;
  rel.predicate = cue.predicate;
  for (const Name& n : list) rel.members.push_back(n.thing);
  Claim claim;
  claim.relation = rel;
  // A venture the sentence does not name ("a joint venture that will sell ...") is ours only if the list
  // names every one of its members: two of them may well have another venture together.
  const bool named_venture = best_overlap >= 100;
  const bool all_members = best && best_overlap >= best->value.members.size();
  // A list naming the venture itself is not its members ("the Sof consortium of OpenAI, Oracle, Sof"),
  // as the learner reads it (learn/members.cpp): left unjudged.
  const bool lists_venture = best && std::any_of(list.begin(), list.end(), [&](const Name& n) {
                               return n.thing.entity && n.thing.entity->id == best->subject;
                             });
  if (best && best_overlap >= 2 && (named_venture || all_members) && !lists_venture) {
    judge_list(claim, cue, list, list_first, *best);
    // "Oracle and SoftBank, two of Stargate's three founding partners": some of them, each one of them.
    const std::size_t after = list.back().last;
    const bool some_of = in(after + 2) && tok(after).is(",") &&
                         (tok(after + 1).is_number() ||
                          token_is(tok(after + 1), {"two", "three", "four", "both", "some", "all"})) &&
                         tok(after + 2).is("of");
    const auto member = [&](const Name& n) {
      const FactValue& v = best->value;
      return n.thing.entity &&
             (std::count(v.members.begin(), v.members.end(), n.thing.entity->id) ||
              std::count(v.optional_members.begin(), v.optional_members.end(), n.thing.entity->id));
    };
    if (some_of && claim.verdict == Verdict::contradicted && std::all_of(list.begin(), list.end(), member))
      claim.verdict = Verdict::supported;
  }
  add(std::move(claim), list.front().first, list.back().last);
  spans_.push_back({cue.first_token, cue.last_token});
}

// The list of two or more names nearest the cue, one of them known, no person or place among them; where it
// starts in `list_first`.
std::vector<RelationFinder::Name> RelationFinder::nearest_list(const CueMention& cue,
                                                               std::size_t& list_first) const {
  std::vector<Name> list;
  std::size_t best_distance = 0;
  for (std::size_t s = begin(); s < end();) {
    std::vector<Name> items;
    std::size_t e = s;
    bool no_member = false, closed = false;
    for (auto n = name_at(s); n;) {
      // A person is no member of a venture: "the joint venture's chairman is Masayoshi Son, Stargate
      // said" lists no one.
      // Against sources, a name in lower case ends the list, as the learner reads lists (learn/members.cpp):
      // "formed by OpenAI, SoftBank and oracle" lists two.
      if (facts_.from_documents() && !v_.capitalized(n->first)) break;
      // Nor is a place ("LONDON —" of a dateline), as the learner reads lists (learn/members.cpp).
      if (n->thing.entity && (n->thing.entity->is_person() || n->thing.entity->type == "place")) {
        no_member = true;
        e = n->last;
        break;
      }
      items.push_back(*n);
      e = n->last;
      // "A, B and C" ends at C: "OpenAI, SoftBank and Oracle, Mint reported" lists no Mint.
      if (closed) break;
      const std::size_t j = list_separator(v_, n->last, end());
      if (j == n->last) {
        // Transcribed speech drops the commas between names the base knows: "between openai softbank
        // and oracle".
        const auto next = name_at(j);
        if (!next || !next->thing.entity || !n->thing.entity || closed) break;
        n = next;
        continue;
      }
      for (std::size_t k = n->last; k < j; ++k)
        closed = closed || token_is(tok(k), {"and", "und", "et", "y", "e"});
      n = name_at(j);
      // "MGX, the Abu Dhabi fund, is among ...": a name that describes the one before is no member.
      if (n && !closed && in(n->last) && n->first > begin() && tok(n->first - 1).is("the") &&
          token_is(tok(n->last),
                   {"fund", "firm", "group", "company", "investor", "conglomerate", "giant", "outfit", "lab",
                    "maker", "vehicle", "state", "sovereign", "tech", "cloud"}))
        break;
    }
    const bool known = std::any_of(items.begin(), items.end(), [](const Name& n) { return n.thing.entity; });
    // Another cue of the kind between this one and the list has it nearer: "... Stargate joint venture
    // formed by Oe, Ss; no Stargate joint venture formed by OpenrAI, Sf" gives the first cue no second list.
    const auto across_another = [&] {
      return std::any_of(v_.cues.begin(), v_.cues.end(), [&](const CueMention& o) {
        return &o != &cue && o.predicate == cue.predicate &&
               ((o.first_token >= cue.last_token && o.last_token <= s) ||
                (o.first_token >= e && o.last_token <= cue.first_token));
      });
    };
    if (items.size() >= 2 && known && !no_member && !taken(s, e) && !across_another()) {
      const std::size_t d = e <= cue.first_token  ? cue.first_token - e
                            : s >= cue.last_token ? s - cue.last_token
                                                  : 0;
      if (list.empty() || d < best_distance) {
        list = items;
        list_first = s;
        best_distance = d;
      }
    }
    s = std::max(s + 1, e);
  }
  return list;
}

// The venture the list is of: one named in the sentence that has a members fact, else the one whose
// members the list names most (`best_overlap`: how many, plus 100 for one named).
const Fact* RelationFinder::venture_of_list(const CueMention& cue, const std::vector<Name>& list,
                                            std::size_t& best_overlap) const {
  const Fact* best = nullptr;
  for (std::size_t fi : facts_.facts_with(cue.predicate->id)) {
    const Fact& f = facts_.facts()[fi];
    std::size_t overlap = 0;
    for (const Name& n : list)
      if (n.thing.entity && std::count(f.value.members.begin(), f.value.members.end(), n.thing.entity->id))
        ++overlap;
    const bool venture_named = std::any_of(v_.entities.begin(), v_.entities.end(),
                                           [&](const EntityMention& m) { return m.entity->id == f.subject; });
    if (venture_named) overlap += 100;
    if (overlap > best_overlap) {
      best = &f;
      best_overlap = overlap;
    }
  }
  return best;
}

// The list said to be the venture's members, judged: right when it names every member and nobody else.
void RelationFinder::judge_list(Claim& claim, const CueMention& cue, const std::vector<Name>& list,
                                std::size_t list_first, const Fact& venture) const {
  claim.fact = &venture;
  claim.relation->subject = {"", facts_.entity(venture.subject)};
  std::set<std::string> named;
  for (const Name& n : list)
    if (n.thing.entity) named.insert(n.thing.entity->id);
  const FactValue& v = venture.value;
  // "OpenAI unveiled Stargate, a joint venture with SoftBank and Oracle": the list after "with" leaves
  // out whoever the sentence is about, so the members named before the cue count as named too.
  // So does a list before the cue: "SoftBank Group, together with OpenAI, Oracle and MGX, is an
  // initial equity funder of Stargate" names SoftBank too.
  bool with = false;  // "with Japan's SoftBank and Oracle" too
  const std::size_t after_cue = list_first > cue.last_token ? cue.last_token : begin();
  for (std::size_t k = list_first; k > after_cue && k + 3 > list_first && !with; --k)
    with = token_is(tok(k - 1), {"with", "alongside"});
  if (with) {
    const std::size_t before = std::min(cue.first_token, list_first);
    for (const EntityMention& m : v_.entities)
      if (m.last_token <= before && std::count(v.members.begin(), v.members.end(), m.entity->id))
        named.insert(m.entity->id);
  }
  // Right when every member is named and nobody else, optional members aside.
  const bool all_named =
      std::all_of(v.members.begin(), v.members.end(), [&](const std::string& id) { return named.count(id); });
  const bool none_extra = std::all_of(list.begin(), list.end(), [&](const Name& n) {
    return n.thing.entity &&
           (std::count(v.members.begin(), v.members.end(), n.thing.entity->id) ||
            std::count(v.optional_members.begin(), v.optional_members.end(), n.thing.entity->id));
  });
  const bool right = all_named && none_extra;
  // "we are a founding equity partner in Stargate together with OpenAI and Oracle": after "with", a
  // list that misses members but names no one else is true as far as it goes when the one it is
  // with is not named ("we", "the company").
  const bool partial = with && none_extra && !all_named;
  // "Stargate is not a venture of Microsoft and Oracle": a denied list is wrong only if the list was
  // right; a denied wrong list is left unjudged (which part is denied is not said).
  // Only the words right before the cue or the list deny it: "is not a venture of", "not OpenAI and".
  claim.polarity = polarity_before(v_, cue.first_token, 3);
  if (claim.polarity == Polarity::asserted) claim.polarity = polarity_before(v_, list_first, 2);
  // A denial before the cue is the venture's only when the sentence names the venture before it, and
  // nothing else: "Stargate is not a venture of Microsoft and Oracle". "Microsoft was no Stargate joint
  // venture formed by OpenAI, SoftBank ..." denies Microsoft, not the list.
  bool denies_another = false;
  if (claim.polarity != Polarity::asserted && polarity_before(v_, cue.first_token, 3) != Polarity::asserted) {
    std::size_t no = cue.first_token;
    while (no > begin() && cue.first_token - no < 4 &&
           !token_is(tok(no - 1), {"not", "no", "never", "n't", "neither", "nicht", "kein", "keine"}))
      --no;
    if (no > begin()) --no;
    const EntityMention* own = nullptr;
    for (const EntityMention& m : v_.entities)
      if (m.entity->id == venture.subject && m.last_token <= no) own = &m;
    denies_another = !own;
    for (std::size_t k = begin() + 1; k < no && !denies_another; ++k)
      denies_another =
          tok(k).is_word() && v_.capitalized(k) && !(own && k >= own->first_token && k < own->last_token);
  }
  // Against sources, a list the learner takes for denied (a denial among the four words before the group
  // noun, learn/members.cpp) is not read as asserted either: "no p e Stargate joint venture formed by ...".
  bool learner_denies = false;
  if (facts_.from_documents() && claim.polarity == Polarity::asserted)
    for (std::size_t k = cue.first_token; k > begin() && cue.first_token - k < 4 && !learner_denies;)
      learner_denies = token_is(tok(--k), {"no", "not", "never", "n't"});
  if ((claim.polarity == Polarity::asserted && partial) || denies_another || learner_denies) {
    claim.fact = nullptr;
  } else if (claim.polarity == Polarity::asserted) {
    claim.verdict = right ? Verdict::supported : Verdict::contradicted;
  } else if (right) {
    claim.verdict = Verdict::contradicted;
  } else {
    claim.fact = nullptr;
  }
}

void RelationFinder::judge_membership(Claim& claim, const Fact& venture, const Name& member,
                                      Polarity polarity) const {
  claim.polarity = polarity;
  const Entity* e = member.thing.entity;
  const FactValue& v = venture.value;
  const bool core = e && std::count(v.members.begin(), v.members.end(), e->id);
  const bool optional = e && std::count(v.optional_members.begin(), v.optional_members.end(), e->id);
  if (optional && !core) return;  // in some accounts a member, in others not: nothing to judge
  claim.fact = &venture;
  switch (polarity) {
    case Polarity::asserted:
      claim.verdict = core ? Verdict::supported : Verdict::contradicted;
      break;
    case Polarity::negated:
      claim.verdict = core ? Verdict::contradicted : Verdict::supported;
      break;
    case Polarity::ceased:  // "no longer part of": the base keeps no history of members
      if (core) {
        claim.verdict = Verdict::contradicted;
      } else {
        claim.fact = nullptr;
      }
      break;
  }
}

}  // namespace factcheck
