// The fetch-decode-execute loop of one core, shared by the CPU backend and
// the GPU kernel (gpu_kernel.h). Decoding follows the architecture's own
// tree: bits 28:25 pick the instruction group, and each group's header
// decodes the rest.
#pragma once

#include "arm64/branches.h"
#include "arm64/core.h"
#include "arm64/data_processing_immediate.h"
#include "arm64/data_processing_register.h"
#include "arm64/loads_stores.h"
#include "arm64/machine_view.h"
#include "arm64/system.h"

namespace ingot::arm64 {

ARM64_FN void execute_instruction(Core& c, u32 insn) {
  switch ((insn >> 25) & 15) {
    case 8: case 9: return data_processing_immediate(c, insn);
    case 10: case 11: return branches_exceptions_system(c, insn);
    case 4: case 6: case 12: case 14: return loads_and_stores(c, insn);
    case 5: case 13: return data_processing_register(c, insn);
    default: return c.undefined(insn);  // SIMD&FP, SVE, SME, reserved
  }
}

// Runs one instruction; false once the core has stopped.
ARM64_FN bool step(Core& c) {
  u32 insn;
  if (!c.fetch(insn)) return false;
  c.next_pc = c.pc + 4;
  execute_instruction(c, insn);
  if (c.stop_reason != kNone) return false;
  c.pc = c.next_pc;
  return true;
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
  c.text = m.text;
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
  u64 cycles = m.cycles[core], limit = m.cycle_limit[core];
  while (cycles < limit && step(c)) ++cycles;
  store_core(m, core, c, cycles);
}

}  // namespace ingot::arm64
