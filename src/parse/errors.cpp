// Raising SyntaxErrors, naming expressions in messages, and choosing the
// error to report when parsing fails (parse_module).
#include <optional>

#include "parse/parser.h"

namespace ingot {

void Parser::raise(std::string message, Loc where, SyntaxError::Type type) {
  SyntaxError e;
  e.type = type;
  e.message = std::move(message);
  e.lineno = where.lineno;
  e.col = where.col_offset;
  e.end_lineno = where.end_lineno;
  e.end_col = where.end_col_offset;
  throw ParseError{std::move(e)};
}

void Parser::raise_at(const Token& t, std::string message) { raise(std::move(message), token_loc(t)); }

// At the token's first character only, as CPython shows it.
void Parser::raise_indentation(const Token& t, std::string message) {
  raise(std::move(message), {t.lineno, t.col, t.lineno, t.col + 1}, SyntaxError::Type::IndentationError);
}

// From the start of `from` to the end of `to`; with no `to`, to the end of
// the expression that follows (as for "Perhaps you forgot a comma?").
void Parser::raise_range(const ast::Node* from, const ast::Node* to, std::string message) {
  Loc where = from->loc;
  if (to) {
    where.end_lineno = to->loc.end_lineno;
    where.end_col_offset = to->loc.end_col_offset;
  } else {
    try {
      ast::Expr* next = expression();
      where.end_lineno = next->loc.end_lineno;
      where.end_col_offset = next->loc.end_col_offset;
    } catch (const ParseFailure&) {
      message = "invalid syntax";
      where = token_loc(tokens_[furthest_]);
    }
  }
  raise(std::move(message), where);
}

// _PyPegen_get_expr_name: how messages name an expression.
std::string_view Parser::describe(const ast::Expr* e) {
  using K = ast::Kind;
  switch (e->kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp:
    case K::BinOp:
    case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield:
    case K::YieldFrom: return "yield expression";
    case K::Await: return "await expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr:
    case K::FormattedValue: return "f-string expression";
    case K::Constant:
      switch (static_cast<const ast::Constant*>(e)->value.kind) {
        case ast::Value::Kind::None: return "None";
        case ast::Value::Kind::True: return "True";
        case ast::Value::Kind::False: return "False";
        case ast::Value::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    default: return "expression";
  }
}

// _PyPegen_get_invalid_target: the part of `e` that cannot be assigned to
// (or deleted), or nullptr if `e` is a valid target.
const ast::Expr* Parser::invalid_target(ast::Expr* e, Targets targets) {
  using K = ast::Kind;
  switch (e->kind) {
    case K::List:
      for (ast::Expr* x : static_cast<ast::List*>(e)->elts)
        if (const ast::Expr* bad = invalid_target(x, targets)) return bad;
      return nullptr;
    case K::Tuple:
      for (ast::Expr* x : static_cast<ast::Tuple*>(e)->elts)
        if (const ast::Expr* bad = invalid_target(x, targets)) return bad;
      return nullptr;
    case K::Starred:
      if (targets == Targets::Del) return e;
      return invalid_target(static_cast<ast::Starred*>(e)->value, targets);
    case K::Compare: {
      // `for a in b` read as an expression is a comparison; its left side
      // is the target.
      auto* c = static_cast<ast::Compare*>(e);
      if (targets != Targets::For) return e;
      return c->ops[0] == ast::CmpOperator::In ? invalid_target(c->left, targets) : nullptr;
    }
    case K::Name:
    case K::Subscript:
    case K::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::raise_invalid_target(const ast::Expr* bad, Targets targets) {
  if (!bad) fail();
  std::string verb = targets == Targets::Del ? "cannot delete " : "cannot assign to ";
  raise(verb + std::string(describe(bad)), bad->loc);
}

// invalid_for_target: `for` (at `start`, after 'for') over something that
// cannot be assigned to.
void Parser::invalid_for_target(size_t start) {
  if (!invalid_pass_) return;
  reset(start);
  ast::Expr* e = nullptr;
  try {
    e = star_expressions();
  } catch (const ParseFailure&) {
    return;
  }
  if (const ast::Expr* bad = invalid_target(e, Targets::For)) raise_invalid_target(bad, Targets::For);
}

// invalid_with_item: `with e as x` where x (at `after_as`) cannot be
// assigned to.
void Parser::invalid_with_item(size_t after_as) {
  if (!invalid_pass_) return;
  reset(after_as);
  ast::Expr* e = nullptr;
  try {
    e = expression();
  } catch (const ParseFailure&) {
    return;
  }
  if (!at(TokenKind::Comma) && !at(TokenKind::RPar) && !at(TokenKind::Colon)) return;
  if (const ast::Expr* bad = invalid_target(e, Targets::Star)) raise_invalid_target(bad, Targets::Star);
}

// A simple statement, starting at `start`, that failed to parse: the
// invalid_* rules that are not part of assignment (invalid_assignment).
// Each raises its message or gives up, and the caller goes on failing.
void Parser::invalid_simple_statement(size_t start) {
  reset(start);
  try {
    if (accept(Keyword::kw_del)) {  // invalid_del_stmt
      ast::Expr* e = star_expressions();
      if (const ast::Expr* bad = invalid_target(e, Targets::Del)) raise_invalid_target(bad, Targets::Del);
      return;
    }
    // invalid_legacy_expression: `print "x"`, `exec "code"`
    if (!at_name() || (peek().text != "print" && peek().text != "exec") || at(TokenKind::LPar, 1)) return;
    const Token& name = advance();
    if (!at_expression_start()) return;
    ast::Expr* arg = star_expressions();
    std::string id(name.text);
    raise("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
          {name.lineno, name.col, arg->loc.end_lineno, arg->loc.end_col_offset});
  } catch (const ParseFailure&) {
  }
}

// invalid_assignment: the statement at `start` is no valid assignment; say
// why, if it is an assignment at all. Tried in CPython's order; each
// alternative that does not apply gives way to the next.
void Parser::invalid_assignment(size_t start) {
  auto attempt = [&](auto&& alternative) {
    reset(start);
    try {
      alternative();
    } catch (const ParseFailure&) {
    }
  };
  attempt([&] {  // invalid_ann_assign_target ':' expression
    if (!at(TokenKind::LPar) && !at(TokenKind::LSqb)) return;
    ast::Expr* e = atom();
    if (e->kind != ast::Kind::List && e->kind != ast::Kind::Tuple) return;
    if (!accept(TokenKind::Colon)) return;
    expression();
    raise("only single target (not " + std::string(describe(e)) + ") can be annotated", e->loc);
  });
  attempt([&] {  // star_named_expression ',' star_named_expressions* ':' expression
    ast::Expr* first = star_named_expression();
    if (!accept(TokenKind::Comma)) return;
    while (at_expression_start() || at(TokenKind::Star)) {
      star_named_expression();
      if (!accept(TokenKind::Comma)) break;
    }
    if (!accept(TokenKind::Colon)) return;
    expression();
    raise("only single target (not tuple) can be annotated", first->loc);
  });
  attempt([&] {  // expression ':' expression
    ast::Expr* e = expression();
    if (!accept(TokenKind::Colon)) return;
    expression();
    raise("illegal target for annotation", e->loc);
  });
  auto skip_targets = [&] {  // (star_targets '=')*
    for (;;) {
      size_t m = mark();
      try {
        if (star_targets() && accept(TokenKind::Equal)) continue;
      } catch (const ParseFailure&) {
      }
      reset(m);
      return;
    }
  };
  attempt([&] {  // (star_targets '=')* star_expressions '='
    skip_targets();
    ast::Expr* e = star_expressions();
    if (!at(TokenKind::Equal)) return;
    if (const ast::Expr* bad = invalid_target(e, Targets::Star))
      raise_invalid_target(bad, Targets::Star);
  });
  attempt([&] {  // (star_targets '=')* yield_expr '='
    skip_targets();
    if (!at(Keyword::kw_yield)) return;
    ast::Expr* e = yield_expr();
    if (at(TokenKind::Equal)) raise_range(e, e, "assignment to yield expression not possible");
  });
  attempt([&] {  // star_expressions augassign (yield_expr | star_expressions)
    ast::Expr* e = star_expressions();
    if (!augmented_operator(kind())) return;
    advance();
    annotated_rhs();
    raise("'" + std::string(describe(e)) + "' is an illegal expression for augmented assignment", e->loc);
  });
}

namespace {

SyntaxError error_at(const Token& t, std::string message, SyntaxError::Type type = SyntaxError::Type::SyntaxError) {
  SyntaxError e;
  e.type = type;
  e.message = std::move(message);
  e.lineno = t.lineno;
  e.col = t.col;
  e.end_lineno = t.end_lineno;
  e.end_col = t.end_col;
  return e;
}

// CPython tokenizes the rest of the input after a parser error: a tokenizer
// error there wins, and so does an unclosed bracket opened before the line
// of the parser's error.
SyntaxError prefer_tokenizer_error(const TokenStream& stream, SyntaxError parser_error) {
  if (!stream.error) return parser_error;
  if (!stream.error_is_unclosed_bracket) return *stream.error;
  if (stream.unclosed_bracket_line < parser_error.lineno) return *stream.error;
  return parser_error;
}

}  // namespace

uint64_t second_pass_budget(uint64_t first_pass_steps) { return 50 * first_pass_steps + 100000; }

ParseResult parse_module(const Source& source, Arena& arena) {
  TokenStream stream = tokenize(source);
  Parser first(source, stream.tokens, arena, &stream);
  try {
    return {first.file(), std::nullopt};
  } catch (const ParseError& e) {
    // Only the tokenizer raises in the first pass.
    return {nullptr, e.error};
  } catch (const ParseFailure&) {
  }

  // The second pass, with the invalid_* rules on.
  size_t furthest = first.furthest();
  Parser second(source, stream.tokens, arena, &stream);
  second.set_invalid_pass(true);
  second.set_step_budget(second_pass_budget(first.steps()));
  try {
    second.file();
  } catch (const ParseError& e) {
    return {nullptr, prefer_tokenizer_error(stream, e.error)};
  } catch (const ParseFailure&) {
  } catch (const BudgetExhausted&) {
  }

  const Token& last = first.token(furthest);
  if (last.kind == TokenKind::Error && stream.error) return {nullptr, *stream.error};
  if (last.kind == TokenKind::Indent)
    return {nullptr, error_at(last, "unexpected indent", SyntaxError::Type::IndentationError)};
  if (last.kind == TokenKind::Dedent)
    return {nullptr, error_at(last, "unexpected unindent", SyntaxError::Type::IndentationError)};
  return {nullptr, prefer_tokenizer_error(stream, error_at(last, "invalid syntax"))};
}

}  // namespace ingot
