#include "sema/symbol_table.h"

#include "sema/mangle.h"

namespace ingot::sema {

std::string_view resolution_name(Resolution r) {
  switch (r) {
    case Resolution::Unresolved: return "UNRESOLVED";
    case Resolution::Local: return "LOCAL";
    case Resolution::GlobalExplicit: return "GLOBAL_EXPLICIT";
    case Resolution::GlobalImplicit: return "GLOBAL_IMPLICIT";
    case Resolution::Free: return "FREE";
    case Resolution::Cell: return "CELL";
  }
  return "UNRESOLVED";
}

std::string_view block_type_name(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Module: return "module";
    case ScopeKind::Class: return "class";
    case ScopeKind::Annotation: return "annotation";
    default: return "function";
  }
}

bool is_comprehension(ScopeKind kind) {
  return kind == ScopeKind::ListComp || kind == ScopeKind::SetComp || kind == ScopeKind::DictComp ||
         kind == ScopeKind::GeneratorExp;
}

bool is_function_like(ScopeKind kind) {
  return kind == ScopeKind::Function || kind == ScopeKind::Lambda || is_comprehension(kind);
}

const Scope* SymbolTable::scope_of(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : &scopes_[it->second];
}

const Symbol* SymbolTable::lookup(const Scope& scope, std::string_view name) const {
  auto it = scope.by_name.find(mangle_in(*this, scope, name));
  return it == scope.by_name.end() ? nullptr : &symbols_[it->second];
}

std::vector<const Symbol*> SymbolTable::symbols_of(const Scope& scope) const {
  std::vector<const Symbol*> out;
  out.reserve(scope.symbols.size());
  for (SymbolId id : scope.symbols) out.push_back(&symbols_[id]);
  return out;
}

std::vector<const Scope*> SymbolTable::namespaces(const Symbol& symbol) const {
  std::vector<const Scope*> out;
  for (ScopeId child : scopes_[symbol.scope].children)
    if (scopes_[child].name == symbol.name) out.push_back(&scopes_[child]);
  return out;
}

Scope& SymbolTable::add_scope(ScopeKind kind, std::string name, const ast::Node* node, ast::Loc loc) {
  Scope& scope = scopes_.emplace_back();
  scope.id = static_cast<ScopeId>(scopes_.size() - 1);
  scope.kind = kind;
  scope.name = std::move(name);
  scope.node = node;
  scope.loc = loc;
  // Annotation scopes share their key with the function they annotate and
  // are not part of the tree.
  if (kind != ScopeKind::Annotation) by_node_.emplace(node, scope.id);
  return scope;
}

Symbol& SymbolTable::add_symbol(Scope& scope, std::string name) {
  Symbol& symbol = symbols_.emplace_back();
  symbol.id = static_cast<SymbolId>(symbols_.size() - 1);
  symbol.scope = scope.id;
  symbol.name = std::move(name);
  scope.symbols.push_back(symbol.id);
  scope.by_name.emplace(symbol.name, symbol.id);
  return symbol;
}

Symbol* SymbolTable::find(Scope& scope, std::string_view name) {
  auto it = scope.by_name.find(mangle_in(*this, scope, name));
  return it == scope.by_name.end() ? nullptr : &symbols_[it->second];
}

}  // namespace ingot::sema
