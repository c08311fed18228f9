// Strict UTF-8 checking as CPython does it: its tokenizer's valid_utf8() for
// files that declare no encoding, and its UTF-8 codec's error messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ingot::lex {

// The sequence at text[at] (not past the end of text): valid, with its
// length, or not, with CPython's reason ("invalid start byte", "invalid
// continuation byte", "unexpected end of data") and the number of bytes its
// codec reports as undecodable.
struct Utf8Sequence {
  size_t length = 0;
  const char* error = nullptr;
};
Utf8Sequence utf8_sequence(std::string_view text, size_t at);

// The offset of the first byte of `text` that starts an invalid sequence
// (or, with nul_too, is NUL), or text.size() if none.
size_t first_invalid_utf8(std::string_view text, bool nul_too);

// What CPython's codec says about the invalid sequence at text[at]:
// "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte",
// with `position` in place of `at`.
std::string utf8_codec_error(std::string_view text, size_t at, size_t position);

}  // namespace ingot::lex
