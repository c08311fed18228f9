// Unicode facts the front end and the runtime need, from tables generated out
// of CPython 3.11's unicodedata (Unicode 14.0.0) by tools/gen_unicode.py.
// Each answer is CPython's, including where CPython departs from the Unicode
// standard (its simple case mappings, its \N{...} parsing).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ingot::unicode {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

// --- Character properties: str's predicates applied to one character. ---

// Identifier characters as str.isidentifier() sees them (XID_Start plus '_',
// XID_Continue).
bool is_id_start(char32_t c);
bool is_id_continue(char32_t c);

// str.isprintable() for one character (what repr() leaves unescaped).
bool is_printable(char32_t c);

bool is_space(char32_t c);      // str.isspace
bool is_linebreak(char32_t c);  // where str.splitlines splits
bool is_alpha(char32_t c);      // str.isalpha: categories L*
bool is_alnum(char32_t c);      // str.isalnum
bool is_decimal(char32_t c);    // str.isdecimal
bool is_digit(char32_t c);      // str.isdigit
bool is_numeric(char32_t c);    // str.isnumeric
bool is_lower(char32_t c);      // str.islower: the Lowercase property
bool is_upper(char32_t c);      // str.isupper: the Uppercase property
bool is_title(char32_t c);      // category Lt
// Cased and Case_Ignorable, which str.lower's final-sigma rule and str.title
// consult.
bool is_cased(char32_t c);
bool is_case_ignorable(char32_t c);

// The two-letter general category ("Lu", "Nd", ...; "Cn" when unassigned).
std::string_view category(char32_t c);

// The value int() gives a decimal digit, the digit value str.isdigit
// accepts, and the value str.isnumeric accepts (unicodedata.numeric); -1 or
// nullopt when the character has none.
int decimal_value(char32_t c);
int digit_value(char32_t c);
std::optional<double> numeric_value(char32_t c);

// --- Case mappings ---

// What a full case mapping gives one character: one to three characters.
struct CaseMapping {
  char32_t chars[3];
  uint8_t size;

  const char32_t* begin() const { return chars; }
  const char32_t* end() const { return chars + size; }
};

// str.upper/lower/title/casefold of the character alone. to_lower is
// context-free: str.lower's final sigma (U+03A3 to U+03C2) is the caller's.
CaseMapping to_upper(char32_t c);
CaseMapping to_lower(char32_t c);
CaseMapping to_title(char32_t c);
CaseMapping to_casefold(char32_t c);

// CPython's one-character mappings (_PyUnicode_ToUppercase etc., used by its
// regex engine): the first character of the full mapping.
char32_t simple_upper(char32_t c);
char32_t simple_lower(char32_t c);
char32_t simple_title(char32_t c);

// --- Text ---

// NFKC normalisation of UTF-8 text (identifiers are normalised with it), as
// unicodedata.normalize('NFKC', ...).
std::string nfkc(std::string_view utf8);

// The character a \N{NAME} escape names: names, name aliases, and the
// algorithmic names (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...),
// matched as CPython does: ASCII case-insensitively, except for the
// algorithmic names, which must be all upper case. Named sequences are not
// characters.
std::optional<char32_t> lookup(std::string_view name);

// What single_byte_codec's tables hold for a byte the codec cannot decode.
inline constexpr char32_t kUndecodable = 0xFFFFFFFF;

// The 256 code points of a single-byte codec (latin-1, cp1252, koi8-r, ...)
// by any name codecs.lookup accepts for it ("Latin-1", "l1", "windows-1252"),
// or nullptr if the name resolves to no single-byte codec ingot knows.
const char32_t* single_byte_codec(std::string_view name);

// UTF-8, allowing encoded surrogates ("generalised UTF-8"), which Python
// strs may hold.
void append_utf8(std::string& out, char32_t c);
// Decodes the character at `text[at]` and advances `at` past it. The input
// must be valid generalised UTF-8 (surrogates allowed): nothing is checked.
char32_t next_utf8(std::string_view text, size_t& at);

}  // namespace ingot::unicode
