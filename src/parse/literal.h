// Literal tokens to values: numbers, and the bodies of string and bytes
// literals (escape sequences). f-string replacement fields are split out by
// the parser (parse/fstring.cpp), which calls decode_string() on the
// literal parts.
#pragma once

#include <string>
#include <string_view>

#include "ast/ast.h"
#include "base/arena.h"

namespace ingot {

// The prefix and body of one STRING token's text, e.g. rb'''x''' .
struct StringToken {
  bool raw = false, bytes = false, fstring = false, unicode = false;  // u'' gives kind='u'
  std::string_view body;    // between the quotes
  int body_offset = 0;      // byte offset of body within the token text
};
StringToken split_string_token(std::string_view token_text);

// Escape processing for a str (or bytes) body. On an error, returns false and
// sets `error` to CPython's message, e.g.
// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape".
// Output for str is generalised UTF-8 (lone surrogates allowed).
bool decode_string(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error);

// A NUMBER token's value: Int (decimal digits), Float or Complex.
ast::Value parse_number(std::string_view token_text, Arena& arena);

// CPython's message for a NUMBER token it refuses to convert (a decimal int
// beyond the 4300-digit limit on int/str conversion), or empty.
std::string number_error(std::string_view token_text);

}  // namespace ingot
