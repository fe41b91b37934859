#include "model/quantity_kind.hpp"

namespace factcheck {

const char* to_string(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::number:
      return "number";
    case QuantityKind::money:
      return "money";
    case QuantityKind::percent:
      return "percent";
    case QuantityKind::count:
      return "count";
    case QuantityKind::measure:
      return "measure";
    case QuantityKind::duration:
      return "duration";
    case QuantityKind::age:
      return "age";
    case QuantityKind::date:
      return "date";
  }
  return "number";
}

}  // namespace factcheck
