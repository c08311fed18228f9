// float <-> text: CPython's layout of correctly rounded digits, and its
// grammar for float(str).
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/float_format.h"
#include "runtime/number_text.h"
#include "runtime/str.h"

namespace ingot::rt {
namespace {

// What David Gay's _Py_dg_dtoa hands CPython: significant digits without
// trailing zeros, and the decimal point's position (value = 0.DIGITS *
// 10**point). `mode` 0 is the shortest round-trip, 2 is `precision`
// significant digits, 3 is `precision` digits after the point. std::to_chars
// rounds exactly as Gay does: correctly, ties to even.
struct Digits {
  std::string digits;
  int point;
};

Digits decimal_digits(double x, int mode, int precision) {
  x = std::fabs(x);
  if (x == 0.0) return {"0", 1};
  std::string buffer(std::max(precision, 0) + 400, '\0');
  char* begin = buffer.data();
  Digits result;
  if (mode == 3) {
    char* end = std::to_chars(begin, begin + buffer.size(), x, std::chars_format::fixed, precision).ptr;
    std::string_view text(begin, end - begin);
    size_t dot = text.find('.');
    std::string all(text.substr(0, dot));
    if (dot != std::string_view::npos) all += text.substr(dot + 1);
    size_t first = all.find_first_not_of('0');
    if (first == std::string::npos) return {"", -precision};  // rounds to zero
    result.point = static_cast<int>((dot == std::string_view::npos ? text.size() : dot) - first);
    result.digits = all.substr(first);
  } else {
    char* end = mode == 0 ? std::to_chars(begin, begin + buffer.size(), x, std::chars_format::scientific).ptr
                          : std::to_chars(begin, begin + buffer.size(), x, std::chars_format::scientific,
                                          precision - 1).ptr;
    std::string_view text(begin, end - begin);
    size_t e = text.find('e');
    for (char c : text.substr(0, e))
      if (c != '.') result.digits += c;
    result.point = std::atoi(text.data() + e + 1) + 1;
  }
  size_t last = result.digits.find_last_not_of('0');
  result.digits.resize(last == std::string::npos ? 0 : last + 1);
  return result;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }


// Gay's strtod grammar, which CPython applies after stripping whitespace:
// sign, digits with at most one '.', at least one digit, optional exponent.
bool is_decimal_float(std::string_view s) {
  size_t at = 0;
  if (at < s.size() && (s[at] == '+' || s[at] == '-')) ++at;
  size_t digits = 0;
  while (at < s.size() && is_digit(s[at])) ++at, ++digits;
  if (at < s.size() && s[at] == '.') {
    ++at;
    while (at < s.size() && is_digit(s[at])) ++at, ++digits;
  }
  if (digits == 0) return false;
  if (at < s.size() && (s[at] == 'e' || s[at] == 'E')) {
    ++at;
    if (at < s.size() && (s[at] == '+' || s[at] == '-')) ++at;
    size_t exponent_digits = 0;
    while (at < s.size() && is_digit(s[at])) ++at, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return at == s.size();
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// A quiet NaN whose payload no earlier call gave: each float('nan') is an
// object of its own in CPython, and NaN identity is bit identity here
// (protocol.h's same_float). Payload 0 is math.nan's and the hardware's.
double fresh_nan() {
  static uint64_t counter = 0;
  counter = (counter + 1) & ((uint64_t{1} << 51) - 1);
  return std::bit_cast<double>(uint64_t{0x7ff8000000000000} | (counter ? counter : ++counter));
}

std::optional<double> parse_float(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  bool negative = !s.empty() && s.front() == '-';
  std::string_view unsigned_part = s.substr(!s.empty() && (s.front() == '-' || s.front() == '+'));
  if (equals_ignoring_case(unsigned_part, "inf") || equals_ignoring_case(unsigned_part, "infinity"))
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (equals_ignoring_case(unsigned_part, "nan")) return negative ? -fresh_nan() : fresh_nan();
  if (!is_decimal_float(s)) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);  // correctly rounded; ERANGE gives inf or 0, as Gay's
}

}  // namespace

std::string double_to_string(double x, const DoubleFormat& format) {
  bool negative = std::signbit(x);
  std::string out;
  if (!std::isfinite(x)) {
    if (std::isnan(x)) negative = false;  // CPython ignores a NaN's sign
    if (negative) out += '-';
    else if (format.add_sign) out += '+';
    out += std::isnan(x) ? (format.upper ? "NAN" : "nan") : (format.upper ? "INF" : "inf");
    return out;
  }
  int precision = format.precision;
  char code = format.code;
  int mode = 0;
  if (code == 'e') mode = 2, ++precision;
  else if (code == 'f') mode = 3;
  else if (code == 'g') mode = 2, precision = precision == 0 ? 1 : precision;
  Digits d = decimal_digits(x, mode, precision);
  auto digits_len = static_cast<int>(d.digits.size());
  if (format.no_negative_zero && negative && (digits_len == 0 || d.digits == "0")) negative = false;

  // From here on, CPython's format_float_short: the output is a window
  // [start, end) onto the digits padded with zeros on both sides.
  int point = d.point;
  int end = digits_len;
  bool use_exponent = false;
  switch (code) {
    case 'e': use_exponent = true, end = precision; break;
    case 'f': end = point + precision; break;
    case 'g':
      use_exponent = point <= -4 || point > (format.add_dot_0 ? precision - 1 : precision);
      if (format.alternate) end = precision;
      break;
    default: use_exponent = point <= -4 || point > 16; break;  // 'r': exponent from 1e16
  }
  int exponent = 0;
  if (use_exponent) {
    exponent = point - 1;
    point = 1;
  }
  int start = point <= 0 ? point - 1 : 0;
  if (!use_exponent && format.add_dot_0) end = std::max(end, point + 1);
  else end = std::max(end, point);

  if (negative) out += '-';
  else if (format.add_sign) out += '+';
  if (point <= 0) {
    out.append(point - start, '0');
    out += '.';
    out.append(-point, '0');
  } else {
    out.append(-start, '0');
  }
  if (0 < point && point <= digits_len) {
    out.append(d.digits, 0, point);
    out += '.';
    out.append(d.digits, point);
  } else {
    out += d.digits;
  }
  if (digits_len < point) {
    out.append(point - digits_len, '0');
    out += '.';
    out.append(end - point, '0');
  } else {
    out.append(end - digits_len, '0');
  }
  if (out.back() == '.' && !format.alternate) out.pop_back();
  if (use_exponent) {
    out += format.upper ? 'E' : 'e';
    out += exponent < 0 ? '-' : '+';
    int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
  return out;
}

std::string float_repr_string(double x) { return double_to_string(x, {.code = 'r', .add_dot_0 = true}); }

Str repr(double x) { return Str::from_ascii(float_repr_string(x)); }
Str str(double x) { return repr(x); }

double float_from_string(std::string_view utf8) {
  std::string ascii = decimal_and_space_to_ascii(utf8);
  std::optional<double> result;
  if (ascii.find('_') == std::string::npos) {
    result = parse_float(ascii);
  } else if (std::optional<std::string> stripped = without_digit_underscores(ascii)) {
    result = parse_float(*stripped);
  }
  if (!result) {
    std::string message = "could not convert string to float: ";
    message += repr(Str::from_utf8(utf8)).view();
    raise(exc::ValueError, message);
  }
  return *result;
}

}  // namespace ingot::rt
