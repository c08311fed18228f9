// Reading a class statement's body before analysis: which statement binds
// a name there decides what the class itself defines (a method the driver
// must not write over, whether the method that stands is abstract).
#pragma once

#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"

namespace ingot::ast {

// The last statement of the class body that binds `name`, a def or an
// assignment to it; null if the body binds it nowhere.
const Stmt* class_binding(const ClassDef* c, std::string_view name);

// The reads in a class body (a name loaded, an augmented assignment's
// target) where the class namespace may not hold the name yet, because
// some path to the read does not bind it first. CPython's LOAD_NAME then
// looks in the module's globals and the builtins: `show = show`. A read
// left out is one every path binds the name before. Reads in the scopes
// the body opens (function and lambda bodies, comprehensions past their
// first iterable, nested class bodies) are not the body's and are left
// out; names the body never binds are in, for the caller to tell apart.
std::unordered_set<const Expr*> reads_before_binding(const ClassDef* c);
// The same for a module's body, whose LOAD_NAME looks in the globals (the
// body's own namespace), then the builtins: `TimeoutError = TimeoutError`.
std::unordered_set<const Expr*> reads_before_binding(std::span<Stmt* const> body);

// `@abstractmethod` or `@abc.abstractmethod`. It returns the method it
// marks, so a property, classmethod or staticmethod over it applies as if
// it were not there.
bool is_abstractmethod(const Expr* decorator);

// The decorators of `def` other than abstractmethod.
std::vector<const Expr*> decorators_past_abstract(const FunctionDef* def);

}  // namespace ingot::ast
