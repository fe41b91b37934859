// Learning, part 3: who holds which role, from a title beside a person's name: "chief executive Maria
// Oyelaran", "Anjali Raman, president and chief executive", "Kestrel CEO Anjali Raman".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "learn/names.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

// A role predicate the learner knows: its id in learned bases, its label and its cues.
struct RoleKind {
  const char* id;     // "role-ceo"
  const char* label;  // "chief executive"
  std::vector<std::string> cues;
};
const std::vector<RoleKind>& role_kinds();

struct RoleMention {
  std::size_t person = 0;        // entity number of the holder
  std::size_t organisation = 0;  // entity number of the organisation, or SIZE_MAX when unnamed here
  std::size_t kind = 0;          // index into role_kinds()
  std::size_t title =
      SIZE_MAX;  // the title's first token when it stands before the name ("CEO Anjali Raman")
};

// The roles the sentence gives, one per titled person. A former holder ("former finance director")
// gives none: the sentence does not say who holds the role now.
std::vector<RoleMention> find_roles(const std::vector<Token>& tokens, const Sentence& sentence,
                                    const std::vector<NameSpan>& names,
                                    const std::vector<LearnedEntity>& entities);

}  // namespace factcheck
