// The token loop (CPython's tok_get) and the cursor, errors and token
// positions that every kind of token shares. See lexer.h.
#include "lex/lexer.h"

#include <algorithm>
#include <cstring>

#include "lex/char_class.h"

namespace ingot::lex {

Lexer::Lexer(const Source& source, size_t begin, size_t end, int lineno, int col, int level)
    : text_(source.text()),
      end_(end),
      implicit_newline_(false),
      pos_(begin),
      line_start_(begin - col),
      lineno_(lineno),
      at_line_start_(false),
      outer_level_(level) {
  const void* newline = std::memchr(text_.data() + begin, '\n', end - begin);
  line_end_ = newline ? static_cast<const char*>(newline) - text_.data() + 1 : end;
  buffer_start_ = line_start_;
}

Lexer::Lexer(const Source& source, Readable readable)
    : text_(source.text()),
      end_(readable.end),
      implicit_newline_(end_ == text_.size() && !text_.empty() && text_.back() != '\n'),
      read_error_(std::move(readable.error)),
      dedents_before_read_error_(readable.dedents_first),
      pos_(0),
      line_start_(0),
      line_end_(0),
      lineno_(0),
      buffer_start_(0),
      outer_level_(0) {}

// --- The cursor ---

int Lexer::next_line_char() {
  if (pos_ < end_) {
    enter_line();
    return static_cast<unsigned char>(text_[pos_++]);
  }
  if (pos_ == end_ && implicit_newline_) {
    ++pos_;
    return '\n';
  }
  if (read_error_) throw Failure{*read_error_};
  return kEof;
}

// CPython's underflow: the next line becomes the current one. Its buffer
// starts afresh unless a token (a string, a backslash continuation) spans
// the lines.
void Lexer::enter_line() {
  ++lineno_;
  line_start_ = pos_;
  if (!in_token_) buffer_start_ = pos_;
  const void* newline = std::memchr(text_.data() + pos_, '\n', end_ - pos_);
  line_end_ = newline ? static_cast<const char*>(newline) - text_.data() + 1 : end_;
}

// Where CPython's buffer of the current line ends: after its "\n", which it
// adds to a last line that has none.
size_t Lexer::input_end() const { return line_end_ == end_ && implicit_newline_ ? end_ + 1 : line_end_; }

// --- Tokens ---

void Lexer::push(TokenKind kind, size_t start, size_t end) {
  Token& t = tokens_.emplace_back();
  t.kind = kind;
  t.lineno = t.end_lineno = lineno_;
  t.col = col_of(start);
  t.end_col = col_of(end);
  t.text = std::string_view(text_.data() + start, std::min(end, text_.size()) - start);
}

// INDENT, DEDENT and ENDMARKER: CPython gives them no position (-1), and an
// error at one is reported at its tokenizer's cursor then, so that is theirs:
// col + 1 is CPython's offset. end_col stays -1.
void Lexer::push_at_cursor(TokenKind kind, int col) {
  Token& t = tokens_.emplace_back();
  t.kind = kind;
  t.lineno = t.end_lineno = lineno_;
  t.col = col;
  t.end_col = -1;
  t.text = text_.substr(std::min(pos_, text_.size()), 0);
}

int Lexer::level() const { return static_cast<int>(brackets_.size()) + outer_level_; }

// One call of CPython's tok_get(): the next token, after any INDENT or
// DEDENT tokens that the start of its line makes.
bool Lexer::token() {
  for (;;) {
    bool blank_line = false;
    if (at_line_start_) {
      at_line_start_ = false;
      blank_line = indentation();
    }
    for (;;) {
      int c;
      do c = next();
      while (c == ' ' || c == '\t' || c == '\f');
      size_t start = pos_ - 1;
      if (c == '#') {
        // To the line's end, which the comment leaves to be read.
        size_t stop = line_end_ > pos_ && text_[line_end_ - 1] == '\n' ? line_end_ - 1 : line_end_;
        pos_ = std::max(pos_, stop);
        c = next();
      }
      if (c == kEof) {
        end_of_input();
        return false;
      }
      if (is_name_start(c)) {
        name_or_string(c, start);
        return true;
      }
      if (c == '\n') {
        at_line_start_ = true;
        if (blank_line || level() > 0) break;
        push(TokenKind::Newline, start, pos_ - 1);
        return true;
      }
      if (c == '.') {
        dot(start);
        return true;
      }
      if (is_digit(c)) {
        number(c, start);
        return true;
      }
      if (c == '\'' || c == '"') {
        string(c, start);
        return true;
      }
      if (c != '\\') {
        operator_or_bracket(c, start);
        return true;
      }
      // A backslash continuation is no token: on to the next line.
      in_token_ = true;
      continuation_line();
      in_token_ = false;
    }
  }
}

// tok_continuation_line(): a backslash must end its line, and another line
// must follow.
void Lexer::continuation_line() {
  int c = next();
  if (c != '\n') {
    // CPython counts this column from the start of its buffer, which may be
    // an earlier line (see buffer_start_).
    int col = static_cast<int>(std::max<int64_t>(static_cast<int64_t>(pos_ - buffer_start_) - 1, 0));
    fail(SyntaxError::Type::SyntaxError, "unexpected character after line continuation character", col);
  }
  c = next();
  if (c == kEof) fail_at_end_of_input();
  backup(c);
}

void Lexer::end_of_input() {
  if (!brackets_.empty()) fail_at_end_of_input();
  // CPython's buffer is empty at the end of input: no column.
  push_at_cursor(TokenKind::EndMarker, -1);
}

// --- Errors ---

void Lexer::raise(std::string message) {
  // CPython's offset counts the characters up to the cursor, so it points
  // at the character before it.
  int col = -1;
  size_t at = std::min(pos_, end_);
  if (at > line_start_) {
    size_t before = at - 1;
    while (before > line_start_ && (text_[before] & 0xC0) == 0x80) --before;
    col = col_of(before);
  }
  raise_at(std::move(message), lineno_, col, col);
}

void Lexer::raise_at(std::string message, int lineno, int col, int end_col, bool in_characters) {
  SyntaxError e;
  e.in_characters = in_characters;
  e.message = std::move(message);
  e.lineno = e.end_lineno = lineno;
  e.col = col;
  e.end_col = end_col;
  throw Failure{std::move(e)};
}

void Lexer::fail(SyntaxError::Type type, std::string message, int col) {
  SyntaxError e;
  e.type = type;
  e.message = std::move(message);
  e.lineno = e.end_lineno = lineno_;
  e.col = col;
  throw Failure{std::move(e), false};
}

// E_EOF: inside brackets, CPython's parser reports the innermost one;
// otherwise "unexpected EOF", at the end of the buffer, or with no column if
// the buffer had been emptied (no token in progress).
void Lexer::fail_at_end_of_input() {
  if (!brackets_.empty()) {
    Failure f{unclosed_bracket(), false};
    f.unclosed_bracket = true;
    throw f;
  }
  fail(SyntaxError::Type::SyntaxError, "unexpected EOF while parsing",
       in_token_ ? col_of(input_end()) - 1 : -1);
}

SyntaxError Lexer::unclosed_bracket() const {
  const Bracket& b = brackets_.back();
  SyntaxError e;
  e.message = std::string("'") + b.c + "' was never closed";
  e.lineno = e.end_lineno = b.lineno;
  e.col = b.col;
  return e;
}

TokenStream Lexer::run() {
  TokenStream out;
  // Room for a token per byte, about the most there can be, so that dense
  // input never regrows (copying gigabytes); capacity never touched costs
  // only address space, which is capped for huge inputs. The standard
  // library averages a token per 6 bytes.
  tokens_.reserve(std::min<size_t>(end_ - pos_, size_t{1} << 26) + 16);
  try {
    while (token()) {
    }
  } catch (const Failure& f) {
    push_at_cursor(TokenKind::Error, col_of(std::min(pos_, end_)));
    out.error = f.error;
    out.error_is_raised = f.raised;
    out.error_is_unclosed_bracket = f.unclosed_bracket;
    if (!f.raised && !brackets_.empty()) {
      out.unclosed_bracket_error = unclosed_bracket();
      out.unclosed_bracket_line = brackets_.back().lineno;
    }
  }
  out.tokens = std::move(tokens_);
  return out;
}

}  // namespace ingot::lex

namespace ingot {

TokenStream tokenize(const Source& source) {
  return lex::Lexer(source, lex::readable_part(source)).run();
}

TokenStream tokenize_fstring_expression(const Source& source, size_t begin, size_t end, int lineno, int col) {
  return lex::Lexer(source, begin, end, lineno, col, 1).run();
}

}  // namespace ingot
