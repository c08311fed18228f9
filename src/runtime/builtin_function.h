// Builtins as values: `len`, `math.sin` (builtin functions) and `int`,
// `ValueError` (builtin classes) when the program stores, passes or boxes
// them (`map(str, xs)`, `key=len`, `fs = [abs, str]`, `t = int`).
//
// Typed code calls a builtin value whose identity the compiler knows
// directly, with the argument types of each call; these objects exist for
// identity (`f is len`), printing, `__name__`, and for calls the compiler
// cannot see: dynamic code calls them through `call`, a function the
// generated program writes once per builtin (src/codegen/builtin_values.cpp)
// that dispatches on the Values it is given.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/function.h"
#include "runtime/instance.h"
#include "runtime/value.h"

namespace ingot::rt {

// A call of a builtin on run-time arguments; CPython's TypeError for an
// argument list it does not take.
using BuiltinEntry = Value (*)(const CallArgs& args);

// A builtin function (`<built-in function len>`): one static object per
// builtin, made by the generated program, so that `f is len` holds.
struct BuiltinFunction {
  Object header;            // &builtin_function_type
  std::string_view name;    // __name__ and __qualname__
  std::string_view module;  // __module__: "builtins", "math", ...; a method's class
  BuiltinEntry call;
  bool method = false;  // `str.lower`: a method read from its class
};
extern const TypeObject builtin_function_type;

inline Value box(const BuiltinFunction* f) { return Value::of_object(&f->header); }
template <>
struct Unbox<const BuiltinFunction*> {
  static const BuiltinFunction* from(Value v) {
    if (!v.is_small_int() && v.object()->type == &builtin_function_type) [[likely]]
      return reinterpret_cast<const BuiltinFunction*>(v.object());
    detail::raise_unbox_error(v, "builtin_function_or_method");
  }
};
inline Str str(const BuiltinFunction* f) { return str(box(f)); }
inline Str repr(const BuiltinFunction* f) { return repr(box(f)); }
int64_t hash(const BuiltinFunction* f);
inline bool equal(const BuiltinFunction* a, const BuiltinFunction* b) { return a == b; }

// How a builtin words a call with the wrong number of arguments (CPython
// has three styles: METH_O functions, argument-clinic tuples, and clinic
// functions with named parameters).
struct BuiltinArity {
  enum Style : uint8_t {
    One,       // "len() takes exactly one argument (2 given)"; max 0: "time.time() takes no arguments (1 given)"
    Expected,  // "divmod expected 2 arguments, got 1", "list expected at most 1 argument, got 2"
    Named,     // "pow() missing required argument 'exp' (pos 2)", "pow() takes at most 3 arguments (4 given)"
    Least,     // "sum() takes at least 1 positional argument (0 given)", "... takes at most 2 arguments (3 given)";
               // min == max: "prod() takes exactly 1 positional argument (2 given)"
    OneOrThree,  // "type() takes 1 or 3 arguments" (three make a class: not supported)
    Requires,    // "math.log requires 1 to 2 arguments" (a METH_VARARGS function's own check)
  };
  std::string_view name;  // as the message spells it: "len", "math.sin", "atan2"
  Style style;
  uint32_t min, max;
  std::span<const std::string_view> params;  // Named: the parameters, for "missing"
};
// CPython's TypeError for `given` positional arguments outside [min, max].
[[noreturn, gnu::cold]] void raise_builtin_arity(const BuiltinArity& arity, size_t given);
// "len() takes no keyword arguments".
[[noreturn, gnu::cold]] void raise_no_keywords(std::string_view name);

// The receiver of a method read from its builtin class (`str.upper(x)`,
// `f = list.append; f(x, 1)`): x where it is an instance of `cls`, else
// CPython's "descriptor 'upper' for 'str' objects doesn't apply to a 'int'
// object".
Value method_receiver(Value self, const TypeObject& cls, std::string_view method);

// callable(v): functions, classes, builtins, instances of classes with __call__.
inline bool callable(Value v) { return !v.is_small_int() && v.type().call; }

// isinstance(v, classes) where the classes are known at run time only: a
// class object or a tuple of them (nested tuples too), else CPython's TypeError.
bool isinstance_of(Value v, Value classes);
// issubclass(cls, classes), the same way.
bool issubclass_of(Value cls, Value classes);
// `except classes:` where the classes are known at run time only (a name
// bound to a tuple of them): whether the exception is an instance of one,
// after CPython's TypeError for any that is no exception class.
bool handler_matches(Value exception, Value classes);

// The class object of a builtin class, one per class (so `type(x) is int`
// and `t is ValueError` compare identities); `construct`, where given,
// makes the class callable from dynamic code.
const ClassObject* builtin_class(const TypeObject& type, BuiltinEntry construct = nullptr);
// Makes a class of the program the one class object of its TypeObject (for
// type(x) on a Value); called as the program starts, before any type(x).
bool register_class(const ClassObject* cls);
// type(v): the class object of v's class.
Value type_of(Value v);
// str() and repr() of a class value: "<class 'int'>" (instance.h's box).
inline Str str(const ClassObject* c) { return str(box(c)); }
inline Str repr(const ClassObject* c) { return repr(box(c)); }

// C.__mro__: a tuple of the class objects.
Value class_mro(const TypeObject& type);

}  // namespace ingot::rt
