// Call arguments and function/lambda parameters.
#include "parse/parser.h"

namespace ingot {

// primary '(' [arguments] ')' | primary genexp
ast::Call* Parser::call(ast::Expr* func, size_t start) {
  Nest nest(*this);
  size_t open = mark();
  advance();  // '('
  Vec<ast::Expr*> args;
  Vec<ast::Keyword*> keywords;
  if (!at(TokenKind::RPar)) {
    size_t first = mark();
    ast::Expr* e = nullptr;
    if (!at(TokenKind::Star) && !at(TokenKind::DoubleStar) && !(at_name() && at(TokenKind::Equal, 1))) {
      e = argument_expression();
      if (at(TokenKind::Equal)) invalid_kwarg(first, e);
      if (at(Keyword::kw_for) || (at(Keyword::kw_async) && at(Keyword::kw_for, 1))) {
        auto generators = for_if_clauses();
        if (!at(TokenKind::RPar)) {
          if (invalid_pass_ && at(TokenKind::Comma)) {
            ast::Loc l = span(first);
            raise("Generator expression must be parenthesized", l);
          }
          fail();
        }
        advance();  // ')'
        auto* g = node<ast::GeneratorExp>(open);
        g->elt = e;
        g->generators = generators;
        auto* c = node<ast::Call>(start);
        c->func = func;
        args.push_back(g);
        c->args = seq(args);
        return c;
      }
      args.push_back(e);
      if (accept(TokenKind::Comma)) arguments(args, keywords);
    } else {
      arguments(args, keywords);
    }
  }
  if (!at(TokenKind::RPar)) {
    if (invalid_pass_ && at_expression_start() && !args.empty() && keywords.empty())
      raise_range(args.back(), nullptr, "invalid syntax. Perhaps you forgot a comma?");
    fail();
  }
  advance();  // ')'
  auto* c = node<ast::Call>(start);
  c->func = func;
  c->args = seq(args);
  c->keywords = seq(keywords);
  return c;
}

// The comma-separated arguments up to ')', appended to args and keywords.
void Parser::arguments(Vec<ast::Expr*>& args, Vec<ast::Keyword*>& keywords) {
  bool seen_double_star = false;
  while (!at(TokenKind::RPar)) {
    size_t start = mark();
    if (accept(TokenKind::DoubleStar)) {
      auto* k = ast::make<ast::Keyword>(arena_);
      k->value = expression();
      k->loc = span(start);
      keywords.push_back(k);
      seen_double_star = true;
    } else if (at(TokenKind::Star)) {
      advance();
      auto* s = ast::make<ast::Starred>(arena_);
      s->value = expression();
      s->ctx = ast::ExprContext::Load;
      s->loc = span(start);
      if (seen_double_star) raise_at(tokens_[start], "iterable argument unpacking follows keyword argument unpacking");
      args.push_back(s);
    } else if (at_name() && at(TokenKind::Equal, 1)) {
      const Token& name = advance();
      advance();  // '='
      auto* k = ast::make<ast::Keyword>(arena_);
      k->arg = identifier(name);
      k->value = expression();
      k->loc = span(start);
      if (invalid_pass_ && at(Keyword::kw_for))
        raise(std::string("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
              {name.lineno, name.col, tokens_[start + 1].end_lineno, tokens_[start + 1].end_col});
      keywords.push_back(k);
    } else {
      ast::Expr* e = argument_expression();
      if (at(TokenKind::Equal)) invalid_kwarg(start, e);
      if (at(Keyword::kw_for)) {
        // _PyPegen_nonparen_genexp_in_call: an unparenthesized generator
        // is an error only after other positional arguments.
        if (!invalid_pass_ || args.empty()) fail();
        for_if_clauses();
        raise("Generator expression must be parenthesized", span(start));
      }
      if (!keywords.empty()) {
        // _PyPegen_arguments_parsing_error: at the last token read, past
        // the remaining arguments.
        while (accept(TokenKind::Comma) && !at(TokenKind::RPar)) {
          accept(TokenKind::Star) || accept(TokenKind::DoubleStar);
          expression();
        }
        raise_at(peek(), seen_double_star ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
  }
}

// invalid_kwarg, for an argument `e` (from token `start`) followed by '=':
// raises, or fails where the first pass would.
void Parser::invalid_kwarg(size_t start, ast::Expr* e) {
  if (!invalid_pass_) fail();
  const Token& first = tokens_[start];
  const Token& equal = peek();
  Loc where{first.lineno, first.col, equal.end_lineno, equal.end_col};
  bool one_token = mark() == start + 1;
  if (one_token && (first.keyword == Keyword::kw_True || first.keyword == Keyword::kw_False ||
                    first.keyword == Keyword::kw_None))
    raise("cannot assign to " + std::string(first.text), where);
  raise("expression cannot contain assignment, perhaps you meant \"==\"?", where);
}

// One parameter: NAME [':' expression] (no annotation in a lambda); after
// '*', the annotation may be starred (PEP 646).
ast::Arg* Parser::param(bool lambda, bool star_annotation) {
  if (!at_name()) fail();
  size_t start = mark();
  auto* a = ast::make<ast::Arg>(arena_);
  a->arg = identifier(advance());
  if (!lambda && accept(TokenKind::Colon)) a->annotation = star_annotation ? star_expression() : expression();
  a->loc = span(start);
  return a;
}

// invalid_parameters: `def f((a, b))`, a Python 2 tuple parameter.
void Parser::invalid_parenthesized_parameters(bool lambda) {
  size_t m = mark();
  const Token& open = advance();
  try {
    do param(lambda, false);
    while (accept(TokenKind::Comma) && !at(TokenKind::RPar));
    if (const Token* close = accept(TokenKind::RPar))
      raise(lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized",
            {open.lineno, open.col, close->end_lineno, close->end_col});
  } catch (const ParseFailure&) {
  }
  reset(m);
}

// The parameter list of a def (up to ')') or a lambda (up to ':').
ast::Arguments* Parser::parameters(bool lambda) {
  TokenKind end = lambda ? TokenKind::Colon : TokenKind::RPar;
  Vec<ast::Arg*> posonly, args, kwonly;
  Vec<ast::Expr*> defaults, kw_defaults;
  auto* result = ast::make<ast::Arguments>(arena_);
  bool star_seen = false, kwarg_seen = false;
  bool first = true;
  while (!at(end)) {
    if (kwarg_seen) {
      if (invalid_pass_ && at_name()) raise("arguments cannot follow var-keyword argument", param(lambda, false)->loc);
      if (invalid_pass_ && (at(TokenKind::Star) || at(TokenKind::DoubleStar) || at(TokenKind::Slash)))
        raise_at(peek(), "arguments cannot follow var-keyword argument");
      fail();
    }
    if (invalid_pass_ && at(TokenKind::LPar) && defaults.empty() && !star_seen && posonly.empty())
      invalid_parenthesized_parameters(lambda);
    if (at(TokenKind::Slash)) {
      const Token& slash = advance();
      if (star_seen || !posonly.empty() || args.empty()) {
        if (invalid_pass_) {
          if (star_seen) raise_at(slash, "/ must be ahead of *");
          if (!posonly.empty()) raise_at(slash, "/ may appear only once");
          if (first && at(TokenKind::Comma)) raise_at(slash, "at least one argument must precede /");
        }
        fail();
      }
      posonly.swap(args);
    } else if (at(TokenKind::Star)) {
      const Token& star = advance();
      if (star_seen) {
        if (invalid_pass_) raise_at(star, "* argument may appear only once");
        fail();
      }
      star_seen = true;
      if (at(TokenKind::Comma) || at(end)) {
        // A bare '*' must be followed by keyword-only parameters.
        // A def reports it at the '*', a lambda at the last token read.
        if (at(end)) raise_at(lambda ? peek() : star, "named arguments must follow bare *");
        if (at(TokenKind::Comma) && (at(end, 1) || at(TokenKind::DoubleStar, 1)))
          raise_at(lambda ? peek(1) : star, "named arguments must follow bare *");
      } else {
        result->vararg = param(lambda, true);
        if (at(TokenKind::Equal)) {
          if (invalid_pass_) raise_at(peek(), "var-positional argument cannot have default value");
          fail();
        }
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      result->kwarg = param(lambda, false);
      if (at(TokenKind::Equal)) {
        if (invalid_pass_) raise_at(peek(), "var-keyword argument cannot have default value");
        fail();
      }
      kwarg_seen = true;
    } else {
      ast::Arg* a = param(lambda, false);
      ast::Expr* value = nullptr;
      if (const Token* equal = accept(TokenKind::Equal)) {
        if (invalid_pass_ && (at(TokenKind::Comma) || at(TokenKind::RPar)))  // invalid_default
          raise_at(*equal, "expected default value expression");
        value = expression();
      }
      if (star_seen) {
        kwonly.push_back(a);
        kw_defaults.push_back(value);
      } else {
        if (value) {
          defaults.push_back(value);
        } else if (!defaults.empty()) {
          if (invalid_pass_) raise(std::string("non-default argument follows default argument"), a->loc);
          fail();
        }
        args.push_back(a);
      }
    }
    first = false;
    if (!accept(TokenKind::Comma)) break;
  }
  result->posonlyargs = seq(posonly);
  result->args = seq(args);
  result->kwonlyargs = seq(kwonly);
  result->kw_defaults = seq(kw_defaults);
  result->defaults = seq(defaults);
  return result;
}

}  // namespace ingot
