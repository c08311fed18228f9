// The `tuple` class object (boxed tuples are TupleOf<Value>) and its errors.
#include "runtime/tuple.h"

#include "runtime/exception.h"
#include "runtime/struct_sequence.h"

namespace ingot::rt {
namespace {

const TypeObject* const tuple_mro[] = {&tuple_type, &object_type};

const SequenceObject* as_tuple(const Object* object) { return reinterpret_cast<const SequenceObject*>(object); }

Str tuple_repr_slot(const Object* self) { return sequence_repr(as_tuple(self), '(', ')'); }

int64_t tuple_hash_slot(const Object* self) {
  const SequenceObject* t = as_tuple(self);
  TupleHasher h;
  for (int64_t i = 0; i < t->size; ++i) h.add(hash(t->ops->item(t, i)));
  return h.finish(t->size);
}

bool tuple_equal_slot(const Object* self, Value other) {
  return !other.is_small_int() && has_tuple_layout(other.type()) && sequence_equal(as_tuple(self), as_tuple(other.object()));
}

bool tuple_compare_slot(const Object* self, Value other, CompareOp op) {
  return sequence_compare(as_tuple(self), as_tuple(other.object()), op);
}

}  // namespace

const TypeObject tuple_type{"tuple",         "builtins",      tuple_mro,        tuple_repr_slot,
                            tuple_repr_slot, tuple_hash_slot, tuple_equal_slot, tuple_compare_slot};

namespace detail {
void raise_tuple_index_error() { raise(exc::IndexError, "tuple index out of range"); }
void raise_not_in_tuple() { raise(exc::ValueError, "tuple.index(x): x not in tuple"); }
}  // namespace detail

}  // namespace ingot::rt
