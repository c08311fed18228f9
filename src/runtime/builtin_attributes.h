// The attribute names of the builtin classes' instances, as CPython's
// dir() lists them: hasattr() on a builtin value (dynamic_access.cpp) asks
// here for the names the runtime has no attribute object for
// (`hasattr([], "__len__")`, `hasattr(1, "__doc__")`), and the compiler
// for the methods a class offers (`str.upper(s)`, `key=str.lower`:
// types/builtins.cpp). The definitions are written at build time from
// python3 (tools/gen_builtin_attributes.py).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ingot::rt {

// What the class's __dict__ entry (its own or a base's) is: a method its
// instances bind (method and slot wrapper descriptors), a class method
// (dict.fromkeys), a static method (str.maketrans), or anything else
// (data descriptors, __doc__, `__hash__ = None`).
enum class BuiltinAttributeKind : uint8_t { Method, ClassMethod, StaticMethod, Other };
struct BuiltinAttribute {
  std::string_view name;
  BuiltinAttributeKind kind;
};

// The attributes of the builtin class named `type`, sorted by name;
// nullopt for a class the table does not cover.
std::optional<std::span<const BuiltinAttribute>> builtin_class_attributes(std::string_view type);
// The kind of `type.name`; nullopt where dir(type) lacks the name or the
// table does not cover the class.
std::optional<BuiltinAttributeKind> builtin_class_attribute_kind(std::string_view type, std::string_view name);

// Whether `name` is in dir() of the builtin class named `type` ("int",
// "list", "NoneType", ...); nullopt for a class the table does not cover.
std::optional<bool> builtin_class_has_attribute(std::string_view type, std::string_view name);

}  // namespace ingot::rt
