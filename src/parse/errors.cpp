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

void Parser::raise_indentation(const Token& t, std::string message) {
  raise(std::move(message), token_loc(t), SyntaxError::Type::IndentationError);
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
const ast::Expr* Parser::invalid_target(ast::Expr* e, ast::ExprContext ctx) {
  using K = ast::Kind;
  switch (e->kind) {
    case K::List:
      for (ast::Expr* x : static_cast<ast::List*>(e)->elts)
        if (const ast::Expr* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    case K::Tuple:
      for (ast::Expr* x : static_cast<ast::Tuple*>(e)->elts)
        if (const ast::Expr* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    case K::Starred:
      if (ctx == ast::ExprContext::Del) return e;
      return invalid_target(static_cast<ast::Starred*>(e)->value, ctx);
    case K::Name:
    case K::Subscript:
    case K::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::raise_invalid_target(const ast::Expr* bad, ast::ExprContext ctx, std::string_view suffix) {
  if (!bad) fail();
  std::string verb = ctx == ast::ExprContext::Del ? "cannot delete " : "cannot assign to ";
  raise(verb + std::string(describe(bad)) + std::string(suffix), bad->loc);
}

// A simple statement that does not end where it should. This is where most
// of CPython's invalid_* rules for statements apply.
void Parser::invalid_simple_statement(size_t start) {
  if (!invalid_pass_) fail();
  size_t after = pos_;
  // The statement parsed as an expression up to here; re-read it to see what
  // kind of statement was meant.
  reset(start);
  ast::Expr* e = nullptr;
  try {
    e = at(Keyword::kw_yield) ? yield_expr() : star_expressions();
  } catch (const ParseFailure&) {
    reset(after);
    fail();
  }
  if (pos_ != after) {
    reset(after);
    fail();
  }
  const Token& next = peek();
  if (next.kind == TokenKind::Equal) {
    // invalid_named_expression: `f() = 1` names the whole left side ...
    bool single = e->kind != ast::Kind::Tuple && e->kind != ast::Kind::List && e->kind != ast::Kind::GeneratorExp;
    if (e->kind == ast::Kind::Constant) {
      auto k = static_cast<ast::Constant*>(e)->value.kind;
      single = k != ast::Value::Kind::True && k != ast::Value::Kind::False && k != ast::Value::Kind::None;
    }
    if (e->kind == ast::Kind::Yield || e->kind == ast::Kind::YieldFrom)
      raise_range(e, e, "assignment to yield expression not possible");
    if (single && invalid_target(e, ast::ExprContext::Store)) {
      advance();
      size_t m = mark();
      bool chained = false;
      try {
        binary(0);
        chained = at(TokenKind::Equal) || at(TokenKind::ColonEqual);
      } catch (const ParseFailure&) {
        chained = true;
      }
      reset(m);
      if (!chained) raise_invalid_target(e, ast::ExprContext::Store, " here. Maybe you meant '==' instead of '='?");
    }
    // ... while a tuple or a chain names the offending part.
    raise_invalid_target(invalid_target(e, ast::ExprContext::Store), ast::ExprContext::Store);
  }
  if (next.kind == TokenKind::Colon) {
    if (e->kind == ast::Kind::Tuple) {
      auto* t = static_cast<ast::Tuple*>(e);
      raise("only single target (not tuple) can be annotated", t->elts[0]->loc);
    }
    if (e->kind == ast::Kind::List) raise("only single target (not list) can be annotated", e->loc);
    raise("illegal target for annotation", e->loc);
  }
  switch (next.kind) {
    case TokenKind::PlusEqual: case TokenKind::MinEqual: case TokenKind::StarEqual: case TokenKind::AtEqual:
    case TokenKind::SlashEqual: case TokenKind::PercentEqual: case TokenKind::AmperEqual: case TokenKind::VBarEqual:
    case TokenKind::CircumflexEqual: case TokenKind::LeftShiftEqual: case TokenKind::RightShiftEqual:
    case TokenKind::DoubleStarEqual: case TokenKind::DoubleSlashEqual:
      raise("'" + std::string(describe(e)) + "' is an illegal expression for augmented assignment", e->loc);
    default:
      break;
  }
  // invalid_legacy_expression: `print "x"`, `exec "code"`
  if (auto* n = ast::as<ast::Name>(e); n && (n->id == "print" || n->id == "exec") && at_expression_start()) {
    size_t m = mark();
    try {
      ast::Expr* arg = star_expressions();
      Loc where{n->loc.lineno, n->loc.col_offset, arg->loc.end_lineno, arg->loc.end_col_offset};
      raise("Missing parentheses in call to '" + std::string(n->id) + "'. Did you mean " + std::string(n->id) +
                "(...)?",
            where);
    } catch (const ParseFailure&) {
      reset(m);
    }
  }
  reset(after);
  fail();
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
  try {
    second.file();
  } catch (const ParseError& e) {
    return {nullptr, prefer_tokenizer_error(stream, e.error)};
  } catch (const ParseFailure&) {
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
