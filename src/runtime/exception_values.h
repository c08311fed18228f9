// Exceptions as values of the compiled program (docs/runtime.md,
// "Exceptions"): a variable holding an exception is an ExceptionObject*
// (any class deriving from BaseException, user classes included, whose
// structs derive from ExceptionObject), which boxes to a Value like any
// object; `raise`, `except`, `assert` and attribute reads call these.
#pragma once

#include <initializer_list>
#include <span>

#include "runtime/dynamic_unbox.h"
#include "runtime/exception.h"
#include "runtime/tuple.h"

namespace ingot::rt {

inline Value box(const ExceptionObject* e) { return Value::of_object(&e->header); }
inline Str str(const ExceptionObject* e) { return str(box(e)); }
inline Str repr(const ExceptionObject* e) { return repr(box(e)); }

template <>
struct Unbox<ExceptionObject*> {
  static ExceptionObject* from(Value v) {
    if (!v.is_small_int() && v.type().is_subclass_of(exc::BaseException)) [[likely]]
      return reinterpret_cast<ExceptionObject*>(const_cast<Object*>(v.object()));
    detail::raise_unbox_error(v, "BaseException");
  }
};

// type(*args) for a built-in exception class.
ExceptionObject* make_exception(const TypeObject& type, std::initializer_list<Value> args);
// BaseException.__init__(self, *args) (a user class's super().__init__).
void set_exception_args_from(ExceptionObject* e, std::span<const Value> args);
inline void set_exception_args(ExceptionObject* e, std::initializer_list<Value> args) {
  set_exception_args_from(e, {args.begin(), args.size()});
}
// e.args.
TupleOf<Value> exception_args(const ExceptionObject* e);
// isinstance(e, cls) where cls is an exception class.
inline bool exception_matches(const ExceptionObject* e, const TypeObject& cls) { return isinstance(&e->header, cls); }

// `raise v` / `raise ... from v` of a value whose class the compiler did
// not know: an exception instance, or TypeError "exceptions must derive
// from BaseException" ("exception causes must derive from BaseException").
ExceptionObject* exception_of(Value v);
ExceptionObject* cause_of(Value v);  // null for None

// type(e) as a value (what a `with` statement passes to __exit__): the
// class object of e's class, made once per class. (The program's own
// classes have their class objects already; this one is another object
// for the same class, so `is` between the two fails.)
Value exception_class_value(const ExceptionObject* e);

// sys.exc_info(): (type, value, traceback) for the exception being
// handled (traceback_module.h), else (None, None, None).
Value exc_info();

// `assert` without a message and with one.
[[noreturn, gnu::cold]] void raise_assertion();
[[noreturn, gnu::cold]] void raise_assertion(Value message);

}  // namespace ingot::rt
