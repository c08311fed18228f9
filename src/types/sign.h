// Whether a number can be negative, read from the source: what decides
// if `x ** y` with a float exponent may be complex (CPython's float_pow
// hands a negative base with a fractional exponent to complex). The
// answer is conservative: false unless every value the expression can
// have is provably >= 0 (or a NaN, which float_pow keeps real).
#pragma once

#include "ast/ast.h"
#include "sema/symbol_table.h"

namespace ingot::types {

// Literals, abs()/len()/math.sqrt()..., squares, and sums, products and
// quotients of such; a local variable of a function when every
// assignment to it is one (`d2 = dx * dx + dy * dy`, `total += w * w`).
bool never_negative(const ast::Expr* e, const sema::Scope& scope, const sema::SymbolTable& symbols);

// An exponent whose value is an integer (a literal `2`, `2.0`, `-3`):
// then float ** it is real.
bool integral_literal(const ast::Expr* e);

}  // namespace ingot::types
