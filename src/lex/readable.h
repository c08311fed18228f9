// How much of a source CPython's tokenizer can read. It reads a line at a
// time and refuses a line holding a NUL byte ("source code cannot contain
// null bytes") or, in a file that declares no encoding, bytes that are not
// UTF-8 ("Non-UTF-8 code starting with '\xff' in file F on line N, ..."),
// raising the error when it first needs that line. Earlier lines tokenize
// normally, and an error in them comes first.
#pragma once

#include <cstddef>
#include <optional>

#include "base/source.h"
#include "diagnostics/syntax_error.h"

namespace ingot::lex {

struct Readable {
  size_t end;                        // the start of the first unreadable line
  std::optional<SyntaxError> error;  // raised on reading past `end`
  // After a NUL byte, CPython's tokenizer goes on as at the end of input,
  // so a line start still makes DEDENT tokens before the error; after
  // undecodable bytes every token is an error.
  bool dedents_first = false;
};

Readable readable_part(const Source& source);

}  // namespace ingot::lex
