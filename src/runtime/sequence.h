// What list and tuple objects share whatever their element type: a header
// through which the dynamic paths (repr, ==, ordering of boxed sequences)
// see any sequence's items as Values, so those are written once here
// instead of once per element type.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"

namespace ingot::rt {

struct SequenceObject {
  Object header;
  Value (*boxed_item)(const SequenceObject* self, int64_t index);
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

// The typed versions for the templates: the same algorithm over items
// reached through a callable, so List<T> and TupleOf<T> share it too.
template <typename GetA, typename GetB>
bool lexicographic_compare(int64_t size_a, int64_t size_b, GetA get_a, GetB get_b, CompareOp op) {
  int64_t n = size_a < size_b ? size_a : size_b, i = 0;
  while (i < n && same_or_equal(get_a(i), get_b(i))) ++i;
  if (i < n) return rich_compare(get_a(i), get_b(i), op);
  return rich_compare(size_a, size_b, op);
}

}  // namespace ingot::rt
