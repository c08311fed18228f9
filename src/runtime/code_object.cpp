// Code objects: what `f.__code__` gives, enough of CPython's to introspect
// a function's parameters (co_argcount, co_varnames, co_name, ...). The
// compiled function has no bytecode: the attributes come from its
// Signature (function.h).
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/memory.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

struct CodeObject {
  Object header;  // &code_type
  const Signature* signature;
};

extern const TypeObject code_type;
const TypeObject* const code_mro[] = {&code_type, &object_type};

const Signature& signature_of(const Object* object) { return *reinterpret_cast<const CodeObject*>(object)->signature; }

Str code_repr(const Object* object) {
  return Str::from_utf8("<code object " + std::string(signature_of(object).name) + ">");
}

bool code_getattr(const Object* object, Str name, Value* out) {
  const Signature& s = signature_of(object);
  std::string_view n = name.view();
  if (n == "co_name") {
    *out = Str::from_utf8(s.name);
  } else if (n == "co_qualname") {
    *out = Str::from_utf8(s.qualname);
  } else if (n == "co_argcount") {
    *out = Int(int64_t(s.positional));
  } else if (n == "co_posonlyargcount") {
    *out = Int(int64_t(s.positional_only));
  } else if (n == "co_flags") {
    *out = Int(int64_t(s.flags));
  } else if (n == "co_kwonlyargcount") {
    *out = Int(int64_t(s.keyword_only));
  } else if (n == "co_varnames" || n == "co_nlocals") {
    GcVector<Value> names;
    for (std::string_view v : s.varnames) names.push_back(Str::from_utf8(v));
    *out = n == "co_nlocals" ? Value(Int(int64_t(names.size()))) : box(TupleOf<Value>(std::span<const Value>(names)));
  } else {
    return false;
  }
  return true;
}

const TypeObject code_type{.name = "code", .module = "builtins", .mro = code_mro, .str = code_repr,
                           .repr = code_repr, .getattr = code_getattr};

}  // namespace

Value code_object(const Signature* signature) {
  auto* c = static_cast<CodeObject*>(gc_alloc(sizeof(CodeObject)));
  c->header.type = &code_type;
  c->signature = signature;
  return Value::of_object(&c->header);
}

}  // namespace ingot::rt
