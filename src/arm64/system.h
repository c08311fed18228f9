// Exceptions and system instructions (part of op0 = 101x): SVC (Linux's
// write and exit; other calls stop the core), HLT, BRK; the hints (NOP and
// the rest, which behave as NOP where not implemented, as the architecture
// says) and the barriers, which one core needs no more than NOP.
#pragma once

#include "arm64/branches.h"
#include "arm64/core.h"

namespace ingot::arm64 {

inline constexpr u64 kSyscallWrite = 64, kSyscallExit = 93, kSyscallExitGroup = 94;
inline constexpr u64 kErrorBadFile = u64(-9), kErrorFault = u64(-14);  // -EBADF, -EFAULT

// write(fd, buffer, count): fd 1 goes to the output buffer; other
// descriptors are not open. A write that does not fit stops the core with
// kOutputFull before it runs, and the host drains the buffer and resumes;
// one larger than the whole buffer is cut to what fits, as a pipe's would be.
ARM64_FN void write_syscall(Core& c) {
  u64 fd = c.r.x(0), address = c.r.x(1), count = c.r.x(2);
  if (fd != 1) return c.r.set_x(0, kErrorBadFile);
  if (!c.in_memory(address, 0) || count > c.memory_size - address) return c.r.set_x(0, kErrorFault);
  u32 room = c.output_capacity - c.output_length;
  if (count > room) {
    if (c.output_length != 0) return c.stop(kOutputFull, 0);
    count = room;
  }
  for (u64 i = 0; i < count; ++i) c.output[c.output_length + i] = c.memory[address + i];
  c.output_length += u32(count);
  c.r.set_x(0, count);
}

ARM64_FN void supervisor_call(Core& c) {
  u64 number = c.r.x(8);
  if (number == kSyscallWrite) return write_syscall(c);
  if (number == kSyscallExit || number == kSyscallExitGroup) return c.stop(kExit, c.r.x(0));
  c.stop(kUnsupportedSyscall, number);
}

// op0 = 101x: branches, exception generation, system instructions.
ARM64_FN void branches_exceptions_system(Core& c, u32 insn) {
  switch (insn >> 26) {
    case 0x05: case 0x25: return branch_immediate(c, insn);
    case 0x15:
      if (((insn >> 24) & 3) == 0) return branch_conditional(c, insn);
      break;
    case 0x0d: case 0x2d: return ((insn >> 25) & 1) ? test_and_branch(c, insn) : compare_and_branch(c, insn);
    case 0x35:
      if ((insn >> 25) & 1) return branch_register(c, insn);
      if ((insn & 0xffe0001f) == 0xd4000001) return supervisor_call(c);
      if ((insn & 0xffe0001f) == 0xd4400000) return c.stop(kHalt, (insn >> 5) & 0xffff);
      if ((insn & 0xffe0001f) == 0xd4200000) return c.stop(kBreakpoint, (insn >> 5) & 0xffff);
      if ((insn & 0xfffff01f) == 0xd503201f) return;  // hints: NOP, YIELD, BTI, PACIASP ...
      if ((insn & 0xfffff01f) == 0xd503301f && ((insn >> 5) & 7) != 3 && ((insn >> 5) & 7) >= 2) return;  // CLREX DSB DMB ISB SB
      break;
    default: break;
  }
  c.undefined(insn);
}

}  // namespace ingot::arm64
