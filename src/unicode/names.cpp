// \N{...} names, resolved as CPython's unicodedata _getcode does for them.
//
// Four kinds of name, tried in CPython's order:
//  - HANGUL SYLLABLE <jamo>: parsed by CPython's own greedy jamo matcher;
//  - CJK UNIFIED IDEOGRAPH-<hex>: 4 or 5 upper-case hex digits in a range;
//  - other <prefix>-<hex> names (CJK COMPATIBILITY IDEOGRAPH-F900, ...):
//    ordinary names, kept as ranges instead of listed one by one;
//  - every other name and alias, listed in kNameStream.
// CPython parses the first two kinds only when spelled in upper case (and
// then looks no further); the others match ASCII case-insensitively.
//
// kNameStream holds the listed names sorted, as printable characters (digits
// in base sizeof(kNameAlphabet) - 1). Each entry is
//   [tokens shared with the previous entry][new tokens][new tokens' codes]
//   [code point minus the previous entry's, zigzag varint]
// where tokens are words (and the hyphens inside words) numbered by
// frequency, coded in one, two or three digits. Every kNamesPerBlock-th entry
// starts a block that shares nothing, so lookup binary-searches the blocks by
// their first names, then reads one block.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "unicode/character_database.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

struct HexNameRange {
  const char* prefix;
  char32_t first, last;
};

struct CodePointRange {
  char32_t first, last;
};

#include "unicode/names.inc"

constexpr unsigned kBase = sizeof(kNameAlphabet) - 1;

constexpr auto kDigitOf = [] {
  std::array<uint8_t, 128> digits{};
  for (uint8_t i = 0; i < kBase; ++i) digits[static_cast<unsigned char>(kNameAlphabet[i])] = i;
  return digits;
}();

// kWords is the words in number order, each followed by a space.
constexpr size_t kWordCount = std::count(std::begin(kWords), std::end(kWords), ' ');
constexpr auto kWordStarts = [] {
  std::array<uint32_t, kWordCount + 1> starts{};
  size_t word = 0;
  for (uint32_t i = 0; kWords[i] != 0; ++i)
    if (kWords[i] == ' ') starts[++word] = i + 1;
  return starts;
}();

std::string_view word(size_t index) {
  return std::string_view(kWords + kWordStarts[index], kWordStarts[index + 1] - kWordStarts[index] - 1);
}

// Reads the listed names of one block in order.
class BlockReader {
 public:
  explicit BlockReader(size_t block)
      : at_(kNameBlocks[block]), left_(std::min<size_t>(kNamesPerBlock, kNameCount - block * kNamesPerBlock)) {}

  // Moves to the next name, or returns false at the end of the block.
  bool next() {
    if (left_ == 0) return false;
    --left_;
    tokens_.resize(digit());
    for (unsigned fresh = digit(); fresh > 0; --fresh) tokens_.push_back(read_word());
    uint32_t zigzag = read_varint();
    code_ += (zigzag & 1) ? -static_cast<int32_t>(zigzag >> 1) - 1 : static_cast<int32_t>(zigzag >> 1);
    name_.clear();
    for (size_t i = 0; i < tokens_.size(); ++i) {
      std::string_view token = word(tokens_[i]);
      if (i > 0 && token != "-" && word(tokens_[i - 1]) != "-") name_ += ' ';
      name_ += token;
    }
    return true;
  }

  const std::string& name() const { return name_; }
  char32_t code() const { return code_; }

 private:
  unsigned digit() { return kDigitOf[static_cast<unsigned char>(kNameStream[at_++])]; }

  uint32_t read_word() {
    unsigned lead = digit();
    if (lead < kOneCharWords) return lead;
    if (lead < kOneCharWords + kTwoCharLeads)
      return kOneCharWords + (lead - kOneCharWords) * kBase + digit();
    uint32_t high = lead - kOneCharWords - kTwoCharLeads;
    uint32_t middle = digit();
    return kOneCharWords + kTwoCharLeads * kBase + (high * kBase + middle) * kBase + digit();
  }

  // Little-endian base-kVarintBase digits; a digit at or past kVarintBase
  // means more follow.
  uint32_t read_varint() {
    uint32_t value = 0;
    for (uint32_t scale = 1;; scale *= kVarintBase) {
      unsigned d = digit();
      if (d < kVarintBase) return value + d * scale;
      value += (d - kVarintBase) * scale;
    }
  }

  size_t at_;
  size_t left_;
  std::vector<uint32_t> tokens_;
  std::string name_;
  char32_t code_ = 0;
};

std::optional<char32_t> listed_name(const std::string& key) {
  // Finds the first block whose first name is past the key: the key can only
  // be in the block before it.
  size_t after = 0, end = std::size(kNameBlocks);
  while (after < end) {
    size_t middle = (after + end) / 2;
    BlockReader reader(middle);
    reader.next();
    if (reader.name() <= key)
      after = middle + 1;
    else
      end = middle;
  }
  if (after == 0) return std::nullopt;
  BlockReader reader(after - 1);
  while (reader.next())
    if (reader.name() == key) return reader.code();
  return std::nullopt;
}

bool is_upper_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

uint32_t hex_value(std::string_view digits) {
  uint32_t value = 0;
  for (char c : digits) value = value * 16 + (c <= '9' ? c - '0' : c - 'A' + 10);
  return value;
}

// "<prefix>-XXXX" names, which CPython matches exactly: the key is already
// upper case, and the hex must be as unicodedata.name spells it (%04X).
std::optional<char32_t> hex_name(std::string_view key) {
  for (const HexNameRange& range : kHexNameRanges) {
    if (!key.starts_with(range.prefix)) continue;
    std::string_view digits = key.substr(std::strlen(range.prefix));
    if (digits.size() < 4 || digits.size() > 6 || (digits.size() > 4 && digits[0] == '0') ||
        !std::all_of(digits.begin(), digits.end(), is_upper_hex))
      continue;
    uint32_t c = hex_value(digits);
    if (c >= range.first && c <= range.last) return c;
  }
  return std::nullopt;
}

std::optional<char32_t> unified_ideograph(std::string_view digits) {
  if ((digits.size() != 4 && digits.size() != 5) || !std::all_of(digits.begin(), digits.end(), is_upper_hex))
    return std::nullopt;
  uint32_t c = hex_value(digits);
  for (const CodePointRange& range : kUnifiedIdeographs)
    if (c >= range.first && c <= range.last) return c;
  return std::nullopt;
}

// CPython's find_syllable: the longest jamo name `text` starts with, the
// first of equal lengths, case-sensitively; consumes it.
template <size_t kCount, size_t kSize>
std::optional<size_t> take_jamo(std::string_view& text, const char (&names)[kCount][kSize]) {
  std::optional<size_t> found;
  size_t found_size = 0;
  for (size_t i = 0; i < kCount; ++i) {
    std::string_view jamo = names[i];
    if ((!found || jamo.size() > found_size) && text.starts_with(jamo)) {
      found = i;
      found_size = jamo.size();
    }
  }
  text.remove_prefix(found_size);
  return found;
}

std::optional<char32_t> hangul_syllable(std::string_view jamo) {
  auto leading = take_jamo(jamo, kJamoLeading);
  auto vowel = take_jamo(jamo, kJamoVowel);
  auto trailing = take_jamo(jamo, kJamoTrailing);
  if (!leading || !vowel || !trailing || !jamo.empty()) return std::nullopt;
  constexpr size_t kVowels = std::size(kJamoVowel), kTrailings = std::size(kJamoTrailing);
  return static_cast<char32_t>(0xAC00 + (*leading * kVowels + *vowel) * kTrailings + *trailing);
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Each listed character's name, by code point; aliases left out.
const std::unordered_map<char32_t, std::string>& names_by_code() {
  static const auto names = [] {
    std::unordered_map<char32_t, std::string> names;
    const uint16_t* alias = std::begin(kAliasEntries);
    for (size_t block = 0, entry = 0; block < std::size(kNameBlocks); ++block) {
      BlockReader reader(block);
      for (; reader.next(); ++entry) {
        if (alias != std::end(kAliasEntries) && *alias == entry)
          ++alias;
        else
          names.emplace(reader.code(), reader.name());
      }
    }
    return names;
  }();
  return names;
}

std::string upper_hex(char32_t c) {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%04X", static_cast<unsigned>(c));
  return digits;
}

}  // namespace

std::string name(char32_t c) {
  constexpr char32_t kSyllables = 0xAC00, kVowels = std::size(kJamoVowel), kTrailings = std::size(kJamoTrailing);
  if (c >= kSyllables && c < kSyllables + std::size(kJamoLeading) * kVowels * kTrailings) {
    char32_t s = c - kSyllables;
    return std::string("HANGUL SYLLABLE ") + kJamoLeading[s / (kVowels * kTrailings)] +
           kJamoVowel[s / kTrailings % kVowels] + kJamoTrailing[s % kTrailings];
  }
  for (const CodePointRange& range : kUnifiedIdeographs)
    if (c >= range.first && c <= range.last) return "CJK UNIFIED IDEOGRAPH-" + upper_hex(c);
  for (const HexNameRange& range : kHexNameRanges)
    if (c >= range.first && c <= range.last) return range.prefix + upper_hex(c);
  auto found = names_by_code().find(c);
  return found == names_by_code().end() ? std::string() : found->second;
}

std::optional<char32_t> lookup(std::string_view name) {
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ", kUnified = "CJK UNIFIED IDEOGRAPH-";
  if (name.starts_with(kHangul)) return hangul_syllable(name.substr(kHangul.size()));
  if (name.starts_with(kUnified)) return unified_ideograph(name.substr(kUnified.size()));
  std::string key(name);
  std::transform(key.begin(), key.end(), key.begin(), ascii_upper);
  if (auto c = hex_name(key)) return c;
  return listed_name(key);
}

}  // namespace ingot::unicode
