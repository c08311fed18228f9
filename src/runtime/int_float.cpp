// int -> float conversions that CPython rounds correctly: float(i) and i / j.
#include <cmath>

#include "runtime/big_int.h"
#include "runtime/exception.h"
#include "runtime/float.h"

namespace ingot::rt {
namespace {

constexpr int64_t kExactLimit = int64_t{1} << 53;

// q * 2**exponent, plus a little more when `inexact` (the part below q's
// last bit was not zero), rounded to the nearest double, ties to even;
// infinity (from ldexp) when out of range. Subnormal results keep fewer bits, so they
// are rounded once, at the right place. q must carry at least two bits below
// the result's last bit whenever `inexact` is set.
double round_to_double(mpz_srcptr q, int64_t exponent, bool inexact) {
  auto bits = static_cast<int64_t>(mpz_sizeinbase(q, 2));
  int64_t last_bit = std::max<int64_t>(exponent + bits - 53, -1074);
  int64_t drop = last_bit - exponent;
  if (drop <= 0) return std::ldexp(mpz_get_d(q), static_cast<int>(exponent));  // exact
  bool half = mpz_tstbit(q, drop - 1);
  bool below_half = inexact || mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(drop - 1);
  Mpz kept;
  mpz_tdiv_q_2exp(kept.get(), q, drop);
  uint64_t r = mpz_get_ui(kept.get());
  if (half && (below_half || (r & 1))) ++r;
  return std::ldexp(static_cast<double>(r), static_cast<int>(last_bit));
}

}  // namespace

double detail::int_to_double_slow(Int a) {
  Mpz magnitude;
  mpz_abs(magnitude.get(), a.big()->value);
  double d = round_to_double(magnitude.get(), 0, false);
  if (std::isinf(d)) raise(exc::OverflowError, "int too large to convert to float");
  return a.is_negative() ? -d : d;
}

double true_divide(Int a, Int b) {
  if (a.both_small(b) && a.small() >= -kExactLimit && a.small() <= kExactLimit && b.small() >= -kExactLimit &&
      b.small() <= kExactLimit && b) [[likely]]
    return static_cast<double>(a.small()) / static_cast<double>(b.small());  // exact operands: one rounding
  if (!b) raise(exc::ZeroDivisionError, "division by zero");
  bool negative = a.is_negative() != b.is_negative();
  if (!a) return negative ? -0.0 : 0.0;
  MpzView x(a), y(b);
  Mpz dividend, divisor, quotient, remainder;
  mpz_abs(dividend.get(), x.get());
  mpz_abs(divisor.get(), y.get());
  // Scale so the quotient has 55 to 57 bits (two below a double's 53), or
  // for tiny results enough to reach below the smallest subnormal.
  int64_t difference = static_cast<int64_t>(mpz_sizeinbase(dividend.get(), 2)) -
                       static_cast<int64_t>(mpz_sizeinbase(divisor.get(), 2));
  if (difference > 1025) raise(exc::OverflowError, "integer division result too large for a float");
  int64_t scale = 56 - difference;
  if (difference < -1000) scale = std::max<int64_t>(scale, 1076);
  if (scale >= 0) mpz_mul_2exp(dividend.get(), dividend.get(), scale);
  else mpz_mul_2exp(divisor.get(), divisor.get(), -scale);
  mpz_tdiv_qr(quotient.get(), remainder.get(), dividend.get(), divisor.get());
  double d = round_to_double(quotient.get(), -scale, mpz_sgn(remainder.get()) != 0);
  if (std::isinf(d)) raise(exc::OverflowError, "integer division result too large for a float");
  return negative ? -d : d;
}

}  // namespace ingot::rt
