// The JSON contract (README, "JSON contract"): `check` and `extract` reports, and the fact-base summary
// that reports and the wasm facade share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/json_writer.hpp"
#include "match/claim.hpp"

namespace factcheck {

// How claim offsets are counted in JSON: UTF-8 bytes (the CLI), or UTF-16 code units (JavaScript
// string indices, for the wasm API).
enum class Offsets { utf8, utf16 };

std::string report_json(const Report& report, const FactBase& facts, std::string_view text, int indent = 2,
                        Offsets offsets = Offsets::utf8);
std::string quantities_json(const std::vector<QuantityMention>& quantities, std::string_view text,
                            int indent = 2);

// What a fact base is, as reports and the facade's factbase() show it: name, version, checksum, facts
// and layers; with `counts`, also how many entities, predicates and sources it has.
void write_factbase_info(JsonWriter& w, const FactBase& facts, bool counts);

}  // namespace factcheck
