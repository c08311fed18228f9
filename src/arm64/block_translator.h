// Translates the shared program image into one CUDA C++ kernel, compiled by
// NVRTC at run time (the GPU backend) or by the host compiler (the tests):
// the way past the interpreter loop's cost for one core (README: "Why one
// core was slow", "Translated blocks").
//
// Each basic block of the image becomes a labelled straight-line sequence:
// every instruction is the interpreter's own execute_instruction() called
// with its word and pc as constants, so that once the compiler has inlined
// and folded it, only that word's effect is left, on guest registers kept
// in locals (the compiler's registers). Flags are lazy: ADDS and SUBS leave
// their operands, and NZCV is built from them where it is read, written or
// leaves the translated code (LazyFlags in translated_kernel.h); the folding
// then keeps only the bits a condition tests. The semantics are the
// interpreter's by construction; what the translation adds is only control
// flow and bookkeeping:
//  * a block of n instructions is entered only when at least n cycles are
//    left; otherwise the interpreter runs the tail, so a cycle limit stops
//    the core at exactly the same instruction;
//  * an instruction that stops the core (fault, exit, undefined, HLT ...)
//    leaves with the pc at it and the cycles of the instructions before it;
//  * a direct branch goes straight to its target's block; an indirect one
//    (BR, BLR, RET) goes through a switch on the pc, and a pc that starts no
//    translated block runs in the interpreter up to one that does;
//  * a store into the program image (self-modifying code) makes the core
//    fetch its own memory from then on (Core::store), so the translated
//    code is left for the interpreter for the rest of the run, as is a core
//    that already fetches its own memory.
#pragma once

#include <span>
#include <string>

#include "arm64/portable.h"

namespace ingot::arm64 {

struct TranslatedProgram {
  std::string source;  // the whole kernel: the interpreter's text and the blocks
  u64 blocks = 0;        // translated
  u64 instructions = 0;  // in them
};

// The kernel's entry point: extern "C" void arm64_translated(MachineView),
// on the GPU one thread per core, on the host a loop over the cores.
inline constexpr const char* kTranslatedKernelName = "arm64_translated";

// NVRTC's time grows with the translated code, 10 to 20 ms an instruction
// on the GPU machine (README), so a large image has only its loops
// translated.
inline constexpr u64 kTranslationBudget = 1024;

// The kernel for the image of `words` at `start` (a multiple of 4), with
// at most `budget` of its instructions translated.
TranslatedProgram translate_program(std::span<const u32> words, u64 start, u64 budget = kTranslationBudget);

}  // namespace ingot::arm64
