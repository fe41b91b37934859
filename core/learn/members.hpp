// Learning, part 4: who a venture, consortium or coalition is made of, from a list of names after its
// noun: "a joint venture between OpenAI, SoftBank Group Corp. and Oracle Corp. called Stargate", "the
// Halsey Ammonia joint venture of Corvex Chemicals and Nordvind Power", "a consortium of Taurus Build and
// Min Hua Engineering".
#pragma once

#include <cstddef>
#include <vector>

#include "learn/names.hpp"
#include "text/sentences.hpp"
#include "text/tokens.hpp"

namespace factcheck {

struct MembersMention {
  std::size_t group = SIZE_MAX;      // entity number of the venture: named before its noun or "called" after
  std::vector<std::size_t> members;  // entity numbers, two or more, in the order listed
};

// The groups the sentence gives with their members. Only a group it names is learned: "a coalition of
// three parties" with no name and no list gives nothing, and neither does a list of one.
std::vector<MembersMention> find_members(const std::vector<Token>& tokens, const Sentence& sentence,
                                         const std::vector<NameSpan>& names,
                                         const std::vector<LearnedEntity>& entities);

}  // namespace factcheck
