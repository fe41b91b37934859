// libFuzzer target "csv_import" (scripts/fuzz.sh): see targets.hpp for what it runs and checks.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return factcheck::fuzz::run_one("csv_import", factcheck::fuzz::import_csv_text, data, size);
}
