// The result of stage 1: every scope of a module and every name in them.
//
// Scopes and symbols are numbered in the order the walk creates them, which
// only depends on the source, so ids are stable across runs and can key the
// next stage's tables. A scope is also found from the AST node that opens it.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "sema/scope.h"
#include "sema/symbol.h"

namespace ingot::sema {

// One imported name: `import a.b as c` gives module "a.b", bound "c";
// `from ..m import x as y` gives level 2, module "m", name "x", bound "y".
struct Import {
  ScopeId scope = 0;
  const ast::Stmt* node = nullptr;  // the Import or ImportFrom
  int level = 0;                    // leading dots of a relative import
  std::string module;               // empty for `from . import x`
  std::string name;                 // the imported name for `from`; "*" for a star import
  std::string bound;                // the name bound in the scope (empty for *)
  bool from = false;
};

// `from __future__ import ...` features that change how a module compiles.
enum FutureFeature : uint32_t {
  kFutureAnnotations = 1 << 0,
  kFutureBarryAsBdfl = 1 << 1,
};

class SymbolTable {
 public:
  const Scope& module() const { return scopes_[kModuleScope]; }
  const Scope& scope(ScopeId id) const { return scopes_[id]; }
  const Symbol& symbol(SymbolId id) const { return symbols_[id]; }
  std::span<const Scope> scopes() const { return scopes_; }
  std::span<const Symbol> symbols() const { return symbols_; }
  std::span<const Import> imports() const { return imports_; }
  uint32_t future_features() const { return future_features_; }

  // The scope a Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda or
  // comprehension node opens; null for any other node.
  const Scope* scope_of(const ast::Node* node) const;
  // `name` as written in `scope` (mangled there if private), or null.
  const Symbol* lookup(const Scope& scope, std::string_view name) const;
  // The symbols of `scope` in first-seen order.
  std::vector<const Symbol*> symbols_of(const Scope& scope) const;
  // The scopes nested directly in the symbol's scope under the symbol's
  // name (what `def f` or `class C` binds; symtable's get_namespaces).
  std::vector<const Scope*> namespaces(const Symbol& symbol) const;

 private:
  friend class ScopeBuilder;
  friend class Analysis;

  Scope& add_scope(ScopeKind kind, std::string name, const ast::Node* node, ast::Loc loc);
  Symbol& add_symbol(Scope& scope, std::string name);
  Symbol* find(Scope& scope, std::string_view name);

  std::vector<Scope> scopes_;
  std::vector<Symbol> symbols_;
  std::vector<Import> imports_;
  std::unordered_map<const ast::Node*, ScopeId> by_node_;
  uint32_t future_features_ = 0;
};

}  // namespace ingot::sema
