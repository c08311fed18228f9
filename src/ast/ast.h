// The abstract syntax tree, shaped exactly like CPython 3.11's `ast` module so
// that `ingot ast` can be compared with `ast.dump` character for character.
//
// Nodes live in an Arena and are never freed one by one; they hold only
// pointers, spans and string views into the arena, so they are trivially
// destructible. The node list itself is in nodes.def.
#pragma once

#include <cstdint>
#include <string_view>
#include <type_traits>

#include "base/arena.h"

namespace ingot::ast {

// Source position as CPython reports it: 1-based lines, 0-based columns
// counted in UTF-8 bytes.
struct Loc {
  int32_t lineno = 0;
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

// An identifier, NFKC-normalised, in the arena. Optional identifiers use a
// null view for None.
using Identifier = std::string_view;

// A list of children, in the arena.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](uint32_t i) const { return items[i]; }
};

enum class Operator : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class BoolOperator : uint8_t { And, Or };
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

// The value of a Constant (or MatchSingleton).
struct Value {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: decimal digits (arbitrary size). Str: UTF-8, with lone surrogates
  // encoded as their 3-byte sequences. Bytes: the raw bytes.
  std::string_view text;
  // Float: the value. Complex: the imaginary part (literals have no real part).
  double number = 0;
};

enum class Kind : uint8_t {
#define AST_NODE(N, B, L) N,
#define AST_FIELD(T, C, F)
#define AST_END(N)
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
};

struct Node {
  Kind kind;
  Loc loc;
};

// The categories of the ASDL sums. A node whose category has one member
// (comprehension, arguments, ...) derives from Node directly.
struct Mod : Node {};
struct Stmt : Node {};
struct Expr : Node {};
struct Pattern : Node {};

#define AST_FORWARD(N, B, L) struct N;
#define AST_NODE AST_FORWARD
#define AST_FIELD(T, C, F)
#define AST_END(N)
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
#undef AST_FORWARD

// How a field of type T and cardinality C is stored.
enum class Card { one, opt, seq };
using Int = int32_t;
// Fields hold these by value and every other (node) type by pointer; node
// types are still incomplete here, so the test lists the value types.
template <class T>
inline constexpr bool is_value_field =
    std::is_same_v<T, Identifier> || std::is_same_v<T, Int> || std::is_same_v<T, Value> || std::is_enum_v<T>;
template <class T, Card C>
struct FieldStorage {
  using Elem = std::conditional_t<is_value_field<T>, T, T*>;
  using type = std::conditional_t<C == Card::seq, Seq<Elem>, Elem>;
};

#define AST_BASE_Mod Mod
#define AST_BASE_Stmt Stmt
#define AST_BASE_Expr Expr
#define AST_BASE_Pattern Pattern
#define AST_BASE_Comprehension Node
#define AST_BASE_ExceptHandler Node
#define AST_BASE_Arguments Node
#define AST_BASE_Arg Node
#define AST_BASE_Keyword Node
#define AST_BASE_Alias Node
#define AST_BASE_WithItem Node
#define AST_BASE_MatchCase Node
#define AST_BASE_TypeIgnore Node

#define AST_NODE(N, B, L)                 \
  struct N : AST_BASE_##B {               \
    static constexpr Kind kKind = Kind::N; \
    static constexpr bool kLocated = L;
#define AST_FIELD(T, C, F) typename FieldStorage<T, Card::C>::type F{};
#define AST_END(N) \
  }                \
  ;
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END

// Allocates a node of type N in the arena with its kind and location set.
template <class N>
N* make(Arena& arena, Loc loc = {}) {
  N* n = arena.make<N>();
  n->kind = N::kKind;
  n->loc = loc;
  return n;
}

// Checked downcast: nullptr unless `node` is an N.
template <class N>
N* as(Node* node) {
  return node && node->kind == N::kKind ? static_cast<N*>(node) : nullptr;
}
template <class N>
const N* as(const Node* node) {
  return node && node->kind == N::kKind ? static_cast<const N*>(node) : nullptr;
}

// The class name ast.dump prints for a kind ("Expr" for ExprStmt).
std::string_view kind_name(Kind kind);

}  // namespace ingot::ast
