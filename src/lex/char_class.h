// Byte classes as CPython's tokenizer tests them. Arguments are bytes (0 to
// 255) or kEof (-1), which is in no class.
#pragma once

#include <array>
#include <cstdint>

namespace ingot::lex {

enum CharClass : uint8_t {
  kNameStart = 1,  // is_potential_identifier_start: ASCII letters, '_', any non-ASCII byte
  kNameChar = 2,   // is_potential_identifier_char: those and the digits
  kDigit = 4,
  kHexDigit = 8,
};

inline constexpr std::array<uint8_t, 256> kCharClasses = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    bool digit = c >= '0' && c <= '9';
    bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    classes[c] = (letter ? kNameStart | kNameChar : 0) | (digit ? kNameChar | kDigit : 0) | (hex ? kHexDigit : 0);
  }
  return classes;
}();

inline bool in_class(int c, CharClass cls) { return c >= 0 && (kCharClasses[c] & cls) != 0; }
inline bool is_name_start(int c) { return in_class(c, kNameStart); }
inline bool is_name_char(int c) { return in_class(c, kNameChar); }
inline bool is_digit(int c) { return in_class(c, kDigit); }
inline bool is_hex_digit(int c) { return in_class(c, kHexDigit); }

}  // namespace ingot::lex
