// Value's boxes for None and bool, `object`, and str()/repr() dispatch.
#include "runtime/value.h"

#include <cstdio>

namespace ingot::rt {
namespace {

struct BoolObject {
  Object header;
  bool value;
};

const TypeObject* const object_mro[] = {&object_type};
const TypeObject* const none_mro[] = {&none_type, &object_type};
const TypeObject* const bool_mro[] = {&bool_type, &int_type, &object_type};

Str none_repr(const Object*) { return Str::from_ascii("None"); }
Str bool_repr(const Object* object) {
  return Str::from_ascii(reinterpret_cast<const BoolObject*>(object)->value ? "True" : "False");
}

// object.__repr__: "<module.Name object at 0x...>".
Str object_repr(const Object* object) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(object));
  std::string text = "<";
  if (object->type->module != "builtins") (text += object->type->module) += '.';
  ((text += object->type->name) += " object at ") += address;
  return Str::from_utf8(text + ">");
}

const Object none_object{&none_type};
const BoolObject false_object{{&bool_type}, false};
const BoolObject true_object{{&bool_type}, true};

}  // namespace

const TypeObject object_type{"object", "builtins", object_mro, object_repr, object_repr};
const TypeObject none_type{"NoneType", "builtins", none_mro, none_repr, none_repr};
const TypeObject bool_type{"bool", "builtins", bool_mro, bool_repr, bool_repr};

Value Value::none() { return of_object(&none_object); }
Value Value::of_bool(bool b) { return of_object(b ? &true_object.header : &false_object.header); }
bool Value::is_none() const { return is(none()); }

Str str(Value v) {
  if (v.is_small_int()) return str(v.as_int());
  const Object* object = v.object();
  for (const TypeObject* t : object->type->mro)
    if (t->str) return t->str(object);
  return repr(v);
}

Str repr(Value v) {
  if (v.is_small_int()) return str(v.as_int());
  const Object* object = v.object();
  for (const TypeObject* t : object->type->mro)
    if (t->repr) return t->repr(object);
  return object_repr(object);
}

}  // namespace ingot::rt
