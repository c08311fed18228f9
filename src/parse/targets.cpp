// Assignment, for-loop, with-item and del targets. These are tried, and on
// failure the caller backtracks, so they return nullptr instead of failing
// where the grammar would move on to another alternative.
#include "parse/parser.h"

namespace ingot {
namespace {

void set_context(ast::Expr* e, ast::ExprContext ctx) {
  switch (e->kind) {
    case ast::Kind::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case ast::Kind::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case ast::Kind::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
    case ast::Kind::Starred: static_cast<ast::Starred*>(e)->ctx = ctx; break;
    case ast::Kind::List: static_cast<ast::List*>(e)->ctx = ctx; break;
    case ast::Kind::Tuple: static_cast<ast::Tuple*>(e)->ctx = ctx; break;
    default: break;
  }
}

}  // namespace

// star_targets: star_target !',' | star_target (',' star_target)* [',']
ast::Expr* Parser::star_targets() {
  size_t start = mark();
  ast::Expr* first = star_target();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) return first;
  Vec<ast::Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    size_t m = mark();
    ast::Expr* next = star_target();
    if (!next) {
      reset(m);
      break;
    }
    elts.push_back(next);
  }
  auto* t = node<ast::Tuple>(start);
  t->elts = seq(elts);
  t->ctx = ast::ExprContext::Store;
  return t;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom  (memoised:
// nested parentheses would otherwise be re-parsed once per alternative)
ast::Expr* Parser::star_target() {
  size_t start = mark();
  if (auto it = star_target_memo_.find(start); it != star_target_memo_.end()) {
    reset(it->second.second);
    return it->second.first;
  }
  ast::Expr* result = nullptr;
  if (accept(TokenKind::Star)) {
    if (!at(TokenKind::Star)) {
      if (ast::Expr* inner = star_target()) {
        set_context(inner, ast::ExprContext::Store);
        auto* s = node<ast::Starred>(start);
        s->value = inner;
        s->ctx = ast::ExprContext::Store;
        result = s;
      }
    }
  } else {
    result = target_with_star_atom();
  }
  if (!result) reset(start);
  star_target_memo_[start] = {result, mark()};
  return result;
}

// target_with_star_atom: t_primary '.' NAME !t_lookahead
//                      | t_primary '[' slices ']' !t_lookahead | star_atom
ast::Expr* Parser::target_with_star_atom() {
  if (ast::Expr* e = t_primary_target(ast::ExprContext::Store)) return e;
  return star_atom();
}

// An attribute or subscript target: an atom followed by trailers, the last
// of which is '.' NAME or '[' slices ']' and is not followed by another.
ast::Expr* Parser::t_primary_target(ast::ExprContext ctx) {
  size_t start = mark();
  if (!at_name() && !at(TokenKind::LPar) && !at(TokenKind::LSqb) && !at(TokenKind::LBrace) &&
      !at(TokenKind::String) && !at(TokenKind::Number) && !at(Keyword::kw_None) && !at(Keyword::kw_True) &&
      !at(Keyword::kw_False) && !at(TokenKind::Ellipsis))
    return nullptr;
  ast::Expr* base = atom();
  if (!at_t_lookahead()) {
    reset(start);
    return nullptr;
  }
  base = trailers(base, start, /*target_mode=*/true);
  if (at(TokenKind::Dot)) {
    advance();
    if (!at_name()) fail();
    auto* a = ast::make<ast::Attribute>(arena_);
    a->value = base;
    a->attr = identifier(advance());
    a->ctx = ctx;
    a->loc = span(start);
    if (!at_t_lookahead()) return a;
  } else if (at(TokenKind::LSqb)) {
    advance();
    auto* s = ast::make<ast::Subscript>(arena_);
    s->value = base;
    s->slice = slices();
    expect(TokenKind::RSqb);
    s->ctx = ctx;
    s->loc = span(start);
    if (!at_t_lookahead()) return s;
  }
  reset(start);
  return nullptr;
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
ast::Expr* Parser::star_atom() {
  size_t start = mark();
  if (at_name()) return name_expr(advance(), ast::ExprContext::Store);
  bool paren = at(TokenKind::LPar);
  if (!paren && !at(TokenKind::LSqb)) return nullptr;
  advance();
  TokenKind close = paren ? TokenKind::RPar : TokenKind::RSqb;
  if (paren) {
    size_t m = mark();
    if (ast::Expr* inner = target_with_star_atom(); inner && accept(TokenKind::RPar)) {
      set_context(inner, ast::ExprContext::Store);
      return inner;
    }
    reset(m);
  }
  Vec<ast::Expr*> elts;
  bool comma = false;
  while (!at(close)) {
    ast::Expr* e = star_target();
    if (!e) {
      reset(start);
      return nullptr;
    }
    elts.push_back(e);
    if (!accept(TokenKind::Comma)) break;
    comma = true;
  }
  // A parenthesised single target without a comma was handled above.
  if (!accept(close) || (paren && elts.size() == 1 && !comma)) {
    reset(start);
    return nullptr;
  }
  if (paren) {
    auto* t = node<ast::Tuple>(start);
    t->elts = seq(elts);
    t->ctx = ast::ExprContext::Store;
    return t;
  }
  auto* l = node<ast::List>(start);
  l->elts = seq(elts);
  l->ctx = ast::ExprContext::Store;
  return l;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
ast::Expr* Parser::single_target() {
  if (ast::Expr* e = t_primary_target(ast::ExprContext::Store)) return e;
  if (at_name()) return name_expr(advance(), ast::ExprContext::Store);
  if (at(TokenKind::LPar)) {
    size_t m = mark();
    advance();
    if (ast::Expr* inner = single_target(); inner && accept(TokenKind::RPar)) return inner;
    reset(m);
  }
  return nullptr;
}

// del_targets: ','.del_target+ [',']
ast::Seq<ast::Expr*> Parser::del_targets() {
  Vec<ast::Expr*> targets;
  for (;;) {
    size_t m = mark();
    ast::Expr* t = del_target();
    if (!t) {
      reset(m);
      break;
    }
    targets.push_back(t);
    if (!accept(TokenKind::Comma)) break;
  }
  if (targets.empty()) {
    // invalid_del_stmt: 'del' star_expressions — name what cannot be deleted.
    ast::Expr* e = star_expressions();
    raise_invalid_target(invalid_target(e, Targets::Del), Targets::Del);
  }
  return seq(targets);
}

// del_target: t_primary '.' NAME | t_primary '[' slices ']' | del_t_atom
ast::Expr* Parser::del_target() {
  if (ast::Expr* e = t_primary_target(ast::ExprContext::Del)) return e;
  size_t start = mark();
  if (at_name()) return name_expr(advance(), ast::ExprContext::Del);
  bool paren = at(TokenKind::LPar);
  if (!paren && !at(TokenKind::LSqb)) return nullptr;
  advance();
  TokenKind close = paren ? TokenKind::RPar : TokenKind::RSqb;
  if (paren) {
    size_t m = mark();
    if (ast::Expr* inner = del_target(); inner && accept(TokenKind::RPar)) {
      set_context(inner, ast::ExprContext::Del);
      return inner;
    }
    reset(m);
  }
  Vec<ast::Expr*> elts;
  while (!at(close)) {
    ast::Expr* e = del_target();
    if (!e) {
      reset(start);
      return nullptr;
    }
    elts.push_back(e);
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(close)) {
    reset(start);
    return nullptr;
  }
  if (paren) {
    auto* t = node<ast::Tuple>(start);
    t->elts = seq(elts);
    t->ctx = ast::ExprContext::Del;
    return t;
  }
  auto* l = node<ast::List>(start);
  l->elts = seq(elts);
  l->ctx = ast::ExprContext::Del;
  return l;
}

}  // namespace ingot
