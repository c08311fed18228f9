// The f-string part of the parser (see fstring.cpp).
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "lex/token.h"

namespace ingot {

class Parser;

class FStringParser {
 public:
  // `whole` spans every concatenated token; the nodes get it as their
  // position, except a format spec's last literal part (see flush).
  // Errors go at `error_loc`: CPython reports them at the token after the
  // string, the last one its parser had read.
  FStringParser(Parser& parser, ast::Loc whole, ast::Loc error_loc);
  void parse(const Token& t, size_t begin, size_t end, bool raw, int depth, std::vector<ast::Expr*>& out,
             std::string& pending);
  // Turns `pending` literal text into a Constant at `where`.
  void flush(std::vector<ast::Expr*>& out, std::string& pending, ast::Loc where);

 private:
  [[noreturn]] void error(std::string message);
  void add_literal(std::string_view text, bool raw, std::string& pending);
  size_t field(const Token& t, size_t open, size_t end, bool raw, int depth, std::vector<ast::Expr*>& out,
               std::string& pending);
  ast::Expr* expression(const Token& t, size_t open, size_t expr_end);

  Parser& p_;
  ast::Loc whole_;
  ast::Loc error_loc_;
  size_t i_ = 0;  // where parse() stopped
};

}  // namespace ingot
