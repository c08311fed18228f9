// str's searching methods. UTF-8 is self-synchronising, so every search is
// a byte search; only the code-point indexes going in and out need
// converting, and for ASCII strings that is the identity.
#include <algorithm>
#include <string>

#include "runtime/exception.h"
#include "runtime/str_methods.h"

namespace ingot::rt {
namespace {

// The bytes of s[start:end] after CPython's ADJUST_INDICES, or nullopt when
// sub (of sub_length code points) cannot fit there.
struct Window {
  std::string_view bytes;
  int64_t start;       // code points
  int64_t byte_start;
};

std::optional<Window> window(Str s, int64_t start, int64_t end, int64_t sub_length) {
  adjust_range(start, end, s.length());
  if (end - start < sub_length) return std::nullopt;
  int64_t first = s.byte_offset(start), last = s.byte_offset(end);
  return Window{s.view().substr(first, last - first), start, first};
}

int64_t code_points_before(Str s, std::string_view bytes, size_t at) {
  return s.is_ascii() ? static_cast<int64_t>(at) : count_code_points(bytes.substr(0, at));
}

int64_t find(Str s, Str sub, int64_t start, int64_t end, bool from_right) {
  std::optional<Window> w = window(s, start, end, sub.length());
  if (!w) return -1;
  size_t at = from_right ? w->bytes.rfind(sub.view()) : detail::find_bytes(w->bytes, sub.view());
  if (at == std::string_view::npos) return -1;
  return w->start + code_points_before(s, w->bytes, at);
}

// startswith/endswith (CPython's tailmatch): does sub sit at s[start:end]'s
// start, or end?
bool tail_match(Str s, Str sub, int64_t start, int64_t end, bool at_end) {
  adjust_range(start, end, s.length());
  end -= sub.length();
  if (end < start) return false;
  if (sub.empty()) return true;
  int64_t at = s.byte_offset(at_end ? end : start);
  return s.size_bytes() - at >= sub.size_bytes() && detail::same_bytes(s.data() + at, sub.data(), sub.size_bytes());
}

[[noreturn]] void raise_empty_separator() { raise(exc::ValueError, "empty separator"); }

}  // namespace

int64_t str_find(Str s, Str sub, int64_t start, int64_t end) { return find(s, sub, start, end, false); }
int64_t str_rfind(Str s, Str sub, int64_t start, int64_t end) { return find(s, sub, start, end, true); }

int64_t str_index(Str s, Str sub, int64_t start, int64_t end) {
  int64_t at = find(s, sub, start, end, false);
  if (at < 0) raise(exc::ValueError, "substring not found");
  return at;
}

int64_t str_rindex(Str s, Str sub, int64_t start, int64_t end) {
  int64_t at = find(s, sub, start, end, true);
  if (at < 0) raise(exc::ValueError, "substring not found");
  return at;
}

int64_t str_count(Str s, Str sub, int64_t start, int64_t end) {
  std::optional<Window> w = window(s, start, end, sub.length());
  if (!w) return 0;
  if (sub.empty()) return count_code_points(w->bytes) + 1;
  int64_t count = 0;
  for (size_t at = 0; (at = detail::find_bytes(w->bytes, sub.view(), at)) != std::string_view::npos; at += sub.size_bytes())
    ++count;
  return count;
}

bool str_startswith(Str s, Str prefix, int64_t start, int64_t end) { return tail_match(s, prefix, start, end, false); }
bool str_endswith(Str s, Str suffix, int64_t start, int64_t end) { return tail_match(s, suffix, start, end, true); }

bool str_startswith(Str s, TupleOf<Str> prefixes, int64_t start, int64_t end) {
  for (Str prefix : prefixes)
    if (tail_match(s, prefix, start, end, false)) return true;
  return false;
}

bool str_endswith(Str s, TupleOf<Str> suffixes, int64_t start, int64_t end) {
  for (Str suffix : suffixes)
    if (tail_match(s, suffix, start, end, true)) return true;
  return false;
}

Str str_replace(Str s, Str old, Str replacement, int64_t count) {
  if (count < 0) count = INT64_MAX;
  std::string_view text = s.view();
  if (old.empty()) {
    // The replacement goes before every character and after the last.
    std::string out;
    int64_t replaced = 0;
    for (size_t at = 0; at < text.size();) {
      if (replaced < count) out += replacement.view(), ++replaced;
      size_t begin = at;
      do ++at;
      while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
      out += text.substr(begin, at - begin);
    }
    if (replaced < count) out += replacement.view(), ++replaced;
    return Str::from_utf8(out, s.length() + replaced * replacement.length());
  }
  if (old.size_bytes() == 1 && replacement.size_bytes() == 1 && count == INT64_MAX) {
    // One ASCII byte for another (no byte of a longer character is ASCII):
    // the same size and length, one substituting copy.
    char from = old.data()[0], to = replacement.data()[0];
    if (detail::find_bytes(text, old.view()) == std::string_view::npos) return s;
    Str out = Str::allocate(s.size_bytes(), s.length());
    char* data = out.mutable_data();
    for (size_t i = 0; i < text.size(); ++i) data[i] = text[i] == from ? to : text[i];
    return out;
  }
  // Two passes: count the matches, then fill a string of the exact size.
  int64_t replaced = 0;
  for (size_t at = 0; replaced < count && (at = detail::find_bytes(text, old.view(), at)) != std::string_view::npos;
       at += old.size_bytes())
    ++replaced;
  if (replaced == 0) return s;
  int64_t size = s.size_bytes() + replaced * (replacement.size_bytes() - old.size_bytes());
  Str out = Str::allocate(size, s.length() + replaced * (replacement.length() - old.length()));
  char* to = out.mutable_data();
  size_t done = 0;
  for (int64_t i = 0; i < replaced; ++i) {
    size_t at = detail::find_bytes(text, old.view(), done);
    to = std::copy_n(text.data() + done, at - done, to);
    to = std::copy_n(replacement.data(), replacement.size_bytes(), to);
    done = at + old.size_bytes();
  }
  std::copy_n(text.data() + done, text.size() - done, to);
  return out;
}

std::array<Str, 3> str_partition(Str s, Str sep) {
  if (sep.empty()) raise_empty_separator();
  size_t at = detail::find_bytes(s.view(), sep.view());
  if (at == std::string_view::npos) return {s, Str(), Str()};
  auto split = static_cast<int64_t>(at);
  return {byte_slice(s, 0, split), sep, byte_slice(s, split + sep.size_bytes(), s.size_bytes())};
}

std::array<Str, 3> str_rpartition(Str s, Str sep) {
  if (sep.empty()) raise_empty_separator();
  size_t at = s.view().rfind(sep.view());
  if (at == std::string_view::npos) return {Str(), Str(), s};
  auto split = static_cast<int64_t>(at);
  return {byte_slice(s, 0, split), sep, byte_slice(s, split + sep.size_bytes(), s.size_bytes())};
}

}  // namespace ingot::rt
