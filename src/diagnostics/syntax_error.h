// A syntax error as CPython raises it. Every front-end phase reports errors
// as this plain value; print_syntax_error() writes CPython's format.
#pragma once

#include <iosfwd>
#include <string>

#include "base/source.h"

namespace ingot {

struct SyntaxError {
  enum class Type { SyntaxError, IndentationError, TabError };
  Type type = Type::SyntaxError;
  std::string message;
  // 1-based lines, 0-based UTF-8 byte columns, like the AST. A column of -1
  // means "no column" (CPython then prints no caret). end_* of 0 means
  // "same as the start".
  int lineno = 0;
  int col = -1;
  int end_lineno = 0;
  int end_col = -1;
  // CPython reports this error's columns in characters, not bytes, even in
  // a file that declares no encoding: most errors its tokenizer raises.
  bool in_characters = false;
};

// Writes the error the way `python3 FILE` does when compiling FILE fails:
//   File "x.py", line 3
//     x = (1,
//         ^
// SyntaxError: '(' was never closed
void print_syntax_error(std::ostream& out, const SyntaxError& error, const Source& source);

}  // namespace ingot
