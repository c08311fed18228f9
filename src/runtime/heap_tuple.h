// A fixed-arity tuple with typed items that is one heap object: the nodes
// of a recursive tuple type (types/recursive.cpp, T = tuple[T | None, T |
// None]), which cannot be C++ values holding each other. Code generation
// holds such a tuple as a Value (so `T | None` is one word and `is None` a
// compare); a HeapTuple is what it builds, and what its unpacking reads
// without a check per item.
//
// To the dynamic paths it is a tuple like any other (`tuple_type`, a
// SequenceOps table that boxes its items: sequence.h), so repr, ==, hash,
// iteration and indexing of a boxed one need nothing here. A Value typed
// as the recursive type may still hold a tuple of another representation
// (one made dynamically); `unpack_heap_tuple` takes the general path then.
#pragma once

#include <array>
#include <type_traits>
#include <utility>

#include "runtime/dynamic_unbox.h"
#include "runtime/memory.h"
#include "runtime/tuple.h"
#include "runtime/unpack.h"

namespace ingot::rt {

template <typename... Items>
struct HeapTuple : SequenceObject {
  Tuple<Items...> items;

  // One allocation, exactly sized (nothing points past a node), no
  // finaliser; pointer-free items make it atomic, and every word is
  // written here.
  static Value make(Items... values) {
    constexpr bool atomic = (std::is_arithmetic_v<Items> && ...);
    void* memory = atomic ? gc_alloc_exact_atomic(sizeof(HeapTuple)) : gc_alloc_exact(sizeof(HeapTuple));
    auto* t = static_cast<HeapTuple*>(memory);
    t->header.type = &tuple_type;
    t->ops = &table;
    t->size = sizeof...(Items);
    t->items = Tuple<Items...>(values...);
    return Value::of_object(&t->header);
  }

  // The HeapTuple of these items `v` holds, or null.
  static const HeapTuple* of(Value v) {
    if (v.is_small_int() || v.object()->type != &tuple_type) return nullptr;
    const SequenceObject* s = sequence_of(v);
    return s->ops == &table ? static_cast<const HeapTuple*>(s) : nullptr;
  }

  static Value item(const SequenceObject* s, int64_t i) {
    const Tuple<Items...>& t = static_cast<const HeapTuple*>(s)->items;
    return [&]<size_t... I>(std::index_sequence<I...>) {
      Value out;
      ((I == static_cast<size_t>(i) ? void(out = box(t.template get<I>())) : void()), ...);
      return out;
    }(std::index_sequence_for<Items...>{});
  }

  static constexpr SequenceOps table{&item};
};

namespace detail {
template <typename... Items>
[[gnu::noinline]] Tuple<Items...> unpack_heap_tuple_slow(Value v) {
  std::array<Value, sizeof...(Items)> values = unpack_value<sizeof...(Items)>(v);
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return Tuple<Items...>(unbox<Items>(values[I])...);
  }(std::index_sequence_for<Items...>{});
}
}  // namespace detail

// `a, b = v` for a `v` typed as a recursive tuple type (or that or None):
// the items in place when it is a HeapTuple of them, else CPython's
// unpacking (its TypeError and ValueError) and each item checked.
// The general path is out of line, so that the test and the loads inline
// into the recursive walkers that unpack a node a call.
template <typename... Items>
Tuple<Items...> unpack_heap_tuple(Value v) {
  if (const HeapTuple<Items...>* t = HeapTuple<Items...>::of(v)) [[likely]] return t->items;
  return detail::unpack_heap_tuple_slow<Items...>(v);
}

}  // namespace ingot::rt
