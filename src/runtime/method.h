// Bound methods of the program's own classes: `p.norm` read as a value
// (stored, passed as a callback, `key=obj.method`), and what a dyn
// attribute read of a method gives.
//
// A method object holds the receiver (boxed) and the method's function
// object. Typed code knows which function and which receiver type the
// analysis gave the value (`method f of C`), so it calls the function's
// specialisation directly with the receiver unboxed; dynamic code calls
// through the class's call slot, which is the function's boxed entry with
// self first.
#pragma once

#include "runtime/dynamic_unbox.h"
#include "runtime/function.h"
#include "runtime/value.h"

namespace ingot::rt {

struct MethodObject {
  Object header;  // &method_type
  Value self;
  const FunctionObject* function;
};
extern const TypeObject method_type;

MethodObject* new_method(Value self, const FunctionObject* function);
inline Value box(const MethodObject* m) { return Value::of_object(&m->header); }
inline Value bind_method(Value self, const FunctionObject* function) { return box(new_method(self, function)); }

template <>
struct Unbox<MethodObject*> {
  static MethodObject* from(Value v) {
    if (is_a(v, method_type)) [[likely]] return reinterpret_cast<MethodObject*>(const_cast<Object*>(v.object()));
    detail::raise_unbox_error(v, "method");
  }
};

// The element protocol (protocol.h): two bound methods are equal when they
// bind the same object (identity) to the same function, as in CPython.
inline int64_t hash(const MethodObject* m) { return hash(box(m)); }
inline bool equal(const MethodObject* a, const MethodObject* b) { return equal(box(a), box(b)); }
inline bool rich_compare(const MethodObject* a, const MethodObject* b, CompareOp op) {
  return rich_compare(box(a), box(b), op);
}
Str repr(const MethodObject* m);
inline Str str(const MethodObject* m) { return repr(m); }

}  // namespace ingot::rt
