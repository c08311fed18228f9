// A scope: the module, a class body, a function, a lambda or a comprehension,
// as CPython's symtable entry (PySTEntryObject) describes it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "sema/symbol.h"

namespace ingot::sema {

// CPython has three block types (module, class, function); lambdas and the
// four comprehensions are function blocks there. Keeping them apart here
// saves later stages from re-deriving it from the node.
enum class ScopeKind : uint8_t {
  Module,
  Class,
  Function,  // def and async def
  Lambda,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  // Only with `from __future__ import annotations`: the names in an
  // annotation are recorded in a throwaway scope, never in the tree.
  Annotation,
};

// CPython's block type names: "module", "class", "function".
std::string_view block_type_name(ScopeKind kind);
bool is_comprehension(ScopeKind kind);
// A function block in CPython's sense: def, lambda or comprehension.
bool is_function_like(ScopeKind kind);

// A `global` or `nonlocal` statement's claim on a name (also the implicit
// claim a walrus in a comprehension makes): errors point at the first one.
struct Directive {
  std::string name;  // mangled
  ast::Loc loc;
};

struct Scope {
  ScopeId id = 0;
  ScopeKind kind = ScopeKind::Module;
  std::string name;               // "top", the def/class name, "lambda", "listcomp", ...
  const ast::Node* node = nullptr;  // the Module, FunctionDef, ClassDef, Lambda or comprehension
  ast::Loc loc;                   // of the node (the module's is all zeros)
  std::optional<ScopeId> parent;
  std::vector<ScopeId> children;  // in the order CPython creates them
  std::vector<SymbolId> symbols;  // in first-seen order
  std::unordered_map<std::string, SymbolId> by_name;
  std::vector<SymbolId> parameters;  // positional-only, positional, keyword-only, *args, **kwargs
  std::vector<Directive> directives;

  bool nested = false;         // inside a function (CO_NESTED)
  bool generator = false;      // yields, or is a generator expression (CO_GENERATOR)
  bool coroutine = false;      // async def, or awaits / async-for inside a comprehension
  bool has_yield = false;      // a yield or yield from in its own body
  bool returns_value = false;  // a `return EXPR`
  bool varargs = false;
  bool varkeywords = false;
  bool needs_class_closure = false;  // a class whose methods use `__class__` or super()
  bool has_free = false;             // uses a free variable (ste_free)
  bool child_free = false;           // a nested scope does (ste_child_free)

  bool is_async_generator() const { return generator && coroutine; }
};

}  // namespace ingot::sema
