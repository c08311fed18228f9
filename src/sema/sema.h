// Stage 1 of the compiler: scopes and name resolution for one module, with
// the compile-time errors CPython reports before generating code.
//
//   future imports (future.cpp) → pass 1, building scopes (scope_builder*.cpp)
//   → pass 2, resolving names (analysis.cpp) → placement checks
//   (context_checks.cpp)
//
// in CPython's order, so the first error reported is CPython's.
#pragma once

#include <memory>
#include <optional>

#include "ast/ast.h"
#include "diagnostics/syntax_error.h"
#include "sema/symbol_table.h"

namespace ingot::sema {

struct SemaResult {
  std::unique_ptr<SymbolTable> table;  // null iff error is set
  std::optional<SyntaxError> error;
  // The error is CPython's RecursionError (nesting too deep to compile),
  // not a SyntaxError.
  bool recursion_error = false;
};

SemaResult analyze_module(const ast::Module& module);

}  // namespace ingot::sema
