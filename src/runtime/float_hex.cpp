// float.hex() and float.fromhex(): CPython's exact hexadecimal form of a
// double and its parser (the digits go through strtod, which rounds hex
// input correctly).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/number_text.h"
#include "runtime/str.h"

namespace ingot::rt {
namespace {

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i)
    if ((text[i] | 0x20) != lower[i]) return false;
  return true;
}

[[noreturn]] void raise_invalid() { raise(exc::ValueError, "invalid hexadecimal floating-point string"); }

}  // namespace

// CPython's float_hex: one leading digit, 13 fraction digits, the binary
// exponent; subnormals keep a leading 0.
Str float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return repr(x);
  if (x == 0.0) return Str::from_ascii(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kDigits[] = "0123456789abcdef";
  std::string text = x < 0 ? "-0x" : "0x";
  text += kDigits[static_cast<int>(m)];
  m -= static_cast<int>(m);
  text += '.';
  constexpr int kBits = DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4;  // CPython's TOHEX_NBITS
  for (int i = 0; i < (kBits - 1) / 4; ++i) {
    m *= 16.0;
    text += kDigits[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  text += 'p';
  text += e < 0 ? '-' : '+';
  text += std::to_string(e < 0 ? -e : e);
  return Str::from_ascii(text);
}

// CPython's grammar: [sign] ['0x'] digits ['.' digits] ['p' [sign] digits],
// or inf/infinity/nan, with surrounding whitespace.
double float_fromhex(Str s) {
  std::string_view text = s.view();
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  bool negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) return negative ? -INFINITY : INFINITY;
  if (equals_ignoring_case(text, "nan")) return negative ? -NAN : NAN;
  if (text.size() >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x') text.remove_prefix(2);
  size_t i = 0, digits = 0;
  while (i < text.size() && is_hex_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_hex_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) raise_invalid();
  std::string number = std::string(negative ? "-0x" : "0x") + std::string(text.substr(0, i));
  if (i < text.size() && (text[i] | 0x20) == 'p') {
    size_t start = ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    size_t exponent_digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == exponent_digits) raise_invalid();
    number += "p" + std::string(text.substr(start, i - start));
  }
  if (i != text.size()) raise_invalid();
  errno = 0;
  double x = std::strtod(number.c_str(), nullptr);
  if (errno == ERANGE && std::isinf(x)) raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  return x;
}

}  // namespace ingot::rt
