// The micro-ops against the decode tree they stand in for: random words of
// every form that has a micro-op (and random words at large) run both ways
// on the same random state must have the same effects, and whole random
// programs must end alike whether a core runs them from the predecoded
// shared image or decodes them from its own memory.
#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "arm64/interpreter.h"
#include "arm64/predecode.h"
#include "arm64/test_support.h"

namespace ingot::arm64 {
namespace {

// The encodings the predecoder recognizes, as mask and value; random bits
// elsewhere reach their reserved variants too.
struct Form {
  u32 mask, value;
};
constexpr Form kForms[] = {
    {0x1f000000, 0x10000000}, {0x1f800000, 0x11000000}, {0x1f800000, 0x12000000}, {0x1f800000, 0x12800000},
    {0x1f800000, 0x13000000}, {0x1f000000, 0x0a000000}, {0x1f200000, 0x0b000000}, {0x7c000000, 0x14000000},
    {0xff000000, 0x54000000}, {0x7c000000, 0x34000000}, {0xfffffc1f, 0xd61f0000}, {0xfffffc1f, 0xd63f0000},
    {0xfffffc1f, 0xd65f0000}, {0xfffff01f, 0xd503201f}, {0x3f000000, 0x39000000}, {0, 0},
    // Branches by a few words either way, which mostly land in the image.
    {0x7fffff80, 0x14000000}, {0x7fffff80, 0x17ffff80}, {0x7efffc00, 0x34000000}, {0x7efffc00, 0x34fffc00},
    {0x7e07fc00, 0x36000000}, {0x7e07fc00, 0x3607fc00}, {0xfffffc00, 0x54000000}, {0xfffffc00, 0x54fffc00},
};

u32 random_word(std::mt19937& rng) {
  const Form& form = kForms[rng() % std::size(kForms)];
  return (u32(rng()) & ~form.mask) | form.value;
}

constexpr u64 kMemory = 1024, kTextStart = 256, kTextSize = 512;

// A core on its own buffers, with registers (half of them addresses in or
// near its memory), memory and flags drawn from `seed`.
struct TestCore {
  u64 registers[32];
  u8 memory[kMemory];
  u8 output[64];
  Core core;

  TestCore(unsigned seed, u64 pc) {
    std::mt19937 rng(seed);
    for (u32 n = 0; n < 32; ++n) registers[n] = n % 2 ? rng() % (kMemory + 16) : u64(rng()) << 32 | rng();
    for (u64 i = 0; i < kMemory; i += 4) store_aligned<u32>(memory + i, rng());
    core.r = {registers, 1};
    core.pc = pc;
    core.next_pc = pc + 4;
    core.nzcv = (rng() % 16) << 28;
    core.memory = memory;
    core.memory_size = kMemory;
    core.program = nullptr;
    core.text_start = kTextStart;
    core.text_size = kTextSize;
    core.private_fetch = false;
    core.output = output;
    core.output_length = 0;
    core.output_capacity = sizeof output;
  }
  TestCore(const TestCore&) = delete;
};

TEST(MicroOpTest, EachWordDoesWhatTheDecodeTreeDoes) {
  std::mt19937 rng(11);
  u32 kinds_seen[kMicroOpKinds] = {};
  for (int i = 0; i < 100000; ++i) {
    u32 word = random_word(rng);
    u32 index = rng() % (kTextSize / 4);
    u64 pc = kTextStart + 4 * index;
    unsigned seed = rng();
    TestCore decoded(seed, pc), predecoded(seed, pc);
    execute_instruction(decoded.core, word);
    MicroOp op = predecode(word, pc, {kTextStart, kTextSize / 4});
    ++kinds_seen[op.kind];
    u32 next = execute_micro_op(predecoded.core, op, index);
    const Core &d = decoded.core, &p = predecoded.core;
    SCOPED_TRACE(testing::Message() << std::hex << "word " << word << " at " << pc);
    ASSERT_EQ(p.stop_reason, d.stop_reason);
    ASSERT_EQ(p.stop_detail, d.stop_detail);
    if (d.stop_reason == kNone) {
      ASSERT_EQ(next == kLeave ? p.next_pc : kTextStart + 4 * u64(next), d.next_pc);
    }
    ASSERT_EQ(p.nzcv, d.nzcv);
    ASSERT_EQ(p.private_fetch, d.private_fetch);
    for (u32 n = 0; n < 32; ++n) ASSERT_EQ(predecoded.registers[n], decoded.registers[n]) << "x" << n;
    ASSERT_EQ(0, std::memcmp(predecoded.memory, decoded.memory, kMemory));
    ASSERT_EQ(p.output_length, d.output_length);
  }
  for (u32 kind = kGeneric; kind < kMicroOpKinds; ++kind) EXPECT_GT(kinds_seen[kind], 50u) << "kind " << kind;
}

TEST(MicroOpTest, ProgramsEndAsWhenDecodedFromMemory) {
  constexpr u32 kWords = 64;
  constexpr u64 kMemory = 64 << 10;  // room for unsigned offsets of up to 32 KiB
  std::mt19937 rng(5);
  u64 instructions = 0;
  for (int program_number = 0; program_number < 1500; ++program_number) {
    std::vector<u32> program(kWords);
    for (u32& w : program) {
      // Data processing, loads and stores, and short conditional branches,
      // so that runs loop inside the program; now and then any form.
      static const u32 kLoopForms[] = {0, 1, 2, 3, 4, 5, 6, 14, 16, 17, 18, 19, 20, 21, 22, 23};
      const Form& form = kForms[rng() % 16 ? kLoopForms[rng() % std::size(kLoopForms)] : rng() % std::size(kForms)];
      w = (u32(rng()) & ~form.mask) | form.value;
      if (rng() % 3 == 0) w = 0x54000000 | (((rng() % 32) - 16) & 0x7ffff) << 5 | (rng() % 15);
    }
    program.push_back(kHlt0);
    // The same words as the shared image (run as micro-ops) and as the
    // core's own program (decoded from its memory).
    Machine shared = make_machine(BackendKind::cpu, 1, kMemory, 64), own = make_machine(BackendKind::cpu, 1, kMemory, 64);
    shared.load_program(code(program), 0);
    own.load_program(code(program), 0, 0);
    unsigned seed = rng();
    for (Machine* m : {&shared, &own}) {
      std::mt19937 same(seed);
      for (u32 n = 0; n < 32; ++n) m->registers()[n] = same() % (kMemory / 4);
      m->pc()[0] = 4 * (same() % kWords);
    }
    SCOPED_TRACE(testing::Message() << "program " << program_number);
    for (int run = 0; run < 3; ++run) {  // the later ones resume where the cycle limit stopped the core
      u64 ran = shared.execute(333).instructions;
      EXPECT_EQ(ran, own.execute(333).instructions);
      instructions += ran;
      ASSERT_EQ(shared.stop_reason()[0], own.stop_reason()[0]);
      ASSERT_EQ(shared.stop_detail()[0], own.stop_detail()[0]);
      ASSERT_EQ(shared.pc()[0], own.pc()[0]);
      ASSERT_EQ(shared.cycles()[0], own.cycles()[0]);
      ASSERT_EQ(shared.flags()[0], own.flags()[0]);
      for (u32 n = 0; n < 32; ++n) ASSERT_EQ(shared.registers()[n], own.registers()[n]) << "x" << n;
      ASSERT_EQ(shared.read_memory(0, 0, kMemory), own.read_memory(0, 0, kMemory));
    }
  }
  EXPECT_GT(instructions, 100000u);  // the programs ran, not only stopped
}

}  // namespace
}  // namespace ingot::arm64
