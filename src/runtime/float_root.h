// x ** 0.5 without libm's pow where the answer is provably the same
// (docs/runtime.md, "float").
//
// CPython computes x ** 0.5 with libm's pow, which is not correctly
// rounded: glibc's pow(x, 0.5) differs from sqrt(x) (correctly rounded) for
// about one x in 1200, and a program must print CPython's digits. But
// glibc's pow (Arm's code, musl's too) is within 0.54 ulp of the exact
// result, by the error analysis in its source (0.509 from its exp, plus
// its log's error scaled by |y log x|, under 0.52 for the x taken here;
// measured, it misrounds only where the root lies 0.492 ulp or more from
// the nearest double; older glibc's pow is correctly rounded). So where
// the exact root lies within 0.45 ulp of s = sqrt(x), every other double is
// over 0.55 ulp from it and pow must return s too. That holds for nine x
// in ten and costs a few multiplies; pow costs half of nbody's time.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

namespace ingot::rt::detail {

// sqrt(x) into *root when that is provably libm's pow(x, 0.5); false
// (the caller asks pow) otherwise, and for x outside [2**-900, 2**900],
// where the exact residual below could underflow, and NaN.
inline bool root_is_pow_half(double x, double* root) {
  if (!(x >= 0x1p-900 && x <= 0x1p900)) return false;
  double s = std::sqrt(x);
  uint64_t bits = std::bit_cast<uint64_t>(s);
  constexpr uint64_t kMantissa = (uint64_t{1} << 52) - 1;
  // A power of two has a nearer neighbour below it than the ulp used here.
  if ((bits & kMantissa) == 0) return false;
  double ulp = std::bit_cast<double>(((bits >> 52) - 52) << 52);
  // x - s*s: s*s exactly as p + e by Dekker's split (no fused multiply-add
  // is assumed); x - p is exact as p is within a factor 2 of x.
  double c = 134217729.0 * s, high = c - (c - s), low = s - high;
  double p = s * s, e = ((high * high - p) + 2 * high * low) + low * low;
  double residual = (x - p) - e;
  // The root is s + residual / (2s), to far better than the margin.
  if (std::fabs(residual) > 0.9 * s * ulp) return false;
  *root = s;
  return true;
}

}  // namespace ingot::rt::detail
