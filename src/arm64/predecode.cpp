#include "arm64/predecode.h"

#include "arm64/arithmetic.h"
#include "arm64/data_processing_immediate.h"
#include "arm64/loads_stores.h"

namespace ingot::arm64 {
namespace {

// Each recognizer below takes the forms it names exactly as the decode tree
// runs them, and leaves every reserved or unusual encoding of its group to
// kGeneric, so that the decode tree alone says what those do.

// Register operands, and whether number 31 is the zero register or sp.
void read_a(MicroOp& op, u32 n, bool sp) {
  op.rn = u8(n);
  if (n == 31 && !sp) op.flags |= kRnZero;
}
void read_b(MicroOp& op, u32 n) {
  op.rm = u8(n);
  if (n == 31) op.flags |= kRmZero;
}
void write_d(MicroOp& op, u32 n, bool sp) {
  op.rd = u8(n);
  if (n == 31 && !sp) op.flags |= kRdDiscard;
}

// The index of the micro-op that a branch from `pc` by `field` words goes
// to; false where that is outside the image (the branch stays kGeneric).
bool branch_target(u64 pc, u32 field, u32 bits, const ImageRange& image, u64& index) {
  u64 offset = pc + sign_extend(u64(field) << 2, bits) - image.start;
  index = offset / 4;
  return offset / 4 < image.words;
}

bool data_processing_immediate(u32 insn, u64 pc, MicroOp& op) {
  bool is64 = insn >> 31;
  u32 rn = (insn >> 5) & 31, rd = insn & 31;
  if (is64) op.flags |= kIs64;
  if ((insn & 0x1f000000) == 0x10000000) {  // ADR, ADRP
    u64 offset = sign_extend(((insn >> 5) & 0x7ffff) << 2 | ((insn >> 29) & 3), 21);
    op = {};
    op.kind = kMoveImmediate;
    op.flags = kIs64;
    op.imm = (insn >> 31) ? (pc & ~0xfffull) + (offset << 12) : pc + offset;
    write_d(op, rd, false);
    return true;
  }
  switch (insn & 0x1f800000) {
    case 0x11000000: {  // add/subtract (immediate)
      bool subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
      u64 imm = (insn >> 10) & 0xfff;
      if ((insn >> 22) & 1) imm <<= 12;
      op.kind = u8(kAdd + 4 * set_flags + 2 * is64);
      op.imm = subtract ? ~imm : imm;
      op.variant = u8(subtract);
      op.flags |= (subtract ? kCarry : 0) | (set_flags ? kSetFlags : 0);
      read_a(op, rn, true);
      write_d(op, rd, !set_flags);
      return true;
    }
    case 0x12000000: {  // logical (immediate)
      u32 opc = (insn >> 29) & 3;
      if (!decode_bitmask((insn >> 22) & 1, (insn >> 10) & 0x3f, (insn >> 16) & 0x3f, is64, op.imm)) return false;
      op.kind = u8(kLogical + 4 * opc + 2 * is64);
      op.variant = u8(opc);
      if (opc == 3) op.flags |= kSetFlags;
      read_a(op, rn, false);
      write_d(op, rd, opc != 3);
      return true;
    }
    case 0x12800000: {  // move wide
      u32 opc = (insn >> 29) & 3, hw = (insn >> 21) & 3;
      if (opc == 1 || (!is64 && hw >= 2)) return false;
      u64 imm = u64((insn >> 5) & 0xffff) << (16 * hw);
      write_d(op, rd, false);
      if (opc == 3) {
        op.kind = kMoveKeep;
        op.imm = imm;
        op.aux = u16(16 * hw);
        read_a(op, rd, false);
        return true;
      }
      u64 value = opc == 0 ? ~imm : imm;
      op.kind = kMoveImmediate;
      op.imm = is64 ? value : u64(u32(value));
      return true;
    }
    case 0x13000000: {  // SBFM, UBFM (BFM, which keeps bits of rd, stays generic)
      u32 opc = (insn >> 29) & 3, n = (insn >> 22) & 1, immr = (insn >> 16) & 0x3f, imms = (insn >> 10) & 0x3f;
      if (opc == 1 || opc == 3 || n != u32(is64) || (!is64 && (immr >= 32 || imms >= 32))) return false;
      u32 width = is64 ? 64 : 32;
      bool extract = imms >= immr;
      u32 field = extract ? imms - immr + 1 : imms + 1;
      u32 position = extract ? 0 : width - immr;
      op.kind = kBitfield;
      op.variant = u8(extract ? immr : 0);
      op.aux = u16(field | position << 8 | (opc == 0 ? 1u << 15 : 0));
      read_a(op, rn, false);
      write_d(op, rd, false);
      return true;
    }
    default: return false;
  }
}

bool data_processing_register(u32 insn, MicroOp& op) {
  bool is64 = insn >> 31;
  u32 rm = (insn >> 16) & 31, rn = (insn >> 5) & 31, rd = insn & 31;
  u32 type = (insn >> 22) & 3, amount = (insn >> 10) & 0x3f;
  if (!is64 && amount >= 32) return false;
  if ((insn & 0x1f000000) == 0x0a000000) {  // logical (shifted register)
    u32 opc = (insn >> 29) & 3;
    op.kind = type == 0 ? u8(kLogical + 4 * opc + 2 * is64 + 1) : u8(kLogicalShifted);
    op.variant = u8(opc);
    op.imm = ((insn >> 21) & 1) ? ~0ull : 0;
    if (opc == 3) op.flags |= kSetFlags;
  } else if ((insn & 0x1f200000) == 0x0b000000 && type != 3) {  // add/subtract (shifted register)
    bool subtract = (insn >> 30) & 1, set_flags = (insn >> 29) & 1;
    op.kind = type == 0 ? u8(kAdd + 4 * set_flags + 2 * is64 + 1) : u8(kAddShifted);
    op.imm = subtract ? ~0ull : 0;
    op.variant = u8(subtract);
    op.flags |= (subtract ? kCarry : 0) | (set_flags ? kSetFlags : 0);
  } else {
    return false;
  }
  if (is64) op.flags |= kIs64;
  op.aux = u16(amount | type << 8);
  read_a(op, rn, false);
  read_b(op, rm);
  write_d(op, rd, false);
  return true;
}

bool branch(u32 insn, u64 pc, const ImageRange& image, MicroOp& op) {
  if ((insn & 0x7c000000) == 0x14000000) {  // B, BL
    op.kind = kBranch;
    if (insn >> 31) op.flags |= kLink;
    return branch_target(pc, insn & 0x3ffffff, 28, image, op.imm);
  }
  if ((insn & 0xff000010) == 0x54000000) {  // B.cond
    op.kind = kBranchConditional;
    for (u32 nzcv = 0; nzcv < 16; ++nzcv)
      if (condition_holds(insn & 15, nzcv << 28)) op.aux |= u16(1u << nzcv);
    return branch_target(pc, (insn >> 5) & 0x7ffff, 21, image, op.imm);
  }
  if ((insn & 0x7c000000) == 0x34000000) {  // CBZ, CBNZ, TBZ, TBNZ
    bool test = (insn >> 25) & 1;
    op.kind = test ? kTestBranch : kCompareBranch;
    op.variant = u8((insn >> 24) & 1);
    bool inside = test ? branch_target(pc, (insn >> 5) & 0x3fff, 16, image, op.imm)
                       : branch_target(pc, (insn >> 5) & 0x7ffff, 21, image, op.imm);
    if (!inside) return false;
    if (test) op.aux = u16((insn >> 31) << 5 | ((insn >> 19) & 31));
    if (!test && (insn >> 31)) op.flags |= kIs64;
    read_a(op, insn & 31, false);
    return true;
  }
  u32 form = insn & 0xfffffc1f;
  if (form == 0xd63f0000 || form == 0xd61f0000 || form == 0xd65f0000) {  // BLR, BR, RET
    op.kind = kBranchRegister;
    if (form == 0xd63f0000) op.flags |= kLink;
    read_a(op, (insn >> 5) & 31, false);
    return true;
  }
  if ((insn & 0xfffff01f) == 0xd503201f) {  // hints
    op.kind = kNop;
    return true;
  }
  return false;
}

bool load_store_unsigned_offset(u32 insn, MicroOp& op) {
  if ((insn & 0x3f000000) != 0x39000000) return false;
  Access access;
  u32 size = insn >> 30;
  if (!decode_access(size, (insn >> 22) & 3, access) || access.is_prefetch) return false;
  op.imm = u64((insn >> 10) & 0xfff) << size;
  op.variant = u8(access.bytes);
  op.flags |= kIs64;
  read_a(op, (insn >> 5) & 31, true);
  if (access.is_load) {
    op.kind = access.sign_extend_to ? u8(kLoadSigned) : u8(kLoad + size);
    op.aux = u16(access.sign_extend_to);
    write_d(op, insn & 31, false);
  } else {
    op.kind = u8(kStore + size);
    read_b(op, insn & 31);
  }
  return true;
}

}  // namespace

MicroOp predecode(u32 word, u64 pc, const ImageRange& image) {
  MicroOp op{};
  if (data_processing_immediate(word, pc, op)) return op;
  op = {};
  if (data_processing_register(word, op)) return op;
  op = {};
  if (branch(word, pc, image, op)) return op;
  op = {};
  if (load_store_unsigned_offset(word, op)) return op;
  op = {};
  op.kind = kGeneric;
  op.imm = word;
  return op;
}

std::vector<MicroOp> predecode_program(std::span<const u32> words, u64 start) {
  const ImageRange image{start, words.size()};
  std::vector<MicroOp> program;
  program.reserve(words.size() + 2);
  for (size_t i = 0; i < words.size(); ++i) program.push_back(predecode(words[i], start + 4 * i, image));
  MicroOp outside{};
  outside.kind = kOutside;
  program.resize(words.size() + 2, outside);
  return program;
}

}  // namespace ingot::arm64
