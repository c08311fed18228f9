#include "runtime/bool.h"

#include "runtime/format.h"
#include "runtime/value.h"

namespace ingot::rt {
namespace {

struct BoolObject {
  Object header;
  bool value;
};

const TypeObject* const bool_mro[] = {&bool_type, &int_type, &object_type};

Str bool_repr_slot(const Object* object) { return repr(reinterpret_cast<const BoolObject*>(object)->value); }

const BoolObject false_object{{&bool_type}, false};
const BoolObject true_object{{&bool_type}, true};

}  // namespace

const TypeObject bool_type{"bool", "builtins", bool_mro, bool_repr_slot, bool_repr_slot};

Value Value::of_bool(bool b) { return of_object(b ? &true_object.header : &false_object.header); }
bool Value::as_bool() const { return object() == &true_object.header; }

Str repr(bool b) {
  static const Str true_text = Str::from_ascii("True"), false_text = Str::from_ascii("False");
  return b ? true_text : false_text;
}

Str format(bool b, Str spec) { return spec.empty() ? str(b) : format_int(as_int(b), spec, "bool"); }

}  // namespace ingot::rt
