// A quantity mention in another unit of its dimension, for the matcher to compare it with a fact.
#include "model/dates.hpp"
#include "model/units.hpp"
#include "quantities/extractor.hpp"
#include "quantities/quantities.hpp"

namespace factcheck {

std::optional<QuantityMention> in_unit(const QuantityMention& q, std::string_view unit) {
  if (q.unit == unit || q.kind == QuantityKind::money || q.kind == QuantityKind::date) return std::nullopt;
  if (!units_convert(q.unit, unit)) return std::nullopt;  // a count's noun, or another dimension
  const auto value = convert(q.value, q.unit, unit);
  const auto interval = convert(q.interval, q.unit, unit);
  const auto low = convert(q.range_low, q.unit, unit);
  const auto high = convert(q.range_high, q.unit, unit);
  // A step is a difference: the offset of a temperature scale cancels out of it.
  const auto zero = convert(0, q.unit, unit);
  const auto step = convert(q.step, q.unit, unit);
  if (!value || !interval || !low || !high || !zero || !step) return std::nullopt;
  QuantityMention c = q;
  c.value = *value;
  c.interval = *interval;
  c.range_low = *low;
  c.range_high = *high;
  c.step = *step - *zero;
  c.unit = std::string(unit);
  return c;
}

std::optional<QuantityMention> in_year(const QuantityMention& q, int year) {
  if (q.kind != QuantityKind::date || q.date.size() != 7 || q.date.compare(0, 2, "--") != 0)
    return std::nullopt;
  const int month = (q.date[2] - '0') * 10 + (q.date[3] - '0');
  const int day = (q.date[5] - '0') * 10 + (q.date[6] - '0');
  QuantityMention c = q;
  c.interval = date_span(year, month, day);
  c.value = c.range_low = c.range_high = year;
  c.date = std::to_string(year) + q.date.substr(1);
  return c;
}

int month_of(std::string_view word) {
  return quantities_detail::month_number(word);
}

}  // namespace factcheck
