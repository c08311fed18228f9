// Python's tuple, in two shapes (docs/runtime.md, "tuple"):
//
// - Tuple<A, B, ...>: a fixed-arity tuple whose item types inference knows,
//   a C++ value (std::tuple) — tuples are immutable, so copying one is
//   indistinguishable from sharing it, and `(x, y)` costs no allocation;
//   inside a List it is stored inline.
// - TupleOf<T>: a variable-length homogeneous tuple (`tuple(l)`, `t + t`,
//   *args), a pointer to an immutable TupleObject with its items inline.
//   A boxed tuple (what a Value holds) is a TupleOf<Value>.
//
// hash() is CPython 3.11's tuplehash (xxHash's round over the item
// hashes), so hash((1, 'a')) with int and float items prints what CPython
// prints.
#pragma once

#include <cstdint>
#include <span>
#include <tuple>
#include <utility>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/sequence.h"

namespace ingot::rt {

extern const TypeObject tuple_type;

// CPython's tuplehash, fed one item hash at a time.
class TupleHasher {
 public:
  void add(int64_t item_hash) {
    acc_ += static_cast<uint64_t>(item_hash) * kPrime2;
    acc_ = (acc_ << 31) | (acc_ >> 33);
    acc_ *= kPrime1;
  }
  int64_t finish(uint64_t length) const {
    uint64_t acc = acc_ + (length ^ (kPrime5 ^ 3527539UL));
    return acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
  }

 private:
  static constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  static constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  static constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc_ = kPrime5;
};

template <typename T>
struct TupleObject : SequenceObject {
  T* items() { return reinterpret_cast<T*>(this + 1); }
  const T* items() const { return reinterpret_cast<const T*>(this + 1); }
};

namespace detail {
[[noreturn, gnu::cold]] void raise_tuple_index_error();  // tuple index out of range
[[noreturn, gnu::cold]] void raise_not_in_tuple();       // tuple.index(x): x not in tuple
}  // namespace detail

template <typename T>
class TupleOf {
 public:
  using value_type = T;

  TupleOf() : TupleOf(Size{0}) {}
  TupleOf(std::initializer_list<T> items) : TupleOf(Size{static_cast<int64_t>(items.size())}) {
    std::copy(items.begin(), items.end(), object_->items());
  }
  explicit TupleOf(std::span<const T> items) : TupleOf(Size{static_cast<int64_t>(items.size())}) {
    std::copy(items.begin(), items.end(), object_->items());
  }
  explicit TupleOf(const TupleObject<T>* object) : object_(const_cast<TupleObject<T>*>(object)) {}
  // A tuple of `size` items for the caller to fill through data() before
  // anyone else sees it.
  static TupleOf allocate(int64_t size) { return TupleOf(Size{size}); }

  const TupleObject<T>* object() const { return object_; }
  int64_t size() const { return object_->size; }
  T* data() const { return object_->items(); }
  std::span<const T> span() const { return {object_->items(), static_cast<size_t>(object_->size)}; }
  const T& operator[](int64_t i) const { return object_->items()[i]; }

  // t[i]; IndexError "tuple index out of range".
  T get(int64_t index) const {
    if (index < 0) index += size();
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(size())) [[unlikely]] detail::raise_tuple_index_error();
    return object_->items()[index];
  }
  TupleOf slice(int64_t start, int64_t stop, int64_t step = kNone) const {
    SliceRange r = adjust_slice(start, stop, step, size());
    if (r.step == 1 && r.count == size()) return *this;
    TupleOf result(Size{r.count});
    for (int64_t k = 0; k < r.count; ++k) result.data()[k] = (*this)[r.start + k * r.step];
    return result;
  }
  // ValueError "tuple.index(x): x not in tuple".
  int64_t index(T value, int64_t start = kNone, int64_t stop = kNone) const {
    int64_t i = find_item(span(), value, start, stop);
    if (i < 0) detail::raise_not_in_tuple();
    return i;
  }
  int64_t count(T value) const { return count_items(span(), value); }

  const T* begin() const { return data(); }
  const T* end() const { return data() + size(); }

 private:
  struct Size {
    int64_t value;
  };
  explicit TupleOf(Size size) {
    size_t bytes = sizeof(TupleObject<T>) + sizeof(T) * size.value;
    object_ = static_cast<TupleObject<T>*>(std::is_arithmetic_v<T> ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
    object_->header.type = &tuple_type;
    object_->ops = &ops;
    object_->size = size.value;
  }
  static Value item_boxed(const SequenceObject* s, int64_t i) {
    return box(static_cast<const TupleObject<T>*>(s)->items()[i]);
  }

  TupleObject<T>* object_;

 public:
  // The items as Values for the dynamic paths (no mutations: a tuple is
  // immutable); also tells a tuple of T's representation from others.
  static constexpr SequenceOps ops{&item_boxed};
};

template <typename T>
int64_t len(TupleOf<T> t) {
  return t.size();
}
template <typename T>
Value box(TupleOf<T> t) {
  return Value::of_object(&t.object()->header);
}
template <typename T>
Str repr(TupleOf<T> t) {
  return sequence_repr(t.object(), '(', ')');
}
template <typename T>
Str str(TupleOf<T> t) {
  return repr(t);
}
template <typename T>
int64_t hash(TupleOf<T> t) {
  TupleHasher h;
  for (const T& item : t) h.add(hash(item));
  return h.finish(t.size());
}
template <typename T>
bool equal(TupleOf<T> a, TupleOf<T> b) {
  return spans_equal(a.span(), b.span());
}
template <typename T>
bool rich_compare(TupleOf<T> a, TupleOf<T> b, CompareOp op) {
  return spans_compare(a.span(), b.span(), op);
}
template <typename T>
bool contains(TupleOf<T> t, T x) {
  return find_item(t.span(), x) >= 0;
}
template <typename T>
TupleOf<T> operator+(TupleOf<T> a, TupleOf<T> b) {
  TupleOf<T> result = TupleOf<T>::allocate(a.size() + b.size());
  std::copy(a.begin(), a.end(), result.data());
  std::copy(b.begin(), b.end(), result.data() + a.size());
  return result;
}
// t * n; n <= 0 gives ().
template <typename T>
TupleOf<T> repeat(TupleOf<T> t, int64_t n) {
  if (n <= 0 || t.size() == 0) return TupleOf<T>();
  if (n == 1) return t;
  if (t.size() > INT64_MAX / 2 / n / static_cast<int64_t>(sizeof(T))) raise(exc::MemoryError);
  TupleOf<T> result = TupleOf<T>::allocate(t.size() * n);
  for (int64_t k = 0; k < n; ++k) std::copy(t.begin(), t.end(), result.data() + k * t.size());
  return result;
}

// --- Fixed arity.

// The items of a Tuple as plain members, one base per index. Not a
// std::tuple: libstdc++'s is not trivially copyable (its move constructor
// is user-provided), so every Tuple was passed and returned through memory.
// The caller's copy stayed in its frame after the call, where the
// conservative collector kept whatever it pointed to alive (binary_trees'
// 12 MB stretch tree, marked by every later collection); a trivially
// copyable Tuple of two words travels in registers.
namespace detail {
template <size_t I, typename T>
struct TupleItem {
  T value{};
};
template <typename Indices, typename... Items>
struct TupleItems;
template <size_t... I, typename... Items>
struct TupleItems<std::index_sequence<I...>, Items...> : TupleItem<I, Items>... {};
}  // namespace detail

template <typename... Items>
class Tuple {
 public:
  Tuple() requires(sizeof...(Items) > 0) = default;
  Tuple(Items... items) : items_{{items}...} {}  // NOLINT: (a, b) converts freely

  template <size_t I>
  auto get() const {
    using Item = std::tuple_element_t<I, std::tuple<Items...>>;
    return static_cast<const detail::TupleItem<I, Item>&>(items_).value;
  }
  std::tuple<Items...> items() const {
    return [&]<size_t... I>(std::index_sequence<I...>) {
      return std::tuple<Items...>(get<I>()...);
    }(std::index_sequence_for<Items...>{});
  }
  static constexpr int64_t size() { return sizeof...(Items); }

 private:
  detail::TupleItems<std::index_sequence_for<Items...>, Items...> items_;
};

template <typename... Items>
constexpr int64_t len(const Tuple<Items...>&) {
  return sizeof...(Items);
}

template <typename... Items>
int64_t hash(const Tuple<Items...>& t) {
  TupleHasher h;
  std::apply([&](const auto&... item) { (h.add(hash(item)), ...); }, t.items());
  return h.finish(sizeof...(Items));
}

template <typename... Items>
bool equal(const Tuple<Items...>& a, const Tuple<Items...>& b) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return (same_or_equal(a.template get<I>(), b.template get<I>()) && ...);
  }(std::index_sequence_for<Items...>{});
}

// Lexicographic: the first items that differ decide, else the lengths (equal).
template <typename... Items>
bool rich_compare(const Tuple<Items...>& a, const Tuple<Items...>& b, CompareOp op) {
  bool decided = false, result = rich_compare(int64_t{0}, int64_t{0}, op);
  [&]<size_t... I>(std::index_sequence<I...>) {
    ((decided || same_or_equal(a.template get<I>(), b.template get<I>())
          ? void()
          : void((decided = true, result = rich_compare(a.template get<I>(), b.template get<I>(), op)))),
     ...);
  }(std::index_sequence_for<Items...>{});
  return result;
}

// The boxed tuple: a TupleOf<Value> of the boxed items.
template <typename... Items>
Value box(const Tuple<Items...>& t) {
  TupleOf<Value> boxed = TupleOf<Value>::allocate(sizeof...(Items));
  [&]<size_t... I>(std::index_sequence<I...>) {
    ((boxed.data()[I] = box(t.template get<I>())), ...);
  }(std::index_sequence_for<Items...>{});
  return box(boxed);
}

template <typename... Items>
Str repr(const Tuple<Items...>& t) {
  return repr(box(t));
}
template <typename... Items>
Str str(const Tuple<Items...>& t) {
  return repr(t);
}

}  // namespace ingot::rt
