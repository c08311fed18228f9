// float arithmetic with Python's rules, hashing, rounding and int<->float
// comparison. Text conversions are in float_text.cpp.
#include "runtime/float.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <cstring>

#include "runtime/big_int.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {
namespace {

const TypeObject* const float_mro[] = {&float_type, &object_type};

Str float_repr_slot(const Object* object) { return repr(reinterpret_cast<const FloatObject*>(object)->value); }

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// CPython's _float_div_mod: fmod is exact, then the quotient is snapped to
// the nearest integer so that q * b + r reproduces a as closely as it can.
FloatDivMod div_mod(double a, double b) {
  double remainder = std::fmod(a, b);
  double quotient = (a - remainder) / b;
  if (remainder != 0.0) {
    if ((b < 0) != (remainder < 0)) {
      remainder += b;
      quotient -= 1.0;
    }
  } else {
    remainder = std::copysign(0.0, b);
  }
  double floor_quotient;
  if (quotient != 0.0) {
    floor_quotient = std::floor(quotient);
    if (quotient - floor_quotient > 0.5) floor_quotient += 1.0;
  } else {
    floor_quotient = std::copysign(0.0, a / b);
  }
  return {floor_quotient, remainder};
}

// OverflowError as PyErr_SetFromErrno(ERANGE) makes it: args (34, strerror).
[[noreturn]] void raise_range_error() {
  Value args[] = {Int(ERANGE), Str::from_utf8(std::strerror(ERANGE))};
  raise(new_exception(exc::OverflowError, args));
}

}  // namespace

const TypeObject float_type{"float", "builtins", float_mro, float_repr_slot, float_repr_slot};

namespace detail {
void raise_float_division_by_zero() { raise(exc::ZeroDivisionError, "float division by zero"); }
}  // namespace detail

double float_floordiv(double a, double b) {
  if (b == 0.0) raise(exc::ZeroDivisionError, "float floor division by zero");
  return div_mod(a, b).quotient;
}

double float_mod(double a, double b) {
  if (b == 0.0) raise(exc::ZeroDivisionError, "float modulo");
  double remainder = std::fmod(a, b);
  if (remainder != 0.0) {
    if ((b < 0) != (remainder < 0)) remainder += b;
  } else {
    remainder = std::copysign(0.0, b);
  }
  return remainder;
}

FloatDivMod float_divmod(double a, double b) {
  if (b == 0.0) raise(exc::ZeroDivisionError, "float divmod()");
  return div_mod(a, b);
}

double detail::float_pow_general(double a, double b) {
  // CPython's float_pow sorts out the special cases itself rather than
  // trusting libm's; the order of the tests matters.
  if (b == 0.0) return 1.0;
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return a == 1.0 ? 1.0 : b;
  if (std::isinf(b)) {
    double magnitude = std::fabs(a);
    if (magnitude == 1.0) return 1.0;
    return (b > 0.0) == (magnitude > 1.0) ? std::fabs(b) : 0.0;
  }
  if (std::isinf(a)) {
    bool odd = is_odd_integer(b);
    if (b > 0.0) return odd ? a : std::fabs(a);
    return odd ? std::copysign(0.0, a) : 0.0;
  }
  if (a == 0.0) {
    if (b < 0.0) raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return is_odd_integer(b) ? a : 0.0;
  }
  bool negate = false;
  if (a < 0.0) {
    if (b != std::floor(b))
      raise(exc::SystemError, "ingot: a float power typed real is complex");
    a = -a;
    negate = is_odd_integer(b);
  }
  if (a == 1.0) return negate ? -1.0 : 1.0;
  double result = std::pow(a, b);
  if (std::isinf(result)) raise_range_error();
  return negate ? -result : result;
}

int64_t hash(double x) {
  if (!std::isfinite(x)) {
    if (std::isinf(x)) return x > 0 ? 314159 : -314159;
    return 0;  // CPython hashes a NaN by identity; any value is as good
  }
  constexpr int kBits = 61;
  constexpr auto kModulus = static_cast<uint64_t>(kHashModulus);
  int exponent;
  double mantissa = std::frexp(x, &exponent);
  int sign = 1;
  if (mantissa < 0) {
    sign = -1;
    mantissa = -mantissa;
  }
  // 28 bits at a time, reducing modulo 2**61 - 1 (CPython's _Py_HashDouble).
  uint64_t h = 0;
  while (mantissa != 0.0) {
    h = ((h << 28) & kModulus) | h >> (kBits - 28);
    mantissa *= 268435456.0;
    exponent -= 28;
    auto digit = static_cast<uint64_t>(mantissa);
    mantissa -= static_cast<double>(digit);
    h += digit;
    if (h >= kModulus) h -= kModulus;
  }
  exponent = exponent >= 0 ? exponent % kBits : kBits - 1 - ((-1 - exponent) % kBits);
  h = ((h << exponent) & kModulus) | h >> (kBits - exponent);
  auto result = static_cast<int64_t>(h) * sign;
  return result == -1 ? -2 : result;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

Int int_from_float(double x) {
  if (std::isinf(x)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(x)) raise(exc::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(x);
  if (std::fabs(t) < 0x1p62) return Int(static_cast<int64_t>(t));
  Mpz result;
  mpz_set_d(result.get(), t);
  return take_mpz(result);
}

Int round(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // ties to even
  return int_from_float(rounded);
}

double round(double x, int64_t ndigits) {
  // Beyond these, x is its own rounding, or rounds to a signed zero
  // (CPython's NDIGITS_MAX and NDIGITS_MIN).
  constexpr int64_t kMaxDigits = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kMinDigits = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (!std::isfinite(x) || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  // x * 10**ndigits is exactly m * 2**e * 10**ndigits: a fraction of big
  // ints, rounded half-even to an integer N; then N * 10**-ndigits goes back
  // through strtod, which rounds correctly. CPython does the same through
  // _Py_dg_dtoa's mode 3.
  int exponent;
  double mantissa = std::frexp(std::fabs(x), &exponent);
  Mpz numerator, denominator, quotient, remainder, power;
  mpz_set_d(numerator.get(), std::ldexp(mantissa, DBL_MANT_DIG));
  exponent -= DBL_MANT_DIG;
  mpz_set_ui(denominator.get(), 1);
  if (exponent >= 0) mpz_mul_2exp(numerator.get(), numerator.get(), exponent);
  else mpz_mul_2exp(denominator.get(), denominator.get(), -exponent);
  mpz_ui_pow_ui(power.get(), 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  if (ndigits >= 0) mpz_mul(numerator.get(), numerator.get(), power.get());
  else mpz_mul(denominator.get(), denominator.get(), power.get());
  mpz_fdiv_qr(quotient.get(), remainder.get(), numerator.get(), denominator.get());
  mpz_mul_2exp(remainder.get(), remainder.get(), 1);
  int half = mpz_cmp(remainder.get(), denominator.get());
  if (half > 0 || (half == 0 && mpz_odd_p(quotient.get()))) mpz_add_ui(quotient.get(), quotient.get(), 1);
  std::string text = std::signbit(x) ? "-" : "";
  text += mpz_get_str(nullptr, 10, quotient.get());
  text += "e" + std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.0) raise(exc::OverflowError, "rounded value too large to represent");
  return rounded;
}

Ordering compare(Int a, double b) {
  if (std::isnan(b)) return Ordering::unordered;
  if (a.is_small() && a.small() >= -(int64_t{1} << 53) && a.small() <= (int64_t{1} << 53)) {
    auto x = static_cast<double>(a.small());  // exact
    return x < b ? Ordering::less : x > b ? Ordering::greater : Ordering::equal;
  }
  if (std::isinf(b)) return b > 0 ? Ordering::less : Ordering::greater;
  // Compare with the integer part exactly; on a tie the fraction decides.
  double whole = std::trunc(b);
  auto c = a <=> int_from_float(whole);
  if (c != 0) return c < 0 ? Ordering::less : Ordering::greater;
  double fraction = b - whole;
  return fraction > 0 ? Ordering::less : fraction < 0 ? Ordering::greater : Ordering::equal;
}

}  // namespace ingot::rt
