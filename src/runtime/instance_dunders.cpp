#include "runtime/instance_dunders.h"

#include "runtime/abc_registry.h"
#include "runtime/dynamic_access.h"
#include "runtime/instance.h"
#include "runtime/str.h"

namespace ingot::rt {

bool call_special(Value self, std::string_view name, std::span<const Value> args, Value* out) {
  // Built-in classes' special methods are the dynamic operations' own code;
  // only the program's classes (and the stdlib's in Python) have more.
  if (self.is_small_int() || self.type().module == "builtins") return false;
  Value method;
  if (!class_getattr(self, Str::from_ascii(name), &method)) return false;
  *out = call(method, args);
  return true;
}

bool divmod_special(Value a, Value b, Value* out) {
  Value left[] = {b}, right[] = {a};
  if (call_special(a, "__divmod__", left, out) && !is_not_implemented(*out)) return true;
  if (&a.type() != &b.type() && call_special(b, "__rdivmod__", right, out) && !is_not_implemented(*out)) return true;
  return false;
}

bool builtin_base_value(Value v, const TypeObject& builtin, Value* out) {
  if (v.is_small_int() || v.type().module == "builtins" || !is_subclass(v.type(), builtin)) return false;
  return class_getattr(v, Str::from_ascii("_ingot_data"), out) && &out->type() == &builtin;
}

}  // namespace ingot::rt
