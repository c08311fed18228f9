// range's out-of-line parts and the boxed `range` object.
#include "runtime/range.h"

#include <string>

#include "runtime/exception.h"
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
  if (&x.type() == &int_type || &x.type() == &bool_type) {
    std::optional<int64_t> v = (&x.type() == &bool_type ? as_int(x.as_bool()) : x.as_int()).to_int64();
    return v && r.contains(*v);
  }
  for (int64_t item : r)
    if (equal(Value(Int(item)), x)) return true;
  return false;
}

Str repr(Range r) {
  std::string text = "range(" + std::to_string(r.start()) + ", " + std::to_string(r.stop());
  if (r.step() != 1) text += ", " + std::to_string(r.step());
  return Str::from_ascii(text + ")");
}

bool equal(Range a, Range b) {
  if (a.items() != b.items()) return false;
  if (a.empty()) return true;
  if (a.start() != b.start()) return false;
  return a.items() == 1 || a.step() == b.step();
}

int64_t hash(Range r) {
  TupleHasher h;
  Value none = Value::none();
  h.add(hash(Value(Int(r.size()))));
  h.add(r.empty() ? hash(none) : hash(Value(Int(r.start()))));
  h.add(r.items() <= 1 ? hash(none) : hash(Value(Int(r.step()))));
  return h.finish(3);
}

Value box(Range r) {
  auto object = static_cast<RangeObject*>(gc_alloc_atomic(sizeof(RangeObject)));
  object->header.type = &range_type;
  object->range = r;
  return Value::of_object(&object->header);
}

Range unbox_range(Value v) { return as_range(v.object()); }

}  // namespace ingot::rt
