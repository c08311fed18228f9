#include "types/control_flow.h"

#include <algorithm>

namespace ingot::types {
namespace {

bool is_true_constant(const ast::Expr* e) {
  auto* c = ast::as<ast::Constant>(e);
  return c && (c->value.kind == ast::Value::Kind::True ||
               (c->value.kind == ast::Value::Kind::Int && c->value.text != "0"));
}

// A `break` that leaves this loop (not one of a nested loop).
bool breaks_out(std::span<ast::Stmt* const> body) {
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case ast::Kind::Break: return true;
      case ast::Kind::If: {
        auto* n = static_cast<const ast::If*>(s);
        if (breaks_out(n->body) || breaks_out(n->orelse)) return true;
        break;
      }
      case ast::Kind::With: {
        if (breaks_out(static_cast<const ast::With*>(s)->body)) return true;
        break;
      }
      case ast::Kind::Try: {
        auto* n = static_cast<const ast::Try*>(s);
        if (breaks_out(n->body) || breaks_out(n->orelse) || breaks_out(n->finalbody)) return true;
        for (const ast::ExceptHandler* h : n->handlers)
          if (breaks_out(h->body)) return true;
        break;
      }
      case ast::Kind::Match: {
        for (const ast::MatchCase* c : static_cast<const ast::Match*>(s)->cases)
          if (breaks_out(c->body)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

}  // namespace

bool falls_through(std::span<ast::Stmt* const> body) {
  if (body.empty()) return true;
  const ast::Stmt* last = body.back();
  switch (last->kind) {
    case ast::Kind::Return:
    case ast::Kind::Raise:
      return false;
    case ast::Kind::If: {
      auto* n = static_cast<const ast::If*>(last);
      return falls_through(n->body) || falls_through(n->orelse);
    }
    case ast::Kind::While: {
      auto* n = static_cast<const ast::While*>(last);
      return !is_true_constant(n->test) || breaks_out(n->body);
    }
    case ast::Kind::With:
      return falls_through(static_cast<const ast::With*>(last)->body);
    case ast::Kind::Try: {
      auto* n = static_cast<const ast::Try*>(last);
      if (!n->finalbody.empty() && !falls_through(n->finalbody)) return false;
      bool main = falls_through(n->body) && falls_through(n->orelse);
      return main || std::any_of(n->handlers.begin(), n->handlers.end(),
                                 [](const ast::ExceptHandler* h) { return falls_through(h->body); });
    }
    default:
      return true;
  }
}

}  // namespace ingot::types
