// Instances of the program's own classes, and class objects as values
// (src/codegen/classes.cpp writes the structs).
//
// A user class C becomes `struct cK_C : Base` whose first base is
// rt::Instance (or the struct of C's first base class, or
// rt::ExceptionObject for an exception class), with one typed field per
// instance attribute and `static const rt::TypeObject type`. Instances are
// pointers to it: they box to a Value as the object they are, and a Value
// unboxes to one after an isinstance check. The templates below give such
// pointers the element protocol (protocol.h) through the class's slots, so
// List<cK_C*> and Dict<cK_C*, V> work as for any other element.
#pragma once

#include <cstring>
#include <string_view>

#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/memory.h"
#include "runtime/method.h"
#include "runtime/protocol.h"
#include "runtime/value.h"

namespace ingot::rt {

struct Instance {
  Object header;
};

// A class as a value (`type[C]`): `Point`, `type(p)`. Its class is `type`.
struct ClassObject {
  Object header;
  const TypeObject* cls;
  // Calls from dynamic code (`type`'s call slot): set for the builtin
  // classes used as values (builtin_function.h); null: not callable there yet.
  Value (*construct)(const CallArgs& args) = nullptr;
  // C.name of the program's classes (their class attributes); false: none.
  bool (*getattr)(Str name, Value* out) = nullptr;
};
extern const TypeObject type_type;
inline const TypeObject& class_of(Value v) { return *reinterpret_cast<const ClassObject*>(v.object())->cls; }
inline Value box(const ClassObject* c) { return Value::of_object(&c->header); }

// Every generated class struct says `static constexpr bool user_class = true`.
template <typename T>
concept UserClass = T::user_class;

// A null pointer is None: `None | C` is a nullable pointer
// (src/codegen/optional_instances.cpp), so every generic path (element
// reprs, hashes, comparisons) sees None where the program stored it.
template <UserClass T>
Value box(T* p) {
  return p ? Value::of_object(reinterpret_cast<const Object*>(p)) : Value::none();
}
template <UserClass T>
inline T* object_as(const Object* o) {
  return reinterpret_cast<T*>(const_cast<Object*>(o));
}
// A fresh zeroed instance of T, exactly sized (nothing points past an
// instance). A struct whose fields all hold no pointers (floats, bools:
// float's Points) says `pointer_free = true` and is allocated atomically,
// so the collector never scans it; it is zeroed here.
template <UserClass T>
T* new_instance() {
  T* p;
  if constexpr (T::pointer_free) {
    p = static_cast<T*>(gc_alloc_exact_atomic(sizeof(T)));
    std::memset(static_cast<void*>(p), 0, sizeof(T));
  } else {
    p = static_cast<T*>(gc_alloc_exact(sizeof(T)));
  }
  reinterpret_cast<Object*>(p)->type = &T::type;
  return p;
}

// None unboxes to null: a container of `None | C` items shares C's
// representation, and its dynamic stores (container_ops.h) land here.
template <UserClass T>
struct Unbox<T*> {
  static T* from(Value v) {
    if (!v.is_small_int() && isinstance(v.object(), T::type)) [[likely]] return object_as<T>(v.object());
    if (v.is_none()) return nullptr;
    detail::raise_unbox_error(v, T::type.name);
  }
};
template <>
struct Unbox<const ClassObject*> {
  static const ClassObject* from(Value v) {
    if (is_a(v, type_type)) [[likely]] return reinterpret_cast<const ClassObject*>(v.object());
    detail::raise_unbox_error(v, "type");
  }
};

template <UserClass T>
int64_t hash(T* p) {
  return hash(box(p));
}
template <UserClass T>
bool equal(T* a, T* b) {
  return equal(box(a), box(b));
}
template <UserClass T>
bool same_or_equal(T* a, T* b) {
  return a == b || equal(box(a), box(b));
}
template <UserClass T>
bool rich_compare(T* a, T* b, CompareOp op) {
  return rich_compare(box(a), box(b), op);
}
template <UserClass T>
Str repr(T* p) {
  return repr(box(p));
}
template <UserClass T>
Str str(T* p) {
  return str(box(p));
}

// hash(x) for x.__hash__() == h: h itself where it fits a C ssize_t (-1,
// CPython's error marker, becomes -2), else hash(h).
inline int64_t hash_result(Int h) {
  if (auto v = h.to_int64()) return *v == -1 ? -2 : *v;
  return hash(h);
}

// object(): a bare instance of `object`, the usual sentinel.
Value new_object();

// NotImplemented, what a binary dunder returns to hand over to the
// reflected one.
extern const Object not_implemented_object;
inline Value not_implemented() { return Value::of_object(&not_implemented_object); }
inline bool is_not_implemented(Value v) { return v.is(not_implemented()); }

// AttributeError "'C' object has no attribute 'x'" (type object: "type
// object 'C' has no attribute 'x'").
[[noreturn, gnu::cold]] void raise_no_attribute(const Object* object, std::string_view name);
[[noreturn, gnu::cold]] void raise_no_class_attribute(const TypeObject& type, std::string_view name);
// TypeError for a dunder that returned another type than Python requires
// ("__str__ returned non-string (type int)").
[[noreturn, gnu::cold]] void raise_bad_dunder_result(std::string_view dunder, std::string_view expected, Value got);
// format(x) of a __format__ that returned something else: TypeError "__format__ must return a str, not int".
[[noreturn, gnu::cold]] void raise_bad_format_result(Value got);

}  // namespace ingot::rt
