// Replays every input in tests/fuzz/regressions/<target>/ through the fuzz target that found it
// (tests/fuzz/targets.hpp): a crasher, once fixed, stays fixed in every native and sanitizer test run.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "../fuzz/targets.hpp"

namespace fs = std::filesystem;

TEST_CASE("every fuzz regression input passes its target", "[fuzz]") {
  const fs::path root = fs::path(FACTCHECK_SOURCE_DIR) / "tests" / "fuzz" / "regressions";
  std::size_t replayed = 0;
  for (const factcheck::fuzz::Target& target : factcheck::fuzz::kTargets) {
    const fs::path dir = root / target.name;
    REQUIRE(fs::is_directory(dir));
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      INFO(entry.path().string());
      CHECK(target.run(input) == "");
      ++replayed;
    }
  }
  CHECK(replayed >= 4);  // at least the hand-written input each target's folder starts with
}
