// Runs one micro-op (micro_op.h): the fast path of the interpreter, for
// instructions of the shared program image. Each kind does what the decode
// tree's function for its form does, on operands the predecoder prepared;
// the common forms have bodies specialised for their width and flags, so
// that they run without branches of their own.
#pragma once

#include "arm64/arithmetic.h"
#include "arm64/core.h"
#include "arm64/decode_tree.h"
#include "arm64/micro_op.h"

namespace ingot::arm64 {

// What the functions below return instead of the next micro-op's index:
// the core goes on outside the run loop's fast path.
inline constexpr u32 kLeave = 0xffffffffu;

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

ARM64_FN u64 image_address(const Core& c, u32 index) { return c.text_start + 4 * u64(index); }

// The index of the micro-op at `address`, or kLeave where that is not in
// the image the core runs from.
ARM64_FN u32 image_index(const Core& c, u64 address) {
  u64 offset = address - c.text_start;
  return c.private_fetch || offset >= c.text_size || (offset & 3) != 0 ? kLeave : u32(offset / 4);
}

ARM64_FN void write_result(Core& c, const MicroOp& op, u64 value, bool is64) {
  if (!(op.flags & kRdDiscard)) c.r.set_x_or_sp(op.rd, is64 ? value : u64(u32(value)));
}

template <bool kSetsFlags, bool kWide, bool kShiftedRegister>
ARM64_FN void add(Core& c, const MicroOp& op, u64 a, u64 b) {
  u64 operand = kShiftedRegister ? (b << op.aux) ^ op.imm : op.imm;
  Sum sum = add_with_carry(a, operand, op.variant, kWide);
  if (kSetsFlags) c.nzcv = sum.nzcv;
  write_result(c, op, sum.value, kWide);
}

template <u32 kOpc, bool kWide, bool kShiftedRegister>
ARM64_FN void logical(Core& c, const MicroOp& op, u64 a, u64 b) {
  u64 operand = kShiftedRegister ? (b << op.aux) ^ op.imm : op.imm;
  u64 result = kOpc == 1 ? a | operand : kOpc == 2 ? a ^ operand : a & operand;
  if (kOpc == 3) c.nzcv = logical_flags(result, kWide);
  write_result(c, op, result, kWide);
}

// Whether 2^kSize bytes at `address` are inside memory and naturally
// aligned: the accesses the fast path makes itself.
template <u32 kSize>
ARM64_FN bool plain_access(const Core& c, u64 address) {
  return address <= c.memory_size - (1u << kSize) && (address & ((1u << kSize) - 1)) == 0;
}

template <u32 kSize>
ARM64_FN u32 try_load(Core& c, const MicroOp& op, u64 a, u32 next) {
  u64 address = a + op.imm;
  if (!plain_access<kSize>(c, address)) return kLeave;
  const u8* p = c.memory + address;
  u64 value = kSize == 0 ? *p : kSize == 1 ? load_aligned<u16>(p) : kSize == 2 ? load_aligned<u32>(p) : load_aligned<u64>(p);
  write_result(c, op, value, true);
  return next;
}

// Stores into the program image are left to Core::store, which makes the
// core fetch its own copy from then on.
template <u32 kSize>
ARM64_FN u32 try_store(Core& c, const MicroOp& op, u64 a, u64 b, u32 next) {
  u64 address = a + op.imm;
  if (!plain_access<kSize>(c, address) || (address < c.text_start + c.text_size && address + (1u << kSize) > c.text_start))
    return kLeave;
  u8* p = c.memory + address;
  if (kSize == 0) *p = u8(b);
  else if (kSize == 1) store_aligned<u16>(p, u16(b));
  else if (kSize == 2) store_aligned<u32>(p, u32(b));
  else store_aligned<u64>(p, b);
  return next;
}

// Runs `op`, the micro-op at `index` in the image, if it is one that the
// run loop's fast path runs itself, and returns the index of the micro-op to
// run next; or returns kLeave having changed nothing, and the instruction
// runs through execute_micro_op. Only what the common case needs is here,
// so that the fast path stays short: a lone GPU thread pays for every
// instruction of it.
ARM64_FN u32 try_micro_op(Core& c, const MicroOp& op, u32 index) {
  // Both register operands are read before the dispatch, whatever the kind
  // uses, so that the reads overlap it.
  u64 a = c.r.x_or_sp(op.rn), b = c.r.x_or_sp(op.rm);
  if (op.flags & kRnZero) a = 0;
  if (op.flags & kRmZero) b = 0;
  u32 next = index + 1;
  switch (op.kind) {
    case kNop: return next;
    case kAdd + 0: add<false, false, false>(c, op, a, b); return next;
    case kAdd + 1: add<false, false, true>(c, op, a, b); return next;
    case kAdd + 2: add<false, true, false>(c, op, a, b); return next;
    case kAdd + 3: add<false, true, true>(c, op, a, b); return next;
    case kAdd + 4: add<true, false, false>(c, op, a, b); return next;
    case kAdd + 5: add<true, false, true>(c, op, a, b); return next;
    case kAdd + 6: add<true, true, false>(c, op, a, b); return next;
    case kAdd + 7: add<true, true, true>(c, op, a, b); return next;
    case kLogical + 0: logical<0, false, false>(c, op, a, b); return next;
    case kLogical + 1: logical<0, false, true>(c, op, a, b); return next;
    case kLogical + 2: logical<0, true, false>(c, op, a, b); return next;
    case kLogical + 3: logical<0, true, true>(c, op, a, b); return next;
    case kLogical + 4: logical<1, false, false>(c, op, a, b); return next;
    case kLogical + 5: logical<1, false, true>(c, op, a, b); return next;
    case kLogical + 6: logical<1, true, false>(c, op, a, b); return next;
    case kLogical + 7: logical<1, true, true>(c, op, a, b); return next;
    case kLogical + 8: logical<2, false, false>(c, op, a, b); return next;
    case kLogical + 9: logical<2, false, true>(c, op, a, b); return next;
    case kLogical + 10: logical<2, true, false>(c, op, a, b); return next;
    case kLogical + 11: logical<2, true, true>(c, op, a, b); return next;
    case kLogical + 12: logical<3, false, false>(c, op, a, b); return next;
    case kLogical + 13: logical<3, false, true>(c, op, a, b); return next;
    case kLogical + 14: logical<3, true, false>(c, op, a, b); return next;
    case kLogical + 15: logical<3, true, true>(c, op, a, b); return next;
    case kAddShifted: {
      bool is64 = op.flags & kIs64;
      u64 operand = shift_operand(b, op.aux >> 8, op.aux & 0xff, is64) ^ op.imm;
      Sum sum = add_with_carry(a, operand, (op.flags & kCarry) ? 1 : 0, is64);
      if (op.flags & kSetFlags) c.nzcv = sum.nzcv;
      write_result(c, op, sum.value, is64);
      return next;
    }
    case kLogicalShifted: {
      bool is64 = op.flags & kIs64;
      u64 operand = shift_operand(b, op.aux >> 8, op.aux & 0xff, is64) ^ op.imm;
      u64 result = op.variant == 1 ? a | operand : op.variant == 2 ? a ^ operand : a & operand;
      if (op.flags & kSetFlags) c.nzcv = logical_flags(result, is64);
      write_result(c, op, result, is64);
      return next;
    }
    case kMoveImmediate: write_result(c, op, op.imm, true); return next;
    case kMoveKeep: write_result(c, op, (a & ~(0xffffull << op.aux)) | op.imm, op.flags & kIs64); return next;
    case kBitfield: {
      u32 field = op.aux & 0x7f, position = (op.aux >> 8) & 0x3f;
      u64 bits = shift_right(a, op.variant) & ones(field);
      if (op.aux >> 15) bits = sign_extend(bits, field);
      write_result(c, op, bits << position, op.flags & kIs64);
      return next;
    }
    case kBranch:
      if (op.flags & kLink) c.r.set_x(30, image_address(c, next));
      return u32(op.imm);
    case kBranchConditional: return ((op.aux >> (c.nzcv >> 28)) & 1) ? u32(op.imm) : next;
    case kCompareBranch:
      return ((((op.flags & kIs64) ? a : u64(u32(a))) != 0) == (op.variant != 0)) ? u32(op.imm) : next;
    case kTestBranch: return (((a >> op.aux) & 1) == op.variant) ? u32(op.imm) : next;
    case kBranchRegister: {
      u32 target = image_index(c, a);
      if (target != kLeave && (op.flags & kLink)) c.r.set_x(30, image_address(c, next));
      return target;
    }
    case kLoad + 0: return try_load<0>(c, op, a, next);
    case kLoad + 1: return try_load<1>(c, op, a, next);
    case kLoad + 2: return try_load<2>(c, op, a, next);
    case kLoad + 3: return try_load<3>(c, op, a, next);
    case kStore + 0: return try_store<0>(c, op, a, b, next);
    case kStore + 1: return try_store<1>(c, op, a, b, next);
    case kStore + 2: return try_store<2>(c, op, a, b, next);
    case kStore + 3: return try_store<3>(c, op, a, b, next);
    default: return kLeave;  // kGeneric, kLoadSigned, kOutside
  }
}

// Runs `op`, the micro-op at `index` in the image, whatever it is, and
// returns the index of the micro-op to run next, or kLeave with c.next_pc
// saying where the core goes on (outside the image, or in its own copy of
// it), or with the core stopped.
ARM64_FN u32 execute_micro_op(Core& c, const MicroOp& op, u32 index) {
  u32 next = try_micro_op(c, op, index);
  if (next != kLeave) return next;
  c.pc = image_address(c, index);
  c.next_pc = c.pc + 4;
  u64 a = (op.flags & kRnZero) ? 0 : c.r.x_or_sp(op.rn), b = (op.flags & kRmZero) ? 0 : c.r.x_or_sp(op.rm);
  switch (op.kind) {
    case kLoad + 0: case kLoad + 1: case kLoad + 2: case kLoad + 3: case kLoadSigned: {
      u32 bytes = op.kind == kLoadSigned ? op.variant : 1u << (op.kind - kLoad);
      u64 value;
      if (!c.load(a + op.imm, bytes, value)) return kLeave;
      if (op.aux) value = sign_extend(value, 8 * bytes);
      if (op.aux == 32) value &= 0xffffffffull;
      write_result(c, op, value, true);
      break;
    }
    case kStore + 0: case kStore + 1: case kStore + 2: case kStore + 3:
      if (!c.store(a + op.imm, 1u << (op.kind - kStore), b)) return kLeave;
      break;
    case kBranchRegister:  // to outside the image
      if (op.flags & kLink) c.r.set_x(30, c.next_pc);
      c.next_pc = a;
      break;
    default: execute_instruction(c, u32(op.imm)); break;  // kGeneric
  }
  return c.stop_reason != kNone ? kLeave : image_index(c, c.next_pc);
}

}  // namespace ingot::arm64
