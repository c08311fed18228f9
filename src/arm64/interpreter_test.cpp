// The interpreter on the CPU backend, on programs written as words: flags
// against wide arithmetic, logical immediates, every stop reason, the write
// syscall and output draining, resuming, and self-modifying code.
#include <gtest/gtest.h>

#include <set>

#include "arm64/data_processing_immediate.h"
#include "arm64/stop_reason.h"
#include "arm64/test_support.h"

namespace ingot::arm64 {
namespace {

Machine cpu(u32 cores = 1, u64 memory_size = 64 << 10, u32 output_capacity = 4096) {
  return make_machine(BackendKind::cpu, cores, memory_size, output_capacity);
}

// NZCV of a + b (or a - b) computed in 128 bits: N and Z of the truncated
// result, C where the unsigned sum does not fit, V where the signed one
// does not.
u32 reference_flags(u64 a, u64 b, bool subtract, int bits) {
  using u128 = unsigned __int128;
  using i128 = __int128;
  u64 mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  a &= mask;
  b &= mask;
  auto as_signed = [&](u64 v) { return bits == 64 ? i128(i64(v)) : i128(i32(u32(v))); };
  u128 unsigned_sum = subtract ? u128(a) + u128(~b & mask) + 1 : u128(a) + b;
  i128 signed_sum = subtract ? as_signed(a) - as_signed(b) : as_signed(a) + as_signed(b);
  u64 result = u64(unsigned_sum) & mask;
  bool n = (result >> (bits - 1)) & 1, z = result == 0;
  bool c = (unsigned_sum >> bits) != 0;
  bool v = signed_sum != as_signed(result);
  return u32(n) << 31 | u32(z) << 30 | u32(c) << 29 | u32(v) << 28;
}

TEST(InterpreterTest, AddsAndSubsSetFlagsAsWideArithmeticSays) {
  const u64 values[] = {0, 1, 2, 0x7f, 0x80, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000,
                        0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001, 0xfffffffffffffffe,
                        0xffffffffffffffff};
  constexpr size_t n = std::size(values);
  struct Op {
    u32 word;
    bool subtract;
    int bits;
  } ops[] = {{0xab010002, false, 64},   // adds x2, x0, x1
             {0xeb010002, true, 64},    // subs x2, x0, x1
             {0x2b010002, false, 32},   // adds w2, w0, w1
             {0x6b010002, true, 32}};   // subs w2, w0, w1
  for (const Op& op : ops) {
    Machine m = cpu(n * n);
    m.load_program(code({op.word, kHlt0}), 0);
    for (u32 core = 0; core < n * n; ++core) {
      m.registers()[core * 32 + 0] = values[core / n];
      m.registers()[core * 32 + 1] = values[core % n];
      m.flags()[core] = 0xf0000000;  // every flag must be written
    }
    m.execute(10);
    for (u32 core = 0; core < n * n; ++core) {
      u64 a = values[core / n], b = values[core % n];
      SCOPED_TRACE(testing::Message() << std::hex << op.word << " a=" << a << " b=" << b);
      EXPECT_EQ(m.flags()[core], reference_flags(a, b, op.subtract, op.bits));
      u64 mask = op.bits == 64 ? ~0ull : 0xffffffffull;
      EXPECT_EQ(m.registers()[core * 32 + 2], (op.subtract ? a - b : a + b) & mask);
      EXPECT_EQ(m.stop_reason()[core], kHalt);
    }
  }
}

TEST(InterpreterTest, LogicalImmediatesAreTheArchitecturesSet) {
  // The architecture's counts: 5334 distinct 64-bit bitmask immediates and
  // 1302 32-bit ones, none of them all zeros or all ones.
  for (bool is64 : {true, false}) {
    std::set<u64> masks;
    for (u32 n = 0; n < 2; ++n)
      for (u32 immr = 0; immr < 64; ++immr)
        for (u32 imms = 0; imms < 64; ++imms) {
          u64 mask;
          if (!decode_bitmask(n, imms, immr, is64, mask)) continue;
          masks.insert(mask);
          EXPECT_NE(mask, 0u);
          EXPECT_NE(mask, is64 ? ~0ull : 0xffffffffull);
        }
    EXPECT_EQ(masks.size(), is64 ? 5334u : 1302u);
  }
}

struct StopCase {
  const char* name;
  std::vector<u32> program;
  u64 x1;
  u32 reason;
  u64 pc;
  u64 detail;
  u64 cycles;  // the stopping instruction is not counted
};

TEST(InterpreterTest, EachWayOfStoppingReportsWhereAndWhy) {
  constexpr u64 memory = 64 << 10;
  const StopCase cases[] = {
      {"undefined", {0xd503201f, 0xffffffff}, 0, kUndefinedInstruction, 4, 0xffffffff, 1},  // nop; (SIMD&FP)
      {"unallocated move wide", {0xb2a00000}, 0, kUndefinedInstruction, 0, 0xb2a00000, 0},  // MOVZ/MOVN's opc 01
      {"load past the end", {0xf9400020}, memory - 4, kMemoryFault, 0, memory - 4, 0},     // ldr x0, [x1]
      {"load far away", {0xf9400020}, 1ull << 40, kMemoryFault, 0, 1ull << 40, 0},
      {"fetch past the end", {0xd61f0020}, memory, kMemoryFault, memory, memory, 1},  // br x1
      {"misaligned pc", {0xd61f0020}, 6, kMemoryFault, 6, 6, 1},
      {"unsupported syscall", {0xd2801588, 0xd4000001}, 0, kUnsupportedSyscall, 4, 172, 1},  // mov x8, #172; svc #0
      {"halt", {0xd503201f, 0xd44000a0}, 0, kHalt, 4, 5, 1},                                // nop; hlt #5
      {"breakpoint", {0xd42000e0}, 0, kBreakpoint, 0, 7, 0},                                 // brk #7
      {"exit", {0xd2800ba8, 0xd4000001}, 0, kExit, 4, 0, 1},                                 // mov x8, #93; svc #0
  };
  for (const StopCase& c : cases) {
    SCOPED_TRACE(c.name);
    Machine m = cpu(1, memory);
    m.load_program(code(c.program), 0);
    m.registers()[1] = c.x1;
    m.execute(100);
    EXPECT_EQ(stop_reason_name(m.stop_reason()[0]), stop_reason_name(c.reason));
    EXPECT_EQ(m.pc()[0], c.pc);
    EXPECT_EQ(m.stop_detail()[0], c.detail);
    EXPECT_EQ(m.cycles()[0], c.cycles);
  }
}

TEST(InterpreterTest, ACoreStoppedByItsCycleLimitGoesOnWhereItWas) {
  auto loop = code({0x91000400, 0x17ffffff});  // 0: add x0, x0, #1; b 0
  Machine in_one = cpu(), in_three = cpu();
  in_one.load_program(loop, 0);
  in_three.load_program(loop, 0);
  in_one.execute(1001);
  for (u64 part : {500, 1, 500}) in_three.execute(part);
  for (Machine* m : {&in_one, &in_three}) {
    EXPECT_EQ(m->stop_reason()[0], kCycleLimit);
    EXPECT_EQ(m->cycles()[0], 1001u);
    EXPECT_EQ(m->registers()[0], 501u);
    EXPECT_EQ(m->pc()[0], 4u);
  }
  // A core stopped for good stays stopped until its pc is set.
  in_one.load_program(code({kHlt0}), 0x100);
  in_one.set_pc(0, 0x100);
  in_one.execute(10);
  EXPECT_EQ(in_one.stop_reason()[0], kHalt);
  EXPECT_EQ(in_one.execute(10).instructions, 0u);
}

// Writes "abc" 100 times, then halts.
const std::vector<u8> kWriteLoop = code({
    0xd2800c93,  // mov x19, #100
    0xd2800020,  // mov x0, #1
    0xd2802001,  // mov x1, #0x100
    0xd2800062,  // mov x2, #3
    0xd2800808,  // mov x8, #64
    0xd4000001,  // svc #0
    0xf1000673,  // subs x19, x19, #1
    0x54ffff41,  // b.ne 4
    kHlt0,
});

TEST(InterpreterTest, WritesToStandardOutputSurviveAFullBuffer) {
  for (u32 capacity : {4096u, 8u, 3u, 2u}) {
    SCOPED_TRACE(capacity);
    Machine m = cpu(1, 64 << 10, capacity);
    m.load_program(kWriteLoop, 0);
    m.write_memory(0, 0x100, code({0x636261}));  // "abc\0"
    RunSummary run = m.execute(10000);
    EXPECT_EQ(m.stop_reason()[0], kHalt);
    std::string expected;
    for (int i = 0; i < 100; ++i) expected += capacity >= 3 ? "abc" : "ab";  // writes larger than the buffer are cut
    EXPECT_EQ(m.output(0), expected);
    EXPECT_EQ(m.registers()[0], capacity >= 3 ? 3u : 2u);
    if (capacity == 4096) EXPECT_EQ(run.launches, 1u);
    else EXPECT_GT(run.launches, 1u);  // drained, and resumed
  }
}

TEST(InterpreterTest, WriteToAnotherFileOrFromOutsideMemoryFails) {
  auto program = code({0xd2800808, 0xd4000001, kHlt0});  // mov x8, #64; svc #0; hlt #0
  struct {
    u64 fd, address, count, result;
  } cases[] = {{2, 0, 1, u64(-9)}, {1, 0x10000, 1, u64(-14)}, {1, 0xfff0, 0x20, u64(-14)}, {1, 0xfff0, 0x10, 0x10}};
  for (const auto& c : cases) {
    Machine m = cpu();
    m.load_program(program, 0);
    m.registers()[0] = c.fd;
    m.registers()[1] = c.address;
    m.registers()[2] = c.count;
    m.execute(10);
    EXPECT_EQ(m.stop_reason()[0], kHalt);
    EXPECT_EQ(m.registers()[0], c.result);
  }
}

TEST(InterpreterTest, ACoreThatRewritesTheSharedProgramRunsItsOwnCopy) {
  Machine m = cpu(2);
  m.load_program(code({
                     0xb9400061,  // ldr w1, [x3]
                     0xb9000081,  // str w1, [x4]
                     0xd503201f,  // nop
                     0xd2800020,  // mov x0, #1
                     kHlt0,
                 }),
                 0);
  m.write_memory(0, 0x200, code({0xd28000e0}));  // mov x0, #7
  m.write_memory(1, 0x200, code({0xd28000e0}));
  for (u32 core : {0u, 1u}) m.registers()[core * 32 + 3] = 0x200;
  m.registers()[0 * 32 + 4] = 0xc;    // core 0 patches its mov x0, #1
  m.registers()[1 * 32 + 4] = 0x300;  // core 1 writes elsewhere
  m.execute(100);
  EXPECT_EQ(m.registers()[0 * 32 + 0], 7u);
  EXPECT_EQ(m.registers()[1 * 32 + 0], 1u);
}

TEST(InterpreterTest, CoresGivenTheirOwnProgramsRunThem) {
  Machine m = cpu(3);
  m.load_program(code({0xd2800020, kHlt0}), 0);     // mov x0, #1 for all ...
  m.load_program(code({0xd28000e0, kHlt0}), 0, 1);  // ... but core 1: mov x0, #7
  m.execute(10);
  EXPECT_EQ(m.registers()[0 * 32], 1u);
  EXPECT_EQ(m.registers()[1 * 32], 7u);
  EXPECT_EQ(m.registers()[2 * 32], 1u);
}

TEST(MachineTest, RejectsGeometriesAndRangesThatCannotBe) {
  EXPECT_THROW(cpu(0), std::invalid_argument);
  EXPECT_THROW(cpu(1, 0), std::invalid_argument);
  EXPECT_THROW(cpu(1, 12), std::invalid_argument);
  EXPECT_THROW(cpu(1, (u64(1) << 32) + 8), std::invalid_argument);
  EXPECT_THROW(cpu(1, 64, 0), std::invalid_argument);
  Machine m = cpu(2, 64);
  EXPECT_THROW(m.load_program(code({0, 0}), 60), std::out_of_range);
  EXPECT_THROW(m.load_program(code({0}), 2), std::invalid_argument);
  EXPECT_THROW(m.write_memory(0, 64, code({0})), std::out_of_range);
  EXPECT_THROW(m.read_memory(0, ~u64(0), 2), std::out_of_range);
  EXPECT_THROW(m.set_pc(2, 0), std::out_of_range);
  EXPECT_THROW(m.output(5), std::out_of_range);
  m.load_program(code({0, 0}), 56);
  EXPECT_EQ(m.read_memory(1, 56, 8), code({0, 0}));
}

}  // namespace
}  // namespace ingot::arm64
