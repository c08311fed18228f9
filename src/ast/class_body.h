// Reading a class statement's body before analysis: which statement binds
// a name there decides what the class itself defines (a method the driver
// must not write over, whether the method that stands is abstract).
#pragma once

#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace ingot::ast {

// The last statement of the class body that binds `name`, a def or an
// assignment to it; null if the body binds it nowhere.
const Stmt* class_binding(const ClassDef* c, std::string_view name);

// `@abstractmethod` or `@abc.abstractmethod`. It returns the method it
// marks, so a property, classmethod or staticmethod over it applies as if
// it were not there.
bool is_abstractmethod(const Expr* decorator);

// The decorators of `def` other than abstractmethod.
std::vector<const Expr*> decorators_past_abstract(const FunctionDef* def);

}  // namespace ingot::ast
