// `from __future__ import ...` at the top of a module (CPython's future.c).
#pragma once

#include <cstdint>

#include "ast/ast.h"

namespace ingot::sema {

struct FutureImports {
  uint32_t features = 0;  // FutureFeature bits (symbol_table.h)
  // The line of the last leading future import, -1 if none: a future import
  // on a later line is an error the compiler reports (context_checks.cpp).
  int last_line = -1;
};

// Reads the leading future imports; raises CPython's errors for an unknown
// feature, for `braces`, and for a future import later on the same line as
// an ordinary statement.
FutureImports parse_future_imports(const ast::Module& module);

}  // namespace ingot::sema
