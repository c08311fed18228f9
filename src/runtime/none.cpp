// None: one static object of class NoneType (docs/runtime.md, "bool and None").
#include "runtime/value.h"

namespace ingot::rt {
namespace {

const TypeObject* const none_mro[] = {&none_type, &object_type};

Str none_repr(const Object*) { return Str::from_ascii("None"); }

}  // namespace

const TypeObject none_type{"NoneType", "builtins", none_mro, none_repr, none_repr};
const Object detail::none_object{&none_type};

}  // namespace ingot::rt
