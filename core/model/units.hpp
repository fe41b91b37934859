// Units of measure, time and percentage points: the short codes figures carry ("km", "lb", "°C", "h",
// "bp"), what each measures, and conversion between units of one dimension, so that "6.2 miles" can be
// compared with a fact of 10 km. Currencies are not here: without exchange rates they never convert.
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include "model/interval.hpp"

namespace factcheck {

// What a unit measures. Two units convert only within one dimension.
enum class Dimension {
  length,
  area,
  volume,
  mass,
  temperature,
  speed,
  energy,
  power,
  data,
  time,
  pressure,
  force,
  torque,
  frequency,
  data_rate,         // bits per second
  charge,            // a battery's milliampere hours and ampere hours
  voltage,           // volts
  activity,          // international units of a vitamin or drug
  sound,             // decibels
  luminance,         // nits (candelas per square metre)
  mach,              // a speed as a multiple of the speed of sound
  oven,              // gas marks
  amount,            // moles
  concentration,     // millimoles per litre
  ratio,             // millimoles per mole (HbA1c)
  grade,             // grams of a metal per tonne of ore
  air,               // micrograms per cubic metre of air
  rotation,          // revolutions per minute
  fuel_economy,      // miles per gallon
  fuel_consumption,  // litres per 100 km: the inverse of economy, so it has a dimension of its own
  emissions,         // grams of CO2 per kilometre
  flow,              // barrels per day, cubic metres and litres per second
  image,             // megapixels
  frame_rate,        // frames per second
  points,            // percentage points and basis points
};

// One unit: its code, what it measures, and how it converts to the dimension's base unit (metre,
// square metre, litre, kilogram, kelvin, metre per second, joule, watt, byte, second, pascal, newton,
// newton metre, hertz, bit per second, mAh, IU, rpm, mpg, L/100km, g/km, barrel per day, percentage point):
// base = value * factor + offset. Only temperatures have an offset.
struct Unit {
  std::string_view code;  // "km", "m²", "°C", "bp"
  Dimension dimension;
  double factor;
  double offset = 0;
  std::string_view name;  // for readers, singular: "kilometre", "degree Celsius"
};

// The unit a code names: a code itself, or another spelling fact bases and older versions used ("m2"
// for "m²", "sq ft" for "ft²"); null when there is none. Case matters: "Nm" is not "nm".
const Unit* find_unit(std::string_view code);

// Every unit, in the order of the table (by dimension, then size): for documentation and tests.
const Unit* units_begin();
const Unit* units_end();

// Whether two amounts are the same but for the last bits of a double: "$6.6 billion" read from two
// texts, or a value and a conversion of it.
inline bool same_amount(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// Whether a measure fact may carry this unit: any unit of the table but percentage points.
bool is_measure_unit(std::string_view code);

// Every name is_measure_unit() accepts, codes then other spellings: what the fact-base schema lists.
std::vector<std::string_view> measure_unit_names();

// `value` in unit `from`, expressed in unit `to`; nothing when either is unknown or their dimensions
// differ.
std::optional<double> convert(double value, std::string_view from, std::string_view to);

// The same for every value of an interval (each end converted; open ends stay open).
std::optional<Interval> convert(const Interval& interval, std::string_view from, std::string_view to);

// Whether a value in one unit can be compared with one in the other: the same code, or two units of
// one dimension.
bool units_convert(std::string_view a, std::string_view b);

}  // namespace factcheck
