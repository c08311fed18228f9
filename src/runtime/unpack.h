// `a, b = v` where v is a Value: a tuple's or a list's items are read in
// place, as CPython's UNPACK_SEQUENCE does for them; any other iterable is
// gathered into a list first. Either way the count is checked before any
// target is bound (ValueError from check_unpack).
#pragma once

#include <array>
#include <cstddef>

#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/iteration.h"
#include "runtime/list.h"

namespace ingot::rt {

template <size_t N>
std::array<Value, N> unpack_value(Value v) {
  std::array<Value, N> items;
  if (is_sequence(v)) [[likely]] {
    const SequenceObject* s = sequence_of(v);
    check_unpack(s->size, N);
    for (size_t i = 0; i < N; ++i) items[i] = s->boxed_item(s, static_cast<int64_t>(i));
    return items;
  }
  List<Value> gathered = List<Value>::from_range(iterate(v));
  check_unpack(gathered.size(), N);
  for (size_t i = 0; i < N; ++i) items[i] = gathered[static_cast<int64_t>(i)];
  return items;
}

}  // namespace ingot::rt
