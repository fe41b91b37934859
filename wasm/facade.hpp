// The small facade the wasm module exposes: a session holding a checker, with every result and every
// failure as JSON text, so nothing but strings crosses into JavaScript and no C++ exception escapes.
// Plain C++ (no Emscripten): the native unit tests exercise it too.
#pragma once

#include <memory>
#include <string>

#include "checker.hpp"
#include "learn/learner.hpp"

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

  // Adds a trusted text to check against (core/learn): `options` is {"name", "date"?} (a unique name;
  // an ISO 8601 date). Returns {"ok": true, "source": {"name", "date", "bytes", "facts"}} or a failure
  // (learn.no_name, learn.duplicate_name, learn.bad_date, learn.too_large, api.bad_argument) that
  // changes nothing: every source added before stays. Once there are sources, check() uses them.
  std::string add_source(const std::string& text, const std::string& options);
  // Removes the source of that name: {"ok": true, "sources": [...]} or api.unknown_source.
  std::string remove_source(const std::string& name);
  // {"ok": true, "sources": [{"name", "date", "bytes", "facts"}], "use": "..."}: the sources, in order.
  std::string sources() const;
  // What check() uses: "facts" (the loaded fact base alone), "sources" (the sources alone, the default
  // once one is added) or "both" (the sources on top of the fact base). {"ok": true, "use"} or
  // api.bad_argument.
  std::string use(const std::string& what);

 private:
  // The checker check() runs: the fact base, the sources' learned base, or both (rebuilt when stale).
    const Checker& current() const;
  std::string sources_json(std::size_t only = SIZE_MAX) const;

  std::shared_ptr<const Checker> checker_;   // over the loaded fact base
    mutable std::shared_ptr<const Checker> checking_;  // what check() uses; null until first needed
  std::vector<SourceDocument> sources_;
  std::vector<std::size_t> learned_facts_;  // facts learned from each source, learned alone
  std::string use_ = "facts";
  Limits limits_;
  std::size_t max_sources_bytes_ = kDefaultMaxSourcesBytes;
};

// The engine's version, "0.1.0".
std::string version();

}  // namespace factcheck::api
