// libFuzzer target "learn_check" (scripts/fuzz.sh): see targets.hpp for what it runs and checks.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return factcheck::fuzz::run_one("learn_check", factcheck::fuzz::learn_check_text, data, size);
}
