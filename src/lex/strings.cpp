// String literals, one STRING token each whatever the prefix (f-strings
// included: the parser splits them), as CPython 3.11 scans them: only quotes
// and backslashes matter, a backslash hiding the byte after it (a newline
// too). A single-quoted string ends at its line's end, unterminated.
#include "lex/lexer.h"

namespace ingot::lex {

void Lexer::string(int quote, size_t start) {
  int first_lineno = lineno_;
  size_t first_line_start = line_start_;
  in_token_ = true;

  int quote_size = 1, end_quote_size = 0;
  int c = next();
  if (c == quote) {
    c = next();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // the empty string
    }
  }
  if (c != quote) backup(c);

  while (end_quote_size != quote_size) {
    // Bytes that are neither quote, backslash nor newline, in bulk.
    size_t at = pos_, stop = line_end_;
    const char* data = text_.data();
    while (at < stop && data[at] != quote && data[at] != '\\' && data[at] != '\n') ++at;
    if (at != pos_) end_quote_size = 0;
    pos_ = at;

    c = next();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Reported at the string's first character, naming the line where
      // the input ran out.
      std::string message = quote_size == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
      message += " (detected at line " + std::to_string(lineno_) + ")";
      int col = static_cast<int>(start - first_line_start);
      raise_at(std::move(message), first_lineno, col, col);
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') next();
    }
  }
  in_token_ = false;

  Token& t = tokens_.emplace_back();
  t.kind = TokenKind::String;
  t.lineno = first_lineno;
  t.col = static_cast<int>(start - first_line_start);
  t.end_lineno = lineno_;
  t.end_col = col_of(pos_);
  t.text = text_.substr(start, pos_ - start);
}

}  // namespace ingot::lex
