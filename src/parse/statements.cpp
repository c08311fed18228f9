// Simple statements: assignment, expression statements and the keyword
// statements that fit on one line.
#include "parse/parser.h"

namespace ingot {

std::optional<ast::Operator> augmented_operator(TokenKind k) {
  using K = TokenKind;
  using O = ast::Operator;
  switch (k) {
    case K::PlusEqual: return O::Add;
    case K::MinEqual: return O::Sub;
    case K::StarEqual: return O::Mult;
    case K::AtEqual: return O::MatMult;
    case K::SlashEqual: return O::Div;
    case K::PercentEqual: return O::Mod;
    case K::AmperEqual: return O::BitAnd;
    case K::VBarEqual: return O::BitOr;
    case K::CircumflexEqual: return O::BitXor;
    case K::LeftShiftEqual: return O::LShift;
    case K::RightShiftEqual: return O::RShift;
    case K::DoubleStarEqual: return O::Pow;
    case K::DoubleSlashEqual: return O::FloorDiv;
    default: return std::nullopt;
  }
}

ast::Seq<ast::Stmt*> Parser::statements_until(TokenKind end) {
  Vec<ast::Stmt*> body;
  while (!at(end)) statement(body);
  return seq(body);
}

void Parser::statement(Vec<ast::Stmt*>& out) {
  if (ast::Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(Vec<ast::Stmt*>& out) {
  size_t start = mark();
  try {
    out.push_back(simple_stmt());
    while (accept(TokenKind::Semi)) {
      if (at(TokenKind::Newline)) break;
      start = mark();
      out.push_back(simple_stmt());
    }
    if (!at(TokenKind::Newline)) fail();
  } catch (const ParseFailure&) {
    if (invalid_pass_) invalid_simple_statement(start);
    throw;
  }
  advance();
}

ast::Stmt* Parser::simple_stmt() {
  size_t start = mark();
  const Token& t = peek();
  switch (t.keyword) {
    case Keyword::kw_return: {
      advance();
      auto* s = ast::make<ast::Return>(arena_);
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) s->value = star_expressions();
      s->loc = span(start);
      return s;
    }
    case Keyword::kw_import:
      return import_stmt();
    case Keyword::kw_from:
      return import_from();
    case Keyword::kw_raise: {
      advance();
      auto* s = ast::make<ast::Raise>(arena_);
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
        s->exc = expression();
        if (accept(Keyword::kw_from)) s->cause = expression();
      }
      s->loc = span(start);
      return s;
    }
    case Keyword::kw_pass:
      advance();
      return node<ast::Pass>(start);
    case Keyword::kw_break:
      advance();
      return node<ast::Break>(start);
    case Keyword::kw_continue:
      advance();
      return node<ast::Continue>(start);
    case Keyword::kw_del: {
      advance();
      auto targets = del_targets();
      if (!at(TokenKind::Semi) && !at(TokenKind::Newline)) fail();
      auto* s = node<ast::Delete>(start);
      s->targets = targets;
      return s;
    }
    case Keyword::kw_assert: {
      advance();
      auto* s = ast::make<ast::Assert>(arena_);
      s->test = expression();
      if (accept(TokenKind::Comma)) s->msg = expression();
      s->loc = span(start);
      return s;
    }
    case Keyword::kw_global:
    case Keyword::kw_nonlocal: {
      advance();
      Vec<ast::Identifier> names;
      do {
        if (!at_name()) fail();
        names.push_back(identifier(advance()));
      } while (accept(TokenKind::Comma));
      if (t.keyword == Keyword::kw_global) {
        auto* s = node<ast::Global>(start);
        s->names = seq(names);
        return s;
      }
      auto* s = node<ast::Nonlocal>(start);
      s->names = seq(names);
      return s;
    }
    default:
      break;
  }
  if (ast::Stmt* s = assignment(start)) return s;
  auto* s = ast::make<ast::ExprStmt>(arena_);
  s->value = at(Keyword::kw_yield) ? yield_expr() : star_expressions();
  s->loc = span(start);
  return s;
}

// The assignment forms. Which ones can apply is decided by a scan of the
// statement's top-level tokens, so an expression statement is parsed once
// instead of first failing as an assignment target (the scan looks at
// tokens without moving `furthest_`, which must follow the grammar).
ast::Stmt* Parser::assignment(size_t start) {
  if (!invalid_pass_) return valid_assignment(start);
  // The second pass tries invalid_assignment when the valid forms fail,
  // except past an augmented assignment's operator (the grammar's cut).
  cut_ = false;
  try {
    if (ast::Stmt* s = valid_assignment(start)) return s;
  } catch (const ParseFailure&) {
    if (!cut_) invalid_assignment(start);
    throw;
  }
  invalid_assignment(start);
  reset(start);
  return nullptr;
}

ast::Stmt* Parser::valid_assignment(size_t start) {
  Vec<size_t> equals;
  bool colon = false, augmented = false;
  int depth = 0;
  for (size_t i = pos_; i < tokens_.size(); ++i) {
    TokenKind k = tokens_[i].kind;
    if (k == TokenKind::LPar || k == TokenKind::LSqb || k == TokenKind::LBrace) ++depth;
    else if (k == TokenKind::RPar || k == TokenKind::RSqb || k == TokenKind::RBrace) depth = std::max(0, depth - 1);
    else if (depth > 0) continue;
    else if (k == TokenKind::Newline || k == TokenKind::Semi || k == TokenKind::EndMarker || k == TokenKind::Error) break;
    else if (k == TokenKind::Equal) equals.push_back(i);
    else if (k == TokenKind::Colon && equals.empty()) colon = true;
    else if (augmented_operator(k)) augmented = true;
  }

  if (colon) {  // annotated assignment
    ast::Expr* target = nullptr;
    int simple = 0;
    if (at_name() && at(TokenKind::Colon, 1)) {
      target = name_expr(advance(), ast::ExprContext::Store);
      simple = 1;
    } else {
      size_t m = mark();
      if (accept(TokenKind::LPar)) {
        target = single_target();
        if (!target || !accept(TokenKind::RPar)) target = nullptr;
      } else {
        target = t_primary_target(ast::ExprContext::Store);
      }
      if (!target || !at(TokenKind::Colon)) {
        reset(m);
        target = nullptr;
      }
    }
    if (target) {
      advance();  // ':'
      auto* s = ast::make<ast::AnnAssign>(arena_);
      s->target = target;
      s->annotation = expression();
      if (accept(TokenKind::Equal)) s->value = annotated_rhs();
      s->simple = simple;
      s->loc = span(start);
      return s;
    }
  }

  if (!equals.empty()) {
    Vec<ast::Expr*> targets;
    for (size_t eq : equals) {
      size_t m = mark();
      ast::Expr* t = star_targets();
      if (!t || pos_ != eq) {
        reset(m);
        break;
      }
      advance();  // '='
      targets.push_back(t);
    }
    if (!targets.empty()) {
      ast::Expr* value = annotated_rhs();
      if (at(TokenKind::Equal)) {
        if (value->kind == ast::Kind::Yield || value->kind == ast::Kind::YieldFrom)
          raise_range(value, value, "assignment to yield expression not possible");
        raise_invalid_target(invalid_target(value, Targets::Star), Targets::Star);
      }
      auto* s = ast::make<ast::Assign>(arena_);
      s->targets = seq(targets);
      s->value = value;
      s->loc = span(start);
      return s;
    }
  }

  if (augmented) {
    size_t m = mark();
    ast::Expr* target = single_target();
    if (target) {
      if (auto op = augmented_operator(kind())) {
        advance();
        cut_ = true;
        auto* s = ast::make<ast::AugAssign>(arena_);
        s->target = target;
        s->op = *op;
        s->value = annotated_rhs();
        s->loc = span(start);
        return s;
      }
    }
    reset(m);
  }
  return nullptr;
}

ast::Expr* Parser::annotated_rhs() { return at(Keyword::kw_yield) ? yield_expr() : star_expressions(); }

ast::Stmt* Parser::import_stmt() {
  size_t start = mark();
  advance();  // 'import'
  Vec<ast::Alias*> names;
  do names.push_back(dotted_as_name());
  while (accept(TokenKind::Comma));
  auto* s = node<ast::Import>(start);
  s->names = seq(names);
  return s;
}

ast::Alias* Parser::dotted_as_name() {
  size_t start = mark();
  ast::Identifier name = dotted_name();
  ast::Identifier asname;
  if (accept(Keyword::kw_as)) {
    if (!at_name()) fail();
    asname = identifier(advance());
  }
  auto* a = node<ast::Alias>(start);
  a->name = name;
  a->asname = asname;
  return a;
}

ast::Identifier Parser::dotted_name() {
  if (!at_name()) fail();
  ast::Identifier first = identifier(advance());
  if (!at(TokenKind::Dot)) return first;
  std::string joined(first);
  while (at(TokenKind::Dot) && at_name(1)) {
    advance();
    joined += '.';
    joined += identifier(advance());
  }
  return arena_.copy(joined);
}

ast::Stmt* Parser::import_from() {
  size_t start = mark();
  advance();  // 'from'
  int level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) ++level;
    else if (accept(TokenKind::Ellipsis)) level += 3;
    else break;
  }
  ast::Identifier module;
  if (level == 0 || !at(Keyword::kw_import)) module = dotted_name();
  if (!accept(Keyword::kw_import)) fail();
  Vec<ast::Alias*> names;
  if (at(TokenKind::Star)) {
    const Token& star = advance();
    auto* a = ast::make<ast::Alias>(arena_, token_loc(star));
    a->name = "*";
    names.push_back(a);
  } else {
    bool parens = accept(TokenKind::LPar) != nullptr;
    do {
      if (parens && at(TokenKind::RPar) && !names.empty()) break;
      if (!parens && at(TokenKind::Newline) && !names.empty() && invalid_pass_)  // invalid_import_from_targets
        raise_at(peek(), "trailing comma not allowed without surrounding parentheses");
      size_t astart = mark();
      if (!at_name()) fail();
      auto name = identifier(advance());
      ast::Identifier asname;
      if (accept(Keyword::kw_as)) {
        if (!at_name()) fail();
        asname = identifier(advance());
      }
      auto* a = node<ast::Alias>(astart);
      a->name = name;
      a->asname = asname;
      names.push_back(a);
    } while (accept(TokenKind::Comma));
    if (parens) expect(TokenKind::RPar);
  }
  auto* s = node<ast::ImportFrom>(start);
  s->module = module;
  s->names = seq(names);
  s->level = level;
  return s;
}

}  // namespace ingot
