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

}  // namespace ingot::rt
