// Percentages: "40%", "12 percent", "per cent of twenty-two", and percentage points ("3 percentage
// points", "50 basis points", "2 points" after a percentage).
#include <string>

#include "quantities/extractor.hpp"

namespace factcheck::quantities_detail {

namespace {

// Reads percentages before and after a figure.
class PercentReader : public Reader {
 public:
  using Reader::Reader;

  // "percent of 10", "per cent of twenty-two".
  bool try_percent_prefix(std::size_t i, std::size_t& next) {
    const std::size_t k = percent_word_end(i);
    if (!k || !word(k, "of")) return false;
    if (i > 0 && (t_[i - 1].is_number() || is_number_word(t_[i - 1].norm))) return false;
    auto num = parse_number(text_, t_, k + 1);
    if (!num) return false;
    QuantityMention m = make(i, num->last_token, QuantityKind::percent);
    m.unit = "%";
    m.value = num->value;
    m.step = num->step;
    finish(std::move(m));
    next = num->last_token;
    return true;
  }

  // A percent sign or word after the number: "40%", "12 percent", "3 percentage points".
  bool try_percent_after(const Figure& f, std::size_t& next) {
    std::string unit;
    double factor = 1;
    if (std::size_t e = percent_at(f.end, unit, factor))
      return emit(f, QuantityKind::percent, unit, e, factor, next);
    return false;
  }

 private:
  // The percent sign or word at k: returns the end token and sets the unit ("%" or "pp").
  std::size_t percent_at(std::size_t k, std::string& unit, double& factor) const {
    factor = 1;
    unit = "%";
    std::size_t e = 0;
    if (norm_at(t_, k, "%") || word(k, "pct")) e = k + 1;
    if (const std::size_t w = percent_word_end(k)) e = w;
    if (word(k, "percentage")) {
      if (word(k + 1, "points") || word(k + 1, "point")) {
        unit = "pp";
        return k + 2;
      }
      return k + 1;
    }
    if (word(k, "basis") && (word(k + 1, "points") || word(k + 1, "point"))) {
      unit = "pp";
      factor = 0.01;
      return k + 2;
    }
    if (e && (word(e, "points") || word(e, "point"))) {
      unit = "pp";
      return e + 1;
    }
    if (!e && (word(k, "points") || word(k, "pts")) && percent_context(k)) {
      unit = "pp";
      return k + 1;
    }
    return e;
  }

  // A percentage was mentioned shortly before, in the same sentence.
  bool percent_context(std::size_t k) const {
    for (std::size_t back = 1; back <= 40 && back <= k; ++back) {
      const Token& p = t_[k - back];
      if (p.is(".") || p.is("!") || p.is("?")) return false;
      if (p.is("%") || p.is("percent") || p.is("cent") || p.is("percentage")) return true;
    }
    return false;
  }
};

}  // namespace

bool try_percent_prefix(Extraction& scan, std::size_t i, std::size_t& next) {
  return PercentReader(scan).try_percent_prefix(i, next);
}

bool try_percent_after(Extraction& scan, const Figure& f, std::size_t& next) {
  return PercentReader(scan).try_percent_after(f, next);
}

}  // namespace factcheck::quantities_detail
