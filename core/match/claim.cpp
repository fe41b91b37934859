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
