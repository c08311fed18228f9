// Loads and stores of general registers (op0 = x1x0): LDR/STR of 8, 16, 32
// and 64 bits and the sign-extending loads, with an unsigned, unscaled,
// pre- or post-indexed immediate or a register offset; LDP/STP/LDPSW;
// LDR (literal); PRFM, which does nothing here. SIMD&FP registers,
// exclusives and atomics are not implemented.
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"

namespace ingot::arm64 {

// How a single-register load or store moves its data: `bytes` wide, and
// for loads, sign-extended to 32 or 64 bits or zero-extended.
struct Access {
  u32 bytes;
  bool is_load;
  bool is_prefetch;
  u32 sign_extend_to;  // 0: zero-extend
};

// From size (bits 31:30) and opc (bits 23:22); false where unallocated.
ARM64_FN bool decode_access(u32 size, u32 opc, Access& a) {
  a = {1u << size, opc != 0, false, 0};
  if (opc < 2) return true;
  if (size == 3) {
    a.is_prefetch = opc == 2;
    return opc == 2;
  }
  if (size == 2 && opc == 3) return false;
  a.sign_extend_to = opc == 2 ? 64 : 32;
  return true;
}

ARM64_FN void transfer(Core& c, const Access& a, u32 rt, u64 address) {
  if (a.is_prefetch) return;
  if (!a.is_load) {
    c.store(address, a.bytes, c.r.x(rt));
    return;
  }
  u64 value;
  if (!c.load(address, a.bytes, value)) return;
  if (a.sign_extend_to) {
    value = sign_extend(value, 8 * a.bytes);
    if (a.sign_extend_to == 32) value &= 0xffffffffull;
  }
  c.r.set_x(rt, value);
}

ARM64_FN void load_store_unsigned_offset(Core& c, u32 insn) {
  Access a;
  u32 size = insn >> 30;
  if (!decode_access(size, (insn >> 22) & 3, a)) return c.undefined(insn);
  u64 offset = u64((insn >> 10) & 0xfff) << size;
  transfer(c, a, insn & 31, c.r.x_or_sp((insn >> 5) & 31) + offset);
}

// LDUR/STUR, LDTR/STTR (the same at EL0), and the pre- and post-indexed forms.
ARM64_FN void load_store_immediate9(Core& c, u32 insn) {
  Access a;
  u32 mode = (insn >> 10) & 3;
  if (!decode_access(insn >> 30, (insn >> 22) & 3, a) || (a.is_prefetch && mode != 0)) return c.undefined(insn);
  u32 rn = (insn >> 5) & 31;
  u64 base = c.r.x_or_sp(rn), offset = sign_extend((insn >> 12) & 0x1ff, 9);
  bool post = mode == 1, writeback = mode == 1 || mode == 3;
  transfer(c, a, insn & 31, post ? base : base + offset);
  if (writeback && c.stop_reason == kNone) c.r.set_x_or_sp(rn, base + offset);
}

ARM64_FN void load_store_register_offset(Core& c, u32 insn) {
  Access a;
  u32 size = insn >> 30, option = (insn >> 13) & 7;
  if (!decode_access(size, (insn >> 22) & 3, a) || (option & 2) == 0) return c.undefined(insn);
  u64 offset = extend_operand(c.r.x((insn >> 16) & 31), option, ((insn >> 12) & 1) ? size : 0);
  transfer(c, a, insn & 31, c.r.x_or_sp((insn >> 5) & 31) + offset);
}

ARM64_FN void load_store_pair(Core& c, u32 insn) {
  u32 opc = insn >> 30, mode = (insn >> 23) & 3;
  bool is_load = (insn >> 22) & 1;
  if (opc == 3 || (opc == 1 && (!is_load || mode == 0))) return c.undefined(insn);
  u32 scale = opc == 2 ? 3 : 2, bytes = 1u << scale;
  u32 rt = insn & 31, rt2 = (insn >> 10) & 31, rn = (insn >> 5) & 31;
  u64 base = c.r.x_or_sp(rn), offset = sign_extend((insn >> 15) & 0x7f, 7) << scale;
  u64 address = mode == 1 ? base : base + offset;
  if (is_load) {
    u64 first, second;
    if (!c.load(address, bytes, first) || !c.load(address + bytes, bytes, second)) return;
    if (opc == 1) {  // LDPSW
      first = sign_extend(first, 32);
      second = sign_extend(second, 32);
    }
    c.r.set_x(rt, first);
    c.r.set_x(rt2, second);
  } else {
    // Both halves are checked before either is written, so a fault leaves memory as it was.
    if (!c.in_memory(address, 2 * bytes)) return c.stop(kMemoryFault, c.in_memory(address, bytes) ? address + bytes : address);
    c.store(address, bytes, c.r.x(rt));
    c.store(address + bytes, bytes, c.r.x(rt2));
  }
  if (mode == 1 || mode == 3) c.r.set_x_or_sp(rn, base + offset);
}

ARM64_FN void load_literal(Core& c, u32 insn) {
  u32 opc = insn >> 30;
  if (opc == 3) return;  // PRFM (literal)
  u64 address = c.pc + sign_extend(((insn >> 5) & 0x7ffff) << 2, 21);
  u64 value;
  if (!c.load(address, opc == 1 ? 8 : 4, value)) return;
  c.r.set_x(insn & 31, opc == 2 ? sign_extend(value, 32) : value);
}

ARM64_FN void loads_and_stores(Core& c, u32 insn) {
  if ((insn >> 26) & 1) return c.undefined(insn);  // SIMD&FP registers
  switch ((insn >> 28) & 3) {
    case 1:
      if (((insn >> 24) & 3) != 0) return c.undefined(insn);
      return load_literal(c, insn);
    case 2: return load_store_pair(c, insn);
    case 3:
      if ((insn >> 24) & 1) return load_store_unsigned_offset(c, insn);
      if (((insn >> 21) & 1) == 0) return load_store_immediate9(c, insn);
      if (((insn >> 10) & 3) == 2) return load_store_register_offset(c, insn);
      return c.undefined(insn);  // atomics, LDRA
    default: return c.undefined(insn);  // exclusives, acquire/release, LSE
  }
}

}  // namespace ingot::arm64
