// Builtin functions on numbers that have no home in int.h/float.h.
#pragma once

#include "runtime/int.h"
#include "runtime/tuple.h"
#include "runtime/value.h"

namespace ingot::rt {

// round(x, ndigits) for an int: x itself for ndigits >= 0, else x rounded
// to a multiple of 10**-ndigits, ties to even (CPython's
// _PyLong_DivmodNear).
Int round(Int x, Int ndigits);

// round(x) and round(x, ndigits) of a value whose type is known at run
// time only; TypeError "type str doesn't define __round__ method".
Value round(Value x);
Value round(Value x, Value ndigits);

// pow(base, exp, mod) of values whose types are known at run time only:
// base ** exp for a None mod; TypeError unless all three are ints.
Value pow(Value base, Value exponent, Value modulus);

// float.as_integer_ratio(): the exact fraction in lowest terms;
// OverflowError for an infinity, ValueError for NaN.
Tuple<Int, Int> as_integer_ratio(double x);
// int.bit_count(): the number of one bits of abs(x).
Int bit_count(Int x);

}  // namespace ingot::rt
