// Python's binary and unary operators on Values (the dynamic paths: the
// compiler uses these where an operand's class is only known at run time).
// int, bool and float follow the numeric tower, str/list/tuple concatenate
// and repeat, sets and dicts combine; anything else asks the classes'
// `binary` slots (left operand, then the reflected right one) and finally
// raises CPython's TypeError ("unsupported operand type(s) for +: 'int'
// and 'str'", "can only concatenate str (not \"int\") to str", ...).
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace ingot::rt {

// The order is the compiler's ast::Operator order, so it converts by cast.
enum class BinaryOp : uint8_t { add, sub, mul, matmul, truediv, mod, pow, lshift, rshift, bit_or, bit_xor, bit_and, floordiv };

// "+", "**", "//", ...
const char* binary_op_text(BinaryOp op);

// a op b.
Value binary(BinaryOp op, Value a, Value b);
// a op= b: a list extends in place (with any iterable for +=) and is
// returned; everything else is `a op b` with "+=" in the error text.
Value inplace(BinaryOp op, Value a, Value b);

enum class UnaryOp : uint8_t { invert, not_, plus, minus };
// -a, +a, ~a (`not a` is !truth(a)): TypeError "bad operand type for
// unary -: 'str'".
Value unary(UnaryOp op, Value a);

}  // namespace ingot::rt
