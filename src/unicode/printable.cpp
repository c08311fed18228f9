// str.isprintable, which repr(str) asks of every non-ASCII character: a
// table of its own (tools/gen_unicode.py), so that a program linking repr
// does not link the character records of properties.cpp.
#include <cstdint>

#include "unicode/code_point_table.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using detail::CodePointTable;

#include "unicode/printable.inc"

}  // namespace

// Eight code points a byte: bit c % 8 of entry c / 8.
bool is_printable(char32_t c) { return c <= kMaxCodePoint && (kPrintableBits[c >> 3] >> (c & 7) & 1); }

}  // namespace ingot::unicode
