// Private name mangling: inside class C, `__spam` means `_C__spam`.
#pragma once

#include <string>
#include <string_view>

namespace ingot::sema {

// CPython's _Py_Mangle: `name` as written inside a class called
// `class_name` (empty outside any class). Dunder names, dotted names and
// names in a class whose name is all underscores are left alone.
std::string mangle(std::string_view class_name, std::string_view name);

}  // namespace ingot::sema
