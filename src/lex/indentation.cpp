// The start of a line: its indentation, INDENT and DEDENT tokens, and the
// indentation errors (CPython's tok_get, "Get indentation level").
//
// Columns count tabs to the next multiple of 8. A second count, with tabs
// as 1 column, must order the levels the same way, or the file mixes tabs
// and spaces ambiguously (TabError). A form feed restarts both counts. Lines
// holding nothing but blanks and a comment don't count, nor do lines inside
// brackets. A backslash continuation inside the indentation ends it: the
// column where the first backslash stood is the line's indentation (with
// none before it, the next line's decides).
#include "lex/lexer.h"

namespace ingot::lex {

bool Lexer::indentation() {
  if (pos_ == end_ && dedents_before_read_error_) dedent_to_read_error();
  int64_t col = 0, altcol = 0, continued_col = 0;
  int c;
  for (;;) {
    c = next();
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      if (continued_col == 0) continued_col = col;
      continuation_line();
    } else {
      break;
    }
  }
  backup(c);
  if (c == '#' || c == '\n') return true;
  if (level() == 0) {
    if (continued_col != 0) col = altcol = continued_col;
    indent_to(col, altcol, c == kEof);
  }
  return false;
}

void Lexer::indent_to(int64_t col, int64_t altcol, bool at_end) {
  // An INDENT or DEDENT is placed at the line's first token; at the end of
  // input CPython's buffer is empty, so there is no column.
  int token_col = at_end ? -1 : col_of(pos_) - 1;
  auto tab_error = [&] {
    fail(SyntaxError::Type::TabError, "inconsistent use of tabs and spaces in indentation", 0);
  };
  if (col == indents_[indent_]) {
    if (altcol != alt_indents_[indent_]) tab_error();
  } else if (col > indents_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) fail(SyntaxError::Type::IndentationError, "too many levels of indentation", 0);
    if (altcol <= alt_indents_[indent_]) tab_error();
    ++indent_;
    indents_[indent_] = col;
    alt_indents_[indent_] = altcol;
    push_at_cursor(TokenKind::Indent, token_col);
  } else {
    int dedents = 0;
    while (indent_ > 0 && col < indents_[indent_]) {
      --indent_;
      ++dedents;
    }
    if (col != indents_[indent_]) {
      // CPython moves its cursor to the end of the line first.
      fail(SyntaxError::Type::IndentationError, "unindent does not match any outer indentation level",
           col_of(input_end()) - 1);
    }
    if (altcol != alt_indents_[indent_]) tab_error();
    while (dedents-- > 0) push_at_cursor(TokenKind::Dedent, token_col);
  }
}

// CPython reads the line, finds a NUL byte in it, and goes on as at the end
// of input: the indentation is none, and the DEDENT tokens come out before
// the error, on that line, with its cursor at the line's end.
void Lexer::dedent_to_read_error() {
  if (level() == 0) {
    ++lineno_;
    line_start_ = pos_;
    size_t newline = text_.find('\n', pos_);
    int col = col_of(newline == std::string_view::npos ? text_.size() + 1 : newline + 1) - 1;
    for (; indent_ > 0; --indent_) push_at_cursor(TokenKind::Dedent, col);
  }
  throw Failure{*read_error_};
}

}  // namespace ingot::lex
