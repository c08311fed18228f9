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
      if (std::string error = number_error(t.text); !error.empty()) raise_at(t, error);
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
  if (invalid_pass_ && at(TokenKind::DoubleStar)) {  // invalid_group
    const Token& stars = advance();
    expression();
    if (at(TokenKind::RPar)) raise_at(stars, "cannot use double starred expression here");
    fail();
  }
  if (at(Keyword::kw_yield)) {
    ast::Expr* y = yield_expr();
    expect(TokenKind::RPar);
    return y;
  }
  ast::Expr* first = star_named_expression();
  if (at_comprehension()) {
    check_comprehension_element(first);
    auto generators = for_if_clauses();
    expect(TokenKind::RPar);
    auto* g = node<ast::GeneratorExp>(start);
    g->elt = first;
    g->generators = generators;
    return g;
  }
  if (accept(TokenKind::RPar)) {
    if (first->kind == ast::Kind::Starred) {  // `(*a)` is no group
      if (invalid_pass_) raise_range(first, first, "cannot use starred expression here");
      fail();
    }
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
    if (at_comprehension()) {
      check_comprehension_element(first);
      auto generators = for_if_clauses();
      expect(TokenKind::RSqb);
      auto* c = node<ast::ListComp>(start);
      c->elt = first;
      c->generators = generators;
      return c;
    }
    elts.push_back(first);
    display_elements(elts, TokenKind::RSqb);
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

  // A dict starts with `**e` or `key:`; anything else is a set.
  ast::Expr* key = nullptr;
  ast::Expr* value = nullptr;
  if (at(TokenKind::DoubleStar)) {
    const Token& stars = advance();
    value = binary(0);
    if (at_comprehension()) {
      if (invalid_pass_) raise_at(stars, "dict unpacking cannot be used in dict comprehension");
      fail();
    }
  } else {
    bool opens_with_paren = at(TokenKind::LPar);
    ast::Expr* first = star_named_expression();
    // `{x := 1: 2}` is a set display gone wrong; `{(x := 1): 2}` is a dict.
    bool bare_walrus = first->kind == ast::Kind::NamedExpr && !opens_with_paren;
    if (!at(TokenKind::Colon) || first->kind == ast::Kind::Starred || bare_walrus) {
      if (at_comprehension()) {
        check_comprehension_element(first);
        auto generators = for_if_clauses();
        expect(TokenKind::RBrace);
        auto* c = node<ast::SetComp>(start);
        c->elt = first;
        c->generators = generators;
        return c;
      }
      Vec<ast::Expr*> elts{first};
      display_elements(elts, TokenKind::RBrace);
      if (!at(TokenKind::RBrace) && invalid_pass_ && at_expression_start())
        raise_range(elts.back(), nullptr, "invalid syntax. Perhaps you forgot a comma?");
      expect(TokenKind::RBrace);
      auto* s = node<ast::Set>(start);
      s->elts = seq(elts);
      return s;
    }
    key = first;
    value = dict_value();
    if (at_comprehension()) {
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
      ast::Expr* k = expression();
      if (!at(TokenKind::Colon)) {
        if (invalid_pass_)  // invalid_kvpair
          raise("':' expected after dictionary key", {k->loc.lineno, k->loc.end_col_offset - 1, k->loc.end_lineno, -1});
        fail();
      }
      keys.push_back(k);
      values.push_back(dict_value());
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

bool Parser::at_comprehension() { return at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1)); }

// invalid_comprehension: a starred element before `for`.
void Parser::check_comprehension_element(const ast::Expr* element) {
  if (element->kind != ast::Kind::Starred) return;
  if (invalid_pass_) raise(std::string("iterable unpacking cannot be used in comprehension"), element->loc);
  fail();
}

// The elements after a list or set display's first, up to `close`;
// invalid_comprehension when a `for` shows the elements were meant as a
// comprehension's target.
void Parser::display_elements(Vec<ast::Expr*>& elts, TokenKind close) {
  auto check_for_comprehension = [&](const Token* comma) {
    if (!invalid_pass_ || !at_comprehension() || (!comma && elts.size() < 2)) return;
    Loc where = elts.front()->loc;
    where.end_lineno = comma ? comma->end_lineno : elts.back()->loc.end_lineno;
    where.end_col_offset = comma ? comma->end_col : elts.back()->loc.end_col_offset;
    for_if_clauses();
    raise("did you forget parentheses around the comprehension target?", where);
  };
  while (const Token* comma = accept(TokenKind::Comma)) {
    check_for_comprehension(elts.size() == 1 ? comma : nullptr);
    if (at(close)) break;
    elts.push_back(star_named_expression());
  }
  check_for_comprehension(nullptr);
}

// ':' expression after a dictionary key, with invalid_kvpair's messages.
ast::Expr* Parser::dict_value() {
  const Token& colon = expect(TokenKind::Colon);
  if (invalid_pass_) {
    if (at(TokenKind::Star)) {
      const Token& star = advance();
      ast::Expr* e = binary(0);
      raise("cannot use a starred expression in a dictionary value", {star.lineno, star.col, e->loc.end_lineno, e->loc.end_col_offset});
    }
    if (at(TokenKind::RBrace) || at(TokenKind::Comma)) raise_at(colon, "expression expected after dictionary key and ':'");
  }
  return expression();
}

// for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
ast::Seq<ast::Comprehension*> Parser::for_if_clauses() {
  Vec<ast::Comprehension*> clauses;
  while (at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1))) {
    auto* c = ast::make<ast::Comprehension>(arena_);
    c->is_async = accept(Keyword::kw_async) ? 1 : 0;
    advance();  // 'for'
    size_t target_start = mark();
    c->target = star_targets();
    if (!c->target || !accept(Keyword::kw_in)) {
      invalid_for_target(target_start);
      fail();
    }
    c->iter = disjunction();
    Vec<ast::Expr*> ifs;
    while (accept(Keyword::kw_if)) ifs.push_back(disjunction());
    c->ifs = seq(ifs);
    clauses.push_back(c);
  }
  return seq(clauses);
}

}  // namespace ingot
