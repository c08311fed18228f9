// Reading literal values the compiler acts on before analysis (`__all__`,
// namedtuple field lists).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"

namespace ingot::ast {

// The strings of a list or tuple display of str constants, appended to
// `into`; nullopt for any other expression.
std::optional<std::vector<std::string>> string_items(const Expr* value, std::vector<std::string> into = {});

}  // namespace ingot::ast
