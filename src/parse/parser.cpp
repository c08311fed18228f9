#include "parse/parser.h"

#include "unicode/unicode.h"

namespace ingot {

Parser::Parser(const Source& source, const std::vector<Token>& tokens, Arena& arena, const TokenStream* stream)
    : source_(source), tokens_(tokens), arena_(arena), stream_(stream) {}

const Token& Parser::peek(size_t ahead) {
  size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
  if (i > furthest_) furthest_ = i;
  const Token& t = tokens_[i];
  // Reaching the point where the tokenizer failed ends parsing with its
  // error, as CPython's lazy tokenizer does. End of input inside brackets is
  // the exception: it is a token that matches nothing (see errors.cpp).
  if (t.kind == TokenKind::Error && stream_ && stream_->error && !stream_->error_is_unclosed_bracket) {
    throw ParseError{*stream_->error};
  }
  return t;
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (pos_ < tokens_.size() - 1) ++pos_;
  return t;
}

const Token* Parser::accept(TokenKind k) {
  if (!at(k)) return nullptr;
  return &advance();
}

const Token* Parser::accept(Keyword k) {
  if (!at(k)) return nullptr;
  return &advance();
}

ast::Loc Parser::span(size_t start) const {
  const Token& first = tokens_[std::min(start, tokens_.size() - 1)];
  size_t i = pos_;
  while (i > 0) {
    const Token& t = tokens_[i - 1];
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent &&
        t.kind != TokenKind::EndMarker)
      break;
    --i;
  }
  const Token& last = tokens_[i > 0 ? i - 1 : 0];
  return {first.lineno, first.col, last.end_lineno, last.end_col};
}

ast::Identifier Parser::identifier(const Token& name) {
  if (!name.non_ascii) return name.text;
  return arena_.copy(unicode::nfkc(name.text));
}

ast::Name* Parser::name_expr(const Token& t, ast::ExprContext ctx) {
  auto* n = ast::make<ast::Name>(arena_, token_loc(t));
  n->id = identifier(t);
  n->ctx = ctx;
  return n;
}

void Parser::enter() {
  if (++steps_ > step_budget_) throw BudgetExhausted{};
  // CPython's parser gives up at a nesting depth of 6000 (MAXSTACK); ours
  // stays well inside an 8 MB stack at that depth.
  if (++depth_ > 6000) {
    --depth_;
    const Token& t = tokens_[pos_];
    raise("too many nested parentheses", token_loc(t));
  }
}

ast::Module* Parser::file() {
  auto* m = ast::make<ast::Module>(arena_);
  m->body = statements_until(TokenKind::EndMarker);
  if (!at(TokenKind::EndMarker)) throw ParseFailure{};
  return m;
}

}  // namespace ingot
