// Python's complex: two doubles, with CPython 3.11's arithmetic (Smith's
// division, its integer-power shortcut), hash, repr and string grammar.
// Mixed operations convert the int or float operand to complex(x, 0.0)
// first, as CPython 3.11 does (so 2.0 * complex(inf, 0) has a nan part).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

struct Complex {
  double real = 0.0, imag = 0.0;
};

extern const TypeObject complex_type;

// The conversions of CPython's TO_COMPLEX: OverflowError "int too large to
// convert to float" for a huge int.
inline Complex to_complex(double x) { return {x, 0.0}; }
inline Complex to_complex(Int x) { return {to_double(x), 0.0}; }
inline Complex to_complex(bool x) { return {x ? 1.0 : 0.0, 0.0}; }
inline Complex to_complex(Complex x) { return x; }

inline Complex operator+(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
inline Complex operator-(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }
inline Complex operator*(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}
inline Complex operator-(Complex a) { return {-a.real, -a.imag}; }
inline Complex operator+(Complex a) { return a; }
// a / b: ZeroDivisionError "complex division by zero".
Complex complex_truediv(Complex a, Complex b);
// a ** b: ZeroDivisionError "0.0 to a negative or complex power",
// OverflowError "complex exponentiation".
Complex complex_pow(Complex a, Complex b);
// pow(a, b, m) on complex: ValueError "complex modulo".
[[noreturn]] void raise_complex_modulo();
// abs(z): OverflowError "absolute value too large".
double abs(Complex z);

// float ** float where CPython's float_pow hands over to complex: a finite
// negative base to a finite fractional power.
inline bool float_pow_is_complex(double a, double b) {
  return std::isfinite(a) && a < 0.0 && std::isfinite(b) && b != std::floor(b);
}
// a ** b that may be complex: a float Value, or a complex one.
Value float_power(double a, double b);

inline bool operator==(Complex a, Complex b) { return a.real == b.real && a.imag == b.imag; }
inline bool equal(Complex a, Complex b) { return a == b; }
inline bool equal(Complex a, double b) { return a.imag == 0.0 && a.real == b; }
// Exact, as CPython compares the real part with the int.
inline bool equal(Complex a, Int b) { return a.imag == 0.0 && compare(b, a.real) == Ordering::equal; }
inline bool truth(Complex z) { return z.real != 0.0 || z.imag != 0.0; }
// hash(z): hash(real) + 1000003 * hash(imag); a real z hashes as its float.
int64_t hash(Complex z);
// TypeError "'<' not supported between instances of 'complex' and 'int'"
// (`left`/`right`: the operands' class names).
[[noreturn]] void raise_complex_order(const char* op, std::string_view left, std::string_view right);
// Ordering complex elements (sorting a list of them) raises that TypeError.
bool rich_compare(Complex a, Complex b, CompareOp op);

// repr(z) == str(z): "(1+2j)", "2j", "(-0-1j)", "(nan+infj)".
std::string complex_repr_string(Complex z);
Str repr(Complex z);
Str str(Complex z);
// complex(text): CPython's grammar ("1+2j", " (3-j) ", "inf", "-1.5e3J");
// ValueError "complex() arg is a malformed string".
Complex complex_from_string(std::string_view utf8);
// complex(real[, imag]) on any values: strings, numbers, complex parts,
// with CPython's TypeErrors. `imag` absent: has_imag false.
Complex complex_new(Value real, Value imag, bool has_imag);

Value box(Complex z);
// The Complex of a Value of class complex (no check).
Complex as_complex(Value v);
bool is_complex(Value v);

}  // namespace ingot::rt
