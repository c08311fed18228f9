// Number literals, step for step as CPython 3.11 scans them, because its
// error messages and their columns come from where its cursor stands when it
// gives up (often one character back, after tok_backup).
//
// A literal directly followed by a name is an error ("invalid decimal
// literal"), except before the keywords that valid code can have there
// ("1if x else y", "0x1for"): CPython then only warns, and the number ends
// before the keyword.
#include <cstdio>

#include "lex/char_class.h"
#include "lex/lexer.h"

namespace ingot::lex {
namespace {

std::string invalid_digit(int c, const char* kind) {
  char message[48];
  std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", c, kind);
  return message;
}

bool is_octal_digit(int c) { return c >= '0' && c <= '7'; }
bool is_binary_digit(int c) { return c == '0' || c == '1'; }

}  // namespace

void Lexer::number(int c, size_t start) {
  if (c != '0') {
    c = decimal_tail();
    if (c == '.') return fraction(next(), start);
    return exponent_and_suffix(c, start);
  }
  c = next();
  if (c == 'x' || c == 'X') {
    c = next();
    do {
      if (c == '_') c = next();
      if (!is_hex_digit(c)) {
        backup(c);
        raise("invalid hexadecimal literal");
      }
      do c = next();
      while (is_hex_digit(c));
    } while (c == '_');
    verify_end_of_number(c, "hexadecimal");
  } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
    bool octal = c == 'o' || c == 'O';
    const char* kind = octal ? "octal" : "binary";
    auto is_radix_digit = octal ? is_octal_digit : is_binary_digit;
    c = next();
    do {
      if (c == '_') c = next();
      if (!is_radix_digit(c)) {
        if (is_digit(c)) raise(invalid_digit(c, kind));
        backup(c);
        raise(std::string("invalid ") + kind + " literal");
      }
      do c = next();
      while (is_radix_digit(c));
    } while (c == '_');
    if (is_digit(c)) raise(invalid_digit(c, kind));
    verify_end_of_number(c, kind);
  } else {
    // Zeros, maybe a decimal with leading zeros (no longer octal).
    for (;;) {
      if (c == '_') {
        c = next();
        if (!is_digit(c)) {
          backup(c);
          raise("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = next();
    }
    size_t zeros_end = pos_;
    bool nonzero = is_digit(c);
    if (nonzero) c = decimal_tail();
    if (c == '.') return fraction(next(), start);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return exponent_and_suffix(c, start);
    if (nonzero) {
      backup(c);
      // The one error the tokenizer raises whose columns CPython counts in bytes.
      raise_at("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
               lineno_, col_of(start), col_of(zeros_end) - 1, false);
    }
    verify_end_of_number(c, "decimal");
  }
  end_number(c, start);
}

// `c` is the character after the '.'.
void Lexer::fraction(int c, size_t start) {
  if (is_digit(c)) c = decimal_tail();
  exponent_and_suffix(c, start);
}

void Lexer::exponent_and_suffix(int c, size_t start) {
  if (c == 'e' || c == 'E') {
    int e = c;
    c = next();
    if (c == '+' || c == '-') {
      c = next();
      if (!is_digit(c)) {
        backup(c);
        raise("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      // No exponent after all: the number ends before the 'e' (if a
      // keyword starts there).
      backup(c);
      verify_end_of_number(e, "decimal");
      backup(e);
      push(TokenKind::Number, start, pos_);
      return;
    }
    c = decimal_tail();
  }
  if (c == 'j' || c == 'J') {
    c = next();
    verify_end_of_number(c, "imaginary");
  } else {
    verify_end_of_number(c, "decimal");
  }
  end_number(c, start);
}

int Lexer::decimal_tail() {
  int c;
  for (;;) {
    do c = next();
    while (is_digit(c));
    if (c != '_') return c;
    c = next();
    if (!is_digit(c)) {
      backup(c);
      raise("invalid decimal literal");
    }
  }
}

// Whether `rest` follows the cursor as a whole word; the cursor stays.
bool Lexer::lookahead(const char* rest) {
  size_t saved = pos_;
  int c = next();
  for (; *rest && c == *rest; ++rest) c = next();
  bool word = *rest == '\0' && !is_name_char(c);
  pos_ = saved;
  return word;
}

// `c` is the character after the number, just read.
void Lexer::verify_end_of_number(int c, const char* kind) {
  bool keyword = false;
  switch (c) {
    case 'a': keyword = lookahead("nd"); break;
    case 'e': keyword = lookahead("lse"); break;
    case 'f': keyword = lookahead("or"); break;
    case 'o': keyword = lookahead("r"); break;
    case 'n': keyword = lookahead("ot"); break;
    case 'i': {
      int c2 = next();
      keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
      backup(c2);
      break;
    }
  }
  if (keyword || c >= 0x80 || !is_name_char(c)) return;
  backup(c);
  raise(std::string("invalid ") + kind + " literal");
}

void Lexer::end_number(int c, size_t start) {
  backup(c);
  push(TokenKind::Number, start, pos_);
}

}  // namespace ingot::lex
