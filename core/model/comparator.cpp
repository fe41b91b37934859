#include "model/comparator.hpp"

#include <utility>

namespace factcheck {
namespace {

// The one table of names, read both ways.
constexpr std::pair<Comparator, const char*> kNames[] = {
    {Comparator::none, "none"},           {Comparator::exactly, "exactly"},
    {Comparator::approx, "approx"},       {Comparator::nearly, "nearly"},
    {Comparator::just_over, "just_over"}, {Comparator::more_than, "more_than"},
    {Comparator::at_least, "at_least"},   {Comparator::less_than, "less_than"},
    {Comparator::at_most, "at_most"},     {Comparator::order, "order"},
    {Comparator::range, "range"},         {Comparator::until, "until"},
    {Comparator::since, "since"}};

}  // namespace

const char* to_string(Comparator comparator) {
  for (const auto& [c, name] : kNames)
    if (c == comparator) return name;
  return "none";
}

bool parse_comparator(std::string_view name, Comparator& out) {
  for (const auto& [c, n] : kNames) {
    if (name == n) {
      out = c;
      return true;
    }
  }
  return false;
}

}  // namespace factcheck
