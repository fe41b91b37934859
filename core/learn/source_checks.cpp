// What a set of sources must be before any is learned: named, each name once, dated in ISO 8601 if at
// all, and within the size limit in total (learn/learner.hpp).
#include <set>
#include <string>
#include <vector>

#include "learn/learner.hpp"
#include "model/dates.hpp"

namespace factcheck {

std::string LearnError::to_string() const {
  return "[" + code + "] " + source + ": " + message;
}

std::vector<LearnError> check_sources(const std::vector<SourceDocument>& sources,
                                      std::size_t max_total_bytes) {
  std::vector<LearnError> errors;
  std::set<std::string> names;
  std::size_t total = 0;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const SourceDocument& s = sources[i];
    const std::string who = s.name.empty() ? "#" + std::to_string(i + 1) : s.name;
    if (s.name.empty()) errors.push_back({"learn.no_name", who, "a source needs a name"});
    if (!names.insert(s.name).second)
      errors.push_back({"learn.duplicate_name", who, "another source already has this name"});
    Interval span;
    if (!s.date.empty() && !parse_date_span(s.date, span))
      errors.push_back({"learn.bad_date", who, "\"" + s.date + "\" is not an ISO 8601 date (2025-01-23)"});
    total += s.text.size();
    if (total > max_total_bytes)
      errors.push_back({"learn.too_large", who,
                        "the sources come to " + std::to_string(total) +
                            " bytes with this one; the limit is " + std::to_string(max_total_bytes) +
                            " bytes"});
  }
  return errors;
}

}  // namespace factcheck
