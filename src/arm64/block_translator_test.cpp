// The block translator against the interpreter: translated kernels,
// compiled here for the host by the project's own compiler, must leave
// every core exactly as the CPU backend's interpreter does (registers,
// flags, pc, cycles, stop reason and detail, memory, output), on random
// programs, the benchmark's loops stopped at every cycle count, self-
// modifying code, output draining, and the test programs of tests/arm64
// where $INGOT_ARM64_PROGRAMS names a directory of them built. On the GPU
// the same kernels, compiled by NVRTC, against the same reference.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "arm64/block_translator.h"
#include "arm64/cpu_backend.h"
#include "arm64/gpu_backend.h"
#include "arm64/test_support.h"
#include "gpu/test_device.h"

namespace ingot::arm64 {
namespace {

namespace fs = std::filesystem;
using TranslatedEntry = void (*)(MachineView);

// A translated kernel compiled into a shared object and loaded.
class HostKernel {
 public:
  explicit HostKernel(const std::string& source) {
    static int serial = 0;
    std::string stem = (fs::temp_directory_path() /
                        ("arm64-translated-" + std::to_string(getpid()) + "-" + std::to_string(serial++)))
                           .string();
    std::ofstream(stem + ".cpp") << source;
    std::string command = std::string(ARM64_HOST_CXX) + " -std=c++20 -O1 -w -shared -fPIC -o " + stem + ".so " +
                          stem + ".cpp 2> " + stem + ".log";
    if (std::system(command.c_str()) != 0) {
      std::ifstream log(stem + ".log");
      throw std::runtime_error("the translated kernel does not compile: " +
                               std::string(std::istreambuf_iterator<char>(log), {}).substr(0, 4000));
    }
    handle_ = dlopen((stem + ".so").c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) throw std::runtime_error(dlerror());
    entry_ = reinterpret_cast<TranslatedEntry>(dlsym(handle_, kTranslatedKernelName));
    if (!entry_) throw std::runtime_error(dlerror());
    fs::remove(stem + ".cpp");
    fs::remove(stem + ".log");
    fs::remove(stem + ".so");
  }
  ~HostKernel() { dlclose(handle_); }
  HostKernel(const HostKernel&) = delete;

  void operator()(const MachineView& view) const { entry_(view); }

 private:
  void* handle_ = nullptr;
  TranslatedEntry entry_ = nullptr;
};

// The CPU backend's memory, run by translated kernels compiled for the
// host: what the GPU backend does with translation, without a GPU.
class HostTranslatedBackend final : public Backend {
 public:
  HostTranslatedBackend(const Geometry& geometry, u64 budget) : geometry_(geometry), memory_(geometry), budget_(budget) {}

  std::string_view name() const override { return "translated"; }
  MachineAddresses host_addresses() const override { return memory_.host_addresses(); }
  double run(std::span<const MicroOp> program, const ProgramImage& image) override {
    if (!kernel_ || start_ != image.start || !std::equal(image.words.begin(), image.words.end(), words_.begin(), words_.end())) {
      kernel_ = std::make_unique<HostKernel>(translate_program(image.words, image.start, budget_).source);
      words_.assign(image.words.begin(), image.words.end());
      start_ = image.start;
    }
    MachineAddresses at = host_addresses();
    at.program = program.data();
    (*kernel_)(make_view(geometry_, StateLayout(geometry_.cores), at, image));
    return 0;
  }

 private:
  Geometry geometry_;
  CpuBackend memory_;
  u64 budget_;
  std::unique_ptr<HostKernel> kernel_;
  std::vector<u32> words_;
  u64 start_ = 0;
};

Machine translated(u32 cores, u64 memory_size, u32 output_capacity = 4096, u64 budget = kTranslationBudget) {
  Geometry geometry{cores, memory_size, output_capacity};
  return Machine(geometry, std::make_unique<HostTranslatedBackend>(geometry, budget));
}

void expect_same_state(const Machine& got, const Machine& want) {
  for (u32 core = 0; core < want.cores(); ++core) {
    SCOPED_TRACE(testing::Message() << "core " << core);
    ASSERT_EQ(got.stop_reason()[core], want.stop_reason()[core]);
    ASSERT_EQ(got.stop_detail()[core], want.stop_detail()[core]);
    ASSERT_EQ(got.pc()[core], want.pc()[core]);
    ASSERT_EQ(got.cycles()[core], want.cycles()[core]);
    ASSERT_EQ(got.flags()[core], want.flags()[core]);
    for (u32 n = 0; n < 32; ++n) ASSERT_EQ(got.registers()[core * 32 + n], want.registers()[core * 32 + n]) << "x" << n;
    ASSERT_EQ(0, std::memcmp(got.memory(core), want.memory(core), want.memory_size()));
    ASSERT_EQ(got.output(core), want.output(core));
  }
}

// Random words, mostly of forms that run on (data processing, loads and
// stores near the registers' addresses, short branches both ways), so that
// programs loop and stop in every way there is; and many that set and read
// the flags, which the translated code computes lazily.
u32 random_instruction(std::mt19937& rng) {
  switch (rng() % 48) {
    case 6: case 7: return 0x31000000 | (rng() & 0xc07fffff);  // adds, subs, cmn, cmp (immediate)
    case 8: case 9: return 0x2b000000 | (rng() & 0xc0dfffff);  // ... (shifted register)
    case 10: return 0x1a800000 | (rng() & 0xc01fffff);         // csel, csinc, csinv, csneg
    case 11: return 0x3a400000 | (rng() & 0xc01fffff);         // ccmn, ccmp
    case 12: return 0x1a000000 | (rng() & 0xe01f03ff);         // adc(s), sbc(s)
    case 0: return 0xd4000001;                           // svc #0
    case 1: return 0xd4400000 | (rng() & 0xffff) << 5;  // hlt
    case 2: return 0xd4200000 | (rng() & 0xffff) << 5;  // brk
    case 3: return 0xd65f03c0;                           // ret
    case 4: return 0xd63f0000 | (rng() % 31) << 5;      // blr
    case 5: return 0x94000000 | (((rng() % 32) - 16) & 0x3ffffff);  // bl
    default: break;
  }
  if (rng() % 4 == 0) {
    u32 word = 0x54000000 | (((rng() % 32) - 16) & 0x7ffff) << 5 | (rng() % 15);  // b.cond
    switch (rng() % 4) {
      case 0: return word;
      case 1: return 0x34000000 | (rng() & 0x81000000) | (word & 0xffffe0) | rng() % 31;  // cbz, cbnz
      case 2: return 0x36000000 | (rng() & 0x81f80000) | (word & 0x7ffe0) | rng() % 31;  // tbz, tbnz
      default: return 0x14000000 | (((rng() % 32) - 16) & 0x3ffffff);                     // b
    }
  }
  static const u32 groups[] = {8, 9, 5, 13, 4, 6, 12, 14};  // bits 28:25
  u32 group = groups[rng() % std::size(groups)];
  u32 word = (u32(rng()) & ~(15u << 25)) | group << 25;
  if ((group & 5) == 4) word &= ~(1u << 26);  // general registers
  return word;
}

// Valid words that run on, most of the time: arithmetic and logic on the
// general registers (sp left alone), moves, flag setters and readers, loads
// and stores near sp, short branches, calls and returns; so that cores run
// many instructions through the translated blocks before they stop.
u32 flowing_instruction(std::mt19937& rng) {
  u32 r = rng(), rd = rng() % 31;
  switch (rng() % 16) {
    case 0: case 1: return 0x11000000 | (r & 0xe07fffe0) | rd;  // add(s), sub(s) (immediate)
    case 2: return 0x0b000000 | (r & 0xe05fffff);               // ... (shifted register), LSL LSR ASR
    case 3: return 0x0a000000 | (r & 0xe0df7fff);               // and orr eor ands (bic ...)
    case 4: return 0x12800000 | (r & 0x805fffff);               // movn, movz, movk (hw < 2)
    case 5: return 0x1a800000 | (r & 0xc01ff7ff);               // csel, csinc, csinv, csneg
    case 6: return 0x7a400000 | (r & 0x801ffbef);               // ccmp (register, immediate)
    case 7: return 0x1a000000 | (r & 0xe01f03ff);               // adc(s), sbc(s)
    case 8: case 9: {  // ldr/str of 1 to 8 bytes at sp + up to 63 units
      u32 size = rng() % 4;
      return 0x39000000 | size << 30 | (rng() % 2) << 22 | (rng() % 64) << 10 | 31 << 5 | (r & 31);
    }
    case 10: case 11: return 0x54000000 | (((rng() % 24) - 16) & 0x7ffff) << 5 | (rng() % 15);  // b.cond
    case 12: return 0x34000000 | (r & 0x81000000) | (((rng() % 24) - 16) & 0x7ffff) << 5 | (r & 31);  // cbz, cbnz
    case 13: return 0x36000000 | (r & 0x81f80000) | (((rng() % 24) - 16) & 0x3fff) << 5 | (r & 31);  // tbz, tbnz
    case 14: return rng() % 4 ? 0x94000000 | (rng() % 8 + 1) : 0xd65f03c0;  // bl ahead, ret
    default: return rng() % 32 ? 0x14000000 | (((rng() % 24) - 16) & 0x3ffffff) : kHlt0;  // b, hlt
  }
}

void seed_cores(Machine& m, unsigned seed, u32 words) {
  std::mt19937 rng(seed);
  for (u32 core = 0; core < m.cores(); ++core) {
    for (u32 n = 0; n < 32; ++n)  // half near the memory, so that loads and stores land
      m.registers()[core * 32 + n] = n % 2 ? rng() % m.memory_size() : (u64(rng()) << 32 | rng());
    m.registers()[core * 32 + 31] = m.memory_size() / 2;
    static const u64 syscalls[] = {64, 64, 93, 172};  // write, exit, getpid
    m.registers()[core * 32 + 8] = syscalls[rng() % 4];
    if (rng() % 2) m.registers()[core * 32 + 0] = 1;
    m.flags()[core] = (rng() % 16) << 28;
    m.pc()[core] = 4 * (rng() % (words + 4));  // some start past the image
  }
}

// Both machines run the same program from the same state, in runs of
// `limits` cycles each, and must agree after every run.
void run_both(Machine& got, Machine& want, std::initializer_list<u64> limits) {
  for (u64 limit : limits) {
    RunSummary a = got.execute(limit), b = want.execute(limit);
    EXPECT_EQ(a.instructions, b.instructions);
    expect_same_state(got, want);
  }
}

TEST(BlockTranslatorTest, BlocksEndAtBranchesAndStartAtTargets) {
  TranslatedProgram t = translate_program(std::vector<u32>{
                                              0x91000421,  // 0: add x1, x1, #1
                                              0xca010042,  // eor x2, x2, x1
                                              0xf1000400,  // subs x0, x0, #1
                                              0x54ffffa1,  // b.ne 0
                                              kHlt0,
                                          },
                                          0x1000);
  EXPECT_EQ(t.blocks, 2u);
  EXPECT_EQ(t.instructions, 5u);
  EXPECT_NE(t.source.find("if (c.pc == 0x1000ull) goto b0;"), std::string::npos);
  EXPECT_NE(t.source.find("if (c.pc == 0x1010ull) goto b4;"), std::string::npos);
}

TEST(BlockTranslatorTest, BudgetKeepsTheLoops) {
  std::vector<u32> words(300, 0xd503201f);  // nop
  words[200] = 0x54fffb01;                  // 200: b.ne 160
  words.push_back(kHlt0);
  TranslatedProgram t = translate_program(words, 0, 50);
  EXPECT_EQ(t.blocks, 1u);
  EXPECT_EQ(t.instructions, 41u);
  EXPECT_NE(t.source.find("case 0x280ull: goto b160;"), std::string::npos);
}

TEST(BlockTranslatorTest, RandomProgramsEndAsInTheInterpreter) {
  constexpr u32 kCores = 256, kWords = 512;
  u64 instructions = 0;
  for (unsigned program = 0; program < 8; ++program) {
    SCOPED_TRACE(testing::Message() << "program " << program);
    std::mt19937 rng(100 + program);
    std::vector<u32> words(kWords);
    // Any words (that stop cores every way there is), then words that run on.
    for (u32& w : words) w = program < 4 ? random_instruction(rng) : flowing_instruction(rng);
    // Every other one translates only some blocks; the rest run in the interpreter.
    Machine got = translated(kCores, 16 << 10, 1 << 12, program % 2 ? kTranslationBudget : 50 + 50 * program);
    Machine want = make_machine(BackendKind::cpu, kCores, 16 << 10, 1 << 12);
    for (Machine* m : {&got, &want}) {
      m->load_program(code(words), 0);
      seed_cores(*m, program, kWords);
    }
    run_both(got, want, {1, 2, 3, 50, 1000, 100000});
    for (u32 core = 0; core < kCores; ++core) instructions += want.cycles()[core];
  }
  EXPECT_GT(instructions, 1'000'000u);  // the cores ran, not only stopped
}

TEST(BlockTranslatorTest, LoopsStopAtEveryCycleCount) {
  const std::vector<u32> loop = {
      0x91000421,  // 0: add x1, x1, #1
      0xf90007e1,  // str x1, [sp, #8]
      0xf1000400,  // subs x0, x0, #1
      0x54ffffa1,  // b.ne 0
      kHlt0,
  };
  constexpr u32 kCores = 64;
  Machine got = translated(kCores, 4096), want = make_machine(BackendKind::cpu, kCores, 4096);
  for (Machine* m : {&got, &want}) {
    m->load_program(code(loop), 0);
    for (u32 core = 0; core < kCores; ++core) {
      m->registers()[core * 32] = 1 + core % 7;
      m->registers()[core * 32 + 31] = 2048;
    }
  }
  for (u64 limit = 1; limit < 13; ++limit) run_both(got, want, {limit});
  run_both(got, want, {1 << 20});
  for (u32 core = 0; core < kCores; ++core) EXPECT_EQ(want.stop_reason()[core], kHalt);
}

TEST(BlockTranslatorTest, StoresIntoTheProgramRunWhatTheyWrote) {
  const std::vector<u32> program = {
      0x58000081,  // 0: ldr x1, 16 (literal: the word below)
      0xb9000801,  // str w1, [x0, #8]: overwrites the word at 8
      0xd503201f,  // 8: nop, becomes movz x2, #7
      kHlt0,       // 12
      0xd28000e2,  // 16: movz x2, #7 (as data)
  };
  Machine got = translated(1, 4096), want = make_machine(BackendKind::cpu, 1, 4096);
  for (Machine* m : {&got, &want}) m->load_program(code(program), 0);
  run_both(got, want, {100});
  EXPECT_EQ(want.registers()[2], 7u);
  EXPECT_EQ(want.stop_reason()[0], kHalt);
}

TEST(BlockTranslatorTest, OutputIsDrainedAndResumed) {
  // Writes 12 bytes at 64, x3 times, into output buffers of 16 bytes.
  const std::vector<u32> program = {
      0xd2800020,  // 0: movz x0, #1
      0xd2800801,  // movz x1, #64
      0xd2800182,  // movz x2, #12
      0xd2800808,  // movz x8, #64 (write)
      0xd4000001,  // svc #0
      0xf1000463,  // subs x3, x3, #1
      0x54ffff41,  // b.ne 0
      kHlt0,
  };
  Machine got = translated(2, 4096, 16), want = make_machine(BackendKind::cpu, 2, 4096, 16);
  for (Machine* m : {&got, &want}) {
    m->load_program(code(program), 0);
    m->write_memory(0, 64, code({0x6c6c6568, 0x6f77206f, 0x0a646c72}));
    m->registers()[3] = 5;
    m->registers()[32 + 3] = 2;
  }
  run_both(got, want, {1000});
  EXPECT_EQ(want.output(0).size(), 60u);
}

// A static ELF image's loadable segments (tests/arm64/programs.py builds them).
struct ElfProgram {
  u64 entry = 0;
  struct Segment {
    u64 address;
    std::vector<u8> data;
    bool executable;
  };
  std::vector<Segment> segments;
};

ElfProgram read_elf(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<u8> bytes((std::istreambuf_iterator<char>(in)), {});
  auto field = [&](size_t offset, size_t size) {
    u64 value = 0;
    std::memcpy(&value, bytes.data() + offset, size);
    return value;
  };
  ElfProgram p;
  p.entry = field(24, 8);
  u64 phoff = field(32, 8), phentsize = field(54, 2), phnum = field(56, 2);
  for (u64 i = 0; i < phnum; ++i) {
    u64 h = phoff + i * phentsize;
    if (field(h, 4) != 1) continue;  // PT_LOAD
    u64 offset = field(h + 8, 8), address = field(h + 16, 8), file_size = field(h + 32, 8), memory_size = field(h + 40, 8);
    std::vector<u8> data(bytes.begin() + offset, bytes.begin() + offset + file_size);
    data.resize(memory_size);
    p.segments.push_back({address, std::move(data), (field(h + 4, 4) & 1) != 0});
  }
  return p;
}

void install(Machine& m, const ElfProgram& p, u64 memory_size) {
  for (const ElfProgram::Segment& s : p.segments) {
    if (s.executable) m.load_program(s.data, s.address);
    else m.write_memory(0, s.address, s.data);
  }
  m.set_pc(0, p.entry);
  m.registers()[31] = memory_size;
}

TEST(BlockTranslatorTest, TestProgramsEndAsInTheInterpreter) {
  const char* directory = std::getenv("INGOT_ARM64_PROGRAMS");
  if (!directory) GTEST_SKIP() << "$INGOT_ARM64_PROGRAMS names no directory of built test programs";
  constexpr u64 kMemory = 4 << 20;
  int programs = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() != ".elf") continue;
    SCOPED_TRACE(entry.path().filename().string());
    ElfProgram p = read_elf(entry.path());
    Machine got = translated(1, kMemory, 256), want = make_machine(BackendKind::cpu, 1, kMemory, 256);
    install(got, p, kMemory);
    install(want, p, kMemory);
    run_both(got, want, {1000, 7, 100'000'000});
    EXPECT_NE(want.stop_reason()[0], kCycleLimit);
    ++programs;
  }
  EXPECT_GT(programs, 0);
}

class TranslatedGpuTest : public gpu::GpuTest {};

TEST_F(TranslatedGpuTest, RandomProgramsEndAsOnTheCpu) {
  constexpr u32 kCores = 2048, kWords = 512;
  std::mt19937 rng(3);
  std::vector<u32> words(kWords);
  for (u32& w : words) w = rng() % 4 ? flowing_instruction(rng) : random_instruction(rng);
  Machine gpu = make_machine(BackendKind::gpu, kCores, 16 << 10, 1 << 12, {.translation = Translation::on});
  Machine cpu = make_machine(BackendKind::cpu, kCores, 16 << 10, 1 << 12);
  for (Machine* m : {&gpu, &cpu}) {
    m->load_program(code(words), 0);
    seed_cores(*m, 3, kWords);
  }
  run_both(gpu, cpu, {1, 2, 3, 50, 1000, 100000});
}

TEST_F(TranslatedGpuTest, OneCoreTranslatesByDefaultAndStopsAtEveryCycleCount) {
  const std::vector<u32> loop = {0x91000421, 0xf90007e1, 0xf1000400, 0x54ffffa1, kHlt0};
  Machine gpu = make_machine(BackendKind::gpu, 1, 4096), cpu = make_machine(BackendKind::cpu, 1, 4096);
  for (Machine* m : {&gpu, &cpu}) {
    m->load_program(code(loop), 0);
    m->registers()[0] = 1000;
    m->registers()[31] = 2048;
  }
  std::vector<u32> loaded = loop;
  EXPECT_TRUE(dynamic_cast<const GpuBackend&>(gpu.backend()).translates({0, 20, loaded}));
  for (u64 limit = 1; limit < 13; ++limit) run_both(gpu, cpu, {limit});
  run_both(gpu, cpu, {1 << 20});
  EXPECT_EQ(cpu.stop_reason()[0], kHalt);
}

}  // namespace
}  // namespace ingot::arm64
