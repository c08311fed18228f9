// Compound statements: def, class, if, while, for, with, try, match.
#include "parse/parser.h"

namespace ingot {

ast::Stmt* Parser::compound_stmt() {
  size_t start = mark();
  const Token& t = peek();
  switch (t.keyword) {
    case Keyword::kw_def:
      return function_def({}, start);
    case Keyword::kw_if:
      return if_stmt(false);
    case Keyword::kw_class:
      return class_def({}, start);
    case Keyword::kw_while:
      return while_stmt();
    case Keyword::kw_for:
      return for_stmt(start, false);
    case Keyword::kw_with:
      return with_stmt(start, false);
    case Keyword::kw_try:
      return try_stmt();
    case Keyword::kw_async:
      if (at(Keyword::kw_def, 1)) return function_def({}, start);
      if (at(Keyword::kw_with, 1)) return with_stmt(start, true);
      if (at(Keyword::kw_for, 1)) return for_stmt(start, true);
      return nullptr;
    default:
      break;
  }
  if (t.kind == TokenKind::At) {
    auto decos = decorators();
    size_t def_start = mark();
    if (at(Keyword::kw_class)) return class_def(decos, def_start);
    if (at(Keyword::kw_def) || (at(Keyword::kw_async) && at(Keyword::kw_def, 1))) return function_def(decos, def_start);
    fail();
  }
  if (at_soft("match")) return match_stmt();
  return nullptr;
}

// The body after a compound statement's ':'. `what` names the statement for
// "expected an indented block after ... on line N".
ast::Seq<ast::Stmt*> Parser::block(const Token& owner, std::string_view what) {
  if (accept(TokenKind::Newline)) {
    if (!accept(TokenKind::Indent)) {
      raise_indentation(peek(), "expected an indented block after " + std::string(what) + " on line " +
                                    std::to_string(owner.lineno));
    }
    auto body = statements_until(TokenKind::Dedent);
    advance();  // DEDENT
    return body;
  }
  Vec<ast::Stmt*> body;
  simple_stmts(body);
  return seq(body);
}

// ':' after a compound statement's header. CPython reports "expected ':'"
// where the header ends the line (and always for the `forced` keywords).
void Parser::check_block_start(const Token& keyword, std::string_view what) {
  if (accept(TokenKind::Colon)) return;
  if (what == "forced" || at(TokenKind::Newline)) raise_at(peek(), "expected ':'");
  fail();
}

ast::Seq<ast::Expr*> Parser::decorators() {
  Vec<ast::Expr*> decos;
  while (accept(TokenKind::At)) {
    decos.push_back(named_expression());
    expect(TokenKind::Newline);
  }
  return seq(decos);
}

ast::Stmt* Parser::function_def(ast::Seq<ast::Expr*> decos, size_t start) {
  bool is_async = accept(Keyword::kw_async) != nullptr;
  const Token& def = advance();
  if (!at_name()) fail();
  ast::Identifier name = identifier(advance());
  if (!accept(TokenKind::LPar)) raise_at(peek(), "expected '('");
  ast::Arguments* args = parameters(false);
  expect(TokenKind::RPar);
  ast::Expr* returns = nullptr;
  if (at(TokenKind::RArrow)) {  // ['->' expression]
    size_t arrow = mark();
    advance();
    try {
      returns = expression();
    } catch (const ParseFailure&) {
      reset(arrow);
    }
  }
  check_block_start(def, "forced");
  auto body = block(def, "function definition");
  auto fill = [&](auto* f) {
    f->name = name;
    f->args = args;
    f->body = body;
    f->decorator_list = decos;
    f->returns = returns;
    f->loc = span(start);
    return f;
  };
  if (is_async) return fill(ast::make<ast::AsyncFunctionDef>(arena_));
  return fill(ast::make<ast::FunctionDef>(arena_));
}

ast::Stmt* Parser::class_def(ast::Seq<ast::Expr*> decos, size_t start) {
  const Token& cls = advance();
  if (!at_name()) fail();
  auto* c = ast::make<ast::ClassDef>(arena_);
  c->name = identifier(advance());
  if (accept(TokenKind::LPar)) {
    Vec<ast::Expr*> bases;
    Vec<ast::Keyword*> keywords;
    arguments(bases, keywords);
    expect(TokenKind::RPar);
    c->bases = seq(bases);
    c->keywords = seq(keywords);
  }
  check_block_start(cls, "");
  c->body = block(cls, "class definition");
  c->decorator_list = decos;
  c->loc = span(start);
  return c;
}

ast::Stmt* Parser::if_stmt(bool is_elif) {
  size_t start = mark();
  const Token& kw = advance();
  auto* s = ast::make<ast::If>(arena_);
  s->test = named_expression();
  check_block_start(kw, "");
  s->body = block(kw, is_elif ? "'elif' statement" : "'if' statement");
  if (at(Keyword::kw_elif)) {
    Vec<ast::Stmt*> orelse{if_stmt(true)};
    s->orelse = seq(orelse);
  } else {
    s->orelse = else_block();
  }
  s->loc = span(start);
  return s;
}

ast::Seq<ast::Stmt*> Parser::else_block() {
  if (!at(Keyword::kw_else)) return {};
  const Token& kw = advance();
  check_block_start(kw, "forced");
  return block(kw, "'else' statement");
}

ast::Stmt* Parser::while_stmt() {
  size_t start = mark();
  const Token& kw = advance();
  auto* s = ast::make<ast::While>(arena_);
  s->test = named_expression();
  check_block_start(kw, "");
  s->body = block(kw, "'while' statement");
  s->orelse = else_block();
  s->loc = span(start);
  return s;
}

ast::Stmt* Parser::for_stmt(size_t start, bool is_async) {
  if (is_async) advance();
  const Token& kw = advance();
  size_t target_start = mark();
  ast::Expr* target = star_targets();
  if (!target || !accept(Keyword::kw_in)) {
    invalid_for_target(target_start);
    fail();
  }
  ast::Expr* iter = star_expressions();
  check_block_start(kw, "");
  auto body = block(kw, "'for' statement");
  auto orelse = else_block();
  auto fill = [&](auto* f) {
    f->target = target;
    f->iter = iter;
    f->body = body;
    f->orelse = orelse;
    f->loc = span(start);
    return f;
  };
  if (is_async) return fill(ast::make<ast::AsyncFor>(arena_));
  return fill(ast::make<ast::For>(arena_));
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
bool Parser::with_items(Vec<ast::WithItem*>& items, bool parenthesized) {
  do {
    if (parenthesized && at(TokenKind::RPar) && !items.empty()) break;
    auto* item = ast::make<ast::WithItem>(arena_);
    item->context_expr = expression();
    if (accept(Keyword::kw_as)) {
      size_t after_as = mark();
      item->optional_vars = star_target();
      if (!item->optional_vars || (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon))) {
        size_t stop = mark();
        invalid_with_item(after_as);
        reset(stop);
        return false;
      }
    }
    items.push_back(item);
  } while (accept(TokenKind::Comma));
  return true;
}

ast::Stmt* Parser::with_stmt(size_t start, bool is_async) {
  if (is_async) advance();
  const Token& kw = advance();
  Vec<ast::WithItem*> items;
  // 'with' '(' with_item, ... ')' ':' is tried first; `with (a, b) as c:`
  // then falls back to a parenthesised expression.
  bool done = false;
  if (at(TokenKind::LPar)) {
    size_t m = mark();
    advance();
    try {
      done = with_items(items, true) && accept(TokenKind::RPar) && at(TokenKind::Colon);
    } catch (const ParseFailure&) {
      done = false;
    }
    if (!done) {
      reset(m);
      items.clear();
    }
  }
  if (!done && !with_items(items, false)) {
    if (invalid_pass_ && at(TokenKind::Newline)) raise_at(peek(), "expected ':'");  // invalid_with_stmt
    fail();
  }
  check_block_start(kw, "");
  auto body = block(kw, "'with' statement");
  auto fill = [&](auto* w) {
    w->items = seq(items);
    w->body = body;
    w->loc = span(start);
    return w;
  };
  if (is_async) return fill(ast::make<ast::AsyncWith>(arena_));
  return fill(ast::make<ast::With>(arena_));
}

ast::Stmt* Parser::try_stmt() {
  size_t start = mark();
  const Token& kw = advance();
  check_block_start(kw, "forced");
  auto body = block(kw, "'try' statement");
  Vec<ast::ExceptHandler*> handlers;
  bool star = at(Keyword::kw_except) && at(TokenKind::Star, 1);
  while (at(Keyword::kw_except)) {
    bool this_star = at(TokenKind::Star, 1);
    if (this_star != star) {
      if (invalid_pass_) {  // invalid_try_stmt
        const char* message = "cannot have both 'except' and 'except*' on the same 'try'";
        if (star) raise_at(peek(), message);
        raise(message, {peek().lineno, peek().col, peek(1).end_lineno, peek(1).end_col});
      }
      fail();
    }
    handlers.push_back(except_block(star));
  }
  ast::Seq<ast::Stmt*> orelse, finalbody;
  if (!handlers.empty()) orelse = else_block();
  if (at(Keyword::kw_finally)) {
    const Token& fin = advance();
    check_block_start(fin, "forced");
    finalbody = block(fin, "'finally' statement");
  }
  if (handlers.empty() && finalbody.empty()) raise_at(peek(), "expected 'except' or 'finally' block");
  auto fill = [&](auto* t) {
    t->body = body;
    t->handlers = seq(handlers);
    t->orelse = orelse;
    t->finalbody = finalbody;
    t->loc = span(start);
    return t;
  };
  if (star) return fill(ast::make<ast::TryStar>(arena_));
  return fill(ast::make<ast::Try>(arena_));
}

ast::ExceptHandler* Parser::except_block(bool star) {
  size_t start = mark();
  const Token& kw = advance();
  if (star) advance();
  if (star && invalid_pass_ && (at(TokenKind::Colon) || at(TokenKind::Newline)))
    raise_at(peek(), "expected one or more exception types");
  auto* h = ast::make<ast::ExceptHandler>(arena_);
  if ((!at(TokenKind::Colon) && !at(TokenKind::Newline)) || star) {
    h->type = expression();
    if (at(TokenKind::Comma)) {
      if (invalid_pass_) {  // from the first type to the last read
        Loc where = h->type->loc;
        while (accept(TokenKind::Comma)) {
          ast::Expr* more = expression();
          where.end_lineno = more->loc.end_lineno;
          where.end_col_offset = more->loc.end_col_offset;
        }
        raise("multiple exception types must be parenthesized", where);
      }
      fail();
    }
    if (accept(Keyword::kw_as)) {
      if (!at_name()) fail();
      h->name = identifier(advance());
    }
  }
  check_block_start(kw, "");
  h->body = block(kw, star ? "'except*' statement" : "'except' statement");
  h->loc = span(start);
  return h;
}

ast::Stmt* Parser::match_stmt() {
  // "match" is a soft keyword: only a subject, ':' and NEWLINE make this a
  // match statement; otherwise `match` is a name and we backtrack.
  size_t start = mark();
  const Token& kw = advance();
  ast::Expr* subject = nullptr;
  try {
    size_t sstart = mark();
    ast::Expr* first = star_named_expression();
    if (accept(TokenKind::Comma)) {
      Vec<ast::Expr*> elts{first};
      while (!at(TokenKind::Colon)) {
        elts.push_back(star_named_expression());
        if (!accept(TokenKind::Comma)) break;
      }
      auto* t = node<ast::Tuple>(sstart);
      t->elts = seq(elts);
      subject = t;
    } else if (first->kind == ast::Kind::Starred) {
      subject = nullptr;
    } else {
      subject = first;
    }
  } catch (const ParseFailure&) {
    subject = nullptr;
  }
  if (!subject || !at(TokenKind::Colon)) {
    if (subject && at(TokenKind::Newline) && invalid_pass_) raise_at(peek(), "expected ':'");
    reset(start);
    return nullptr;
  }
  advance();  // ':'
  expect(TokenKind::Newline);
  if (!accept(TokenKind::Indent))
    raise_indentation(peek(), "expected an indented block after 'match' statement on line " + std::to_string(kw.lineno));
  Vec<ast::MatchCase*> cases;
  while (at_soft("case")) {
    const Token& case_kw = advance();
    auto* c = ast::make<ast::MatchCase>(arena_);
    c->pattern = patterns();
    if (accept(Keyword::kw_if)) c->guard = named_expression();
    check_block_start(case_kw, "");
    c->body = block(case_kw, "'case' statement");
    cases.push_back(c);
  }
  if (cases.empty()) fail();
  expect(TokenKind::Dedent);
  auto* m = node<ast::Match>(start);
  m->subject = subject;
  m->cases = seq(cases);
  return m;
}

}  // namespace ingot
