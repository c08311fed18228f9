// Ports of CPython 3.11's mathmodule.c special-case handling; the values
// themselves come from the C library, as they do in CPython.
#include "runtime/math_module.h"

#include <cfloat>
#include <climits>
#include <cmath>
#include <optional>
#include <string>

#include "runtime/big_int.h"
#include "runtime/exception.h"
#include "runtime/float.h"

namespace ingot::rt::math {

void detail::raise_math_domain_error() { raise(exc::ValueError, "math domain error"); }

namespace {

[[noreturn, gnu::cold]] void domain_error() { detail::raise_math_domain_error(); }
[[noreturn, gnu::cold]] void range_error() { raise(exc::OverflowError, "math range error"); }

// CPython's math_1: NaN out of a non-NaN is invalid; an infinity out of a
// finite argument is an overflow or a singularity.
template <double (*f)(double), bool can_overflow>
double math_1(double x) {
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

// CPython's math_2 (atan2, copysign, remainder).
double math_2(double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return r;
}

double c_cbrt(double x) { return std::cbrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_log1p(double x) { return x == 0.0 ? x : std::log1p(x); }  // keeps -0.0
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::atanh(x); }

bool is_nonpositive_integer(double x) { return x <= 0.0 && std::floor(x) == x; }

// The logarithm of a positive int that may not fit a double: log(m * 2**e).
double int_log(Int x, double (*f)(double)) {
  if (x.is_negative() || !x) domain_error();
  MpzView v(x);
  auto bits = static_cast<int64_t>(mpz_sizeinbase(v.get(), 2));
  if (bits < 1024) return f(to_double(x));
  // CPython's _PyLong_Frexp: the top 55 bits with a sticky bit for the
  // rest, rounded half to even by the conversion to double.
  Mpz top;
  mpz_tdiv_q_2exp(top.get(), v.get(), bits - 55);
  uint64_t digits = mpz_get_ui(top.get());
  if (mpz_scan1(v.get(), 0) < static_cast<mp_bitcnt_t>(bits - 55)) digits |= 1;
  double mantissa = std::ldexp(static_cast<double>(digits), -55);
  if (mantissa == 1.0) mantissa = 0.5, ++bits;
  return f(mantissa) + f(2.0) * static_cast<double>(bits);
}

// The Int argument of an integer function: TypeError for a bool-free
// non-int never reaches here (the compiler checks), only ranges.
unsigned long to_ulong(Int n, const char* message) {
  auto v = n.to_int64();
  if (!v || *v < 0) raise(exc::OverflowError, message);
  return static_cast<unsigned long>(*v);
}

// CPython 3.11's vector_norm: the square root of a sum of squares, scaled
// and compensated so that it is correctly rounded in nearly all cases.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    scale = std::ldexp(1.0, -max_e);
    for (double item : vec) {
      x = item * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_e) would overflow: divide by max instead.
  for (double item : vec) {
    x = item / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

double norm_of(std::vector<double> vec) {
  double max = 0.0;
  bool found_nan = false;
  for (double& x : vec) {
    x = std::fabs(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return vector_norm(vec, max, found_nan);
}

}  // namespace

double cbrt(double x) { return math_1<c_cbrt, false>(x); }
double exp(double x) { return math_1<c_exp, true>(x); }
double exp2(double x) { return math_1<c_exp2, true>(x); }
double expm1(double x) { return math_1<c_expm1, true>(x); }
double log1p(double x) { return math_1<c_log1p, false>(x); }
double sin(double x) { return math_1<c_sin, false>(x); }
double cos(double x) { return math_1<c_cos, false>(x); }
double tan(double x) { return math_1<c_tan, false>(x); }
double asin(double x) { return math_1<c_asin, false>(x); }
double acos(double x) { return math_1<c_acos, false>(x); }
double atan(double x) { return math_1<c_atan, false>(x); }
double sinh(double x) { return math_1<c_sinh, true>(x); }
double cosh(double x) { return math_1<c_cosh, true>(x); }
double tanh(double x) { return math_1<c_tanh, false>(x); }
double asinh(double x) { return math_1<c_asinh, false>(x); }
double acosh(double x) { return math_1<c_acosh, false>(x); }
double atanh(double x) { return math_1<c_atanh, false>(x); }
double erf(double x) { return std::erf(x); }
double erfc(double x) { return std::erfc(x); }
double fabs(double x) { return std::fabs(x); }
double degrees(double x) { return x * (180.0 / pi); }
double radians(double x) { return x * (pi / 180.0); }

double gamma(double x) {
  if (std::isnan(x) || x == INFINITY) return x;
  if (x == -INFINITY || is_nonpositive_integer(x)) domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) range_error();
  return r;
}

double lgamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return INFINITY;
  if (is_nonpositive_integer(x)) domain_error();
  double r = std::lgamma(x);
  if (std::isinf(r)) range_error();
  return r;
}

double log(double x) {
  if (std::isnan(x) || x == INFINITY) return x;
  if (!(x > 0.0)) domain_error();
  return std::log(x);
}
double log2(double x) {
  if (std::isnan(x) || x == INFINITY) return x;
  if (!(x > 0.0)) domain_error();
  return std::log2(x);
}
double log10(double x) {
  if (std::isnan(x) || x == INFINITY) return x;
  if (!(x > 0.0)) domain_error();
  return std::log10(x);
}
double log(Int x) { return int_log(x, [](double v) { return std::log(v); }); }
double log2(Int x) { return int_log(x, [](double v) { return std::log2(v); }); }
double log10(Int x) { return int_log(x, [](double v) { return std::log10(v); }); }
double log_base(double log_x, double log_of_base) {
  if (log_of_base == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return log_x / log_of_base;
}

double atan2(double y, double x) { return math_2(y, x, std::atan2(y, x)); }
double copysign(double x, double y) { return std::copysign(x, y); }
double remainder(double x, double y) { return math_2(x, y, std::remainder(x, y)); }

double fmod(double x, double y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return r;
}

double pow(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) return odd_y ? x : std::fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? std::copysign(0.0, x) : 0.0;
    }
    if (std::fabs(x) == 1.0) return 1.0;
    if (y > 0.0 && std::fabs(x) > 1.0) return y;
    if (y < 0.0 && std::fabs(x) < 1.0) return -y;
    return 0.0;
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) {
    if (x == 0.0) domain_error();
    range_error();
  }
  return r;
}

double ldexp(double x, Int exponent) {
  if (x == 0.0 || !std::isfinite(x)) return x;
  if (exponent > Int(INT_MAX)) range_error();
  if (exponent < Int(INT_MIN)) return std::copysign(0.0, x);
  double r = std::ldexp(x, static_cast<int>(*exponent.to_int64()));
  if (std::isinf(r)) range_error();
  return r;
}

double nextafter(double x, double y) { return std::nextafter(x, y); }

double ulp(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  double x2 = std::nextafter(x, INFINITY);
  if (std::isinf(x2)) return x - std::nextafter(x, -INFINITY);
  return x2 - x;
}

double hypot(const std::vector<double>& coordinates) { return norm_of(coordinates); }

double dist(const std::vector<double>& p, const std::vector<double>& q) {
  if (p.size() != q.size()) raise(exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> differences(p.size());
  for (size_t i = 0; i < p.size(); ++i) differences[i] = p[i] - q[i];
  return norm_of(std::move(differences));
}

Parts modf(double x) {
  if (std::isinf(x)) return {std::copysign(0.0, x), x};
  if (std::isnan(x)) return {x, x};
  double integral;
  double fractional = std::modf(x, &integral);
  return {fractional, integral};
}

Mantissa frexp(double x) {
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return {x, Int(0)};
  int exponent;
  double mantissa = std::frexp(x, &exponent);
  return {mantissa, Int(exponent)};
}

Int floor(double x) { return int_from_float(std::floor(x)); }
Int ceil(double x) { return int_from_float(std::ceil(x)); }
Int trunc(double x) { return int_from_float(x); }

bool isclose(double a, double b, double rel_tol, double abs_tol) {
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(exc::ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  double diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

Int gcd(Int a, Int b) {
  if (a.both_small(b)) {
    uint64_t x = static_cast<uint64_t>(std::abs(a.small())), y = static_cast<uint64_t>(std::abs(b.small()));
    while (y) {
      uint64_t t = x % y;
      x = y;
      y = t;
    }
    return Int::from_uint64(x);
  }
  MpzView x(a), y(b);
  Mpz r;
  mpz_gcd(r.get(), x.get(), y.get());
  return take_mpz(r);
}

Int lcm(Int a, Int b) {
  MpzView x(a), y(b);
  Mpz r;
  mpz_lcm(r.get(), x.get(), y.get());
  return take_mpz(r);
}

Int factorial(Int n) {
  if (n.is_negative()) raise(exc::ValueError, "factorial() not defined for negative values");
  unsigned long k = to_ulong(n, "factorial() argument should not exceed 9223372036854775807");
  Mpz r;
  mpz_fac_ui(r.get(), k);
  return take_mpz(r);
}

Int isqrt(Int n) {
  if (n.is_negative()) raise(exc::ValueError, "isqrt() argument must be nonnegative");
  MpzView x(n);
  Mpz r;
  mpz_sqrt(r.get(), x.get());
  return take_mpz(r);
}

Int comb(Int n, Int k) {
  if (n.is_negative()) raise(exc::ValueError, "n must be a non-negative integer");
  if (k.is_negative()) raise(exc::ValueError, "k must be a non-negative integer");
  if (k > n) return Int(0);
  Int smaller = std::min(k, n - k);
  unsigned long j = to_ulong(smaller, "min(n - k, k) must not exceed 9223372036854775807");
  MpzView x(n);
  Mpz r;
  mpz_bin_ui(r.get(), x.get(), j);
  return take_mpz(r);
}

Int perm(Int n, Int k) {
  if (n.is_negative()) raise(exc::ValueError, "n must be a non-negative integer");
  if (k.is_negative()) raise(exc::ValueError, "k must be a non-negative integer");
  if (k > n) return Int(0);
  unsigned long j = to_ulong(k, "k must not exceed 9223372036854775807");
  MpzView x(n);
  Mpz r, factor;
  mpz_set_ui(r.get(), 1);
  for (unsigned long i = 0; i < j; ++i) {
    mpz_sub_ui(factor.get(), x.get(), i);
    mpz_mul(r.get(), r.get(), factor.get());
  }
  return take_mpz(r);
}

Int perm(Int n) {
  if (n.is_negative()) raise(exc::ValueError, "n must be a non-negative integer");
  return factorial(n);
}

void Fsum::add(double x) {
  double xsave = x;
  size_t i = 0;
  for (size_t j = 0; j < partials_.size(); ++j) {
    double y = partials_[j];
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    double hi = x + y;
    double yr = hi - x;
    double lo = y - yr;
    if (lo != 0.0) partials_[i++] = lo;
    x = hi;
  }
  partials_.resize(i);
  if (x == 0.0) return;
  if (!std::isfinite(x)) {
    // An infinity or NaN summand, or an overflow of finite ones.
    if (std::isfinite(xsave)) raise(exc::OverflowError, "intermediate overflow in fsum");
    if (std::isinf(xsave)) inf_sum_ += xsave;
    special_sum_ += xsave;
    partials_.clear();
    return;
  }
  partials_.push_back(x);
}

double Fsum::result() const {
  if (special_sum_ != 0.0) {
    if (std::isnan(inf_sum_)) raise(exc::ValueError, "-inf + inf in fsum");
    return special_sum_;
  }
  size_t n = partials_.size();
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = partials_[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = partials_[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across several partials.
    if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) || (lo > 0.0 && partials_[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

namespace {

// The int value of an int or bool Value, nullopt for anything else.
std::optional<Int> int_value(Value x) {
  if (&x.type() == &int_type) return x.as_int();
  if (&x.type() == &bool_type) return Int(int64_t{x.as_bool()});
  return std::nullopt;
}

}  // namespace

double to_float(Value x) {
  if (&x.type() == &float_type) return x.as_float();
  if (auto i = int_value(x)) return to_double(*i);
  raise_not_real(std::string(x.type().name).c_str());
}
Int floor(Value x) {
  if (auto i = int_value(x)) return *i;
  return floor(to_float(x));
}
Int ceil(Value x) {
  if (auto i = int_value(x)) return *i;
  return ceil(to_float(x));
}
Int trunc(Value x) {
  if (auto i = int_value(x)) return *i;
  return trunc(to_float(x));
}

void raise_not_real(const char* type_name) {
  raise(exc::TypeError, std::string("must be real number, not ") + type_name);
}

void raise_not_integer(const char* type_name) {
  raise(exc::TypeError, std::string("'") + type_name + "' object cannot be interpreted as an integer");
}

}  // namespace ingot::rt::math
