// Atoms: names, constants, strings, and the bracketed displays and
// comprehensions. A bracketed form is parsed once: its first element decides
// whether it is a group, tuple, generator, list, set, dict or comprehension.
#include "parse/literal.h"
#include "parse/parser.h"

namespace ingot {

bool Parser::at_expression_start() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Name:
      switch (t.keyword) {
        case Keyword::none:
        case Keyword::kw_None:
        case Keyword::kw_True:
        case Keyword::kw_False:
        case Keyword::kw_lambda:
        case Keyword::kw_not:
        case Keyword::kw_await:
          return true;
        default:
          return false;
      }
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Ellipsis:
      return true;
    default:
      return false;
  }
}

ast::Expr* Parser::atom() {
  const Token& t = peek();
  auto constant = [&](ast::Value::Kind k) {
    advance();
    auto* c = ast::make<ast::Constant>(arena_, token_loc(t));
    c->value.kind = k;
    return c;
  };
  switch (t.kind) {
    case TokenKind::Name:
      switch (t.keyword) {
        case Keyword::none:
          advance();
          return name_expr(t, ast::ExprContext::Load);
        case Keyword::kw_True:
          return constant(ast::Value::Kind::True);
        case Keyword::kw_False:
          return constant(ast::Value::Kind::False);
        case Keyword::kw_None:
          return constant(ast::Value::Kind::None);
        default:
          fail();
      }
    case TokenKind::Number: {
      advance();
      auto* c = ast::make<ast::Constant>(arena_, token_loc(t));
      c->value = parse_number(t.text, arena_);
      return c;
    }
    case TokenKind::String:
      return strings();
    case TokenKind::Ellipsis:
      return constant(ast::Value::Kind::Ellipsis);
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return bracket_atom();
    case TokenKind::LBrace:
      return brace_atom();
    default:
      fail();
  }
}

// '(' ')' | '(' yield_expr ')' | '(' named_expression ')' | tuple | genexp
ast::Expr* Parser::paren_atom() {
  Nest nest(*this);
  size_t start = mark();
  advance();  // '('
  if (accept(TokenKind::RPar)) return node<ast::Tuple>(start);
  if (at(Keyword::kw_yield)) {
    ast::Expr* y = yield_expr();
    expect(TokenKind::RPar);
    return y;
  }
  ast::Expr* first = star_named_expression();
  if (at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1))) {
    auto generators = for_if_clauses();
    expect(TokenKind::RPar);
    auto* g = node<ast::GeneratorExp>(start);
    g->elt = first;
    g->generators = generators;
    return g;
  }
  if (accept(TokenKind::RPar)) {
    if (first->kind == ast::Kind::Starred) fail();  // `(*a)` is no group
    return first;
  }
  if (!at(TokenKind::Comma)) {
    if (invalid_pass_ && at_expression_start()) raise_range(first, nullptr, "invalid syntax. Perhaps you forgot a comma?");
    fail();
  }
  Vec<ast::Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    elts.push_back(star_named_expression());
  }
  expect(TokenKind::RPar);
  auto* t = node<ast::Tuple>(start);
  t->elts = seq(elts);
  return t;
}

ast::Expr* Parser::bracket_atom() {
  Nest nest(*this);
  size_t start = mark();
  advance();  // '['
  Vec<ast::Expr*> elts;
  if (!at(TokenKind::RSqb)) {
    ast::Expr* first = star_named_expression();
    if (at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1))) {
      auto generators = for_if_clauses();
      expect(TokenKind::RSqb);
      auto* c = node<ast::ListComp>(start);
      c->elt = first;
      c->generators = generators;
      return c;
    }
    elts.push_back(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      elts.push_back(star_named_expression());
    }
  }
  if (!at(TokenKind::RSqb) && invalid_pass_ && at_expression_start() && !elts.empty())
    raise_range(elts.back(), nullptr, "invalid syntax. Perhaps you forgot a comma?");
  expect(TokenKind::RSqb);
  auto* l = node<ast::List>(start);
  l->elts = seq(elts);
  return l;
}

// dict, set, dictcomp, setcomp
ast::Expr* Parser::brace_atom() {
  Nest nest(*this);
  size_t start = mark();
  advance();  // '{'
  if (accept(TokenKind::RBrace)) return node<ast::Dict>(start);
  auto is_comprehension = [&] { return at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1)); };

  // A dict starts with `**e` or `key:`; anything else is a set.
  ast::Expr* key = nullptr;
  ast::Expr* value = nullptr;
  if (accept(TokenKind::DoubleStar)) {
    value = binary(0);
  } else {
    bool opens_with_paren = at(TokenKind::LPar);
    ast::Expr* first = star_named_expression();
    // `{x := 1: 2}` is a set display gone wrong; `{(x := 1): 2}` is a dict.
    bool bare_walrus = first->kind == ast::Kind::NamedExpr && !opens_with_paren;
    if (!at(TokenKind::Colon) || first->kind == ast::Kind::Starred || bare_walrus) {
      if (is_comprehension()) {
        auto generators = for_if_clauses();
        expect(TokenKind::RBrace);
        auto* c = node<ast::SetComp>(start);
        c->elt = first;
        c->generators = generators;
        return c;
      }
      Vec<ast::Expr*> elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        elts.push_back(star_named_expression());
      }
      if (!at(TokenKind::RBrace) && invalid_pass_ && at_expression_start())
        raise_range(elts.back(), nullptr, "invalid syntax. Perhaps you forgot a comma?");
      expect(TokenKind::RBrace);
      auto* s = node<ast::Set>(start);
      s->elts = seq(elts);
      return s;
    }
    advance();  // ':'
    key = first;
    value = expression();
    if (is_comprehension()) {
      auto generators = for_if_clauses();
      expect(TokenKind::RBrace);
      auto* c = node<ast::DictComp>(start);
      c->key = key;
      c->value = value;
      c->generators = generators;
      return c;
    }
  }
  Vec<ast::Expr*> keys{key}, values{value};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (accept(TokenKind::DoubleStar)) {
      keys.push_back(nullptr);
      values.push_back(binary(0));
    } else {
      keys.push_back(expression());
      expect(TokenKind::Colon);
      values.push_back(expression());
    }
  }
  if (!at(TokenKind::RBrace) && invalid_pass_ && at_expression_start())
    raise_range(values.back(), nullptr, "invalid syntax. Perhaps you forgot a comma?");
  expect(TokenKind::RBrace);
  auto* d = node<ast::Dict>(start);
  d->keys = seq(keys);
  d->values = seq(values);
  return d;
}

// for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
ast::Seq<ast::Comprehension*> Parser::for_if_clauses() {
  Vec<ast::Comprehension*> clauses;
  while (at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1))) {
    auto* c = ast::make<ast::Comprehension>(arena_);
    c->is_async = accept(Keyword::kw_async) ? 1 : 0;
    advance();  // 'for'
    c->target = star_targets();
    if (!c->target || !accept(Keyword::kw_in)) fail();
    c->iter = disjunction();
    Vec<ast::Expr*> ifs;
    while (accept(Keyword::kw_if)) ifs.push_back(disjunction());
    c->ifs = seq(ifs);
    clauses.push_back(c);
  }
  return seq(clauses);
}

}  // namespace ingot
