// int <-> text: decimal and power-of-two bases, CPython's int(str, base)
// grammar, and the int_max_str_digits limit (CVE-2020-10735).
#include <charconv>
#include <string>

#include "runtime/big_int.h"
#include "runtime/exception.h"
#include "runtime/number_text.h"
#include "runtime/str.h"

namespace ingot::rt {
namespace {

int64_t max_digits = 4300;  // sys.flags.int_max_str_digits' default

std::string limit_message(std::string_view detail) {
  return "Exceeds the limit (" + std::to_string(max_digits) + " digits) for integer string conversion" +
         std::string(detail) + "; use sys.set_int_max_str_digits() to increase the limit";
}

// A character's digit value in bases up to 36; 37 for anything else.
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}


// CPython's PyLong_FromString on ASCII text: the value, or nullopt where the
// caller reports an invalid literal. May itself raise the digit-limit error.
std::optional<Int> parse_int(std::string_view s, int base) {
  size_t at = 0;
  auto peek = [&](size_t offset = 0) { return at + offset < s.size() ? s[at + offset] : '\0'; };
  while (is_ascii_space(peek())) ++at;
  bool negative = false;
  if (peek() == '+' || peek() == '-') negative = s[at++] == '-';
  bool zero_only = false;  // base 0 with a leading 0: "0", "00", "0_0" only
  auto prefix_of = [](char c) { return c == 'x' || c == 'X' ? 16 : c == 'o' || c == 'O' ? 8 : c == 'b' || c == 'B' ? 2 : 0; };
  if (base == 0) {
    if (peek() != '0') base = 10;
    else if (int prefixed = prefix_of(peek(1))) base = prefixed;
    else zero_only = true, base = 10;
  }
  if (peek() == '0' && prefix_of(peek(1)) == base && base != 10) {
    at += 2;
    if (peek() == '_') ++at;  // one underscore may follow the prefix
  }
  if (peek() == '_') return std::nullopt;

  // The digits, with single underscores between them.
  std::string digits;
  char previous = '\0';
  while (at < s.size() && (digit_value(s[at]) < base || s[at] == '_')) {
    if (s[at] == '_') {
      if (previous == '_') return std::nullopt;
    } else {
      digits += s[at];
    }
    previous = s[at++];
  }
  if (previous == '_') return std::nullopt;
  if ((base & (base - 1)) != 0 && max_digits > 0 && static_cast<int64_t>(digits.size()) > max_digits)
    raise(exc::ValueError, limit_message(": value has " + std::to_string(digits.size()) + " digits"));
  if (digits.empty()) return std::nullopt;
  while (is_ascii_space(peek())) ++at;
  if (at != s.size()) return std::nullopt;

  Int value;
  if (digits.size() <= 12) {  // 36**12 < 2**62
    int64_t v = 0;
    for (char c : digits) v = v * base + digit_value(c);
    value = Int(negative ? -v : v);
  } else {
    Mpz result;
    mpz_set_str(result.get(), digits.c_str(), base);
    if (negative) mpz_neg(result.get(), result.get());
    value = take_mpz(result);
  }
  if (zero_only && value) return std::nullopt;
  return value;
}

// The common case of int(text): optional ASCII space, an optional sign and
// 1 to 18 ASCII digits (no underscores), optional space; that is a valid
// literal whatever else the grammar allows, and fits an int64_t. nullopt
// sends anything else to parse_int, which knows the whole grammar.
std::optional<int64_t> plain_decimal(std::string_view s) {
  size_t at = 0, end = s.size();
  while (at < end && is_ascii_space(s[at])) ++at;
  while (end > at && is_ascii_space(s[end - 1])) --end;
  bool negative = false;
  if (at < end && (s[at] == '+' || s[at] == '-')) negative = s[at++] == '-';
  if (at == end || end - at > 18) return std::nullopt;
  int64_t v = 0;
  for (; at < end; ++at) {
    auto digit = static_cast<unsigned>(s[at] - '0');
    if (digit > 9) return std::nullopt;
    v = v * 10 + digit;
  }
  return negative ? -v : v;
}

}  // namespace

int64_t max_str_digits() { return max_digits; }
void set_max_str_digits(int64_t digits) { max_digits = digits; }

std::string to_decimal_string(Int a) {
  if (a.is_small()) {
    char buffer[24];
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, a.small()).ptr);
  }
  mpz_srcptr v = a.big()->value;
  // sizeinbase may overstate by one: only a sure excess is refused before
  // converting; the exact count is checked after.
  auto estimate = static_cast<int64_t>(mpz_sizeinbase(v, 10));
  if (max_digits > 0 && estimate - 1 > max_digits) raise(exc::ValueError, limit_message(""));
  std::string text(estimate + 2, '\0');
  mpz_get_str(text.data(), 10, v);
  text.resize(std::strlen(text.c_str()));
  if (max_digits > 0 && static_cast<int64_t>(text.size()) - (text[0] == '-') > max_digits)
    raise(exc::ValueError, limit_message(""));
  return text;
}

Str str(Int a) {
  if (a.is_small()) {  // straight into the string: no std::string between
    char buffer[24];
    return Str::from_ascii({buffer, static_cast<size_t>(std::to_chars(buffer, buffer + sizeof buffer, a.small()).ptr - buffer)});
  }
  return Str::from_ascii(to_decimal_string(a));
}
Str repr(Int a) { return str(a); }

std::string to_base_string(Int a, int base) {
  MpzView v(a);
  std::string text(mpz_sizeinbase(v.get(), base) + 2, '\0');
  mpz_get_str(text.data(), base, v.get());
  text.resize(std::strlen(text.c_str()));
  return text;
}

Int int_from_string(std::string_view utf8, int base) {
  if ((base != 0 && base < 2) || base > 36) raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (base == 10)
    if (std::optional<int64_t> value = plain_decimal(utf8)) return Int(*value);
  if (std::optional<Int> value = parse_int(decimal_and_space_to_ascii(utf8), base)) return *value;
  Str shown = repr(Str::from_utf8(utf8));
  if (shown.length() > 200) shown = slice(shown, 0, 200);  // CPython's %.200R
  std::string message = "invalid literal for int() with base " + std::to_string(base) + ": ";
  message += shown.view();
  raise(exc::ValueError, message);
}

}  // namespace ingot::rt
