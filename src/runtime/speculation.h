// The escape of code that runs a computation on speculation
// (codegen/int_speculation.cpp): a pure self-recursive int function first
// runs as a clone on machine integers, and anything that clone cannot
// finish exactly (a result outside int64_t, a division by zero, the
// recursion limit) abandons the whole attempt, which the function then
// runs again on rt::Int. The clone has no effects, so running it again is
// invisible, and the second run raises whatever CPython raises.
#pragma once

#include <cstdint>

#include "runtime/recursion.h"

namespace ingot::rt {

// Not a PyException: no `catch (const rt::PyException&)` of generated
// code stops it; only the entry that started the attempt catches it.
struct SpeculationFailed {};

// Out of line and never returning: the clone's hot path keeps its
// registers, a failed check is one jump to a cold call.
[[noreturn, gnu::cold]] void abandon_speculation();

namespace speculation {

inline int64_t add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) [[unlikely]] abandon_speculation();
  return r;
}
inline int64_t sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) [[unlikely]] abandon_speculation();
  return r;
}
inline int64_t mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) [[unlikely]] abandon_speculation();
  return r;
}
inline int64_t neg(int64_t a) { return sub(0, a); }
// Python's // and %: floored. Zero (ZeroDivisionError) and INT64_MIN // -1
// (out of range) are left to the rt::Int run.
inline int64_t floordiv(int64_t a, int64_t b) {
  if (b == 0 || (b == -1 && a == INT64_MIN)) [[unlikely]] abandon_speculation();
  int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
inline int64_t mod(int64_t a, int64_t b) {
  if (b == 0) [[unlikely]] abandon_speculation();
  if (b == -1) return 0;
  int64_t r = a % b;
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}
// Shifts by a negative count (ValueError) or out of range are left to rt::Int.
inline int64_t lshift(int64_t a, int64_t b) {
  if (b < 0 || b > 62) [[unlikely]] abandon_speculation();
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
  if ((r >> b) != a) [[unlikely]] abandon_speculation();
  return r;
}
inline int64_t rshift(int64_t a, int64_t b) {
  if (b < 0) [[unlikely]] abandon_speculation();
  return a >> (b < 63 ? b : 63);
}
// The depth a call reaches: past the limit, the rt::Int run raises
// RecursionError where CPython does.
inline void check_depth(int64_t depth) {
  if (depth > detail::recursion_limit) [[unlikely]] abandon_speculation();
}

}  // namespace speculation

}  // namespace ingot::rt
