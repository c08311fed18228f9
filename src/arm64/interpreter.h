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
  c.next_pc = c.pc + 4;
  if (c.runs_from_program()) {
    execute_micro_op(c, load_micro_op(c.program + (c.pc - c.text_start) / 4));
  } else {
    u32 insn;
    if (!c.fetch(insn)) return false;
    execute_instruction(c, insn);
  }
  if (c.stop_reason != kNone) return false;
  c.pc = c.next_pc;
  return true;
}

// Runs the core until it stops or its cycles reach `limit`. While it runs
// from the program image, each micro-op's successor is fetched before the
// micro-op runs, so that the fetch overlaps it: straight-line code then
// never waits for a fetch, and a taken branch fetches again.
ARM64_FN void run(Core& c, u64& cycles, u64 limit) {
  while (cycles < limit) {
    if (!c.runs_from_program()) {
      if (!step(c)) return;
      ++cycles;
      continue;
    }
    const MicroOp* op_at = c.program + (c.pc - c.text_start) / 4;
    MicroOp op = load_micro_op(op_at);
    for (;;) {
      MicroOp next = load_micro_op(op_at + 1);  // in the table: it ends with a spare
      c.next_pc = c.pc + 4;
      execute_micro_op(c, op);
      if (c.stop_reason != kNone) return;
      bool straight = c.next_pc == c.pc + 4;
      c.pc = c.next_pc;
      if (++cycles >= limit || !c.runs_from_program()) break;
      if (straight) {
        op = next;
        ++op_at;
      } else {
        op_at = c.program + (c.pc - c.text_start) / 4;
        op = load_micro_op(op_at);
      }
    }
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
