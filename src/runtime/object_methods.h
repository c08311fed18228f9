// object's own methods called explicitly, past the class's overrides: a
// __repr__ or __eq__ that defers to object's (`object.__repr__(self)`,
// `object.__eq__(self, other)`); code generation calls these
// (codegen/builtin_class_methods.cpp).
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace ingot::rt {

// object.__repr__(v): "<module.Name object at 0x...>".
Str object_repr_of(Value v);
// object.__eq__(a, b): True where a is b, else NotImplemented.
Value object_eq(Value a, Value b);
// object.__hash__(v): the identity hash.
int64_t object_hash(Value v);

}  // namespace ingot::rt
