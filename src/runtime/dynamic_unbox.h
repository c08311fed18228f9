// Value -> typed representation: what the compiler's convert() emits where
// a boxed value meets code that knows its type (`unbox<rt::Int>(v)`).
//
// The check is the last line of defence: code generation performs the
// Python operation dynamically first (so the error a program sees is
// CPython's: "unsupported operand type(s)...", "'NoneType' object has no
// attribute ..."), and unboxes results the analysis typed exactly. A
// container of another element representation is copied item by item
// (a fresh result of a dynamic operation, typically); a list reached
// through an alias then stops being shared, which is documented in
// docs/runtime.md. User classes specialise Unbox for their instance
// pointers (classes' codegen).
#pragma once

#include <string_view>
#include <utility>

#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/dynamic_boxed.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice_object.h"
#include "runtime/tuple.h"

namespace ingot::rt {

namespace detail {
// TypeError "'NoneType' object cannot be interpreted as an integer" for
// int, else "expected str, got NoneType".
[[noreturn, gnu::cold]] void raise_unbox_error(Value v, std::string_view expected);
// SystemError: code the analysis found never runs did run.
[[noreturn, gnu::cold]] void raise_unreachable();
}  // namespace detail

template <typename T>
struct Unbox;

// The value of an expression that always raised before it (the compiler
// converts such expressions to whatever their consumer needs). Reaching
// it means the analysis was wrong: that stops the program rather than
// running on with no value.
template <typename T>
[[noreturn]] T unreachable() {
  detail::raise_unreachable();
}

template <typename T>
T unbox(Value v) {
  return Unbox<T>::from(v);
}

template <>
struct Unbox<Value> {
  static Value from(Value v) { return v; }
};
template <>
struct Unbox<Int> {
  static Int from(Value v) {
    if (v.is_small_int() || is_a(v, int_type)) [[likely]] return v.as_int();
    if (is_a(v, bool_type)) return as_int(v.as_bool());
    detail::raise_unbox_error(v, "int");
  }
};
template <>
struct Unbox<double> {
  static double from(Value v) {
    if (is_a(v, float_type)) [[likely]] return v.as_float();
    detail::raise_unbox_error(v, "float");
  }
};
template <>
struct Unbox<Complex> {
  static Complex from(Value v) {
    if (is_a(v, complex_type)) [[likely]] return as_complex(v);
    detail::raise_unbox_error(v, "complex");
  }
};
template <>
struct Unbox<bool> {
  static bool from(Value v) {
    if (is_a(v, bool_type)) [[likely]] return v.as_bool();
    detail::raise_unbox_error(v, "bool");
  }
};
template <>
struct Unbox<Str> {
  static Str from(Value v) {
    if (is_a(v, str_type)) [[likely]] return v.as_str();
    detail::raise_unbox_error(v, "str");
  }
};
template <>
struct Unbox<Range> {
  static Range from(Value v) {
    if (is_a(v, range_type)) [[likely]] return unbox_range(v);
    detail::raise_unbox_error(v, "range");
  }
};

template <>
struct Unbox<Slice> {
  static Slice from(Value v) {
    if (is_a(v, slice_type)) [[likely]] return unbox_slice(v);
    detail::raise_unbox_error(v, "slice");
  }
};

template <typename T>
struct Unbox<List<T>> {
  static List<T> from(Value v) {
    if (!is_a(v, list_type)) detail::raise_unbox_error(v, "list");
    auto object = static_cast<ListObject<T>*>(const_cast<SequenceObject*>(sequence_of(v)));
    if (object->ops == &List<T>::ops) [[likely]] return List<T>(object);
    List<T> copy = List<T>::with_capacity(object->size);
    for (int64_t i = 0; i < object->size; ++i) copy.append(unbox<T>(item_of(object, i)));
    return copy;
  }
};
template <typename T>
struct Unbox<TupleOf<T>> {
  static TupleOf<T> from(Value v) {
    if (!is_a(v, tuple_type)) detail::raise_unbox_error(v, "tuple");
    const SequenceObject* s = sequence_of(v);
    if (s->ops == &TupleOf<T>::ops) [[likely]] return TupleOf<T>(static_cast<const TupleObject<T>*>(s));
    TupleOf<T> copy = TupleOf<T>::allocate(s->size);
    for (int64_t i = 0; i < s->size; ++i) copy.data()[i] = unbox<T>(item_of(s, i));
    return copy;
  }
};
template <typename... Items>
struct Unbox<Tuple<Items...>> {
  static Tuple<Items...> from(Value v) {
    if (!is_a(v, tuple_type) || sequence_of(v)->size != sizeof...(Items)) detail::raise_unbox_error(v, "tuple");
    const SequenceObject* s = sequence_of(v);
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return Tuple<Items...>(unbox<Items>(item_of(s, I))...);
    }(std::index_sequence_for<Items...>{});
  }
};
template <typename K, typename V>
struct Unbox<Dict<K, V>> {
  static Dict<K, V> from(Value v) {
    if (!is_a(v, dict_type)) detail::raise_unbox_error(v, "dict");
    const DictHeader* d = dict_of(v);
    if (d->ops == &Dict<K, V>::ops) [[likely]]
      return Dict<K, V>(static_cast<DictObject<K, V>*>(const_cast<DictHeader*>(d)));
    Dict<K, V> copy;
    Value key, value;
    for (int64_t i = 0; i < d->nentries; ++i)
      if (d->ops->entry(d, i, &key, &value)) copy.set(unbox<K>(key), unbox<V>(value));
    return copy;
  }
};
template <typename T>
struct Unbox<Set<T>> {
  static Set<T> from(Value v) {
    if (!is_set(v)) detail::raise_unbox_error(v, "set");
    const SetHeader* s = set_of(v);
    if (s->ops == &Set<T>::ops) [[likely]] return Set<T>(static_cast<SetObject<T>*>(const_cast<SetHeader*>(s)));
    Set<T> copy;
    Value key;
    for (int64_t i = 0; i <= s->mask; ++i)
      if (s->ops->slot(s, i, &key)) copy.add(unbox<T>(key));
    return is_a(v, frozenset_type) ? copy.frozen() : copy;
  }
};

}  // namespace ingot::rt
