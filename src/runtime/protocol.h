// The element protocol every container is written against: box, hash,
// equal, rich_compare and repr for each representation an element can have
// (Int, double, Str, bool, Value; the container types add their own
// overloads beside their definitions). Containers call these unqualified,
// so one template serves List<Int> and List<Value> alike, and the rules —
// 1 == 1.0 == True with one hash, identity before equality — live here once.
#pragma once

#include <bit>
#include <cstdint>
#include <type_traits>

#include "runtime/bool.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// --- box(x): the Value of a typed element.
inline Value box(Value v) { return v; }
inline Value box(Int i) { return i; }
inline Value box(Str s) { return s; }
inline Value box(double d) { return Value::of_float(d); }
inline Value box(bool b) { return Value::of_bool(b); }
// The Value of f(), whose C++ result is void where it is a call of a
// method that returns None (one branch of a call on a union receiver).
template <class F>
Value box_result(F&& f) {
  if constexpr (std::is_void_v<decltype(f())>) {
    f();
    return Value::none();
  } else {
    return box(f());
  }
}

// --- hash(x): CPython's value for numbers, bools and tuples; TypeError
// "unhashable type: 'list'" for unhashable classes.
int64_t hash(Value v);
// The hash slot of unhashable classes (list, dict, set): raises.
int64_t unhashable(const Object* object);
// CPython's _Py_HashPointer: the address rotated by 4 bits (identity hashes).
int64_t hash_pointer(const void* p);

// --- equal(a, b): a == b with Python's numeric tower across int, float
// and bool.
inline bool equal(Int a, Int b) { return a == b; }
inline bool equal(double a, double b) { return a == b; }
inline bool equal(Str a, Str b) { return a == b; }
inline bool equal(bool a, bool b) { return a == b; }
bool equal(Value a, Value b);

// `a is b` of two floats. Unboxed doubles have no identity: a NaN is the
// same object as a NaN of the same bits. float('nan') gives each call a
// payload of its own (float_text.cpp), so two of them stay two objects,
// as in CPython, while one held in several places is one.
inline bool same_float(double a, double b) { return std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b); }

// What containers use (PyObject_RichCompareBool): identity first, so a NaN
// object equals itself inside a list.
template <typename T>
bool same_or_equal(T a, T b) {
  return equal(a, b);
}
// Str keys: inlined into every dict and set probe (operator== in str.h).
template <>
[[gnu::always_inline]] inline bool same_or_equal(Str a, Str b) {
  return a == b;
}
template <>
inline bool same_or_equal(double a, double b) {
  return a == b || same_float(a, b);
}
template <>
inline bool same_or_equal(Value a, Value b) {
  // A float boxed twice is still the one object it was unboxed.
  return a.is(b) || (a.is_float() && b.is_float() && same_float(a.as_float(), b.as_float())) || equal(a, b);
}

// --- rich_compare(a, b, op): a < b, a <= b, a > b, a >= b. TypeError
// "'<' not supported between instances of 'int' and 'str'" for Values of
// unordered classes.
template <typename T>
bool rich_compare(T a, T b, CompareOp op)
  requires(!std::is_same_v<T, Value>)
{
  switch (op) {
    case CompareOp::lt: return a < b;
    case CompareOp::le: return a <= b;
    case CompareOp::gt: return a > b;
    case CompareOp::ge: return a >= b;
  }
  __builtin_unreachable();
}
bool rich_compare(Value a, Value b, CompareOp op);
template <typename T>
bool less(T a, T b) {
  return rich_compare(a, b, CompareOp::lt);
}

// The operator's text, for error messages.
const char* compare_op_text(CompareOp op);
// The class name of a value as error messages quote it.
std::string_view type_name(Value v);

}  // namespace ingot::rt
