// From a file's bytes to the UTF-8 text the tokenizer reads: the UTF-8 BOM,
// the PEP 263 coding cookie (first two lines), and the errors CPython raises
// for undecodable or NUL-containing source.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "diagnostics/syntax_error.h"

namespace ingot {

// The decoded text, or the SyntaxError CPython reports for these bytes.
std::variant<std::string, SyntaxError> decode_source(std::string_view bytes);

}  // namespace ingot
