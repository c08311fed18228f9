// The one layout of every generated per-code-point table: a three-level trie.
// A code point's bits split into [top | mid | leaf]; top[] picks a block of
// mid[], whose entry picks a block of leaf[] holding the values. Identical
// blocks are stored once, so the long runs of unassigned or alike code points
// cost next to nothing. tools/gen_unicode.py chooses the block sizes.
#pragma once

#include <cstddef>

#include "unicode/unicode.h"

namespace ingot::unicode::detail {

template <typename Value, typename Top, typename Mid, unsigned kMidBits, unsigned kLeafBits>
struct CodePointTable {
  const Top* top;
  const Mid* mid;
  const Value* leaf;

  // Past U+10FFFF, Value{}: the generator keeps 0 for "nothing special".
  constexpr Value operator[](char32_t c) const {
    if (c > kMaxCodePoint) return Value{};
    size_t mid_block = top[c >> (kMidBits + kLeafBits)];
    size_t leaf_block = mid[(mid_block << kMidBits) | ((c >> kLeafBits) & ((1u << kMidBits) - 1))];
    return leaf[(leaf_block << kLeafBits) | (c & ((1u << kLeafBits) - 1))];
  }
};

}  // namespace ingot::unicode::detail
