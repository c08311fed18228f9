// For the runtime's differential tests: one python3 run computes CPython's
// answers for many generated cases, and these helpers put the runtime's
// answers in the same textual form, so each case is one string comparison.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/python_oracle.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"

namespace ingot::rt::testing {

// Python helpers the scripts use: show(x) matches show() below, out(f)
// matches outcome(), hexstr() is how inputs travel to the C++ side.
inline constexpr std::string_view kPythonPrelude = R"(
import math, random, sys
def show(x):
    if isinstance(x, bool): return str(x)
    if isinstance(x, float): return repr(x)
    if isinstance(x, str): return 's:' + x.encode('utf-8', 'surrogatepass').hex()
    if isinstance(x, (tuple, list)): return '(' + ', '.join(show(i) for i in x) + ')'
    return str(x)
def out(f):
    try: return show(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
def hexstr(s): return s.encode('utf-8', 'surrogatepass').hex()
)";

inline std::vector<std::string> python(std::string_view script) {
  return ingot::testing::python_lines(std::string(kPythonPrelude) + std::string(script));
}

inline std::vector<std::string> split(std::string_view line, char separator = '|') {
  return ingot::testing::split_fields(line, separator);
}
using ingot::testing::unhex;

inline std::string show(Int i) { return to_decimal_string(i); }
inline std::string show(double d) { return float_repr_string(d); }
inline std::string show(bool b) { return b ? "True" : "False"; }
inline std::string show(Str s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "s:";
  for (unsigned char c : s.view()) (out += kHex[c >> 4]) += kHex[c & 15];
  return out;
}
inline std::string show(int64_t i) { return std::to_string(i); }
inline std::string show(int i) = delete;  // say which: an int64_t index or an Int
template <typename Sequence>
std::string show_sequence(const Sequence& items) {
  std::string out = "(";
  for (const auto& item : items) out += (out.size() > 1 ? ", " : "") + show(item);
  return out + ")";
}
template <typename A, typename B>
std::string show_pair(A a, B b) {
  return "(" + show(a) + ", " + show(b) + ")";
}

// The shown result of f(), or "ExceptionName: message" when it raises.
template <typename F>
std::string outcome(F&& f) {
  try {
    return f();
  } catch (const PyException& e) {
    // str(e) through the class slot (KeyError shows its key's repr).
    Str text = str(Value::of_object(&e.object()->header));
    return exception_type_name(*e.object()->header.type) + ": " + std::string(text.view());
  }
}

// What a case shows on the C++ side: repr() for runtime values, Python's
// spelling for plain C++ ints and bools.
template <typename X>
std::string R(X x) {
  return std::string(repr(x).view());
}
inline std::string R(int64_t i) { return std::to_string(i); }
inline std::string R(bool b) { return b ? "True" : "False"; }

}  // namespace ingot::rt::testing
