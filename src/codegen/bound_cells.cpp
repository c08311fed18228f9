// Free variables that need no "is it bound" check: a nested function's
// read of its definer's variable raises NameError ("free variable 'x'
// referenced before assignment") when the cell is empty, and the check sits
// on every read. nqueens' `place` reads six such variables per queen tried.
//
// The cell cannot be empty when the definer binds the variable on its way
// to the def, in straight-line code, and nothing ever unbinds it: then the
// function object, which alone can run the body, exists only after the
// cell got its value. That is: the def is a statement of the definer's own
// body (not inside an if, a loop or a try), the variable is a parameter or
// the target of an assignment statement before it at that level (or the
// def's own name, for a recursive function without decorators), and no
// `del x` (here or in a nested `nonlocal x`) or `except ... as x` (which
// unbinds x when the handler ends) names it anywhere in the definer.
#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

// Whether the assignment target binds `name` whenever the statement completes.
bool binds(const ast::Expr* target, std::string_view name) {
  if (auto* n = ast::as<ast::Name>(target)) return n->id == name;
  if (auto* starred = ast::as<ast::Starred>(target)) return binds(starred->value, name);
  const ast::Seq<ast::Expr*>* items = nullptr;
  if (auto* tuple = ast::as<ast::Tuple>(target)) items = &tuple->elts;
  if (auto* list = ast::as<ast::List>(target)) items = &list->elts;
  if (!items) return false;
  for (const ast::Expr* item : *items)
    if (binds(item, name)) return true;
  return false;
}

bool assigns(const ast::Stmt* s, std::string_view name) {
  if (auto* a = ast::as<ast::Assign>(s)) {
    for (const ast::Expr* target : a->targets)
      if (binds(target, name)) return true;
  }
  if (auto* a = ast::as<ast::AnnAssign>(s)) return a->value && binds(a->target, name);
  return false;
}

std::string_view outer_def_name(const ast::Stmt* s) {
  auto* def = ast::as<ast::FunctionDef>(s);
  return def ? def->name : std::string_view();
}

bool unbinds_anywhere(const ast::Node* node, std::string_view name) {
  if (auto* n = ast::as<ast::Name>(node)) return n->ctx == ast::ExprContext::Del && n->id == name;
  if (auto* h = ast::as<ast::ExceptHandler>(node); h && h->name == name) return true;
  bool found = false;
  ast::for_each_child(node, [&](const ast::Node* child) { found = found || unbinds_anywhere(child, name); });
  return found;
}

}  // namespace

bool Emitter::bound_before_definition(const sema::Symbol& free) {
  auto key = std::make_pair(current_->scope_id, free.name);
  if (auto it = bound_cells_.find(key); it != bound_cells_.end()) return it->second;
  bool& bound = bound_cells_[key];
  const sema::Scope& scope = symbols_->scope(current_->scope_id);
  if (scope.kind != sema::ScopeKind::Function || !scope.parent) return bound = false;
  const sema::Scope& definer = symbols_->scope(*scope.parent);
  auto* outer = ast::as<ast::FunctionDef>(definer.node);
  const sema::Symbol* owner = symbols_->lookup(definer, free.name);
  if (definer.kind != sema::ScopeKind::Function || !outer || !owner || !owner->is_cell()) return bound = false;
  bool assigned = owner->is_parameter();
  for (const ast::Stmt* s : outer->body) {
    if (s == scope.node) {
      // The def binds its own name before anything can call the function,
      // unless a decorator gets it first.
      bound = assigned || (outer_def_name(s) == free.name && static_cast<const ast::FunctionDef*>(s)->decorator_list.empty());
      break;
    }
    assigned = assigned || assigns(s, free.name);
  }
  if (bound)
    for (const ast::Stmt* s : outer->body) bound = bound && !unbinds_anywhere(s, free.name);
  return bound;
}

}  // namespace ingot::codegen
