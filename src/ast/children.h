// Walking a node's children without naming its fields: the generic part of
// every tree walk, so a pass spells out only the nodes it treats specially.
#pragma once

#include <type_traits>

#include "ast/ast.h"

namespace ingot::ast {
namespace detail {

// A child of type T as seen from a `Parent` node: const below a const node.
template <class Parent, class T>
using ChildPtr = std::conditional_t<std::is_const_v<Parent>, const T*, T*>;

template <class Parent, class T, Card C, class Field, class Visit>
void visit_field(Field& field, Visit& visit) {
  if constexpr (is_value_field<T>) {
    return;
  } else if constexpr (C == Card::seq) {
    for (ChildPtr<Parent, T> child : field)
      if (child) visit(child);  // a Dict's key is null for `**mapping`
  } else if (field) {
    visit(static_cast<ChildPtr<Parent, T>>(field));
  }
}

template <class Parent, class Visit>
void for_each_child(Parent* node, Visit& visit) {
  switch (node->kind) {
#define AST_NODE(N, B, L)                                                      \
  case Kind::N: {                                                              \
    using Own = std::conditional_t<std::is_const_v<Parent>, const N, N>;       \
    [[maybe_unused]] auto& n = *static_cast<Own*>(node);
#define AST_FIELD(T, C, F) detail::visit_field<Parent, T, Card::C>(n.F, visit);
#define AST_END(N) \
  return;          \
  }
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
  }
}

}  // namespace detail

// Calls visit(child) for each node directly below `node`, in the order of
// its fields (CPython's ASDL order); absent optional children are skipped.
template <class Visit>
void for_each_child(const Node* node, Visit&& visit) {
  detail::for_each_child(node, visit);
}

// The same below a node a pass may rewrite: the children come mutable.
template <class Visit>
void for_each_child(Node* node, Visit&& visit) {
  detail::for_each_child(node, visit);
}

}  // namespace ingot::ast
