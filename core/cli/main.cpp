// factcheck: the command-line face of the engine.
//
//   factcheck check      [--facts FILE] [--add-facts FILE]... [--format json|text]
//                        [--fail-on VERDICTS] [--stats] [LIMITS] [FILE|-]
//   factcheck extract    [--format json|text] [--max-text-bytes N] [FILE|-]
//   factcheck validate   [--max-facts-bytes N] FILE... | [--facts FILE] --add-facts FILE...
//   factcheck import-csv [--name NAME] [--version VERSION] [--max-facts-bytes N] FILE.csv
//   factcheck learn      [--name NAME] [--max-sources-bytes N] SOURCE[@DATE]...
//   check also takes --source SOURCE[@DATE] (repeatable): the text is checked against the sources.
//   LIMITS: --max-text-bytes N, --max-facts-bytes N (per file); the defaults are the engine's (Limits)
//
// Exit codes: 0 done; 1 a claim with a verdict named by --fail-on was found; 2 bad usage, an
// unreadable input, an invalid fact base or CSV file (one line on stderr per problem).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "checker.hpp"
#include "facts/csv_import.hpp"
#include "learn/learner.hpp"
#include "model/dates.hpp"
#include "report/json.hpp"
#include "report/wording.hpp"

namespace {

using namespace factcheck;

// The usage text; the limits' defaults come from the engine, where they are written once.
std::string usage() {
  const Limits defaults;
  return "usage: factcheck check [--facts FILE] [--add-facts FILE]... [--format json|text]\n"
         "                       [--fail-on contradicted|outdated|contradicted,outdated] [--stats] [FILE|-]\n"
         "       factcheck extract [--format json|text] [FILE|-]\n"
         "       factcheck validate FILE...\n"
         "       factcheck validate [--facts FILE] --add-facts FILE...\n"
         "       factcheck import-csv [--name NAME] [--version VERSION] FILE.csv\n"
         "       factcheck learn [--name NAME] SOURCE[@DATE]... > facts.json\n"
         "       factcheck check --source SOURCE[@DATE]... [--facts FILE] [--add-facts FILE]... [FILE|-]\n"
         "       factcheck --version | --help\n"
         "check and extract take --max-text-bytes N (default " +
         std::to_string(defaults.max_text_bytes) +
         "); check, validate and import-csv take\n"
         "--max-facts-bytes N (default " +
         std::to_string(defaults.max_facts_bytes) +
         ", per file): a larger input is an error, not a slow run.\n"
         "check and extract read FILE, or standard input when FILE is - or absent.\n"
         "--facts replaces the bundled fact base; --add-facts merges a file onto it (repeatable).\n"
         "validate checks fact bases and prints every problem; import-csv writes a fact base to stdout.\n"
         "--source checks against what a trusted text says (only, unless --facts or --add-facts stack\n"
         "bases under it); @DATE is its ISO 8601 date. learn writes the fact base it learns.\n"
         "--max-sources-bytes N (default " +
         std::to_string(kDefaultMaxSourcesBytes) +
         ") limits the sources' total size.\n"
         "Fact-base format: docs/fact-base.md\n";
}

struct Options {
  std::string command;
  std::string input = "-";
  std::vector<std::string> inputs;  // validate, import-csv
  std::string facts;
  std::vector<std::string> add_facts;
  std::string format = "text";
  bool fail_on_contradicted = false;
  bool fail_on_outdated = false;
  bool stats = false;
  std::string name, version;         // import-csv; learn (name)
  std::vector<std::string> sources;  // check --source, learn: FILE[@DATE]
  std::size_t max_sources_bytes = kDefaultMaxSourcesBytes;
  Limits limits;
};

// Thrown for bad usage, unreadable input or an input over a limit; main prints "[CODE] message" and exits 2.
struct UsageError {
  std::string message;
  std::string code = "cli.usage";  // stable: "cli.usage", "cli.unreadable_input", "engine.text_too_large"
};

// A size limit's value: a whole number of bytes, at least 1.
std::size_t parse_limit(const std::string& name, const std::string& value) {
  const bool digits =
      !value.empty() && value.size() <= 18 && value.find_first_not_of("0123456789") == std::string::npos;
  const std::size_t n = digits ? std::stoull(value) : 0;
  if (n == 0) throw UsageError{name + " takes a whole number of bytes, at least 1, not '" + value + "'"};
  return n;
}

Options parse_args(int argc, char** argv) {
  Options o;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) throw UsageError{"missing command (check, extract, validate, import-csv or learn)"};
  o.command = args[0];
  if (o.command != "check" && o.command != "extract" && o.command != "validate" &&
      o.command != "import-csv" && o.command != "learn")
    throw UsageError{"unknown command '" + o.command + "'"};
  const bool checks = o.command == "check" || o.command == "validate";
  bool have_input = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) {
      if (i + 1 >= args.size()) throw UsageError{std::string(name) + " needs a value"};
      return args[++i];
    };
    if (a == "--facts" && checks) {
      if (!o.facts.empty()) throw UsageError{"--facts given twice; use --add-facts to merge files"};
      o.facts = value("--facts");
    } else if (a == "--add-facts" && checks) {
      o.add_facts.push_back(value("--add-facts"));
    } else if (a == "--format" && (o.command == "check" || o.command == "extract")) {
      o.format = value("--format");
      if (o.format != "json" && o.format != "text") throw UsageError{"--format must be json or text"};
    } else if (a == "--fail-on" && o.command == "check") {
      std::istringstream list(value("--fail-on"));
      std::string v;
      while (std::getline(list, v, ',')) {
        if (v == "contradicted") {
          o.fail_on_contradicted = true;
        } else if (v == "outdated") {
          o.fail_on_outdated = true;
        } else {
          throw UsageError{"--fail-on takes contradicted, outdated or both, comma-separated"};
        }
      }
    } else if (a == "--max-text-bytes" && (o.command == "check" || o.command == "extract")) {
      o.limits.max_text_bytes = parse_limit(a, value("--max-text-bytes"));
    } else if (a == "--max-facts-bytes" && o.command != "extract") {
      o.limits.max_facts_bytes = parse_limit(a, value("--max-facts-bytes"));
    } else if (a == "--stats" && o.command == "check") {
      o.stats = true;
    } else if (a == "--source" && o.command == "check") {
      o.sources.push_back(value("--source"));
    } else if (a == "--max-sources-bytes" && (o.command == "check" || o.command == "learn")) {
      o.max_sources_bytes = parse_limit(a, value("--max-sources-bytes"));
    } else if (a == "--name" && (o.command == "import-csv" || o.command == "learn")) {
      o.name = value("--name");
    } else if (a == "--version" && o.command == "import-csv") {
      o.version = value("--version");
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      throw UsageError{"unknown option '" + a + "' for " + o.command};
    } else if (o.command == "validate" || o.command == "import-csv") {
      o.inputs.push_back(a);
    } else if (o.command == "learn") {
      o.sources.push_back(a);
    } else if (have_input) {
      throw UsageError{"only one input file, got '" + o.input + "' and '" + a + "'"};
    } else {
      o.input = a;
      have_input = true;
    }
  }
  if (o.command == "validate" && o.inputs.empty() && o.add_facts.empty())
    throw UsageError{"validate needs a FILE, or --add-facts FILE"};
  if (o.command == "validate" && !o.inputs.empty() && (!o.facts.empty() || !o.add_facts.empty()))
    throw UsageError{"validate takes FILE... or a stack (--facts, --add-facts), not both"};
  if (o.command == "learn" && o.sources.empty()) throw UsageError{"learn needs at least one SOURCE file"};
  if (o.command == "import-csv" && o.inputs.size() != 1)
    throw UsageError{"import-csv needs exactly one CSV file"};
  return o;
}

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  // A directory opens as a stream but does not read.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw UsageError{"cannot read '" + path + "': it is a directory", "cli.unreadable_input"};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{"cannot read '" + path + "': " + std::strerror(errno), "cli.unreadable_input"};
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Display width in code points, so UTF-8 text lines up in the table.
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// `s` padded to `w` columns, and always one space after it, so that a long cell never runs into the next.
std::string pad(const std::string& s, std::size_t w) {
  return s + std::string(w > width(s) ? w - width(s) : 1, ' ');
}

// The first `n` characters of `s`, never cutting one of several bytes in two.
std::string first_chars(const std::string& s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t chars = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == n) break;
  }
  return s.substr(0, i);
}

// Word-wraps `s` to `w` columns, indenting continuation lines by `indent` spaces.
std::string wrap(const std::string& s, std::size_t w, std::size_t indent) {
  std::istringstream words(s);
  std::string word, out, line;
  while (words >> word) {
    if (!line.empty() && width(line) + 1 + width(word) > w) {
      out += line + "\n" + std::string(indent, ' ');
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return out + line;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

std::string describe_base(const FactBase& facts) {
  std::string out =
      facts.name() + " " + facts.version() + " (" + std::to_string(facts.facts().size()) + " facts";
  if (facts.layers().size() > 1) out += " in " + std::to_string(facts.layers().size()) + " files";
  return out + ", " + facts.checksum() + ")";
}

void print_report_text(const Report& report, const FactBase& facts, const std::string& text) {
  std::cout << "Fact base: " << describe_base(facts) << "\n\n";
  if (report.claims.empty()) std::cout << "No checkable claims found.\n";
  std::size_t n = 0;
  for (const Claim& c : report.claims) {
    const char* mark = c.verdict == Verdict::supported      ? "✔ supported   "
                       : c.verdict == Verdict::contradicted ? "✘ contradicted"
                       : c.verdict == Verdict::outdated     ? "⌛ outdated    "
                                                            : "? unverified  ";
    std::string span = one_line(text.substr(c.start, c.end - c.start));
    if (width(span) > 32) span = first_chars(span, 29) + "...";
    std::cout << pad(std::to_string(++n), 4) << mark << "  " << pad(span, 33) << pad(c.kind(), 9) << "\n";
    std::cout << "    " << wrap(c.explanation, 92, 4) << "\n";
  }
  std::cout << "\n" << report.supported << " supported, " << report.contradicted << " contradicted, ";
  if (report.outdated > 0) std::cout << report.outdated << " outdated, ";
  std::string unverified = verdict_name(Verdict::unverified, facts.basis());
  unverified[0] = 'n';  // "2 not in the sources"
  std::cout << report.unverified << " " << unverified << "\n";
}

void print_quantities_text(const std::vector<QuantityMention>& qs, const std::string& text) {
  std::cout << pad("SPAN", 34) << pad("KIND", 10) << pad("VALUE", 22) << pad("UNIT", 13) << "COMPARATOR\n";
  for (const QuantityMention& q : qs) {
    std::string span = one_line(text.substr(q.start, q.end - q.start));
    if (width(span) > 32) span = first_chars(span, 29) + "...";
    char value[64];
    std::snprintf(value, sizeof value, "%.10g", q.value);
    std::cout << pad(span, 34) << pad(to_string(q.kind), 10)
              << pad(q.kind == QuantityKind::date ? q.date : value, 22) << pad(q.unit, 13)
              << to_string(q.comparator) << "\n";
  }
  std::cout << qs.size() << " quantities\n";
}

// Prints each problem as "FILE: [factbase.CODE] /pointer: message" to `out`.
void print_errors(std::ostream& out, const std::string& file, const std::vector<FactBaseError>& errors) {
  for (const FactBaseError& e : errors) out << file << ": " << e.to_string() << "\n";
}

// "report.txt@2025-01-23" -> the file and its date; a name whose "@..." is no date is all file.
SourceDocument read_source(const std::string& arg) {
  SourceDocument doc;
  std::string path = arg;
  // "@" and digits and dashes after it are a date, checked with the other sources' problems
  // (learn.bad_date); any other "@" is part of the file's name.
  const std::size_t at = arg.rfind('@');
  if (at != std::string::npos && at + 1 < arg.size() &&
      arg.find_first_not_of("0123456789-", at + 1) == std::string::npos) {
    path = arg.substr(0, at);
    doc.date = arg.substr(at + 1);
  }
  doc.name = std::filesystem::path(path).filename().string();
  doc.text = read_input(path);
  return doc;
}

// The sources, read and checked against the limits; every problem printed, and nothing when any.
std::optional<std::vector<SourceDocument>> read_sources(const Options& o, std::ostream& out) {
  std::vector<SourceDocument> docs;
  for (const std::string& arg : o.sources) docs.push_back(read_source(arg));
  const std::vector<LearnError> errors = check_sources(docs, o.max_sources_bytes);
  for (const LearnError& e : errors) out << "factcheck: " << e.to_string() << "\n";
  if (!errors.empty()) return std::nullopt;
  return docs;
}

// The fact base `check` uses: the bundled one or --facts, with each --add-facts file merged on; with
// --source, the learned base alone, or on top of --facts and --add-facts when they are given.
// Problems are printed to `out`, prefixed with the file that has them.
std::optional<FactBase> load_stack(const Options& o, std::ostream& out) {
  FactBase fb;
  bool ok = true;
  const bool sources_only = !o.sources.empty() && o.facts.empty() && o.add_facts.empty();
  if (sources_only) {
    // Filled from the learned base below.
  } else if (o.facts.empty()) {
    fb = FactBase::bundled();
  } else {
    std::vector<FactBaseError> errors;
    fb = FactBase::parse(read_input(o.facts), errors, o.limits.max_facts_bytes);
    print_errors(out, o.facts, errors);
    ok = errors.empty();
  }
  for (const std::string& file : o.add_facts) {
    std::vector<FactBaseError> errors;
    const std::string text = read_input(file);
    // After a broken base, each added file is still checked on its own terms.
    if (ok) {
      fb.merge(text, errors, o.limits.max_facts_bytes);
    } else {
      FactBase::parse(text, errors, o.limits.max_facts_bytes);
    }
    print_errors(out, file, errors);
    ok = ok && errors.empty();
  }
  if (!ok) return std::nullopt;
  if (o.sources.empty()) return fb;
  const auto docs = read_sources(o, out);
  if (!docs) return std::nullopt;
  const LearnedBase learned = learn_fact_base(*docs, "Sources");
  std::vector<FactBaseError> errors;
  const std::size_t no_limit = learned.json.size() + 1;  // the sources' own limit was applied above
  if (sources_only) {
    fb = FactBase::parse(learned.json, errors, no_limit);
  } else {
    fb.merge(learned.json, errors, no_limit);
  }
  print_errors(out, "(learned from the sources)", errors);
  if (!errors.empty()) return std::nullopt;
  return fb;
}

int learn(const Options& o) {
  const auto docs = read_sources(o, std::cerr);
  if (!docs) return 2;
  const LearnedBase learned = learn_fact_base(*docs, o.name.empty() ? "Sources" : o.name);
  std::cout << learned.json << "\n";
  return 0;
}

int validate(const Options& o) {
  bool ok = true;
  auto clean = [](const std::string& file, const FactBase& fb) {
    std::cout << file << ": ok, " << fb.name() << " " << fb.version() << ", " << fb.facts().size()
              << " facts, " << fb.checksum() << "\n";
  };
  for (const std::string& file : o.inputs) {
    std::vector<FactBaseError> errors;
    const FactBase fb = FactBase::parse(read_input(file), errors, o.limits.max_facts_bytes);
    print_errors(std::cout, file, errors);
    if (errors.empty()) clean(file, fb);
    ok = ok && errors.empty();
  }
  if (!o.add_facts.empty()) {
    const auto fb = load_stack(o, std::cout);
    if (fb)
      clean(o.add_facts.back() + " (merged onto " + (o.facts.empty() ? "the bundled base" : o.facts) + ")",
            *fb);
    ok = ok && fb.has_value();
  }
  return ok ? 0 : 2;
}

int import(const Options& o) {
  const std::string& file = o.inputs[0];
  CsvImportOptions options;
  options.name = o.name.empty() ? std::filesystem::path(file).stem().string() : o.name;
  if (!o.version.empty()) options.version = o.version;
  std::vector<CsvError> errors;
  options.max_bytes = o.limits.max_facts_bytes;
  const std::string json = import_csv(read_input(file), options, errors);
  for (const CsvError& e : errors) std::cerr << file << ": " << e.to_string() << "\n";
  if (!errors.empty()) return 2;
  std::cout << json;
  return 0;
}

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

int run(const Options& o) {
  if (o.command == "validate") return validate(o);
  if (o.command == "import-csv") return import(o);
  if (o.command == "learn") return learn(o);
  const std::string text = read_input(o.input);
  const std::string too_large = text_too_large(text.size(), o.limits);
  if (!too_large.empty())
    throw UsageError{"'" + o.input + "': " + too_large + " (--max-text-bytes)", "engine.text_too_large"};
  if (o.command == "extract") {
    const auto quantities = extract_quantities(text, tokenize(text));
    if (o.format == "json") {
      std::cout << quantities_json(quantities, text) << "\n";
    } else {
      print_quantities_text(quantities, text);
    }
    return 0;
  }
  const auto load_start = Clock::now();
  std::optional<FactBase> facts = load_stack(o, std::cerr);
  if (!facts) return 2;
  const Checker checker(std::move(*facts));
  const double load_ms = ms_since(load_start);
  const auto check_start = Clock::now();
  const Report report = checker.check(text);
  const double check_ms = ms_since(check_start);
  if (o.format == "json") {
    std::cout << report_json(report, checker.facts(), text) << "\n";
  } else {
    print_report_text(report, checker.facts(), text);
  }
  if (o.stats) {
    std::fprintf(stderr,
                 "stats: facts=%zu load_ms=%.1f check_ms=%.2f bytes=%zu claims=%zu facts_considered=%zu\n",
                 checker.facts().facts().size(), load_ms, check_ms, text.size(), report.claims.size(),
                 report.facts_considered);
  }
  const bool fail =
      (o.fail_on_contradicted && report.contradicted > 0) || (o.fail_on_outdated && report.outdated > 0);
  return fail ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    std::cout << usage();
    return 0;
  }
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::cout << "factcheck " << FACTCHECK_VERSION << "\n";
    return 0;
  }
  try {
    return run(parse_args(argc, argv));
  } catch (const UsageError& e) {
    std::cerr << "factcheck: [" << e.code << "] " << e.message
              << (e.code == "cli.usage" ? " (see factcheck --help)" : "") << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "factcheck: [cli.internal] " << e.what() << "\n";
    return 2;
  }
}
