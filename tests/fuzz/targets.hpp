// The fuzz targets' bodies, shared by the libFuzzer entry points (tests/fuzz/fuzz_*.cpp) and the unit test
// that replays the regression corpus (tests/unit/test_fuzz_regressions.cpp), so a crasher found once is
// replayed through exactly the code that found it. Each body runs one input through a public entry point
// and checks what must hold whatever the input: it returns "" or a sentence saying what broke. Crashes,
// leaks and undefined behaviour are the sanitizers' to report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../unit/self_check.hpp"
#include "checker.hpp"
#include "facts/csv_import.hpp"
#include "facts/factbase.hpp"
#include "report/json.hpp"

namespace factcheck::fuzz {

// "" when `text` is well-formed JSON (nlohmann also rejects invalid UTF-8 in strings), else why not.
inline std::string json_problem(const std::string& text, const char* what) {
  return nlohmann::json::accept(text) ? std::string() : std::string(what) + " is not well-formed JSON";
}

// check(text): the report's spans lie in the text, its counts add up, and both JSON renderings parse.
inline std::string check_text(std::string_view text) {
  static const Checker checker;
  const Report report = checker.check(text);
  const int counted = report.supported + report.contradicted + report.outdated + report.unverified;
  if (counted != static_cast<int>(report.claims.size())) return "the summary does not count every claim";
  for (const Claim& c : report.claims)
    if (c.start > c.end || c.end > text.size()) return "a claim's span lies outside the text";
  std::string problem = json_problem(report_json(report, checker.facts(), text, -1), "the UTF-8 report");
  if (problem.empty())
    problem =
        json_problem(report_json(report, checker.facts(), text, -1, Offsets::utf16), "the UTF-16 report");
  return problem;
}

// extract(text): every quantity's span lies in the text and the JSON parses.
inline std::string extract_text(std::string_view text) {
  const std::vector<QuantityMention> quantities = extract_quantities(text, tokenize(text));
  for (const QuantityMention& q : quantities)
    if (q.start > q.end || q.end > text.size()) return "a quantity's span lies outside the text";
  return json_problem(quantities_json(quantities, text, -1), "the extract JSON");
}

// Fact-base loading and validation: parse alone and merged onto the bundled base; a base that loads
// builds a checker (its lexicon indexes every alias) and checks a sentence.
inline std::string load_facts(std::string_view json) {
  std::vector<FactBaseError> errors;
  const FactBase parsed = FactBase::parse(json, errors);
  for (const FactBaseError& e : errors)
    if (e.code.empty()) return "a fact-base problem has no code";
  if (errors.empty() && parsed.checksum().rfind("sha256:", 0) != 0)
    return "a loaded fact base has no checksum";
  FactBase merged = FactBase::bundled();
  std::vector<FactBaseError> merge_errors;
  const std::size_t before = merged.facts().size();
  if (!merged.merge(json, merge_errors) && merged.facts().size() != before)
    return "a failed merge changed the fact base";
  if (errors.empty()) {
    const Checker checker(parsed);
    checker.check("Microsoft has invested nearly $14 billion in OpenAI, the company said in 2025.");
  }
  return "";
}

// CSV import: problems come with a code, and a CSV that imports cleanly yields a fact base that loads.
inline std::string import_csv_text(std::string_view csv) {
  std::vector<CsvError> errors;
  const std::string json = import_csv(csv, CsvImportOptions{}, errors);
  for (const CsvError& e : errors) {
    if (e.code == "csv.internal") return "the importer failed inside: " + e.message;
    if (e.code.empty()) return "a CSV problem has no code";
  }
  if (!errors.empty()) return json.empty() ? "" : "a failed import returned a fact base";
  std::vector<FactBaseError> problems;
  FactBase::parse(json, problems);
  return problems.empty() ? "" : "an imported fact base does not load: " + problems[0].to_string();
}

// learn + check (issue 16): the text learned as its only source loads as a fact base, and checked against
// itself it gives no contradiction.
inline std::string learn_check_text(std::string_view text) {
  return testing::self_check(text).problem;
}

// A target as the regression test walks them: its folder under tests/fuzz/regressions/ and its body.
struct Target {
  const char* name;
  std::string (*run)(std::string_view);
};
inline const Target kTargets[] = {{"check", check_text},
                                  {"extract", extract_text},
                                  {"factbase", load_facts},
                                  {"csv_import", import_csv_text},
                                  {"learn_check", learn_check_text}};

// The libFuzzer entry's body: a broken property aborts, which libFuzzer records as a crash.
inline int run_one(const char* name, std::string (*run)(std::string_view), const std::uint8_t* data,
                   std::size_t size) {
  const std::string problem = run({reinterpret_cast<const char*>(data), size});
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_%s: %s\n", name, problem.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace factcheck::fuzz
