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

bool is_abstractmethod(const Expr* decorator) {
  if (auto* n = as<Name>(decorator)) return n->id == "abstractmethod";
  if (auto* a = as<Attribute>(decorator)) return a->attr == "abstractmethod";
  return false;
}

std::vector<const Expr*> decorators_past_abstract(const FunctionDef* def) {
  std::vector<const Expr*> out;
  for (const Expr* d : def->decorator_list)
    if (!is_abstractmethod(d)) out.push_back(d);
  return out;
}

}  // namespace ingot::ast
