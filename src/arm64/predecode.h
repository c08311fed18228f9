// Turns instruction words into micro-ops (micro_op.h), once per word of the
// shared program image, on the host: Machine::load_program keeps the result
// as the image every backend runs.
#pragma once

#include <span>
#include <vector>

#include "arm64/micro_op.h"

namespace ingot::arm64 {

// The micro-op of `word` at address `pc`.
MicroOp predecode(u32 word, u64 pc);

// The micro-ops of `words` starting at `start`, and one more past the end:
// the run loop fetches the next micro-op before it knows whether it leaves
// the image, and that fetch must stay inside the table.
std::vector<MicroOp> predecode_program(std::span<const u32> words, u64 start);

}  // namespace ingot::arm64
