// Slice and index arithmetic shared by every sequence type.
#pragma once

#include <cstdint>

namespace ingot::rt {

class Int;

// The None of an optional slice bound or start/end argument. Bounds are
// clamped to +-INT64_MAX first (clamp_index), as CPython clamps to
// +-PY_SSIZE_T_MAX, so INT64_MIN never means a number.
inline constexpr int64_t kNone = INT64_MIN;

// An int used as a slice bound, clamped into int64_t.
int64_t clamp_index(Int i);

// What PySlice_Unpack + PySlice_AdjustIndices make of a slice applied to a
// sequence of `length` items: the first index, the step, how many items
// the slice selects, and the adjusted stop (what slice.indices() and range
// slicing report). ValueError "slice step cannot be zero".
struct SliceRange {
  int64_t start;
  int64_t step;
  int64_t count;
  int64_t stop;
};
SliceRange adjust_slice(int64_t start, int64_t stop, int64_t step, int64_t length);

// The start/end arguments of str.find, str.count, ... (CPython's
// ADJUST_INDICES): negative counts from the end, then clamped to [0, length].
inline void adjust_range(int64_t& start, int64_t& end, int64_t length) {
  if (start == kNone) start = 0;
  if (end == kNone || end > length) end = length;
  if (end < 0 && (end += length) < 0) end = 0;
  if (start < 0 && (start += length) < 0) start = 0;
}

}  // namespace ingot::rt
