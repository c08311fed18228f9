// ---- arm64/gpu_kernel.h
// The GPU backend's kernel: one thread per core, running the interpreter
// (interpreter.h) that the CPU backend runs. Only NVRTC compiles this file,
// from the text embedded in the library (embed_kernel_source.py).
//
// Design (src/arm64/README.md has the measurements):
//  * Registers live in shared memory while the kernel runs, 32 x 8 bytes per
//    thread, laid out register-major so that the threads of a warp reading
//    the same register hit 32 different banks. The interpreter indexes them
//    at run time, which would put an array in local memory: 256 bytes per
//    thread for thousands of threads is more than L1 holds.
//  * pc, flags and the cycle count stay in the thread's own registers.
//  * Instructions are fetched from the one program image every core shares,
//    predecoded (micro_op.h), through the read-only cache: a warp running
//    one program fetches one micro-op for all its threads.
//  * With ARM64_RECONVERGE, a warp runs only its threads at the lowest pc
//    each step, so threads that took different branches of one program
//    meet again where the paths join instead of drifting apart for good.

// ---- arm64/interpreter.h
// The run loop of one core, shared by the CPU backend and the GPU kernel
// (gpu_kernel.h). Instructions of the shared program image run as the
// micro-ops that load_program predecoded (micro_op.h); everything else is
// fetched from the core's memory and decoded (decode_tree.h).

// ---- arm64/core.h
// One core while it runs: its registers, pc and flags, its memory, and how
// it stops. Every instruction group (the *_instructions.h headers) works on
// a Core.

// ---- arm64/machine_view.h
// The state of every core of a machine, as the interpreter sees it: arrays
// indexed by core, passed by value to the GPU kernel and used in place by
// the CPU backend. machine.h owns the memory and explains the layout.

// ---- arm64/micro_op.h
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

// ---- arm64/portable.h
// What lets the interpreter be written once and compiled twice: by the host
// C++ compiler (the CPU backend) and by NVRTC (the GPU backend, which gets
// these headers' text embedded in the library, see embed_kernel_source.py).
// NVRTC has no standard headers, so nothing here includes one: integer types
// are spelled out, and the few intrinsics differ by compiler.

#if defined(__CUDACC__)
#define ARM64_FN __device__ __forceinline__
#else
#define ARM64_FN inline
#endif

namespace ingot::arm64 {

using u8 = unsigned char;
using u16 = unsigned short;
using u32 = unsigned int;
using u64 = unsigned long long;
using i32 = int;
using i64 = long long;
static_assert(sizeof(u16) == 2 && sizeof(u32) == 4 && sizeof(u64) == 8, "fixed-width types");

ARM64_FN u64 ones(u32 bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

// `value`'s low `bits` bits, sign-extended to 64.
ARM64_FN u64 sign_extend(u64 value, u32 bits) {
  u32 unused = 64 - bits;
  return u64(i64(value << unused) >> unused);
}

// Shifts are defined for any amount: C++ leaves `x << 64` undefined, and the
// host and the GPU really do answer differently.
ARM64_FN u64 shift_left(u64 value, u32 amount) { return amount >= 64 ? 0 : value << amount; }
ARM64_FN u64 shift_right(u64 value, u32 amount) { return amount >= 64 ? 0 : value >> amount; }

ARM64_FN u32 count_leading_zeros(u64 value) {
#if defined(__CUDACC__)
  return u32(__clzll(i64(value)));
#else
  return value == 0 ? 64 : u32(__builtin_clzll(value));
#endif
}

ARM64_FN u64 multiply_high_unsigned(u64 a, u64 b) {
#if defined(__CUDACC__)
  return __umul64hi(a, b);
#else
  return u64((unsigned __int128)a * b >> 64);
#endif
}

ARM64_FN u64 multiply_high_signed(u64 a, u64 b) {
#if defined(__CUDACC__)
  return u64(__mul64hi(i64(a), i64(b)));
#else
  return u64((__int128)i64(a) * i64(b) >> 64);
#endif
}

// Loads and stores of naturally aligned values in guest memory. The host
// goes through memcpy, which its compiler turns into one instruction, so as
// not to break C++'s aliasing rules.
template <class T>
ARM64_FN T load_aligned(const u8* p) {
#if defined(__CUDACC__)
  return *reinterpret_cast<const T*>(p);
#else
  T value;
  __builtin_memcpy(&value, p, sizeof value);
  return value;
#endif
}

template <class T>
ARM64_FN void store_aligned(u8* p, T value) {
#if defined(__CUDACC__)
  *reinterpret_cast<T*>(p) = value;
#else
  __builtin_memcpy(p, &value, sizeof value);
#endif
}

}  // namespace ingot::arm64

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

namespace ingot::arm64 {

// Why a core stopped. A stopped core's pc is the address of the instruction
// that stopped it, which did not complete and is not counted in its cycles
// (except kCycleLimit: the pc of the next instruction to run).
enum StopReason : u32 {
  kNone = 0,                // has not run yet, or is running
  kCycleLimit = 1,          // ran its cycle budget; execute() resumes it
  kExit = 2,                // SVC exit/exit_group; detail: the status (x0)
  kHalt = 3,                // HLT; detail: its immediate
  kBreakpoint = 4,          // BRK; detail: its immediate
  kUndefinedInstruction = 5,  // undefined or unimplemented; detail: the word
  kMemoryFault = 6,         // access outside memory, or a misaligned pc; detail: the address
  kUnsupportedSyscall = 7,  // SVC other than write and exit; detail: its number (x8)
  kOutputFull = 8,          // write with no room in the output buffer; the host drains it and resumes
};
inline constexpr u32 kStopReasonCount = 9;

// A stop reason with which execute() runs the core again.
ARM64_FN bool is_resumable(u32 reason) { return reason == kNone || reason == kCycleLimit || reason == kOutputFull; }

struct MachineView {
  u64* registers;      // [cores][32]: x0..x30, then sp
  u64* pc;             // [cores]
  u64* cycles;         // [cores]: instructions completed
  u64* cycle_limit;    // [cores]: a core stops when its cycles reach this
  u64* stop_detail;    // [cores]
  u32* flags;          // [cores]: NZCV in bits 31..28, as the NZCV register
  u32* stop_reason;    // [cores]
  u32* private_fetch;  // [cores]: fetch from the core's own memory, not the program image
  u32* output_length;  // [cores]
  u8* memory;          // [cores][memory_size]
  u8* output;          // [cores][output_capacity]: bytes written to fd 1
  // The program image that load_program gave every core, predecoded
  // (micro_op.h) and shared: fetching from one copy instead of one per core
  // is what keeps a farm's instruction fetches in cache (machine.h). One
  // micro-op per word from text_start, and a spare one past the end.
  const MicroOp* program;
  u64 text_start;  // a multiple of 4
  u64 text_size;   // bytes, a multiple of 4
  u64 memory_size;
  u32 output_capacity;
  u32 cores;
};

}  // namespace ingot::arm64

namespace ingot::arm64 {

// The 31 general registers and sp, wherever the backend keeps them: in
// place in the machine's array on the CPU, in shared memory on the GPU,
// where `stride` is the block's thread count (one bank per thread).
// Register number 31 is sp or the zero register depending on the operand,
// which is why each access says which it wants.
struct RegisterFile {
  u64* base;
  u32 stride;

  ARM64_FN u64 x(u32 n) const { return n == 31 ? 0 : base[n * stride]; }
  ARM64_FN u64 x_or_sp(u32 n) const { return base[n * stride]; }
  ARM64_FN void set_x(u32 n, u64 value) {
    if (n != 31) base[n * stride] = value;
  }
  ARM64_FN void set_x_or_sp(u32 n, u64 value) { base[n * stride] = value; }
};

struct Core {
  RegisterFile r;
  u64 pc;       // the instruction being executed
  u64 next_pc;  // where execution goes on: pc + 4 unless a branch says otherwise
  u32 nzcv;
  u32 stop_reason = kNone;
  u64 stop_detail = 0;
  // This core's memory and output, and the shared program image, predecoded.
  u8* memory;
  u64 memory_size;
  const MicroOp* program;
  u64 text_start;
  u64 text_size;
  bool private_fetch;
  u8* output;
  u32 output_length;
  u32 output_capacity;

  ARM64_FN void stop(u32 reason, u64 detail) {
    stop_reason = reason;
    stop_detail = detail;
  }
  ARM64_FN void undefined(u32 instruction) { stop(kUndefinedInstruction, instruction); }

  // A 32-bit result clears the register's upper half.
  ARM64_FN void set_result(u32 rd, u64 value, bool is64) { r.set_x(rd, is64 ? value : u64(u32(value))); }

  ARM64_FN bool in_memory(u64 address, u32 bytes) const {
    return address <= memory_size && memory_size - address >= bytes;
  }

  // Guest memory is little-endian, like the host and the GPU; misaligned
  // accesses, which AArch64 allows for ordinary loads and stores, go byte by
  // byte. Outside memory, the core stops with a fault and false is returned.
  ARM64_FN bool load(u64 address, u32 bytes, u64& value) {
    if (!in_memory(address, bytes)) {
      stop(kMemoryFault, address);
      return false;
    }
    const u8* p = memory + address;
    if ((address & (bytes - 1)) == 0) {
      switch (bytes) {
        case 1: value = *p; return true;
        case 2: value = load_aligned<u16>(p); return true;
        case 4: value = load_aligned<u32>(p); return true;
        default: value = load_aligned<u64>(p); return true;
      }
    }
    value = 0;
    for (u32 i = 0; i < bytes; ++i) value |= u64(p[i]) << (8 * i);
    return true;
  }

  ARM64_FN bool store(u64 address, u32 bytes, u64 value) {
    if (!in_memory(address, bytes)) {
      stop(kMemoryFault, address);
      return false;
    }
    // A core that writes into the shared program image fetches its own
    // (written) copy from then on, so self-modifying code stays exact.
    if (address < text_start + text_size && address + bytes > text_start) private_fetch = true;
    u8* p = memory + address;
    if ((address & (bytes - 1)) == 0) {
      switch (bytes) {
        case 1: *p = u8(value); return true;
        case 2: store_aligned<u16>(p, u16(value)); return true;
        case 4: store_aligned<u32>(p, u32(value)); return true;
        default: store_aligned<u64>(p, value); return true;
      }
    }
    for (u32 i = 0; i < bytes; ++i) p[i] = u8(value >> (8 * i));
    return true;
  }

  // Whether the instruction at pc is the shared image's, predecoded: pc is
  // in it and aligned, and the core has not written into the image.
  ARM64_FN bool runs_from_program() const {
    u64 offset = pc - text_start;
    return !private_fetch && offset < text_size && (offset & 3) == 0;
  }

  // The instruction at pc in the core's memory; false (the core stopped)
  // when pc is misaligned or outside memory.
  ARM64_FN bool fetch(u32& instruction) {
    if ((pc & 3) != 0 || !in_memory(pc, 4)) {
      stop(kMemoryFault, pc);
      return false;
    }
    instruction = load_aligned<u32>(memory + pc);
    return true;
  }
};

}  // namespace ingot::arm64
// ---- arm64/decode_tree.h
// An instruction word run through the architecture's own decode tree: bits
// 28:25 pick the instruction group, and each group's header decodes the
// rest. This is how every instruction outside the shared program image runs
// (a core's own program, code it wrote), and every form that has no micro-op
// of its own (micro_op.h).

// ---- arm64/branches.h
// Branches (part of op0 = 101x): B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, and
// BR, BLR, RET through a register.

// ---- arm64/arithmetic.h
// The architecture's shared arithmetic: AddWithCarry and its flags, the
// condition codes, and the shifted and extended forms of a register operand.


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

namespace ingot::arm64 {

ARM64_FN void branch_immediate(Core& c, u32 insn) {
  if (insn >> 31) c.r.set_x(30, c.pc + 4);  // BL
  c.next_pc = c.pc + sign_extend((insn & 0x3ffffff) << 2, 28);
}

ARM64_FN void branch_conditional(Core& c, u32 insn) {
  if ((insn >> 4) & 1) return c.undefined(insn);  // BC.cond (FEAT_HBC)
  if (condition_holds(insn & 15, c.nzcv)) c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x7ffff) << 2, 21);
}

ARM64_FN void compare_and_branch(Core& c, u32 insn) {
  u64 value = c.r.x(insn & 31);
  if (!(insn >> 31)) value &= 0xffffffffull;
  bool nonzero_branches = (insn >> 24) & 1;  // CBNZ
  if ((value != 0) == nonzero_branches) c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x7ffff) << 2, 21);
}

ARM64_FN void test_and_branch(Core& c, u32 insn) {
  u32 bit = (insn >> 31) << 5 | ((insn >> 19) & 31);
  bool set_branches = (insn >> 24) & 1;  // TBNZ
  if (((c.r.x(insn & 31) >> bit) & 1) == u64(set_branches))
    c.next_pc = c.pc + sign_extend(((insn >> 5) & 0x3fff) << 2, 16);
}

ARM64_FN void branch_register(Core& c, u32 insn) {
  u64 target = c.r.x((insn >> 5) & 31);  // read before BLR writes x30, which may be the target
  switch (insn & 0xfffffc1f) {
    case 0xd63f0000: c.r.set_x(30, c.pc + 4); break;  // BLR
    case 0xd61f0000: case 0xd65f0000: break;           // BR, RET
    default: return c.undefined(insn);                 // ERET, DRPS, pointer authentication
  }
  c.next_pc = target;
}

}  // namespace ingot::arm64
// ---- arm64/data_processing_immediate.h
// Data processing with an immediate (op0 = 100x): ADR and ADRP, ADD/ADDS/
// SUB/SUBS, AND/ORR/EOR/ANDS with a bitmask, MOVN/MOVZ/MOVK, the bitfield
// moves SBFM/BFM/UBFM (and so ASR, LSL, LSR, SXTB, UBFX, BFI ... which are
// their aliases), and EXTR (ROR).


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
// ---- arm64/data_processing_register.h
// Data processing on registers (op0 = x101): logical and add/subtract with
// a shifted or extended register, add/subtract with carry, conditional
// compare and select, the 1- and 2-source ops (RBIT REV CLZ CLS, UDIV SDIV,
// variable shifts) and the 3-source multiplies.


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
// ---- arm64/loads_stores.h
// Loads and stores of general registers (op0 = x1x0): LDR/STR of 8, 16, 32
// and 64 bits and the sign-extending loads, with an unsigned, unscaled,
// pre- or post-indexed immediate or a register offset; LDP/STP/LDPSW;
// LDR (literal); PRFM, which does nothing here. SIMD&FP registers,
// exclusives and atomics are not implemented.


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
// ---- arm64/system.h
// Exceptions and system instructions (part of op0 = 101x): SVC (Linux's
// write and exit; other calls stop the core), HLT, BRK; the hints (NOP and
// the rest, which behave as NOP where not implemented, as the architecture
// says) and the barriers, which one core needs no more than NOP.


namespace ingot::arm64 {

inline constexpr u64 kSyscallWrite = 64, kSyscallExit = 93, kSyscallExitGroup = 94;
inline constexpr u64 kErrorBadFile = u64(-9), kErrorFault = u64(-14);  // -EBADF, -EFAULT

// write(fd, buffer, count): fd 1 goes to the output buffer; other
// descriptors are not open. A write that does not fit stops the core with
// kOutputFull before it runs, and the host drains the buffer and resumes;
// one larger than the whole buffer is cut to what fits, as a pipe's would be.
ARM64_FN void write_syscall(Core& c) {
  u64 fd = c.r.x(0), address = c.r.x(1), count = c.r.x(2);
  if (fd != 1) return c.r.set_x(0, kErrorBadFile);
  if (!c.in_memory(address, 0) || count > c.memory_size - address) return c.r.set_x(0, kErrorFault);
  u32 room = c.output_capacity - c.output_length;
  if (count > room) {
    if (c.output_length != 0) return c.stop(kOutputFull, 0);
    count = room;
  }
  for (u64 i = 0; i < count; ++i) c.output[c.output_length + i] = c.memory[address + i];
  c.output_length += u32(count);
  c.r.set_x(0, count);
}

ARM64_FN void supervisor_call(Core& c) {
  u64 number = c.r.x(8);
  if (number == kSyscallWrite) return write_syscall(c);
  if (number == kSyscallExit || number == kSyscallExitGroup) return c.stop(kExit, c.r.x(0));
  c.stop(kUnsupportedSyscall, number);
}

// op0 = 101x: branches, exception generation, system instructions.
ARM64_FN void branches_exceptions_system(Core& c, u32 insn) {
  switch (insn >> 26) {
    case 0x05: case 0x25: return branch_immediate(c, insn);
    case 0x15:
      if (((insn >> 24) & 3) == 0) return branch_conditional(c, insn);
      break;
    case 0x0d: case 0x2d: return ((insn >> 25) & 1) ? test_and_branch(c, insn) : compare_and_branch(c, insn);
    case 0x35:
      if ((insn >> 25) & 1) return branch_register(c, insn);
      if ((insn & 0xffe0001f) == 0xd4000001) return supervisor_call(c);
      if ((insn & 0xffe0001f) == 0xd4400000) return c.stop(kHalt, (insn >> 5) & 0xffff);
      if ((insn & 0xffe0001f) == 0xd4200000) return c.stop(kBreakpoint, (insn >> 5) & 0xffff);
      if ((insn & 0xfffff01f) == 0xd503201f) return;  // hints: NOP, YIELD, BTI, PACIASP ...
      if ((insn & 0xfffff01f) == 0xd503301f && ((insn >> 5) & 7) != 3 && ((insn >> 5) & 7) >= 2) return;  // CLREX DSB DMB ISB SB
      break;
    default: break;
  }
  c.undefined(insn);
}

}  // namespace ingot::arm64

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
// ---- arm64/micro_op_execute.h
// Runs one micro-op (micro_op.h): the fast path of the interpreter, for
// instructions of the shared program image. Each kind does what the decode
// tree's function for its form does, on operands the predecoder prepared.


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

namespace ingot::arm64 {

// Runs one instruction; false once the core has stopped.
ARM64_FN bool step(Core& c) {
  c.next_pc = c.pc + 4;
  if (c.runs_from_program()) {
    execute_micro_op(c, load_micro_op(c.program + (c.pc - c.text_start) / 4));
  } else {
    u32 insn;
    if (!c.fetch(insn)) return false;
    execute_instruction(c, insn);
  }
  if (c.stop_reason != kNone) return false;
  c.pc = c.next_pc;
  return true;
}

// Runs the core until it stops or its cycles reach `limit`. While it runs
// from the program image, each micro-op's successor is fetched before the
// micro-op runs, so that the fetch overlaps it: straight-line code then
// never waits for a fetch, and a taken branch fetches again.
ARM64_FN void run(Core& c, u64& cycles, u64 limit) {
  while (cycles < limit) {
    if (!c.runs_from_program()) {
      if (!step(c)) return;
      ++cycles;
      continue;
    }
    const MicroOp* op_at = c.program + (c.pc - c.text_start) / 4;
    MicroOp op = load_micro_op(op_at);
    for (;;) {
      MicroOp next = load_micro_op(op_at + 1);  // in the table: it ends with a spare
      c.next_pc = c.pc + 4;
      execute_micro_op(c, op);
      if (c.stop_reason != kNone) return;
      bool straight = c.next_pc == c.pc + 4;
      c.pc = c.next_pc;
      if (++cycles >= limit || !c.runs_from_program()) break;
      if (straight) {
        op = next;
        ++op_at;
      } else {
        op_at = c.program + (c.pc - c.text_start) / 4;
        op = load_micro_op(op_at);
      }
    }
  }
}

// Core `core` of `m` as a Core, with its registers in `registers`.
ARM64_FN Core load_core(const MachineView& m, u32 core, RegisterFile registers) {
  Core c;
  c.r = registers;
  c.pc = m.pc[core];
  c.next_pc = c.pc;
  c.nzcv = m.flags[core];
  c.memory = m.memory + u64(core) * m.memory_size;
  c.memory_size = m.memory_size;
  c.program = m.program;
  c.text_start = m.text_start;
  c.text_size = m.text_size;
  c.private_fetch = m.private_fetch[core] != 0;
  c.output = m.output + u64(core) * m.output_capacity;
  c.output_length = m.output_length[core];
  c.output_capacity = m.output_capacity;
  return c;
}

ARM64_FN void store_core(const MachineView& m, u32 core, const Core& c, u64 cycles) {
  m.pc[core] = c.pc;
  m.flags[core] = c.nzcv;
  m.cycles[core] = cycles;
  m.stop_reason[core] = c.stop_reason == kNone ? u32(kCycleLimit) : c.stop_reason;
  m.stop_detail[core] = c.stop_reason == kNone ? 0 : c.stop_detail;
  m.private_fetch[core] = c.private_fetch;
  m.output_length[core] = c.output_length;
}

// Runs core `core` until it stops or reaches its cycle limit. Cores that
// have stopped for good (exit, fault ...) are left alone.
ARM64_FN void run_core(const MachineView& m, u32 core, RegisterFile registers) {
  if (!is_resumable(m.stop_reason[core])) return;
  Core c = load_core(m, core, registers);
  u64 cycles = m.cycles[core];
  run(c, cycles, m.cycle_limit[core]);
  store_core(m, core, c, cycles);
}

}  // namespace ingot::arm64

#ifndef ARM64_RECONVERGE
#define ARM64_RECONVERGE 0
#endif

namespace ingot::arm64 {

ARM64_FN u32 warp_minimum(u32 value) {
#if __CUDA_ARCH__ >= 800
  return __reduce_min_sync(0xffffffffu, value);
#else
  for (int offset = 16; offset > 0; offset /= 2) value = min(value, __shfl_xor_sync(0xffffffffu, value, offset));
  return value;
#endif
}

}  // namespace ingot::arm64

extern "C" __global__ void __launch_bounds__(256) arm64_run(const ingot::arm64::MachineView m) {
  using namespace ingot::arm64;
  extern __shared__ u64 shared_registers[];
  u32 core = blockIdx.x * blockDim.x + threadIdx.x;
  RegisterFile registers{shared_registers + threadIdx.x, blockDim.x};
  // Every thread of a warp stays in the loop until all are done: the
  // reconverging step is a warp-wide vote.
  bool valid = core < m.cores && is_resumable(m.stop_reason[core]);
  Core c;
  u64 cycles = 0, limit = 0;
  if (valid) {
    for (u32 n = 0; n < 32; ++n) registers.set_x_or_sp(n, m.registers[u64(core) * 32 + n]);
    c = load_core(m, core, registers);
    cycles = m.cycles[core];
    limit = m.cycle_limit[core];
  }
#if ARM64_RECONVERGE
  bool running = valid && cycles < limit;
  while (__any_sync(0xffffffffu, running)) {
    u32 lowest = warp_minimum(running ? u32(c.pc) : 0xffffffffu);
    if (running && u32(c.pc) == lowest) {
      running = step(c);
      if (running) running = ++cycles < limit;
    }
  }
#else
  if (valid) run(c, cycles, limit);
#endif
  if (valid) {
    store_core(m, core, c, cycles);
    for (u32 n = 0; n < 32; ++n) m.registers[u64(core) * 32 + n] = registers.x_or_sp(n);
  }
}
