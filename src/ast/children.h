// Walking a node's children without naming its fields: the generic part of
// every tree walk, so a pass spells out only the nodes it treats specially.
#pragma once

#include "ast/ast.h"

namespace ingot::ast {
namespace detail {

template <class T, Card C, class Field, class Visit>
void visit_field(const Field& field, Visit& visit) {
  if constexpr (is_value_field<T>) {
    return;
  } else if constexpr (C == Card::seq) {
    for (const auto* child : field)
      if (child) visit(child);  // a Dict's key is null for `**mapping`
  } else if (field) {
    visit(field);
  }
}

}  // namespace detail

// Calls visit(child) for each node directly below `node`, in the order of
// its fields (CPython's ASDL order); absent optional children are skipped.
template <class Visit>
void for_each_child(const Node* node, Visit&& visit) {
  switch (node->kind) {
#define AST_NODE(N, B, L)                             \
  case Kind::N: {                                     \
    [[maybe_unused]] auto& n = *static_cast<const N*>(node);
#define AST_FIELD(T, C, F) detail::visit_field<T, Card::C>(n.F, visit);
#define AST_END(N) \
  return;          \
  }
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
  }
}

}  // namespace ingot::ast
