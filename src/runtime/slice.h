// Slice and index arithmetic shared by every sequence type.
#pragma once

#include <cstdint>

#include "runtime/int.h"

namespace ingot::rt {

// The None of an optional slice bound or start/end argument. Bounds are
// clamped to +-INT64_MAX first (clamp_index), as CPython clamps to
// +-PY_SSIZE_T_MAX, so INT64_MIN never means a number.
inline constexpr int64_t kNone = INT64_MIN;

namespace detail {
int64_t clamp_big_index(Int i);
[[noreturn, gnu::cold]] void raise_slice_step_zero();
}  // namespace detail

// An int used as a slice bound, clamped into int64_t.
inline int64_t clamp_index(Int i) {
  if (i.is_small()) [[likely]] return i.small();  // never INT64_MIN
  return detail::clamp_big_index(i);
}

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
// Inline, as CPython's is: slicing in a loop (l[:k], l[k::-1]) pays for it
// on every slice, and steps of 1 and -1 need no division.
inline SliceRange adjust_slice(int64_t start, int64_t stop, int64_t step, int64_t length) {
  if (step == kNone) step = 1;
  if (step == 0) [[unlikely]] detail::raise_slice_step_zero();
  // CPython clamps the step too, so that -step cannot overflow.
  if (step < -INT64_MAX) step = -INT64_MAX;
  auto adjust = [&](int64_t bound, int64_t if_none) {
    if (bound == kNone) return if_none;
    if (bound < 0) {
      bound += length;
      if (bound < 0) bound = step < 0 ? -1 : 0;
    } else if (bound >= length) {
      bound = step < 0 ? length - 1 : length;
    }
    return bound;
  };
  int64_t first = adjust(start, step < 0 ? length - 1 : 0);
  int64_t last = adjust(stop, step < 0 ? -1 : length);
  int64_t count = 0;
  if (step < 0) {
    if (last < first) count = step == -1 ? first - last : (first - last - 1) / -step + 1;
  } else if (first < last) {
    count = step == 1 ? last - first : (last - first - 1) / step + 1;
  }
  return {first, step, count, last};
}

// The start/end arguments of str.find, str.count, ... (CPython's
// ADJUST_INDICES): negative counts from the end, then clamped to [0, length].
inline void adjust_range(int64_t& start, int64_t& end, int64_t length) {
  if (start == kNone) start = 0;
  if (end == kNone || end > length) end = length;
  if (end < 0 && (end += length) < 0) end = 0;
  if (start < 0 && (start += length) < 0) start = 0;
}

}  // namespace ingot::rt
