// ast.dump(): the text CPython's ast.dump prints for a tree.
#pragma once

#include <string>

#include "ast/ast.h"

namespace ingot::ast {

std::string dump(const Node* node, bool include_attributes);

}  // namespace ingot::ast
