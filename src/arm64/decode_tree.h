// An instruction word run through the architecture's own decode tree: bits
// 28:25 pick the instruction group, and each group's header decodes the
// rest. This is how every instruction outside the shared program image runs
// (a core's own program, code it wrote), and every form that has no micro-op
// of its own (micro_op.h).
#pragma once

#include "arm64/branches.h"
#include "arm64/core.h"
#include "arm64/data_processing_immediate.h"
#include "arm64/data_processing_register.h"
#include "arm64/loads_stores.h"
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

}  // namespace ingot::arm64
