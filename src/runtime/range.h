// Python's range (docs/runtime.md, "range and slice"): an immutable
// arithmetic progression; iteration, len, indexing, slicing (a range
// again), `in` in O(1) for ints, repr, ==. Bounds that fit int64 are held
// as such; a range with a bound beyond them (range(10**30)) holds Ints in a
// BigRange, and each operation on it takes the out-of-line Int path.
#pragma once

#include <cstdint>

#include "runtime/int.h"
#include "runtime/protocol.h"
#include "runtime/slice.h"

namespace ingot::rt {

extern const TypeObject range_type;

// A range's values as Ints: any range, for the out-of-line paths.
struct BigRange {
  Int start, stop, step, length;
};

class Range;

namespace detail {
[[noreturn, gnu::cold]] void raise_range_index_error();
[[noreturn, gnu::cold]] void raise_range_step_zero();
[[noreturn, gnu::cold]] void raise_range_too_long();
[[noreturn, gnu::cold]] void raise_not_in_range(Value x);
Range make_big_range(Int start, Int stop, Int step);
Int big_range_get(const BigRange& r, Int index);
Range big_range_slice(const BigRange& r, int64_t start, int64_t stop, int64_t step);
bool big_range_contains(const BigRange& r, Int x);
}  // namespace detail

class Range {
 public:
  // range(0): what an emptied dict entry or a placeholder holds.
  Range() : Range(0, 0, 1) {}
  explicit Range(int64_t stop) : Range(0, stop, 1) {}
  // ValueError "range() arg 3 must not be zero".
  Range(int64_t start, int64_t stop, int64_t step = 1) : start_(start), stop_(stop), step_(step), big_(nullptr) {
    if (step == 0) detail::raise_range_step_zero();
    // CPython's compute_range_length, in unsigned arithmetic so that no
    // int64 bounds overflow.
    uint64_t span = 0;
    if (step > 0 && start < stop) span = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
    if (step < 0 && start > stop)
      span = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / (0 - static_cast<uint64_t>(step)) + 1;
    length_ = span;
  }
  // range() of ints of any size: the int64 form where the bounds fit.
  static Range of(Int stop) { return of(Int(0), stop, Int(1)); }
  static Range of(Int start, Int stop, Int step = Int(1)) {
    if (start.both_small(stop) && step.is_small()) [[likely]] return Range(start.small(), stop.small(), step.small());
    return detail::make_big_range(start, stop, step);
  }
  // The BigRange form (the int64 fields are then unused).
  explicit Range(const BigRange& big) : start_(0), stop_(0), step_(1), length_(0), big_(&big) {}

  bool is_big() const { return big_ != nullptr; }
  // The values as Ints, whichever the form.
  BigRange as_big() const {
    if (big_) return *big_;
    return {Int(start_), Int(stop_), Int(step_), Int::from_uint64(length_)};
  }
  Int start() const { return big_ ? big_->start : Int(start_); }
  Int stop() const { return big_ ? big_->stop : Int(stop_); }
  Int step() const { return big_ ? big_->step : Int(step_); }
  // len(r); OverflowError past INT64_MAX items (range(-2**63, 2**63 - 1)
  // exists, but its len does not fit), as CPython.
  int64_t size() const {
    if (big_) [[unlikely]] {
      auto n = big_->length.to_int64();
      if (!n) detail::raise_range_too_long();
      return *n;
    }
    if (length_ > static_cast<uint64_t>(INT64_MAX)) [[unlikely]] detail::raise_range_too_long();
    return static_cast<int64_t>(length_);
  }
  bool empty() const { return big_ ? !big_->length : length_ == 0; }
  // The number of items, which may exceed INT64_MAX.
  Int length() const { return big_ ? big_->length : Int::from_uint64(length_); }

  // r[i]; IndexError "range object index out of range".
  Int get(Int index) const {
    if (big_ || !index.is_small()) [[unlikely]] return detail::big_range_get(as_big(), index);
    __int128 i = index.small() < 0 ? static_cast<__int128>(index.small()) + length_ : index.small();
    if (i < 0 || i >= static_cast<__int128>(length_)) [[unlikely]] detail::raise_range_index_error();
    return Int(static_cast<int64_t>(start_ + i * step_));
  }
  // r[i:j:k] is a range: CPython's compute_slice.
  Range slice(int64_t start, int64_t stop, int64_t step = kNone) const {
    if (big_ || length_ > static_cast<uint64_t>(INT64_MAX)) [[unlikely]]
      return detail::big_range_slice(as_big(), start, stop, step);
    SliceRange r = adjust_slice(start, stop, step, size());
    return Range(start_ + r.start * step_, start_ + r.stop * step_, step_ * r.step);
  }
  bool contains(Int x) const {
    if (big_ || !x.is_small()) [[unlikely]] return detail::big_range_contains(as_big(), x);
    return contains_small(x.small());
  }
  // ValueError "<x> is not in range".
  Int index(Int x) const {
    if (!contains(x)) detail::raise_not_in_range(x);
    if (big_ || !x.is_small()) [[unlikely]] return floordiv(x - start(), step());
    return Int(static_cast<int64_t>((static_cast<__int128>(x.small()) - start_) / step_));
  }
  Int count(Int x) const { return Int(contains(x) ? 1 : 0); }

  // Counts the items rather than comparing against an end value, which
  // could lie beyond int64 (range(0, 2**63 - 1, 2**62)). The value is kept
  // as an Int's word: where every value is a small Int (start and stop are:
  // the values lie between them), it steps by adding the tagged step, so a
  // loop's variable costs one add and no range check. Otherwise (a
  // BigRange, or int64 bounds past the small ints) the step word is odd,
  // which no tagged small int is, and the value steps as an Int (a count
  // past 2**64 items is as good as endless).
  class Iterator {
   public:
    explicit Iterator(const Range& r)
        : bits_(static_cast<uint64_t>(r.start_) << 1),
          step_bits_(static_cast<uint64_t>(r.step_) << 1),
          remaining_(r.length_) {
      if (r.big_ || !Int::fits_small(r.start_) || !Int::fits_small(r.stop_)) [[unlikely]] {
        BigRange big = r.as_big();
        bits_ = big.start.bits();
        step_ = big.step;
        step_bits_ = 1;
        auto n = big.length.to_int64();
        remaining_ = n ? static_cast<uint64_t>(*n) : UINT64_MAX;
      }
    }
    Iterator() : bits_(0), step_bits_(0), remaining_(0) {}
    Int operator*() const { return Int::from_bits(bits_); }
    Iterator& operator++() {
      if (step_bits_ & 1) [[unlikely]] {
        if (--remaining_ > 0) bits_ = (Int::from_bits(bits_) + step_).bits();
      } else {
        bits_ += step_bits_;  // unsigned: the step past the last value may leave int64
        --remaining_;
      }
      return *this;
    }
    bool operator!=(const Iterator& end) const { return remaining_ != end.remaining_; }

   private:
    uint64_t bits_, step_bits_;
    uint64_t remaining_;
    Int step_;  // the slow form's
  };
  Iterator begin() const { return Iterator(*this); }
  Iterator end() const { return Iterator(); }

 private:
  bool contains_small(int64_t x) const {
    if (step_ > 0 ? x < start_ || x >= stop_ : x > start_ || x <= stop_) return false;
    return (static_cast<__int128>(x) - start_) % step_ == 0;
  }

  int64_t start_, stop_, step_;
  uint64_t length_;
  const BigRange* big_;
};

// for i in range(...) in compiled loops: next() until false.
class RangeIterator {
 public:
  explicit RangeIterator(Range r) : it_(r) {}
  bool next(Int& out) {
    if (!(it_ != Range::Iterator())) return false;
    out = *it_;
    ++it_;
    return true;
  }

 private:
  Range::Iterator it_;
};

inline int64_t len(Range r) { return r.size(); }
inline bool contains(Range r, Int x) { return r.contains(x); }
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
