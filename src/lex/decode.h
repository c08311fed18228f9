// From a file's bytes to the text the tokenizer reads: the UTF-8 BOM, the
// PEP 263 coding cookie (first two lines), decoding to UTF-8, and newlines
// translated to "\n", which is what CPython's tokenizer reads.
//
// Like CPython, this settles the encoding before anything is tokenized, so
// its errors ("encoding problem: ...") come first and have no location. A
// file that declares no encoding is UTF-8, but CPython checks that line by
// line as its tokenizer reads on, as it checks for NUL bytes, so those two
// errors are the tokenizer's (lex/readable.h): such text passes through here
// unchecked.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "diagnostics/syntax_error.h"

namespace ingot {

// The decoded text, or the SyntaxError CPython reports for these bytes.
std::variant<std::string, SyntaxError> decode_source(std::string_view bytes);

}  // namespace ingot
