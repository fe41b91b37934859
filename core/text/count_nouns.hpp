// Nouns a count is of, and the other nouns that count the same things: a rewrite says "96,000 photos"
// where its source has "96,000 images", "22 staff" for "22 employees".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

// Whether two stemmed count nouns count the same things: equal, of one family ("photo", "imag",
// "pictur"), or "people" and a noun that counts people ("passeng", "employe"). Families are few and
// close; "people" and "jobs" are kept apart.
bool same_count_noun(std::string_view a, std::string_view b);

// Whether they are equal or of one family, leaving out what "people" counts: "viewers" is no noun of the
// family of "people" here.
bool same_count_family(std::string_view a, std::string_view b);

// The stems same_count_family() holds of stem `a`: `a` itself and its families' other nouns, so that a
// sorted list of nouns is searched for each, not walked ("viewer" alone; "ticket" and "admiss").
std::vector<std::string> count_family(std::string_view a);

// Whether one counts people and the other what people are not: jobs, posts, seats, beds, homes ("19,800
// jobs" is no count of 19,800 staff).
bool counts_apart(std::string_view a, std::string_view b);

}  // namespace factcheck
