// repr() as CPython 3.11 writes it: float_repr and complex_repr
// (Python/pystrtod.c's 'r' format), unicode_repr and bytes_repr.
#include "ast/repr.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "unicode/unicode.h"

namespace ingot::ast {
namespace {

// The shortest digits that read back as `x`, laid out as CPython does:
// positional unless the decimal exponent is below -4 or at least 16, then
// 'e' notation with a signed exponent of two digits or more. Complex parts
// go without the ".0" that marks an integral float.
std::string float_repr(double x, bool dot_zero) {
  if (std::isnan(x)) return "nan";  // CPython never signs a nan
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  char buffer[32];
  char* end = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific).ptr;
  std::string_view scientific(buffer, end - buffer);  // [-]d[.ddd]e(+|-)dd
  std::string out;
  if (scientific.front() == '-') {
    out += '-';
    scientific.remove_prefix(1);
  }
  size_t e = scientific.find('e');
  std::string digits(1, scientific[0]);
  if (e > 1) digits += scientific.substr(2, e - 2);
  int exponent = 0;
  std::from_chars(scientific.data() + e + 2, scientific.data() + scientific.size(), exponent);
  if (scientific[e + 1] == '-') exponent = -exponent;

  if (exponent < -4 || exponent >= 16) {
    out += digits[0];
    if (digits.size() > 1) out += '.' + digits.substr(1);
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "e%+03d", exponent);
    out += suffix;
  } else if (exponent < 0) {
    out += "0.";
    out.append(-exponent - 1, '0');
    out += digits;
  } else if (digits.size() > static_cast<size_t>(exponent) + 1) {
    out += digits.substr(0, exponent + 1) + '.' + digits.substr(exponent + 1);
  } else {
    out += digits;
    out.append(exponent + 1 - digits.size(), '0');
    if (dot_zero) out += ".0";
  }
  return out;
}

// Single quotes, unless only double quotes are free of clashes.
char quote_for(std::string_view text) {
  return text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos ? '"' : '\'';
}

// \xhh, \uhhhh or \Uhhhhhhhh, in lower case.
void append_hex_escape(std::string& out, char32_t c) {
  char letter = c <= 0xFF ? 'x' : c <= 0xFFFF ? 'u' : 'U';
  int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  out += '\\';
  out += letter;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += "0123456789abcdef"[(c >> shift) & 0xF];
}

// str and bytes escape ASCII alike.
void append_ascii(std::string& out, char c, char quote) {
  switch (c) {
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
  }
  if (c == quote || c == '\\') {
    out += '\\';
    out += c;
  } else if (c < 0x20 || c == 0x7F) {
    append_hex_escape(out, c);
  } else {
    out += c;
  }
}

std::string str_repr(std::string_view text) {
  char quote = quote_for(text);
  std::string out(1, quote);
  for (size_t at = 0; at < text.size();) {
    char32_t c = unicode::next_utf8(text, at);
    if (c < 0x80) {
      append_ascii(out, static_cast<char>(c), quote);
    } else if (unicode::is_printable(c)) {
      unicode::append_utf8(out, c);
    } else {
      append_hex_escape(out, c);
    }
  }
  return out + quote;
}

std::string bytes_repr(std::string_view bytes) {
  char quote = quote_for(bytes);
  std::string out = {'b', quote};
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) < 0x80) {
      append_ascii(out, c, quote);
    } else {
      append_hex_escape(out, static_cast<unsigned char>(c));
    }
  }
  return out + quote;
}

}  // namespace

std::string repr(const Value& value) {
  switch (value.kind) {
    case Value::Kind::None: return "None";
    case Value::Kind::True: return "True";
    case Value::Kind::False: return "False";
    case Value::Kind::Ellipsis: return "Ellipsis";
    case Value::Kind::Int: return std::string(value.text);
    case Value::Kind::Float: return float_repr(value.number, true);
    case Value::Kind::Complex: return float_repr(value.number, false) + 'j';
    case Value::Kind::Str: return str_repr(value.text);
    case Value::Kind::Bytes: return bytes_repr(value.text);
  }
  return {};
}

}  // namespace ingot::ast
