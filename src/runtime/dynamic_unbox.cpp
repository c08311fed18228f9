// The errors of a failed unboxing check.
#include "runtime/container_ops.h"
#include "runtime/dynamic_unbox.h"

#include <string>

#include "runtime/exception.h"

namespace ingot::rt::detail {

void raise_unbox_error(Value v, std::string_view expected) {
  if (expected == "int")
    raise(exc::TypeError, "'" + std::string(type_name(v)) + "' object cannot be interpreted as an integer");
  raise(exc::TypeError, "expected " + std::string(expected) + ", got " + std::string(type_name(v)));
}

void raise_unreachable() { raise(exc::SystemError, "ingot: code the type analysis found unreachable ran"); }

void raise_item_type(Value item, const TypeObject& container) {
  raise(exc::SystemError, "ingot: a '" + std::string(type_name(item)) + "' stored into a " + std::string(container.name) +
                              " whose items the type analysis found to be of another type");
}

}  // namespace ingot::rt::detail
