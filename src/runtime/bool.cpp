#include "runtime/bool.h"

#include "runtime/format.h"
#include "runtime/value.h"

namespace ingot::rt {
namespace {

using detail::BoolObject;

const TypeObject* const bool_mro[] = {&bool_type, &int_type, &object_type};

Str bool_repr_slot(const Object* object) { return repr(reinterpret_cast<const BoolObject*>(object)->value); }

}  // namespace

const TypeObject bool_type{"bool", "builtins", bool_mro, bool_repr_slot, bool_repr_slot};
const BoolObject detail::false_object{{&bool_type}, false};
const BoolObject detail::true_object{{&bool_type}, true};

Str repr(bool b) {
  static const Str true_text = Str::from_ascii("True"), false_text = Str::from_ascii("False");
  return b ? true_text : false_text;
}

Str format(bool b, Str spec) { return spec.empty() ? str(b) : format_int(as_int(b), spec, "bool"); }

}  // namespace ingot::rt
