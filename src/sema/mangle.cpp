#include "sema/mangle.h"

#include "sema/symbol_table.h"

namespace ingot::sema {

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || !name.starts_with("__")) return std::string(name);
  if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
  size_t stripped = class_name.find_first_not_of('_');
  if (stripped == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += class_name.substr(stripped);
  out += name;
  return out;
}

std::string mangle_in(const SymbolTable& table, const Scope& scope, std::string_view name) {
  if (!name.starts_with("__")) return std::string(name);
  for (const Scope* s = &scope;; s = &table.scope(*s->parent)) {
    if (s->kind == ScopeKind::Class) return mangle(s->name, name);
    if (!s->parent) return std::string(name);
  }
}

}  // namespace ingot::sema
