// Data processing on registers (op0 = x101): logical and add/subtract with
// a shifted or extended register, add/subtract with carry, conditional
// compare and select, the 1- and 2-source ops (RBIT REV CLZ CLS, UDIV SDIV,
// variable shifts) and the 3-source multiplies.
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"

namespace ingot::arm64 {

ARM64_FN void logical_shifted(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 amount = (insn >> 10) & 0x3f;
  if (!is64 && amount >= 32) return c.undefined(insn);
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 operand = shift_operand(c.r.x(rm), (insn >> 22) & 3, amount, is64);
  if ((insn >> 21) & 1) operand = ~operand;  // BIC ORN EON BICS
  u64 x = c.r.x(rn), result;
  switch ((insn >> 29) & 3) {
    case 0: result = x & operand; break;
    case 1: result = x | operand; break;
    case 2: result = x ^ operand; break;
    default:
      result = x & operand;
      c.nzcv = logical_flags(result, is64);
      break;
  }
  c.set_result(rd, result, is64);
}

ARM64_FN void add_subtract_shifted(Core& c, u32 insn) {
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
  u32 type = (insn >> 22) & 3, amount = (insn >> 10) & 0x3f;
  if (type == 3 || (!is64 && amount >= 32)) return c.undefined(insn);
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 operand = shift_operand(c.r.x(rm), type, amount, is64);
  Sum sum = add_with_carry(c.r.x(rn), subtract ? ~operand : operand, subtract, is64);
  if (set_flags) c.nzcv = sum.nzcv;
  c.set_result(rd, sum.value, is64);
}

ARM64_FN void add_subtract_extended(Core& c, u32 insn) {
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
  u32 shift = (insn >> 10) & 7;
  if (((insn >> 22) & 3) != 0 || shift > 4) return c.undefined(insn);
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 operand = extend_operand(c.r.x(rm), (insn >> 13) & 7, shift);
  Sum sum = add_with_carry(c.r.x_or_sp(rn), subtract ? ~operand : operand, subtract, is64);
  u64 value = is64 ? sum.value : u64(u32(sum.value));
  if (set_flags) {
    c.nzcv = sum.nzcv;
    c.r.set_x(rd, value);
  } else {
    c.r.set_x_or_sp(rd, value);
  }
}

ARM64_FN void add_subtract_carry(Core& c, u32 insn) {
  if (((insn >> 10) & 0x3f) != 0) return c.undefined(insn);
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 operand = c.r.x(rm);
  Sum sum = add_with_carry(c.r.x(rn), subtract ? ~operand : operand, (c.nzcv & kFlagC) != 0, is64);
  if (set_flags) c.nzcv = sum.nzcv;
  c.set_result(rd, sum.value, is64);
}

// CCMN, CCMP: the flags of the comparison if the condition holds, else the
// instruction's own.
ARM64_FN void conditional_compare(Core& c, u32 insn) {
  if (((insn >> 29) & 1) == 0 || ((insn >> 10) & 1) != 0 || ((insn >> 4) & 1) != 0) return c.undefined(insn);
  bool is64 = insn >> 31, subtract = (insn >> 30) & 1;
  u32 field = (insn >> 16) & 31;
  u64 operand = ((insn >> 11) & 1) ? u64(field) : c.r.x(field);
  if (condition_holds((insn >> 12) & 15, c.nzcv))
    c.nzcv = add_with_carry(c.r.x((insn >> 5) & 31), subtract ? ~operand : operand, subtract, is64).nzcv;
  else
    c.nzcv = (insn & 15) << 28;
}

ARM64_FN void conditional_select(Core& c, u32 insn) {
  u32 op2 = (insn >> 10) & 3;
  if (((insn >> 29) & 1) != 0 || op2 > 1) return c.undefined(insn);
  bool is64 = insn >> 31, invert = (insn >> 30) & 1;
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 result;
  if (condition_holds((insn >> 12) & 15, c.nzcv)) {
    result = c.r.x(rn);
  } else {
    result = c.r.x(rm);
    if (invert) result = ~result;
    if (op2) result += 1;  // CSINC; with invert, CSNEG
  }
  c.set_result(rd, result, is64);
}

ARM64_FN u64 divide(u64 x, u64 y, bool is_signed, bool is64) {
  if (!is64) {
    x &= 0xffffffffull;
    y &= 0xffffffffull;
  }
  if (y == 0) return 0;  // the architecture's answer, not a trap
  if (!is_signed) return x / y;
  i64 a = is64 ? i64(x) : i64(i32(u32(x))), b = is64 ? i64(y) : i64(i32(u32(y)));
  if (b == -1) return u64(0) - u64(a);  // INT_MIN / -1 wraps, as in hardware
  return u64(a / b);
}

ARM64_FN u64 reverse_bits(u64 v) {
  v = ((v >> 1) & 0x5555555555555555ull) | ((v & 0x5555555555555555ull) << 1);
  v = ((v >> 2) & 0x3333333333333333ull) | ((v & 0x3333333333333333ull) << 2);
  v = ((v >> 4) & 0x0f0f0f0f0f0f0f0full) | ((v & 0x0f0f0f0f0f0f0f0full) << 4);
  v = ((v >> 8) & 0x00ff00ff00ff00ffull) | ((v & 0x00ff00ff00ff00ffull) << 8);
  v = ((v >> 16) & 0x0000ffff0000ffffull) | ((v & 0x0000ffff0000ffffull) << 16);
  return (v >> 32) | (v << 32);
}

// Reverses the bytes within each `container`-byte part of v.
ARM64_FN u64 reverse_bytes(u64 v, u32 container) {
  u64 result = 0;
  for (u32 i = 0; i < 8; ++i) {
    u32 from = i, to = (i / container) * container + (container - 1 - i % container);
    result |= ((v >> (8 * from)) & 0xff) << (8 * to);
  }
  return result;
}

ARM64_FN void data_processing_two_source(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u32 opcode = (insn >> 10) & 0x3f;
  if (((insn >> 29) & 1) != 0) return c.undefined(insn);
  u64 x = c.r.x(rn), y = c.r.x(rm);
  switch (opcode) {
    case 2: case 3: return c.set_result(rd, divide(x, y, opcode == 3, is64), is64);
    case 8: case 9: case 10: case 11: {
      u32 amount = u32(y % (is64 ? 64 : 32));
      return c.set_result(rd, shift_operand(x, opcode - 8, amount, is64), is64);
    }
    default: return c.undefined(insn);
  }
}

ARM64_FN void data_processing_one_source(Core& c, u32 insn) {
  bool is64 = insn >> 31;
  u32 opcode = (insn >> 10) & 0x3f, rn = (insn >> 5) & 31, rd = insn & 31;
  if (((insn >> 16) & 31) != 0 || ((insn >> 29) & 1) != 0 || opcode > 5 || (opcode == 3 && !is64))
    return c.undefined(insn);
  u64 x = is64 ? c.r.x(rn) : c.r.x(rn) & 0xffffffffull;
  u32 width = is64 ? 64 : 32;
  u64 result;
  switch (opcode) {
    case 0: result = reverse_bits(x) >> (64 - width); break;
    case 1: result = reverse_bytes(x, 2); break;
    case 2: result = reverse_bytes(x, 4); break;  // REV32, or REV of a W register
    case 3: result = reverse_bytes(x, 8); break;
    case 4: result = count_leading_zeros(x) - (64 - width); break;
    default: {  // CLS: leading bits equal to the sign bit, less the sign bit
      u64 v = sign_extend(x, width);
      result = count_leading_zeros((v ^ (v << 1)) | 1) - (64 - width);
      break;
    }
  }
  c.set_result(rd, result, is64);
}

ARM64_FN void data_processing_three_source(Core& c, u32 insn) {
  bool is64 = insn >> 31, minus = (insn >> 15) & 1;
  u32 op = (insn >> 21) & 7;
  if (((insn >> 29) & 3) != 0 || (!is64 && op != 0) || ((op == 2 || op == 6) && minus) ||
      (op != 0 && op != 1 && op != 2 && op != 5 && op != 6))
    return c.undefined(insn);
  u32 rm = (insn >> 16) & 31, ra = (insn >> 10) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u64 x = c.r.x(rn), y = c.r.x(rm), product;
  switch (op) {
    case 0: product = x * y; break;                                        // MADD MSUB
    case 1: product = u64(i64(i32(u32(x))) * i64(i32(u32(y)))); break;     // SMADDL SMSUBL
    case 2: return c.r.set_x(rd, multiply_high_signed(x, y));             // SMULH
    case 5: product = u64(u32(x)) * u32(y); break;                         // UMADDL UMSUBL
    default: return c.r.set_x(rd, multiply_high_unsigned(x, y));          // UMULH
  }
  u64 a = c.r.x(ra);
  c.set_result(rd, minus ? a - product : a + product, is64);
}

ARM64_FN void data_processing_register(Core& c, u32 insn) {
  if (((insn >> 28) & 1) == 0) {
    if (((insn >> 24) & 1) == 0) return logical_shifted(c, insn);
    return ((insn >> 21) & 1) ? add_subtract_extended(c, insn) : add_subtract_shifted(c, insn);
  }
  if ((insn >> 24) & 1) return data_processing_three_source(c, insn);
  switch ((insn >> 21) & 15) {
    case 0: return add_subtract_carry(c, insn);
    case 2: return conditional_compare(c, insn);
    case 4: return conditional_select(c, insn);
    case 6: return ((insn >> 30) & 1) ? data_processing_one_source(c, insn) : data_processing_two_source(c, insn);
    default: return c.undefined(insn);
  }
}

}  // namespace ingot::arm64
