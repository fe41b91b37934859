// factcheck: the command-line face of the engine.
//
//   factcheck check   [--facts FILE] [--format json|text] [--fail-on contradicted] [FILE|-]
//   factcheck extract [--format json|text] [FILE|-]
//
// Exit codes: 0 done; 1 a contradicted claim was found and --fail-on contradicted was given;
// 2 bad usage, an unreadable input or an invalid fact base (one line on stderr).
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "checker.hpp"

namespace {

using namespace factcheck;

constexpr const char* kUsage =
    "usage: factcheck check [--facts FILE] [--format json|text] [--fail-on contradicted] [FILE|-]\n"
    "       factcheck extract [--format json|text] [FILE|-]\n"
    "       factcheck --version | --help\n"
    "Reads FILE, or standard input when FILE is - or absent.\n";

struct Options {
  std::string command;
  std::string input = "-";
  std::string facts;
  std::string format = "text";
  bool fail_on_contradicted = false;
};

// Thrown for bad usage or unreadable input; main prints "[cli.CODE] message" and exits 2.
struct UsageError {
  std::string message;
  std::string code = "usage";  // stable: "usage" or "unreadable_input"
};

Options parse_args(int argc, char** argv) {
  Options o;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) throw UsageError{"missing command (check or extract)"};
  o.command = args[0];
  if (o.command != "check" && o.command != "extract") throw UsageError{"unknown command '" + o.command + "'"};
  bool have_input = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) {
      if (i + 1 >= args.size()) throw UsageError{std::string(name) + " needs a value"};
      return args[++i];
    };
    if (a == "--facts" && o.command == "check") {
      o.facts = value("--facts");
    } else if (a == "--format") {
      o.format = value("--format");
      if (o.format != "json" && o.format != "text") throw UsageError{"--format must be json or text"};
    } else if (a == "--fail-on" && o.command == "check") {
      const std::string v = value("--fail-on");
      if (v != "contradicted") throw UsageError{"--fail-on takes 'contradicted'"};
      o.fail_on_contradicted = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      throw UsageError{"unknown option '" + a + "' for " + o.command};
    } else if (have_input) {
      throw UsageError{"only one input file, got '" + o.input + "' and '" + a + "'"};
    } else {
      o.input = a;
      have_input = true;
    }
  }
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
    throw UsageError{"cannot read '" + path + "': it is a directory", "unreadable_input"};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{"cannot read '" + path + "': " + std::strerror(errno), "unreadable_input"};
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Display width in code points, so UTF-8 text lines up in the table.
std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string pad(const std::string& s, std::size_t w) {
  return s + std::string(w > width(s) ? w - width(s) : 0, ' ');
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

void print_report_text(const Report& report, const FactBase& facts, const std::string& text) {
  std::cout << "Fact base: " << facts.name() << " " << facts.version() << " (" << facts.facts().size()
            << " facts, " << facts.checksum() << ")\n\n";
  if (report.claims.empty()) std::cout << "No checkable claims found.\n";
  std::size_t n = 0;
  for (const Claim& c : report.claims) {
    const char* mark = c.verdict == Verdict::supported      ? "✔ supported   "
                       : c.verdict == Verdict::contradicted ? "✘ contradicted"
                                                            : "? unverified  ";
    std::string span = one_line(text.substr(c.start, c.end - c.start));
    if (width(span) > 32) span = span.substr(0, 29) + "...";
    std::cout << pad(std::to_string(++n), 4) << mark << "  " << pad(span, 33) << pad(c.kind, 9) << "\n";
    std::cout << "    " << wrap(c.explanation, 92, 4) << "\n";
  }
  std::cout << "\n"
            << report.supported << " supported, " << report.contradicted << " contradicted, "
            << report.unverified << " not in the fact base\n";
}

void print_quantities_text(const std::vector<QuantityMention>& qs, const std::string& text) {
  std::cout << pad("SPAN", 34) << pad("KIND", 10) << pad("VALUE", 22) << pad("UNIT", 13) << "COMPARATOR\n";
  for (const QuantityMention& q : qs) {
    std::string span = one_line(text.substr(q.start, q.end - q.start));
    if (width(span) > 32) span = span.substr(0, 29) + "...";
    char value[64];
    std::snprintf(value, sizeof value, "%.10g", q.value);
    std::cout << pad(span, 34) << pad(to_string(q.kind), 10)
              << pad(q.kind == QuantityKind::date ? q.date : value, 22) << pad(q.unit, 13)
              << to_string(q.comparator) << "\n";
  }
  std::cout << qs.size() << " quantities\n";
}

int run(const Options& o) {
  const std::string text = read_input(o.input);
  if (o.command == "extract") {
    const auto quantities = extract_quantities(text, tokenize(text));
    if (o.format == "json") {
      std::cout << quantities_json(quantities, text) << "\n";
    } else {
      print_quantities_text(quantities, text);
    }
    return 0;
  }
  Checker checker;
  if (!o.facts.empty()) {
    std::vector<FactBaseError> errors;
    FactBase fb = FactBase::parse(read_input(o.facts), errors);
    if (!errors.empty()) {
      for (const FactBaseError& e : errors)
        std::cerr << "factcheck: " << o.facts << ": " << e.to_string() << "\n";
      return 2;
    }
    checker = Checker(std::move(fb));
  }
  const Report report = checker.check(text);
  if (o.format == "json") {
    std::cout << report_json(report, checker.facts(), text) << "\n";
  } else {
    print_report_text(report, checker.facts(), text);
  }
  return o.fail_on_contradicted && report.contradicted > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    std::cout << kUsage;
    return 0;
  }
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::cout << "factcheck " << FACTCHECK_VERSION << "\n";
    return 0;
  }
  try {
    return run(parse_args(argc, argv));
  } catch (const UsageError& e) {
    std::cerr << "factcheck: [cli." << e.code << "] " << e.message
              << (e.code == "usage" ? " (see factcheck --help)" : "") << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "factcheck: [cli.internal] " << e.what() << "\n";
    return 2;
  }
}
