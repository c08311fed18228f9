// Runs one micro-op (micro_op.h): the fast path of the interpreter, for
// instructions of the shared program image. Each kind does what the decode
// tree's function for its form does, on operands the predecoder prepared.
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"
#include "arm64/micro_op.h"
#include "arm64/decode_tree.h"

namespace ingot::arm64 {

ARM64_FN MicroOp load_micro_op(const MicroOp* p) {
#if defined(__CUDACC__)
  // One 16-byte load through the read-only cache.
  ulonglong2 v = __ldg(reinterpret_cast<const ulonglong2*>(p));
  MicroOp op;
  *reinterpret_cast<ulonglong2*>(&op) = v;
  return op;
#else
  return *p;
#endif
}

ARM64_FN u64 logical(u32 opc, u64 x, u64 y) {
  switch (opc) {
    case 1: return x | y;
    case 2: return x ^ y;
    default: return x & y;  // AND, ANDS
  }
}

ARM64_FN void write_result(Core& c, const MicroOp& op, u64 value) {
  if (!(op.flags & kRdDiscard)) c.r.set_x_or_sp(op.rd, (op.flags & kIs64) ? value : u64(u32(value)));
}

ARM64_FN void execute_micro_op(Core& c, const MicroOp& op) {
  // Both register operands are read before the dispatch, whatever the kind
  // uses, so that the reads overlap it.
  u64 a = (op.flags & kRnZero) ? 0 : c.r.x_or_sp(op.rn);
  u64 b = (op.flags & kRmZero) ? 0 : c.r.x_or_sp(op.rm);
  bool is64 = op.flags & kIs64;
  switch (op.kind) {
    case kNop: return;
    case kAddImmediate:
    case kAddShifted: {
      u64 operand = op.imm;
      if (op.kind == kAddShifted) {
        operand = shift_operand(b, op.aux >> 8, op.aux & 0xff, is64);
        if (op.flags & kInvert) operand = ~operand;
      }
      Sum sum = add_with_carry(a, operand, (op.flags & kCarry) ? 1 : 0, is64);
      if (op.flags & kSetFlags) c.nzcv = sum.nzcv;
      return write_result(c, op, sum.value);
    }
    case kLogicalImmediate:
    case kLogicalShifted: {
      u64 operand = op.imm;
      if (op.kind == kLogicalShifted) {
        operand = shift_operand(b, op.aux >> 8, op.aux & 0xff, is64);
        if (op.flags & kInvert) operand = ~operand;
      }
      u64 result = logical(op.variant, a, operand);
      if (op.flags & kSetFlags) c.nzcv = logical_flags(result, is64);
      return write_result(c, op, result);
    }
    case kMoveImmediate: return write_result(c, op, op.imm);
    case kMoveKeep: return write_result(c, op, (a & ~(0xffffull << op.aux)) | op.imm);
    case kBitfield: {
      u32 field = op.aux & 0x7f, position = (op.aux >> 8) & 0x3f;
      u64 bits = shift_right(a, op.variant) & ones(field);
      if (op.aux >> 15) bits = sign_extend(bits, field);
      return write_result(c, op, bits << position);
    }
    case kBranch:
      if (op.flags & kLink) c.r.set_x(30, c.pc + 4);
      c.next_pc = op.imm;
      return;
    case kBranchConditional:
      if ((op.aux >> (c.nzcv >> 28)) & 1) c.next_pc = op.imm;
      return;
    case kCompareBranch:
      if (((is64 ? a : u64(u32(a))) != 0) == (op.variant != 0)) c.next_pc = op.imm;
      return;
    case kTestBranch:
      if (((a >> op.aux) & 1) == op.variant) c.next_pc = op.imm;
      return;
    case kBranchRegister:
      if (op.flags & kLink) c.r.set_x(30, c.pc + 4);
      c.next_pc = a;
      return;
    case kLoad: {
      u64 value;
      if (!c.load(a + op.imm, op.variant, value)) return;
      if (op.aux) {
        value = sign_extend(value, 8 * op.variant);
        if (op.aux == 32) value &= 0xffffffffull;
      }
      return write_result(c, op, value);
    }
    case kStore: c.store(a + op.imm, op.variant, b); return;
    default: return execute_instruction(c, u32(op.imm));  // kGeneric
  }
}

}  // namespace ingot::arm64
