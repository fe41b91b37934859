// The one Embind binding: a thin layer over the core's Checker. This issue exports the version and a
// JSON check over the bundled facts; the JS API issue grows it into the full facade.
#include <emscripten/bind.h>

#include <string>

#include "checker.hpp"

namespace {

std::string version() {
  return FACTCHECK_VERSION;
}

// The same JSON as `factcheck check --format json`, UTF-8 byte offsets included.
std::string check_json(const std::string& text) {
  static const factcheck::Checker checker;
  return factcheck::report_json(checker.check(text), checker.facts(), text, -1);
}

}  // namespace

EMSCRIPTEN_BINDINGS(factcheck) {
  emscripten::function("version", &version);
  emscripten::function("checkJson", &check_json);
}
