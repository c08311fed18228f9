#include "arm64/block_translator.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "arm64/kernel_source.h"
#include "arm64/predecode.h"

namespace ingot::arm64 {
namespace {

// Long blocks would leave long tails to the interpreter near a cycle limit.
constexpr u64 kMaxBlock = 64;

// Whether `word` may go on elsewhere than pc + 4 (op0 = 101x: branches,
// exceptions, system; hints excepted), so that a block ends with it.
bool ends_block(u32 word, const MicroOp& op) { return ((word >> 26) & 7) == 5 && op.kind != kNop; }

// Loads and stores (op0 = x1x0): a store may land in the program image.
bool accesses_memory(u32 word) { return ((word >> 25) & 5) == 4; }

// Whether `word` neither reads nor writes NZCV, by the decode tree's
// groups; where unsure, no (the flags are then settled before it).
bool flag_free(u32 word) {
  switch ((word >> 25) & 15) {
    case 8: case 9: return ((word >> 29) & 1) == 0;  // S of add/subtract, and opc 0x of logical
    case 4: case 6: case 12: case 14: return true;  // loads and stores
    case 5: case 13:
      if (((word >> 28) & 1) == 0) return ((word >> 29) & 1) == 0;  // S, or opc 0x of logical
      return ((word >> 24) & 1) != 0 || ((word >> 21) & 15) == 6;  // 3-source, 1- and 2-source
    case 10: case 11:
      return (word & 0x7c000000) == 0x14000000 || (word & 0x7c000000) == 0x34000000 ||  // B BL, CB TB
             (word & 0xfe000000) == 0xd6000000;                                         // BR BLR RET ...
    default: return false;
  }
}

// Whether `word` reads NZCV and writes none: B.cond; CSEL CSINC CSINV
// CSNEG; ADC SBC.
bool reads_flags_only(u32 word) {
  return (word & 0xff000000) == 0x54000000 || (word & 0x3fe00000) == 0x1a800000 || (word & 0x3fe00000) == 0x1a000000;
}

// The translated kernel's function that runs `word` with its flags owed, if
// any: ADDS and SUBS with an immediate or a valid shifted register.
const char* lazy_flags_function(u32 word) {
  if ((word & 0x3f800000) == 0x31000000) return "add_immediate_lazily";
  u32 type = (word >> 22) & 3, amount = (word >> 10) & 0x3f;
  if ((word & 0x3f200000) == 0x2b000000 && type != 3 && (word >> 31 || amount < 32)) return "add_shifted_lazily";
  return nullptr;
}

bool is_direct_branch(const MicroOp& op) {
  return op.kind == kBranch || op.kind == kBranchConditional || op.kind == kCompareBranch || op.kind == kTestBranch;
}

struct Block {
  u64 first, length;
};

// Basic blocks: a block starts at the image's start, at every direct branch
// target, after every block end, and after kMaxBlock instructions.
std::vector<Block> find_blocks(std::span<const u32> words, std::span<const MicroOp> ops) {
  std::vector<bool> leader(words.size() + 1, false);
  leader[0] = true;
  for (u64 i = 0; i < words.size(); ++i) {
    if (is_direct_branch(ops[i])) leader[ops[i].imm] = true;
    if (ends_block(words[i], ops[i])) leader[i + 1] = true;
  }
  std::vector<Block> blocks;
  for (u64 i = 0; i < words.size();) {
    u64 end = i + 1;
    while (end < words.size() && !leader[end] && !ends_block(words[end - 1], ops[end - 1]) && end - i < kMaxBlock) ++end;
    blocks.push_back({i, end - i});
    i = end;
  }
  return blocks;
}

// The blocks to translate, within `budget` instructions: all where they
// fit, else the most deeply nested in loops first (a loop being the words
// from a backward direct branch's target to the branch), then the earliest.
// NVRTC's time grows with the kernel (kTranslationBudget), and code run
// once gains nothing from it; the rest runs in the interpreter.
std::vector<Block> select_blocks(const std::vector<Block>& blocks, std::span<const MicroOp> ops, u64 budget) {
  u64 total = 0;
  for (const Block& b : blocks) total += b.length;
  if (total <= budget) return blocks;
  std::vector<int> depth(ops.size(), 0);  // +1 at a loop's start, -1 past its end
  for (u64 i = 0; i + 2 < ops.size(); ++i)
    if (is_direct_branch(ops[i]) && ops[i].imm <= i) {
      ++depth[ops[i].imm];
      --depth[i + 1];
    }
  for (u64 i = 1; i < depth.size(); ++i) depth[i] += depth[i - 1];
  std::vector<Block> order = blocks;
  std::stable_sort(order.begin(), order.end(), [&](const Block& a, const Block& b) { return depth[a.first] > depth[b.first]; });
  std::vector<Block> chosen;
  for (const Block& b : order) {
    if (b.length > budget) continue;
    chosen.push_back(b);
    budget -= b.length;
  }
  std::sort(chosen.begin(), chosen.end(), [](const Block& a, const Block& b) { return a.first < b.first; });
  return chosen;
}

std::string label(u64 index) { return "b" + std::to_string(index); }

std::string hex(u64 value, const char* format = "%#llxull") {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

}  // namespace

TranslatedProgram translate_program(std::span<const u32> words, u64 start, u64 budget) {
  std::vector<MicroOp> ops = predecode_program(words, start);
  std::vector<Block> blocks = select_blocks(find_blocks(words, ops), ops, budget);
  std::vector<bool> starts(words.size() + 1, false);
  for (const Block& b : blocks) starts[b.first] = true;
  auto address = [start](u64 index) { return hex(start + 4 * index); };

  std::string s{translated_kernel_source()};
  s += "\nnamespace ingot::arm64 {\n\n"
       "// Bit i: whether the image's word i starts a translated block.\n"
       "ARM64_TABLE u32 kBlockStarts[] = {";
  for (u64 i = 0; i < words.size(); i += 32) {
    u32 bits = 0;
    for (u64 j = i; j < std::min<u64>(i + 32, words.size()); ++j) bits |= u32(starts[j]) << (j - i);
    s += hex(bits, "%#llxu") + ",";
  }
  s += "};\n\n"
       "ARM64_FN void run_translated(const MachineView& m, u32 core, RegisterFile spill) {\n"
       "  if (!is_resumable(m.stop_reason[core])) return;\n"
       "  TranslatedRegisters r;\n"
       "  load_registers(m, core, r);\n"
       "  Core c = load_core(m, core, RegisterFile{r.x, 1});\n"
       "  LazyFlags flags{};\n"
       "  u64 cycles = m.cycles[core];\n"
       "  const u64 limit = m.cycle_limit[core];\n"
       "dispatch:\n"
       "  if (c.private_fetch) goto interpret_all;\n"
       "  switch (c.pc) {\n";
  for (const Block& b : blocks) s += "    case " + address(b.first) + ": goto " + label(b.first) + ";\n";
  s += "    default: goto interpret_to_block;\n"
       "  }\n"
       "interpret_to_block:\n"
       "  ARM64_SETTLE_FLAGS()\n"
       "  if (interpret(m, core, spill, c, r, cycles, limit, kBlockStarts)) goto dispatch;\n"
       "  return;\n"
       "interpret_all:\n"
       "  ARM64_SETTLE_FLAGS()\n"
       "  interpret(m, core, spill, c, r, cycles, limit, nullptr);\n"
       "  return;\n";
  for (const Block& b : blocks) {
    s += label(b.first) + ": {\n  ARM64_BLOCK_ENTRY(" + address(b.first) + ", " + std::to_string(b.length) + ")\n";
    for (u64 k = 0; k < b.length; ++k) {
      u64 i = b.first + k;
      if (const char* lazily = lazy_flags_function(words[i])) {
        s += "  ARM64_LAZY(" + address(i) + ", " + lazily + ", " + hex(words[i], "0x%08llxu") + ")\n";
        continue;
      }
      std::string run = std::string(accesses_memory(words[i]) ? "ARM64_ACCESS(" : "ARM64_INSTRUCTION(") + address(i) +
                        ", " + hex(words[i], "0x%08llxu") + ", " + std::to_string(k) + ")";
      if (flag_free(words[i])) s += "  " + run + "\n";
      else if (reads_flags_only(words[i])) s += "  { ARM64_LEND_FLAGS() " + run + " ARM64_TAKE_BACK_FLAGS() }\n";
      else s += "  ARM64_SETTLE_FLAGS() " + run + "\n";
    }
    // Where the block can go on, as the translator sees it: the compiler
    // folds these tests against the constant next_pc of a direct branch.
    u64 last = b.first + b.length - 1;
    std::vector<u64> successors;
    if (is_direct_branch(ops[last])) successors.push_back(ops[last].imm);
    if (ops[last].kind != kBranch && ops[last].kind != kBranchRegister) successors.push_back(last + 1);
    s += "  cycles += " + std::to_string(b.length) + ";\n  c.pc = c.next_pc;\n";
    for (u64 next : successors)
      if (starts[next]) s += "  if (c.pc == " + address(next) + ") goto " + label(next) + ";\n";
    s += "  goto dispatch;\n}\n";
  }
  s += "done:\n"
       "  ARM64_SETTLE_FLAGS()\n"
       "  store_registers(m, core, r);\n"
       "  store_core(m, core, c, cycles);\n"
       "}\n\n"
       "}  // namespace ingot::arm64\n\n"
       "ARM64_TRANSLATED_ENTRY(arm64_translated)(const ingot::arm64::MachineView m) {\n"
       "  using namespace ingot::arm64;\n"
       "#if defined(__CUDACC__)\n"
       "  extern __shared__ u64 spill[];\n"
       "  u32 core = blockIdx.x * blockDim.x + threadIdx.x;\n"
       "  if (core < m.cores) run_translated(m, core, RegisterFile{spill + threadIdx.x, blockDim.x});\n"
       "#else\n"
       "  for (u32 core = 0; core < m.cores; ++core) {\n"
       "    u64 spill[32];\n"
       "    run_translated(m, core, RegisterFile{spill, 1});\n"
       "  }\n"
       "#endif\n"
       "}\n";
  u64 translated = 0;
  for (const Block& b : blocks) translated += b.length;
  return {std::move(s), blocks.size(), translated};
}

}  // namespace ingot::arm64
