// The run loop of one core, shared by the CPU backend and the GPU kernel
// (gpu_kernel.h). Instructions of the shared program image run as the
// micro-ops that load_program predecoded (micro_op.h); everything else is
// fetched from the core's memory and decoded (decode_tree.h).
#pragma once

#include "arm64/core.h"
#include "arm64/decode_tree.h"
#include "arm64/machine_view.h"
#include "arm64/micro_op_execute.h"

namespace ingot::arm64 {

// Runs one instruction; false once the core has stopped.
ARM64_FN bool step(Core& c) {
  if (c.runs_from_program()) {
    u32 index = u32((c.pc - c.text_start) / 4);
    u32 next = execute_micro_op(c, load_micro_op(c.program + index), index);
    c.pc = image_address(c, index);
    if (c.stop_reason != kNone) return false;
    c.pc = next == kLeave ? c.next_pc : image_address(c, next);
    return true;
  }
  c.next_pc = c.pc + 4;
  u32 insn;
  if (!c.fetch(insn)) return false;
  execute_instruction(c, insn);
  if (c.stop_reason != kNone) return false;
  c.pc = c.next_pc;
  return true;
}

// Runs the core until it stops or its cycles reach `limit`. In the program
// image, the fast path goes from micro-op index to micro-op index, changing
// nothing but registers and flags, and fetches each micro-op's successor
// before running it, so that straight-line code does not wait for its
// fetches; whatever it does not run itself (try_micro_op) runs through
// step(), one instruction, before it goes on.
ARM64_FN void run(Core& c, u64& cycles, u64 limit) {
  while (cycles < limit) {
    if (c.runs_from_program()) {
      // At most 2^31 at a time, so that the count stays in 32 bits.
      u32 budget = u32(limit - cycles < 0x80000000u ? limit - cycles : 0x80000000u), left = budget;
      u32 index = u32((c.pc - c.text_start) / 4);
      MicroOp op = load_micro_op(c.program + index);
      for (;;) {
        MicroOp following = load_micro_op(c.program + index + 1);  // the image ends with two kOutside
        u32 next = try_micro_op(c, op, index);
        if (next == kLeave) break;
        bool straight = next == index + 1;
        index = next;
        if (--left == 0) break;
        if (straight) op = following;
        else op = load_micro_op(c.program + next);
      }
      c.pc = image_address(c, index);
      cycles += budget - left;
      if (cycles >= limit) return;
    }
    if (!step(c)) return;
    ++cycles;
  }
}

// Core `core` of `m` as a Core, with its registers in `registers`.
ARM64_FN Core load_core(const MachineView& m, u32 core, RegisterFile registers) {
  Core c;
  c.r = registers;
  c.pc = m.pc[core];
  c.next_pc = c.pc;
  c.nzcv = m.flags[core];
  c.memory = m.memory + u64(core) * m.memory_size;
  c.memory_size = m.memory_size;
  c.program = m.program;
  c.text_start = m.text_start;
  c.text_size = m.text_size;
  c.private_fetch = m.private_fetch[core] != 0;
  c.output = m.output + u64(core) * m.output_capacity;
  c.output_length = m.output_length[core];
  c.output_capacity = m.output_capacity;
  return c;
}

ARM64_FN void store_core(const MachineView& m, u32 core, const Core& c, u64 cycles) {
  m.pc[core] = c.pc;
  m.flags[core] = c.nzcv;
  m.cycles[core] = cycles;
  m.stop_reason[core] = c.stop_reason == kNone ? u32(kCycleLimit) : c.stop_reason;
  m.stop_detail[core] = c.stop_reason == kNone ? 0 : c.stop_detail;
  m.private_fetch[core] = c.private_fetch;
  m.output_length[core] = c.output_length;
}

// Runs core `core` until it stops or reaches its cycle limit. Cores that
// have stopped for good (exit, fault ...) are left alone.
ARM64_FN void run_core(const MachineView& m, u32 core, RegisterFile registers) {
  if (!is_resumable(m.stop_reason[core])) return;
  Core c = load_core(m, core, registers);
  u64 cycles = m.cycles[core];
  run(c, cycles, m.cycle_limit[core]);
  store_core(m, core, c, cycles);
}

}  // namespace ingot::arm64
