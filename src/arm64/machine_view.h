// The state of every core of a machine, as the interpreter sees it: arrays
// indexed by core, passed by value to the GPU kernel and used in place by
// the CPU backend. machine.h owns the memory and explains the layout.
#pragma once

#include "arm64/micro_op.h"
#include "arm64/portable.h"

namespace ingot::arm64 {

// Why a core stopped. A stopped core's pc is the address of the instruction
// that stopped it, which did not complete and is not counted in its cycles
// (except kCycleLimit: the pc of the next instruction to run).
enum StopReason : u32 {
  kNone = 0,                // has not run yet, or is running
  kCycleLimit = 1,          // ran its cycle budget; execute() resumes it
  kExit = 2,                // SVC exit/exit_group; detail: the status (x0)
  kHalt = 3,                // HLT; detail: its immediate
  kBreakpoint = 4,          // BRK; detail: its immediate
  kUndefinedInstruction = 5,  // undefined or unimplemented; detail: the word
  kMemoryFault = 6,         // access outside memory, or a misaligned pc; detail: the address
  kUnsupportedSyscall = 7,  // SVC other than write and exit; detail: its number (x8)
  kOutputFull = 8,          // write with no room in the output buffer; the host drains it and resumes
};
inline constexpr u32 kStopReasonCount = 9;

// A stop reason with which execute() runs the core again.
ARM64_FN bool is_resumable(u32 reason) { return reason == kNone || reason == kCycleLimit || reason == kOutputFull; }

struct MachineView {
  u64* registers;      // [cores][32]: x0..x30, then sp
  u64* pc;             // [cores]
  u64* cycles;         // [cores]: instructions completed
  u64* cycle_limit;    // [cores]: a core stops when its cycles reach this
  u64* stop_detail;    // [cores]
  u32* flags;          // [cores]: NZCV in bits 31..28, as the NZCV register
  u32* stop_reason;    // [cores]
  u32* private_fetch;  // [cores]: fetch from the core's own memory, not the program image
  u32* output_length;  // [cores]
  u8* memory;          // [cores][memory_size]
  u8* output;          // [cores][output_capacity]: bytes written to fd 1
  // The program image that load_program gave every core, predecoded
  // (micro_op.h) and shared: fetching from one copy instead of one per core
  // is what keeps a farm's instruction fetches in cache (machine.h). One
  // micro-op per word from text_start, and a spare one past the end.
  const MicroOp* program;
  u64 text_start;  // a multiple of 4
  u64 text_size;   // bytes, a multiple of 4
  u64 memory_size;
  u32 output_capacity;
  u32 cores;
};

}  // namespace ingot::arm64
