#include "runtime/object_methods.h"

#include <cstdio>

#include "runtime/instance.h"
#include "runtime/protocol.h"

namespace ingot::rt {

Str object_repr_of(Value v) {
  if (!v.is_small_int()) return object_repr(v.object());
  // A small int has no object of its own: its word stands for the address.
  char text[48];
  std::snprintf(text, sizeof text, "<int object at %#llx>", static_cast<unsigned long long>(v.bits()));
  return Str::from_utf8(text);
}

Value object_eq(Value a, Value b) { return a.is(b) ? Value::of_bool(true) : not_implemented(); }

int64_t object_hash(Value v) {
  return v.is_small_int() ? hash_pointer(reinterpret_cast<const void*>(v.bits())) : hash_pointer(v.object());
}

}  // namespace ingot::rt
