// Adding one file to a fact base, the work behind FactBase::merge: every part of the file validated
// against what the base already holds, then appended.
#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "facts/factbase.hpp"

namespace factcheck {

// Validates `doc`, one fact-base file already parsed, and appends its sources, entities, predicates
// and facts to `fb`, with its layer and the stack's checksum. Every problem is appended to `errors`;
// after one, `fb` is half-loaded and must be dropped (merge loads into a copy). Leaves the
// (predicate, subject) index alone.
void load_layer(FactBase& fb, const nlohmann::json& doc, std::vector<FactBaseError>& errors);

}  // namespace factcheck
