#include "ast/class_body.h"

namespace ingot::ast {

const Stmt* class_binding(const ClassDef* c, std::string_view name) {
  const Stmt* last = nullptr;
  for (const Stmt* s : c->body) {
    if (auto* def = as<FunctionDef>(s); def && def->name == name) last = s;
    if (auto* assign = as<Assign>(s))
      for (const Expr* target : assign->targets)
        if (auto* n = as<Name>(target); n && n->id == name) last = s;
  }
  return last;
}

}  // namespace ingot::ast
