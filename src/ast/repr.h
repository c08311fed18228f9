// Python's repr() of a constant value, as ast.dump prints it: shortest
// round-trip floats, str/bytes with CPython's quoting and escapes.
#pragma once

#include <string>

#include "ast/ast.h"

namespace ingot::ast {

std::string repr(const Value& value);

}  // namespace ingot::ast
