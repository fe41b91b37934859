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

 private:
  std::shared_ptr<const Checker> checker_;
};

// The engine's version, "0.1.0".
std::string version();

}  // namespace factcheck::api
