// The SyntaxWarnings CPython's compiler writes to stderr before the main
// module runs: `x is ()` ("is" with a literal), `None()` (a literal called,
// "perhaps you missed a comma?"), `assert (x, 'message')`. Literals are
// judged after CPython's constant folding of tuples, signs and operators
// on constants.
#include "ast/children.h"
#include "codegen/emitter.h"

namespace ingot::codegen {
namespace {

using ast::Kind;

// Whether CPython's AST optimizer turns `e` into a constant.
bool folds_to_constant(const ast::Expr* e) {
  switch (e->kind) {
    case Kind::Constant: return true;
    case Kind::Tuple: {
      auto* t = static_cast<const ast::Tuple*>(e);
      for (const ast::Expr* item : t->elts)
        if (!folds_to_constant(item)) return false;
      return t->ctx == ast::ExprContext::Load;
    }
    case Kind::UnaryOp: return folds_to_constant(static_cast<const ast::UnaryOp*>(e)->operand);
    case Kind::BinOp: {
      // Sums, differences and products only: a division may raise and is
      // left alone, and the others have size limits.
      auto* b = static_cast<const ast::BinOp*>(e);
      return (b->op == ast::Operator::Add || b->op == ast::Operator::Sub || b->op == ast::Operator::Mult) &&
             folds_to_constant(b->left) && folds_to_constant(b->right);
    }
    default: return false;
  }
}

// CPython's check_is_arg: anything but a constant, or None, True, False, `...`.
bool is_arg_ok(const ast::Expr* e) {
  if (!folds_to_constant(e)) return true;
  if (auto* u = ast::as<ast::UnaryOp>(e); u && u->op == ast::UnaryOperator::Not) return true;  // folds to a bool
  auto* c = ast::as<ast::Constant>(e);
  if (!c) return false;
  using V = ast::Value::Kind;
  return c->value.kind == V::None || c->value.kind == V::True || c->value.kind == V::False || c->value.kind == V::Ellipsis;
}

// CPython's infer_type for the literals check_caller refuses; "" for others.
std::string literal_type(const ast::Expr* e) {
  if (folds_to_constant(e) && e->kind != Kind::Constant)
    return e->kind == Kind::Tuple ? "tuple" : "";  // a folded sign or sum: its type is not known here
  switch (e->kind) {
    case Kind::Constant:
      switch (static_cast<const ast::Constant*>(e)->value.kind) {
        case ast::Value::Kind::None: return "NoneType";
        case ast::Value::Kind::True:
        case ast::Value::Kind::False: return "bool";
        case ast::Value::Kind::Ellipsis: return "ellipsis";
        case ast::Value::Kind::Int: return "int";
        case ast::Value::Kind::Float: return "float";
        case ast::Value::Kind::Complex: return "complex";
        case ast::Value::Kind::Str: return "str";
        case ast::Value::Kind::Bytes: return "bytes";
      }
      return "";
    case Kind::Tuple: return "tuple";
    case Kind::List:
    case Kind::ListComp: return "list";
    case Kind::Dict:
    case Kind::DictComp: return "dict";
    case Kind::Set:
    case Kind::SetComp: return "set";
    case Kind::GeneratorExp: return "generator";
    case Kind::JoinedStr:
    case Kind::FormattedValue: return "str";
    default: return "";
  }
}

struct Warnings {
  const Source& source;
  std::string text;  // each warning, repeats too: the compiler passes the filter no registry

  void warn(const ast::Node* at, const std::string& message) {
    std::string_view line = source.line(at->loc.lineno);
    size_t first = line.find_first_not_of(" \t\f");
    line = first == std::string_view::npos ? std::string_view() : line.substr(first);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    text += source.filename() + ":" + std::to_string(at->loc.lineno) + ": SyntaxWarning: " + message + "\n  " +
            std::string(line) + "\n";
  }

  void visit(const ast::Node* node) {
    if (auto* c = ast::as<ast::Compare>(node)) {
      const ast::Expr* left = c->left;
      for (size_t i = 0; i < c->ops.size(); ++i) {
        const ast::Expr* right = c->comparators[i];
        bool is = c->ops[i] == ast::CmpOperator::Is, is_not = c->ops[i] == ast::CmpOperator::IsNot;
        if ((is || is_not) && (!is_arg_ok(left) || !is_arg_ok(right))) {
          warn(c, is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
          break;
        }
        left = right;
      }
    } else if (auto* call = ast::as<ast::Call>(node)) {
      if (std::string type = literal_type(call->func); !type.empty())
        warn(call, "'" + type + "' object is not callable; perhaps you missed a comma?");
    } else if (auto* a = ast::as<ast::Assert>(node)) {
      if (auto* t = ast::as<ast::Tuple>(a->test); t && !t->elts.empty())
        warn(a, "assertion is always true, perhaps remove parentheses?");
    }
    ast::for_each_child(node, [&](const ast::Node* child) { visit(child); });
  }
};

}  // namespace

std::string Emitter::syntax_warnings() const {
  const sema::ProgramModule& main = modules_.modules[sema::kMainModule];
  Warnings w{*main.source, ""};
  w.visit(main.tree);
  if (w.text.empty()) return "";
  return "  std::fputs(" + quoted(w.text) + ", stderr);\n";
}

}  // namespace ingot::codegen
