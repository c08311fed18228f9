// Private name mangling: inside class C, `__spam` means `_C__spam`.
#pragma once

#include <string>
#include <string_view>

namespace ingot::sema {

// CPython's _Py_Mangle: `name` as written inside a class called
// `class_name` (empty outside any class). Dunder names, dotted names and
// names in a class whose name is all underscores are left alone.
std::string mangle(std::string_view class_name, std::string_view name);

class SymbolTable;
struct Scope;

// `name` as written in `scope`: mangled with the nearest class whose body
// encloses it (the scope itself when it is a class body, as CPython's
// u_private). Mangling is idempotent, so an already mangled name is kept.
std::string mangle_in(const SymbolTable& table, const Scope& scope, std::string_view name);

}  // namespace ingot::sema
