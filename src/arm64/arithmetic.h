// The architecture's shared arithmetic: AddWithCarry and its flags, the
// condition codes, and the shifted and extended forms of a register operand.
#pragma once

#include "arm64/portable.h"

namespace ingot::arm64 {

inline constexpr u32 kFlagN = 1u << 31, kFlagZ = 1u << 30, kFlagC = 1u << 29, kFlagV = 1u << 28;

struct Sum {
  u64 value;
  u32 nzcv;
};

// x + y + carry_in in 64 or 32 bits, with NZCV as ADDS sets them. SUBS is
// x + ~y + 1, so its carry is "no borrow".
ARM64_FN Sum add_with_carry(u64 x, u64 y, u32 carry_in, bool is64) {
  if (is64) {
    u64 sum = x + y;
    u64 value = sum + carry_in;
    bool carry = sum < x || value < sum;
    bool overflow = ((~(x ^ y) & (x ^ value)) >> 63) != 0;
    u32 nzcv = u32(value >> 63) << 31 | (value == 0 ? kFlagZ : 0) | (carry ? kFlagC : 0) | (overflow ? kFlagV : 0);
    return {value, nzcv};
  }
  u64 wide = u64(u32(x)) + u32(y) + carry_in;
  u32 value = u32(wide);
  bool overflow = ((~(u32(x) ^ u32(y)) & (u32(x) ^ value)) >> 31) != 0;
  u32 nzcv = (value >> 31) << 31 | (value == 0 ? kFlagZ : 0) | ((wide >> 32) != 0 ? kFlagC : 0) | (overflow ? kFlagV : 0);
  return {value, nzcv};
}

// N and Z of a logical result (ANDS, BICS); C and V clear.
ARM64_FN u32 logical_flags(u64 value, bool is64) {
  u64 v = is64 ? value : u64(u32(value));
  u32 negative = is64 ? u32(v >> 63) : u32(v >> 31);
  return negative << 31 | (v == 0 ? kFlagZ : 0);
}

// ConditionHolds: EQ NE CS CC MI PL VS VC HI LS GE LT GT LE AL NV.
ARM64_FN bool condition_holds(u32 cond, u32 nzcv) {
  bool n = nzcv & kFlagN, z = nzcv & kFlagZ, c = nzcv & kFlagC, v = nzcv & kFlagV;
  bool result;
  switch (cond >> 1) {
    case 0: result = z; break;
    case 1: result = c; break;
    case 2: result = n; break;
    case 3: result = v; break;
    case 4: result = c && !z; break;
    case 5: result = n == v; break;
    case 6: result = n == v && !z; break;
    default: result = true; break;
  }
  return (cond & 1) != 0 && cond != 15 ? !result : result;
}

// ShiftReg: LSL, LSR, ASR, ROR of a 64- or 32-bit value by less than its width.
ARM64_FN u64 shift_operand(u64 value, u32 type, u32 amount, bool is64) {
  u32 width = is64 ? 64 : 32;
  u64 v = is64 ? value : u64(u32(value));
  switch (type) {
    case 0: return shift_left(v, amount) & ones(width);
    case 1: return shift_right(v, amount);
    case 2: return u64(i64(sign_extend(v, width)) >> amount) & ones(width);
    default: return amount == 0 ? v : ((v >> amount) | (v << (width - amount))) & ones(width);
  }
}

// ExtendReg: UXTB UXTH UXTW UXTX SXTB SXTH SXTW SXTX, then a left shift of 0..4.
ARM64_FN u64 extend_operand(u64 value, u32 option, u32 shift) {
  u32 bits = 8u << (option & 3);
  u64 v = (option & 4) != 0 ? sign_extend(value, bits) : value & ones(bits);
  return v << shift;
}

}  // namespace ingot::arm64
