// Words that say a figure moved, and which way: one table for the learner (a source's "up £21" is an
// amount of change, not a level) and the matcher (a draft's "fell 4%" against a source's "rose 4%").
#pragma once

#include <string_view>

namespace factcheck {

// +1 for a word of rising ("up", "rose", "gained", "+"), -1 for one of falling ("down", "fell", "cut",
// "-"), 0 for any other word. `norm` is a token's normalised (lower-case) text.
int change_direction(std::string_view norm);

}  // namespace factcheck
