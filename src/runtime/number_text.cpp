#include "runtime/number_text.h"

#include "unicode/unicode.h"

namespace ingot::rt {

std::string decimal_and_space_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t at = 0; at < utf8.size();) {
    if (static_cast<unsigned char>(utf8[at]) < 0x80) {
      out += utf8[at++];
      continue;
    }
    char32_t c = unicode::next_utf8(utf8, at);
    int digit = unicode::decimal_value(c);
    out += unicode::is_space(c) ? ' ' : digit >= 0 ? static_cast<char>('0' + digit) : '?';
  }
  return out;
}

std::optional<std::string> without_digit_underscores(std::string_view ascii) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string stripped;
  char previous = '\0';
  for (char c : ascii) {
    if (c == '_') {
      if (!is_digit(previous)) return std::nullopt;
    } else {
      if (previous == '_' && !is_digit(c)) return std::nullopt;
      stripped += c;
    }
    previous = c;
  }
  if (previous == '_') return std::nullopt;
  return stripped;
}

}  // namespace ingot::rt
