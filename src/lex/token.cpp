#include "lex/token.h"

namespace ingot {

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
#define X(name, text) \
  case TokenKind::name: return #name;
    INGOT_TOKEN_KINDS(X)
#undef X
  }
  return "";
}

std::string_view token_spelling(TokenKind kind) {
  switch (kind) {
#define X(name, text) \
  case TokenKind::name: return text;
    INGOT_TOKEN_KINDS(X)
#undef X
  }
  return "";
}

}  // namespace ingot
