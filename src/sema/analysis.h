// Pass 2 (CPython's symtable_analyze): decides for every name whether it is
// local, global (declared or implicit), free, or a cell, from the raw flags
// of pass 1 and the scopes around it.
//
// Each scope is analysed with the set of names bound in enclosing function
// scopes (`bound`) and the names declared global above it (`global`); it
// hands back the names it uses free. A name bound here and used free by a
// child becomes a cell. Class bodies are invisible to the functions inside
// them: their bindings never enter `bound`, except `__class__`, which a
// class provides to its methods (super() and `__class__` use it).
#pragma once

#include <set>
#include <string>
#include <unordered_set>

#include "sema/symbol_table.h"

namespace ingot::sema {

class Analysis {
 public:
  explicit Analysis(SymbolTable& table) : table_(table) {}
  // Raises CPython's analysis errors (nonlocal without a binding, nonlocal
  // at module level, a name both nonlocal and global).
  void run();

 private:
  using NameSet = std::unordered_set<std::string>;
  // Free names are iterated to create symbols, so they are kept sorted to
  // make symbol ids independent of hashing.
  using FreeSet = std::set<std::string>;

  void analyze_scope(ScopeId id, NameSet* bound, FreeSet& free, NameSet& global);
  void analyze_name(Scope& scope, Symbol& symbol, NameSet* bound, NameSet& local, FreeSet& free, NameSet& global);
  void make_cells(Scope& scope, FreeSet& free);
  void add_passed_through_free_names(ScopeId id, const NameSet* bound, const FreeSet& free);
  [[noreturn]] void raise_at_directive(const Scope& scope, const std::string& name, std::string message);

  SymbolTable& table_;
};

}  // namespace ingot::sema
