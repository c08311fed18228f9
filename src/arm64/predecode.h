// Turns instruction words into micro-ops (micro_op.h), once per word of the
// shared program image, on the host: Machine::load_program keeps the result
// as the image every backend runs.
#pragma once

#include <span>
#include <vector>

#include "arm64/micro_op.h"

namespace ingot::arm64 {

// The image's place: `words` instruction words from `start`.
struct ImageRange {
  u64 start;
  u64 words;
};

// The micro-op of `word` at address `pc`, inside `image`: branches to
// elsewhere in the image become indices of micro-ops there.
MicroOp predecode(u32 word, u64 pc, const ImageRange& image);

// The micro-ops of `words` starting at `start`, then two kOutside: the run
// loop reaches the first by falling off the image's end, and fetches the
// micro-op after the one it runs before it knows whether it will need it.
std::vector<MicroOp> predecode_program(std::span<const u32> words, u64 start);

}  // namespace ingot::arm64
