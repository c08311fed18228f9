// Branches (part of op0 = 101x): B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, and
// BR, BLR, RET through a register.
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"

namespace ingot::arm64 {

ARM64_FN void branch_immediate(Core& c, u32 insn) {
  if (insn >> 31) c.r.set_x(30, c.pc + 4);  // BL
  c.next_pc = c.pc + sign_extend((insn & 0x3ffffff) << 2, 28);
}

ARM64_FN void branch_conditional(Core& c, u32 insn) {
  if ((insn >> 4) & 1) return c.undefined(insn);  // BC.cond (FEAT_HBC)
  if (condition_holds(insn & 15, c.nzcv)) c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x7ffff) << 2, 21);
}

ARM64_FN void compare_and_branch(Core& c, u32 insn) {
  u64 value = c.r.x(insn & 31);
  if (!(insn >> 31)) value &= 0xffffffffull;
  bool nonzero_branches = (insn >> 24) & 1;  // CBNZ
  if ((value != 0) == nonzero_branches) c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x7ffff) << 2, 21);
}

ARM64_FN void test_and_branch(Core& c, u32 insn) {
  u32 bit = (insn >> 31) << 5 | ((insn >> 19) & 31);
  bool set_branches = (insn >> 24) & 1;  // TBNZ
  if (((c.r.x(insn & 31) >> bit) & 1) == u64(set_branches))
    c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x3fff) << 2, 16);
}

ARM64_FN void branch_register(Core& c, u32 insn) {
  u64 target = c.r.x((insn >> 5) & 31);  // read before BLR writes x30, which may be the target
  switch (insn & 0xfffffc1f) {
    case 0xd63f0000: c.r.set_x(30, c.pc + 4); break;  // BLR
    case 0xd61f0000: case 0xd65f0000: break;           // BR, RET
    default: return c.undefined(insn);                 // ERET, DRPS, pointer authentication
  }
  c.next_pc = target;
}

}  // namespace ingot::arm64
