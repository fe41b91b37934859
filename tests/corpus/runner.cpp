// Walks the labelled claim corpus (tests/corpus/*.json), checks every text with the bundled fact
// base, or with the file's own where it names one ("facts": a path relative to the corpus folder, as
// factbases/castlemere.json), and prints precision and recall for each verdict. Fails below the floor:
//   - at least 95% of labelled claims get the right verdict (and the right fact, where labelled);
//   - no claim labelled contradicted or unverified is reported as supported;
//   - no claim the corpus does not list is reported as supported or contradicted.
//
//   corpus_runner [--verbose] DIR
//   corpus_runner --article SOURCES_DIR EXPECTATIONS.json   (exit 77 when SOURCES_DIR is absent)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker.hpp"
#include "report/json.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace factcheck;

namespace {

constexpr double kAccuracyFloor = 0.95;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Byte offset of the n-th (1-based) occurrence of `span` in `text`, or npos.
std::size_t find_occurrence(const std::string& text, const std::string& span, int n) {
  std::size_t at = std::string::npos, from = 0;
  for (int k = 0; k < n; ++k) {
    at = text.find(span, from);
    if (at == std::string::npos) return at;
    from = at + 1;
  }
  return at;
}

// The claim overlapping [start, end) the most, or null.
const Claim* overlapping(const Report& r, std::size_t start, std::size_t end) {
  const Claim* best = nullptr;
  std::size_t best_overlap = 0;
  for (const Claim& c : r.claims) {
    const std::size_t lo = std::max(start, c.start), hi = std::min(end, c.end);
    if (hi > lo && hi - lo > best_overlap) {
      best = &c;
      best_overlap = hi - lo;
    }
  }
  return best;
}

std::string excerpt(const std::string& s) {
  return s.size() > 110 ? s.substr(0, 107) + "..." : s;
}

// The checker over a corpus file's own fact base, when it names one; null when it names none or the
// fact base has problems (printed).
std::unique_ptr<Checker> own_checker(const fs::path& dir, const json& doc) {
  if (!doc.contains("facts")) return nullptr;
  const fs::path path = dir / doc.at("facts").get<std::string>();
  std::vector<FactBaseError> errors;
  FactBase facts = FactBase::parse(read_file(path), errors);
  for (const FactBaseError& e : errors)
    std::cerr << "corpus_runner: " << path.string() << ": " << e.to_string() << "\n";
  return errors.empty() ? std::make_unique<Checker>(std::move(facts)) : nullptr;
}

int run_corpus(const fs::path& dir, bool verbose) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "corpus_runner: no .json files in " << dir << "\n";
    return 2;
  }
  const Checker checker;
  const std::vector<std::string> verdicts = {"supported", "contradicted", "outdated", "unverified"};
  std::map<std::string, std::map<std::string, int>> confusion;  // expected -> actual -> count
  int total = 0, correct = 0, false_supported = 0, spurious = 0, wrong_fact = 0;
  std::vector<std::string> failures;
  for (const fs::path& file : files) {
    json doc;
    try {
      doc = json::parse(read_file(file));
    } catch (const json::exception& e) {
      std::cerr << "corpus_runner: " << file << ": " << e.what() << "\n";
      return 2;
    }
    int file_total = 0, file_correct = 0;
    const auto own = own_checker(dir, doc);
    if (doc.contains("facts") && !own) return 2;
    const Checker& use = own ? *own : checker;
    for (const json& kase : doc.at("cases")) {
      const std::string text = kase.at("text").get<std::string>();
      const Report report = use.check(text);
      std::vector<const Claim*> matched;
      for (const json& want : kase.at("claims")) {
        const std::string span = want.at("span").get<std::string>();
        const std::string verdict = want.at("verdict").get<std::string>();
        const std::string fact = want.value("fact", "");
        const std::size_t at = find_occurrence(text, span, want.value("occurrence", 1));
        if (at == std::string::npos) {
          std::cerr << "corpus_runner: " << file.filename().string() << ": span \"" << span
                    << "\" not in its text\n";
          return 2;
        }
        const Claim* got = overlapping(report, at, at + span.size());
        const std::string actual = got ? to_string(got->verdict) : "missed";
        const std::string got_fact = got && got->fact ? got->fact->id : "";
        if (got) matched.push_back(got);
        ++total;
        ++file_total;
        ++confusion[verdict][actual];
        const bool fact_ok = verdict == "unverified" || fact.empty() || fact == got_fact;
        if (actual == verdict && fact_ok) {
          ++correct;
          ++file_correct;
          continue;
        }
        if (actual == verdict) ++wrong_fact;
        if (actual == "supported" && verdict != "supported") ++false_supported;
        failures.push_back(file.filename().string() + ": \"" + span + "\" expected " + verdict +
                           (fact.empty() ? "" : " (" + fact + ")") + ", got " + actual +
                           (got_fact.empty() ? "" : " (" + got_fact + ")") + "\n      in: " + excerpt(text) +
                           (got ? "\n      why: " + got->explanation : ""));
      }
      for (const Claim& c : report.claims) {
        if (c.verdict == Verdict::unverified) continue;
        if (std::find(matched.begin(), matched.end(), &c) != matched.end()) continue;
        ++spurious;
        failures.push_back(file.filename().string() + ": unlabelled claim \"" +
                           text.substr(c.start, c.end - c.start) + "\" reported " + to_string(c.verdict) +
                           "\n      in: " + excerpt(text));
      }
    }
    std::printf("  %-28s %3d/%3d right\n", file.filename().string().c_str(), file_correct, file_total);
  }

  std::printf("\n  %-13s %9s %9s %9s\n", "verdict", "precision", "recall", "labelled");
  for (const std::string& v : verdicts) {
    int tp = confusion[v][v], labelled = 0, predicted = 0;
    for (const auto& [actual, n] : confusion[v]) labelled += n;
    for (const std::string& e : verdicts) predicted += confusion[e][v];
    std::printf("  %-13s %8.1f%% %8.1f%% %9d\n", v.c_str(), predicted ? 100.0 * tp / predicted : 100.0,
                labelled ? 100.0 * tp / labelled : 100.0, labelled);
  }
  std::printf("\n  confusion (rows: labelled, columns: reported)\n  %-13s", "");
  for (const std::string& a : {"supported", "contradicted", "outdated", "unverified", "missed"})
    std::printf(" %12s", a.c_str());
  std::printf("\n");
  for (const std::string& v : verdicts) {
    std::printf("  %-13s", v.c_str());
    for (const std::string& a : {"supported", "contradicted", "outdated", "unverified", "missed"})
      std::printf(" %12d", confusion[v][a]);
    std::printf("\n");
  }
  const double accuracy = total ? static_cast<double>(correct) / total : 0;
  std::printf("\n  right verdict: %d of %d (%.1f%%; floor %.0f%%)\n", correct, total, 100 * accuracy,
              100 * kAccuracyFloor);
  std::printf(
      "  wrongly supported: %d (must be 0); right verdict but wrong fact: %d; unlabelled verdicts: %d\n",
      false_supported, wrong_fact, spurious);
  if (verbose || accuracy < kAccuracyFloor || false_supported > 0 || spurious > 0) {
    std::printf("\n  failures:\n");
    for (const std::string& f : failures) std::printf("    %s\n", f.c_str());
  }
  const bool pass = accuracy >= kAccuracyFloor && false_supported == 0 && spurious == 0;
  std::printf("corpus: %d passed, %d failed\n", correct, total - correct + spurious);
  return pass ? 0 : 1;
}

int run_article(const fs::path& sources, const fs::path& expectations) {
  fs::path article;
  if (fs::is_directory(sources)) {
    for (const auto& entry : fs::directory_iterator(sources))
      if (entry.path().extension() == ".txt") article = entry.path();
  }
  if (article.empty()) {
    std::printf("article: skipped: no source article in %s (../shared is not present)\n",
                sources.string().c_str());
    return 77;
  }
  const std::string text = read_file(article);
  const Checker checker;
  const Report report = checker.check(text);
  const json want = json::parse(read_file(expectations));
  int passed = 0, failed = 0;
  for (const json& w : want.at("supported")) {
    const std::string span = w.at("span").get<std::string>();
    const std::string fact = w.value("fact", "");
    const std::size_t at = text.find(span);
    const Claim* got = at == std::string::npos ? nullptr : overlapping(report, at, at + span.size());
    const bool ok =
        got && got->verdict == Verdict::supported && (fact.empty() || (got->fact && got->fact->id == fact));
    std::printf(
        "  %s %-48s %s\n", ok ? "ok  " : "FAIL", ("\"" + span + "\"").c_str(),
        got ? (std::string(to_string(got->verdict)) + (got->fact ? " (" + got->fact->id + ")" : "")).c_str()
            : (at == std::string::npos ? "span not in the article" : "no claim found"));
    ok ? ++passed : ++failed;
  }
  for (const Claim& c : report.claims) {
    if (c.verdict != Verdict::contradicted) continue;
    std::printf("  FAIL contradicted in the article: \"%s\": %s\n",
                text.substr(c.start, c.end - c.start).c_str(), c.explanation.c_str());
    ++failed;
  }
  std::printf("  article: %d supported, %d contradicted, %d unverified claims in all\n", report.supported,
              report.contradicted, report.unverified);
  std::printf("article: %d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() == 3 && args[0] == "--article") return run_article(args[1], args[2]);
    const bool verbose = !args.empty() && args[0] == "--verbose";
    if (verbose) args.erase(args.begin());
    if (args.size() == 1) return run_corpus(args[0], verbose);
  } catch (const std::exception& e) {
    std::cerr << "corpus_runner: " << e.what() << "\n";
    return 2;
  }
  std::cerr
      << "usage: corpus_runner [--verbose] DIR | corpus_runner --article SOURCES_DIR EXPECTATIONS.json\n";
  return 2;
}
