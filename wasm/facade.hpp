// The small facade the wasm module exposes: a session holding a checker, with every result and every
// failure as JSON text, so nothing but strings crosses into JavaScript and no C++ exception escapes.
// Plain C++ (no Emscripten): the native unit tests exercise it too.
#pragma once

#include <memory>
#include <string>

#include "checker.hpp"

namespace factcheck::api {

class Session {
 public:
  // A session over the bundled fact base.
  Session();

  // The report of `text` as JSON, the CLI's contract with offsets in UTF-16 code units (JavaScript
  // string indices), or {"ok": false, "code", "message"} on failure.
  std::string check(const std::string& text) const;

  // Loads a fact base; `mode` is "replace" or "merge" (onto the current one). Returns
  // {"ok": true, "factbase": {...}} or {"ok": false, "code", "message", "errors": [...]} listing every
  // problem. On failure the session keeps the facts it had.
  std::string load_facts(const std::string& json, const std::string& mode);

  // {"name", "version", "checksum", "facts", "layers", "sources", "entities", "predicates"}.
  std::string factbase() const;

  // Sets the size limits from a JSON object {"maxTextBytes"?, "maxFactsBytes"?} (whole numbers from 1 to
  // 2^31 - 1; a member left out keeps its value) and returns {"ok": true, "limits": {...}} with both,
  // or an api.bad_argument failure that changes nothing. check() refuses a longer text with
  // engine.text_too_large, load_facts() a longer file with factbase.too_large.
  std::string set_limits(const std::string& json);

 private:
  std::shared_ptr<const Checker> checker_;
  Limits limits_;
};

// The engine's version, "0.1.0".
std::string version();

}  // namespace factcheck::api
