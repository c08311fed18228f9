#include "runtime/slice.h"

#include "runtime/exception.h"
#include "runtime/int.h"

namespace ingot::rt {

int64_t clamp_index(Int i) {
  if (std::optional<int64_t> v = i.to_int64()) return *v == INT64_MIN ? -INT64_MAX : *v;
  return i.is_negative() ? -INT64_MAX : INT64_MAX;
}

SliceRange adjust_slice(int64_t start, int64_t stop, int64_t step, int64_t length) {
  if (step == kNone) step = 1;
  if (step == 0) raise(exc::ValueError, "slice step cannot be zero");
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
    if (last < first) count = (first - last - 1) / -step + 1;
  } else if (first < last) {
    count = (last - first - 1) / step + 1;
  }
  return {first, step, count, last};
}

}  // namespace ingot::rt
