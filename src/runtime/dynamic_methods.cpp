// Bound methods of the built-in containers, and the arity errors their
// implementations share.
#include "runtime/dynamic_methods.h"

#include <cstdio>
#include <string>

#include "runtime/bytes.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/exception.h"
#include "runtime/memory.h"

namespace ingot::rt {
namespace {

struct BoundMethod {
  Object header;
  Value self;
  const MethodDef* method;
};

const BoundMethod* as_bound(const Object* o) { return reinterpret_cast<const BoundMethod*>(o); }

Value call_bound(const Object* o, std::span<const Value> args) { return as_bound(o)->method->call(as_bound(o)->self, args); }

// "<built-in method append of list object at 0x...>"
Str repr_bound(const Object* o) {
  const BoundMethod* m = as_bound(o);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(m->self.object()));
  return Str::from_utf8("<built-in method " + std::string(m->method->name) + " of " + std::string(type_name(m->self)) +
                        " object at " + address + ">");
}

extern const TypeObject bound_method_type;
const TypeObject* const bound_method_mro[] = {&bound_method_type, &object_type};
constinit const TypeObject bound_method_type = [] {
  TypeObject t{"builtin_function_or_method", "builtins", bound_method_mro, repr_bound, repr_bound};
  t.call = call_bound;
  return t;
}();

std::span<const MethodDef> methods_of(Value v) {
  const TypeObject* t = &v.type();
  if (t == &list_type) return list_methods;
  if (t == &tuple_type) return tuple_methods;
  if (t == &dict_type) return dict_methods;
  if (t == &set_type) return set_methods;
  if (t == &frozenset_type) return frozenset_methods;
  if (t == &str_type) return str_methods;
  if (t == &bytes_type) return bytes_methods;
  return {};
}

[[noreturn]] void raise_arity(const std::string& message) { raise(exc::TypeError, message); }

std::string given(size_t n) { return " (" + std::to_string(n) + " given)"; }

// What every builtin value has from `object` (for these classes, its own
// slots): `x.__repr__()`, `x.__str__()`.
constinit const MethodDef object_methods[] = {
    {"__repr__", [](Value self, std::span<const Value> args) { return check_no_arguments("__repr__", args), box(repr(self)); }},
    {"__str__", [](Value self, std::span<const Value> args) { return check_no_arguments("__str__", args), box(str(self)); }},
};

const MethodDef* find_method(std::span<const MethodDef> methods, Str name) {
  for (const MethodDef& m : methods)
    if (m.name == name.view()) return &m;
  return nullptr;
}

}  // namespace

bool builtin_method(Value v, Str name, Value* out) {
  if (bind_builtin_method(v, methods_of(v), name, out) || bind_builtin_method(v, object_methods, name, out)) return true;
  return builtin_dunder_method(v, name, out);
}

bool bind_builtin_method(Value v, std::span<const MethodDef> methods, Str name, Value* out) {
  const MethodDef* m = find_method(methods, name);
  if (!m) return false;
  auto* bound = static_cast<BoundMethod*>(gc_alloc(sizeof(BoundMethod)));
  bound->header.type = &bound_method_type;
  bound->self = v;
  bound->method = m;
  *out = Value::of_object(&bound->header);
  return true;
}

void check_one_argument(std::string_view qualname, std::span<const Value> args) {
  if (args.size() != 1) raise_arity(std::string(qualname) + "() takes exactly one argument" + given(args.size()));
}

void check_no_arguments(std::string_view qualname, std::span<const Value> args) {
  if (!args.empty()) raise_arity(std::string(qualname) + "() takes no arguments" + given(args.size()));
}

void check_arguments(std::string_view name, std::span<const Value> args, size_t min, size_t max) {
  size_t n = args.size();
  if (n >= min && n <= max) return;
  size_t bound = n < min ? min : max;
  std::string quantity = min == max ? "" : n < min ? "at least " : "at most ";
  raise_arity(std::string(name) + " expected " + quantity + std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") +
              ", got " + std::to_string(n));
}

void check_count(std::string_view name, std::span<const Value> args, size_t min, size_t max) {
  size_t n = args.size();
  if (n >= min && n <= max) return;
  size_t bound = n < min ? min : max;
  raise(exc::TypeError, std::string(name) + "() takes " + (n < min ? "at least " : "at most ") + std::to_string(bound) +
                            " argument" + (bound == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
}

int64_t index_argument(Value v) {
  if (!is_integer(v)) raise(exc::TypeError, "'" + std::string(type_name(v)) + "' object cannot be interpreted as an integer");
  std::optional<int64_t> i = integer_of(v).to_int64();
  if (!i) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *i;
}

}  // namespace ingot::rt
