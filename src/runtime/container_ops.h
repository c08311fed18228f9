// What a list, dict or set of a fixed item representation (List<Int>,
// Dict<Str, Value>, ...) does with a Value stored into it through the
// dynamic paths (`heap[i] = x`, `xs.append(x)` with xs a dyn): the Value
// is unboxed into the container's own representation, so the real object
// changes and every alias sees it.
//
// The analysis types a container by everything stored into it, so the
// Value normally fits. One that does not (a store the analysis could not
// follow, docs/types.md "Known limits") stops the program with a
// SystemError naming the limitation instead of converting the item (an
// int stored as True, say).
//
// Included at the end of list.h, dict.h and set.h, which may be included
// by the headers this one needs: so nothing here depends on them until a
// template is instantiated (at the end of the translation unit, when
// dynamic_unbox.h, included last, has defined every Unbox).
#pragma once

#include <type_traits>

#include "runtime/object.h"
#include "runtime/value.h"

namespace ingot::rt {

template <typename T>
class List;
template <typename K, typename V>
class Dict;
template <typename T>
class Set;
extern const TypeObject list_type, dict_type, set_type, frozenset_type;
template <typename T>
T unbox(Value v);
template <typename T>
struct Unbox;

namespace detail {
// SystemError "ingot: a 'str' stored into a list whose items the
// analysis typed otherwise".
[[noreturn, gnu::cold]] void raise_item_type(Value item, const TypeObject& container);

// Whether v has a class that T represents exactly (bool is not an int
// here: a List<Int> would print it as 1). A container of another item
// representation (a fresh List<Value> from a dynamic slice) is unboxed as
// a copy; tuples and instances are left to unbox's own check.
template <typename T>
struct Fits {
  static bool test(Value v) {
    const TypeObject* t = &v.type();
    if constexpr (std::is_same_v<T, Int>) return t == &int_type;
    else if constexpr (std::is_same_v<T, bool>) return t == &bool_type;
    else if constexpr (std::is_same_v<T, double>) return t == &float_type;
    else if constexpr (std::is_same_v<T, Str>) return t == &str_type;
    else return true;
  }
};
template <typename T>
struct Fits<List<T>> {
  static bool test(Value v) { return &v.type() == &list_type; }
};
template <typename K, typename V>
struct Fits<Dict<K, V>> {
  static bool test(Value v) { return &v.type() == &dict_type; }
};
template <typename T>
struct Fits<Set<T>> {
  static bool test(Value v) { return &v.type() == &set_type || &v.type() == &frozenset_type; }
};
}  // namespace detail

template <typename T>
T unbox_item(Value v, const TypeObject& container) {
  if constexpr (std::is_same_v<T, Value>) {
    return v;
  } else {
    // Items with no way back from a Value cannot be stored dynamically.
    if constexpr (requires { Unbox<T>::from(v); }) {
      if (!detail::Fits<T>::test(v)) [[unlikely]] detail::raise_item_type(v, container);
      return unbox<T>(v);
    } else {
      detail::raise_item_type(v, container);
    }
  }
}

}  // namespace ingot::rt

#include "runtime/dynamic_unbox.h"
