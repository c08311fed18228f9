// Methods of the built-in containers read from a Value (`xs.append` with xs
// a dyn, `key=d.get` with d boxed): a bound method object, callable from
// dynamic code, that acts on the real list, dict or set whatever its item
// representation (the containers' ops tables, container_ops.h).
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>

#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

// v.name for a str, bytes, list, tuple, dict, set or frozenset: the method bound to v;
// false when the class has no such method.
bool builtin_method(Value v, Str name, Value* out);
// v.name for the dunders of the builtin classes that builtin_method's
// tables leave out (`__len__`, `__add__`: dynamic_dunder_methods.cpp).
bool builtin_dunder_method(Value v, Str name, Value* out);

// The binary slot of iterators (object.h): `keys | other`, `&`, `-`, `^`
// of a keys or items view and any iterable, on either side, as a new set.
bool view_binary(int op, Value self, Value other, bool reflected, Value* out);
// Their equal slot: a keys or items view equals a set (or set-like view)
// of the same items; other iterators are equal only to themselves.
bool view_equal(const Object* self, Value other);

// One method of a built-in class, called with its receiver. Tables of them
// are constinit: without it g++ fills some at startup, and a static
// initialiser is kept in every program, with every method it names.
struct MethodDef {
  std::string_view name;
  Value (*call)(Value self, std::span<const Value> args);
};

// v.name for the method of that name in `methods`, bound to v; false
// when there is none.
bool bind_builtin_method(Value v, std::span<const MethodDef> methods, Str name, Value* out);

// The method tables (dynamic_list_methods.cpp, dynamic_dict_methods.cpp, dynamic_str_methods.cpp,
// dynamic_bytes_methods.cpp, dynamic_file_methods.cpp).
extern const std::span<const MethodDef> list_methods, tuple_methods, dict_methods, set_methods, frozenset_methods,
    str_methods, bytes_methods, file_methods;

// CPython's TypeErrors for a method called with the wrong number of
// arguments: "list.append() takes exactly one argument (0 given)",
// "list.clear() takes no arguments (1 given)", and the argument clinic's
// "pop expected at most 1 argument, got 2".
void check_one_argument(std::string_view qualname, std::span<const Value> args);
void check_no_arguments(std::string_view qualname, std::span<const Value> args);
void check_arguments(std::string_view name, std::span<const Value> args, size_t min, size_t max);
// The arity errors of the methods that parse their arguments the old way
// (find, split, ...): "find() takes at least 1 argument (0 given)".
void check_count(std::string_view name, std::span<const Value> args, size_t min, size_t max);

// A method's name as a template argument, for the error messages of the
// tables' templates (dynamic_str_methods.cpp, dynamic_bytes_methods.cpp).
template <size_t N>
struct Name {
  char text[N];
  constexpr Name(const char (&s)[N]) { std::copy_n(s, N, text); }  // NOLINT: made from literals
};

// An argument used as an index: TypeError "'str' object cannot be
// interpreted as an integer".
int64_t index_argument(Value v);

}  // namespace ingot::rt
