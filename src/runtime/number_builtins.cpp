#include "runtime/number_builtins.h"

#include <algorithm>
#include <cmath>

#include "runtime/big_int.h"
#include "runtime/complex.h"
#include "runtime/dynamic_operators.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/instance_dunders.h"
#include "runtime/slice.h"

namespace ingot::rt {

Int round(Int x, Int ndigits) {
  if (!ndigits.is_negative()) return x;
  Int unit = pow(Int(10), -ndigits);
  IntDivMod d = divmod(x, unit);
  Int twice = d.remainder + d.remainder;
  bool odd = bool(d.quotient & Int(1));
  if (twice > unit || (twice == unit && odd)) d.remainder = d.remainder - unit;
  return x - d.remainder;
}

namespace {

[[noreturn]] void raise_no_round(Value x) {
  raise(exc::TypeError, "type " + std::string(x.type().name) + " doesn't define __round__ method");
}

}  // namespace

Value round(Value x) {
  const TypeObject& t = x.type();
  if (&t == &int_type) return x;
  if (&t == &bool_type) return Int(int64_t{x.as_bool()});
  if (&t == &float_type) return round(x.as_float());
  if (Value out; call_special(x, "__round__", {}, &out)) return out;
  raise_no_round(x);
}

Value round(Value x, Value ndigits) {
  if (ndigits.is_none()) return round(x);
  const TypeObject& t = x.type();
  Value argument[] = {ndigits};
  if (Value out; call_special(x, "__round__", argument, &out)) return out;
  if (&t != &int_type && &t != &bool_type && &t != &float_type) raise_no_round(x);
  const TypeObject& n = ndigits.type();
  if (&n != &int_type && &n != &bool_type)
    raise(exc::TypeError, "'" + std::string(n.name) + "' object cannot be interpreted as an integer");
  Int digits = &n == &bool_type ? Int(int64_t{ndigits.as_bool()}) : ndigits.as_int();
  if (&t == &float_type) return Value::of_float(round(x.as_float(), clamp_index(digits)));
  return round(&t == &bool_type ? Int(int64_t{x.as_bool()}) : x.as_int(), digits);
}

Value pow(Value base, Value exponent, Value modulus) {
  if (modulus.is_none()) return binary(BinaryOp::pow, base, exponent);
  const TypeObject* types[] = {&base.type(), &exponent.type(), &modulus.type()};
  auto integer = [](const TypeObject* t) { return t == &int_type || t == &bool_type; };
  auto number = [&](const TypeObject* t) { return integer(t) || t == &float_type || t == &complex_type; };
  if (std::all_of(std::begin(types), std::end(types), integer)) {
    auto as_int = [](Value v) { return &v.type() == &bool_type ? Int(int64_t{v.as_bool()}) : v.as_int(); };
    return pow(as_int(base), as_int(exponent), as_int(modulus));
  }
  if (std::all_of(std::begin(types), std::end(types), number))
    raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  raise(exc::TypeError, "unsupported operand type(s) for ** or pow(): '" + std::string(types[0]->name) + "', '" +
                            std::string(types[1]->name) + "', '" + std::string(types[2]->name) + "'");
}

Tuple<Int, Int> as_integer_ratio(double x) {
  if (std::isinf(x)) raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(exc::ValueError, "cannot convert NaN to integer ratio");
  // CPython's float_as_integer_ratio: shift the mantissa left until it is
  // an integer (at most 300 times: every finite double gets there).
  int exponent;
  double mantissa = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  Int numerator = int_from_float(mantissa), denominator(1);
  if (exponent > 0) numerator = numerator << Int(exponent);
  else denominator = denominator << Int(-exponent);
  return {numerator, denominator};
}

Int bit_count(Int x) {
  if (x.is_small()) return Int(int64_t{__builtin_popcountll(static_cast<uint64_t>(std::abs(x.small())))});
  MpzView v(x);
  Mpz magnitude;
  mpz_abs(magnitude.get(), v.get());
  return Int::from_uint64(mpz_popcount(magnitude.get()));
}

}  // namespace ingot::rt
