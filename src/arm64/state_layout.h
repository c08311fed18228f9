// Where each per-core array of a MachineView sits in the one block of state
// memory that holds them all, so that the whole state moves between host
// and device in one copy.
#pragma once

#include <cstddef>
#include <span>

#include "arm64/machine_view.h"

namespace ingot::arm64 {

// The shape of a machine: what every buffer's size follows from.
struct Geometry {
  u32 cores = 1;
  u64 memory_size = 4 << 20;       // bytes per core
  u32 output_capacity = 64 << 10;  // bytes per core, between drains
};

struct StateLayout {
  explicit StateLayout(u32 cores);

  size_t registers, pc, cycles, cycle_limit, stop_detail, flags, stop_reason, private_fetch, output_length;
  size_t bytes;  // the whole block
};

// Where the machine's memory lives for whoever runs it: the host, or the
// device (the same layout at other addresses).
struct MachineAddresses {
  std::byte* state;
  u8* memory;
  u8* output;
  const MicroOp* program;
};

// Where the predecoded program image's instructions sit in every core's memory.
struct ProgramImage {
  u64 start = 0;
  u64 size = 0;  // bytes
  std::span<const u32> words;  // as loaded: what the block translator translates
};

MachineView make_view(const Geometry& geometry, const StateLayout& layout, const MachineAddresses& at,
                      const ProgramImage& image);

}  // namespace ingot::arm64
