// Python's memoryview, over a bytes or a bytearray: a window of the
// exporter's bytes (start, step, length), read and written in place, so
// that a slice of it copies nothing and a store through a view of a
// bytearray changes the bytearray.
//
// The compiler types a memoryview `dyn` (types/builtins.cpp): everything
// it does goes through the class's slots (object.h) — len, subscripts and
// stores, iteration, ==, hash, repr — and its getattr slot for the methods
// and attributes (tobytes, tolist, hex, cast, release, toreadonly,
// __enter__/__exit__, obj, nbytes, readonly, itemsize, format, ndim,
// shape, strides, contiguous...). Its formats are the one-byte ones, 'B'
// (the default), 'b' and 'c'; cast() to another is a ValueError naming it.
// A view of a bytearray reads the bytearray's current buffer, so it stays
// valid when the bytearray grows (CPython refuses to resize a bytearray
// while a view of it exists; here an index beyond its current end is an
// IndexError instead).
#pragma once

#include <string_view>

#include "runtime/bytes.h"
#include "runtime/value.h"

namespace ingot::rt {

extern const TypeObject memoryview_type;

// memoryview(obj): TypeError "memoryview: a bytes-like object is required,
// not 'str'" for anything but bytes, bytearray and memoryview.
Value memoryview_of(Value obj);
// The bytes a memoryview shows (mv.tobytes()). The caller checked the
// class. (bytes(mv) iterates the view; bytearray's buffer_of_value does not
// take views, so that hello world does not link this class.)
Bytes memoryview_bytes(Value view);

}  // namespace ingot::rt
