// A boxed iterator where compiled code expects Iter<T> (an `iterator[T]`
// parameter given a dyn argument, `iter(x)` of a dyn x): the Iter<T> itself
// when it yields T's representation, else an Iter<T> that draws from the
// boxed one and unboxes each item, so both advance together as one
// iterator, as in CPython.
#pragma once

#include "runtime/dynamic_iter.h"
#include "runtime/dynamic_unbox.h"
#include "runtime/iteration.h"

namespace ingot::rt {

template <typename T>
struct Unbox<Iter<T>> {
  static Iter<T> from(Value v) {
    if (is_a(v, iterator_type)) {
      auto* header = reinterpret_cast<IterHeader*>(const_cast<Object*>(v.object()));
      if (header->next_boxed == &IterObject<T>::next_item_boxed) [[likely]]
        return Iter<T>(static_cast<IterObject<T>*>(header));
    }
    // TypeError "'int' object is not iterable" for what has no items.
    return Iter<T>::from_step([it = iter(v)](T& out) {
      Value item;
      if (!next(it, &item)) return false;
      out = unbox<T>(item);
      return true;
    });
  }
};

}  // namespace ingot::rt
