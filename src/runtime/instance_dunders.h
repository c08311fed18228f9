// Special methods of the program's classes reached through a Value (a dyn
// operand), where the compiler could not see the class: found through the
// class's getattr slot (a method bound to the instance, run on its boxed
// entry), as CPython's type slots would run them. The dynamic operations
// (unary operators, abs(), int(), float(), round(), divmod()) ask here
// before raising CPython's TypeError for a class without the method.
#pragma once

#include <span>
#include <string_view>

#include "runtime/value.h"

namespace ingot::rt {

// self.name(*args) where self is an instance of a program's class defining
// `name`: its result in *out. false where there is no such method.
bool call_special(Value self, std::string_view name, std::span<const Value> args, Value* out);

// a.__divmod__(b), then b.__rdivmod__(a) where the first is missing or
// returns NotImplemented. false where neither answers.
bool divmod_special(Value a, Value b, Value* out);

// The plain value of `builtin` (str, int, float, ...) that v holds where
// v's class derives from that builtin (driver/builtin_bases.h: its
// storage class keeps it in `_ingot_data`), for the builtins' own code
// that takes a subclass's instance as the builtin (sep.join, '%d' % x).
// false for any other v.
bool builtin_base_value(Value v, const TypeObject& builtin, Value* out);

}  // namespace ingot::rt
