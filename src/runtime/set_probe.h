// Control bytes that let a set lookup test a run of slots at once
// (docs/runtime.md, "set").
//
// CPython's set probes runs of 10 neighbouring slots, and deleted slots
// (dummies) stay in those runs until a resize, so a lookup in a set that
// keeps gaining and losing keys walks a dozen slots on average. Beside its
// entries, each table keeps one byte per slot — a 7-bit tag of the stored
// hash, or kEmptyControl, or kDummyControl — and a run is then one 16-byte
// load and three compares: which slots may hold the key, which are empty,
// which are dummies. Where keys go is unchanged, so is the slot order.
#pragma once

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ingot::rt::detail {

// Both have the top bit set, which no tag has.
inline constexpr uint8_t kEmptyControl = 0x80, kDummyControl = 0xFE;
// Every run starts at a slot <= mask, so the table keeps this many bytes
// past its last slot readable.
inline constexpr int64_t kControlGroupBytes = 16;

inline uint8_t control_tag(int64_t hash) { return static_cast<uint8_t>(hash & 0x7F); }

// Bit k of each mask stands for slot ctrl[k], k < 16.
struct ControlGroup {
  uint32_t match;  // the tag: an active slot that may hold the key
  uint32_t empty;
  uint32_t dummy;
};

inline ControlGroup scan_control_group(const uint8_t* ctrl, uint8_t tag) {
#if defined(__SSE2__)
  __m128i group = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ctrl));
  auto bits = [](__m128i v) { return static_cast<uint32_t>(_mm_movemask_epi8(v)); };
  uint32_t special = bits(group);  // empty or dummy
  uint32_t dummy = bits(_mm_cmpeq_epi8(group, _mm_set1_epi8(static_cast<char>(kDummyControl))));
  return {bits(_mm_cmpeq_epi8(group, _mm_set1_epi8(static_cast<char>(tag)))), special ^ dummy, dummy};
#else
  ControlGroup g{0, 0, 0};
  for (int k = 0; k < kControlGroupBytes; ++k) {
    g.match |= static_cast<uint32_t>(ctrl[k] == tag) << k;
    g.empty |= static_cast<uint32_t>(ctrl[k] == kEmptyControl) << k;
    g.dummy |= static_cast<uint32_t>(ctrl[k] == kDummyControl) << k;
  }
  return g;
#endif
}

}  // namespace ingot::rt::detail
