// Learning, part 3: who holds which role, from a title beside a person's name: "chief executive Maria
// Oyelaran", "Anjali Raman, president and chief executive", "Kestrel CEO Anjali Raman", "Vantic Bio,
// whose chief executive is Dr Kwame Osei", "Mira Santos (CTO)".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "learn/names.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// A role predicate the learner knows: its id in learned bases, its label and its cues. Each is a title
// one person holds at a time in an organisation; a plain "director" or "head" is not.
struct RoleKind {
  std::string id;     // "role-ceo"
  std::string label;  // "chief executive"
  std::vector<std::string> cues;
  // Learned only of an organisation the sentence names or refers to, never of the document's topic by
  // default: a bare "President" or "Secretary-General" is as often a country's or another body's.
  bool named_only = false;
};
const std::vector<RoleKind>& role_kinds();

struct RoleMention {
  std::size_t person = 0;           // entity number of the holder
  std::size_t organisation = 0;     // entity number of the organisation, or SIZE_MAX when unnamed here
  std::size_t kind = 0;             // index into role_kinds()
  std::size_t title = SIZE_MAX;     // the title's first token
  std::size_t referred = SIZE_MAX;  // "its" or the noun of "the authority's chair": the caller resolves it
  bool takes_up = false;            // "NAME will serve as TITLE", "NAME succeeds OTHER as TITLE"
};

// The roles the sentence gives, one per title and holder. A former, incoming or deputy holder ("former
// finance director", "vice-president") gives none: the sentence does not say who holds the role now.
// A holder is never a name that reads as an organisation's.
std::vector<RoleMention> find_roles(const std::vector<Token>& tokens, const Sentence& sentence,
                                    const std::vector<NameSpan>& names,
                                    const std::vector<LearnedEntity>& entities);

// True when a capitalised word that names no one the learner knows stands right before the title at token
// `title` ("Stargate chairman Larry Ellison"): the title is that word's organisation. A sentence's opening
// article or adjective ("The chairman", "Interim CEO") is no name.
bool names_another_before(std::string_view text, const std::vector<Token>& tokens, const Sentence& s,
                          std::size_t title);

// "Marta Jurić replaced Kovačić", "Zuzana Mikušová succeeded Ján Kollár": (successor, predecessor) entity
// numbers, where the sentence says no title; the caller gives the successor the predecessor's roles.
std::vector<std::pair<std::size_t, std::size_t>> find_successions(const std::vector<Token>& tokens,
                                                                  const Sentence& sentence,
                                                                  const std::vector<NameSpan>& names,
                                                                  const std::vector<LearnedEntity>& entities);

}  // namespace factcheck
