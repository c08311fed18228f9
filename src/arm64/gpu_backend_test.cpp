// The GPU backend against the CPU backend, its reference: the kernel's
// source compiles with NVRTC (wherever NVRTC is, GPU or not), and thousands
// of cores running random instruction streams end in exactly the same
// state on both. The streams reach every instruction group and many
// undefined encodings; where host and device C++ differ (shifts past the
// width, division edge cases, unaligned accesses) they would part.
#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "arm64/gpu_backend.h"
#include "arm64/kernel_source.h"
#include "arm64/test_support.h"
#include "gpu/nvrtc.h"
#include "gpu/test_device.h"

namespace ingot::arm64 {
namespace {

TEST(GpuKernelTest, SourceCompilesWithNvrtc) {
  if (!gpu::process_nvrtc().failure.empty()) GTEST_SKIP() << "no NVRTC: " << gpu::process_nvrtc().failure;
  for (const char* reconverge : {"-DARM64_RECONVERGE=0", "-DARM64_RECONVERGE=1"}) {
    gpu::CompileOptions options;
    options.options = {reconverge};
    gpu::KernelImage image = gpu::compile_image(kernel_source(), options, {"sm_90", gpu::KernelImage::Format::cubin});
    EXPECT_FALSE(image.bytes.empty());
  }
}

// An instruction from the implemented groups mostly, with random operands.
u32 random_instruction(std::mt19937& rng) {
  static const u32 groups[] = {8, 9, 5, 13, 4, 6, 12, 14, 10, 11};  // bits 28:25
  switch (rng() % 64) {  // the exact words that stop a core
    case 0: return 0xd4000001;                           // svc #0
    case 1: return 0xd4400000 | (rng() & 0xffff) << 5;  // hlt
    case 2: return 0xd4200000 | (rng() & 0xffff) << 5;  // brk
    default: break;
  }
  u32 word = rng();
  u32 group = groups[rng() % std::size(groups)];
  word = (word & ~(15u << 25)) | group << 25;
  if ((group & 5) == 4) word &= ~(1u << 26);     // loads and stores of general registers
  if (group == 10 && rng() % 4 != 0) word = 0x54000000 | (((rng() % 64) - 32) & 0x7ffff) << 5 | (rng() % 15);
  return word;
}

class GpuBackendTest : public gpu::GpuTest {};

void seed(Machine& m, bool shared_program, unsigned seed) {
  std::mt19937 rng(seed);
  constexpr u32 kWords = 512;
  std::vector<u32> program(kWords);
  for (u32& w : program) w = random_instruction(rng);
  if (shared_program) m.load_program(code(program), 0);
  for (u32 core = 0; core < m.cores(); ++core) {
    if (!shared_program) {
      for (u32& w : program) w = random_instruction(rng);
      m.load_program(code(program), 0, core);
    }
    for (u32 n = 0; n < 32; ++n)  // half near the memory, so that loads and stores land
      m.registers()[core * 32 + n] = n % 2 ? rng() % m.memory_size() : (u64(rng()) << 32 | rng());
    m.registers()[core * 32 + 31] = m.memory_size() / 2;
    static const u64 syscalls[] = {64, 64, 93, 172};  // write, exit, getpid
    m.registers()[core * 32 + 8] = syscalls[rng() % 4];
    if (rng() % 2) m.registers()[core * 32 + 0] = 1;  // standard output
    m.flags()[core] = (rng() % 16) << 28;
    m.pc()[core] = 4 * (rng() % 64);
  }
}

void expect_same_state(const Machine& gpu, const Machine& cpu) {
  u32 cores = cpu.cores();
  for (u32 core = 0; core < cores; ++core) {
    SCOPED_TRACE(testing::Message() << "core " << core);
    ASSERT_EQ(gpu.stop_reason()[core], cpu.stop_reason()[core]);
    ASSERT_EQ(gpu.stop_detail()[core], cpu.stop_detail()[core]);
    ASSERT_EQ(gpu.pc()[core], cpu.pc()[core]);
    ASSERT_EQ(gpu.cycles()[core], cpu.cycles()[core]);
    ASSERT_EQ(gpu.flags()[core], cpu.flags()[core]);
    for (u32 n = 0; n < 32; ++n) ASSERT_EQ(gpu.registers()[core * 32 + n], cpu.registers()[core * 32 + n]) << "x" << n;
    ASSERT_EQ(0, std::memcmp(gpu.memory(core), cpu.memory(core), cpu.memory_size()));
    ASSERT_EQ(gpu.output(core), cpu.output(core));
  }
}

TEST_F(GpuBackendTest, RandomProgramsEndAsOnTheCpu) {
  struct Variant {
    const char* name;
    bool shared_program;
    GpuOptions options;
  } variants[] = {
      {"own programs", false, {}},
      {"one program", true, {}},
      {"reconvergence", false, {.reconverge = true}},
      {"mapped", true, {.mapped = true, .threads_per_block = 64}},
  };
  std::vector<u32> stops(kStopReasonCount);
  for (const Variant& v : variants) {
    SCOPED_TRACE(v.name);
    constexpr u32 kCores = 2048;
    Machine gpu = make_machine(BackendKind::gpu, kCores, 16 << 10, 64, v.options);
    Machine cpu = make_machine(BackendKind::cpu, kCores, 16 << 10, 64);
    seed(gpu, v.shared_program, 7);
    seed(cpu, v.shared_program, 7);
    for (int run = 0; run < 2; ++run) {  // the second resumes cores stopped by their limit
      RunSummary on_gpu = gpu.execute(3000), on_cpu = cpu.execute(3000);
      EXPECT_EQ(on_gpu.instructions, on_cpu.instructions);
      expect_same_state(gpu, cpu);
    }
    for (u32 core = 0; core < kCores; ++core) ++stops[cpu.stop_reason()[core]];
  }
  // The streams stop every way there is, so every way is compared.
  for (u32 reason : {kCycleLimit, kExit, kHalt, kBreakpoint, kUndefinedInstruction, kMemoryFault, kUnsupportedSyscall})
    EXPECT_GT(stops[reason], 0u) << reason;
}

TEST_F(GpuBackendTest, LargeFarmOfOneLoopRunsEveryCore) {
  constexpr u32 kCores = 20000;  // not a multiple of the block
  Machine m = make_machine(BackendKind::gpu, kCores, 4096);
  m.load_program(code({
                     0x91000421,  // 0: add x1, x1, #1
                     0xf90007e1,  // str x1, [sp, #8]
                     0xf1000400,  // subs x0, x0, #1
                     0x54ffffa1,  // b.ne 0
                     kHlt0,
                 }),
                 0);
  for (u32 core = 0; core < kCores; ++core) {
    m.registers()[core * 32] = 1 + core % 97;
    m.registers()[core * 32 + 31] = 2048;
  }
  m.execute(1 << 20);
  for (u32 core = 0; core < kCores; ++core) {
    ASSERT_EQ(m.stop_reason()[core], kHalt) << core;
    ASSERT_EQ(m.registers()[core * 32 + 1], 1 + core % 97) << core;
    ASSERT_EQ(m.read_memory(core, 2056, 8), code({1 + core % 97, 0})) << core;
  }
}

}  // namespace
}  // namespace ingot::arm64
