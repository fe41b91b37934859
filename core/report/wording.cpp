// Values as a reader reads them (report/wording.hpp).
#include "report/wording.hpp"

#include "model/units.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace factcheck {
namespace {

// A number with at most three decimals and no trailing zeros: 6.6, 14, 0.75.
std::string trim_number(double x) {
  // A whole number, the usual case, needs no formatting call: "%.3f" prints its digits and ".000".
  // Not -0, which prints as "-0".
  if (x == std::floor(x) && std::fabs(x) < 1e15 && !(x == 0 && std::signbit(x)))
    return std::to_string(static_cast<long long>(x));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string with_separators(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(x));
  std::string digits = buf, out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (x < 0 ? "-" : "") + out;
}

}  // namespace

const char* comparator_words(Comparator c) {
  switch (c) {
    case Comparator::exactly:
      return "exactly ";
    case Comparator::approx:
      return "about ";
    case Comparator::nearly:
      return "nearly ";
    case Comparator::just_over:
      return "just over ";
    case Comparator::more_than:
      return "more than ";
    case Comparator::at_least:
      return "at least ";
    case Comparator::less_than:
      return "less than ";
    case Comparator::at_most:
      return "up to ";
    case Comparator::until:
      return "until ";
    case Comparator::since:
      return "since ";
    default:
      return "";
  }
}

std::string join_names(const std::vector<std::string>& names, const char* last) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? last : ", ";
    out += names[i];
  }
  return out;
}

const char* rank_words(int rank) {
  static const char* kWords[] = {
      "", "largest", "second-largest", "third-largest", "fourth-largest", "fifth-largest"};
  return rank >= 1 && rank <= 5 ? kWords[rank] : "a lower-ranked";
}

// Text for display: runs of spaces, line breaks and no-break spaces (U+00A0, U+202F) become one space.
std::string one_spaced(std::string_view s) {
  // Most spans are on one line with single spaces: those are copied whole, not a byte at a time.
  bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ';
  for (std::size_t i = 0; plain && i < s.size(); ++i) {
    const char c = s[i];
    plain = c != '\n' && c != '\r' && c != '\t' && c != '\xC2' && c != '\xE2' &&
            !(c == ' ' && i + 1 < s.size() && s[i + 1] == ' ');
  }
  if (plain) return std::string(s);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t skip = 0;
    // A word hyphenated at a line's end is one word: "bil-\nlion" reads "billion".
    if (c == '-' && i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && i + 1 < s.size() &&
        (s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < s.size() && s[i + 2] == '\n')) &&
        i + (s[i + 1] == '\r' ? 3 : 2) < s.size() && s[i + (s[i + 1] == '\r' ? 3 : 2)] != ' ') {
      i += s[i + 1] == '\r' ? 2 : 1;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      skip = 1;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      skip = 2;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0xAF) {
      skip = 3;
    }
    if (skip) {
      space = true;
      i += skip - 1;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

// "OpenAI's", but "Greenspur Partners'".
std::string possessive(const std::string& name) {
  return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
}

// "about 90% lower", "about 7% higher", "about 10 times as much".
std::string deviation_words(double claimed, double fact) {
  if (fact == 0) return "different";
  const double ratio = claimed / fact;
  if (ratio >= 2) return "about " + trim_number(std::round(ratio * 10) / 10) + " times as much";
  const double pct = std::fabs(ratio - 1) * 100;
  const std::string amount =
      pct >= 10 ? trim_number(std::round(pct)) : trim_number(std::round(pct * 10) / 10);
  return "about " + amount + (ratio < 1 ? "% lower" : "% higher");
}

const char* verdict_name(Verdict verdict, Basis basis) {
  switch (verdict) {
    case Verdict::supported:
      return "Supported";
    case Verdict::contradicted:
      return "Contradicted";
    case Verdict::outdated:
      return "Outdated";
    case Verdict::unverified:
      break;
  }
  switch (basis) {
    case Basis::sources:
      return "Not in the sources";
    case Basis::both:
      return "Not in the fact base or the sources";
    case Basis::facts:
      break;
  }
  return "Not in the fact base";
}

const char* to_string(Basis basis) {
  switch (basis) {
    case Basis::sources:
      return "sources";
    case Basis::both:
      return "both";
    case Basis::facts:
      break;
  }
  return "facts";
}

std::string describe_deviation(double claimed, double fact) {
  if (fact != 0 && std::fabs(claimed / fact - 1) < 0.0005) return "the figures agree";
  return deviation_words(claimed, fact);
}

std::string format_amount(double amount, const std::string& unit, ValueKind kind) {
  if (kind == ValueKind::percent) {
    if (unit == "bp") return trim_number(amount) + " basis points";
    return trim_number(amount) + (unit == "pp" ? " percentage points" : "%");
  }
  std::string number;
  const double a = std::fabs(amount);
  if (a >= 1e12) {
    number = trim_number(amount / 1e12) + " trillion";
  } else if (a >= 1e9) {
    number = trim_number(amount / 1e9) + " billion";
  } else if (a >= 1e6) {
    number = trim_number(amount / 1e6) + " million";
  } else if (std::floor(a) == a) {
    number = with_separators(amount);
  } else {
    number = trim_number(amount);
  }
  if (kind != ValueKind::money) {
    if (unit.rfind("\xC2\xB0", 0) == 0) return number + unit;  // "20°C"
    // Spans of time in words: "4 years", "90 minutes", "1 day".
    if (const Unit* u = find_unit(unit); u && u->dimension == Dimension::time && unit != "ms")
      return number + " " + std::string(u->name) + (amount == 1 ? "" : "s");
    return unit.empty() ? number : number + " " + unit;
  }
  if (unit == "USD") return "$" + number;
  if (unit == "EUR") return "€" + number;
  if (unit == "GBP") return "£" + number;
  if (unit == "JPY") return "¥" + number;
  return number + " " + unit;
}

std::string format_date(const std::string& iso) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() == 6 && (iso[0] == 'F' || iso[0] == 'f')) return "fiscal year " + iso.substr(2);
  if (iso.size() >= 7 && iso[4] == '-' && (iso[5] == 'Q' || iso[5] == 'H')) {
    static const char* kOrdinals[] = {"first", "second", "third", "fourth"};
    const int n = iso[6] - '0';
    if (iso.size() != 7 || n < 1 || n > 4) return iso;
    return std::string("the ") + kOrdinals[n - 1] + (iso[5] == 'Q' ? " quarter of " : " half of ") +
           iso.substr(0, 4);
  }
  if (iso.size() > 7 && iso[4] == '-' && iso[5] >= 'a' && iso[5] <= 'z')
    return iso.substr(5) + " " + iso.substr(0, 4);
  if (iso.size() >= 7 && iso[4] == '-') {
    const int month = std::atoi(iso.substr(5, 2).c_str());
    if (month < 1 || month > 12) return iso;
    const std::string my = std::string(kMonths[month - 1]) + " " + iso.substr(0, 4);
    if (iso.size() == 10) return std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + my;
    return my;
  }
  return iso;
}

std::string cite(const FactBase& facts, const Fact& fact) {
  return cite(facts, fact, fact.value);
}

std::string cite(const FactBase& facts, const Fact& fact, const FactValue& value) {
  const std::string& id = value.source.empty() ? fact.source : value.source;
  const Source* s = facts.source(id);
  if (!s) return id;
  if (s->date.empty()) return s->publisher;  // an undated source, as a pasted one often is
  return s->publisher + ", " + s->date;
}

std::string describe_period(const FactValue& v) {
  if (!v.as_of.empty()) return "as of " + format_date(v.as_of);
  if (!v.valid_from.empty() && !v.valid_until.empty())
    return "from " + format_date(v.valid_from) + " until " + format_date(v.valid_until);
  if (!v.valid_from.empty()) return "since " + format_date(v.valid_from);
  if (!v.valid_until.empty()) return "until " + format_date(v.valid_until);
  return "";
}

std::string describe_value(const FactBase& facts, const Fact& f) {
  return describe_value(facts, f, f.value);
}

std::string describe_value(const FactBase& facts, const Fact& f, const FactValue& v) {
  const Predicate* pred = facts.predicate(f.predicate);
  auto name = [&](const std::string& id) {
    const Entity* e = facts.entity(id);
    return e ? e->name : id;
  };
  switch (pred->value) {
    case ValueKind::date:
      return comparator_words(v.comparator) + format_date(v.date);
    case ValueKind::members: {
      std::vector<std::string> names;
      for (const std::string& m : v.members) names.push_back(name(m));
      std::vector<std::string> optional;
      for (const std::string& m : v.optional_members) optional.push_back(name(m));
      return join_names(names) +
             (optional.empty() ? "" : ", with " + join_names(optional) + " in some accounts");
    }
    case ValueKind::role:
      return name(v.entity);
    case ValueKind::rank:
      return name(f.subject) + " is the " + rank_words(v.rank) + " " + pred->label;
    default:
      if (v.comparator == Comparator::order) {
        // "tens of billions of dollars"
        const double a = v.amount;
        const char* scale = a >= 1e12  ? "trillions"
                            : a >= 1e9 ? "billions"
                            : a >= 1e6 ? "millions"
                                       : "thousands";
        const double base = a >= 1e12 ? 1e12 : a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1e3;
        const char* order = a / base >= 100 ? "hundreds of " : a / base >= 10 ? "tens of " : "";
        return std::string(order) + scale + (v.unit == "USD" ? " of dollars" : " (" + v.unit + ")");
      }
      if (v.comparator == Comparator::range && v.high > v.amount)  // "£820 million to £860 million"
        return format_amount(v.amount, v.unit, pred->value) + " to " +
               format_amount(v.high, v.unit, pred->value);
      return comparator_words(v.comparator) + format_amount(v.amount, v.unit, pred->value);
  }
}

std::string describe_binding(const FactBase& facts, const std::vector<std::string>& signals) {
  // One pass, one string: a report has a binding per figure.
  std::vector<std::string> parts;
  parts.reserve(6);
  const auto part = [&](std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    std::string p;
    p.reserve(a.size() + b.size() + c.size());
    parts.push_back(p.append(a).append(b).append(c));
  };
  std::string named, referred;
  const char* value = nullptr;
  for (const std::string& s : signals) {
    const std::size_t colon = s.find(':');
    if (colon == std::string::npos) continue;
    const std::string_view kind(s.data(), colon), what(s.data() + colon + 1, s.size() - colon - 1);
    if (kind == "subject" || kind == "object" || kind == "referred") {
      const Entity* e = facts.entity(what);
      std::string& list = kind == "referred" ? referred : named;
      list.append(list.empty() ? "" : " and ").append(e ? std::string_view(e->name) : what);
    } else if (kind == "cue") {
      part("the word \u201c", what, "\u201d");
    } else if (kind == "context") {
      part("\u201c", what, "\u201d");
    } else if (kind == "date") {
      part("the date ", format_date(std::string(what)));
    } else if (kind == "source-sentence") {
      part("the words it shares with the source sentence");
    } else if (kind == "rival") {
      part("another figure of the sentence fitting the fact its words point to");
    } else if (kind == "value") {
      value = what == "fits" ? "a value that fits" : "a value that differs";
    }
  }
  if (!named.empty()) part(named, " named");
  if (!referred.empty()) part(referred, " referred to");
  if (value) part(value);
  return parts.empty() ? std::string() : "Bound to this fact by " + join_names(parts) + ".";
}

// A figure converted into another unit, to three significant digits: "16.1 km", "-40°F".
std::string converted_amount(double amount, const std::string& unit, ValueKind kind) {
  const double a = std::fabs(amount);
  const double scale = a > 0 ? std::pow(10.0, 2 - std::floor(std::log10(a))) : 1;
  return format_amount(a > 0 ? std::round(amount * scale) / scale : 0, unit, kind);
}

}  // namespace factcheck
