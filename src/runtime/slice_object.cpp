#include "runtime/slice_object.h"

#include "runtime/exception.h"
#include "runtime/value_builtins.h"

namespace ingot::rt {
namespace {

struct SliceObject {
  Object header;
  Slice slice;
};

const TypeObject* const slice_mro[] = {&slice_type, &object_type};

const Slice& as_slice(const Object* object) { return reinterpret_cast<const SliceObject*>(object)->slice; }

Str slice_repr_slot(const Object* self) { return repr(as_slice(self)); }

bool slice_equal_slot(const Object* self, Value other) {
  return &other.type() == &slice_type && equal(as_slice(self), as_slice(other.object()));
}

int64_t bound(Value v, bool none) {
  if (none && v.is_none()) return kNone;
  if (&v.type() == &bool_type) return v.as_bool();
  if (&v.type() == &int_type) return clamp_index(v.as_int());
  if (std::optional<Int> i = index_dunder(v)) return clamp_index(*i);
  raise(exc::TypeError, none ? "slice indices must be integers or None or have an __index__ method"
                             : "slice indices must be integers or have an __index__ method");
}
int64_t bound(Value v) { return bound(v, true); }

}  // namespace

const TypeObject slice_type{"slice", "builtins", slice_mro, slice_repr_slot, slice_repr_slot, unhashable, slice_equal_slot};

int64_t slice_bound(Value v) { return bound(v); }

int64_t index_bound(Value v) { return bound(v, false); }

SliceBounds bounds(const Slice& s) { return {bound(s.start), bound(s.stop), bound(s.step)}; }

Tuple<Int, Int, Int> indices(const Slice& s, int64_t length) {
  if (length < 0) raise(exc::ValueError, "length should not be negative");
  SliceBounds b = bounds(s);
  SliceRange r = adjust_slice(b.start, b.stop, b.step, length);
  return {Int(r.start), Int(r.stop), Int(r.step)};
}

Str repr(const Slice& s) {
  return Str::from_ascii("slice(") + repr(s.start) + Str::from_ascii(", ") + repr(s.stop) + Str::from_ascii(", ") +
         repr(s.step) + Str::from_ascii(")");
}

bool equal(const Slice& a, const Slice& b) {
  return same_or_equal(a.start, b.start) && same_or_equal(a.stop, b.stop) && same_or_equal(a.step, b.step);
}

Slice unbox_slice(Value v) { return as_slice(v.object()); }

Value box(const Slice& s) {
  auto object = static_cast<SliceObject*>(gc_alloc(sizeof(SliceObject)));
  object->header.type = &slice_type;
  object->slice = s;
  return Value::of_object(&object->header);
}

}  // namespace ingot::rt
