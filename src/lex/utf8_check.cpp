#include "lex/utf8_check.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace ingot::lex {

Utf8Sequence utf8_sequence(std::string_view text, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[at + i]); };
  unsigned char lead = byte(0);
  if (lead < 0x80) return {1, nullptr};
  // The lead byte fixes the length and the range of the second byte, which
  // excludes overlong forms, surrogates and code points past U+10FFFF.
  size_t length;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {1, "invalid start byte"};
  }
  for (size_t i = 1; i < length; ++i) {
    if (at + i >= text.size()) return {i, "unexpected end of data"};
    unsigned char c = byte(i);
    if (c < low || c > high) return {i, "invalid continuation byte"};
    low = 0x80;
    high = 0xBF;
  }
  return {length, nullptr};
}

size_t first_invalid_utf8(std::string_view text, bool nul_too) {
  const char* data = text.data();
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time, none of them NUL.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, data + i, 8);
      uint64_t has_zero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
      if (((word & 0x8080808080808080ULL) | has_zero) == 0) {
        i += 8;
        continue;
      }
    }
    if (data[i] == '\0' && nul_too) return i;
    Utf8Sequence s = utf8_sequence(text, i);
    if (s.error) return i;
    i += s.length;
  }
  return n;
}

std::string utf8_codec_error(std::string_view text, size_t at, size_t position) {
  Utf8Sequence s = utf8_sequence(text, at);
  char message[160];
  if (s.length == 1) {
    std::snprintf(message, sizeof message, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(text[at]), position, s.error);
  } else {
    std::snprintf(message, sizeof message, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", position,
                  position + s.length - 1, s.error);
  }
  return message;
}

}  // namespace ingot::lex
