// None: one static object of class NoneType (docs/runtime.md, "bool and None").
#include "runtime/value.h"

namespace ingot::rt {
namespace {

const TypeObject* const none_mro[] = {&none_type, &object_type};

Str none_repr(const Object*) { return Str::from_ascii("None"); }

const Object none_object{&none_type};

}  // namespace

const TypeObject none_type{"NoneType", "builtins", none_mro, none_repr, none_repr};

Value Value::none() { return of_object(&none_object); }
bool Value::is_none() const { return is(none()); }

}  // namespace ingot::rt
