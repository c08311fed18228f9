// Dynamic dispatch of hash, == and ordering on Values.
#include "runtime/protocol.h"

#include <bit>
#include <string>

#include "runtime/abc_registry.h"
#include "runtime/complex.h"
#include "runtime/dynamic_builtins.h"
#include "runtime/instance.h"
#include "runtime/exception.h"
#include "runtime/struct_sequence.h"

namespace ingot::rt {
namespace {

// int, bool and float are one numeric tower: a Value of one of them as an
// Int or a double.
struct Number {
  enum Kind { not_number, integer, floating } kind;
  Int i;
  double d;
};

Number number(Value v) {
  if (v.is_small_int()) return {Number::integer, v.as_int(), 0};
  const TypeObject* t = &v.type();
  if (t == &int_type) return {Number::integer, v.as_int(), 0};
  if (t == &float_type) return {Number::floating, 0, v.as_float()};
  if (t == &bool_type) return {Number::integer, as_int(v.as_bool()), 0};
  return {Number::not_number, 0, 0};
}

Ordering order(const Number& a, const Number& b) {
  if (a.kind == Number::integer && b.kind == Number::integer) {
    auto c = a.i <=> b.i;
    return c < 0 ? Ordering::less : c > 0 ? Ordering::greater : Ordering::equal;
  }
  if (a.kind == Number::integer) return compare(a.i, b.d);
  if (b.kind == Number::integer) {
    Ordering o = compare(b.i, a.d);
    return o == Ordering::less ? Ordering::greater : o == Ordering::greater ? Ordering::less : o;
  }
  if (a.d < b.d) return Ordering::less;
  if (a.d > b.d) return Ordering::greater;
  return a.d == b.d ? Ordering::equal : Ordering::unordered;
}

bool holds(Ordering o, CompareOp op) {
  switch (op) {
    case CompareOp::lt: return o == Ordering::less;
    case CompareOp::le: return o == Ordering::less || o == Ordering::equal;
    case CompareOp::gt: return o == Ordering::greater;
    case CompareOp::ge: return o == Ordering::greater || o == Ordering::equal;
  }
  __builtin_unreachable();
}

}  // namespace

int64_t hash_pointer(const void* p) {
  int64_t h = static_cast<int64_t>(std::rotr(reinterpret_cast<uint64_t>(p), 4));
  return h == -1 ? -2 : h;
}

const char* compare_op_text(CompareOp op) {
  switch (op) {
    case CompareOp::lt: return "<";
    case CompareOp::le: return "<=";
    case CompareOp::gt: return ">";
    case CompareOp::ge: return ">=";
  }
  __builtin_unreachable();
}

std::string_view type_name(Value v) { return v.type().name; }

int64_t hash(Value v) {
  Number n = number(v);
  if (n.kind == Number::integer) return hash(n.i);
  if (n.kind == Number::floating) return hash(n.d);
  if (&v.type() == &str_type) return hash(v.as_str());
  for (const TypeObject* t : v.type().mro)
    if (t->hash) return t->hash(v.object());
  return hash_pointer(v.object());
}

namespace {

// The richequal slot of the class of v (or of a base), if any.
auto richequal_of(Value v) -> decltype(TypeObject::richequal) {
  if (v.is_small_int()) return nullptr;
  for (const TypeObject* t : v.type().mro)
    if (t->richequal) return t->richequal;
  return nullptr;
}

// CPython's do_richcompare for == where an operand's class defines __eq__:
// the right operand's first when its class derives from the left's, then
// the left's, then the right's; a builtin's own == (`left`, `right`: the
// equal slots) answers for its side, declining by answering false. Both
// sides declining is identity; NotImplemented: no operand defines __eq__.
Value instance_equal(Value a, Value b, decltype(TypeObject::equal) left, decltype(TypeObject::equal) right) {
  auto left_eq = richequal_of(a), right_eq = richequal_of(b);
  if (!left_eq && !right_eq) return not_implemented();
  bool right_first = right_eq && &a.type() != &b.type() && b.type().is_subclass_of(a.type());
  if (right_first)
    if (Value r = right_eq(b.object(), a); !is_not_implemented(r)) return r;
  if (left_eq) {
    if (Value r = left_eq(a.object(), b); !is_not_implemented(r)) return r;
  } else if (left && left(a.object(), b)) {
    return Value::of_bool(true);
  }
  if (right_eq) {
    if (!right_first)
      if (Value r = right_eq(b.object(), a); !is_not_implemented(r)) return r;
  } else if (right && right(b.object(), a)) {
    return Value::of_bool(true);
  }
  return Value::of_bool(a.is(b));
}

}  // namespace

bool equal(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.is(b);
  Number x = number(a), y = number(b);
  if (x.kind != Number::not_number && y.kind != Number::not_number) return order(x, y) == Ordering::equal;
  // A number equals no other builtin's value but a complex's (1 == 1+0j);
  // an instance's __eq__ answers below (an int subclass's equals its int).
  if (x.kind != Number::not_number || y.kind != Number::not_number) {
    Value other = x.kind != Number::not_number ? b : a;
    if (!is_complex(other) && other.type().module == "builtins") return false;
  }
  if (&a.type() == &str_type && &b.type() == &str_type) return a.as_str() == b.as_str();
  auto equal_of = [](Value v) -> decltype(TypeObject::equal) {
    for (const TypeObject* t : v.type().mro)
      if (t->equal) return t->equal;
    return nullptr;
  };
  auto left = equal_of(a), right = equal_of(b);
  if (Value r = instance_equal(a, b, left, right); !is_not_implemented(r)) return truth(r);
  // CPython asks the right operand first where its class derives from the
  // left's and overrides __eq__: a key of a tuple (str, int) subclass is
  // found by an equal plain tuple (abc_registry.h: builtin bases).
  if (right && right != left && &a.type() != &b.type() && is_subclass(b.type(), a.type())) return right(b.object(), a);
  if (left) return left(a.object(), b);
  if (right) return right(b.object(), a);
  return a.is(b);
}

namespace {

// The richcompare slot of the class of v (or of a base), if any.
auto richcompare_of(Value v) -> decltype(TypeObject::richcompare) {
  if (v.is_small_int()) return nullptr;
  for (const TypeObject* t : v.type().mro)
    if (t->richcompare) return t->richcompare;
  return nullptr;
}

CompareOp reflected(CompareOp op) {
  switch (op) {
    case CompareOp::lt: return CompareOp::gt;
    case CompareOp::le: return CompareOp::ge;
    case CompareOp::gt: return CompareOp::lt;
    case CompareOp::ge: return CompareOp::le;
  }
  __builtin_unreachable();
}

[[noreturn]] void raise_unordered(Value a, Value b, CompareOp op) {
  raise(exc::TypeError, std::string("'") + compare_op_text(op) + "' not supported between instances of '" +
                            std::string(type_name(a)) + "' and '" + std::string(type_name(b)) + "'");
}

// CPython's do_richcompare for operands of the program's classes: the
// right operand's reflection first when its class derives from the left's,
// then the left's dunder, then the reflection; both declining raise.
bool instance_compare(Value a, Value b, CompareOp op) {
  auto left = richcompare_of(a), right = richcompare_of(b);
  bool right_first = right && &a.type() != &b.type() && b.type().is_subclass_of(a.type());
  if (right_first)
    if (Value r = right(b.object(), a, reflected(op)); !is_not_implemented(r)) return truth(r);
  if (left)
    if (Value r = left(a.object(), b, op); !is_not_implemented(r)) return truth(r);
  if (right && !right_first)
    if (Value r = right(b.object(), a, reflected(op)); !is_not_implemented(r)) return truth(r);
  raise_unordered(a, b, op);
}

}  // namespace

bool rich_compare(Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) return rich_compare(a.as_int(), b.as_int(), op);
  if (richcompare_of(a) || richcompare_of(b)) return instance_compare(a, b, op);
  Number x = number(a), y = number(b);
  if (x.kind != Number::not_number && y.kind != Number::not_number) return holds(order(x, y), op);
  const TypeObject& t = a.type();
  if (&t == &b.type() || (has_tuple_layout(t) && has_tuple_layout(b.type()))) {
    if (&t == &str_type) return rich_compare(a.as_str(), b.as_str(), op);
    for (const TypeObject* c : t.mro)
      if (c->compare) return c->compare(a.object(), b, op);
  }
  raise_unordered(a, b, op);
}

// Classes that define no hash inherit object's: identity.
int64_t unhashable(const Object* object) {
  raise(exc::TypeError, "unhashable type: '" + std::string(object->type->name) + "'");
}

}  // namespace ingot::rt
