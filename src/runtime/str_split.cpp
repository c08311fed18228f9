// str.split, rsplit, splitlines and join, following CPython's stringlib
// loops step for step (the maxsplit and whitespace corner cases live there).
#include <algorithm>
#include <array>

#include "runtime/code_points.h"
#include "runtime/exception.h"
#include "runtime/str_methods.h"

namespace ingot::rt {
namespace {

int64_t max_count(int64_t maxsplit) { return maxsplit < 0 ? INT64_MAX : maxsplit; }

size_t utf8_sequence_length(unsigned char lead) { return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }  // lead >= 0x80

// CPython's _Py_ascii_whitespace: \t to \r, \x1c to \x1f and space.
constexpr bool is_ascii_space(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }

// str.isspace of one character, ASCII answered inline.
bool is_space(char32_t c) { return c < 0x80 ? is_ascii_space(c) : unicode::is_space(c); }

// The ASCII whitespace as a table of the 256 byte values (none from 0x80
// up: those bytes start or continue a non-ASCII character).
constexpr std::array<bool, 256> ascii_space_table() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) table[c] = is_ascii_space(static_cast<char32_t>(c));
  return table;
}
constexpr std::array<bool, 256> kAsciiSpace = ascii_space_table();

// CPython's split preallocates room for this many parts (MAX_PREALLOC):
// a line of words then takes one array, not three grown ones.
constexpr int64_t kPreallocatedParts = 12;

// split() of an ASCII string: each byte is a character.
StrList ascii_split(Str s, int64_t maxsplit) {
  const char* text = s.data();
  size_t n = static_cast<size_t>(s.size_bytes()), i = 0;
  auto space = [&](size_t at) { return kAsciiSpace[static_cast<unsigned char>(text[at])]; };
  StrList parts = StrList::with_capacity(kPreallocatedParts);
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    while (i < n && space(i)) ++i;
    if (i == n) return parts;
    size_t j = i;
    while (i < n && !space(i)) ++i;
    parts.append(j == 0 && i == n ? s : Str::from_ascii({text + j, i - j}));
  }
  while (i < n && space(i)) ++i;  // maxsplit reached: the rest, less leading space
  if (i < n) parts.append(Str::from_ascii({text + i, n - i}));
  return parts;
}

}  // namespace

StrList str_split(Str s, int64_t maxsplit) {
  if (s.is_ascii()) return ascii_split(s, maxsplit);
  // Over the bytes: only non-ASCII characters that may be whitespace are
  // decoded, to test them.
  std::string_view text = s.view();
  size_t n = text.size(), i = 0;
  auto space = [&](size_t at) -> size_t {  // the size of the character at `at` if whitespace, else 0
    auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return kAsciiSpace[lead];
    // Non-ASCII whitespace starts with C2 (U+0085, U+00A0) or E1 to E3
    // (U+1680, U+2000 to U+205F, U+3000).
    if (lead != 0xC2 && (lead < 0xE1 || lead > 0xE3)) return 0;
    size_t next = at;
    return unicode::is_space(unicode::next_utf8(text, next)) ? next - at : 0;
  };
  auto skip_space = [&] {
    for (size_t size; i < n && (size = space(i)) != 0;) i += size;
  };
  auto part = [&](size_t begin, size_t end, int64_t length) {
    return begin == 0 && end == n ? s : Str::from_utf8(text.substr(begin, end - begin), length);
  };
  StrList parts = StrList::with_capacity(kPreallocatedParts);
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    skip_space();
    if (i == n) break;
    size_t j = i;
    int64_t length = 0;
    for (; i < n && !space(i); ++length) {
      auto lead = static_cast<unsigned char>(text[i]);
      i += lead < 0x80 ? 1 : utf8_sequence_length(lead);
    }
    parts.append(part(j, i, length));
  }
  skip_space();  // maxsplit reached: the rest, less leading space
  if (i < n) parts.append(part(i, n, count_code_points(text.substr(i))));
  return parts;
}

StrList str_rsplit(Str s, int64_t maxsplit) {
  CodePoints c(s);
  StrList parts;
  int64_t i = c.size() - 1;
  auto space = [&](int64_t k) { return is_space(c[k]); };
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    while (i >= 0 && space(i)) --i;
    if (i < 0) break;
    int64_t j = i--;
    while (i >= 0 && !space(i)) --i;
    parts.append(c.slice(i + 1, j + 1));
  }
  while (i >= 0 && space(i)) --i;
  if (i >= 0) parts.append(c.slice(0, i + 1));
  parts.reverse();
  return parts;
}

StrList str_split(Str s, Str sep, int64_t maxsplit) {
  if (sep.empty()) raise(exc::ValueError, "empty separator");
  std::string_view text = s.view();
  StrList parts;
  size_t i = 0;
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    size_t at = detail::find_bytes(text, sep.view(), i);
    if (at == std::string_view::npos) break;
    parts.append(byte_slice(s, i, at));
    i = at + sep.size_bytes();
  }
  parts.append(byte_slice(s, i, s.size_bytes()));
  return parts;
}

StrList str_rsplit(Str s, Str sep, int64_t maxsplit) {
  if (sep.empty()) raise(exc::ValueError, "empty separator");
  std::string_view text = s.view();
  StrList parts;
  size_t j = text.size();
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    if (j < sep.view().size()) break;
    size_t at = text.substr(0, j).rfind(sep.view());
    if (at == std::string_view::npos) break;
    parts.append(byte_slice(s, at + sep.size_bytes(), j));
    j = at;
  }
  parts.append(byte_slice(s, 0, j));
  parts.reverse();
  return parts;
}

StrList str_splitlines(Str s, bool keepends) {
  // Over the bytes: a line break is one of \n \v \f \r \x1c \x1d \x1e, or
  // U+0085 (C2 85), U+2028 (E2 80 A8) or U+2029 (E2 80 A9). No byte of
  // another character's UTF-8 starts one of those.
  std::string_view text = s.view();
  size_t n = text.size();
  auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
  auto linebreak = [&](size_t at) -> size_t {  // the size of the break at `at`, or 0
    unsigned char c = byte(at);
    if (c < 0x80) return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E);
    if (c == 0xC2) return byte(at + 1) == 0x85 ? 2 : 0;
    if (c == 0xE2) return byte(at + 1) == 0x80 && (byte(at + 2) == 0xA8 || byte(at + 2) == 0xA9) ? 3 : 0;
    return 0;
  };
  auto line = [&](size_t begin, size_t end) {
    if (begin == 0 && end == n) return s;
    std::string_view bytes = text.substr(begin, end - begin);
    return s.is_ascii() ? Str::from_ascii(bytes) : Str::from_utf8(bytes);
  };
  StrList lines;
  for (size_t i = 0, j = 0; i < n; j = i) {
    size_t size = 0;
    while (i < n && (size = linebreak(i)) == 0) ++i;
    size_t eol = i;
    if (i < n) {
      i += text[i] == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : size;
      if (keepends) eol = i;
    }
    lines.append(line(j, eol));
  }
  return lines;
}

Str str_join(Str sep, std::span<const Str> items) {
  if (items.empty()) return Str();
  if (items.size() == 1) return items[0];
  int64_t size = sep.size_bytes() * static_cast<int64_t>(items.size() - 1);
  int64_t length = sep.length() * static_cast<int64_t>(items.size() - 1);
  for (Str item : items) size += item.size_bytes(), length += item.length();
  Str out = Str::allocate(size, length);
  char* at = out.mutable_data();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) at = detail::copy_bytes(at, sep.data(), sep.size_bytes());
    at = detail::copy_bytes(at, items[i].data(), items[i].size_bytes());
  }
  return out;
}

}  // namespace ingot::rt
