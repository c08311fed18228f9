// A predecoded instruction: what the decode tree (interpreter.h) works out
// from an instruction word, worked out once per word of the shared program
// image (predecode.cpp) instead of at every execution of it.
//
// Why: a lone GPU thread runs the decode tree as a chain of dependent
// branches and field extractions, several hundred cycles per guest
// instruction. A micro-op needs one 16-byte load and one switch: its
// operands are register numbers to read (both read before the switch, so
// the reads overlap the dispatch), immediates already shifted, inverted or
// sign-extended, branch targets already absolute (a micro-op belongs to one
// address), and a condition already turned into a 16-bit table over NZCV.
//
// Only the common forms get their own kind; every other word is kGeneric,
// which runs the word through the decode tree, so the two paths cannot
// disagree on anything but the forms listed here (micro_op_test.cpp runs
// random words both ways and compares every effect).
#pragma once

#include "arm64/portable.h"

namespace ingot::arm64 {

enum MicroOpKind : u8 {
  kGeneric,          // imm: the word, run through the decode tree
  kNop,              // hints
  kAddImmediate,     // ADD/ADDS/SUB/SUBS (immediate): a + imm + carry; imm inverted for SUB
  kAddShifted,       // ... (shifted register): a + shift(b) + carry; aux amount | type << 8
  kLogicalImmediate, // AND/ORR/EOR/ANDS: variant is opc, imm the bitmask
  kLogicalShifted,   // AND ORR EOR ANDS BIC ORN EON BICS (shifted register): variant opc, aux as kAddShifted
  kMoveImmediate,    // MOVZ, MOVN, ADR, ADRP: rd = imm
  kMoveKeep,         // MOVK: rd = (a & ~(0xffff << aux)) | imm
  kBitfield,         // SBFM, UBFM: variant right-shift, aux field | position << 8 | signed << 15
  kBranch,           // B, BL (kLink): next pc = imm
  kBranchConditional,  // B.cond: aux bit NZCV says whether to branch to imm
  kCompareBranch,    // CBZ, CBNZ (variant 1): on a
  kTestBranch,       // TBZ, TBNZ (variant 1): on bit aux of a
  kBranchRegister,   // BR, RET, BLR (kLink): next pc = a
  kLoad,             // LDR* (unsigned offset): rd = [a + imm], variant bytes, aux sign-extend-to
  kStore,            // STR* (unsigned offset): [a + imm] = b, variant bytes
};

// Bits of MicroOp::flags.
enum MicroOpFlag : u8 {
  kIs64 = 1,       // a 64-bit operation (else results are cut to 32 bits)
  kSetFlags = 2,   // writes NZCV
  kCarry = 4,      // carry in: subtraction is a + ~b + 1
  kInvert = 8,     // the shifted operand is inverted (BIC ORN EON)
  kLink = 16,      // BL, BLR: x30 = pc + 4
  kRnZero = 32,    // operand a is the zero register, not x31 (sp)
  kRmZero = 64,    // operand b likewise
  kRdDiscard = 128,  // the result goes to the zero register
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
