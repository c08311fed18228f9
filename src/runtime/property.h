// Property objects: what reading a property through its class gives
// (`C.area`, `type(C.area)`, `C.area.fget(obj)`). Reads through an
// instance never make one: the compiler calls the getter directly.
#pragma once

#include "runtime/value.h"

namespace ingot::rt {

struct PropertyObject {
  Object header;  // &property_type
  Value fget, fset, fdel;  // function objects, or None
};
extern const TypeObject property_type;

Value make_property(Value fget, Value fset, Value fdel);

}  // namespace ingot::rt
