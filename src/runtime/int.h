// Python's int as a value type (docs/runtime.md, "int").
//
// An Int is one 64-bit word. A small int v in [-2**62, 2**62) is stored as
// v << 1 (low bit 0); anything larger is a pointer to an immutable GMP-backed
// BigIntObject, plus 1 (low bit 1). The encoding is the dynamic Value's, so
// boxing an Int is free. Every value that fits the small range is stored
// small ("canonical"), so a small and a big Int are never equal.
//
// The small paths below are inline: tagged addition and subtraction need no
// untagging, and __builtin_*_overflow turns leaving the small range into one
// never-taken branch to the out-of-line GMP path. Nothing ever wraps.
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ingot::rt {

struct BigIntObject;
class Int;
class Str;

namespace detail {
Int int_from_int64_slow(int64_t v);
bool int_is_negative_slow(Int a);
std::optional<int64_t> int_to_int64_slow(Int a);
double int_to_double_slow(Int a);
Int int_add_slow(Int a, Int b);
Int int_sub_slow(Int a, Int b);
Int int_mul_slow(Int a, Int b);
Int int_neg_slow(Int a);
Int int_floordiv_slow(Int a, Int b);
Int int_mod_slow(Int a, Int b);
Int int_and_slow(Int a, Int b);
Int int_or_slow(Int a, Int b);
Int int_xor_slow(Int a, Int b);
Int int_invert_slow(Int a);
Int int_lshift_slow(Int a, Int b);
Int int_rshift_slow(Int a, Int b);
bool int_equal_slow(Int a, Int b);
int int_compare_slow(Int a, Int b);
int64_t int_hash_slow(Int a);
}  // namespace detail

class Int {
 public:
  static constexpr int64_t kSmallMin = -(int64_t{1} << 62);
  static constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;

  constexpr Int() = default;
  template <std::signed_integral T>
  constexpr Int(T v) {  // NOLINT: implicit, as Python's int literals are
    if (fits_small(v)) bits_ = static_cast<uint64_t>(static_cast<int64_t>(v)) << 1;
    else *this = detail::int_from_int64_slow(v);
  }
  static Int from_uint64(uint64_t v);

  static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  // From the tagged word (v << 1 for a small v).
  static constexpr Int from_tagged(int64_t tagged) { return Int(Bits{static_cast<uint64_t>(tagged)}); }
  static Int from_bits(uint64_t bits) { return Int(Bits{bits}); }

  constexpr bool is_small() const { return (bits_ & 1) == 0; }
  constexpr bool both_small(Int other) const { return ((bits_ | other.bits_) & 1) == 0; }
  constexpr int64_t tagged() const { return static_cast<int64_t>(bits_); }
  // The value of a small Int.
  constexpr int64_t small() const { return static_cast<int64_t>(bits_) >> 1; }
  constexpr uint64_t bits() const { return bits_; }
  const BigIntObject* big() const { return reinterpret_cast<const BigIntObject*>(bits_ - 1); }

  explicit constexpr operator bool() const { return bits_ != 0; }
  bool is_negative() const {
    if (is_small()) [[likely]] return tagged() < 0;
    return detail::int_is_negative_slow(*this);
  }
  // The value when it fits an int64_t. Inline: indexing and range() bounds
  // ask it on every use, and a call returning std::optional goes through
  // memory.
  std::optional<int64_t> to_int64() const {
    if (is_small()) [[likely]] return small();
    return detail::int_to_int64_slow(*this);
  }
  int64_t bit_length() const;

 private:
  struct Bits { uint64_t value; };
  constexpr explicit Int(Bits b) : bits_(b.value) {}
  uint64_t bits_ = 0;
};

// --- Arithmetic. Operators are Python's where C++'s agree; // and % are
// named, since C++ truncates where Python floors. ---

inline Int operator+(Int a, Int b) {
  int64_t r;
  if (a.both_small(b) && !__builtin_add_overflow(a.tagged(), b.tagged(), &r)) [[likely]]
    return Int::from_tagged(r);
  return detail::int_add_slow(a, b);
}

inline Int operator-(Int a, Int b) {
  int64_t r;
  if (a.both_small(b) && !__builtin_sub_overflow(a.tagged(), b.tagged(), &r)) [[likely]]
    return Int::from_tagged(r);
  return detail::int_sub_slow(a, b);
}

inline Int operator*(Int a, Int b) {
  int64_t r;
  if (a.both_small(b) && !__builtin_mul_overflow(a.small(), b.tagged(), &r)) [[likely]]
    return Int::from_tagged(r);
  return detail::int_mul_slow(a, b);
}

inline Int operator-(Int a) {
  int64_t r;
  if (a.is_small() && !__builtin_sub_overflow(int64_t{0}, a.tagged(), &r)) [[likely]]
    return Int::from_tagged(r);
  return detail::int_neg_slow(a);
}

inline Int operator+(Int a) { return a; }

// Python's a // b: rounds toward negative infinity; ZeroDivisionError on 0.
inline Int floordiv(Int a, Int b) {
  if (a.both_small(b) && b.bits() != 0) [[likely]] {
    int64_t x = a.small(), y = b.small();
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) --q;
    return Int(q);  // -2**62 // -1 leaves the small range: Int(q) promotes
  }
  return detail::int_floordiv_slow(a, b);
}

// Python's a % b: the result takes the divisor's sign.
inline Int mod(Int a, Int b) {
  if (a.both_small(b) && b.bits() != 0) [[likely]] {
    int64_t y = b.small();
    int64_t r = a.small() % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return Int::from_tagged(r << 1);
  }
  return detail::int_mod_slow(a, b);
}

struct IntDivMod {
  Int quotient, remainder;
};
IntDivMod divmod(Int a, Int b);

Int abs(Int a);

// a ** b for b >= 0 (an int). A negative exponent makes a float in Python:
// that is pow_to_float's job, chosen by the caller (the compiler knows or
// tests the sign); here it raises SystemError as an internal fault.
Int pow(Int base, Int exponent);
// a ** b as CPython computes it for a negative b: float(a) ** float(b),
// ZeroDivisionError for 0 ** negative.
double pow_to_float(Int base, Int exponent);
// pow(a, b, m): ValueError for m == 0 and for a non-invertible base with a
// negative b; the result takes m's sign.
Int pow(Int base, Int exponent, Int modulus);

// --- Bitwise operations, with two's-complement semantics on unbounded ints.

inline Int operator&(Int a, Int b) {
  if (a.both_small(b)) [[likely]] return Int::from_tagged(a.tagged() & b.tagged());
  return detail::int_and_slow(a, b);
}
inline Int operator|(Int a, Int b) {
  if (a.both_small(b)) [[likely]] return Int::from_tagged(a.tagged() | b.tagged());
  return detail::int_or_slow(a, b);
}
inline Int operator^(Int a, Int b) {
  if (a.both_small(b)) [[likely]] return Int::from_tagged(a.tagged() ^ b.tagged());
  return detail::int_xor_slow(a, b);
}
inline Int operator~(Int a) {
  // ~v == -v - 1 stays in the (symmetric) small range: ~(2v) - 1 == ~(2v) & ~1.
  if (a.is_small()) [[likely]] return Int::from_tagged(~a.tagged() & ~int64_t{1});
  return detail::int_invert_slow(a);
}
// ValueError "negative shift count" for b < 0.
inline Int operator<<(Int a, Int b) {
  if (a.both_small(b) && b.tagged() >= 0 && b.small() < 63) [[likely]] {
    int64_t shift = b.small();
    int64_t r = a.tagged() << shift;
    if ((r >> shift) == a.tagged()) return Int::from_tagged(r);
  }
  return detail::int_lshift_slow(a, b);
}
inline Int operator>>(Int a, Int b) {
  if (a.both_small(b) && b.tagged() >= 0) [[likely]] {
    int64_t shift = b.small() < 63 ? b.small() : 63;
    return Int::from_tagged((a.small() >> shift) << 1);
  }
  return detail::int_rshift_slow(a, b);
}

// --- Comparison ---

inline bool operator==(Int a, Int b) {
  if (a.bits() == b.bits()) return true;
  if (!a.is_small() && !b.is_small()) return detail::int_equal_slow(a, b);
  return false;  // canonical form: small never equals big
}
inline std::strong_ordering operator<=>(Int a, Int b) {
  if (a.both_small(b)) [[likely]] return a.tagged() <=> b.tagged();
  return detail::int_compare_slow(a, b) <=> 0;
}
// The relational operators directly, not rewritten through <=>: gcc turns
// the strong_ordering of the fast path into extra compares and flag
// materialisation on every `n < 2`.
#define INGOT_INT_RELATION(OP)                                    \
  inline bool operator OP(Int a, Int b) {                         \
    if (a.both_small(b)) [[likely]] return a.tagged() OP b.tagged(); \
    return detail::int_compare_slow(a, b) OP 0;                   \
  }
INGOT_INT_RELATION(<)
INGOT_INT_RELATION(<=)
INGOT_INT_RELATION(>)
INGOT_INT_RELATION(>=)
#undef INGOT_INT_RELATION

// --- hash(), exactly CPython's: the value modulo 2**61 - 1, sign kept, with
// -1 (CPython's error marker) replaced by -2.

inline constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;

inline int64_t hash(Int a) {
  if (a.is_small()) [[likely]] {
    int64_t v = a.small();
    if (v > -kHashModulus && v < kHashModulus) return v == -1 ? -2 : v;
  }
  return detail::int_hash_slow(a);
}

// --- Conversions ---

// The nearest double, ties to even (CPython's rounding); OverflowError
// "int too large to convert to float".
inline double to_double(Int a) {
  if (a.is_small()) [[likely]] return static_cast<double>(a.small());  // the FPU rounds to even
  return detail::int_to_double_slow(a);
}
// a / b, correctly rounded (CPython's long_true_divide); ZeroDivisionError
// "division by zero", OverflowError "integer division result too large for a
// float".
double true_divide(Int a, Int b);

// The decimal digits (str and repr agree). ValueError beyond
// max_str_digits() digits, as CPython.
std::string to_decimal_string(Int a);
Str str(Int a);
Str repr(Int a);
// bin/oct/hex style text in base 2, 8, 16 without prefix, '-' kept: the
// format machinery adds prefixes. No digit limit (CPython has none for
// power-of-two bases).
std::string to_base_string(Int a, int base);

// int(text, base) exactly as CPython parses it (surrounding whitespace,
// underscores between digits, sign, 0x/0o/0b prefixes, Unicode decimal
// digits). base is 0 or 2..36; errors raise CPython's ValueError.
Int int_from_string(std::string_view utf8, int base = 10);

// sys.get_int_max_str_digits / set_int_max_str_digits (0 means no limit).
int64_t max_str_digits();
void set_max_str_digits(int64_t digits);

}  // namespace ingot::rt
