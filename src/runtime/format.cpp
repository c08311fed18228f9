// The format-spec mini-language, after CPython's Python/formatter_unicode.c:
// parse_internal_render_format_spec, calc_number_widths, fill_number and
// _PyUnicode_InsertThousandsGrouping, step for step, because the corner
// cases (zero padding through separators, '=' alignment, 'inf' with zero
// fill) are defined by that code rather than by the documentation.
#include "runtime/format.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/float_format.h"
#include "unicode/unicode.h"

namespace ingot::rt {
namespace {

enum class Grouping { none, comma, underscore, underscore_four };

struct Spec {
  char32_t fill = ' ';
  char32_t align;
  char sign = '\0';
  bool no_negative_zero = false;
  bool alternate = false;
  int64_t width = -1;
  Grouping grouping = Grouping::none;
  int64_t precision = -1;
  char32_t type;
};

std::string utf8(char32_t c) {
  std::string out;
  unicode::append_utf8(out, c);
  return out;
}

// A presentation type as CPython's messages quote it: 'x' or '\x85'.
std::string quoted_type(char32_t type) {
  char code[16];
  if (type > 32 && type < 128) std::snprintf(code, sizeof code, "'%c'", static_cast<char>(type));
  else std::snprintf(code, sizeof code, "'\\x%x'", static_cast<unsigned>(type));
  return code;
}

[[noreturn]] void raise_unknown_type(char32_t type, std::string_view type_name) {
  raise(exc::ValueError, "Unknown format code " + quoted_type(type) + " for object of type '" + std::string(type_name) + "'");
}

Spec parse_spec(Str text, char32_t default_type, char32_t default_align, std::string_view type_name) {
  std::u32string s;
  for (size_t at = 0; at < static_cast<size_t>(text.size_bytes());) s += unicode::next_utf8(text.view(), at);
  Spec spec;
  spec.align = default_align;
  spec.type = default_type;
  size_t pos = 0, end = s.size();
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool fill_specified = false, align_specified = false;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    spec.fill = s[pos];
    spec.align = s[pos + 1];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    spec.align = s[pos++];
    align_specified = true;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') spec.no_negative_zero = true, ++pos;
  if (pos < end && s[pos] == '#') spec.alternate = true, ++pos;
  if (!fill_specified && pos < end && s[pos] == '0') {
    spec.fill = '0';
    if (!align_specified && default_align == '>') spec.align = '=';
    ++pos;
  }
  // A decimal number (Unicode digits count), or -1 when there is none.
  auto integer = [&]() -> int64_t {
    int64_t value = -1;
    for (int digit; pos < end && (digit = unicode::decimal_value(s[pos])) >= 0; ++pos) {
      if (value < 0) value = 0;
      if (value > (INT64_MAX - digit) / 10) raise(exc::ValueError, "Too many decimal digits in format string");
      value = value * 10 + digit;
    }
    return value;
  };
  spec.width = integer();
  auto both_separators = [] { raise(exc::ValueError, "Cannot specify both ',' and '_'."); };
  if (pos < end && s[pos] == ',') spec.grouping = Grouping::comma, ++pos;
  if (pos < end && s[pos] == '_') {
    if (spec.grouping != Grouping::none) both_separators();
    spec.grouping = Grouping::underscore;
    ++pos;
  }
  if (pos < end && s[pos] == ',' && spec.grouping == Grouping::underscore) both_separators();
  if (pos < end && s[pos] == '.') {
    ++pos;
    spec.precision = integer();
    if (spec.precision < 0) raise(exc::ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1)
    raise(exc::ValueError,
          "Invalid format specifier '" + std::string(text.view()) + "' for object of type '" + std::string(type_name) + "'");
  if (end - pos == 1) spec.type = s[pos];
  if (spec.grouping != Grouping::none) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0': break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == Grouping::underscore) {
          spec.grouping = Grouping::underscore_four;  // bin/oct/hex group by four
          break;
        }
        [[fallthrough]];
      default: {
        char separator = spec.grouping == Grouping::comma ? ',' : '_';
        raise(exc::ValueError, std::string("Cannot specify '") + separator + "' with " + quoted_type(spec.type) + ".");
      }
    }
  }
  return spec;
}

// The digits with separators, padded with zeros to at least min_width
// (sign-aware zero padding grows through the separators: '00,001,234').
std::string group_digits(std::string_view digits, int64_t min_width, Grouping grouping) {
  const char* separator = grouping == Grouping::comma ? "," : grouping == Grouping::none ? "" : "_";
  int64_t separator_length = grouping == Grouping::none ? 0 : 1;
  int64_t group = grouping == Grouping::none ? 0 : grouping == Grouping::underscore_four ? 4 : 3;
  std::string reversed;  // built right to left, as CPython does
  int64_t remaining = static_cast<int64_t>(digits.size());
  bool use_separator = false;
  auto emit = [&](int64_t l) {
    int64_t zeros = std::max<int64_t>(0, l - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_separator) reversed += separator;
    for (int64_t i = 0; i < chars; ++i) reversed += digits[remaining - 1 - i];
    reversed.append(zeros, '0');
    remaining -= chars;
  };
  bool broke = false;
  if (group > 0) {
    while (true) {
      int64_t l = std::min(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      emit(l);
      use_separator = true;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        broke = true;
        break;
      }
      min_width -= separator_length;
    }
  }
  if (!broke) emit(std::max<int64_t>(std::max(remaining, min_width), 1));
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

// Lays out [padding][sign][prefix][padding][digits][remainder][padding]
// (CPython's calc_number_widths + fill_number). `digits` are the integer
// digits to group; `remainder` is everything after them ('.5e+10', '%',
// 'inf', or the character of format 'c').
std::string layout_number(const Spec& spec, bool negative, std::string_view prefix, std::string_view digits,
                          std::string_view remainder, int64_t remainder_length) {
  std::string sign;
  if (spec.sign == '+') sign = negative ? "-" : "+";
  else if (spec.sign == ' ') sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size()) + remainder_length;
  int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - fixed : 0;
  std::string grouped = digits.empty() ? std::string() : group_digits(digits, min_width, spec.grouping);
  int64_t padding = spec.width - (fixed + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^': left = padding / 2, right = padding - left; break;
      case '=': middle = padding; break;
      default: left = padding; break;
    }
  }
  std::string fill = utf8(spec.fill), out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += sign;
  out += prefix;
  for (int64_t i = 0; i < middle; ++i) out += fill;
  out += grouped;
  out += remainder;
  for (int64_t i = 0; i < right; ++i) out += fill;
  return out;
}

// The text of a float ('-1234.5e+10', 'inf', '12.5%') laid out by the
// spec: sign, grouped integer digits, the rest.
std::string layout_float_text(const Spec& spec, std::string_view text) {
  bool negative = !text.empty() && text[0] == '-';
  std::string_view number = text.substr(negative);
  size_t integer_digits = 0;
  while (integer_digits < number.size() && number[integer_digits] >= '0' && number[integer_digits] <= '9') ++integer_digits;
  std::string_view remainder = number.substr(integer_digits);
  return layout_number(spec, negative, "", number.substr(0, integer_digits), remainder,
                       static_cast<int64_t>(remainder.size()));
}

std::string format_float_spec(double x, const Spec& spec) {
  if (spec.precision > INT32_MAX) raise(exc::ValueError, "precision too big");
  DoubleFormat f;
  f.alternate = spec.alternate;
  f.no_negative_zero = spec.no_negative_zero;
  char32_t type = spec.type;
  int default_precision = 6;
  if (type == '\0') {  // like repr, or 'g' with at least one decimal digit
    f.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) type = 'f', x *= 100;
  int precision = spec.precision < 0 ? default_precision : static_cast<int>(spec.precision);
  if (spec.precision >= 0 && type == 'r') type = 'g';
  f.upper = type == 'E' || type == 'F' || type == 'G';
  f.code = static_cast<char>(f.upper ? type - 'A' + 'a' : type);
  f.precision = precision;
  std::string text = double_to_string(x, f);
  if (percent) text += '%';
  return layout_float_text(spec, text);
}

// A complex's parts laid out one by one without padding (the imaginary
// part signed), then the whole padded (CPython's format_complex_internal).
std::string format_complex_spec(Complex z, const Spec& spec) {
  if (spec.fill == '0') raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') raise(exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (spec.precision > INT32_MAX) raise(exc::ValueError, "precision too big");
  DoubleFormat f;
  f.alternate = spec.alternate;
  f.no_negative_zero = spec.no_negative_zero;
  char32_t type = spec.type;
  int default_precision = 6;
  bool skip_real = false, parentheses = false;
  if (type == '\0') {  // like str(z)
    type = 'r';
    default_precision = 0;
    skip_real = z.real == 0.0 && !std::signbit(z.real);
    parentheses = !skip_real;
  }
  if (type == 'n') type = 'g';
  if (spec.precision >= 0 && type == 'r') type = 'g';
  f.upper = type == 'E' || type == 'F' || type == 'G';
  f.code = static_cast<char>(f.upper ? type - 'A' + 'a' : type);
  f.precision = spec.precision < 0 ? default_precision : static_cast<int>(spec.precision);
  Spec part = spec;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  std::string body = parentheses ? "(" : "";
  if (!skip_real) {
    body += layout_float_text(part, double_to_string(z.real, f));
    part.sign = '+';
  }
  body += layout_float_text(part, double_to_string(z.imag, f)) + "j";
  if (parentheses) body += ')';
  int64_t length = static_cast<int64_t>(body.size());
  int64_t padding = std::max<int64_t>(0, spec.width - length);
  int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  std::string fill = utf8(spec.fill), out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += body;
  for (int64_t i = 0; i < padding - left; ++i) out += fill;
  return out;
}

std::string format_int_spec(Int x, const Spec& spec) {
  if (spec.precision != -1) raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_negative_zero) raise(exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') {
    if (spec.sign) raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) raise(exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    std::optional<int64_t> code = x.to_int64();
    if (!code) raise(exc::OverflowError, "Python int too large to convert to C long");
    if (*code < 0 || *code > unicode::kMaxCodePoint) raise(exc::OverflowError, "%c arg not in range(0x110000)");
    std::string c = utf8(static_cast<char32_t>(*code));
    return layout_number(spec, false, "", "", c, 1);
  }
  int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
  bool negative = x.is_negative();
  std::string digits = base == 10 ? to_decimal_string(x) : to_base_string(x, base);
  if (negative) digits.erase(0, 1);
  std::string prefix;
  if (spec.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (spec.type == 'X') {
    std::transform(digits.begin(), digits.end(), digits.begin(), [](char c) { return c >= 'a' && c <= 'f' ? c - 32 : c; });
    if (!prefix.empty()) prefix = "0X";
  }
  return layout_number(spec, negative, prefix, digits, "", 0);
}

}  // namespace

Str format(Int x, Str spec) { return format_int(x, spec, "int"); }

Str format_int(Int x, Str spec, std::string_view type_name) {
  if (spec.empty()) return str(x);
  Spec s = parse_spec(spec, 'd', '>', type_name);
  switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return Str::from_utf8(format_int_spec(x, s));
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return Str::from_utf8(format_float_spec(to_double(x), s));
    default:
      raise_unknown_type(s.type, type_name);
  }
}

Str format(double x, Str spec) {
  if (spec.empty()) return str(x);
  Spec s = parse_spec(spec, '\0', '>', "float");
  switch (s.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return Str::from_utf8(format_float_spec(x, s));
    default:
      raise_unknown_type(s.type, "float");
  }
}

Str format(Complex x, Str spec) {
  if (spec.empty()) return str(x);
  Spec s = parse_spec(spec, '\0', '>', "complex");
  switch (s.type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      return Str::from_utf8(format_complex_spec(x, s));
    default:
      raise_unknown_type(s.type, "complex");
  }
}

Str format(Str x, Str spec) {
  if (spec.empty()) return x;
  Spec s = parse_spec(spec, 's', '<', "str");
  if (s.type != 's') raise_unknown_type(s.type, "str");
  if (s.sign == ' ') raise(exc::ValueError, "Space not allowed in string format specifier");
  if (s.sign) raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (s.no_negative_zero) raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  int64_t length = x.length();
  if ((s.width < 0 || s.width <= length) && (s.precision < 0 || s.precision >= length)) return x;
  if (s.precision >= 0 && length >= s.precision) {
    length = s.precision;
    x = slice(x, 0, length);
  }
  int64_t total = std::max(length, s.width);
  int64_t left = s.align == '>' ? total - length : s.align == '^' ? (total - length) / 2 : 0;
  int64_t right = total - length - left;
  std::string fill = utf8(s.fill), out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += x.view();
  for (int64_t i = 0; i < right; ++i) out += fill;
  return Str::from_utf8(out, total);
}

}  // namespace ingot::rt
