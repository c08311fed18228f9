// Python regular expression syntax, checked as CPython's re/_parser.py
// checks it and rewritten in PCRE2's (runtime/re_module.h compiles the
// result). See re_module.h for the design of the re module as a whole.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::rt::re {

// The flag bits of CPython's re module (re/_constants.py).
enum Flag : int64_t {
  kIgnoreCase = 2,
  kLocale = 4,
  kMultiline = 8,
  kDotAll = 16,
  kUnicode = 32,
  kVerbose = 64,
  kAscii = 256,
};

struct Translation {
  std::string pcre;  // the pattern in PCRE2's syntax (UTF-8 for str, raw bytes else)
  int64_t flags = 0;  // the flags given, with those of leading `(?aimsx)` groups
  int64_t groups = 0;
  std::vector<int64_t> parents;  // per group (index 0 is the whole match): the group enclosing it, 0 for none
  std::string error;  // CPython's re.error message; empty when the pattern is valid
  int64_t position = -1;  // where the error is, in code points of the pattern (-1: none)
};

// `pattern` is UTF-8 text for a str pattern (`text`), else bytes.
Translation translate(std::string_view pattern, bool text, int64_t flags);

}  // namespace ingot::rt::re
