#include "runtime/generic_alias.h"

#include <string>

#include "runtime/builtin_function.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_operators.h"
#include "runtime/ellipsis.h"
#include "runtime/exception.h"
#include "runtime/instance.h"
#include "runtime/protocol.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

struct AliasObject {
  Object header;
  Value origin;  // null for a union
  Value args;    // a tuple
};

const TypeObject* const alias_mro[] = {&generic_alias_type, &object_type};
const TypeObject* const union_mro[] = {&union_type, &object_type};

const AliasObject& as_alias(const Object* object) { return *reinterpret_cast<const AliasObject*>(object); }
TupleOf<Value> args_of(Value v) { return unbox<TupleOf<Value>>(as_alias(v.object()).args); }

bool is_class(Value v) { return !v.is_small_int() && v.object()->type->is_subclass_of(type_type); }

Value make(const TypeObject& type, Value origin, Value args) {
  auto* object = static_cast<AliasObject*>(gc_alloc(sizeof(AliasObject)));
  object->header.type = &type;
  object->origin = origin;
  object->args = args;
  return Value::of_object(&object->header);
}

// How an alias or a union shows one of its arguments: classes by their
// qualified name (builtins' bare), other aliases and unions as themselves,
// anything else by its repr (`dict[str, 'Json']`).
std::string item_repr(Value item) {
  if (item.is(ellipsis())) return "...";
  if (is_a(item, generic_alias_type) || is_a(item, union_type)) return std::string(repr(item).view());
  Str qualname_name = Str::from_ascii("__qualname__"), module_name = Str::from_ascii("__module__");
  if (!hasattr(item, qualname_name) || !hasattr(item, module_name)) return std::string(repr(item).view());
  Value module = getattr(item, module_name);
  std::string qualname(str(getattr(item, qualname_name)).view());
  if (module.is_none()) return std::string(repr(item).view());
  std::string_view m = str(module).view();
  return m == "builtins" ? qualname : std::string(m) + "." + qualname;
}

Str alias_repr(const Object* self) {
  const AliasObject& alias = as_alias(self);
  std::string text = item_repr(alias.origin) + "[";
  TupleOf<Value> args = unbox<TupleOf<Value>>(alias.args);
  if (args.size() == 0) text += "()";
  for (int64_t i = 0; i < args.size(); ++i) (text += i ? ", " : "") += item_repr(args[i]);
  return Str::from_utf8(text + "]");
}

Str union_repr(const Object* self) {
  std::string text;
  for (Value item : unbox<TupleOf<Value>>(as_alias(self).args).span()) {
    if (!text.empty()) text += " | ";
    text += is_class(item) && &class_of(item) == &none_type ? "None" : item_repr(item);
  }
  return Str::from_utf8(text);
}

int64_t alias_hash(const Object* self) { return hash(as_alias(self).origin) ^ hash(as_alias(self).args); }

// CPython hashes a union as the frozenset of its members: the same for
// every order of them.
int64_t union_hash(const Object* self) {
  uint64_t h = 0;
  for (Value item : unbox<TupleOf<Value>>(as_alias(self).args).span()) {
    auto x = static_cast<uint64_t>(hash(item));
    h ^= ((x ^ 89869747u) ^ (x << 16)) * 3644798167u;
  }
  auto result = static_cast<int64_t>(h);
  return result == -1 ? -2 : result;
}

bool alias_equal(const Object* self, Value other) {
  return is_a(other, generic_alias_type) && equal(as_alias(self).origin, as_alias(other.object()).origin) &&
         equal(as_alias(self).args, as_alias(other.object()).args);
}

bool contains_all(TupleOf<Value> items, TupleOf<Value> of) {
  for (Value x : of.span()) {
    bool found = false;
    for (Value y : items.span()) found = found || x.is(y) || equal(x, y);
    if (!found) return false;
  }
  return true;
}

// Unions are equal when they have the same members, in any order.
bool union_equal(const Object* self, Value other) {
  if (!is_a(other, union_type)) return false;
  TupleOf<Value> a = unbox<TupleOf<Value>>(as_alias(self).args), b = args_of(other);
  return contains_all(a, b) && contains_all(b, a);
}

// Attributes other than the alias's own are the origin's (`list[int].__name__`).
bool alias_getattr(const Object* self, Str name, Value* out) {
  std::string_view n = name.view();
  const AliasObject& alias = as_alias(self);
  if (n == "__origin__") *out = alias.origin;
  else if (n == "__args__") *out = alias.args;
  else if (n == "__parameters__") *out = box(TupleOf<Value>{});
  else if (hasattr(alias.origin, name)) *out = getattr(alias.origin, name);
  else return false;
  return true;
}

bool union_getattr(const Object* self, Str name, Value* out) {
  std::string_view n = name.view();
  if (n == "__args__") *out = as_alias(self).args;
  else if (n == "__parameters__") *out = box(TupleOf<Value>{});
  else return false;
  return true;
}

// Calling an alias makes an instance of its origin (`list[int]()`).
Value alias_call(const Object* self, std::span<const Value> args) { return call(as_alias(self).origin, args); }

// Neither has type parameters to substitute here.
Value not_generic(const Object* self, Value) {
  raise(exc::TypeError, std::string(repr(Value::of_object(self)).view()) + " is not a generic class");
}

bool unionable(Value v) { return v.is_none() || is_class(v) || is_a(v, generic_alias_type) || is_a(v, union_type); }

// The members `v` adds to a union: a union's own, None as NoneType.
void add_members(Value v, GcVector<Value>& members) {
  if (is_a(v, union_type)) {
    for (Value item : args_of(v).span()) add_members(item, members);
    return;
  }
  if (v.is_none()) v = box(builtin_class(none_type));
  for (Value m : members)
    if (m.is(v) || (is_a(m, generic_alias_type) && is_a(v, generic_alias_type) && equal(m, v))) return;
  members.push_back(v);
}

// The builtin classes that have __class_getitem__ in CPython 3.11.
bool generic_builtin(const TypeObject& cls) {
  if (cls.module != "builtins") return false;
  for (std::string_view name : {"list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "BaseExceptionGroup",
                                "ExceptionGroup"})
    if (cls.name == name) return true;
  return false;
}

}  // namespace

const TypeObject generic_alias_type{.name = "GenericAlias", .module = "types", .mro = alias_mro, .str = alias_repr,
                                    .repr = alias_repr, .hash = alias_hash, .equal = alias_equal,
                                    .getattr = alias_getattr, .call = alias_call, .getitem = not_generic,
                                    .binary = union_slot};
const TypeObject union_type{.name = "UnionType", .module = "types", .mro = union_mro, .str = union_repr,
                            .repr = union_repr, .hash = union_hash, .equal = union_equal, .getattr = union_getattr,
                            .getitem = not_generic, .binary = union_slot};

Value class_getitem(Value cls, Value key) {
  const TypeObject& type = class_of(cls);
  if (!generic_builtin(type)) {
    std::string_view name = type.name.substr(type.name.rfind('.') + 1);
    raise(exc::TypeError, "type '" + std::string(name) + "' is not subscriptable");
  }
  return make(generic_alias_type, cls, is_a(key, tuple_type) ? key : box(TupleOf<Value>{key}));
}

bool union_slot(int op, Value self, Value other, bool reflected, Value* out) {
  if (op != int(BinaryOp::bit_or) || !unionable(self) || !unionable(other)) return false;
  Value a = reflected ? other : self, b = reflected ? self : other;
  GcVector<Value> members;
  add_members(a, members);
  add_members(b, members);
  Value args = box(TupleOf<Value>(std::span<const Value>(members)));
  *out = members.size() == 1 ? members[0] : make(union_type, Value(), args);
  return true;
}

Value union_members(Value classes) { return is_a(classes, union_type) ? as_alias(classes.object()).args : classes; }

bool is_generic_alias(Value v) { return is_a(v, generic_alias_type); }

}  // namespace ingot::rt
