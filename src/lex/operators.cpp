// Operators, delimiters and bracket nesting. Operators are the longest match
// of CPython's one-, two- and three-character tables (its Parser/token.c);
// "<>" is NOTEQUAL there too, which the parser then refuses. Any other
// printable ASCII character is a generic OP token.
#include <array>
#include <cstdio>
#include <string_view>

#include "lex/char_class.h"
#include "lex/lexer.h"

namespace ingot::lex {
namespace {

struct Spelling {
  std::string_view text;
  TokenKind kind;
};

constexpr Spelling kSpellings[] = {
#define X(name, text) {text, TokenKind::name},
    INGOT_TOKEN_KINDS(X)
#undef X
};

constexpr size_t kKindCount = std::size(kSpellings);

constexpr std::array<TokenKind, 128> kOneChar = [] {
  std::array<TokenKind, 128> kinds{};
  kinds.fill(TokenKind::Op);
  for (const Spelling& s : kSpellings)
    if (s.text.size() == 1) kinds[static_cast<unsigned char>(s.text[0])] = s.kind;
  return kinds;
}();

using TwoCharTable = std::array<std::array<TokenKind, 128>, 128>;

constexpr TwoCharTable kTwoChar = [] {
  TwoCharTable kinds{};
  for (auto& row : kinds) row.fill(TokenKind::Op);
  for (const Spelling& s : kSpellings)
    if (s.text.size() == 2) kinds[static_cast<unsigned char>(s.text[0])][static_cast<unsigned char>(s.text[1])] = s.kind;
  kinds['<']['>'] = TokenKind::NotEqual;
  return kinds;
}();

// The three-character operators are two-character ones and '=' (except
// "...", which dot() reads).
constexpr std::array<TokenKind, kKindCount> kWithEqual = [] {
  std::array<TokenKind, kKindCount> kinds{};
  kinds.fill(TokenKind::Op);
  for (const Spelling& s : kSpellings) {
    if (s.text.size() == 3 && s.text[2] == '=') {
      TokenKind two = kTwoChar[static_cast<unsigned char>(s.text[0])][static_cast<unsigned char>(s.text[1])];
      kinds[static_cast<size_t>(two)] = s.kind;
    }
  }
  return kinds;
}();

}  // namespace

void Lexer::dot(size_t start) {
  int c = next();
  if (is_digit(c)) return fraction(c, start);
  if (c == '.') {
    c = next();
    if (c == '.') return push(TokenKind::Ellipsis, start, pos_);
    backup(c);
    backup('.');
  } else {
    backup(c);
  }
  push(TokenKind::Dot, start, pos_);
}

void Lexer::operator_or_bracket(int c, size_t start) {
  int c2 = next();
  TokenKind kind = c2 >= 0 && c2 < 0x80 ? kTwoChar[c][c2] : TokenKind::Op;
  if (kind != TokenKind::Op) {
    int c3 = next();
    if (c3 == '=' && kWithEqual[static_cast<size_t>(kind)] != TokenKind::Op) {
      kind = kWithEqual[static_cast<size_t>(kind)];
    } else {
      backup(c3);
    }
    return push(kind, start, pos_);
  }
  backup(c2);
  switch (c) {
    case '(':
    case '[':
    case '{':
      open_bracket(c, start);
      break;
    case ')':
    case ']':
    case '}':
      close_bracket(c);
      break;
  }
  if (c < 0x20 || c == 0x7F) {
    char message[48];
    std::snprintf(message, sizeof message, "invalid non-printable character U+%04X", c);
    raise(message);
  }
  push(kOneChar[c], start, pos_);
}

void Lexer::open_bracket(int c, size_t start) {
  if (level() >= kMaxLevel) raise("too many nested parentheses");
  brackets_.push_back({static_cast<char>(c), lineno_, col_of(start)});
}

void Lexer::close_bracket(int c) {
  if (brackets_.empty()) raise(std::string("unmatched '") + static_cast<char>(c) + "'");
  Bracket open = brackets_.back();
  brackets_.pop_back();
  char expected = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
  if (c == expected) return;
  std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                        "' does not match opening parenthesis '" + open.c + "'";
  if (open.lineno != lineno_) message += " on line " + std::to_string(open.lineno);
  raise(std::move(message));
}

}  // namespace ingot::lex
