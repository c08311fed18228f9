// unicodedata's bidirectional(), east_asian_width() and mirrored(): one
// generated table holds the three, packed into one value per code point.
#include <cstdint>

#include "unicode/character_database.h"
#include "unicode/code_point_table.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using detail::CodePointTable;

#include "unicode/character_data.inc"

}  // namespace

std::string_view bidirectional(char32_t c) { return kBidiNames[kCharacterData[c] & ((1u << kBidiBits) - 1)]; }

std::string_view east_asian_width(char32_t c) {
  return kWidthNames[(kCharacterData[c] >> kBidiBits) & ((1u << kWidthBits) - 1)];
}

bool mirrored(char32_t c) { return (kCharacterData[c] >> (kBidiBits + kWidthBits)) & 1; }

}  // namespace ingot::unicode
