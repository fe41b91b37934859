#include "model/units.hpp"

#include <cmath>
#include <iterator>
#include <unordered_map>
#include <utility>

namespace factcheck {
namespace {

using D = Dimension;

constexpr double kYear = 31556952;  // the mean Gregorian year, 365.2425 days, in seconds

// Every unit, grouped by dimension, each group from small to large.
constexpr Unit kUnits[] = {
    {"nm", D::length, 1e-9, 0, "nanometre"},
    {"µm", D::length, 1e-6, 0, "micrometre"},
    {"mm", D::length, 1e-3, 0, "millimetre"},
    {"cm", D::length, 1e-2, 0, "centimetre"},
    {"dm", D::length, 1e-1, 0, "decimetre"},
    {"m", D::length, 1, 0, "metre"},
    {"km", D::length, 1e3, 0, "kilometre"},
    {"in", D::length, 0.0254, 0, "inch"},
    {"ft", D::length, 0.3048, 0, "foot"},
    {"yd", D::length, 0.9144, 0, "yard"},
    {"mi", D::length, 1609.344, 0, "mile"},
    {"nmi", D::length, 1852, 0, "nautical mile"},
    {"ly", D::length, 9460730472580800, 0, "light-year"},

    {"mm²", D::area, 1e-6, 0, "square millimetre"},
    {"cm²", D::area, 1e-4, 0, "square centimetre"},
    {"m²", D::area, 1, 0, "square metre"},
    {"ha", D::area, 1e4, 0, "hectare"},
    {"km²", D::area, 1e6, 0, "square kilometre"},
    {"ft²", D::area, 0.09290304, 0, "square foot"},
    {"acre", D::area, 4046.8564224, 0, "acre"},
    {"mi²", D::area, 2589988.110336, 0, "square mile"},

    {"ml", D::volume, 1e-3, 0, "millilitre"},
    {"cl", D::volume, 1e-2, 0, "centilitre"},
    {"l", D::volume, 1, 0, "litre"},
    {"m³", D::volume, 1e3, 0, "cubic metre"},
    {"tsp", D::volume, 0.00492892159375, 0, "teaspoon"},
    {"tbsp", D::volume, 0.01478676478125, 0, "tablespoon"},
    {"floz", D::volume, 0.0295735295625, 0, "fluid ounce"},
    {"cup", D::volume, 0.2365882365, 0, "cup"},
    {"pt", D::volume, 0.473176473, 0, "pint"},
    {"qt", D::volume, 0.946352946, 0, "quart"},
    {"gal", D::volume, 3.785411784, 0, "gallon"},
    {"ft³", D::volume, 28.316846592, 0, "cubic foot"},
    {"bu", D::volume, 35.23907016688, 0, "bushel"},
    {"hl", D::volume, 100, 0, "hectolitre"},
    {"yd\xC2\xB3", D::volume, 764.554857984, 0, "cubic yard"},
    {"ML", D::volume, 1e6, 0, "megalitre"},
    {"GL", D::volume, 1e9, 0, "gigalitre"},
    {"bbl", D::volume, 158.987294928, 0, "barrel"},

    {"µg", D::mass, 1e-9, 0, "microgram"},
    {"ct", D::mass, 2e-4, 0, "carat"},
    {"mg", D::mass, 1e-6, 0, "milligram"},
    {"g", D::mass, 1e-3, 0, "gram"},
    {"kg", D::mass, 1, 0, "kilogram"},
    {"t", D::mass, 1e3, 0, "tonne"},
    {"oz", D::mass, 0.028349523125, 0, "ounce"},
    {"lb", D::mass, 0.45359237, 0, "pound"},
    {"st", D::mass, 6.35029318, 0, "stone"},
    {"cwt", D::mass, 50.80234544, 0, "hundredweight"},  // the long hundredweight of bells and coal
    {"ton", D::mass, 907.18474, 0, "ton"},              // the short ton, as "tons" means in US news
    {"dwt", D::mass, 1e3, 0, "tonne deadweight"},
    {"Mt", D::mass, 1e9, 0, "million tonnes"},
    {"Gt", D::mass, 1e12, 0, "gigatonne"},

    {"K", D::temperature, 1, 0, "kelvin"},
    {"°C", D::temperature, 1, 273.15, "degree Celsius"},
    {"°F", D::temperature, 5.0 / 9, 459.67 * 5 / 9, "degree Fahrenheit"},

    {"m/s", D::speed, 1, 0, "metre per second"},
    {"km/h", D::speed, 1 / 3.6, 0, "kilometre per hour"},
    {"mph", D::speed, 0.44704, 0, "mile per hour"},
    {"kn", D::speed, 1852.0 / 3600, 0, "knot"},
    {"km/s", D::speed, 1e3, 0, "kilometre per second"},
    {"mi/s", D::speed, 1609.344, 0, "mile per second"},

    {"eV", D::energy, 1.602176634e-19, 0, "electronvolt"},
    {"MeV", D::energy, 1.602176634e-13, 0, "megaelectronvolt"},
    {"J", D::energy, 1, 0, "joule"},
    {"cal", D::energy, 4.184, 0, "calorie"},
    {"kJ", D::energy, 1e3, 0, "kilojoule"},
    {"kcal", D::energy, 4184, 0, "kilocalorie"},
    {"MJ", D::energy, 1e6, 0, "megajoule"},
    {"GJ", D::energy, 1e9, 0, "gigajoule"},
    {"TJ", D::energy, 1e12, 0, "terajoule"},
    {"PJ", D::energy, 1e15, 0, "petajoule"},
    {"EJ", D::energy, 1e18, 0, "exajoule"},
    {"ZJ", D::energy, 1e21, 0, "zettajoule"},
    {"Wh", D::energy, 3.6e3, 0, "watt hour"},
    {"kWh", D::energy, 3.6e6, 0, "kilowatt hour"},
    {"MWh", D::energy, 3.6e9, 0, "megawatt hour"},
    {"GWh", D::energy, 3.6e12, 0, "gigawatt hour"},
    {"TWh", D::energy, 3.6e15, 0, "terawatt hour"},

    {"W", D::power, 1, 0, "watt"},
    {"kW", D::power, 1e3, 0, "kilowatt"},
    {"PS", D::power, 735.49875, 0, "metric horsepower"},
    {"hp", D::power, 745.69987158227022, 0, "horsepower"},
    {"MW", D::power, 1e6, 0, "megawatt"},
    {"GW", D::power, 1e9, 0, "gigawatt"},

    {"KB", D::data, 1e3, 0, "kilobyte"},
    {"MB", D::data, 1e6, 0, "megabyte"},
    {"GB", D::data, 1e9, 0, "gigabyte"},
    {"TB", D::data, 1e12, 0, "terabyte"},
    {"PB", D::data, 1e15, 0, "petabyte"},

    {"ms", D::time, 1e-3, 0, "millisecond"},
    {"s", D::time, 1, 0, "second"},
    {"min", D::time, 60, 0, "minute"},
    {"h", D::time, 3600, 0, "hour"},
    {"d", D::time, 86400, 0, "day"},
    {"wk", D::time, 604800, 0, "week"},
    {"mo", D::time, kYear / 12, 0, "month"},
    {"yr", D::time, kYear, 0, "year"},

    {"Pa", D::pressure, 1, 0, "pascal"},
    {"hPa", D::pressure, 100, 0, "hectopascal"},
    {"mbar", D::pressure, 100, 0, "millibar"},
    {"kPa", D::pressure, 1e3, 0, "kilopascal"},
    {"psi", D::pressure, 6894.757293168, 0, "pound per square inch"},
    {"MPa", D::pressure, 1e6, 0, "megapascal"},
    {"GPa", D::pressure, 1e9, 0, "gigapascal"},
    {"bar", D::pressure, 1e5, 0, "bar"},

    {"N", D::force, 1, 0, "newton"},
    {"lbf", D::force, 4.4482216152605, 0, "pound of force"},
    {"kN", D::force, 1e3, 0, "kilonewton"},

    {"Nm", D::torque, 1, 0, "newton metre"},
    {"lb-ft", D::torque, 1.3558179483314004, 0, "pound-foot"},

    {"Hz", D::frequency, 1, 0, "hertz"},
    {"kHz", D::frequency, 1e3, 0, "kilohertz"},
    {"MHz", D::frequency, 1e6, 0, "megahertz"},
    {"GHz", D::frequency, 1e9, 0, "gigahertz"},

    {"kbps", D::data_rate, 1e3, 0, "kilobit per second"},
    {"Mbps", D::data_rate, 1e6, 0, "megabit per second"},
    {"Gbps", D::data_rate, 1e9, 0, "gigabit per second"},
    {"Tbps", D::data_rate, 1e12, 0, "terabit per second"},

    {"mAh", D::charge, 1, 0, "milliampere hour"},
    {"Ah", D::charge, 1e3, 0, "ampere hour"},
    {"V", D::voltage, 1, 0, "volt"},
    {"kV", D::voltage, 1e3, 0, "kilovolt"},
    {"IU", D::activity, 1, 0, "international unit"},
    {"dB", D::sound, 1, 0, "decibel"},
    {"nit", D::luminance, 1, 0, "nit"},
    {"Mach", D::mach, 1, 0, "Mach number"},
    {"gas mark", D::oven, 1, 0, "gas mark"},
    {"mmol", D::amount, 1e-3, 0, "millimole"},
    {"mmol/L", D::concentration, 1, 0, "millimole per litre"},
    {"mmol/mol", D::ratio, 1, 0, "millimole per mole"},
    {"ppm", D::ratio, 1e-3, 0, "part per million"},
    {"ppb", D::ratio, 1e-6, 0, "part per billion"},
    {"MB/s", D::data_rate, 8e6, 0, "megabyte per second"},
    {"GB/s", D::data_rate, 8e9, 0, "gigabyte per second"},

    {"rpm", D::rotation, 1, 0, "revolution per minute"},
    {"mpg", D::fuel_economy, 1, 0, "mile per gallon"},
    {"km/l", D::fuel_economy, 2.352145833, 0, "kilometre per litre"},
    {"g/t", D::grade, 1, 0, "gram per tonne"},
    {"\xC2\xB5g/m\xC2\xB3", D::air, 1, 0, "microgram per cubic metre"},
    {"L/100km", D::fuel_consumption, 1, 0, "litre per 100 kilometres"},
    {"g/km", D::emissions, 1, 0, "gram per kilometre"},
    {"bbl/d", D::flow, 1, 0, "barrel per day"},
    {"m\xC2\xB3/s", D::flow, 543439.65, 0, "cubic metre per second"},  // 86,400 m³ a day in barrels
    {"l/s", D::flow, 543.43965, 0, "litre per second"},
    {"MP", D::image, 1, 0, "megapixel"},
    {"fps", D::frame_rate, 1, 0, "frame per second"},

    {"bp", D::points, 0.01, 0, "basis point"},
    {"pp", D::points, 1, 0, "percentage point"},
};

// Spellings that name a unit of the table: those of fact bases written before the table had its
// superscripts, and a few common others.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"m2", "m²"},           {"km2", "km²"},       {"sq ft", "ft²"},    {"ft2", "ft²"},
    {"sq mi", "mi²"},       {"mi2", "mi²"},       {"cm2", "cm²"},      {"m3", "m³"},
    {"ft3", "ft³"},         {"L", "l"},           {"mL", "ml"},        {"kph", "km/h"},
    {"ug", "µg"},           {"mcg", "µg"},        {"\xCE\xBCg", "µg"},  // μ (Greek mu)
    {"degC", "°C"},         {"degF", "°F"},       {"b/d", "bbl/d"},    {"kt", "kn"},
    {"l/100km", "L/100km"}, {"mmol/l", "mmol/L"}, {"lb ft", "lb-ft"},
};

}  // namespace

const Unit* find_unit(std::string_view code) {
  // The matcher asks once per figure and fact ("people" against "homes"): a table lookup, not a scan.
  static const auto* const kByName = [] {
    auto* names = new std::unordered_map<std::string_view, const Unit*>();
    for (const Unit& u : kUnits) names->emplace(u.code, &u);
    for (const auto& [spelling, canonical] : kSpellings) names->emplace(spelling, names->at(canonical));
    return names;
  }();
  const auto it = kByName->find(code);
  return it == kByName->end() ? nullptr : it->second;
}

const Unit* units_begin() {
  return std::begin(kUnits);
}

const Unit* units_end() {
  return std::end(kUnits);
}

bool is_measure_unit(std::string_view code) {
  const Unit* u = find_unit(code);
  return u && u->dimension != Dimension::points;
}

std::vector<std::string_view> measure_unit_names() {
  std::vector<std::string_view> names;
  for (const Unit& u : kUnits)
    if (u.dimension != Dimension::points) names.push_back(u.code);
  for (const auto& [spelling, canonical] : kSpellings)
    if (is_measure_unit(canonical)) names.push_back(spelling);
  return names;
}

std::optional<double> convert(double value, std::string_view from, std::string_view to) {
  const Unit* a = find_unit(from);
  const Unit* b = find_unit(to);
  if (!a || !b || a->dimension != b->dimension) return std::nullopt;
  if (a == b) return value;
  return (value * a->factor + a->offset - b->offset) / b->factor;
}

std::optional<Interval> convert(const Interval& interval, std::string_view from, std::string_view to) {
  const auto low = convert(interval.low, from, to);
  const auto high = convert(interval.high, from, to);
  if (!low || !high) return std::nullopt;
  // Every factor is positive: the order of the ends is kept, and an infinite end stays infinite.
  return Interval{*low, *high, interval.low_open, interval.high_open};
}

bool units_convert(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const Unit* ua = find_unit(a);
  const Unit* ub = find_unit(b);
  return ua && ub && ua->dimension == ub->dimension;
}

}  // namespace factcheck
