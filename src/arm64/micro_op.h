// A predecoded instruction: what the decode tree (decode_tree.h) works out
// from an instruction word, worked out once per word of the shared program
// image (predecode.cpp) instead of at every execution of it.
//
// Why: a lone GPU thread pays for every instruction of the interpreter's own
// code, 4 to 5 cycles each, since nothing else runs beside it to hide a
// dependency. The decode tree plus general bodies (flags, widths and shifts
// chosen at run time) and the loop's bookkeeping came to 132 GPU
// instructions per guest instruction (ncu, the benchmark's tight loop).
// A micro-op is one 16-byte load and one switch (NVVM makes it a compare
// tree, about five levels, not a jump table) to a body specialised for its
// width, flag setting and operand form; its operands are register numbers
// (read before the switch, so the reads overlap it), immediates already
// shifted, inverted or expanded, branch targets already resolved to
// micro-op indices (a micro-op belongs to one address), and a condition
// already turned into a 16-bit table over NZCV. The run loop (interpreter.h)
// then goes from index to index without bounds checks: a direct branch's
// target is inside the image (else it is kGeneric), and the image ends with
// kOutside. That came to 79 GPU instructions per guest instruction.
//
// Only the common forms get a kind; every other word is kGeneric, which runs
// the word through the decode tree, so the two paths can disagree only on
// the forms listed here (micro_op_test.cpp runs random words both ways and
// compares every effect).
#pragma once

#include "arm64/portable.h"

namespace ingot::arm64 {

enum MicroOpKind : u8 {
  kOutside,  // past the image's end: no instruction, the core leaves the image
  kGeneric,  // imm: the word, run through the decode tree
  kNop,      // hints
  // ADD ADDS SUB SUBS (CMP CMN) with an immediate or an LSL-shifted
  // register: a + operand + variant (the carry in, 1 for SUB), where operand
  // is imm (the immediate, inverted for SUB) or (b << aux) ^ imm (imm: 0, or
  // ~0 for SUB).
  // kAdd + 4 * sets_flags + 2 * is64 + shifted_register.
  kAdd,
  kAddLast = kAdd + 7,
  // AND ORR EOR ANDS (BIC ORN EON BICS, MOV) likewise with a bitmask
  // immediate or an LSL-shifted register (imm: ~0 for the inverting forms).
  // kLogical + 4 * opc + 2 * is64 + shifted_register.
  kLogical,
  kLogicalLast = kLogical + 15,
  kAddShifted,      // with LSR ASR: flags say width, carry, flags; aux amount | type << 8; imm 0 or ~0
  kLogicalShifted,  // with LSR ASR ROR: variant is opc; aux, imm as kAddShifted
  kMoveImmediate,   // MOVZ, MOVN, ADR, ADRP: rd = imm
  kMoveKeep,        // MOVK: rd = (a & ~(0xffff << aux)) | imm
  kBitfield,        // SBFM, UBFM: variant right-shift, aux field | position << 8 | signed << 15
  kBranch,          // B, BL (kLink): to micro-op imm
  kBranchConditional,  // B.cond: to micro-op imm where bit NZCV of aux is set
  kCompareBranch,   // CBZ, CBNZ (variant 1): on a
  kTestBranch,      // TBZ, TBNZ (variant 1): on bit aux of a
  kBranchRegister,  // BR, RET, BLR (kLink): to address a
  // LDR LDRB LDRH (W and X, zero-extending), unsigned offset: rd = [a + imm];
  // kLoad + log2(bytes).
  kLoad,
  kLoadLast = kLoad + 3,
  kStore,  // STR STRB STRH, unsigned offset: [a + imm] = b; kStore + log2(bytes)
  kStoreLast = kStore + 3,
  kLoadSigned,  // LDRSB LDRSH LDRSW, unsigned offset: variant bytes, aux sign-extend-to
  kMicroOpKinds
};

// Bits of MicroOp::flags.
enum MicroOpFlag : u8 {
  kIs64 = 1,       // a 64-bit operation (else results are cut to 32 bits)
  kSetFlags = 2,   // writes NZCV
  kCarry = 4,      // carry in: subtraction is a + ~b + 1
  kLink = 8,       // BL, BLR: x30 = pc + 4
  kRnZero = 16,    // operand a is the zero register, not x31 (sp)
  kRmZero = 32,    // operand b likewise
  kRdDiscard = 64,  // the result goes to the zero register
};

// 16 bytes, so that one load fetches it.
struct alignas(16) MicroOp {
  u64 imm;
  u8 kind;
  u8 rd, rn, rm;  // register numbers; a = rn's value, b = rm's (for stores: the value stored)
  u8 flags;
  u8 variant;     // the kind's sub-operation (see the kinds)
  u16 aux;        // a shift, a bit number, or a condition's table
};
static_assert(sizeof(MicroOp) == 16, "one 16-byte load");

}  // namespace ingot::arm64
