// The GPU backend's kernel: one thread per core, running the interpreter
// (interpreter.h) that the CPU backend runs. Only NVRTC compiles this file,
// from the text embedded in the library (embed_kernel_source.py).
//
// Design (src/arm64/README.md has the measurements):
//  * Registers live in shared memory while the kernel runs, 32 x 8 bytes per
//    thread, laid out register-major within each warp's slab, so that the
//    threads of a warp reading the same register hit 32 different banks. The interpreter indexes them
//    at run time, which would put an array in local memory: 256 bytes per
//    thread for thousands of threads is more than L1 holds.
//  * pc, flags and the cycle count stay in the thread's own registers.
//  * Instructions are fetched from the one program image every core shares,
//    predecoded (micro_op.h), through the read-only cache: a warp running
//    one program fetches one micro-op for all its threads.
//  * With ARM64_RECONVERGE, a warp runs only its threads at the lowest pc
//    each step, so threads that took different branches of one program
//    meet again where the paths join instead of drifting apart for good.
#pragma once

#include "arm64/interpreter.h"

#ifndef ARM64_RECONVERGE
#define ARM64_RECONVERGE 0
#endif

namespace ingot::arm64 {

ARM64_FN u32 warp_minimum(u32 value) {
#if __CUDA_ARCH__ >= 800
  return __reduce_min_sync(0xffffffffu, value);
#else
  for (int offset = 16; offset > 0; offset /= 2) value = min(value, __shfl_xor_sync(0xffffffffu, value, offset));
  return value;
#endif
}

}  // namespace ingot::arm64

extern "C" __global__ void __launch_bounds__(256) arm64_run(const ingot::arm64::MachineView m) {
  using namespace ingot::arm64;
  extern __shared__ u64 shared_registers[];
  u32 core = blockIdx.x * blockDim.x + threadIdx.x;
  // Each warp's registers are a slab of 32 rows of 32 lanes: x_n of lane l
  // at n * 32 + l, a constant stride, so that an address is one shift-add.
  RegisterFile registers{shared_registers + (threadIdx.x / 32) * 32 * 32 + threadIdx.x % 32, 32};
  // Every thread of a warp stays in the loop until all are done: the
  // reconverging step is a warp-wide vote.
  bool valid = core < m.cores && is_resumable(m.stop_reason[core]);
  Core c;
  u64 cycles = 0, limit = 0;
  if (valid) {
    for (u32 n = 0; n < 32; ++n) registers.set_x_or_sp(n, m.registers[u64(core) * 32 + n]);
    c = load_core(m, core, registers);
    cycles = m.cycles[core];
    limit = m.cycle_limit[core];
  }
#if ARM64_RECONVERGE
  bool running = valid && cycles < limit;
  while (__any_sync(0xffffffffu, running)) {
    u32 lowest = warp_minimum(running ? u32(c.pc) : 0xffffffffu);
    if (running && u32(c.pc) == lowest) {
      running = step(c);
      if (running) running = ++cycles < limit;
    }
  }
#else
  if (valid) run(c, cycles, limit);
#endif
  if (valid) {
    store_core(m, core, c, cycles);
    for (u32 n = 0; n < 32; ++n) m.registers[u64(core) * 32 + n] = registers.x_or_sp(n);
  }
}
