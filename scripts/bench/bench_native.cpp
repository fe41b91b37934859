// The native half of scripts/bench.sh: check latency and throughput in-process, split into stages, and
// fact-base load time. Prints one JSON object per input on stdout (the script collects them).
//
//   bench_native [--facts FILE] [--runs N] TEXT...
//
// Stages are timed by calling the pipeline's own stage functions in the order Checker::check does:
// tokenise (tokens and sentences), extract (stems, quantities, entity mentions), match (the rest of
// check: cues, relations, binding, verdicts and explanations: check's total minus the first two) and
// report (the JSON contract). Every figure is the median of N runs (default: enough runs for 0.5 s).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "checker.hpp"
#include "report/json.hpp"
#include "lexicon/lexicon.hpp"
#include "quantities/quantities.hpp"
#include "text/sentences.hpp"
#include "text/stem.hpp"
#include "text/tokens.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_native: cannot read '%s'\n", path.c_str());
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Keeps results alive so the optimiser cannot drop a stage.
volatile std::size_t g_sink = 0;

}  // namespace

int main(int argc, char** argv) {
  std::string facts_path;
  int runs = 0;
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--facts" && i + 1 < argc) {
      facts_path = argv[++i];
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::stoi(argv[++i]);
    } else {
      texts.push_back(a);
    }
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: bench_native [--facts FILE] [--runs N] TEXT...\n");
    return 2;
  }

  // Load: parse and validate the fact base, then build the checker's lexicon.
  const std::string facts_json = facts_path.empty() ? std::string() : read_file(facts_path);
  std::vector<double> load_ms;
  for (int r = 0; r < (facts_path.empty() ? 1 : 3); ++r) {
    const auto t0 = Clock::now();
    std::vector<factcheck::FactBaseError> errors;
    factcheck::Checker c(facts_path.empty() ? factcheck::FactBase::bundled()
                                            : factcheck::FactBase::parse(facts_json, errors));
    load_ms.push_back(ms_since(t0));
    if (!errors.empty()) {
      std::fprintf(stderr, "bench_native: %s\n", errors[0].to_string().c_str());
      return 2;
    }
    g_sink = g_sink + c.facts().facts().size();
  }
  std::vector<factcheck::FactBaseError> errors;
  const factcheck::Checker checker(facts_path.empty() ? factcheck::FactBase::bundled()
                                                      : factcheck::FactBase::parse(facts_json, errors));
  const factcheck::Lexicon lexicon(checker.facts());

  for (const std::string& path : texts) {
    const std::string text = read_file(path);
    std::vector<double> total, tokenise, extract, match, report;
    std::size_t claims = 0, considered = 0;
    const int n = runs > 0 ? runs : 0;
    const auto started = Clock::now();
    for (int r = 0; n ? r < n : (r < 5 || (ms_since(started) < 500 && r < 1000)); ++r) {
      auto t0 = Clock::now();
      const auto tokens = factcheck::tokenize(text);
      const auto sentences = factcheck::split_sentences(text, tokens);
      const double t_tok = ms_since(t0);
      t0 = Clock::now();
      const auto stems = factcheck::stems_of(tokens);
      const auto quantities = factcheck::extract_quantities(text, tokens);
      const auto entities = lexicon.find_entities(tokens);
      const double t_ext = ms_since(t0);
      g_sink = g_sink + sentences.size() + stems.size() + quantities.size() + entities.size();

      t0 = Clock::now();
      const factcheck::Report rep = checker.check(text);
      const double t_check = ms_since(t0);
      t0 = Clock::now();
      const std::string json = factcheck::report_json(rep, checker.facts(), text, -1);
      const double t_rep = ms_since(t0);
      g_sink = g_sink + json.size();
      claims = rep.claims.size();
      considered = rep.facts_considered;

      tokenise.push_back(t_tok);
      extract.push_back(t_ext);
      match.push_back(std::max(0.0, t_check - t_tok - t_ext));
      report.push_back(t_rep);
      total.push_back(t_check + t_rep);
    }
    std::printf(
        "{\"file\":\"%s\",\"bytes\":%zu,\"runs\":%zu,\"facts\":%zu,\"load_ms\":%.3f,\"claims\":%zu,"
        "\"facts_considered\":%zu,\"check_ms\":%.4f,\"check_min_ms\":%.4f,\"tokenise_ms\":%.4f,"
        "\"extract_ms\":%.4f,\"match_ms\":%.4f,\"report_ms\":%.4f}\n",
        path.c_str(), text.size(), total.size(), checker.facts().facts().size(), median(load_ms), claims,
        considered, median(total), *std::min_element(total.begin(), total.end()), median(tokenise),
        median(extract), median(match), median(report));
  }
  return 0;
}
