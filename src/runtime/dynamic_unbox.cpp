// The error of a failed unboxing check.
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

}  // namespace ingot::rt::detail
