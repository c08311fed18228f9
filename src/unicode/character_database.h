// The rest of unicodedata's facts, apart from unicode.h (which the whole
// compiler and runtime include): only unicodedata's native module needs
// them. From the same generated tables (tools/gen_unicode.py).
#pragma once

#include <string>
#include <string_view>

namespace ingot::unicode {

// The bidirectional class ("L", "AN", ...; "" when unassigned), the
// canonical combining class, the East Asian width ("N", "W", ...) and the
// Bidi_Mirrored property.
std::string_view bidirectional(char32_t c);
int combining_class(char32_t c);
std::string_view east_asian_width(char32_t c);
bool mirrored(char32_t c);

// The four normal forms of UAX #15 of UTF-8 text, as unicodedata.normalize
// gives them (unicode.h's nfkc is NormalForm::nfkc).
enum class NormalForm { nfc, nfd, nfkc, nfkd };
std::string normalize(NormalForm form, std::string_view utf8);

// The character's name as unicodedata.name gives it (never an alias), or ""
// when it has none.
std::string name(char32_t c);

}  // namespace ingot::unicode
