// `a, b = v` where v is a Value: a tuple's or a list's items are read in
// place, as CPython's UNPACK_SEQUENCE does for them; any other iterable is
// gathered into a list first. Either way the count is checked before any
// target is bound (ValueError from check_unpack).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

#include "runtime/dynamic_boxed.h"
#include "runtime/dynamic_iter.h"
#include "runtime/iteration.h"
#include "runtime/list.h"
#include "runtime/tuple.h"

namespace ingot::rt {

template <size_t N>
std::array<Value, N> unpack_value(Value v) {
  std::array<Value, N> items;
  if (is_sequence(v)) [[likely]] {
    const SequenceObject* s = sequence_of(v);
    if (s->size != static_cast<int64_t>(N)) [[unlikely]] check_unpack(s->size, N);
    // A tuple of Values (a boxed tuple of mixed items, binary_trees' nodes)
    // hands its items over without a call per item.
    if (s->ops == &TupleOf<Value>::ops) {
      std::copy_n(static_cast<const TupleObject<Value>*>(s)->items(), N, items.begin());
      return items;
    }
    for (size_t i = 0; i < N; ++i) items[i] = s->ops->item(s, static_cast<int64_t>(i));
    return items;
  }
  List<Value> gathered = List<Value>::from_range(iterate(v));
  check_unpack(gathered.size(), N);
  for (size_t i = 0; i < N; ++i) items[i] = gathered[static_cast<int64_t>(i)];
  return items;
}

}  // namespace ingot::rt
