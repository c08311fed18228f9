// Bound methods: the `method` class's slots (repr, ==, hash, call and the
// attributes CPython gives a bound method).
#include "runtime/method.h"

#include <string>

#include "runtime/exception.h"
#include "runtime/memory.h"

namespace ingot::rt {

namespace {

const TypeObject* const method_mro[] = {&method_type, &object_type};

const MethodObject* as_method(const Object* object) { return reinterpret_cast<const MethodObject*>(object); }

// "<bound method Point.norm2 of <__main__.Point object at 0x...>>".
Str method_repr(const Object* object) {
  const MethodObject* m = as_method(object);
  std::string text = "<bound method " + std::string(m->function->signature->qualname) + " of ";
  return Str::from_utf8(text + std::string(repr(m->self).view()) + ">");
}

bool method_equal(const Object* object, Value other) {
  if (!is_a(other, method_type)) return false;
  const MethodObject *a = as_method(object), *b = as_method(other.object());
  return a->self.is(b->self) && a->function == b->function;
}

int64_t method_hash(const Object* object) {
  const MethodObject* m = as_method(object);
  int64_t h = hash_pointer(m->self.object()) ^ hash_pointer(m->function);
  return h == -1 ? -2 : h;
}

bool method_getattr(const Object* object, Str name, Value* out) {
  const MethodObject* m = as_method(object);
  std::string_view n = name.view();
  if (n == "__self__") *out = m->self;
  else if (n == "__func__") *out = Value::of_object(&m->function->header);
  // The rest is the function's (__name__, __doc__, attributes set on it).
  else return function_type.getattr(&m->function->header, name, out);
  return true;
}

Value method_call(const Object* object, std::span<const Value> args) {
  const MethodObject* m = as_method(object);
  if (!m->function->entry) raise(exc::SystemError, "ingot: a method called where the analysis saw no such call");
  GcVector<Value> values{m->self};
  values.insert(values.end(), args.begin(), args.end());
  return m->function->entry(m->function, CallArgs{values.data(), values.size(), {}});
}

}  // namespace

const TypeObject method_type{.name = "method", .module = "builtins", .mro = method_mro, .str = method_repr,
                             .repr = method_repr, .hash = method_hash, .equal = method_equal,
                             .getattr = method_getattr, .call = method_call};

MethodObject* new_method(Value self, const FunctionObject* function) {
  auto* m = static_cast<MethodObject*>(gc_alloc(sizeof(MethodObject)));
  m->header.type = &method_type;
  m->self = self;
  m->function = function;
  return m;
}

Str repr(const MethodObject* m) { return method_repr(&m->header); }

}  // namespace ingot::rt
