// Int's out-of-line paths: everything that leaves the small range, plus the
// operations too large to inline (divmod, pow).
#include <cstring>

#include "runtime/big_int.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/memory.h"

namespace ingot::rt {
namespace {

const TypeObject* const int_mro[] = {&int_type, &object_type};

Str int_repr_slot(const Object* object) {
  return str(Int::from_bits(reinterpret_cast<uintptr_t>(object) | 1));
}

[[noreturn]] void raise_zero_division() { raise(exc::ZeroDivisionError, "integer division or modulo by zero"); }
[[noreturn]] void raise_zero_modulo() { raise(exc::ZeroDivisionError, "integer modulo by zero"); }

// The largest result the runtime attempts; beyond it CPython would exhaust
// memory too, and GMP would abort instead of raising.
constexpr uint64_t kMaxResultBits = uint64_t{1} << 38;

template <void (*operation)(mpz_ptr, mpz_srcptr, mpz_srcptr)>
Int binary_big(Int a, Int b) {
  MpzView x(a), y(b);
  Mpz result;
  operation(result.get(), x.get(), y.get());
  return take_mpz(result);
}

}  // namespace

const TypeObject int_type{"int", "builtins", int_mro, int_repr_slot, int_repr_slot};

Int take_mpz(Mpz& value) {
  mpz_ptr v = value.get();
  if (mpz_fits_slong_p(v)) {
    long small = mpz_get_si(v);
    if (Int::fits_small(small)) return Int::from_tagged(small << 1);
  }
  auto big = static_cast<BigIntObject*>(gc_alloc(sizeof(BigIntObject)));
  big->header.type = &int_type;
  std::memcpy(big->value, v, sizeof(mpz_t));
  mpz_init(v);  // the limbs now belong to `big`
  return Int::from_bits(reinterpret_cast<uintptr_t>(big) | 1);
}

Int Int::from_uint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(kSmallMax)) return Int(static_cast<int64_t>(v));
  Mpz result;
  mpz_set_ui(result.get(), v);
  return take_mpz(result);
}

namespace detail {

bool int_is_negative_slow(Int a) { return mpz_sgn(a.big()->value) < 0; }

std::optional<int64_t> int_to_int64_slow(Int a) {
  if (mpz_fits_slong_p(a.big()->value)) return mpz_get_si(a.big()->value);
  return std::nullopt;
}

}  // namespace detail

int64_t Int::bit_length() const {
  if (is_small()) {
    uint64_t magnitude = small() < 0 ? -static_cast<uint64_t>(small()) : small();
    return magnitude == 0 ? 0 : 64 - __builtin_clzll(magnitude);
  }
  return static_cast<int64_t>(mpz_sizeinbase(big()->value, 2));
}

namespace detail {

Int int_from_int64_slow(int64_t v) {
  Mpz result;
  mpz_set_si(result.get(), v);
  return take_mpz(result);
}

Int int_add_slow(Int a, Int b) { return binary_big<mpz_add>(a, b); }
Int int_sub_slow(Int a, Int b) { return binary_big<mpz_sub>(a, b); }
Int int_mul_slow(Int a, Int b) { return binary_big<mpz_mul>(a, b); }
Int int_and_slow(Int a, Int b) { return binary_big<mpz_and>(a, b); }
Int int_or_slow(Int a, Int b) { return binary_big<mpz_ior>(a, b); }
Int int_xor_slow(Int a, Int b) { return binary_big<mpz_xor>(a, b); }

Int int_neg_slow(Int a) {
  MpzView x(a);
  Mpz result;
  mpz_neg(result.get(), x.get());
  return take_mpz(result);
}

Int int_invert_slow(Int a) {
  MpzView x(a);
  Mpz result;
  mpz_com(result.get(), x.get());
  return take_mpz(result);
}

Int int_floordiv_slow(Int a, Int b) {
  if (!b) raise_zero_division();
  return binary_big<mpz_fdiv_q>(a, b);
}

Int int_mod_slow(Int a, Int b) {
  if (!b) raise_zero_modulo();
  return binary_big<mpz_fdiv_r>(a, b);
}

Int int_lshift_slow(Int a, Int b) {
  if (b.is_negative()) raise(exc::ValueError, "negative shift count");
  if (!a) return a;
  std::optional<int64_t> shift = b.to_int64();
  if (!shift) raise(exc::OverflowError, "too many digits in integer");
  if (static_cast<uint64_t>(*shift) > kMaxResultBits) raise(exc::MemoryError);
  MpzView x(a);
  Mpz result;
  mpz_mul_2exp(result.get(), x.get(), static_cast<mp_bitcnt_t>(*shift));
  return take_mpz(result);
}

Int int_rshift_slow(Int a, Int b) {
  if (b.is_negative()) raise(exc::ValueError, "negative shift count");
  std::optional<int64_t> shift = b.to_int64();
  if (!shift || *shift >= a.bit_length()) return a.is_negative() ? Int(-1) : Int(0);
  MpzView x(a);
  Mpz result;
  mpz_fdiv_q_2exp(result.get(), x.get(), static_cast<mp_bitcnt_t>(*shift));
  return take_mpz(result);
}

bool int_equal_slow(Int a, Int b) { return mpz_cmp(a.big()->value, b.big()->value) == 0; }

int int_compare_slow(Int a, Int b) {
  MpzView x(a), y(b);
  int c = mpz_cmp(x.get(), y.get());
  return (c > 0) - (c < 0);
}

int64_t int_hash_slow(Int a) {
  MpzView x(a);
  Mpz magnitude;
  mpz_abs(magnitude.get(), x.get());
  auto h = static_cast<int64_t>(mpz_fdiv_ui(magnitude.get(), kHashModulus));
  if (mpz_sgn(x.get()) < 0) h = -h;
  return h == -1 ? -2 : h;
}

}  // namespace detail

IntDivMod divmod(Int a, Int b) {
  if (a.both_small(b) && b) [[likely]]
    return {floordiv(a, b), mod(a, b)};
  if (!b) raise_zero_division();
  MpzView x(a), y(b);
  Mpz q, r;
  mpz_fdiv_qr(q.get(), r.get(), x.get(), y.get());
  return {take_mpz(q), take_mpz(r)};
}

Int abs(Int a) { return a.is_negative() ? -a : a; }

Int pow(Int base, Int exponent) {
  if (exponent.is_negative()) raise(exc::SystemError, "ingot: int ** negative int reached the int-only path");
  if (base.is_small() && base.small() >= -1 && base.small() <= 1) {
    if (base.small() != -1) return !exponent && !base ? Int(1) : base;
    return (exponent & Int(1)) ? base : Int(1);
  }
  std::optional<int64_t> e = exponent.to_int64();
  if (!e || static_cast<uint64_t>(*e) > kMaxResultBits) raise(exc::MemoryError);
  if (base.is_small()) {
    // Square-and-multiply in int64 until something overflows.
    int64_t result = 1, square = base.small();
    uint64_t bits = static_cast<uint64_t>(*e);
    bool overflow = false;
    while (true) {
      if (bits & 1) overflow |= __builtin_mul_overflow(result, square, &result);
      bits >>= 1;
      if (!bits || overflow) break;
      overflow |= __builtin_mul_overflow(square, square, &square);
      if (overflow) break;
    }
    if (!overflow) return Int(result);
  }
  if (static_cast<uint64_t>(*e) * static_cast<uint64_t>(base.bit_length()) > kMaxResultBits) raise(exc::MemoryError);
  MpzView x(base);
  Mpz result;
  mpz_pow_ui(result.get(), x.get(), static_cast<unsigned long>(*e));
  return take_mpz(result);
}

double pow_to_float(Int base, Int exponent) { return float_pow(to_double(base), to_double(exponent)); }

Int pow(Int base, Int exponent, Int modulus) {
  if (!modulus) raise(exc::ValueError, "pow() 3rd argument cannot be 0");
  bool negative_output = modulus.is_negative();
  Int m = abs(modulus);
  if (m == Int(1)) return Int(0);
  Int result;
  if (base.both_small(exponent) && m.is_small() && !exponent.is_negative()) {
    // |m| < 2**62: products fit in 128 bits.
    auto mm = static_cast<unsigned __int128>(m.small());
    unsigned __int128 r = 1, b = static_cast<unsigned __int128>(mod(base, m).small());
    for (uint64_t e = static_cast<uint64_t>(exponent.small()); e; e >>= 1) {
      if (e & 1) r = r * b % mm;
      b = b * b % mm;
    }
    result = Int(static_cast<int64_t>(r));
  } else {
    MpzView x(base), e(exponent), y(m);
    Mpz b, r;
    if (exponent.is_negative()) {
      if (!mpz_invert(b.get(), x.get(), y.get()))
        raise(exc::ValueError, "base is not invertible for the given modulus");
    } else {
      mpz_set(b.get(), x.get());
    }
    Mpz positive_exponent;
    mpz_abs(positive_exponent.get(), e.get());
    mpz_powm(r.get(), b.get(), positive_exponent.get(), y.get());
    result = take_mpz(r);
  }
  return negative_output && result ? result - m : result;
}

}  // namespace ingot::rt
