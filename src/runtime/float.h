// Python's float is a C++ double; these are the operations whose Python
// meaning differs from C++'s, and the conversions (docs/runtime.md, "float").
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/float_root.h"
#include "runtime/int.h"

namespace ingot::rt {

class Str;

// a // b and a % b with Python's rules (the remainder takes b's sign; -0.0
// where CPython gives it); ZeroDivisionError "float floor division by zero" /
// "float modulo" / "float divmod()".
double float_floordiv(double a, double b);
double float_mod(double a, double b);
struct FloatDivMod {
  double quotient, remainder;
};
FloatDivMod float_divmod(double a, double b);
// a / b: ZeroDivisionError "float division by zero".
inline double float_truediv(double a, double b);
// a ** b as CPython's float_pow, including its errors, where the result is
// real: a negative base to a non-integer power is complex in Python, which
// complex.h's float_power gives (the compiler calls float_pow only where it
// proved the result real; SystemError if it was wrong). Inline for the
// square root (float_root.h), which needs no special case: x is positive.
namespace detail {
double float_pow_general(double a, double b);
}
inline double float_pow(double a, double b) {
  double root;
  if (b == 0.5 && detail::root_is_pow_half(a, &root)) return root;
  return detail::float_pow_general(a, b);
}

// repr(x) == str(x): the shortest string that reads back as x, laid out as
// CPython's float_repr_style 'short' ('1e+16', '1e-05', 'inf', 'nan').
std::string float_repr_string(double x);
Str repr(double x);
Str str(double x);

// float(text): CPython's grammar (whitespace, underscores between digits,
// inf/infinity/nan in any case, Unicode decimal digits), correctly rounded;
// ValueError "could not convert string to float: <repr>".
double float_from_string(std::string_view utf8);
// x.hex() and float.fromhex(s) (float_hex.cpp): "0x1.8000000000000p+0";
// ValueError "invalid hexadecimal floating-point string", OverflowError
// past the largest double.
Str float_hex(double x);
double float_fromhex(Str s);

// round(x) (ties to even, an int; OverflowError/ValueError for inf/nan) and
// round(x, ndigits) (correctly rounded through the exact decimal value).
Int round(double x);
double round(double x, int64_t ndigits);

int64_t hash(double x);
bool float_is_integer(double x);
// int(x): truncates; OverflowError "cannot convert float infinity to
// integer", ValueError "cannot convert float NaN to integer".
Int int_from_float(double x);

// Exact comparison of an int with a float (CPython never rounds the int):
// negative, zero or positive as a < b, a == b, a > b; `unordered` for NaN.
enum class Ordering { less, equal, greater, unordered };
Ordering compare(Int a, double b);
inline bool equal(Int a, double b) { return compare(a, b) == Ordering::equal; }

namespace detail {
[[noreturn]] void raise_float_division_by_zero();
}

inline double float_truediv(double a, double b) {
  if (b == 0.0) [[unlikely]] detail::raise_float_division_by_zero();
  return a / b;
}

}  // namespace ingot::rt
