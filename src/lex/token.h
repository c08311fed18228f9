// Tokens: what the tokenizer (lex/) hands the parser (parse/).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "diagnostics/syntax_error.h"

namespace ingot {

#define INGOT_TOKEN_KINDS(X)                                                    \
  X(EndMarker, "") X(Name, "") X(Number, "") X(String, "") X(Newline, "")      \
  X(Indent, "") X(Dedent, "") X(Error, "") X(Op, "")                            \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{")           \
  X(RBrace, "}") X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+")          \
  X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|") X(Amper, "&")           \
  X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%")        \
  X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")                         \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")     \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=")                    \
  X(MinEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=")                      \
  X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=")                  \
  X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                             \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")      \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")        \
  X(Ellipsis, "...") X(ColonEqual, ":=")

enum class TokenKind : uint8_t {
#define X(name, text) name,
  INGOT_TOKEN_KINDS(X)
#undef X
};

// The hard keywords. Soft keywords (match, case, _) are plain names.
#define INGOT_KEYWORDS(X)                                                        \
  X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await) X(break)    \
  X(class) X(continue) X(def) X(del) X(elif) X(else) X(except) X(finally)       \
  X(for) X(from) X(global) X(if) X(import) X(in) X(is) X(lambda) X(nonlocal)    \
  X(not) X(or) X(pass) X(raise) X(return) X(try) X(while) X(with) X(yield)

enum class Keyword : uint8_t {
  none,
#define X(word) kw_##word,
  INGOT_KEYWORDS(X)
#undef X
};

// Op is CPython's generic OP: a character its tokenizer passes on although no
// grammar rule takes it ($, ?, `, a lone !), so that parsing fails there.
// NotEqual is spelled "!=" or "<>" (which the parser refuses, as CPython's).
//
// Positions are those CPython's C tokenizer gives its parser:
// - String: from its prefix to its closing quote, over lines if need be.
// - Newline: at the line's "\n" (at the end of the last line if the file has
//   no "\n" there), with end_col == col and empty text; or, after a comment,
//   from the comment's '#' to the "\n", its text the comment.
// - Indent and Dedent: on the line of the first token after them, with col
//   one less than that token's (so -1 at column 0), and end_col -1. CPython
//   gives these no position of its own, and reports an error at one at its
//   cursor, which is then at that token: col + 1 is its offset.
// - At the end of input (DEDENTs, then EndMarker): the last line, col and
//   end_col -1 (CPython's offset is 0 there). The last line is the file's
//   last, blank or not; 0 for an empty file.
// - Error: where tokenizing stopped; use TokenStream::error's location.
// A backslash continuation in a line's indentation ends it: Indent and Dedent
// come on the next line, at its first token (CPython 3.11.7 measures the
// indentation up to the backslash).

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  Keyword keyword = Keyword::none;  // for Name tokens spelling a hard keyword
  bool non_ascii = false;           // a Name with non-ASCII characters (needs NFKC)
  // 1-based lines, 0-based UTF-8 byte columns, as CPython's tokenizer.
  int32_t lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  std::string_view text;  // the token's bytes in the source (empty for Indent/Dedent/EndMarker)
};

std::string_view token_kind_name(TokenKind kind);  // "LPar", ...
std::string_view token_spelling(TokenKind kind);   // "(", ... ("" for the non-operators)

// The tokenizer's result. `tokens` ends with EndMarker, or, if tokenizing
// stopped at an error, with an Error token at that point and `error` set.
// Errors carry CPython's location (see lex/README.md on its offsets, which
// count characters for the errors its tokenizer raises).
struct TokenStream {
  std::vector<Token> tokens;
  std::optional<SyntaxError> error;
  // True when the error is end of input inside brackets ("'(' was never
  // closed"): CPython lets an earlier parser error win over this one when the
  // bracket opened on a line after the parser error (see parse/errors.cpp).
  bool error_is_unclosed_bracket = false;
  int unclosed_bracket_line = 0;
  // Whether CPython's tokenizer raises `error` itself (bad numbers, strings,
  // characters and brackets, NUL bytes, undecodable lines). CPython tokenizes
  // the rest of the file after a parser error, and such an error then wins.
  // The others ("unexpected EOF while parsing", "unindent does not match any
  // outer indentation level", TabError, "too many levels of indentation",
  // "unexpected character after line continuation character", and end of
  // input inside brackets) are status codes that CPython turns into errors
  // only when its parser reaches the Error token.
  bool error_is_raised = false;
  // For an error that is not raised, made inside brackets: "'(' was never
  // closed" for the innermost open bracket (opened on unclosed_bracket_line),
  // which CPython reports instead of a parser error on a later line.
  std::optional<SyntaxError> unclosed_bracket_error;
};

// `source` holds text as decode_source() gives it (its NUL bytes and, for a
// file with no declared encoding, bytes that are not UTF-8 still in it, as
// CPython's tokenizer reports those). Any other text tokenizes as CPython's
// tokenizer would read it: a "\r", for one, is an invalid character.
class Source;
TokenStream tokenize(const Source& source);

// The tokens of an f-string replacement field's expression: bytes [begin,
// end) of the source, whose first byte is at (lineno, col). They are
// tokenized as if inside brackets (no NEWLINE, INDENT or DEDENT), with their
// real positions, and end with EndMarker.
TokenStream tokenize_fstring_expression(const Source& source, size_t begin, size_t end, int lineno, int col);

}  // namespace ingot
