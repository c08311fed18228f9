#include "ast/dump.h"

#include "ast/repr.h"

namespace ingot::ast {
namespace {

constexpr std::string_view kOperatorNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                               "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
constexpr std::string_view kBoolOperatorNames[] = {"And", "Or"};
constexpr std::string_view kUnaryOperatorNames[] = {"Invert", "Not", "UAdd", "USub"};
constexpr std::string_view kCmpOperatorNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
constexpr std::string_view kContextNames[] = {"Load", "Store", "Del"};

// Follows Lib/ast.py's dump(): fields in ASDL order as `name=value`, optional
// fields that are None left out, lists always shown, then the location
// attributes of located nodes.
class Dumper {
 public:
  explicit Dumper(bool include_attributes) : include_attributes_(include_attributes) {}

  std::string take() { return std::move(out_); }

  void node(const Node* n) {
    if (!n) {
      out_ += "None";
      return;
    }
    out_ += kind_name(n->kind);
    out_ += '(';
    first_ = true;
    switch (n->kind) {
#define AST_NODE(N, B, L)                       \
  case Kind::N: {                               \
    [[maybe_unused]] auto* x = static_cast<const N*>(n);
#define AST_FIELD(T, C, F) field(#F, x->F, Card::C);
#define AST_END(N) \
  break;           \
  }
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
    }
    if (include_attributes_ && located(n->kind)) {
      attribute("lineno", n->loc.lineno);
      attribute("col_offset", n->loc.col_offset);
      attribute("end_lineno", n->loc.end_lineno);
      attribute("end_col_offset", n->loc.end_col_offset);
    }
    out_ += ')';
  }

 private:
  static bool located(Kind kind) {
    switch (kind) {
#define AST_NODE(N, B, L) \
  case Kind::N:           \
    return L;
#define AST_FIELD(T, C, F)
#define AST_END(N)
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
    }
    return false;
  }

  template <class V>
  void field(std::string_view name, const V& value, Card card) {
    if (card == Card::opt && is_none(value)) return;
    separator();
    if (name.ends_with('_')) name.remove_suffix(1);
    out_ += name;
    out_ += '=';
    // `first_` belongs to the enclosing node; nested nodes reset it.
    bool saved = first_;
    write(value);
    first_ = saved;
  }

  void attribute(std::string_view name, int32_t value) {
    separator();
    out_ += name;
    out_ += '=';
    out_ += std::to_string(value);
  }

  void separator() {
    if (!first_) out_ += ", ";
    first_ = false;
  }

  template <class T>
  static bool is_none(T* p) { return p == nullptr; }
  static bool is_none(Identifier id) { return id.data() == nullptr; }
  template <class T>
  static bool is_none(const T&) { return false; }

  template <class T>
  void write(T* n) { node(n); }
  template <class T>
  void write(const Seq<T>& items) {
    out_ += '[';
    for (uint32_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      write(items[i]);
    }
    out_ += ']';
  }
  void write(Identifier id) {
    if (id.data() == nullptr) {
      out_ += "None";
      return;
    }
    out_ += '\'';
    out_ += id;  // identifiers need no escaping
    out_ += '\'';
  }
  void write(Int v) { out_ += std::to_string(v); }
  void write(const Value& v) { out_ += repr(v); }
  void write(Operator op) { singleton(kOperatorNames[int(op)]); }
  void write(BoolOperator op) { singleton(kBoolOperatorNames[int(op)]); }
  void write(UnaryOperator op) { singleton(kUnaryOperatorNames[int(op)]); }
  void write(CmpOperator op) { singleton(kCmpOperatorNames[int(op)]); }
  void write(ExprContext ctx) { singleton(kContextNames[int(ctx)]); }
  void singleton(std::string_view name) {
    out_ += name;
    out_ += "()";
  }

  bool include_attributes_;
  bool first_ = true;
  std::string out_;
};

}  // namespace

std::string_view kind_name(Kind kind) {
  // Where CPython's name cannot be the C++ one: the expression statement is
  // "Expr", a name C++ needs for the expression category, and the ASDL
  // product types are lowercase.
  switch (kind) {
    case Kind::ExprStmt: return "Expr";
    case Kind::Comprehension: return "comprehension";
    case Kind::Arguments: return "arguments";
    case Kind::Arg: return "arg";
    case Kind::Keyword: return "keyword";
    case Kind::Alias: return "alias";
    case Kind::WithItem: return "withitem";
    case Kind::MatchCase: return "match_case";
    default: break;
  }
  switch (kind) {
#define AST_NODE(N, B, L) \
  case Kind::N:           \
    return #N;
#define AST_FIELD(T, C, F)
#define AST_END(N)
#include "ast/nodes.def"
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
  }
  return "?";
}

std::string dump(const Node* node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(node);
  return d.take();
}

}  // namespace ingot::ast
