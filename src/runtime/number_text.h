// Text helpers shared by int(str) and float(str).
#pragma once

#include <string>
#include <string_view>

namespace ingot::rt {

// Python's bytes-level whitespace test (Py_ISSPACE).
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace
// becomes ' ', Unicode decimal digits become ASCII digits, and anything else
// outside ASCII becomes '?', which no number grammar accepts.
std::string decimal_and_space_to_ascii(std::string_view utf8);

}  // namespace ingot::rt
