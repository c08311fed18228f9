// The little control flow a flow-insensitive analysis still needs: whether a
// function body can end without `return`, which adds None to its result.
#pragma once

#include <span>

#include "ast/ast.h"

namespace ingot::types {

// Whether control can reach the end of `body`; true when unsure, which
// only costs a `| None` in the result type.
bool falls_through(std::span<ast::Stmt* const> body);

}  // namespace ingot::types
