// The recursive-descent parser. It follows CPython 3.11's PEG grammar
// (Grammar/python.gram) rule for rule where that decides the tree or an error
// position, but it parses each construct once where the grammar would
// backtrack over alternatives with a common prefix (a parenthesised group,
// tuple or generator is told apart after its first element).
//
// Errors work as in CPython: a first pass without the `invalid_*` rules; if
// it fails, a second pass with them, which may raise a specific message; if
// none fires, "invalid syntax" at the furthest token the first pass looked
// at. See errors.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "lex/token.h"
#include "parse/parse.h"

namespace ingot {

// Thrown to abandon parsing with a SyntaxError.
struct ParseError {
  SyntaxError error;
};
// Thrown where the grammar cannot go on; the error is then "invalid syntax"
// at the furthest token looked at, as in CPython (see errors.cpp).
struct ParseFailure {};
// Thrown when the second pass has worked far longer than the first: the
// invalid_* rules re-read what failed, and where CPython memoizes some of
// them, nested input could make ours take exponential time. The error is
// then the first pass's "invalid syntax".
struct BudgetExhausted {};

// What a target is for, which decides what is invalid in it and how the
// message words it (CPython's TARGETS_TYPE).
enum class Targets { Star, Del, For };

// How many rule entries the second pass may make, after a first pass that
// made `first_pass_steps`.
uint64_t second_pass_budget(uint64_t first_pass_steps);

// The operator of an augmented assignment token ('+=' gives Add).
std::optional<ast::Operator> augmented_operator(TokenKind k);

class Parser {
 public:
  Parser(const Source& source, const std::vector<Token>& tokens, Arena& arena, const TokenStream* stream);

  ast::Module* file();              // file: [statements] ENDMARKER
  ast::Expr* fstring_expression();  // an f-string replacement field's tokens

  void set_invalid_pass(bool on) { invalid_pass_ = on; }
  size_t furthest() const { return furthest_; }
  // How much parsing (counted in rule entries) this parser has done, and
  // how much it may do.
  uint64_t steps() const { return steps_; }
  void set_step_budget(uint64_t budget) { step_budget_ = budget; }
  const Token& token(size_t i) const { return tokens_[i]; }

 private:
  friend class FStringParser;
  using Loc = ast::Loc;
  template <class T>
  using Vec = std::vector<T>;

  // --- tokens (parser.cpp) ---
  const Token& peek(size_t ahead = 0);
  TokenKind kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(TokenKind k, size_t ahead = 0) { return peek(ahead).kind == k; }
  bool at(Keyword k, size_t ahead = 0) { return peek(ahead).keyword == k && peek(ahead).kind == TokenKind::Name; }
  bool at_name(size_t ahead = 0) { return peek(ahead).kind == TokenKind::Name && peek(ahead).keyword == Keyword::none; }
  bool at_soft(std::string_view word, size_t ahead = 0) { return at_name(ahead) && peek(ahead).text == word; }
  const Token* accept(TokenKind k);
  const Token* accept(Keyword k);
  const Token& advance();
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }

  // Location from the token at `start` to the last consumed token that is
  // not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA).
  Loc span(size_t start) const;
  Loc token_loc(const Token& t) const { return {t.lineno, t.col, t.end_lineno, t.end_col}; }
  template <class N>
  N* node(size_t start) { return ast::make<N>(arena_, span(start)); }
  template <class T>
  ast::Seq<T> seq(const Vec<T>& items) {
    auto s = arena_.copy(std::span<const T>(items));
    return {s.data(), static_cast<uint32_t>(s.size())};
  }
  // first (',' item)* [','], where `more` says whether an item follows a
  // comma and `item` parses it.
  template <class T, class Item, class More>
  Vec<T> comma_list(T first, Item item, More more) {
    Vec<T> items{first};
    while (accept(TokenKind::Comma) && more()) items.push_back(item());
    return items;
  }
  ast::Identifier identifier(const Token& name);
  ast::Name* name_expr(const Token& t, ast::ExprContext ctx);

  // --- errors (errors.cpp) ---
  [[noreturn]] static void fail() { throw ParseFailure{}; }
  const Token& expect(TokenKind k) {
    if (!at(k)) fail();
    return advance();
  }
  [[noreturn]] void raise(std::string message, Loc where, SyntaxError::Type type = SyntaxError::Type::SyntaxError);
  [[noreturn]] void raise_at(const Token& t, std::string message);
  [[noreturn]] void raise_range(const ast::Node* from, const ast::Node* to, std::string message);
  [[noreturn]] void raise_indentation(const Token& t, std::string message);
  void enter();  // recursion guard
  void leave() { --depth_; }
  struct Nest {
    Parser& p;
    explicit Nest(Parser& parser) : p(parser) { p.enter(); }
    ~Nest() { p.leave(); }
  };
  static std::string_view describe(const ast::Expr* e);  // "function call", "literal", ...
  const ast::Expr* invalid_target(ast::Expr* e, Targets targets);
  [[noreturn]] void raise_invalid_target(const ast::Expr* bad, Targets targets);
  void check_block_start(const Token& keyword, std::string_view what);
  void invalid_simple_statement(size_t start);
  void invalid_assignment(size_t start);

  // --- statements (statements.cpp, compound.cpp) ---
  ast::Seq<ast::Stmt*> statements_until(TokenKind end);
  void statement(Vec<ast::Stmt*>& out);
  void simple_stmts(Vec<ast::Stmt*>& out);
  ast::Stmt* simple_stmt();
  ast::Stmt* assignment(size_t start);
  ast::Stmt* valid_assignment(size_t start);
  ast::Stmt* import_stmt();
  ast::Stmt* import_from();
  ast::Alias* dotted_as_name();
  ast::Identifier dotted_name();
  ast::Stmt* compound_stmt();
  ast::Seq<ast::Stmt*> block(const Token& owner, std::string_view what);
  ast::Seq<ast::Expr*> decorators();
  ast::Stmt* function_def(ast::Seq<ast::Expr*> decorators, size_t start);
  ast::Stmt* class_def(ast::Seq<ast::Expr*> decorators, size_t start);
  ast::Stmt* if_stmt(bool is_elif);
  ast::Seq<ast::Stmt*> else_block();
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(size_t start, bool is_async);
  ast::Stmt* with_stmt(size_t start, bool is_async);
  bool with_items(Vec<ast::WithItem*>& items, bool parenthesized);
  ast::Stmt* try_stmt();
  ast::ExceptHandler* except_block(bool star);
  ast::Stmt* match_stmt();
  ast::Expr* expect_colon_expr();

  // --- expressions (expressions.cpp, atoms.cpp, calls.cpp) ---
  ast::Expr* expressions();
  ast::Expr* expression();
  ast::Expr* yield_expr();
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression();
  ast::Expr* argument_expression();
  [[noreturn]] void invalid_kwarg(size_t start, ast::Expr* e);
  void invalid_named_expression(size_t start, ast::Expr* e);
  bool starts_with_display_or_constant(size_t start);
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* binary(int level);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* trailers(ast::Expr* e, size_t start, bool target_mode);
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* bracket_atom();
  ast::Expr* brace_atom();
  ast::Expr* strings();
  ast::Expr* lambdef();
  ast::Seq<ast::Comprehension*> for_if_clauses();
  bool at_comprehension();
  void check_comprehension_element(const ast::Expr* element);
  void display_elements(Vec<ast::Expr*>& elts, TokenKind close);
  ast::Expr* dict_value();
  void invalid_parenthesized_parameters(bool lambda);
  void invalid_for_target(size_t start);
  void invalid_with_item(size_t after_as);
  ast::Call* call(ast::Expr* func, size_t start);
  void arguments(Vec<ast::Expr*>& args, Vec<ast::Keyword*>& keywords);
  ast::Arguments* parameters(bool lambda);
  ast::Arg* param(bool lambda, bool star_annotation);
  ast::Expr* annotated_rhs();

  // --- targets (targets.cpp) ---
  ast::Expr* star_targets();
  ast::Expr* star_target();
  ast::Expr* target_with_star_atom();
  ast::Expr* star_atom();
  ast::Expr* t_primary_target(ast::ExprContext ctx);
  ast::Expr* single_target();
  ast::Seq<ast::Expr*> del_targets();
  ast::Expr* del_target();
  bool at_expression_start();
  bool at_t_lookahead() { return at(TokenKind::LPar) || at(TokenKind::LSqb) || at(TokenKind::Dot); }

  // --- patterns (patterns.cpp) ---
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* maybe_star_pattern();
  ast::Pattern* sequence_pattern(TokenKind close, size_t start);
  ast::Pattern* mapping_pattern();
  ast::Pattern* class_pattern(ast::Expr* cls, size_t start);
  ast::Expr* signed_number();
  ast::Expr* literal_expr();
  ast::Expr* name_or_attr();
  ast::Identifier capture_target();

  const Source& source_;
  const std::vector<Token>& tokens_;
  Arena& arena_;
  const TokenStream* stream_;  // for the tokenizer's error, if any
  size_t pos_ = 0;
  size_t furthest_ = 0;
  bool invalid_pass_ = false;
  bool cut_ = false;  // an augmented assignment went past its operator
  int depth_ = 0;
  uint64_t steps_ = 0;
  uint64_t step_budget_ = UINT64_MAX;
  std::unordered_map<size_t, std::pair<ast::Expr*, size_t>> star_target_memo_;
};

}  // namespace ingot
