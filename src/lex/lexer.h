// The tokenizer's state, shared by the files that scan one kind of token each
// (indentation.cpp, names.cpp, numbers.cpp, strings.cpp, operators.cpp) and
// driven by lexer.cpp.
//
// Design: CPython 3.11's tokenizer (Parser/tokenizer.c) reads a byte at a
// time with tok_nextc() and steps back with tok_backup(), and many of its
// error positions are simply wherever that cursor stood, so next() and
// backup() here behave the same way, over the whole text at once:
// - lines are "read" lazily, when the first byte of the next one is asked
//   for, which decides the line CPython reports at the end of input;
// - the input ends with a "\n" even when the text does not (CPython adds one);
// - input ends early at the first line CPython cannot read (a NUL byte,
//   undecodable bytes; see readable.h), where asking for more raises that
//   error, as it does in CPython.
// Errors are thrown as Failure and become the stream's Error token. The hot
// loops (names, string bodies, comments) scan the text directly, up to the
// end of the current line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/source.h"
#include "lex/readable.h"
#include "lex/token.h"

namespace ingot::lex {

constexpr int kEof = -1;

// Where tokenizing stopped, and how CPython would report it.
struct Failure {
  SyntaxError error;
  bool raised = true;             // see TokenStream::error_is_raised
  bool unclosed_bracket = false;  // end of input inside brackets
};

class Lexer {
 public:
  // Tokenizes bytes [begin, end) of `source`, the first of which is at
  // (lineno, col). `level` > 0 tokenizes as if inside that many brackets.
  Lexer(const Source& source, size_t begin, size_t end, int lineno, int col, int level);
  // Tokenizes the whole of `source` as far as CPython can read it.
  Lexer(const Source& source, Readable readable);

  TokenStream run();

 private:
  static constexpr int kMaxIndent = 100;  // CPython's MAXINDENT
  static constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL

  // --- The cursor (tok_nextc, tok_backup) ---
  int next() {
    if (pos_ < line_end_) return static_cast<unsigned char>(text_[pos_++]);
    return next_line_char();
  }
  void backup(int c) {
    if (c != kEof) --pos_;
  }
  int next_line_char();
  void enter_line();

  int col_of(size_t at) const { return static_cast<int>(at - line_start_); }
  size_t input_end() const;
  int level() const;

  // --- The token loop (lexer.cpp) ---
  bool token();  // pushes the next token(s); false after the last one
  void continuation_line();
  void end_of_input();
  void push(TokenKind kind, size_t start, size_t end);
  void push_at_cursor(TokenKind kind, int col);

  // --- One file per kind of token ---
  bool indentation();  // indentation.cpp: at a line's start; true if blank
  void indent_to(int64_t col, int64_t altcol, bool at_end);
  [[noreturn]] void dedent_to_read_error();
  void name_or_string(int c, size_t start);  // names.cpp
  void verify_identifier(size_t start);
  void string(int quote, size_t start);  // strings.cpp
  void number(int c, size_t start);      // numbers.cpp
  void fraction(int c, size_t start);
  void exponent_and_suffix(int c, size_t start);
  int decimal_tail();
  bool lookahead(const char* rest);
  void verify_end_of_number(int c, const char* kind);
  void end_number(int c, size_t start);
  void dot(size_t start);  // operators.cpp
  void operator_or_bracket(int c, size_t start);
  void open_bracket(int c, size_t start);
  void close_bracket(int c);

  // --- Errors (lexer.cpp) ---
  // An error CPython's tokenizer raises itself (syntaxerror()): at the
  // character before the cursor, or where given.
  [[noreturn]] void raise(std::string message);
  [[noreturn]] void raise_at(std::string message, int lineno, int col, int end_col, bool in_characters = true);
  // An error CPython's parser makes of a tokenizer status code, on the
  // current line.
  [[noreturn]] void fail(SyntaxError::Type type, std::string message, int col);
  [[noreturn]] void fail_at_end_of_input();
  SyntaxError unclosed_bracket() const;

  std::string_view text_;
  size_t end_;                    // where input ends
  bool implicit_newline_;         // whether a "\n" follows end_
  std::optional<SyntaxError> read_error_;  // raised on reading at end_
  bool dedents_before_read_error_ = false;

  size_t pos_;
  size_t line_start_;  // of the current line
  size_t line_end_;    // after the current line's "\n", or end_
  int lineno_;
  // CPython's tok->buf: the start of the line where the current token began,
  // only for the column of "unexpected character after line continuation".
  size_t buffer_start_;
  bool in_token_ = false;  // whether a token spans the line being read

  bool at_line_start_ = true;  // CPython's atbol
  int indent_ = 0;
  int64_t indents_[kMaxIndent] = {0};       // indstack
  int64_t alt_indents_[kMaxIndent] = {0};   // altindstack, tabs as 1 column

  struct Bracket {
    char c;
    int lineno;
    int col;
  };
  std::vector<Bracket> brackets_;
  int outer_level_;  // brackets open around the text (f-string expressions)

  std::vector<Token> tokens_;
};

}  // namespace ingot::lex
