// Python's range (docs/runtime.md, "range and slice"): an immutable
// arithmetic progression of int64 bounds; iteration, len, indexing,
// slicing (a range again), `in` in O(1) for ints, repr, ==.
#pragma once

#include <cstdint>

#include "runtime/protocol.h"
#include "runtime/slice.h"

namespace ingot::rt {

extern const TypeObject range_type;

namespace detail {
[[noreturn, gnu::cold]] void raise_range_index_error();
[[noreturn, gnu::cold]] void raise_range_step_zero();
[[noreturn, gnu::cold]] void raise_range_too_long();
[[noreturn, gnu::cold]] void raise_not_in_range(Value x);
}  // namespace detail

class Range {
 public:
  // range(0): what an emptied dict entry or a placeholder holds.
  Range() : Range(0, 0, 1) {}
  explicit Range(int64_t stop) : Range(0, stop, 1) {}
  // ValueError "range() arg 3 must not be zero".
  Range(int64_t start, int64_t stop, int64_t step = 1) : start_(start), stop_(stop), step_(step) {
    if (step == 0) detail::raise_range_step_zero();
    // CPython's compute_range_length, in unsigned arithmetic so that no
    // int64 bounds overflow.
    uint64_t span = 0;
    if (step > 0 && start < stop) span = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
    if (step < 0 && start > stop)
      span = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1;
    length_ = span;
  }

  int64_t start() const { return start_; }
  int64_t stop() const { return stop_; }
  int64_t step() const { return step_; }
  // len(r); OverflowError past INT64_MAX items (range(-2**63, 2**63 - 1)
  // exists, but its len does not fit), as CPython.
  int64_t size() const {
    if (length_ > static_cast<uint64_t>(INT64_MAX)) [[unlikely]] detail::raise_range_too_long();
    return static_cast<int64_t>(length_);
  }
  bool empty() const { return length_ == 0; }
  // The number of items, which may exceed INT64_MAX.
  uint64_t items() const { return length_; }

  // r[i]; IndexError "range object index out of range".
  int64_t get(int64_t index) const {
    __int128 i = index < 0 ? static_cast<__int128>(index) + length_ : index;
    if (i < 0 || i >= static_cast<__int128>(length_)) [[unlikely]] detail::raise_range_index_error();
    return static_cast<int64_t>(start_ + i * step_);
  }
  // r[i:j:k] is a range: CPython's compute_slice. (Slicing a range longer
  // than INT64_MAX raises OverflowError, as len does.)
  Range slice(int64_t start, int64_t stop, int64_t step = kNone) const {
    SliceRange r = adjust_slice(start, stop, step, size());
    return Range(start_ + r.start * step_, start_ + r.stop * step_, step_ * r.step);
  }
  bool contains(int64_t x) const {
    if (step_ > 0 ? x < start_ || x >= stop_ : x > start_ || x <= stop_) return false;
    return (static_cast<__int128>(x) - start_) % step_ == 0;
  }
  // ValueError "<x> is not in range".
  int64_t index(int64_t x) const {
    if (!contains(x)) detail::raise_not_in_range(Int(x));
    return static_cast<int64_t>((static_cast<__int128>(x) - start_) / step_);
  }
  int64_t count(int64_t x) const { return contains(x); }

  // Counts the items rather than comparing against an end value, which
  // could lie beyond int64 (range(0, 2**63 - 1, 2**62)).
  class Iterator {
   public:
    Iterator(int64_t value, int64_t step, uint64_t remaining) : value_(value), step_(step), remaining_(remaining) {}
    int64_t operator*() const { return value_; }
    Iterator& operator++() {
      if (--remaining_ > 0) value_ += step_;
      return *this;
    }
    bool operator!=(const Iterator& end) const { return remaining_ != end.remaining_; }

   private:
    int64_t value_, step_;
    uint64_t remaining_;
  };
  Iterator begin() const { return {start_, step_, length_}; }
  Iterator end() const { return {0, 0, 0}; }

 private:
  int64_t start_, stop_, step_;
  uint64_t length_;
};

// for i in range(...) in compiled loops: next() until false.
class RangeIterator {
 public:
  explicit RangeIterator(Range r) : next_(r.start()), step_(r.step()), remaining_(r.items()) {}
  bool next(int64_t& out) {
    if (remaining_ == 0) return false;
    out = next_;
    if (--remaining_ > 0) next_ += step_;
    return true;
  }

 private:
  int64_t next_, step_;
  uint64_t remaining_;
};

inline int64_t len(Range r) { return r.size(); }
inline bool contains(Range r, int64_t x) { return r.contains(x); }
// `x in r` for any value: ints in O(1), anything else compared item by item.
bool contains(Range r, Value x);
// "range(0, 5)", "range(0, 10, 2)".
Str repr(Range r);
inline Str str(Range r) { return repr(r); }
// Equal when they produce the same sequence (range(0) == range(5, 2)).
bool equal(Range a, Range b);
// CPython's: the hash of (len, start, step), None for what does not matter.
int64_t hash(Range r);
Value box(Range r);
// The range a boxed range object holds.
Range unbox_range(Value v);

}  // namespace ingot::rt
