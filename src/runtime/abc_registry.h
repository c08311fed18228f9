// Virtual subclasses: what isinstance() and issubclass() find beyond a
// class's MRO, as CPython's ABCMeta.__subclasscheck__ does.
//
// Two sources, both for classes that derive abc.ABC (src/stdlib/abc.py):
// - registrations, `Sequence.register(tuple)` (`_ingot_abc.register`);
// - the __subclasshook__ of collections.abc's one-trick ABCs, which CPython
//   writes as "the class defines __iter__" (Iterable), "__iter__ and
//   __next__" (Iterator), __len__ (Sized), __call__ (Callable) or "__hash__
//   is not None" (Hashable). Here the class's slots answer for it.
// Nothing is looked at until a program imports collections.abc or registers
// a class, so isinstance() costs a program without ABCs one load more.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace ingot::rt {

extern bool abc_in_use;

// `abc.register(subclass)`: both are classes (TypeError otherwise).
void abc_register(Value abc, Value subclass);
// Whether `type` is a virtual subclass of `abc` (not by its MRO).
bool virtual_subclass(const TypeObject& type, const TypeObject& abc);

inline bool is_subclass(const TypeObject& type, const TypeObject& cls) {
  return type.is_subclass_of(cls) || (abc_in_use && virtual_subclass(type, cls));
}

}  // namespace ingot::rt
