// Learning, part 4: a group's members from the list of names after its noun (members.hpp).
#include "learn/members.hpp"

#include <algorithm>
#include <string_view>

namespace factcheck {

namespace {

// A group noun ("joint venture", "consortium") ending at token `k`, exclusive; its first token, or SIZE_MAX.
std::size_t group_noun_before(const std::vector<Token>& t, std::size_t first, std::size_t k) {
  static constexpr std::string_view kNouns[] = {"venture",     "consortium", "coalition",
                                                "partnership", "alliance",   "joint-venture"};
  if (k <= first || !t[k - 1].is_word()) return SIZE_MAX;
  if (std::none_of(std::begin(kNouns), std::end(kNouns), [&](std::string_view n) { return t[k - 1].is(n); }))
    return SIZE_MAX;
  // "joint venture", "joint-venture"
  if (t[k - 1].is("venture") && k >= first + 2 && t[k - 2].is("-") && k >= first + 3 && t[k - 3].is("joint"))
    return k - 3;
  if (t[k - 1].is("venture") && k >= first + 2 && t[k - 2].is("joint")) return k - 2;
  return k - 1;
}

const NameSpan* name_at(const std::vector<NameSpan>& names, std::size_t k) {
  for (const NameSpan& n : names)
    if (n.first == k) return &n;
  return nullptr;
}

const NameSpan* name_ending_at(const std::vector<NameSpan>& names, std::size_t k) {
  for (const NameSpan& n : names)
    if (n.last == k) return &n;
  return nullptr;
}

}  // namespace

std::vector<MembersMention> find_members(const std::vector<Token>& t, const Sentence& s,
                                         const std::vector<NameSpan>& names,
                                         const std::vector<LearnedEntity>& entities) {
  std::vector<MembersMention> out;
  const auto organisation = [&](const NameSpan& n) { return entities[n.entity].type == "organization"; };
  for (std::size_t k = s.first_token + 1; k < s.last_token; ++k) {
    // "... venture between", "... consortium of", "... coalition formed by"
    std::size_t list = 0;
    if (t[k].is("between") || t[k].is("of")) {
      list = k + 1;
    } else if ((t[k].is("formed") || t[k].is("made")) && k + 1 < s.last_token &&
               (t[k + 1].is("by") || t[k + 1].is("of") || t[k + 1].is("up"))) {
      list = k + 2 + (t[k + 1].is("up") ? 1 : 0);
    } else {
      continue;
    }
    const std::size_t noun = group_noun_before(t, s.first_token, k);
    if (noun == SIZE_MAX) continue;
    // "Microsoft was no Stargate joint venture formed by ...", "is not part of the consortium of ...": a
    // denial says nothing of the members, as the checker reads it too.
    bool denied = false;
    for (std::size_t j = noun > s.first_token + 4 ? noun - 4 : s.first_token; j < noun; ++j)
      denied = denied || t[j].is("no") || t[j].is("not") || t[j].is("never") || t[j].is("n't");
    if (denied) continue;
    // The list: names, each after "," or "and" ("the" and a country's possessive passed over).
    // Read as the checker reads a list (match/relation_members.cpp): "A, B and C" ends at C.
    MembersMention m;
    std::size_t at = list;
    bool closed = false;
    while (at < s.last_token) {
      if (t[at].is("the")) ++at;
      const NameSpan* n = at < s.last_token ? name_at(names, at) : nullptr;
      if (!n || !organisation(*n)) break;
      m.members.push_back(n->entity);
      at = n->last;
      if (closed) break;
      const std::size_t from = at;
      if (at < s.last_token && t[at].is(",")) ++at;
      if (at < s.last_token && (t[at].is("and") || t[at].is("&") || t[at].is("+") || t[at].is("/") ||
                                t[at].is("und") || t[at].is("et") || t[at].is("y") || t[at].is("e"))) {
        closed = t[at].is_word();
        ++at;
      }
      if (at == from) break;
    }
    if (m.members.size() < 2) continue;
    // The group: named right before its noun ("the Stargate joint venture", "Stargate, a joint venture",
    // "Stargate is a joint venture"),
    // or "called"/"named" right after the list.
    std::size_t before = noun;
    while (before > s.first_token &&
           (t[before - 1].is("a") || t[before - 1].is("the") || t[before - 1].is(",") ||
            t[before - 1].is("is") || t[before - 1].is("was")))
      --before;
    if (const NameSpan* g = name_ending_at(names, before);
        g && organisation(*g) && before < noun + 1 && g->last <= noun)
      m.group = g->entity;
    if (m.group == SIZE_MAX && at + 1 < s.last_token && (t[at].is("called") || t[at].is("named")))
      if (const NameSpan* g = name_at(names, at + 1)) m.group = g->entity;
    if (m.group == SIZE_MAX || std::find(m.members.begin(), m.members.end(), m.group) != m.members.end())
      continue;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace factcheck
