// What list and tuple objects share whatever their element type: a header
// through which the dynamic paths (repr, ==, ordering of boxed sequences)
// see any sequence's items as Values, so those are written once here
// instead of once per element type.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"

namespace ingot::rt {

struct SequenceObject;

// One table per element representation (List<T>::ops, TupleOf<T>::ops):
// the items as Values, and for lists the mutations the dynamic paths make
// on the real object (container_ops.h unboxes what they store).
struct SequenceOps {
  Value (*item)(const SequenceObject* self, int64_t index);
  // Lists only, null in a tuple's table. `store` and `insert` raise
  // SystemError for a Value the list's representation cannot hold;
  // insert's index is in [0, size].
  void (*store)(SequenceObject* self, int64_t index, Value item) = nullptr;
  void (*insert)(SequenceObject* self, int64_t index, Value item) = nullptr;
  void (*erase)(SequenceObject* self, int64_t begin, int64_t end) = nullptr;
};

struct SequenceObject {
  Object header;
  const SequenceOps* ops;
  int64_t size;
};

// "[1, 2]" / "(1, 2)"; a one-item tuple gets its comma; a sequence met
// again while its own repr is being built prints as "[...]" (Py_ReprEnter).
Str sequence_repr(const SequenceObject* s, char open, char close);
// Lexicographic ==, and <, <=, >, >= (items compared with same_or_equal
// first, as CPython's list_richcompare).
bool sequence_equal(const SequenceObject* a, const SequenceObject* b);
bool sequence_compare(const SequenceObject* a, const SequenceObject* b, CompareOp op);

// Marks an object whose repr is being built (CPython's Py_ReprEnter), so
// a container that contains itself prints "[...]" instead of recursing.
class ReprGuard {
 public:
  explicit ReprGuard(const void* object);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  // True when the object was already being printed.
  bool reentered() const { return reentered_; }

 private:
  bool reentered_;
};

// The typed versions for the templates: the same algorithms over items
// reached through a callable or a span, so List<T> and TupleOf<T> share them.
template <typename GetA, typename GetB>
bool lexicographic_compare(int64_t size_a, int64_t size_b, GetA get_a, GetB get_b, CompareOp op) {
  int64_t n = size_a < size_b ? size_a : size_b, i = 0;
  while (i < n && same_or_equal(get_a(i), get_b(i))) ++i;
  if (i < n) return rich_compare(get_a(i), get_b(i), op);
  return rich_compare(size_a, size_b, op);
}

template <typename T>
bool spans_equal(std::span<const T> a, std::span<const T> b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!same_or_equal(a[i], b[i])) return false;
  return true;
}
template <typename T>
bool spans_compare(std::span<const T> a, std::span<const T> b, CompareOp op) {
  return lexicographic_compare(
      static_cast<int64_t>(a.size()), static_cast<int64_t>(b.size()), [a](int64_t i) { return a[i]; },
      [b](int64_t i) { return b[i]; }, op);
}
// The index of the first item equal to x in [start, stop) (bounds as
// list.index takes them: negative from the end, kNone open), or -1.
template <typename T>
int64_t find_item(std::span<const T> items, T x, int64_t start = kNone, int64_t stop = kNone) {
  int64_t size = static_cast<int64_t>(items.size());
  if (start == kNone) start = 0;
  if (stop == kNone) stop = INT64_MAX;
  if (start < 0 && (start += size) < 0) start = 0;
  if (stop < 0 && (stop += size) < 0) stop = 0;
  for (int64_t i = start; i < stop && i < size; ++i)
    if (same_or_equal(items[i], x)) return i;
  return -1;
}
template <typename T>
int64_t count_items(std::span<const T> items, T x) {
  int64_t n = 0;
  for (const T& item : items) n += same_or_equal(item, x);
  return n;
}

}  // namespace ingot::rt
