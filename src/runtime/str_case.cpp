// Case mappings and character-class predicates of str, with CPython's
// rules: full (multi-character) mappings, the final-sigma rule of lower(),
// and title-casing by "previous character is cased".
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

Str map_ascii(Str s, char (*map)(char)) {
  Str out = Str::allocate(s.size_bytes(), s.length());
  char* data = out.mutable_data();
  for (int64_t i = 0; i < s.size_bytes(); ++i) data[i] = map(s.data()[i]);
  return out;
}

// A context-free mapping of a string with non-ASCII characters, walking
// its bytes: ASCII ones map inline, only the others decode and go through
// the Unicode tables (most text in most languages is mostly ASCII).
Str map_utf8(Str s, char (*ascii)(char), unicode::CaseMapping (*map)(char32_t)) {
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

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

template <typename Predicate>
bool all_of(Str s, Predicate predicate) {
  if (s.empty()) return false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());)
    if (!predicate(unicode::next_utf8(s.view(), at))) return false;
  return true;
}

}  // namespace

Str str_upper(Str s) {
  if (s.is_ascii()) return map_ascii(s, ascii_upper);
  return map_utf8(s, ascii_upper, unicode::to_upper);
}

Str str_lower(Str s) {
  if (s.is_ascii()) return map_ascii(s, ascii_lower);
  // U+03A3 (UTF-8 CE A3) is the one character whose lower case depends on
  // its neighbours.
  if (s.view().find("\xCE\xA3") == std::string_view::npos) return map_utf8(s, ascii_lower, unicode::to_lower);
  CodePoints c(s);
  StrBuilder out;
  for (int64_t i = 0; i < c.size(); ++i) append_lower(out, c, i);
  return out.finish();
}

Str str_casefold(Str s) {
  if (s.is_ascii()) return str_lower(s);
  return map_utf8(s, ascii_lower, unicode::to_casefold);
}

Str str_swapcase(Str s) {
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
  CodePoints c(s);
  StrBuilder out;
  for (int64_t i = 0; i < c.size(); ++i) {
    if (i == 0) append_mapping(out, unicode::to_title(c[i]));
    else append_lower(out, c, i);
  }
  return out.finish();
}

Str str_title(Str s) {
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

bool str_isdigit(Str s) { return all_of(s, unicode::is_digit); }
bool str_isdecimal(Str s) { return all_of(s, unicode::is_decimal); }
bool str_isnumeric(Str s) { return all_of(s, unicode::is_numeric); }
bool str_isalpha(Str s) { return all_of(s, unicode::is_alpha); }
bool str_isalnum(Str s) { return all_of(s, unicode::is_alnum); }
bool str_isspace(Str s) { return all_of(s, unicode::is_space); }
bool str_isascii(Str s) { return s.is_ascii(); }
bool str_isprintable(Str s) { return s.empty() || all_of(s, unicode::is_printable); }

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
    char32_t c = unicode::next_utf8(s.view(), at);
    if (unicode::is_upper(c) || unicode::is_title(c)) return false;
    cased |= unicode::is_lower(c);
  }
  return cased;
}

bool str_isupper(Str s) {
  bool cased = false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
    char32_t c = unicode::next_utf8(s.view(), at);
    if (unicode::is_lower(c) || unicode::is_title(c)) return false;
    cased |= unicode::is_upper(c);
  }
  return cased;
}

bool str_istitle(Str s) {
  bool cased = false, previous_is_cased = false;
  for (size_t at = 0; at < static_cast<size_t>(s.size_bytes());) {
    char32_t c = unicode::next_utf8(s.view(), at);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

}  // namespace ingot::rt
