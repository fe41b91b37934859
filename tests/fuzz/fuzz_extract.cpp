// libFuzzer target "extract" (scripts/fuzz.sh): see targets.hpp for what it runs and checks.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return factcheck::fuzz::run_one("extract", factcheck::fuzz::extract_text, data, size);
}
