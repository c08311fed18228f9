#include "sema/analysis.h"

#include "sema/errors.h"

namespace ingot::sema {

void Analysis::run() {
  FreeSet free;
  NameSet global;
  analyze_scope(kModuleScope, nullptr, free, global);
}

// analyze_block. `bound` is null for the module.
void Analysis::analyze_scope(ScopeId id, NameSet* bound, FreeSet& free, NameSet& global) {
  NameSet local;
  NameSet child_global;
  NameSet child_bound;
  FreeSet child_free;
  const bool is_class = table_.scopes_[id].kind == ScopeKind::Class;

  // A class's own bindings stay out of what its children see, so their
  // view is fixed before its names are analysed.
  if (is_class) {
    child_global = global;
    if (bound) child_bound = *bound;
  }
  for (SymbolId s : std::vector<SymbolId>(table_.scopes_[id].symbols))
    analyze_name(table_.scopes_[id], table_.symbols_[s], bound, local, free, global);
  if (!is_class) {
    if (is_function_like(table_.scopes_[id].kind)) child_bound.insert(local.begin(), local.end());
    if (bound) child_bound.insert(bound->begin(), bound->end());
    child_global.insert(global.begin(), global.end());
  } else {
    child_bound.insert("__class__");
  }

  for (ScopeId child : std::vector<ScopeId>(table_.scopes_[id].children)) {
    // analyze_child_block: each child gets its own copies.
    NameSet bound_copy = child_bound;
    NameSet global_copy = child_global;
    FreeSet its_free;
    analyze_scope(child, &bound_copy, its_free, global_copy);
    child_free.insert(its_free.begin(), its_free.end());
    const Scope& c = table_.scopes_[child];
    if (c.has_free || c.child_free) table_.scopes_[id].child_free = true;
  }

  Scope& scope = table_.scopes_[id];
  if (is_function_like(scope.kind)) {
    make_cells(scope, child_free);
  } else if (is_class && child_free.erase("__class__")) {
    scope.needs_class_closure = true;
  }
  add_passed_through_free_names(id, bound, child_free);
  free.insert(child_free.begin(), child_free.end());
}

void Analysis::analyze_name(Scope& scope, Symbol& symbol, NameSet* bound, NameSet& local, FreeSet& free,
                            NameSet& global) {
  const std::string& name = symbol.name;
  if (symbol.flags & kDefGlobal) {
    if (symbol.flags & kDefNonlocal) raise_at_directive(scope, name, message::nonlocal_and_global(name));
    symbol.resolution = Resolution::GlobalExplicit;
    global.insert(name);
    if (bound) bound->erase(name);
    return;
  }
  if (symbol.flags & kDefNonlocal) {
    if (!bound) raise_at_directive(scope, name, std::string(message::kNonlocalAtModuleLevel));
    if (!bound->contains(name)) raise_at_directive(scope, name, message::no_binding_for_nonlocal(name));
    symbol.resolution = Resolution::Free;
    scope.has_free = true;
    free.insert(name);
    return;
  }
  if (symbol.flags & kDefBound) {
    symbol.resolution = Resolution::Local;
    local.insert(name);
    global.erase(name);
    return;
  }
  if (bound && bound->contains(name)) {
    symbol.resolution = Resolution::Free;
    scope.has_free = true;
    free.insert(name);
    return;
  }
  if (!global.contains(name) && scope.nested) scope.has_free = true;
  symbol.resolution = Resolution::GlobalImplicit;
}

// analyze_cells: a local that a child uses free is a cell, and is no longer
// free above this scope.
void Analysis::make_cells(Scope& scope, FreeSet& free) {
  for (SymbolId id : scope.symbols) {
    Symbol& symbol = table_.symbols_[id];
    if (symbol.resolution == Resolution::Local && free.erase(symbol.name)) symbol.resolution = Resolution::Cell;
  }
}

// The second half of update_symbols: a name free in a child and not bound
// here passes through this scope as a free name of its own (a class or
// function between a closure and its binding must carry the cell).
void Analysis::add_passed_through_free_names(ScopeId id, const NameSet* bound, const FreeSet& free) {
  bool is_class = table_.scopes_[id].kind == ScopeKind::Class;
  for (const std::string& name : free) {
    if (Symbol* symbol = table_.find(table_.scopes_[id], name)) {
      // A method uses free a name the class body also binds.
      if (is_class && (symbol->flags & (kDefBound | kDefGlobal))) symbol->flags |= kDefFreeClass;
      continue;
    }
    if (bound && !bound->contains(name)) continue;  // a global
    Symbol& symbol = table_.add_symbol(table_.scopes_[id], name);
    symbol.resolution = Resolution::Free;
  }
}

void Analysis::raise_at_directive(const Scope& scope, const std::string& name, std::string message) {
  for (const Directive& d : scope.directives)
    if (d.name == name) raise_at(std::move(message), d.loc);
  raise_at(std::move(message), scope.loc);
}

}  // namespace ingot::sema
