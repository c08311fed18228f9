// The builtins that take any value, on a Value: truth, len(), int(),
// float(), abs(), isinstance(), str.join, with CPython's TypeError texts
// ("object of type 'int' has no len()").
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>

#include "runtime/abc_registry.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// bool(v): False for None, zero numbers and empty containers; a class's
// `truth` slot, else its `len` slot, else True.
bool truth(Value v);
int64_t len(Value v);
// int(v), float(v), abs(v).
Int to_int(Value v);
Int to_int(Value v, Int base);  // int(v, base)
double to_float(Value v);
Value abs(Value v);
// isinstance(v, cls) for a built-in or user class (bool is an int), or an
// ABC v's class is a virtual subclass of.
inline bool isinstance(Value v, const TypeObject& cls) { return is_subclass(v.type(), cls); }
// isinstance(v, (A, B, ...)).
bool isinstance(Value v, std::initializer_list<const TypeObject*> classes);
// sep.join(items) of items of any type: TypeError "sequence item 1:
// expected str instance, int found" for one that is not a str.
Str str_join(Str sep, std::span<const Value> items);

}  // namespace ingot::rt
