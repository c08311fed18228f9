// Expressions, from the loosest binding (tuples, lambda, if-else) down to
// the primaries. Atoms are in atoms.cpp, calls in calls.cpp.
#include "parse/parser.h"

namespace ingot {
namespace {

using ast::Operator;

// Binary operator levels from loosest to tightest, as the grammar's
// bitwise_or > bitwise_xor > bitwise_and > shift_expr > sum > term chain.
struct BinaryLevel {
  TokenKind tokens[5];
  Operator ops[5];
  int count;
};
constexpr BinaryLevel kLevels[] = {
    {{TokenKind::VBar}, {Operator::BitOr}, 1},
    {{TokenKind::Circumflex}, {Operator::BitXor}, 1},
    {{TokenKind::Amper}, {Operator::BitAnd}, 1},
    {{TokenKind::LeftShift, TokenKind::RightShift}, {Operator::LShift, Operator::RShift}, 2},
    {{TokenKind::Plus, TokenKind::Minus}, {Operator::Add, Operator::Sub}, 2},
    {{TokenKind::Star, TokenKind::Slash, TokenKind::DoubleSlash, TokenKind::Percent, TokenKind::At},
     {Operator::Mult, Operator::Div, Operator::FloorDiv, Operator::Mod, Operator::MatMult},
     5},
};
constexpr int kFactorLevel = std::size(kLevels);

}  // namespace

// expressions: expression (',' expression)* [','] — a Tuple when a comma appears
ast::Expr* Parser::expressions() {
  size_t start = mark();
  ast::Expr* first = expression();
  if (!at(TokenKind::Comma)) return first;
  auto* t = ast::make<ast::Tuple>(arena_);
  t->elts = seq(comma_list(first, [&] { return expression(); }, [&] { return at_expression_start(); }));
  t->loc = span(start);
  return t;
}

ast::Expr* Parser::star_expressions() {
  size_t start = mark();
  ast::Expr* first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  auto* t = ast::make<ast::Tuple>(arena_);
  t->elts = seq(comma_list(first, [&] { return star_expression(); },
                           [&] { return at_expression_start() || at(TokenKind::Star); }));
  t->loc = span(start);
  return t;
}

ast::Expr* Parser::star_expression() {
  if (!at(TokenKind::Star)) return expression();
  size_t start = mark();
  advance();
  auto* s = ast::make<ast::Starred>(arena_);
  s->value = binary(0);
  s->ctx = ast::ExprContext::Load;
  s->loc = span(start);
  return s;
}

ast::Expr* Parser::star_named_expression() {
  if (!at(TokenKind::Star)) return named_expression();
  return star_expression();
}

// named_expression: NAME ':=' expression | expression !':='
ast::Expr* Parser::named_expression() {
  size_t start = mark();
  ast::Expr* e = argument_expression();
  if (invalid_pass_ && at(TokenKind::Equal)) invalid_named_expression(start, e);
  return e;
}

// named_expression without its invalid_* rule, as call arguments read it
// (CPython's `assignment_expression | expression !':='`).
ast::Expr* Parser::argument_expression() {
  if (at_name() && at(TokenKind::ColonEqual, 1)) {
    size_t start = mark();
    ast::Name* target = name_expr(advance(), ast::ExprContext::Store);
    advance();  // ':='
    auto* n = ast::make<ast::NamedExpr>(arena_);
    n->target = target;
    n->value = expression();
    n->loc = span(start);
    return n;
  }
  ast::Expr* e = expression();
  if (at(TokenKind::ColonEqual)) {
    raise_range(e, e, "cannot use assignment expressions with " + std::string(describe(e)));
  }
  return e;
}

// invalid_named_expression, for `e =` where an expression was expected, as
// in `if x = 1:`. It raises only if `= bitwise_or` follows and no further
// '=' or ':=' does; otherwise it leaves the position where it was. (The
// right side is read once for both alternatives: reading it again for the
// second would make nested input take exponential time.)
void Parser::invalid_named_expression(size_t start, ast::Expr* e) {
  size_t after = mark();
  advance();  // '='
  ast::Expr* value = nullptr;
  try {
    value = binary(0);
  } catch (const ParseFailure&) {
  }
  bool single = value && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
  reset(after);
  if (!single) return;
  if (e->kind == ast::Kind::Name && after == start + 1)
    raise_range(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  using K = ast::Kind;
  bool bitwise_or = e->kind != K::Compare && e->kind != K::BoolOp && e->kind != K::IfExp && e->kind != K::Lambda &&
                    !(e->kind == K::UnaryOp && static_cast<ast::UnaryOp*>(e)->op == ast::UnaryOperator::Not);
  if (bitwise_or && !starts_with_display_or_constant(start))
    raise(std::string("cannot assign to ") + std::string(describe(e)) + " here. Maybe you meant '==' instead of '='?",
          e->loc);
}

// The grammar's lookahead !(list | tuple | genexp | 'True' | 'None' | 'False').
bool Parser::starts_with_display_or_constant(size_t start) {
  size_t m = mark();
  reset(start);
  bool found = at(Keyword::kw_True) || at(Keyword::kw_None) || at(Keyword::kw_False);
  if (!found && (at(TokenKind::LSqb) || at(TokenKind::LPar))) {
    try {
      ast::Kind k = atom()->kind;
      found = k == ast::Kind::List || k == ast::Kind::Tuple || k == ast::Kind::GeneratorExp;
    } catch (const ParseFailure&) {
    }
  }
  reset(m);
  return found;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
ast::Expr* Parser::expression() {
  Nest nest(*this);
  if (at(Keyword::kw_lambda)) return lambdef();
  size_t start = mark();
  ast::Expr* body = disjunction();
  if (!at(Keyword::kw_if)) return body;
  // Where the conditional expression does not complete, the grammar falls
  // back to the bare disjunction and leaves 'if' to whatever follows.
  size_t if_token = mark();
  try {
    advance();
    ast::Expr* test = disjunction();
    if (!accept(Keyword::kw_else)) {
      if (invalid_pass_ && !at(TokenKind::Colon)) raise_range(body, test, "expected 'else' after 'if' expression");
      fail();
    }
    auto* e = ast::make<ast::IfExp>(arena_);
    e->test = test;
    e->body = body;
    e->orelse = expression();
    e->loc = span(start);
    return e;
  } catch (const ParseFailure&) {
    reset(if_token);
    return body;
  }
}

ast::Expr* Parser::yield_expr() {
  size_t start = mark();
  advance();  // 'yield'
  if (accept(Keyword::kw_from)) {
    auto* y = ast::make<ast::YieldFrom>(arena_);
    y->value = expression();
    y->loc = span(start);
    return y;
  }
  auto* y = ast::make<ast::Yield>(arena_);
  if (at_expression_start() || at(TokenKind::Star)) y->value = star_expressions();
  y->loc = span(start);
  return y;
}

ast::Expr* Parser::disjunction() {
  size_t start = mark();
  ast::Expr* first = conjunction();
  if (!at(Keyword::kw_or)) return first;
  Vec<ast::Expr*> values{first};
  while (accept(Keyword::kw_or)) values.push_back(conjunction());
  auto* b = node<ast::BoolOp>(start);
  b->op = ast::BoolOperator::Or;
  b->values = seq(values);
  return b;
}

ast::Expr* Parser::conjunction() {
  size_t start = mark();
  ast::Expr* first = inversion();
  if (!at(Keyword::kw_and)) return first;
  Vec<ast::Expr*> values{first};
  while (accept(Keyword::kw_and)) values.push_back(inversion());
  auto* b = node<ast::BoolOp>(start);
  b->op = ast::BoolOperator::And;
  b->values = seq(values);
  return b;
}

ast::Expr* Parser::inversion() {
  if (!at(Keyword::kw_not)) return comparison();
  Nest nest(*this);
  size_t start = mark();
  advance();
  auto* u = ast::make<ast::UnaryOp>(arena_);
  u->op = ast::UnaryOperator::Not;
  u->operand = inversion();
  u->loc = span(start);
  return u;
}

ast::Expr* Parser::comparison() {
  size_t start = mark();
  ast::Expr* left = binary(0);
  Vec<ast::CmpOperator> ops;
  Vec<ast::Expr*> comparators;
  for (;;) {
    using C = ast::CmpOperator;
    std::optional<C> op;
    switch (kind()) {
      case TokenKind::EqEqual: op = C::Eq; break;
      case TokenKind::NotEqual: op = C::NotEq; break;
      case TokenKind::LessEqual: op = C::LtE; break;
      case TokenKind::Less: op = C::Lt; break;
      case TokenKind::GreaterEqual: op = C::GtE; break;
      case TokenKind::Greater: op = C::Gt; break;
      default: break;
    }
    if (op) {
      if (kind() == TokenKind::NotEqual && peek().text == "<>") fail();  // only with barry_as_FLUFL
      advance();
    } else if (at(Keyword::kw_in)) {
      advance();
      op = C::In;
    } else if (at(Keyword::kw_not) && at(Keyword::kw_in, 1)) {
      advance();
      advance();
      op = C::NotIn;
    } else if (at(Keyword::kw_is)) {
      advance();
      op = accept(Keyword::kw_not) ? C::IsNot : C::Is;
    } else {
      break;
    }
    ops.push_back(*op);
    comparators.push_back(binary(0));
  }
  if (ops.empty()) return left;
  auto* c = node<ast::Compare>(start);
  c->left = left;
  c->ops = seq(ops);
  c->comparators = seq(comparators);
  return c;
}

// The left-associative binary operator levels, loosest first.
ast::Expr* Parser::binary(int level) {
  if (level == kFactorLevel) return factor();
  size_t start = mark();
  ast::Expr* left = binary(level + 1);
  const BinaryLevel& l = kLevels[level];
  for (;;) {
    int i = 0;
    while (i < l.count && !at(l.tokens[i])) ++i;
    if (i == l.count) return left;
    advance();
    auto* b = ast::make<ast::BinOp>(arena_);
    b->left = left;
    b->op = l.ops[i];
    b->right = binary(level + 1);
    b->loc = span(start);
    left = b;
  }
}

ast::Expr* Parser::factor() {
  std::optional<ast::UnaryOperator> op;
  if (at(TokenKind::Plus)) op = ast::UnaryOperator::UAdd;
  else if (at(TokenKind::Minus)) op = ast::UnaryOperator::USub;
  else if (at(TokenKind::Tilde)) op = ast::UnaryOperator::Invert;
  if (!op) return power();
  Nest nest(*this);
  size_t start = mark();
  advance();
  auto* u = ast::make<ast::UnaryOp>(arena_);
  u->op = *op;
  u->operand = factor();
  u->loc = span(start);
  return u;
}

ast::Expr* Parser::power() {
  size_t start = mark();
  ast::Expr* base = await_primary();
  if (!accept(TokenKind::DoubleStar)) return base;
  auto* b = ast::make<ast::BinOp>(arena_);
  b->left = base;
  b->op = Operator::Pow;
  b->right = factor();
  b->loc = span(start);
  return b;
}

ast::Expr* Parser::await_primary() {
  if (!at(Keyword::kw_await)) return primary();
  size_t start = mark();
  advance();
  auto* a = ast::make<ast::Await>(arena_);
  a->value = primary();
  a->loc = span(start);
  return a;
}

ast::Expr* Parser::primary() {
  size_t start = mark();
  return trailers(atom(), start, false);
}

// primary: primary '.' NAME | primary genexp | primary '(' args ')' | primary '[' slices ']'
// In target mode (t_primary) a trailer is taken only if another trailer
// follows it, leaving the last one to the target rule.
ast::Expr* Parser::trailers(ast::Expr* e, size_t start, bool target_mode) {
  for (;;) {
    size_t before = mark();
    if (at(TokenKind::Dot)) {
      advance();
      if (!at_name()) fail();
      auto* a = ast::make<ast::Attribute>(arena_);
      a->value = e;
      a->attr = identifier(advance());
      a->ctx = ast::ExprContext::Load;
      a->loc = span(start);
      if (target_mode && !at_t_lookahead()) {
        reset(before);
        return e;
      }
      e = a;
    } else if (at(TokenKind::LPar)) {
      ast::Expr* c = call(e, start);
      if (target_mode && !at_t_lookahead()) {
        reset(before);
        return e;
      }
      e = c;
    } else if (at(TokenKind::LSqb)) {
      advance();
      auto* s = ast::make<ast::Subscript>(arena_);
      s->value = e;
      s->slice = slices();
      expect(TokenKind::RSqb);
      s->ctx = ast::ExprContext::Load;
      s->loc = span(start);
      if (target_mode && !at_t_lookahead()) {
        reset(before);
        return e;
      }
      e = s;
    } else {
      return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ast::Expr* Parser::slices() {
  size_t start = mark();
  ast::Expr* first = at(TokenKind::Star) ? star_expression() : slice();
  if (!at(TokenKind::Comma) && first->kind != ast::Kind::Starred) return first;
  Vec<ast::Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(at(TokenKind::Star) ? star_expression() : slice());
  }
  auto* t = node<ast::Tuple>(start);
  t->elts = seq(elts);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ast::Expr* Parser::slice() {
  size_t start = mark();
  ast::Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = named_expression();
    if (!at(TokenKind::Colon)) return lower;
    if (lower->kind == ast::Kind::NamedExpr) fail();
  }
  advance();  // ':'
  auto* s = ast::make<ast::Slice>(arena_);
  s->lower = lower;
  auto bound_follows = [&] { return !at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb); };
  if (bound_follows()) s->upper = expression();
  if (accept(TokenKind::Colon) && bound_follows()) s->step = expression();
  s->loc = span(start);
  return s;
}

ast::Expr* Parser::lambdef() {
  size_t start = mark();
  advance();  // 'lambda'
  auto* l = ast::make<ast::Lambda>(arena_);
  l->args = parameters(true);
  expect(TokenKind::Colon);
  l->body = expression();
  l->loc = span(start);
  return l;
}

}  // namespace ingot
