// Python's list as List<T>, a template over the element representation
// (docs/runtime.md, "list").
//
// A List is a pointer to a ListObject: the shared sequence header (class
// `list`, the ops table through which the dynamic paths read and change
// the items as Values, the size), the
// capacity, and a separate GC array of T — unboxed words for Int, Str,
// Value and objects, raw doubles (unscanned) for float. Lists are mutable
// and shared, so List has reference semantics, like Python's.
//
// Indexing, append and iteration are inline; iteration follows CPython's
// index-based listiter, so a loop sees items appended during it and stops
// early when items are removed (no "changed during iteration" error).
#pragma once

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

#include "runtime/memory.h"
#include "runtime/protocol.h"
#include "runtime/sequence.h"

namespace ingot::rt {

extern const TypeObject list_type;

template <typename T>
struct ListObject : SequenceObject {
  int64_t capacity;
  T* items;
};

namespace detail {
[[noreturn, gnu::cold]] void raise_list_index_error();             // list index out of range
[[noreturn, gnu::cold]] void raise_list_assignment_index_error();  // list assignment index out of range
[[noreturn, gnu::cold]] void raise_pop_error(bool empty);
[[noreturn, gnu::cold]] void raise_not_in_list(Value item);  // "<repr> is not in list"
[[noreturn, gnu::cold]] void raise_remove_error();
[[noreturn, gnu::cold]] void raise_memory_error();
[[noreturn, gnu::cold]] void raise_extended_slice_size(int64_t given, int64_t slice_size);
// The capacity to grow to when `needed` items do not fit: 1.5x, so that
// append is amortised O(1). MemoryError past what an int64 byte count holds.
int64_t grown_capacity(int64_t capacity, int64_t needed, size_t item_size);
}  // namespace detail

// A Value as an item of a container of T (container_ops.h).
template <typename T>
T unbox_item(Value v, const TypeObject& container);

template <typename T>
class List {
 public:
  using value_type = T;

  List() : List(ListCapacity{0}) {}
  List(std::initializer_list<T> items) : List(ListCapacity{static_cast<int64_t>(items.size())}) {
    std::copy(items.begin(), items.end(), object_->items);
    object_->size = static_cast<int64_t>(items.size());
  }
  explicit List(ListObject<T>* object) : object_(object) {}
  static List with_capacity(int64_t capacity) { return List(ListCapacity{capacity}); }
  // list(iterable) for any C++ range of T.
  template <typename Range>
  static List from_range(const Range& range) {
    List l;
    l.extend_from(range);
    return l;
  }

  ListObject<T>* object() const { return object_; }
  int64_t size() const { return object_->size; }
  T* data() const { return object_->items; }
  std::span<const T> span() const { return {object_->items, static_cast<size_t>(object_->size)}; }
  // Unchecked access for code that has checked the index.
  T& operator[](int64_t i) const { return object_->items[i]; }

  // l[i]; IndexError "list index out of range".
  T get(int64_t index) const {
    if (index < 0) index += size();
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(size())) [[unlikely]] detail::raise_list_index_error();
    return object_->items[index];
  }
  // l[i] = v; IndexError "list assignment index out of range".
  void set(int64_t index, T value) const {
    if (index < 0) index += size();
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(size())) [[unlikely]]
      detail::raise_list_assignment_index_error();
    object_->items[index] = value;
  }

  void append(T value) const {
    if (object_->size == object_->capacity) [[unlikely]] reserve(object_->size + 1);
    object_->items[object_->size++] = value;
  }
  void extend(List other) const {
    int64_t n = other.size();  // before growing: l.extend(l) doubles l once
    reserve(size() + n);
    std::copy_n(other.data(), n, object_->items + size());
    object_->size += n;
  }
  // l.extend(iterable) for any C++ range of T.
  template <typename Range>
  void extend_from(const Range& range) const {
    for (const T& item : range) append(item);
  }
  void insert(int64_t index, T value) const {
    int64_t n = size();
    if (index < 0 && (index += n) < 0) index = 0;
    if (index > n) index = n;
    reserve(n + 1);
    std::copy_backward(data() + index, data() + n, data() + n + 1);
    object_->items[index] = value;
    ++object_->size;
  }
  // IndexError "pop from empty list" / "pop index out of range".
  T pop(int64_t index = -1) const {
    int64_t n = size();
    if (n == 0) detail::raise_pop_error(true);
    if (index < 0) index += n;
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(n)) detail::raise_pop_error(false);
    T item = object_->items[index];
    erase(index, index + 1);
    return item;
  }
  // ValueError "list.remove(x): x not in list".
  void remove(T value) const {
    int64_t i = find_item(span(), value);
    if (i < 0) detail::raise_remove_error();
    erase(i, i + 1);
  }
  // ValueError "<repr> is not in list".
  int64_t index(T value, int64_t start = kNone, int64_t stop = kNone) const {
    int64_t i = find_item(span(), value, start, stop);
    if (i < 0) detail::raise_not_in_list(box(value));
    return i;
  }
  int64_t count(T value) const { return count_items(span(), value); }
  void reverse() const { std::reverse(data(), data() + size()); }
  void clear() const { shrink(0); }
  List copy() const { return slice(kNone, kNone); }

  // Stable, with Python's < on the items. The items are sorted in a copy
  // and written back, so a comparison that raises leaves the list as it was.
  void sort(bool reverse = false) const {
    // Items whose < cannot raise are sorted in place, without the side buffer.
    if constexpr (std::is_same_v<T, Int> || std::is_same_v<T, double> || std::is_same_v<T, Str> ||
                  std::is_same_v<T, bool>) {
      std::stable_sort(data(), data() + size(), [reverse](T a, T b) { return reverse ? less(b, a) : less(a, b); });
    } else {
      sort_by([](const T& item) { return item; }, reverse);
    }
  }
  // sort(key=f, reverse=...): f is called once per item, in order.
  template <typename Key>
  void sort_by(Key key, bool reverse = false) const {
    using K = std::decay_t<decltype(key(std::declval<T>()))>;
    GcVector<std::pair<K, T>> keyed;
    keyed.reserve(size());
    for (int64_t i = 0; i < size(); ++i) keyed.emplace_back(key(object_->items[i]), object_->items[i]);
    std::stable_sort(keyed.begin(), keyed.end(), [reverse](const auto& a, const auto& b) {
      return reverse ? less(b.first, a.first) : less(a.first, b.first);
    });
    int64_t n = std::min<int64_t>(static_cast<int64_t>(keyed.size()), size());
    for (int64_t i = 0; i < n; ++i) object_->items[i] = keyed[i].second;
  }

  // l[start:stop:step], kNone for an omitted bound.
  List slice(int64_t start, int64_t stop, int64_t step = kNone) const {
    return slice(adjust_slice(start, stop, step, size()));
  }
  List slice(SliceRange r) const {
    List result = with_capacity(r.count);
    for (int64_t k = 0; k < r.count; ++k) result.object_->items[k] = object_->items[r.start + k * r.step];
    result.object_->size = r.count;
    return result;
  }
  // `target = l[start:stop:step]` where nothing but the variable can reach
  // target's list (codegen/scratch_lists.cpp): the items go into that
  // list's storage when they fit and it is not much larger, else (also for
  // no list yet, or target being l) into a new list, as a slice would.
  List slice_into(List target, int64_t start, int64_t stop, int64_t step) const {
    SliceRange r = adjust_slice(start, stop, step, size());
    ListObject<T>* to = target.object_;
    if (!to || to == object_ || r.count > to->capacity || to->capacity > 2 * r.count + kInlineItems) return slice(r);
    for (int64_t k = 0; k < r.count; ++k) to->items[k] = object_->items[r.start + k * r.step];
    if (to->size > r.count) target.shrink(r.count);
    else to->size = r.count;
    return target;
  }
  // l[start:stop:step] = values. A step other than 1 needs as many values
  // as the slice has items (ValueError otherwise).
  void set_slice(int64_t start, int64_t stop, int64_t step, List values) const {
    if (values.object_ == object_) values = copy();
    assign_slice(start, stop, step, values.data(), values.size());
  }
  // l[start:stop:step] = source[from], the code generator's form of a
  // slice assigned from a slice of a list of the same type
  // (codegen/slice_copy.cpp): a short middle list lives on the stack
  // instead of the heap. fannkuch reverses prefixes so, perm[:k+1] =
  // perm[k::-1], and spent half its time allocating them.
  void set_slice(int64_t start, int64_t stop, int64_t step, List source, SliceRange from) const {
    // A run reversed onto itself: no copy at all.
    SliceRange to = adjust_slice(start, stop, step, size());
    if (source.object_ == object_ && to.step == 1 && from.step == -1 && from.count == to.count &&
        from.start == to.start + to.count - 1)
      return std::reverse(data() + to.start, data() + to.start + to.count);
    constexpr int64_t kStackItems = 32;
    if constexpr (std::is_trivially_copyable_v<T>) {
      if (from.count <= kStackItems) {
        // Uninitialised: zero-filling the whole buffer cost as much as the copy.
        alignas(T) unsigned char storage[sizeof(T) * kStackItems];
        T* items = reinterpret_cast<T*>(storage);
        for (int64_t k = 0; k < from.count; ++k) new (items + k) T(source.object_->items[from.start + k * from.step]);
        return assign_slice(start, stop, step, items, from.count);
      }
    }
    List values = source.slice(from);
    assign_slice(start, stop, step, values.data(), values.size());
  }
  // del l[i]; IndexError "list assignment index out of range".
  void del_item(int64_t index) const {
    if (index < 0) index += size();
    if (static_cast<uint64_t>(index) >= static_cast<uint64_t>(size())) detail::raise_list_assignment_index_error();
    erase(index, index + 1);
  }
  // del l[start:stop:step].
  void del_slice(int64_t start, int64_t stop, int64_t step = kNone) const {
    SliceRange r = adjust_slice(start, stop, step, size());
    if (r.count == 0) return;
    if (r.step < 0) {  // the same items, walked upwards
      r.start += r.step * (r.count - 1);
      r.step = -r.step;
    }
    if (r.step == 1) return erase(r.start, r.start + r.count);
    int64_t to = r.start;
    for (int64_t from = r.start; from < size(); ++from)
      if ((from - r.start) % r.step != 0 || (from - r.start) / r.step >= r.count) object_->items[to++] = object_->items[from];
    shrink(to);
  }

  // l *= n.
  void repeat_in_place(int64_t n) const {
    int64_t size0 = size();
    if (n <= 0 || size0 == 0) return clear();
    if (size0 > INT64_MAX / n) detail::raise_memory_error();
    reserve(size0 * n);
    for (int64_t k = 1; k < n; ++k) std::copy_n(data(), size0, data() + k * size0);
    object_->size = size0 * n;
  }

  void reserve(int64_t needed) const {
    if (needed <= object_->capacity) return;
    int64_t capacity = detail::grown_capacity(object_->capacity, needed, sizeof(T));
    T* items = gc_new_array<T>(capacity);
    std::copy_n(object_->items, object_->size, items);
    object_->items = items;
    object_->capacity = capacity;
  }

  // Range-for with listiter's semantics: the size is read at every step.
  struct End {};
  class Iterator {
   public:
    explicit Iterator(ListObject<T>* list) : list_(list) {}
    T operator*() const { return list_->items[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator!=(End) const { return index_ < list_->size; }

   private:
    ListObject<T>* list_;
    int64_t index_ = 0;
  };
  Iterator begin() const { return Iterator(object_); }
  End end() const { return {}; }

 private:
  struct ListCapacity {
    int64_t value;
  };
  // A short list's first items live in its own block, right after the
  // header: one allocation instead of two for a slice or a small literal.
  // (The collector recognises interior pointers, so `items` alone keeps
  // the block alive.) Growing moves them to an array of their own.
  static constexpr int64_t kInlineItems = 16;
  explicit List(ListCapacity capacity) {
    bool inline_items = capacity.value <= kInlineItems;
    size_t bytes = sizeof(ListObject<T>) + (inline_items ? sizeof(T) * capacity.value : 0);
    object_ = static_cast<ListObject<T>*>(gc_alloc(bytes));
    object_->header.type = &list_type;
    object_->ops = &ops;
    object_->size = 0;
    object_->capacity = capacity.value;
    object_->items = inline_items ? reinterpret_cast<T*>(object_ + 1) : gc_new_array<T>(capacity.value);
  }
  // The slice assignment itself, from n values that are not this list's own.
  void assign_slice(int64_t start, int64_t stop, int64_t step, const T* values, int64_t n) const {
    SliceRange r = adjust_slice(start, stop, step, size());
    if (r.step == 1) {
      int64_t old_size = size();
      if (n > r.count) reserve(old_size + n - r.count);
      std::copy(data() + r.start + r.count, data() + old_size, data() + r.start + n);
      std::copy_n(values, n, data() + r.start);
      if (n < r.count) shrink(old_size + n - r.count);
      else object_->size = old_size + n - r.count;
      return;
    }
    if (n != r.count) detail::raise_extended_slice_size(n, r.count);
    for (int64_t k = 0; k < n; ++k) object_->items[r.start + k * r.step] = values[k];
  }
  void erase(int64_t begin, int64_t end) const {
    std::copy(data() + end, data() + size(), data() + begin);
    shrink(size() - (end - begin));
  }
  // The size becomes `n`; the vacated slots are zeroed, else the collector,
  // which scans the whole array, would keep the items removed alive.
  void shrink(int64_t n) const {
    if constexpr (!std::is_arithmetic_v<T>)
      std::memset(static_cast<void*>(data() + n), 0, sizeof(T) * static_cast<size_t>(size() - n));
    object_->size = n;
  }

  static List of(SequenceObject* s) { return List(static_cast<ListObject<T>*>(s)); }
  static Value item_boxed(const SequenceObject* s, int64_t i) {
    return box(static_cast<const ListObject<T>*>(s)->items[i]);
  }
  static void store_boxed(SequenceObject* s, int64_t i, Value item) {
    of(s)[i] = unbox_item<T>(item, list_type);
  }
  static void insert_boxed(SequenceObject* s, int64_t i, Value item) {
    of(s).insert(i, unbox_item<T>(item, list_type));
  }
  static void erase_boxed(SequenceObject* s, int64_t begin, int64_t end) { of(s).erase(begin, end); }

  ListObject<T>* object_;

 public:
  // What the dynamic paths do with a List<T> they hold as a Value; also
  // tells a list of T's representation from others.
  static constexpr SequenceOps ops{&item_boxed, &store_boxed, &insert_boxed, &erase_boxed};
};

// Iterating in compiled loops: next() gives the items until it returns
// false, reading the size at every step as CPython's listiter does.
template <typename T>
class ListIterator {
 public:
  explicit ListIterator(List<T> list) : list_(list) {}
  bool next(T& out) {
    if (index_ >= list_.size()) return false;
    out = list_[index_++];
    return true;
  }

 private:
  List<T> list_;
  int64_t index_ = 0;
};

template <typename T>
int64_t len(List<T> l) {
  return l.size();
}
template <typename T>
Value box(List<T> l) {
  return Value::of_object(&l.object()->header);
}
template <typename T>
Str repr(List<T> l) {
  return sequence_repr(l.object(), '[', ']');
}
template <typename T>
Str str(List<T> l) {
  return repr(l);
}
// TypeError "unhashable type: 'list'" (a list inside a tuple used as a key).
template <typename T>
int64_t hash(List<T> l) {
  return unhashable(&l.object()->header);
}

template <typename T>
List<T> operator+(List<T> a, List<T> b) {
  List<T> result = List<T>::with_capacity(a.size() + b.size());
  result.extend(a);
  result.extend(b);
  return result;
}
// l * n; n <= 0 gives [].
template <typename T>
List<T> repeat(List<T> l, int64_t n) {
  List<T> result = l.copy();
  result.repeat_in_place(n);
  return result;
}

// `x in l`.
template <typename T>
bool contains(List<T> l, T x) {
  return find_item(l.span(), x) >= 0;
}

template <typename T>
bool equal(List<T> a, List<T> b) {
  return spans_equal(a.span(), b.span());
}
template <typename T>
bool rich_compare(List<T> a, List<T> b, CompareOp op) {
  return spans_compare(a.span(), b.span(), op);
}

}  // namespace ingot::rt

// The unboxing the dynamic mutations need, once List is complete.
#include "runtime/container_ops.h"
