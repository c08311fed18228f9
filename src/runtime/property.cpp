// The `property` class: fget/fset/fdel and the getter's docstring.
#include "runtime/property.h"

#include "runtime/dynamic_access.h"
#include "runtime/memory.h"

namespace ingot::rt {

namespace {

const TypeObject* const property_mro[] = {&property_type, &object_type};

bool property_getattr(const Object* object, Str name, Value* out) {
  auto* p = reinterpret_cast<const PropertyObject*>(object);
  std::string_view n = name.view();
  if (n == "fget") *out = p->fget;
  else if (n == "fset") *out = p->fset;
  else if (n == "fdel") *out = p->fdel;
  else if (n == "__doc__") *out = p->fget.is_none() ? Value::none() : getattr(p->fget, name);
  else return false;
  return true;
}

}  // namespace

const TypeObject property_type{.name = "property", .module = "builtins", .mro = property_mro, .getattr = property_getattr};

Value make_property(Value fget, Value fset, Value fdel) {
  auto* p = static_cast<PropertyObject*>(gc_alloc(sizeof(PropertyObject)));
  p->header.type = &property_type;
  p->fget = fget;
  p->fset = fset;
  p->fdel = fdel;
  return Value::of_object(&p->header);
}

}  // namespace ingot::rt
