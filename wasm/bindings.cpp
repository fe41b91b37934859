// The one Embind binding: the facade's session and version, and two benchmark probes. Strings in,
// JSON out.
#include <emscripten/bind.h>

#include "facade.hpp"
#include "quantities/quantities.hpp"

namespace {

// Benchmark probes for scripts/bench.sh, each a count so nothing but a number crosses back.
// The floor: one pass over the bytes (the ASCII digits), after the same string crossing as check.
int bench_byte_scan(const std::string& text) {
  int digits = 0;
  for (const char c : text) digits += (c >= '0' && c <= '9');
  return digits;
}

// Quantity extraction alone (tokens, then quantity mentions), to set beside other extractors.
int bench_extract(const std::string& text) {
  return static_cast<int>(factcheck::extract_quantities(text, factcheck::tokenize(text)).size());
}

}  // namespace

EMSCRIPTEN_BINDINGS(factcheck) {
  using factcheck::api::Session;
  emscripten::function("version", &factcheck::api::version);
  emscripten::class_<Session>("Session")
      .constructor<>()
      .function("check", &Session::check)
      .function("loadFacts", &Session::load_facts)
      .function("factbase", &Session::factbase)
            .function("setLimits", &Session::set_limits)
      .function("addSource", &Session::add_source)
      .function("removeSource", &Session::remove_source)
      .function("sources", &Session::sources)
      .function("use", &Session::use);
  emscripten::function("benchByteScan", &bench_byte_scan);
  emscripten::function("benchExtract", &bench_extract);
}
