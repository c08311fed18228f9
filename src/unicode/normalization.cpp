// The normal forms as UAX #15 defines them and CPython's unicodedata
// implements them: full canonical (NFD, NFC) or compatibility (NFKD, NFKC)
// decomposition, canonical reordering, and for NFC and NFKC canonical
// composition. The generator stores each character's decompositions already
// expanded recursively, and Hangul syllables are decomposed and composed by
// arithmetic, so each step is one pass.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "unicode/character_database.h"
#include "unicode/code_point_table.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using detail::CodePointTable;

struct Composition {
  char32_t first, second, composite;
};

#include "unicode/normalization.inc"

// The Hangul syllable arithmetic of Unicode §3.12.
constexpr char32_t kSyllableBase = 0xAC00, kLeadingBase = 0x1100, kVowelBase = 0x1161,
                   kTrailingBase = 0x11A7;
constexpr char32_t kLeadingCount = 19, kVowelCount = 21, kTrailingCount = 28;
constexpr char32_t kSyllableCount = kLeadingCount * kVowelCount * kTrailingCount;

void decompose(char32_t c, bool compatibility, std::u32string& out) {
  if (c - kSyllableBase < kSyllableCount) {
    char32_t s = c - kSyllableBase;
    out += kLeadingBase + s / (kVowelCount * kTrailingCount);
    out += kVowelBase + s / kTrailingCount % kVowelCount;
    if (s % kTrailingCount) out += kTrailingBase + s % kTrailingCount;
  } else if (auto at = compatibility ? kDecomposition[c] : kCanonicalDecomposition[c]) {
    out.append(kDecompositions + at + 1, kDecompositions[at]);
  } else {
    out += c;
  }
}

// Sorts each run of non-starters by combining class, keeping equal classes in
// order (an insertion sort: the runs are short).
void reorder(std::u32string& text) {
  for (size_t i = 1; i < text.size(); ++i) {
    uint8_t combining = kCombiningClass[text[i]];
    for (size_t j = i; combining != 0 && j > 0 && kCombiningClass[text[j - 1]] > combining; --j)
      std::swap(text[j - 1], text[j]);
  }
}

std::optional<char32_t> compose_pair(char32_t first, char32_t second) {
  if (first - kLeadingBase < kLeadingCount && second - kVowelBase < kVowelCount)
    return kSyllableBase + ((first - kLeadingBase) * kVowelCount + second - kVowelBase) * kTrailingCount;
  if (first - kSyllableBase < kSyllableCount && (first - kSyllableBase) % kTrailingCount == 0 &&
      second - kTrailingBase - 1 < kTrailingCount - 1)
    return first + (second - kTrailingBase);
  auto before = [](const Composition& c, std::pair<char32_t, char32_t> key) {
    return std::pair(c.first, c.second) < key;
  };
  auto found = std::lower_bound(std::begin(kCompositions), std::end(kCompositions),
                                std::pair(first, second), before);
  if (found == std::end(kCompositions) || found->first != first || found->second != second)
    return std::nullopt;
  return found->composite;
}

// Composes each character with the last starter unless a character between
// them blocks it (a starter, or a class at least its own).
void compose(std::u32string& text) {
  size_t starter = std::u32string::npos;
  uint8_t last_class = 0;
  size_t out = 0;
  for (char32_t c : text) {
    uint8_t combining = kCombiningClass[c];
    if (starter != std::u32string::npos && (out == starter + 1 || last_class < combining)) {
      if (auto composite = compose_pair(text[starter], c)) {
        text[starter] = *composite;
        continue;
      }
    }
    if (combining == 0) starter = out;
    last_class = combining;
    text[out++] = c;
  }
  text.resize(out);
}

}  // namespace

int combining_class(char32_t c) { return kCombiningClass[c]; }

std::string normalize(NormalForm form, std::string_view utf8) {
  // Every normal form leaves ASCII alone.
  if (std::all_of(utf8.begin(), utf8.end(), [](char b) { return static_cast<unsigned char>(b) < 0x80; }))
    return std::string(utf8);
  bool compatibility = form == NormalForm::nfkc || form == NormalForm::nfkd;
  std::u32string text;
  for (size_t at = 0; at < utf8.size();) decompose(next_utf8(utf8, at), compatibility, text);
  reorder(text);
  if (form == NormalForm::nfc || form == NormalForm::nfkc) compose(text);
  std::string out;
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

std::string nfkc(std::string_view utf8) { return normalize(NormalForm::nfkc, utf8); }

}  // namespace ingot::unicode
