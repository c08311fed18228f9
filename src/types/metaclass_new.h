// What a metaclass's __new__ does with its arguments (docs/metaclasses.md),
// read from its def: the static class follows `Meta.__new__(mcls, name,
// bases, ns)` where it makes the class with `super().__new__(mcls, name,
// bases, ns)` (or type.__new__) from its own arguments, and changes the
// namespace only under names written in the program. The analysis makes
// those names class attributes; code generation refuses the rest by name.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "types/program_types.h"

namespace ingot::types {

struct MetaclassNew {
  // The names the def may store into or delete from the namespace.
  std::vector<std::string> keys;
  // The first thing the static class cannot follow, and why; null if none.
  const ast::Node* refused = nullptr;
  std::string why;
};

MetaclassNew read_metaclass_new(const ast::FunctionDef* def);

// The __new__ defs along metaclass `meta`'s MRO, most derived first: each
// may change the namespace before the last makes the class.
std::vector<const ast::FunctionDef*> metaclass_news(const ProgramTypes& program, ClassId meta);
// The names any of them may store into or delete from the namespace.
std::vector<std::string> namespace_keys(const ProgramTypes& program, ClassId meta);

// `super().__new__(...)`, `super(M, mcls).__new__(...)` or `type.__new__(...)`.
bool is_type_new_call(const ast::Expr* e);

}  // namespace ingot::types
