#include "runtime/module.h"

#include "runtime/exception.h"
#include "runtime/instance.h"

namespace ingot::rt {
namespace {

const TypeObject* const module_mro[] = {&module_type, &object_type};

// "<module 'util' from '/path/util.py'>"; "<module 'sys' (built-in)>" for
// the runtime's modules, which have no file.
Str module_repr(const Object* object) {
  const auto* m = reinterpret_cast<const ModuleObject*>(object);
  if (m->file.empty()) return Str::from_utf8("<module '" + std::string(m->name) + "' (built-in)>");
  return Str::from_utf8("<module '" + std::string(m->name) + "' from '" + std::string(m->file) + "'>");
}

bool module_getattr(const Object* object, Str name, Value* out) {
  const auto* m = reinterpret_cast<const ModuleObject*>(object);
  if (name.view() == "__name__") {
    *out = Str::from_utf8(m->name);
    return true;
  }
  if (name.view() == "__file__") {
    *out = Str::from_utf8(m->file);
    return true;
  }
  return m->get && m->get(name, out);
}

}  // namespace

const TypeObject module_type{.name = "module", .module = "builtins", .mro = module_mro, .str = module_repr,
                             .repr = module_repr, .getattr = module_getattr};

void raise_module_attribute(const ModuleObject& module, std::string_view name, bool initializing) {
  std::string message = initializing ? "partially initialized module '" : "module '";
  message += std::string(module.name) + "' has no attribute '" + std::string(name) + "'";
  if (initializing) message += " (most likely due to a circular import)";
  raise(exc::AttributeError, message);
}

void raise_cannot_import(const ModuleObject& module, std::string_view name, bool initializing) {
  std::string message = "cannot import name '" + std::string(name) + "' from ";
  if (initializing) message += "partially initialized module ";
  message += "'" + std::string(module.name) + "' (";
  message += initializing ? "most likely due to a circular import) (" + std::string(module.file) + ")"
                          : std::string(module.file) + ")";
  raise(exc::ImportError, message);
}

}  // namespace ingot::rt
