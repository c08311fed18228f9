// What the translated kernels (block_translator.h) are built on: the
// interpreter, which runs whatever the translated blocks do not (a cycle
// limit's tail, a pc that starts no block, a core that wrote into its
// program), and the moves of a core's registers between the machine's
// arrays, the kernel's locals and the interpreter's register file. The
// translator appends one kernel's blocks to this text; NVRTC compiles the
// whole, and the host compiler can too (block_translator_test.cpp).
#pragma once

#include "arm64/interpreter.h"

#if defined(__CUDACC__)
#define ARM64_TRANSLATED_ENTRY(name) extern "C" __global__ void __launch_bounds__(256) name
#define ARM64_SLOW_PATH __device__ __noinline__
#define ARM64_TABLE __device__ const
#else
#define ARM64_TRANSLATED_ENTRY(name) extern "C" void name
#define ARM64_SLOW_PATH __attribute__((noinline))
#define ARM64_TABLE const
#endif

// The translated kernel's statements (block_translator.cpp writes them),
// inside run_translated(), whose locals they name: c, the core; flags, its
// NZCV while they are owed (LazyFlags); cycles and limit; and its labels:
// dispatch, interpret_to_block, interpret_all, done.
//
// A block's entry: only blocks reached with the core running, and fetching
// from the image, are entered, which the two stores tell the compiler, so
// that it folds the tests below away for the instructions that cannot stop
// the core or write memory. A block of `length` instructions runs only
// where that many cycles are left; else the interpreter runs the tail.
#define ARM64_BLOCK_ENTRY(address, length) \
  c.stop_reason = kNone;                   \
  c.private_fetch = false;                 \
  if (limit - cycles < length) {           \
    c.pc = address;                        \
    goto interpret_to_block;               \
  }
// The instruction `word` at `address`, the block's instruction number
// `before` (as many cycles not yet counted); the core stops at it, as in
// the interpreter, having changed whatever the interpreter changes.
#define ARM64_INSTRUCTION(address, word, before) \
  c.pc = address;                                \
  c.next_pc = address + 4;                       \
  execute_instruction(c, word);                  \
  if (c.stop_reason != kNone) {                  \
    cycles += before;                            \
    goto done;                                   \
  }
// ADDS, SUBS, CMP and CMN with an immediate or a shifted register, run by
// `function` (below), which leaves the core's NZCV owed. They cannot stop
// the core.
#define ARM64_LAZY(address, function, word) \
  c.pc = address;                           \
  c.next_pc = address + 4;                  \
  function(c, flags, word);
// Before an instruction that may write NZCV, and wherever the translated
// code leaves, what is owed is paid.
#define ARM64_SETTLE_FLAGS()                                               \
  if (flags.owed) {                                                        \
    c.nzcv = add_with_carry(flags.x, flags.y, flags.carry, flags.is64).nzcv; \
    flags.owed = false;                                                    \
  }
// Around an instruction that reads NZCV and writes none (B.cond, CSEL, ADC
// ...), NZCV is lent to it and taken back: still owed, not carried from one
// block to the next, and the compiler keeps of it only what the condition
// tests (Z, for B.NE).
#define ARM64_LEND_FLAGS() \
  u32 lent = c.nzcv;       \
  if (flags.owed) c.nzcv = add_with_carry(flags.x, flags.y, flags.carry, flags.is64).nzcv;
#define ARM64_TAKE_BACK_FLAGS() \
  if (flags.owed) c.nzcv = lent;
// A load or store: after a store into the program image, the core runs
// what its memory holds, in the interpreter.
#define ARM64_ACCESS(address, word, before) \
  ARM64_INSTRUCTION(address, word, before)  \
  if (c.private_fetch) {                    \
    cycles += before + 1;                   \
    c.pc = c.next_pc;                       \
    goto interpret_all;                     \
  }

namespace ingot::arm64 {

// The guest registers while translated code runs: 32 locals, indexed only
// by constants once the translated instructions are inlined, so that the
// compiler keeps them in its own registers.
struct TranslatedRegisters {
  u64 x[32];
};

// NZCV computed lazily: the operands of the last ADDS or SUBS, from which
// add_with_carry() makes NZCV where it is needed. A loop that counts down
// with SUBS and branches with B.NE then carries one operand and tests its
// result for zero, instead of building all four flags every time round,
// also where the compiler cannot sink them into the loop's exits itself.
struct LazyFlags {
  u64 x, y;
  u32 carry;
  bool is64;
  bool owed;
};

// ADDS, SUBS (CMN, CMP) with an immediate: add_subtract_immediate() with
// its flags left owed.
ARM64_FN void add_immediate_lazily(Core& c, LazyFlags& flags, u32 insn) {
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1;
  u64 imm = (insn >> 10) & 0xfff;
  if ((insn >> 22) & 1) imm <<= 12;
  u64 x = c.r.x_or_sp((insn >> 5) & 31), y = subtract ? ~imm : imm;
  flags = {x, y, u32(subtract), is64, true};
  c.set_result(insn & 31, add_with_carry(x, y, subtract, is64).value, is64);
}

// ... with a shifted register: add_subtract_shifted(), for the encodings
// it does not reject.
ARM64_FN void add_shifted_lazily(Core& c, LazyFlags& flags, u32 insn) {
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1;
  u64 operand = shift_operand(c.r.x((insn >> 16) & 31), (insn >> 22) & 3, (insn >> 10) & 0x3f, is64);
  u64 x = c.r.x((insn >> 5) & 31), y = subtract ? ~operand : operand;
  flags = {x, y, u32(subtract), is64, true};
  c.set_result(insn & 31, add_with_carry(x, y, subtract, is64).value, is64);
}

ARM64_FN void load_registers(const MachineView& m, u32 core, TranslatedRegisters& r) {
#pragma unroll
  for (u32 n = 0; n < 32; ++n) r.x[n] = m.registers[u64(core) * 32 + n];
}

ARM64_FN void store_registers(const MachineView& m, u32 core, const TranslatedRegisters& r) {
#pragma unroll
  for (u32 n = 0; n < 32; ++n) m.registers[u64(core) * 32 + n] = r.x[n];
}

// Whether the core's pc starts a translated block: bit i of `starts` says
// whether the image's word i does.
ARM64_FN bool starts_block(const Core& c, const u32* starts) {
  u64 offset = c.pc - c.text_start;
  return !c.private_fetch && offset < c.text_size && (offset & 3) == 0 && ((starts[offset / 128] >> (offset / 4 % 32)) & 1);
}

// Runs core `core` of `m` in the interpreter, on the register file `spill`,
// which the interpreter may index at run time: until the core stops or its
// cycles reach `limit`, or, given `starts`, at least one instruction and on
// to the next pc that starts a translated block. A call, not inlined: the
// kernel holds one copy of the interpreter, off the translated code's path,
// and the translated code's locals never have their address taken, which
// would put them in memory.
ARM64_SLOW_PATH void run_interpreter(const MachineView m, u32 core, RegisterFile spill, u64 limit, const u32* starts) {
#pragma unroll
  for (u32 n = 0; n < 32; ++n) spill.set_x_or_sp(n, m.registers[u64(core) * 32 + n]);
  Core c = load_core(m, core, spill);
  u64 cycles = m.cycles[core];
  // One call of run(), for one copy of the interpreter in the kernel. A
  // core that comes to fetch its own memory (ARM64_ACCESS) goes back to the
  // translated code's dispatch, which sends it here for good.
  do {
    run(c, cycles, starts && limit - cycles > 1 ? cycles + 1 : limit);
  } while (starts && c.stop_reason == kNone && cycles < limit && !c.private_fetch && !starts_block(c, starts));
  store_core(m, core, c, cycles);
#pragma unroll
  for (u32 n = 0; n < 32; ++n) m.registers[u64(core) * 32 + n] = spill.x_or_sp(n);
}

// Hands the core to the interpreter, through the machine's arrays, up to
// the next translated block (`starts`, run_interpreter) or, without
// `starts`, for the rest of the run, and takes it back. True where the
// translated code goes on: the core neither stopped nor reached its limit.
// Otherwise the arrays hold its final state.
ARM64_FN bool interpret(const MachineView& m, u32 core, RegisterFile spill, Core& c, TranslatedRegisters& r,
                        u64& cycles, u64 limit, const u32* starts) {
  store_registers(m, core, r);
  store_core(m, core, c, cycles);
  run_interpreter(m, core, spill, limit, starts);
  if (!starts) return false;
  load_registers(m, core, r);
  c = load_core(m, core, RegisterFile{r.x, 1});
  cycles = m.cycles[core];
  return m.stop_reason[core] == kCycleLimit && cycles < limit;
}

}  // namespace ingot::arm64
