// Unicode facts the front end and the runtime need, from tables generated out
// of CPython 3.11's unicodedata (Unicode 14.0.0) by tools/gen_unicode.py.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ingot::unicode {

// Identifier characters as str.isidentifier() sees them (XID_Start plus '_',
// XID_Continue).
bool is_id_start(char32_t c);
bool is_id_continue(char32_t c);

// str.isprintable() for one character (what repr() leaves unescaped).
bool is_printable(char32_t c);

// NFKC normalisation of UTF-8 text (identifiers are normalised with it).
std::string nfkc(std::string_view utf8);

// The character a \N{NAME} escape names: names, name aliases, and the
// algorithmic names (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...),
// case-insensitively as CPython does. Named sequences are not characters.
std::optional<char32_t> lookup(std::string_view name);

// The 256 code points of a single-byte codec (latin-1, cp1252, koi8-r, ...)
// by its normalised name (lower case, '-' for '_'), or nullptr if unknown.
const char32_t* single_byte_codec(std::string_view name);

// UTF-8, allowing encoded surrogates ("generalised UTF-8"), which Python
// strs may hold.
void append_utf8(std::string& out, char32_t c);
// Decodes one character at `text[at]`, advancing `at`; returns U+FFFD...
// never: the input is known-valid generalised UTF-8.
char32_t next_utf8(std::string_view text, size_t& at);

}  // namespace ingot::unicode
