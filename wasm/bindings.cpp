// The one Embind binding: the facade's session and version, nothing else. Strings in, JSON out.
#include <emscripten/bind.h>

#include "facade.hpp"

EMSCRIPTEN_BINDINGS(factcheck) {
  using factcheck::api::Session;
  emscripten::function("version", &factcheck::api::version);
  emscripten::class_<Session>("Session")
      .constructor<>()
      .function("check", &Session::check)
      .function("loadFacts", &Session::load_facts)
      .function("factbase", &Session::factbase);
}
