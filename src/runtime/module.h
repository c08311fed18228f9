// A module as a value: what `import m` binds for a module of the program.
// Each is a static object of the generated program (codegen/imports.cpp);
// typed code reads and writes the module's globals directly, this object
// serves the dynamic paths (a boxed module, getattr with a computed name,
// dir(m)) and printing.
#pragma once

#include <string_view>

#include "runtime/dynamic_unbox.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/value.h"

namespace ingot::rt {

struct ModuleObject {
  Object header;
  std::string_view name;  // __name__
  std::string_view file;  // __file__
  // The module's bound globals, boxed, by name (false: none of that name),
  // and their names (sorted, as dir() gives them).
  bool (*get)(Str name, Value* out) = nullptr;
  List<Str> (*names)() = nullptr;
};
extern const TypeObject module_type;

inline Value box(const ModuleObject* m) { return Value::of_object(&m->header); }
template <>
struct Unbox<const ModuleObject*> {
  static const ModuleObject* from(Value v) {
    if (is_a(v, module_type)) [[likely]] return reinterpret_cast<const ModuleObject*>(v.object());
    detail::raise_unbox_error(v, "module");
  }
};

// `m.x` of a module that has no x: AttributeError, worded for a module
// whose body is still running (a circular import) when `initializing`.
[[noreturn, gnu::cold]] void raise_module_attribute(const ModuleObject& module, std::string_view name, bool initializing);
// `from m import x` of a module without x: ImportError.
[[noreturn, gnu::cold]] void raise_cannot_import(const ModuleObject& module, std::string_view name, bool initializing);

}  // namespace ingot::rt
