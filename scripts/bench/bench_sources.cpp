// The sources half of scripts/bench.sh (issue 16): how long learning takes beside checking, and how
// checking against a large learned base compares with checking against the bundled one. Prints one JSON
// object on stdout. Every figure is the median of N runs (default 9).
//
//   bench_sources [--runs N] LEARN_TEXT DRAFT SOURCE...
//     LEARN_TEXT  a text (100 KB in the bench) learned as one source and checked against the bundled base
//     DRAFT       a text (10 KB) checked against the bundled base and against every SOURCE learned together
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "checker.hpp"
#include "learn/learner.hpp"

namespace {

using Clock = std::chrono::steady_clock;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_sources: cannot read '%s'\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The median time of `runs` calls of `work`, in milliseconds.
template <typename Work>
double median_ms(int runs, Work work) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 9;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      files.push_back(a);
    }
  }
  if (files.size() < 3) {
    std::fprintf(stderr, "usage: bench_sources [--runs N] LEARN_TEXT DRAFT SOURCE...\n");
    return 2;
  }
  using namespace factcheck;
  const std::string learn_text = read_file(files[0]);
  const std::string draft = read_file(files[1]);
  std::vector<SourceDocument> sources;
  std::size_t source_bytes = 0;
  for (std::size_t i = 2; i < files.size(); ++i) {
    sources.push_back({files[i].substr(files[i].find_last_of('/') + 1), "2025-01-23", read_file(files[i])});
    source_bytes += sources.back().text.size();
  }
  const Checker bundled;
  // Learning a text beside checking it: learning alone, and learning plus loading the learned base.
  const double learn_ms = median_ms(runs, [&] {
    learn_fact_base({{"text.txt", "2025-01-23", learn_text}}, "Bench");
  });
  const double check_text_ms = median_ms(runs, [&] { bundled.check(learn_text); });
  // Checking a draft against a large learned base (an index, not a scan) beside the bundled base.
  const auto t0 = Clock::now();
  const LearnedBase learned = learn_fact_base(sources, "Bench sources");
  std::vector<FactBaseError> errors;
  FactBase base = FactBase::parse(learned.json, errors, learned.json.size() + 1);
  if (!errors.empty()) {
    std::fprintf(stderr, "bench_sources: %s\n", errors[0].to_string().c_str());
    return 1;
  }
  const Checker against_sources(std::move(base));
  const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  const double check_bundled_ms = median_ms(runs, [&] { bundled.check(draft); });
  const double check_sources_ms = median_ms(runs, [&] { against_sources.check(draft); });
  std::printf(
      "{\"learn_bytes\":%zu,\"learn_ms\":%.3f,\"check_same_text_ms\":%.3f,\"learn_over_check\":%.3f,"
      "\"draft_bytes\":%zu,\"source_bytes\":%zu,\"sources\":%zu,\"learned_facts\":%zu,\"learn_and_load_"
      "sources_ms\":%.1f,"
      "\"check_draft_bundled_ms\":%.3f,\"check_draft_sources_ms\":%.3f,\"sources_over_bundled\":%.3f}\n",
      learn_text.size(), learn_ms, check_text_ms, learn_ms / check_text_ms, draft.size(), source_bytes,
      sources.size(), against_sources.facts().facts().size(), build_ms, check_bundled_ms, check_sources_ms,
      check_sources_ms / check_bundled_ms);
  return 0;
}
