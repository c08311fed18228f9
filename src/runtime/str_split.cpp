// str.split, rsplit, splitlines and join, following CPython's stringlib
// loops step for step (the maxsplit and whitespace corner cases live there).
#include <algorithm>

#include "runtime/code_points.h"
#include "runtime/exception.h"
#include "runtime/str_methods.h"

namespace ingot::rt {
namespace {

int64_t max_count(int64_t maxsplit) { return maxsplit < 0 ? INT64_MAX : maxsplit; }

// str.isspace of one character, ASCII answered inline (CPython's
// _Py_ascii_whitespace: \t to \r, \x1c to \x1f and space).
bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  return unicode::is_space(c);
}

}  // namespace

StrList str_split(Str s, int64_t maxsplit) {
  // Over the bytes: only non-ASCII characters are decoded, to test them.
  std::string_view text = s.view();
  size_t n = text.size(), i = 0, next = 0;
  auto space = [&](size_t at) {  // is the character at `at` whitespace; `next` is past it
    next = at;
    if (static_cast<unsigned char>(text[at]) < 0x80) return is_space(static_cast<unsigned char>(text[next++]));
    return is_space(unicode::next_utf8(text, next));
  };
  auto part = [&](size_t begin, size_t end, int64_t length) {
    return begin == 0 && end == n ? s : Str::from_utf8(text.substr(begin, end - begin), length);
  };
  StrList parts;
  for (int64_t left = max_count(maxsplit); left-- > 0;) {
    while (i < n && space(i)) i = next;
    if (i == n) break;
    size_t j = i;
    int64_t length = 0;
    while (i < n && !space(i)) i = next, ++length;
    parts.append(part(j, i, length));
  }
  while (i < n && space(i)) i = next;  // maxsplit reached: the rest, less leading space
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
    size_t at = text.find(sep.view(), i);
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
  CodePoints c(s);
  StrList lines;
  int64_t n = c.size();
  for (int64_t i = 0, j = 0; i < n; j = i) {
    while (i < n && !unicode::is_linebreak(c[i])) ++i;
    int64_t eol = i;
    if (i < n) {
      i += c[i] == '\r' && i + 1 < n && c[i + 1] == '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    lines.append(c.slice(j, eol));
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
    if (i) at = std::copy_n(sep.data(), sep.size_bytes(), at);
    at = std::copy_n(items[i].data(), items[i].size_bytes(), at);
  }
  return out;
}

}  // namespace ingot::rt
