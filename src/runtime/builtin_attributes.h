// The attribute names of the builtin classes' instances, as CPython's
// dir() lists them: hasattr() on a builtin value (dynamic_access.cpp) asks
// here for the names the runtime has no attribute object for
// (`hasattr([], "__len__")`, `hasattr(1, "__doc__")`). The definition is
// written at build time from python3 (tools/gen_builtin_attributes.py).
#pragma once

#include <optional>
#include <string_view>

namespace ingot::rt {

// Whether `name` is in dir() of the builtin class named `type` ("int",
// "list", "NoneType", ...); nullopt for a class the table does not cover.
std::optional<bool> builtin_class_has_attribute(std::string_view type, std::string_view name);

}  // namespace ingot::rt
