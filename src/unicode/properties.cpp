// Character properties and case mappings. Every code point maps (through
// kRecordIndex) to one of a few hundred distinct CharRecords, as in CPython's
// unicodectype.c; case mappings are stored as deltas so that, e.g., all of
// Latin-1's letters share a handful of records.
#include <cstdint>

#include "unicode/code_point_table.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using detail::CodePointTable;

// A case mapping: c + delta, unless `special` is set, when it is the offset in
// kSpecialCasing of [length, characters...].
struct CaseRule {
  int32_t delta;
  uint16_t special;
};

enum CaseKind { kUpperCase, kLowerCase, kTitleCase, kFoldCase };  // CaseRule order

struct CharRecord {
  uint8_t category;  // index in kCategoryNames
  uint16_t flags;    // Flag bits
  int8_t decimal;
  int8_t digit;
  uint16_t numeric;  // index in kNumericValues; 0 when not numeric
  CaseRule cases[4];
};

#include "unicode/properties.inc"

const CharRecord& record(char32_t c) { return kRecords[kRecordIndex[c]]; }

bool has(char32_t c, Flag flag) { return record(c).flags & flag; }

CaseMapping map_case(char32_t c, CaseKind kind) {
  CaseRule rule = record(c).cases[kind];
  if (rule.special == 0) return {{static_cast<char32_t>(c + rule.delta)}, 1};
  const char32_t* mapped = kSpecialCasing + rule.special;
  CaseMapping result{{}, static_cast<uint8_t>(mapped[0])};
  for (uint8_t i = 0; i < result.size; ++i) result.chars[i] = mapped[1 + i];
  return result;
}

}  // namespace

bool is_id_start(char32_t c) { return has(c, kIdStart); }
bool is_id_continue(char32_t c) { return has(c, kIdContinue); }
bool is_space(char32_t c) { return has(c, kSpace); }
bool is_linebreak(char32_t c) { return has(c, kLinebreak); }
bool is_alpha(char32_t c) { return has(c, kAlpha); }
// Numeric characters include the digits, which include the decimals.
bool is_alnum(char32_t c) { return is_alpha(c) || is_numeric(c); }
bool is_decimal(char32_t c) { return record(c).decimal >= 0; }
bool is_digit(char32_t c) { return record(c).digit >= 0; }
bool is_numeric(char32_t c) { return record(c).numeric != 0; }
bool is_lower(char32_t c) { return has(c, kLower); }
bool is_upper(char32_t c) { return has(c, kUpper); }
bool is_title(char32_t c) { return has(c, kTitle); }
bool is_cased(char32_t c) { return has(c, kCased); }
bool is_case_ignorable(char32_t c) { return has(c, kCaseIgnorable); }

std::string_view category(char32_t c) { return kCategoryNames[record(c).category]; }

int decimal_value(char32_t c) { return record(c).decimal; }
int digit_value(char32_t c) { return record(c).digit; }

std::optional<double> numeric_value(char32_t c) {
  uint16_t index = record(c).numeric;
  if (index == 0) return std::nullopt;
  return kNumericValues[index];
}

CaseMapping to_upper(char32_t c) { return map_case(c, kUpperCase); }
CaseMapping to_lower(char32_t c) { return map_case(c, kLowerCase); }
CaseMapping to_title(char32_t c) { return map_case(c, kTitleCase); }
CaseMapping to_casefold(char32_t c) { return map_case(c, kFoldCase); }

char32_t simple_upper(char32_t c) { return to_upper(c).chars[0]; }
char32_t simple_lower(char32_t c) { return to_lower(c).chars[0]; }
char32_t simple_title(char32_t c) { return to_title(c).chars[0]; }

}  // namespace ingot::unicode
