// The slice object itself (`s = slice(1, None, 2)`; `x[s]`), for code that
// keeps a slice in a variable; `x[a:b:c]` written out never builds one
// (the sequences take int64 bounds, slice.h).
#pragma once

#include <cstdint>

#include "runtime/protocol.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"

namespace ingot::rt {

extern const TypeObject slice_type;

struct Slice {
  Value start = Value::none(), stop = Value::none(), step = Value::none();
};

// The int64 bounds a sequence takes (kNone for None); TypeError "slice
// indices must be integers or None or have an __index__ method".
struct SliceBounds {
  int64_t start, stop, step;
};
SliceBounds bounds(const Slice& s);
// One bound given as a value (`x[a:b]` with `a: int | None`).
int64_t slice_bound(Value v);
// A bound that may not be None (`t.index(x, start)`); TypeError "slice
// indices must be integers or have an __index__ method".
int64_t index_bound(Value v);
// s.indices(length): the adjusted (start, stop, step); ValueError "length
// should not be negative".
Tuple<Int, Int, Int> indices(const Slice& s, int64_t length);
// "slice(1, None, 2)".
Str repr(const Slice& s);
inline Str str(const Slice& s) { return repr(s); }
// Compared as the tuples (start, stop, step).
bool equal(const Slice& a, const Slice& b);
Value box(const Slice& s);
// The Slice a Value of class slice holds (the caller checked the class).
Slice unbox_slice(Value v);

}  // namespace ingot::rt
