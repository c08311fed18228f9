// The math module, as CPython 3.11's mathmodule.c computes it: the same
// special cases, and its errors — ValueError "math domain error" where a
// finite argument gives NaN (or a pole), OverflowError "math range error"
// where it gives an infinity. Arguments arrive converted as CPython's
// PyFloat_AsDouble converts them (the compiler applies to_double, which
// raises "int too large to convert to float"); functions that treat ints
// specially (log of a huge int, floor of an int, gcd, ...) take Int.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/int.h"
#include "runtime/value.h"

namespace ingot::rt::math {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;

namespace detail {
[[noreturn, gnu::cold]] void raise_math_domain_error();
}  // namespace detail

// One-argument functions of a float (CPython's math_1: NaN from a non-NaN
// argument is a domain error; an infinity from a finite one is a range
// error for those that can overflow, a domain error for the others).
// sqrt is inline, one instruction where it is hot (norms in float code):
// only a negative argument, -inf included, gives NaN from a non-NaN.
inline double sqrt(double x) {
  if (x < 0.0) [[unlikely]] detail::raise_math_domain_error();
  return __builtin_sqrt(x);
}
double cbrt(double x);
double exp(double x);
double exp2(double x);
double expm1(double x);
double log1p(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double erf(double x);
double erfc(double x);
double gamma(double x);
double lgamma(double x);
double fabs(double x);
double degrees(double x);
double radians(double x);

// log(x), log(x, base), log2, log10: an int argument is taken exactly (a
// huge int still has a logarithm); <= 0 is a domain error.
double log(double x);
double log(Int x);
double log2(double x);
double log2(Int x);
double log10(double x);
double log10(Int x);
// log(x, base) from the two logarithms: ZeroDivisionError for base 1.
double log_base(double log_x, double log_of_base);

double atan2(double y, double x);
double copysign(double x, double y);
double fmod(double x, double y);
double remainder(double x, double y);
double pow(double x, double y);
double ldexp(double x, Int exponent);
double nextafter(double x, double y);
double ulp(double x);
double hypot(const std::vector<double>& coordinates);
// dist(p, q): ValueError "both points must have the same number of dimensions".
double dist(const std::vector<double>& p, const std::vector<double>& q);

struct Parts {
  double fractional, integral;
};
Parts modf(double x);
struct Mantissa {
  double mantissa;
  Int exponent;
};
Mantissa frexp(double x);

// floor, ceil, trunc of a float: OverflowError/ValueError for inf/NaN.
Int floor(double x);
Int ceil(double x);
Int trunc(double x);

bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0);

// Integer functions.
Int gcd(Int a, Int b);
Int lcm(Int a, Int b);
Int factorial(Int n);
Int isqrt(Int n);
Int comb(Int n, Int k);
Int perm(Int n, Int k);
Int perm(Int n);  // perm(n, None) == factorial(n)

// fsum: Shewchuk's exact summation with CPython's rounding of the partials.
class Fsum {
 public:
  void add(double x);
  double result() const;

 private:
  std::vector<double> partials_;
  double special_sum_ = 0.0;  // the sum of the infinities and NaNs met
  double inf_sum_ = 0.0;
};

// A value known at run time only: PyFloat_AsDouble (int, bool, float;
// TypeError "must be real number, not str" otherwise), and floor, ceil,
// trunc (an int stays exact).
double to_float(Value x);
Int floor(Value x);
Int ceil(Value x);
Int trunc(Value x);

// The TypeError for a non-number argument: "must be real number, not str".
[[noreturn]] void raise_not_real(const char* type_name);
// The TypeError for a float where an int is needed.
[[noreturn]] void raise_not_integer(const char* type_name);

}  // namespace ingot::rt::math
