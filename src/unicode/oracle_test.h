// For the tests: CPython's answers from a python3 script, or nullopt when
// python3's Unicode database is not 14.0.0, the version the tables were
// generated from (a test then skips rather than fails).
#pragma once

#include <stdio.h>

#include <optional>
#include <string>
#include <vector>

#include "base/python_oracle.h"

namespace ingot::unicode::testing {

inline std::optional<std::vector<std::string>> unicode_oracle(const std::string& script) {
  std::vector<std::string> lines =
      ingot::testing::python_lines("import unicodedata\nprint(unicodedata.unidata_version)\n" + script);
  if (lines.empty() || lines.front() != "14.0.0") return std::nullopt;
  lines.erase(lines.begin());
  return lines;
}

// "U+00E9", for failure messages (gtest cannot print a char32_t).
inline std::string u_plus(char32_t c) {
  char text[16];
  snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(c));
  return text;
}

// The code points of a line's space-separated hex numbers.
inline std::u32string parse_hex_code_points(std::string_view text) {
  std::u32string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    out += static_cast<char32_t>(std::stoul(std::string(text.substr(at, end - at)), nullptr, 16));
    at = end + 1;
  }
  return out;
}

}  // namespace ingot::unicode::testing
