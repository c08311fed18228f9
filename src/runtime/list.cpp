// The `list` class object and List's out-of-line error paths.
#include "runtime/list.h"

#include <string>

#include "runtime/exception.h"

namespace ingot::rt {
namespace {

const TypeObject* const list_mro[] = {&list_type, &object_type};

const SequenceObject* as_list(const Object* object) { return reinterpret_cast<const SequenceObject*>(object); }

Str list_repr_slot(const Object* self) { return sequence_repr(as_list(self), '[', ']'); }

bool list_equal_slot(const Object* self, Value other) {
  return &other.type() == &list_type && sequence_equal(as_list(self), as_list(other.object()));
}

bool list_compare_slot(const Object* self, Value other, CompareOp op) {
  return sequence_compare(as_list(self), as_list(other.object()), op);
}

}  // namespace

const TypeObject list_type{"list",         "builtins",        list_mro,         list_repr_slot,
                           list_repr_slot, unhashable,        list_equal_slot,  list_compare_slot};

namespace detail {

void raise_list_index_error() { raise(exc::IndexError, "list index out of range"); }
void raise_list_assignment_index_error() { raise(exc::IndexError, "list assignment index out of range"); }
void raise_pop_error(bool empty) { raise(exc::IndexError, empty ? "pop from empty list" : "pop index out of range"); }
void raise_not_in_list(Value item) { raise(exc::ValueError, std::string(repr(item).view()) + " is not in list"); }
void raise_remove_error() { raise(exc::ValueError, "list.remove(x): x not in list"); }
void raise_memory_error() { raise(exc::MemoryError); }
void raise_extended_slice_size(int64_t given, int64_t slice_size) {
  raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(given) +
                             " to extended slice of size " + std::to_string(slice_size));
}

int64_t grown_capacity(int64_t capacity, int64_t needed, size_t item_size) {
  if (needed > static_cast<int64_t>(INT64_MAX / 2 / item_size)) raise_memory_error();
  return std::max(needed, capacity + (capacity >> 1) + 4);
}

}  // namespace detail
}  // namespace ingot::rt
