// `_ingot_unicodedata`: the native core under src/stdlib/unicodedata.py, on
// the tables of src/unicode (generated from CPython's own unicodedata by
// tools/gen_unicode.py). unicodedata.py checks the arguments and raises
// CPython's errors; here each character is its code point.
// - text_property(code, which): the category (which 0), bidirectional class
//   (1), East Asian width (2) or name (3; "" when it has none).
// - number(code, which): the decimal (0), digit (1) or numeric (2) value,
//   which unicodedata.py asks only of a character that has one
//   (str.isdecimal, isdigit, isnumeric say so).
// - combining(code), mirrored(code): the canonical combining class, and 1
//   where the character is Bidi_Mirrored.
// - lookup(name): the character a name or alias names, or -1.
// - normalize(form, text): form 0..3 is NFC, NFD, NFKC, NFKD.
#pragma once

#include "runtime/int.h"
#include "runtime/str.h"

namespace ingot::rt::unicodedata {

Str text_property(Int code, Int which);
double number(Int code, Int which);
Int combining(Int code);
Int mirrored(Int code);
Int lookup(Str name);
Str normalize(Int form, Str text);

}  // namespace ingot::rt::unicodedata
