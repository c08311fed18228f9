// Data processing with an immediate (op0 = 100x): ADR and ADRP, ADD/ADDS/
// SUB/SUBS, AND/ORR/EOR/ANDS with a bitmask, MOVN/MOVZ/MOVK, the bitfield
// moves SBFM/BFM/UBFM (and so ASR, LSL, LSR, SXTB, UBFX, BFI ... which are
// their aliases), and EXTR (ROR).
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"

namespace ingot::arm64 {

// DecodeBitMasks for a logical immediate: `imms` ones rotated right by
// `immr` within an element of 2, 4 ... 64 bits, replicated. False where the
// encoding is reserved (an all-ones element, or N set in a 32-bit op).
ARM64_FN bool decode_bitmask(u32 n, u32 imms, u32 immr, bool is64, u64& mask) {
  u32 combined = (n << 6) | (~imms & 0x3f);
  if (combined == 0 || (!is64 && n != 0)) return false;
  u32 length = 63 - count_leading_zeros(combined);  // the element is 2^length bits
  u32 levels = (1u << length) - 1;
  u32 set = imms & levels;
  if (set == levels) return false;
  u32 rotate = immr & levels;
  u32 size = 1u << length;
  u64 element = ones(set + 1);
  if (rotate != 0) element = ((element >> rotate) | (element << (size - rotate))) & ones(size);
  for (u32 width = size; width < 64; width *= 2) element |= element << width;
  mask = is64 ? element : element & 0xffffffffull;
  return true;
}

ARM64_FN void pc_relative(Core& c, u32 insn) {
  u64 offset = sign_extend(((insn >> 5) & 0x7ffff) << 2 | ((insn >> 29) & 3), 21);
  u32 rd = insn & 31;
  if (insn >> 31) c.r.set_x(rd, (c.pc & ~0xfffull) + (offset << 12));  // ADRP
  else c.r.set_x(rd, c.pc + offset);                                     // ADR
}

ARM64_FN void add_subtract_immediate(Core& c, u32 insn) {
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
  u64 imm = (insn >> 10) & 0xfff;
  if ((insn >> 22) & 1) imm <<= 12;
  u32 rn = (insn >> 5) & 31, rd = insn & 31;
  Sum sum = add_with_carry(c.r.x_or_sp(rn), subtract ? ~imm : imm, subtract, is64);
  if (set_flags) {
    c.nzcv = sum.nzcv;
    c.set_result(rd, sum.value, is64);
  } else {
    c.r.set_x_or_sp(rd, is64 ? sum.value : u64(u32(sum.value)));
  }
}

ARM64_FN void logical_immediate(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u64 imm;
  if (!decode_bitmask((insn >> 22) & 1, (insn >> 10) & 0x3f, (insn >> 16) & 0x3f, is64, imm)) return c.undefined(insn);
  u32 rn = (insn >> 5) & 31, rd = insn & 31;
  u64 x = c.r.x(rn);
  switch ((insn >> 29) & 3) {
    case 0: c.r.set_x_or_sp(rd, x & imm); break;  // AND: imm has no bits above a 32-bit op's
    case 1: c.r.set_x_or_sp(rd, (x | imm) & ones(is64 ? 64 : 32)); break;
    case 2: c.r.set_x_or_sp(rd, (x ^ imm) & ones(is64 ? 64 : 32)); break;
    default:
      c.nzcv = logical_flags(x & imm, is64);
      c.r.set_x(rd, x & imm);
      break;
  }
}

ARM64_FN void move_wide(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 opc = (insn >> 29) & 3, hw = (insn >> 21) & 3;
  if (opc == 1 || (!is64 && hw >= 2)) return c.undefined(insn);
  u32 shift = hw * 16, rd = insn & 31;
  u64 imm = u64((insn >> 5) & 0xffff) << shift;
  switch (opc) {
    case 0: c.set_result(rd, ~imm, is64); break;  // MOVN
    case 2: c.set_result(rd, imm, is64); break;   // MOVZ
    default: c.set_result(rd, (c.r.x(rd) & ~(0xffffull << shift)) | imm, is64); break;  // MOVK
  }
}

// SBFM, BFM, UBFM, by cases rather than through the architecture's masks:
// with imms >= immr, bits imms..immr of Rn go to the bottom (the "extract"
// aliases); otherwise bits imms..0 go to bit width - immr (the "insert" ones).
ARM64_FN void bitfield(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 opc = (insn >> 29) & 3, n = (insn >> 22) & 1, immr = (insn >> 16) & 0x3f, imms = (insn >> 10) & 0x3f;
  if (opc == 3 || n != u32(is64) || (!is64 && (immr >= 32 || imms >= 32))) return c.undefined(insn);
  u32 width = is64 ? 64 : 32, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 src = c.r.x(rn);
  bool extract = imms >= immr;
  u32 field = extract ? imms - immr + 1 : imms + 1;
  u32 position = extract ? 0 : width - immr;
  u64 bits = extract ? shift_right(src, immr) & ones(field) : src & ones(field);
  u64 result;
  switch (opc) {
    case 0: result = sign_extend(bits, field) << position; break;  // SBFM
    case 1: {                                                       // BFM
      u64 mask = ones(field) << position;
      result = (c.r.x(rd) & ~mask) | (bits << position);
      break;
    }
    default: result = bits << position; break;  // UBFM
  }
  c.set_result(rd, result, is64);
}

ARM64_FN void extract(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 n = (insn >> 22) & 1, o0 = (insn >> 21) & 1, op21 = (insn >> 29) & 3, lsb = (insn >> 10) & 0x3f;
  if (op21 != 0 || o0 != 0 || n != u32(is64) || (!is64 && lsb >= 32)) return c.undefined(insn);
  u32 width = is64 ? 64 : 32, rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 low = c.r.x(rm) & ones(width), high = c.r.x(rn) & ones(width);
  u64 result = lsb == 0 ? low : (low >> lsb) | (high << (width - lsb));
  c.set_result(rd, result, is64);
}

ARM64_FN void data_processing_immediate(Core& c, u32 insn) {
  switch ((insn >> 23) & 7) {
    case 0: case 1: return pc_relative(c, insn);
    case 2: return add_subtract_immediate(c, insn);
    case 4: return logical_immediate(c, insn);
    case 5: return move_wide(c, insn);
    case 6: return bitfield(c, insn);
    case 7: return extract(c, insn);
    default: return c.undefined(insn);  // 3: add/subtract with tags (MTE)
  }
}

}  // namespace ingot::arm64
