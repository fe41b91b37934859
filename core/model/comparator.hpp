// The hedge or bound a writer puts on a figure ("nearly $14 billion", "more than 40%"), shared by the
// quantities the text states and the values the fact base records.
#pragma once

#include <string_view>

namespace factcheck {

enum class Comparator {
  none,       // a plain figure: "$6.6 billion"
  exactly,    // exactly, precisely
  approx,     // about, around, roughly, approximately, some, an estimated, close to
  nearly,     // nearly, almost, just under, just shy of
  just_over,  // just over, just above, a little more than
  more_than,  // more than, over, above, exceeding, in excess of, upwards of
  at_least,   // at least, no less than, a minimum of
  less_than,  // less than, under, below, fewer than
  at_most,    // up to, at most, no more than, a maximum of, as much as
  order,      // "tens of billions", "hundreds of millions": an order of magnitude
  range,      // "between $5 billion and $10 billion", "$5-10 billion"
  until,      // dates: until, through, to, till, by the end of
  since,      // dates: since, from, starting
};

// The comparator's stable name, as the JSON contract and fact bases write it: "nearly", "more_than".
const char* to_string(Comparator comparator);

// Reads a comparator's name as to_string() writes it; false for any other text.
bool parse_comparator(std::string_view name, Comparator& out);

// A floor ("at least", "more than") or a ceiling ("up to", "less than"): a bound on one side.
inline bool is_floor(Comparator c) {
  return c == Comparator::at_least || c == Comparator::more_than;
}
inline bool is_ceiling(Comparator c) {
  return c == Comparator::at_most || c == Comparator::less_than;
}

}  // namespace factcheck
