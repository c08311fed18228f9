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

namespace detail {
// Everything but a tuple of Values of the right length: lists, tuples of
// other item representations (a Value's items one call each), other
// iterables, and the ValueError of a wrong count.
template <size_t N>
[[gnu::noinline]] std::array<Value, N> unpack_value_slow(Value v) {
  std::array<Value, N> items;
  if (is_sequence(v)) {
    const SequenceObject* s = sequence_of(v);
    if (s->size != static_cast<int64_t>(N)) [[unlikely]] check_unpack(s->size, N);
    for (size_t i = 0; i < N; ++i) items[i] = s->ops->item(s, static_cast<int64_t>(i));
    return items;
  }
  List<Value> gathered = List<Value>::from_range(iterate(v));
  check_unpack(gathered.size(), N);
  for (size_t i = 0; i < N; ++i) items[i] = gathered[static_cast<int64_t>(i)];
  return items;
}
}  // namespace detail

// Inline for the common case, a tuple of Values of the right length
// (binary_trees' nodes): a type, a table and a size test, then the items.
template <size_t N>
std::array<Value, N> unpack_value(Value v) {
  if (is_a(v, tuple_type)) [[likely]] {
    const SequenceObject* s = sequence_of(v);
    if (s->ops == &TupleOf<Value>::ops && s->size == static_cast<int64_t>(N)) [[likely]] {
      std::array<Value, N> items;
      std::copy_n(static_cast<const TupleObject<Value>*>(s)->items(), N, items.begin());
      return items;
    }
  }
  return detail::unpack_value_slow<N>(v);
}

}  // namespace ingot::rt
