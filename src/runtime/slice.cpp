#include "runtime/slice.h"

#include "runtime/exception.h"
#include "runtime/int.h"

namespace ingot::rt {

int64_t detail::clamp_big_index(Int i) {
  if (std::optional<int64_t> v = i.to_int64()) return *v == INT64_MIN ? -INT64_MAX : *v;
  return i.is_negative() ? -INT64_MAX : INT64_MAX;
}

void detail::raise_slice_step_zero() { raise(exc::ValueError, "slice step cannot be zero"); }

}  // namespace ingot::rt
