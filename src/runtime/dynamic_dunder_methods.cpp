// The dunders of the builtin values read as attributes (`getattr(xs,
// "__len__")()`, `d.__contains__` on a dyn d): each is the operation it
// implements, as an explicit call on a typed value is
// (types/builtin_dunders.cpp), and declines with NotImplemented where that
// table says CPython's does. builtin_method() binds one only where the
// class has it (builtin_attributes.h).
#include <string>

#include "runtime/builtin_attributes.h"
#include "runtime/bytearray.h"
#include "runtime/bytes.h"
#include "runtime/dynamic_access.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_methods.h"
#include "runtime/dynamic_operators.h"
#include "runtime/exception.h"
#include "runtime/instance.h"
#include "runtime/protocol.h"
#include "runtime/str_format.h"

namespace ingot::rt {
namespace {

// The slot wrappers' arity error: "expected 1 argument, got 0".
void expect(std::span<const Value> args, size_t n) {
  if (args.size() == n) return;
  raise(exc::TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " +
                            std::to_string(args.size()));
}

bool number(Value v) { return is_integer(v) || is_a(v, float_type); }

// The family of classes whose binary dunders take each other's instances
// (types/builtin_dunders.cpp's same_type): int with bool, float with
// either, tuple, bytes with bytearray, set with frozenset; any other class
// only itself.
bool same_family(Value self, Value other) {
  if (is_integer(self)) return is_integer(other);
  if (is_a(self, float_type)) return number(other);
  if (is_a(self, complex_type)) return number(other) || is_a(other, complex_type);
  auto bytes_like = [](Value v) { return is_a(v, bytes_type) || is_a(v, bytearray_type); };
  auto set_like = [](Value v) { return is_a(v, set_type) || is_a(v, frozenset_type); };
  if (bytes_like(self)) return bytes_like(other);
  if (set_like(self)) return set_like(other);
  return !other.is_small_int() && &self.type() == &other.type();
}

bool sequence(Value v) {
  return is_a(v, str_type) || is_a(v, bytes_type) || is_a(v, bytearray_type) || is_a(v, list_type) || is_a(v, tuple_type);
}

template <BinaryOp op>
Value binary_dunder(Value self, std::span<const Value> args) {
  expect(args, 1);
  Value other = args[0];
  // A sequence's + and * (and str's %) raise their own TypeError on any
  // other operand, which the operator gives too.
  bool own = sequence(self) && (op == BinaryOp::add || op == BinaryOp::mul || op == BinaryOp::mod);
  // (Which classes have which operator at all is dir()'s to say: float
  // has no __and__, list no __sub__.)
  if (!own && !same_family(self, other)) return not_implemented();
  return binary(op, self, other);
}

// Whether self's comparisons take `other`: its binary family, but bytes
// compares with bytes only (bytearray's reflection answers the mix).
bool comparable(Value self, Value other) { return is_a(self, bytes_type) ? is_a(other, bytes_type) : same_family(self, other); }

template <CompareOp op>
Value order_dunder(Value self, std::span<const Value> args) {
  expect(args, 1);
  // dict, range, complex and None have only equality.
  bool ordered = !is_a(self, dict_type) && !is_a(self, range_type) && !is_a(self, complex_type) && !self.is_none();
  if (!ordered || !comparable(self, args[0])) return not_implemented();
  return Value::of_bool(rich_compare(self, args[0], op));
}

template <bool eq>
Value equal_dunder(Value self, std::span<const Value> args) {
  expect(args, 1);
  if (!comparable(self, args[0])) return not_implemented();
  return Value::of_bool(equal(self, args[0]) == eq);
}

constinit const MethodDef dunders[] = {
    {"__len__", [](Value self, std::span<const Value> args) { return expect(args, 0), box(Int(len(self))); }},
    {"__iter__", [](Value self, std::span<const Value> args) { return expect(args, 0), iter(self); }},
    {"__hash__", [](Value self, std::span<const Value> args) { return expect(args, 0), box(Int(hash(self))); }},
    {"__bool__", [](Value self, std::span<const Value> args) { return expect(args, 0), Value::of_bool(truth(self)); }},
    {"__contains__",
     [](Value self, std::span<const Value> args) { return expect(args, 1), Value::of_bool(contains(self, args[0])); }},
    {"__getitem__",
     [](Value self, std::span<const Value> args) {
       check_one_argument(std::string(type_name(self)) + ".__getitem__", args);
       return getitem(self, args[0]);
     }},
    {"__format__",
     [](Value self, std::span<const Value> args) {
       expect(args, 1);
       if (!is_a(args[0], str_type))
         raise(exc::TypeError, "__format__() argument must be str, not " + std::string(type_name(args[0])));
       return box(format(self, args[0].as_str()));
     }},
    {"__add__", binary_dunder<BinaryOp::add>},
    {"__sub__", binary_dunder<BinaryOp::sub>},
    {"__mul__", binary_dunder<BinaryOp::mul>},
    {"__truediv__", binary_dunder<BinaryOp::truediv>},
    {"__floordiv__", binary_dunder<BinaryOp::floordiv>},
    {"__mod__", binary_dunder<BinaryOp::mod>},
    {"__and__", binary_dunder<BinaryOp::bit_and>},
    {"__or__", binary_dunder<BinaryOp::bit_or>},
    {"__xor__", binary_dunder<BinaryOp::bit_xor>},
    {"__lshift__", binary_dunder<BinaryOp::lshift>},
    {"__rshift__", binary_dunder<BinaryOp::rshift>},
    {"__eq__", equal_dunder<true>},
    {"__ne__", equal_dunder<false>},
    {"__lt__", order_dunder<CompareOp::lt>},
    {"__le__", order_dunder<CompareOp::le>},
    {"__gt__", order_dunder<CompareOp::gt>},
    {"__ge__", order_dunder<CompareOp::ge>},
};

}  // namespace

bool builtin_dunder_method(Value v, Str name, Value* out) {
  const TypeObject& type = v.type();
  if (type.module != "builtins" || !builtin_class_has_attribute(type.name, name.view()).value_or(false)) return false;
  // The mutable containers' __hash__ is None, so that hash() refuses them.
  if (name.view() == "__hash__" && (is_a(v, list_type) || is_a(v, dict_type) || is_a(v, set_type) || is_a(v, bytearray_type))) {
    *out = Value::none();
    return true;
  }
  return bind_builtin_method(v, dunders, name, out);
}

}  // namespace ingot::rt
