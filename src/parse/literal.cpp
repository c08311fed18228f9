// Literal tokens to values, as CPython 3.11 computes them (Parser/string_parser.c
// for strings, parsenumber() in Parser/pegen.c for numbers), down to the
// wording and byte positions of its error messages.
#include "parse/literal.h"

#include <gmp.h>
#include <locale.h>
#include <stdlib.h>

#include <algorithm>
#include <optional>

#include "unicode/unicode.h"

namespace ingot {
namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The escapes that stand for one fixed character, in str and bytes alike.
std::optional<char> simple_escape(char c) {
  switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return std::nullopt;
  }
}

// One to three octal digits from body[i] (the first is known to be one).
// The value may exceed 0o377: str keeps it, bytes truncates it.
unsigned read_octal(std::string_view body, size_t& i) {
  unsigned value = 0;
  for (size_t start = i; i < body.size() && i - start < 3 && is_octal(body[i]); ++i) value = value * 8 + (body[i] - '0');
  return value;
}

// Exactly `digits` hex digits from body[i]; on a missing or bad one, stops
// with `i` at it and returns nothing.
std::optional<uint32_t> read_hex(std::string_view body, size_t& i, int digits) {
  uint32_t value = 0;
  for (; digits > 0; --digits, ++i) {
    int digit = i < body.size() ? hex_value(body[i]) : -1;
    if (digit < 0) return std::nullopt;
    value = value * 16 + digit;
  }
  return value;
}

// CPython does not run the 'unicodeescape' codec on the source text itself:
// it first rewrites each non-ASCII character as a 10-byte \UXXXXXXXX, and a
// backslash before one (or at the very end) as the 6-byte \u005c. Its error
// positions count bytes of that rewritten text; this maps an offset in
// `body` (the start or end of an escape) to it.
size_t codec_offset(std::string_view body, size_t at) {
  size_t offset = 0;
  for (size_t i = 0; i < at;) {
    char c = body[i];
    if (c == '\\' && (i + 1 == body.size() || !is_ascii(body[i + 1]))) {
      offset += 6;
      i += 1;
    } else if (c == '\\') {
      offset += 2;
      i += 2;
    } else {
      bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
      offset += is_ascii(c) ? 1 : continuation ? 0 : 10;
      i += 1;
    }
  }
  return offset;
}

// The escape from body[start] (its backslash) to body[stop] (exclusive) is bad.
std::string unicode_error(std::string_view body, size_t start, size_t stop, std::string_view reason) {
  return "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(codec_offset(body, start)) + "-" + std::to_string(codec_offset(body, stop) - 1) + ": " +
         std::string(reason);
}

// \xXX, \uXXXX and \UXXXXXXXX: how many digits, and CPython's complaint when
// there are fewer.
struct HexEscape {
  int digits;
  const char* truncated;
};
std::optional<HexEscape> hex_escape(char c) {
  switch (c) {
    case 'x': return HexEscape{2, "truncated \\xXX escape"};
    case 'u': return HexEscape{4, "truncated \\uXXXX escape"};
    case 'U': return HexEscape{8, "truncated \\UXXXXXXXX escape"};
    default: return std::nullopt;
  }
}

// \N{NAME}, from `i` just past the N; `start` is at its backslash.
bool decode_named(std::string_view body, size_t start, size_t& i, std::string& out, std::string& error) {
  if (i == body.size() || body[i] != '{') {
    error = unicode_error(body, start, i, "malformed \\N character escape");
    return false;
  }
  size_t close = body.find('}', ++i);
  if (close == std::string_view::npos || close == i) {
    error = unicode_error(body, start, std::min(close, body.size()), "malformed \\N character escape");
    return false;
  }
  std::optional<char32_t> named = unicode::lookup(body.substr(i, close - i));
  i = close + 1;
  if (!named) {
    error = unicode_error(body, start, i, "unknown Unicode character name");
    return false;
  }
  unicode::append_utf8(out, *named);
  return true;
}

bool decode_str(std::string_view body, std::string& out, std::string& error) {
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    size_t start = i++;
    // CPython has already rewritten such a backslash as the escape \u005c.
    if (i == body.size() || !is_ascii(body[i])) {
      out += '\\';
      continue;
    }
    char c = body[i++];
    if (c == '\n') continue;
    if (auto simple = simple_escape(c)) {
      out += *simple;
    } else if (is_octal(c)) {
      unicode::append_utf8(out, read_octal(body, --i));
    } else if (auto hex = hex_escape(c)) {
      std::optional<uint32_t> code = read_hex(body, i, hex->digits);
      const char* problem = !code ? hex->truncated : *code > 0x10FFFF ? "illegal Unicode character" : nullptr;
      if (problem) {
        error = unicode_error(body, start, i, problem);
        return false;
      }
      unicode::append_utf8(out, *code);
    } else if (c == 'N') {
      if (!decode_named(body, start, i, out, error)) return false;
    } else {  // an unknown escape stays as written (CPython only warns)
      out += '\\';
      out += c;
    }
  }
  return true;
}

bool decode_bytes(std::string_view body, bool raw, std::string& out, std::string& error) {
  for (char c : body) {
    if (!is_ascii(c)) {
      error = "bytes can only contain ASCII literal characters";
      return false;
    }
  }
  if (raw) {
    out += body;
    return true;
  }
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    size_t start = i++;
    if (i == body.size()) {
      error = "(value error) Trailing \\ in string";
      return false;
    }
    char c = body[i++];
    if (c == '\n') continue;
    if (auto simple = simple_escape(c)) {
      out += *simple;
    } else if (is_octal(c)) {
      out += static_cast<char>(read_octal(body, --i) & 0xFF);
    } else if (c == 'x') {
      std::optional<uint32_t> code = read_hex(body, i, 2);
      if (!code) {
        error = "(value error) invalid \\x escape at position " + std::to_string(start);
        return false;
      }
      out += static_cast<char>(*code);
    } else {  // an unknown escape stays as written (CPython only warns)
      out += '\\';
      out += c;
    }
  }
  return true;
}

// Decimal text of an integer literal's digits (underscores removed) in `base`.
std::string_view decimal_text(const std::string& digits, int base, Arena& arena) {
  mpz_t value;
  mpz_init_set_str(value, digits.c_str(), base);
  std::string text(mpz_sizeinbase(value, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, value);
  mpz_clear(value);
  text.resize(text.find('\0'));
  return arena.copy(text);
}

// Correctly rounded, as CPython's dtoa; out-of-range values become inf or 0
// as IEEE rounding says, which std::from_chars declines to do.
double to_double(const std::string& text) {
  static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", nullptr);
  return strtod_l(text.c_str(), nullptr, c_locale);
}

}  // namespace

StringToken split_string_token(std::string_view text) {
  StringToken t;
  size_t prefix = text.find_first_of("'\"");
  for (char c : text.substr(0, prefix)) {
    switch (c | 0x20) {  // ASCII lower case
      case 'r': t.raw = true; break;
      case 'b': t.bytes = true; break;
      case 'f': t.fstring = true; break;
      case 'u': t.unicode = c == 'u'; break;  // CPython gives kind='u' for a lower-case u only
    }
  }
  char quote = text[prefix];
  bool triple = text.size() >= prefix + 6 && text[prefix + 1] == quote && text[prefix + 2] == quote;
  size_t quotes = triple ? 3 : 1;
  t.body_offset = static_cast<int>(prefix + quotes);
  t.body = text.substr(prefix + quotes, text.size() - prefix - 2 * quotes);
  return t;
}

bool decode_string(std::string_view body, bool raw, bool bytes, std::string& out, std::string& error) {
  if (bytes) return decode_bytes(body, raw, out, error);
  if (raw) {
    out += body;
    return true;
  }
  return decode_str(body, out, error);
}

std::string number_error(std::string_view text) {
  constexpr size_t kMaxDigits = 4300;  // sys.int_info.default_max_str_digits
  bool decimal_int = text.find_first_of(".eEjJxXoObB") == std::string_view::npos;
  size_t digits = 0;
  for (char c : text) digits += c != '_';
  if (!decimal_int || digits <= kMaxDigits) return {};
  return "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
         "literals to avoid decimal conversion limits.";
}

ast::Value parse_number(std::string_view text, Arena& arena) {
  std::string digits;
  for (char c : text)
    if (c != '_') digits += c;
  char marker = digits.size() > 2 && digits[0] == '0' ? digits[1] | 0x20 : 0;
  int base = marker == 'x' ? 16 : marker == 'o' ? 8 : marker == 'b' ? 2 : 0;
  ast::Value value;
  if (base != 0) {
    value.kind = ast::Value::Kind::Int;
    value.text = decimal_text(digits.substr(2), base, arena);
  } else if ((digits.back() | 0x20) == 'j') {
    digits.pop_back();
    value.kind = ast::Value::Kind::Complex;
    value.number = to_double(digits);
  } else if (digits.find_first_of(".eE") != std::string::npos) {
    value.kind = ast::Value::Kind::Float;
    value.number = to_double(digits);
  } else {
    value.kind = ast::Value::Kind::Int;
    value.text = decimal_text(digits, 10, arena);
  }
  return value;
}

}  // namespace ingot
