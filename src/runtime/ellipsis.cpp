#include "runtime/ellipsis.h"

namespace ingot::rt {
namespace {

const TypeObject* const ellipsis_mro[] = {&ellipsis_type, &object_type};

Str ellipsis_repr(const Object*) { return Str::from_ascii("Ellipsis"); }

const Object ellipsis_object{&ellipsis_type};

}  // namespace

const TypeObject ellipsis_type{"ellipsis", "builtins", ellipsis_mro, ellipsis_repr, ellipsis_repr};

Value ellipsis() { return Value::of_object(&ellipsis_object); }

}  // namespace ingot::rt
