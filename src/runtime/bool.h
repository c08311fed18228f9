// Python's bool as a C++ bool (docs/runtime.md, "bool and None").
//
// bool is a subclass of int: arithmetic on bools gives ints, so the
// compiler widens with as_int() before +, -, *, //, %, ~, unary minus and
// comparisons with ints; &, | and ^ of two bools stay bools (C++'s & | ^
// on bool operands, converted back). Boxed, a bool is one of two static
// objects (Value::of_bool), so `is True` is a word compare.
#pragma once

#include <cstdint>

#include "runtime/int.h"
#include "runtime/str.h"

namespace ingot::rt {

inline Int as_int(bool b) { return Int(int64_t{b}); }
inline int64_t hash(bool b) { return b; }

Str repr(bool b);
inline Str str(bool b) { return repr(b); }
// format(b, spec): str(b) for an empty spec, else int's formatting of 0/1
// (with 'bool' in the error texts), as bool inherits int.__format__.
Str format(bool b, Str spec);

}  // namespace ingot::rt
