// What the ARM64 tests share: machines on a chosen backend, and programs
// written as instruction words (each with its assembly beside it, as
// aarch64-linux-gnu-as encodes it).
#pragma once

#include <vector>

#include "arm64/machine.h"

namespace ingot::arm64 {

inline std::vector<u8> code(const std::vector<u32>& words) {
  std::vector<u8> bytes;
  for (u32 w : words)
    for (int i = 0; i < 4; ++i) bytes.push_back(u8(w >> (8 * i)));
  return bytes;
}

inline Machine make_machine(BackendKind backend, u32 cores = 1, u64 memory_size = 64 << 10,
                            u32 output_capacity = 4096, GpuOptions gpu = {}) {
  MachineOptions options;
  options.geometry = {cores, memory_size, output_capacity};
  options.backend = backend;
  options.gpu = gpu;
  return Machine(options);
}

inline constexpr u32 kHlt0 = 0xd4400000;  // hlt #0

}  // namespace ingot::arm64
