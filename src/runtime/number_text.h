// Text helpers shared by int(str) and float(str).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ingot::rt {

// Python's bytes-level whitespace test (Py_ISSPACE).
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace
// becomes ' ', Unicode decimal digits become ASCII digits, and anything else
// outside ASCII becomes '?', which no number grammar accepts.
std::string decimal_and_space_to_ascii(std::string_view utf8);

// CPython's _Py_string_to_number_with_underscores: `ascii` less its
// underscores, each of which must stand between two digits; nullopt if one
// does not.
std::optional<std::string> without_digit_underscores(std::string_view ascii);

}  // namespace ingot::rt
