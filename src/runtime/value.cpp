// `object`, and str()/repr() dispatch on a Value's class.
#include "runtime/value.h"

#include <cstdio>

namespace ingot::rt {
namespace {

const TypeObject* const object_mro[] = {&object_type};

}  // namespace

// object.__repr__: "<module.Name object at 0x...>".
Str object_repr(const Object* object) {
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(object));
  std::string text = "<";
  if (object->type->module != "builtins") (text += object->type->module) += '.';
  ((text += object->type->name) += " object at ") += address;
  return Str::from_utf8(text + ">");
}

// object.__str__ is the object's repr (a subclass's __repr__ included).
static Str object_str(const Object* object) { return repr(Value::of_object(object)); }

const TypeObject object_type{"object", "builtins", object_mro, object_str, object_repr};

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
