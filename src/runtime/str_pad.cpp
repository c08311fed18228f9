// str's strip family and the padding methods.
#include "runtime/code_points.h"
#include "runtime/exception.h"
#include "runtime/str_methods.h"

namespace ingot::rt {
namespace {

enum class Side { left = 1, right = 2, both = 3 };

template <typename Strippable>
Str strip(Str s, Side side, Strippable strippable) {
  CodePoints c(s);
  int64_t begin = 0, end = c.size();
  if (static_cast<int>(side) & 1)
    while (begin < end && strippable(c[begin])) ++begin;
  if (static_cast<int>(side) & 2)
    while (end > begin && strippable(c[end - 1])) --end;
  return c.slice(begin, end);
}

Str strip_space(Str s, Side side) { return strip(s, side, unicode::is_space); }

Str strip_chars(Str s, Side side, Str chars) {
  std::u32string set;
  for (size_t at = 0; at < static_cast<size_t>(chars.size_bytes());) set += unicode::next_utf8(chars.view(), at);
  return strip(s, side, [&](char32_t c) { return set.find(c) != std::u32string::npos; });
}

// s with `left` and `right` copies of the fill character around it.
Str pad(Str s, int64_t left, int64_t right, Str fill) {
  if (fill.length() != 1) raise(exc::TypeError, "The fill character must be exactly one character long");
  if (left <= 0 && right <= 0) return s;
  std::string bytes;
  bytes.reserve(s.size_bytes() + (left + right) * fill.size_bytes());
  for (int64_t i = 0; i < left; ++i) bytes += fill.view();
  bytes += s.view();
  for (int64_t i = 0; i < right; ++i) bytes += fill.view();
  return Str::from_utf8(bytes, s.length() + left + right);
}

}  // namespace

Str str_strip(Str s) { return strip_space(s, Side::both); }
Str str_lstrip(Str s) { return strip_space(s, Side::left); }
Str str_rstrip(Str s) { return strip_space(s, Side::right); }
Str str_strip(Str s, Str chars) { return strip_chars(s, Side::both, chars); }
Str str_lstrip(Str s, Str chars) { return strip_chars(s, Side::left, chars); }
Str str_rstrip(Str s, Str chars) { return strip_chars(s, Side::right, chars); }

Str str_zfill(Str s, int64_t width) {
  int64_t fill = width - s.length();
  if (fill <= 0) return s;
  std::string_view text = s.view();
  size_t sign = !text.empty() && (text[0] == '+' || text[0] == '-');  // the sign goes before the zeros
  std::string bytes(text.substr(0, sign));
  bytes.append(fill, '0');
  bytes += text.substr(sign);
  return Str::from_utf8(bytes, width);
}

Str str_center(Str s, int64_t width, Str fill) {
  int64_t margin = width - s.length();
  if (margin <= 0) return pad(s, 0, 0, fill);
  int64_t left = margin / 2 + (margin & width & 1);  // CPython's rounding of odd margins
  return pad(s, left, margin - left, fill);
}

Str str_ljust(Str s, int64_t width, Str fill) { return pad(s, 0, width - s.length(), fill); }
Str str_rjust(Str s, int64_t width, Str fill) { return pad(s, width - s.length(), 0, fill); }

Str str_expandtabs(Str s, int64_t tabsize) {
  if (s.view().find('\t') == std::string_view::npos) return s;
  StrBuilder out;
  int64_t column = 0;
  std::string_view text = s.view();
  for (size_t at = 0; at < text.size();) {
    size_t begin = at;
    char32_t c = unicode::next_utf8(text, at);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (spaces > INT64_MAX - column) raise(exc::OverflowError, "new string is too long");
        out.append_ascii(std::string(spaces, ' '));
        column += spaces;
      }
      continue;
    }
    out.append_utf8(text.substr(begin, at - begin));
    column = c == '\n' || c == '\r' ? 0 : column + 1;
  }
  return out.finish();
}

}  // namespace ingot::rt
