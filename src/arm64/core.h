// One core while it runs: its registers, pc and flags, its memory, and how
// it stops. Every instruction group (the *_instructions.h headers) works on
// a Core.
#pragma once

#include "arm64/machine_view.h"
#include "arm64/micro_op.h"
#include "arm64/portable.h"

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
