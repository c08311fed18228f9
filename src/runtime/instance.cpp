// Class objects (`type`), NotImplemented and the errors of
// user-class attribute access.
#include "runtime/instance.h"

#include <string>

#include "runtime/builtin_function.h"
#include "runtime/dynamic_iter.h"
#include "runtime/generic_alias.h"
#include "runtime/run_class.h"
#include "runtime/struct_sequence.h"

namespace ingot::rt {

extern const TypeObject not_implemented_type;

namespace {

const TypeObject* const type_mro[] = {&type_type, &object_type};
const TypeObject* const not_implemented_mro[] = {&not_implemented_type, &object_type};

// "<class '__main__.Point'>", "<class 'int'>".
Str class_repr(const Object* object) {
  const TypeObject& cls = *reinterpret_cast<const ClassObject*>(object)->cls;
  std::string text = "<class '";
  if (cls.module != "builtins") (text += cls.module) += '.';
  return Str::from_utf8((text += class_qualname(cls)) + "'>");
}

bool class_getattr(const Object* object, Str name, Value* out) {
  auto* c = reinterpret_cast<const ClassObject*>(object);
  if (c->getattr && c->getattr(name, out)) return true;
  if (const RunClass* run = as_run_class(c); run && run->attributes && run->attributes(c, name, out)) return true;
  const TypeObject& cls = *c->cls;
  std::string_view n = name.view();
  if (n == "__qualname__")
    *out = Str::from_utf8(class_qualname(cls));
  else if (n == "__name__")  // the qualname's last part (`make.<locals>.C`)
    *out = Str::from_utf8(cls.name.substr(cls.name.rfind('.') + 1));
  else if (n == "__module__")
    *out = Str::from_utf8(cls.module);
  else if (n == "__mro__")
    *out = as_run_class(c) ? run_class_mro(c) : class_mro(cls);
  else
    return false;
  return true;
}

Value class_call(const Object* object, std::span<const Value> args) {
  auto* c = reinterpret_cast<const ClassObject*>(object);
  if (!c->construct) raise(exc::TypeError, "'type' object is not callable");
  return c->construct(CallArgs{args.data(), args.size(), {}});
}

// `list[int]` (generic_alias.h).
Value class_subscript(const Object* object, Value key) { return class_getitem(Value::of_object(object), key); }

Str not_implemented_repr(const Object*) { return Str::from_ascii("NotImplemented"); }

}  // namespace

const TypeObject type_type{.name = "type", .module = "builtins", .mro = type_mro, .str = class_repr, .repr = class_repr,
                           .getattr = class_getattr, .call = class_call, .getitem = class_subscript,
                           .binary = union_slot};
const TypeObject not_implemented_type{.name = "NotImplementedType", .module = "builtins", .mro = not_implemented_mro,
                                      .str = not_implemented_repr, .repr = not_implemented_repr};
const Object not_implemented_object{&not_implemented_type};

NextRange<ValueIterator, Value> iterate(const ClassObject* c) { return iterate(box(c)); }

Value new_object() {
  auto* o = static_cast<Object*>(gc_alloc(sizeof(Object)));
  o->type = &object_type;
  return Value::of_object(o);
}

void raise_no_attribute(const Object* object, std::string_view name) {
  raise(exc::AttributeError,
        "'" + std::string(object->type->name) + "' object has no attribute '" + std::string(name) + "'");
}

void raise_no_class_attribute(const TypeObject& type, std::string_view name) {
  raise(exc::AttributeError, "type object '" + std::string(type.name) + "' has no attribute '" + std::string(name) + "'");
}

void raise_bad_format_result(Value got) {
  raise(exc::TypeError, "__format__ must return a str, not " + std::string(type_name(got)));
}

void raise_bad_dunder_result(std::string_view dunder, std::string_view expected, Value got) {
  raise(exc::TypeError, std::string(dunder) + " returned non-" + std::string(expected) + " (type " +
                            std::string(type_name(got)) + ")");
}

}  // namespace ingot::rt
