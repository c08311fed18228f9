#include "types/sign.h"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "ast/children.h"

namespace ingot::types {
namespace {

bool same_name(const ast::Expr* a, const ast::Expr* b) {
  auto* x = ast::as<ast::Name>(a);
  auto* y = ast::as<ast::Name>(b);
  return x && y && x->id == y->id;
}

bool even_literal(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  if (!c) return false;
  if (c->value.kind == ast::Value::Kind::Float) return std::fmod(c->value.number, 2.0) == 0.0;
  if (c->value.kind != ast::Value::Kind::Int) return false;
  char last = c->value.text.back();
  bool decimal = c->value.text.size() < 2 || c->value.text[1] < 'A';  // not 0x.., 0o.., 0b..
  return decimal && (last - '0') % 2 == 0;
}

struct SignAnalysis {
  const sema::Scope& scope;
  const sema::SymbolTable& symbols;
  // Names being proved: assumed non-negative meanwhile, so that
  // `total += x * x` holds when `total = 0.0` does (by induction over the
  // assignments that run).
  std::unordered_set<std::string_view> assumed;

  bool builtin(std::string_view name) const {
    const sema::Symbol* local = symbols.lookup(scope, name);
    const sema::Symbol* global = symbols.lookup(symbols.module(), name);
    return (!local || !(local->flags & sema::kDefBound)) && (!global || !(global->flags & sema::kDefBound));
  }

  bool call(const ast::Call* c) {
    for (const ast::Expr* a : c->args)
      if (a->kind == ast::Kind::Starred) return false;
    if (auto* f = ast::as<ast::Name>(c->func); f && builtin(f->id)) {
      if (f->id == "abs" || f->id == "len") return true;
      if (f->id == "max") {  // of numbers: at least the largest argument
        for (const ast::Expr* a : c->args)
          if (expression(a)) return true;
      }
      if (f->id == "min" && !c->args.empty()) {
        for (const ast::Expr* a : c->args)
          if (!expression(a)) return false;
        return true;
      }
      return false;
    }
    auto* method = ast::as<ast::Attribute>(c->func);
    auto* module = method ? ast::as<ast::Name>(method->value) : nullptr;
    if (!module || module->id != "math") return false;
    static constexpr std::string_view kNonNegative[] = {"sqrt", "exp", "exp2", "fabs", "hypot", "cosh", "dist",
                                                        "factorial", "isqrt", "comb", "perm"};
    for (std::string_view name : kNonNegative)
      if (method->attr == name) return true;
    return false;
  }

  bool expression(const ast::Expr* e) {
    switch (e->kind) {
      case ast::Kind::Constant: {
        auto kind = static_cast<const ast::Constant*>(e)->value.kind;
        return kind == ast::Value::Kind::Int || kind == ast::Value::Kind::Float || kind == ast::Value::Kind::True ||
               kind == ast::Value::Kind::False;
      }
      case ast::Kind::Name: return name(static_cast<const ast::Name*>(e)->id);
      case ast::Kind::Compare: return true;  // a bool
      case ast::Kind::NamedExpr: return expression(static_cast<const ast::NamedExpr*>(e)->value);
      case ast::Kind::Call: return call(static_cast<const ast::Call*>(e));
      case ast::Kind::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        return expression(i->body) && expression(i->orelse);
      }
      case ast::Kind::BoolOp:
        for (const ast::Expr* v : static_cast<const ast::BoolOp*>(e)->values)
          if (!expression(v)) return false;
        return true;
      case ast::Kind::UnaryOp: {
        auto* u = static_cast<const ast::UnaryOp*>(e);
        return (u->op == ast::UnaryOperator::UAdd && expression(u->operand)) || u->op == ast::UnaryOperator::Not;
      }
      case ast::Kind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        switch (b->op) {
          case ast::Operator::Mult:
            if (same_name(b->left, b->right)) return true;  // a square
            [[fallthrough]];
          case ast::Operator::Add:
          case ast::Operator::Div:
          case ast::Operator::FloorDiv: return expression(b->left) && expression(b->right);
          case ast::Operator::Pow: return even_literal(b->right) || expression(b->left);
          case ast::Operator::Mod: return expression(b->right);  // the sign of the divisor
          default: return false;
        }
      }
      default: return false;
    }
  }

  // A function's own variable, every assignment of which is non-negative.
  bool name(std::string_view id) {
    if (assumed.count(id)) return true;
    const sema::Symbol* symbol = symbols.lookup(scope, id);
    auto* function = ast::as<ast::FunctionDef>(scope.node);
    if (!symbol || !function || !symbol->is_local() || symbol->is_cell() || symbol->is_parameter() ||
        symbol->is_imported())
      return false;
    assumed.insert(id);
    bool ok = true;
    for (const ast::Stmt* s : function->body) ok = ok && assignments(s, id);
    assumed.erase(id);
    return ok;
  }

  // Whether every binding of `id` under `node` (outside nested scopes) is
  // a non-negative value.
  bool assignments(const ast::Node* node, std::string_view id) {
    auto is_target = [&](const ast::Expr* t) {
      auto* n = ast::as<ast::Name>(t);
      return n && n->id == id;
    };
    switch (node->kind) {
      case ast::Kind::FunctionDef: return static_cast<const ast::FunctionDef*>(node)->name != id;
      case ast::Kind::AsyncFunctionDef: return static_cast<const ast::AsyncFunctionDef*>(node)->name != id;
      case ast::Kind::ClassDef: return static_cast<const ast::ClassDef*>(node)->name != id;
      case ast::Kind::Lambda: return true;
      case ast::Kind::Assign: {
        auto* a = static_cast<const ast::Assign*>(node);
        for (const ast::Expr* t : a->targets)
          if (is_target(t) ? !expression(a->value) : !assignments(t, id)) return false;
        return assignments(a->value, id);
      }
      case ast::Kind::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(node);
        if (!is_target(a->target)) break;
        switch (a->op) {
          case ast::Operator::Add:
          case ast::Operator::Mult:
          case ast::Operator::Div:
          case ast::Operator::FloorDiv:
          case ast::Operator::Mod: return expression(a->value) && assignments(a->value, id);
          case ast::Operator::Pow: return assignments(a->value, id);
          default: return false;
        }
      }
      case ast::Kind::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(node);
        if (!is_target(a->target)) break;
        return !a->value || (expression(a->value) && assignments(a->value, id));
      }
      case ast::Kind::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(node);
        if (is_target(n->target)) return expression(n->value) && assignments(n->value, id);
        break;
      }
      case ast::Kind::Name: {
        auto* n = static_cast<const ast::Name*>(node);
        return n->id != id || n->ctx == ast::ExprContext::Load;  // any other binding: unknown
      }
      case ast::Kind::ExceptHandler: {
        if (static_cast<const ast::ExceptHandler*>(node)->name == id) return false;
        break;
      }
      case ast::Kind::MatchAs: {
        if (static_cast<const ast::MatchAs*>(node)->name == id) return false;
        break;
      }
      case ast::Kind::MatchStar: {
        if (static_cast<const ast::MatchStar*>(node)->name == id) return false;
        break;
      }
      case ast::Kind::MatchMapping: {
        if (static_cast<const ast::MatchMapping*>(node)->rest == id) return false;
        break;
      }
      default: break;
    }
    bool ok = true;
    ast::for_each_child(node, [&](const auto* child) {
      if constexpr (std::is_base_of_v<ast::Node, std::remove_cv_t<std::remove_pointer_t<decltype(child)>>>)
        ok = ok && assignments(child, id);
    });
    return ok;
  }
};

}  // namespace

bool never_negative(const ast::Expr* e, const sema::Scope& scope, const sema::SymbolTable& symbols) {
  return SignAnalysis{scope, symbols, {}}.expression(e);
}

bool integral_literal(const ast::Expr* e) {
  if (auto* u = ast::as<ast::UnaryOp>(e); u && (u->op == ast::UnaryOperator::USub || u->op == ast::UnaryOperator::UAdd))
    e = u->operand;
  auto* c = ast::as<ast::Constant>(e);
  if (!c) return false;
  return c->value.kind == ast::Value::Kind::Int ||
         (c->value.kind == ast::Value::Kind::Float && std::isfinite(c->value.number) &&
          c->value.number == std::floor(c->value.number));
}

}  // namespace ingot::types
