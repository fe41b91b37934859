#include "match/claim.hpp"

namespace factcheck {

const char* to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported:
      return "supported";
    case Verdict::contradicted:
      return "contradicted";
    case Verdict::unverified:
      return "unverified";
    case Verdict::outdated:
      return "outdated";
  }
  return "unverified";
}

bool agrees(const QuantityMention& q, const FactValue& v) {
  return agree({q.value, q.comparator, q.interval, q.range_high},
               {v.amount, v.comparator, v.interval, v.high});
}

bool agrees(const FactValue& a, const FactValue& b) {
  return agree({a.amount, a.comparator, a.interval, a.high}, {b.amount, b.comparator, b.interval, b.high});
}

void Report::add(Claim claim) {
  switch (claim.verdict) {
    case Verdict::supported:
      ++supported;
      break;
    case Verdict::contradicted:
      ++contradicted;
      break;
    case Verdict::unverified:
      ++unverified;
      break;
    case Verdict::outdated:
      ++outdated;
      break;
  }
  claims.push_back(std::move(claim));
}

}  // namespace factcheck
