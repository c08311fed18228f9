// range's out-of-line parts and the boxed `range` object.
#include "runtime/range.h"

#include <string>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

struct RangeObject {
  Object header;
  Range range;
};

const TypeObject* const range_mro[] = {&range_type, &object_type};

const Range& as_range(const Object* object) { return reinterpret_cast<const RangeObject*>(object)->range; }

Str range_repr_slot(const Object* self) { return repr(as_range(self)); }

bool range_equal_slot(const Object* self, Value other) {
  return &other.type() == &range_type && equal(as_range(self), as_range(other.object()));
}

int64_t range_hash_slot(const Object* self) { return hash(as_range(self)); }

}  // namespace

const TypeObject range_type{"range", "builtins", range_mro, range_repr_slot, range_repr_slot, range_hash_slot,
                            range_equal_slot};

namespace detail {
void raise_range_index_error() { raise(exc::IndexError, "range object index out of range"); }
void raise_range_too_long() { raise(exc::OverflowError, "Python int too large to convert to C ssize_t"); }
void raise_range_step_zero() { raise(exc::ValueError, "range() arg 3 must not be zero"); }
void raise_not_in_range(Value x) { raise(exc::ValueError, std::string(repr(x).view()) + " is not in range"); }
}  // namespace detail

bool contains(Range r, Value x) {
  if (&x.type() == &int_type || &x.type() == &bool_type)
    return r.contains(&x.type() == &bool_type ? as_int(x.as_bool()) : x.as_int());
  for (Int item : r)
    if (equal(Value(item), x)) return true;
  return false;
}

Str repr(Range r) {
  std::string text = "range(" + to_decimal_string(r.start()) + ", " + to_decimal_string(r.stop());
  if (r.step() != Int(1)) text += ", " + to_decimal_string(r.step());
  return Str::from_ascii(text + ")");
}

bool equal(Range a, Range b) {
  Int n = a.length();
  if (n != b.length()) return false;
  if (!n) return true;
  if (a.start() != b.start()) return false;
  return n == Int(1) || a.step() == b.step();
}

int64_t hash(Range r) {
  TupleHasher h;
  Value none = Value::none();
  Int n = r.length();
  h.add(hash(Value(n)));
  h.add(!n ? hash(none) : hash(Value(r.start())));
  h.add(n <= Int(1) ? hash(none) : hash(Value(r.step())));
  return h.finish(3);
}

namespace detail {

// CPython's compute_range_length on Ints.
Range make_big_range(Int start, Int stop, Int step) {
  if (!step) raise_range_step_zero();
  Int length(0);
  if (!step.is_negative() && start < stop) length = floordiv(stop - start - Int(1), step) + Int(1);
  if (step.is_negative() && start > stop) length = floordiv(start - stop - Int(1), -step) + Int(1);
  auto small = [](Int v) { return v.to_int64().has_value(); };
  if (small(start) && small(stop) && small(step)) return Range(*start.to_int64(), *stop.to_int64(), *step.to_int64());
  auto* big = static_cast<BigRange*>(gc_alloc(sizeof(BigRange)));
  *big = BigRange{start, stop, step, length};
  return Range(*big);
}

Int big_range_get(const BigRange& r, Int index) {
  if (index.is_negative()) index = index + r.length;
  if (index.is_negative() || index >= r.length) raise_range_index_error();
  return r.start + index * r.step;
}

// CPython's compute_slice: the slice's indices adjusted to the length
// (PySlice_GetLongIndices), on Ints.
Range big_range_slice(const BigRange& r, int64_t start, int64_t stop, int64_t step) {
  Int k = step == kNone ? Int(1) : Int(step);
  if (!k) raise(exc::ValueError, "slice step cannot be zero");
  bool backwards = k.is_negative();
  Int lower = backwards ? Int(-1) : Int(0), upper = backwards ? r.length - Int(1) : r.length;
  auto adjust = [&](int64_t bound, Int if_none) {
    if (bound == kNone) return if_none;
    Int i(bound);
    if (i.is_negative()) {
      i = i + r.length;
      return i < lower ? lower : i;
    }
    return i > upper ? upper : i;
  };
  Int from = adjust(start, backwards ? upper : lower), to = adjust(stop, backwards ? lower : upper);
  return Range::of(r.start + from * r.step, r.start + to * r.step, r.step * k);
}

bool big_range_contains(const BigRange& r, Int x) {
  bool inside = r.step.is_negative() ? x <= r.start && x > r.stop : x >= r.start && x < r.stop;
  return inside && !mod(x - r.start, r.step);
}

}  // namespace detail

Value box(Range r) {
  auto object = static_cast<RangeObject*>(gc_alloc_atomic(sizeof(RangeObject)));
  object->header.type = &range_type;
  object->range = r;
  return Value::of_object(&object->header);
}

Range unbox_range(Value v) { return as_range(v.object()); }

}  // namespace ingot::rt
