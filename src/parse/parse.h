// The front end's entry point: bytes of a .py file to a Module, or the
// SyntaxError CPython would raise for them.
#pragma once

#include <optional>
#include <string_view>

#include "ast/ast.h"
#include "base/arena.h"
#include "base/source.h"
#include "diagnostics/syntax_error.h"

namespace ingot {

struct ParseResult {
  ast::Module* module = nullptr;   // null iff error is set
  std::optional<SyntaxError> error;
};

// Parses decoded source text. The tree lives in `arena` and points into
// `source`, so both must outlive it.
ParseResult parse_module(const Source& source, Arena& arena);

}  // namespace ingot
