// Case mappings and character-class predicates of str, with CPython's
// rules: full (multi-character) mappings, the final-sigma rule of lower(),
// and title-casing by "previous character is cased".
#include <array>
#include <cstring>

#include "runtime/code_points.h"
#include "runtime/str_methods.h"

namespace ingot::rt {
namespace {

constexpr char32_t kCapitalSigma = 0x3A3;

// Lower-cases position i, where U+03A3 becomes final sigma at the end of a
// word (CPython's handle_capital_sigma).
void append_lower(StrBuilder& out, const CodePoints& c, int64_t i) {
  if (c[i] != kCapitalSigma) {
    for (char32_t m : unicode::to_lower(c[i])) out.append_code_point(m);
    return;
  }
  int64_t j = i - 1;
  while (j >= 0 && unicode::is_case_ignorable(c[j])) --j;
  bool final_sigma = j >= 0 && unicode::is_cased(c[j]);
  if (final_sigma) {
    j = i + 1;
    while (j < c.size() && unicode::is_case_ignorable(c[j])) ++j;
    final_sigma = j == c.size() || !unicode::is_cased(c[j]);
  }
  out.append_code_point(final_sigma ? 0x3C2 : 0x3C3);
}

void append_mapping(StrBuilder& out, unicode::CaseMapping mapping) {
  for (char32_t m : mapping) out.append_code_point(m);
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char ascii_swapcase(char c) { return c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); }

// The mapping as a template argument, so the byte loop is one the
// compiler vectorises.
template <char (*map)(char)>
Str map_ascii(Str s) {
  Str out = Str::allocate(s.size_bytes(), s.length());
  char* data = out.mutable_data();
  const char* from = s.data();
  for (int64_t i = 0; i < s.size_bytes(); ++i) data[i] = map(from[i]);
  return out;
}

// The UTF-8 bytes of c written at `to`; their count.
int put_utf8(char* to, char32_t c) {
  if (c < 0x80) return to[0] = static_cast<char>(c), 1;
  if (c < 0x800) return to[0] = static_cast<char>(0xC0 | c >> 6), to[1] = static_cast<char>(0x80 | (c & 0x3F)), 2;
  if (c < 0x10000) {
    to[0] = static_cast<char>(0xE0 | c >> 12);
    to[1] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
    to[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  to[0] = static_cast<char>(0xF0 | c >> 18);
  to[1] = static_cast<char>(0x80 | (c >> 12 & 0x3F));
  to[2] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
  to[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// A context-free mapping of a string with non-ASCII characters, walking
// its bytes: ASCII ones map inline, only the others decode and go through
// the Unicode tables (most text in most languages is mostly ASCII).
template <char (*ascii)(char)>
Str map_utf8_resized(Str s, unicode::CaseMapping (*map)(char32_t)) {
  std::string_view text = s.view();
  std::string out;
  out.reserve(text.size() + 8);
  int64_t length = 0;
  for (size_t at = 0; at < text.size(); ++length) {
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      out += ascii(text[at++]);
      continue;
    }
    unicode::CaseMapping mapping = map(unicode::next_utf8(text, at));
    for (char32_t m : mapping) unicode::append_utf8(out, m);
    length += mapping.size - 1;
  }
  return Str::from_utf8(out, length);
}

constexpr uint64_t kHighBits = 0x8080808080808080;  // a word's bytes are ASCII where none is set

// The same, first tried in a string of the input's size: nearly every
// character maps to one of its own UTF-8 size (é to É); at the first that
// does not (ß to SS, ı to I), the mapping starts over with a growing buffer.
template <char (*ascii)(char)>
Str map_utf8(Str s, unicode::CaseMapping (*map)(char32_t)) {
  std::string_view text = s.view();
  Str out = Str::allocate(s.size_bytes(), s.length());
  char* to = out.mutable_data();
  for (size_t at = 0; at < text.size();) {
    // Eight ASCII bytes at once where the next eight are (no high bit):
    // a loop of fixed count the compiler unrolls, where one byte a turn
    // branched on each.
    if (uint64_t word; at + 8 <= text.size() && (std::memcpy(&word, text.data() + at, 8), (word & kHighBits) == 0)) {
      for (size_t k = 0; k < 8; ++k) to[at + k] = ascii(text[at + k]);
      at += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      to[at] = ascii(text[at]);
      ++at;
      continue;
    }
    // Decoded through a copy of `at`: were its address taken, `at` would
    // live in memory, a store and a load on every byte of the loop.
    size_t end = at;
    unicode::CaseMapping mapping = map(unicode::next_utf8(text, end));
    char encoded[4];
    if (mapping.size != 1 || static_cast<size_t>(put_utf8(encoded, mapping.chars[0])) != end - at)
      return map_utf8_resized<ascii>(s, map);
    std::memcpy(to + at, encoded, end - at);
    at = end;
  }
  return out;
}

// What the str.is* predicates answer for each ASCII character, so a loop
// decodes only non-ASCII ones.
enum AsciiClass : uint8_t { kDigit = 1, kAlpha = 2, kSpace = 4, kPrintable = 8, kLower = 16, kUpper = 32 };

constexpr std::array<uint8_t, 128> ascii_classes() {
  std::array<uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) {
    uint8_t bits = 0;
    if (c >= '0' && c <= '9') bits |= kDigit;
    if (c >= 'a' && c <= 'z') bits |= kAlpha | kLower;
    if (c >= 'A' && c <= 'Z') bits |= kAlpha | kUpper;
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) bits |= kSpace;  // _Py_ascii_whitespace
    if (c >= 0x20 && c < 0x7F) bits |= kPrintable;
    table[c] = bits;
  }
  return table;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = ascii_classes();

// Every character satisfies the predicate (an ASCII one: has one of the
// classes in `ascii`); false for "".
template <typename Predicate>
bool all_of(Str s, uint8_t ascii, Predicate predicate) {
  if (s.empty()) return false;
  std::string_view text = s.view();
  for (size_t at = 0; at < text.size();) {
    auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) {
      if (!(kAsciiClasses[c] & ascii)) return false;
      ++at;
    } else if (!predicate(unicode::next_utf8(text, at))) {
      return false;
    }
  }
  return true;
}

// The character at `at`, advancing past it; ASCII without a call.
char32_t next_char(std::string_view text, size_t& at) {
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return ++at, c;
  return unicode::next_utf8(text, at);
}
bool is_upper(char32_t c) { return c < 0x80 ? kAsciiClasses[c] & kUpper : unicode::is_upper(c); }
bool is_lower(char32_t c) { return c < 0x80 ? kAsciiClasses[c] & kLower : unicode::is_lower(c); }
bool is_title(char32_t c) { return c >= 0x80 && unicode::is_title(c); }

}  // namespace

Str str_upper(Str s) {
  if (s.is_ascii()) return map_ascii<ascii_upper>(s);
  return map_utf8<ascii_upper>(s, unicode::to_upper);
}

Str str_lower(Str s) {
  if (s.is_ascii()) return map_ascii<ascii_lower>(s);
  // U+03A3 (UTF-8 CE A3) is the one character whose lower case depends on
  // its neighbours.
  if (s.view().find("\xCE\xA3") == std::string_view::npos) return map_utf8<ascii_lower>(s, unicode::to_lower);
  CodePoints c(s);
  StrBuilder out;
  for (int64_t i = 0; i < c.size(); ++i) append_lower(out, c, i);
  return out.finish();
}

Str str_casefold(Str s) {
  if (s.is_ascii()) return str_lower(s);
  return map_utf8<ascii_lower>(s, unicode::to_casefold);
}

Str str_swapcase(Str s) {
  if (s.is_ascii()) return map_ascii<ascii_swapcase>(s);
  CodePoints c(s);
  StrBuilder out;
  for (int64_t i = 0; i < c.size(); ++i) {
    if (unicode::is_upper(c[i])) append_lower(out, c, i);
    else if (unicode::is_lower(c[i])) append_mapping(out, unicode::to_upper(c[i]));
    else out.append_code_point(c[i]);
  }
  return out.finish();
}

Str str_capitalize(Str s) {
  if (s.is_ascii()) {
    if (s.empty()) return s;
    Str out = map_ascii<ascii_lower>(s);
    out.mutable_data()[0] = ascii_upper(s.data()[0]);
    return out;
  }
  CodePoints c(s);
  StrBuilder out;
  for (int64_t i = 0; i < c.size(); ++i) {
    if (i == 0) append_mapping(out, unicode::to_title(c[i]));
    else append_lower(out, c, i);
  }
  return out.finish();
}

Str str_title(Str s) {
  if (s.is_ascii()) {
    if (s.empty()) return s;
    Str out = Str::allocate(s.size_bytes(), s.length());
    char* to = out.mutable_data();
    bool previous_is_cased = false;
    for (int64_t i = 0; i < s.size_bytes(); ++i) {
      char c = s.data()[i];
      to[i] = previous_is_cased ? ascii_lower(c) : ascii_upper(c);
      previous_is_cased = kAsciiClasses[static_cast<unsigned char>(c)] & kAlpha;
    }
    return out;
  }
  CodePoints c(s);
  StrBuilder out;
  bool previous_is_cased = false;
  for (int64_t i = 0; i < c.size(); ++i) {
    if (previous_is_cased) append_lower(out, c, i);
    else append_mapping(out, unicode::to_title(c[i]));
    previous_is_cased = unicode::is_cased(c[i]);
  }
  return out.finish();
}

bool str_isdigit(Str s) { return all_of(s, kDigit, unicode::is_digit); }
bool str_isdecimal(Str s) { return all_of(s, kDigit, unicode::is_decimal); }
bool str_isnumeric(Str s) { return all_of(s, kDigit, unicode::is_numeric); }
bool str_isalpha(Str s) { return all_of(s, kAlpha, unicode::is_alpha); }
bool str_isalnum(Str s) { return all_of(s, kAlpha | kDigit, unicode::is_alnum); }
bool str_isspace(Str s) { return all_of(s, kSpace, unicode::is_space); }
bool str_isascii(Str s) { return s.is_ascii(); }
bool str_isprintable(Str s) { return s.empty() || all_of(s, kPrintable, unicode::is_printable); }

bool str_isidentifier(Str s) {
  if (s.empty()) return false;
  size_t at = 0;
  if (!unicode::is_id_start(unicode::next_utf8(s.view(), at))) return false;
  while (at < static_cast<size_t>(s.size_bytes()))
    if (!unicode::is_id_continue(unicode::next_utf8(s.view(), at))) return false;
  return true;
}

// islower/isupper: no character of the opposite case (or title case), and
// at least one of this case.
bool str_islower(Str s) {
  bool cased = false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
    char32_t c = next_char(s.view(), at);
    if (is_upper(c) || is_title(c)) return false;
    cased |= is_lower(c);
  }
  return cased;
}

bool str_isupper(Str s) {
  bool cased = false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
    char32_t c = next_char(s.view(), at);
    if (is_lower(c) || is_title(c)) return false;
    cased |= is_upper(c);
  }
  return cased;
}

bool str_istitle(Str s) {
  bool cased = false, previous_is_cased = false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
    char32_t c = next_char(s.view(), at);
    if (is_upper(c) || is_title(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

}  // namespace ingot::rt
