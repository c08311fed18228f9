// Match statement patterns (PEP 634).
#include "parse/literal.h"
#include "parse/parser.h"

namespace ingot {

// patterns: open_sequence_pattern | pattern
ast::Pattern* Parser::patterns() {
  size_t start = mark();
  ast::Pattern* first = maybe_star_pattern();
  if (!at(TokenKind::Comma)) {
    if (first->kind == ast::Kind::MatchStar) fail();
    return first;
  }
  auto* s = ast::make<ast::MatchSequence>(arena_);
  s->patterns = seq(comma_list(first, [&] { return maybe_star_pattern(); },
                               [&] { return !at(TokenKind::Colon) && !at(Keyword::kw_if); }));
  s->loc = span(start);
  return s;
}

// pattern: or_pattern 'as' NAME | or_pattern
ast::Pattern* Parser::pattern() {
  size_t start = mark();
  ast::Pattern* p = or_pattern();
  if (!at(Keyword::kw_as)) return p;
  advance();
  if (at_soft("_")) raise_at(peek(), "cannot use '_' as a target");
  if (!at_name()) {
    if (invalid_pass_ && at_expression_start()) {
      ast::Expr* e = expression();
      raise_range(e, e, "invalid pattern target");
    }
    fail();
  }
  auto* as = ast::make<ast::MatchAs>(arena_);
  as->pattern = p;
  as->name = capture_target();
  as->loc = span(start);
  return as;
}

ast::Pattern* Parser::or_pattern() {
  size_t start = mark();
  ast::Pattern* first = closed_pattern();
  if (!at(TokenKind::VBar)) return first;
  Vec<ast::Pattern*> alts{first};
  while (accept(TokenKind::VBar)) alts.push_back(closed_pattern());
  auto* o = node<ast::MatchOr>(start);
  o->patterns = seq(alts);
  return o;
}

ast::Pattern* Parser::maybe_star_pattern() {
  if (!at(TokenKind::Star)) return pattern();
  size_t start = mark();
  advance();
  if (!at_name()) fail();
  ast::Identifier name;
  if (at_soft("_")) advance();
  else name = capture_target();
  auto* s = node<ast::MatchStar>(start);
  s->name = name;
  return s;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
ast::Identifier Parser::capture_target() {
  const Token& t = advance();
  return identifier(t);
}

ast::Pattern* Parser::closed_pattern() {
  Nest nest(*this);
  size_t start = mark();
  // literal_pattern
  if (at(TokenKind::Number) || (at(TokenKind::Minus) && at(TokenKind::Number, 1))) {
    auto* v = ast::make<ast::MatchValue>(arena_);
    v->value = signed_number();
    v->loc = span(start);
    return v;
  }
  if (at(TokenKind::String)) {
    auto* v = ast::make<ast::MatchValue>(arena_);
    v->value = strings();
    v->loc = span(start);
    return v;
  }
  if (at(Keyword::kw_None) || at(Keyword::kw_True) || at(Keyword::kw_False)) {
    const Token& t = advance();
    auto* s = node<ast::MatchSingleton>(start);
    s->value.kind = t.keyword == Keyword::kw_None   ? ast::Value::Kind::None
                    : t.keyword == Keyword::kw_True ? ast::Value::Kind::True
                                                    : ast::Value::Kind::False;
    return s;
  }
  if (at(TokenKind::LPar)) {
    advance();
    if (accept(TokenKind::RPar)) return node<ast::MatchSequence>(start);
    ast::Pattern* first = maybe_star_pattern();
    if (accept(TokenKind::RPar)) {
      if (first->kind == ast::Kind::MatchStar) {
        Vec<ast::Pattern*> items{first};
        auto* s = node<ast::MatchSequence>(start);
        s->patterns = seq(items);
        return s;
      }
      return first;  // group_pattern
    }
    reset(start + 1);
    return sequence_pattern(TokenKind::RPar, start);
  }
  if (at(TokenKind::LSqb)) {
    advance();
    return sequence_pattern(TokenKind::RSqb, start);
  }
  if (at(TokenKind::LBrace)) return mapping_pattern();
  if (at_name()) {
    if (!at(TokenKind::Dot, 1) && !at(TokenKind::LPar, 1)) {
      if (at_soft("_")) {
        advance();
        return node<ast::MatchAs>(start);
      }
      if (at(TokenKind::Equal, 1)) fail();
      auto* as = ast::make<ast::MatchAs>(arena_);
      as->name = capture_target();
      as->loc = span(start);
      return as;
    }
    ast::Expr* cls = name_or_attr();
    if (at(TokenKind::LPar)) return class_pattern(cls, start);
    if (at(TokenKind::Equal)) fail();
    auto* v = node<ast::MatchValue>(start);
    v->value = cls;
    return v;
  }
  fail();
}

// sequence_pattern after its opening bracket: maybe_sequence_pattern? closer
ast::Pattern* Parser::sequence_pattern(TokenKind close, size_t start) {
  Vec<ast::Pattern*> items;
  while (!at(close)) {
    items.push_back(maybe_star_pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(close);
  auto* s = node<ast::MatchSequence>(start);
  s->patterns = seq(items);
  return s;
}

ast::Pattern* Parser::mapping_pattern() {
  size_t start = mark();
  advance();  // '{'
  Vec<ast::Expr*> keys;
  Vec<ast::Pattern*> values;
  ast::Identifier rest;
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!at_name() || at_soft("_")) fail();
      rest = capture_target();
      accept(TokenKind::Comma);
      if (!at(TokenKind::RBrace)) fail();  // CPython 3.11 has no message for `{**rest, k: v}`
      break;
    }
    if (at_name() && !at(Keyword::kw_None) && !at(Keyword::kw_True) && !at(Keyword::kw_False)) {
      ast::Expr* key = name_or_attr();
      if (key->kind != ast::Kind::Attribute) fail();
      keys.push_back(key);
    } else {
      keys.push_back(literal_expr());
    }
    expect(TokenKind::Colon);
    values.push_back(pattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  auto* m = node<ast::MatchMapping>(start);
  m->keys = seq(keys);
  m->patterns = seq(values);
  m->rest = rest;
  return m;
}

ast::Pattern* Parser::class_pattern(ast::Expr* cls, size_t start) {
  advance();  // '('
  Vec<ast::Pattern*> positional, keyword_patterns;
  Vec<ast::Identifier> names;
  while (!at(TokenKind::RPar)) {
    if (at_name() && at(TokenKind::Equal, 1)) {
      names.push_back(identifier(advance()));
      advance();  // '='
      keyword_patterns.push_back(pattern());
    } else {
      size_t pstart = mark();
      ast::Pattern* p = pattern();
      if (!names.empty()) {
        if (invalid_pass_) {
          ast::Loc l = span(pstart);
          raise("positional patterns follow keyword patterns", l);
        }
        fail();
      }
      positional.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RPar);
  auto* c = node<ast::MatchClass>(start);
  c->cls = cls;
  c->patterns = seq(positional);
  c->kwd_attrs = seq(names);
  c->kwd_patterns = seq(keyword_patterns);
  return c;
}

// signed_number: NUMBER | '-' NUMBER, and complex_number: signed_real ('+'|'-') imaginary
ast::Expr* Parser::signed_number() {
  size_t start = mark();
  auto number = [&] {
    const Token& t = expect(TokenKind::Number);
    auto* c = ast::make<ast::Constant>(arena_, token_loc(t));
    c->value = parse_number(t.text, arena_);
    return c;
  };
  ast::Expr* real;
  if (accept(TokenKind::Minus)) {
    auto* u = ast::make<ast::UnaryOp>(arena_);
    u->op = ast::UnaryOperator::USub;
    u->operand = number();
    u->loc = span(start);
    real = u;
  } else {
    real = number();
  }
  if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return real;
  ast::Operator op = at(TokenKind::Plus) ? ast::Operator::Add : ast::Operator::Sub;
  advance();
  ast::Constant* imag = number();
  auto real_value = [](ast::Expr* e) {
    if (auto* u = ast::as<ast::UnaryOp>(e)) e = u->operand;
    return static_cast<ast::Constant*>(e);
  };
  if (real_value(real)->value.kind == ast::Value::Kind::Complex)
    raise("real number required in complex literal", real_value(real)->loc);
  if (imag->value.kind != ast::Value::Kind::Complex) raise("imaginary number required in complex literal", imag->loc);
  auto* b = node<ast::BinOp>(start);
  b->left = real;
  b->op = op;
  b->right = imag;
  return b;
}

// literal_expr: the keys a mapping pattern allows
ast::Expr* Parser::literal_expr() {
  if (at(TokenKind::Number) || at(TokenKind::Minus)) return signed_number();
  if (at(TokenKind::String)) return strings();
  if (at(Keyword::kw_None) || at(Keyword::kw_True) || at(Keyword::kw_False)) return atom();
  fail();
}

// name_or_attr: NAME ('.' NAME)*
ast::Expr* Parser::name_or_attr() {
  size_t start = mark();
  if (!at_name()) fail();
  ast::Expr* e = name_expr(advance(), ast::ExprContext::Load);
  while (at(TokenKind::Dot)) {
    advance();
    if (!at_name()) fail();
    auto* a = ast::make<ast::Attribute>(arena_);
    a->value = e;
    a->attr = identifier(advance());
    a->ctx = ast::ExprContext::Load;
    a->loc = span(start);
    e = a;
  }
  return e;
}

}  // namespace ingot
