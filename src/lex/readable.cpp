#include "lex/readable.h"

#include <algorithm>
#include <cstdio>

#include "lex/utf8_check.h"

namespace ingot::lex {

Readable readable_part(const Source& source) {
  std::string_view text = source.text();
  size_t bad = first_invalid_utf8(text, true);
  if (bad == text.size()) return {text.size(), std::nullopt};

  size_t line_begin = text.rfind('\n', bad);
  line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  int lineno = 1 + static_cast<int>(std::count(text.begin(), text.begin() + line_begin, '\n'));
  SyntaxError error;
  bool nul = text[bad] == '\0';
  if (nul) {
    // CPython quotes the line up to the NUL, with no column.
    error.message = "source code cannot contain null bytes";
    error.lineno = error.end_lineno = lineno;
  } else {
    // CPython gives this one no location at all.
    char message[64];
    std::snprintf(message, sizeof message, "Non-UTF-8 code starting with '\\x%02x' in file ",
                  static_cast<unsigned char>(text[bad]));
    error.message = message + source.filename() + " on line " + std::to_string(lineno) +
                    ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
  }
  return {line_begin, std::move(error), nul};
}

}  // namespace ingot::lex
