// float arithmetic where one operand is a Value the compiler knows only as
// `int | float` (an item of a list that sum() filled, a variable assigned
// both): +, -, * and / on a boxed float or small int run inline, anything
// else takes the dynamic operator (which raises CPython's errors). The
// result is a float whenever the analysis says so, which is when these are
// used.
#pragma once

#include "runtime/dynamic_operators.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/float.h"
#include "runtime/value.h"

namespace ingot::rt {

namespace detail {
template <BinaryOp op>
double float_arithmetic(double a, double b) {
  static_assert(op == BinaryOp::add || op == BinaryOp::sub || op == BinaryOp::mul || op == BinaryOp::truediv);
  if constexpr (op == BinaryOp::add) return a + b;
  else if constexpr (op == BinaryOp::sub) return a - b;
  else if constexpr (op == BinaryOp::mul) return a * b;
  else return float_truediv(a, b);
}

// The operand as CPython's float operators convert it: a float's value, a
// small int rounded to nearest-even (as PyLong_AsDouble); false otherwise.
inline bool as_float_operand(Value v, double& out) {
  if (v.is_float()) [[likely]] {
    out = v.as_float();
    return true;
  }
  if (v.is_small_int()) {
    out = static_cast<double>(v.as_int().small());
    return true;
  }
  return false;
}
}  // namespace detail

namespace detail {
// Anything but a float or small int operand: the dynamic operator, out of
// line, so that what float_binary leaves is a tag test and one operation.
template <BinaryOp op, bool in_place>
[[gnu::noinline]] double float_binary_boxed(Value a, Value b) {
  return unbox<double>(in_place ? inplace(op, a, b) : binary(op, a, b));
}
}  // namespace detail

// a op b (a op= b when `in_place`: the same for a float, but "+=" in errors).
// Always inlined: g++ left it a call in spectral_norm's sum of products, a
// quarter of its time (inlined, the program runs 8% faster).
template <BinaryOp op, bool in_place = false>
[[gnu::always_inline]] inline double float_binary(double a, Value b) {
  if (double y; detail::as_float_operand(b, y)) [[likely]] return detail::float_arithmetic<op>(a, y);
  return detail::float_binary_boxed<op, in_place>(box(a), b);
}
template <BinaryOp op, bool in_place = false>
[[gnu::always_inline]] inline double float_binary(Value a, double b) {
  if (double x; detail::as_float_operand(a, x)) [[likely]] return detail::float_arithmetic<op>(x, b);
  return detail::float_binary_boxed<op, in_place>(a, box(b));
}

}  // namespace ingot::rt
