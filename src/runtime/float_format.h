// CPython's PyOS_double_to_string, shared by repr(float) and the format-spec
// machinery (format.cpp).
#pragma once

#include <string>

namespace ingot::rt {

struct DoubleFormat {
  // 'r' (repr: shortest round-trip), 'e', 'f' or 'g'.
  char code = 'r';
  int precision = 0;  // unused for 'r'
  bool add_sign = false;          // '+' before non-negative values
  bool add_dot_0 = false;         // integral values get ".0" (repr, str, format '')
  bool alternate = false;         // '#': keep the decimal point and trailing zeros
  bool no_negative_zero = false;  // 'z'
  bool upper = false;             // 'E', 'F', 'G': "INF", "NAN", "E+05"
};

std::string double_to_string(double x, const DoubleFormat& format);

}  // namespace ingot::rt
