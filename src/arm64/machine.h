// A machine of independent AArch64 cores, each with its own registers, pc,
// flags and memory: one core for Arm64CPU, thousands for Arm64Farm. The
// state lives in host memory that the backend allocated (zero-copy shared
// buffers for the GPU), and the accessors below return it in place.
//
// Program text. load_program() writes a program into every core's memory
// and also keeps it as the shared image that cores fetch instructions from,
// predecoded into micro-ops (micro_op.h), so that thousands of cores running
// one program read one copy (for the GPU, through its read-only cache) and
// no core decodes a word of it more than once. A core that stores into the image's range,
// or was given a program of its own, fetches from its own memory instead,
// so every core still runs exactly what its memory holds, unless its image
// range was changed by writing to the memory array directly (write_memory
// keeps the two in step).
#pragma once

#include <chrono>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "arm64/backend.h"

namespace ingot::arm64 {

struct MachineOptions {
  Geometry geometry;
  BackendKind backend = BackendKind::automatic;
  GpuOptions gpu;
};

struct RunSummary {
  u64 instructions = 0;  // over all cores
  double seconds = 0;    // wall time, copies included
  double run_seconds = 0;  // the cores running: a GPU backend's kernel time
  unsigned launches = 0; // more than one where output buffers were drained
};

class Machine {
 public:
  // Throws std::invalid_argument for a geometry that cannot be, and the
  // GPU layer's errors where the GPU backend was asked for and cannot run.
  explicit Machine(const MachineOptions& options);
  // On a backend of one's own making (the tests'), for `geometry`.
  Machine(const Geometry& geometry, std::unique_ptr<Backend> backend);

  u32 cores() const { return geometry_.cores; }
  u64 memory_size() const { return geometry_.memory_size; }
  const Geometry& geometry() const { return geometry_; }
  std::string_view backend_name() const { return backend_->name(); }
  const Backend& backend() const { return *backend_; }

  // The state, in place: [cores][32] registers (31 is sp), and per core pc,
  // flags (NZCV in bits 31..28), cycles, stop reason and detail.
  u64* registers() const { return view_.registers; }
  u64* pc() const { return view_.pc; }
  u32* flags() const { return view_.flags; }
  u64* cycles() const { return view_.cycles; }
  u32* stop_reason() const { return view_.stop_reason; }
  u64* stop_detail() const { return view_.stop_detail; }
  u8* memory(u32 core) const;

  // Writes `code` at `address` in every core and makes it the shared image;
  // or, given `core`, into that core's memory alone (see above). Throws
  // std::out_of_range where it does not fit, std::invalid_argument for an
  // address that is not a multiple of 4.
  void load_program(std::span<const u8> code, u64 address);
  void load_program(std::span<const u8> code, u64 address, u32 core);

  void write_memory(u32 core, u64 address, std::span<const u8> bytes);
  std::vector<u8> read_memory(u32 core, u64 address, u64 size) const;

  // Sets the pc and makes the core ready to run again, whatever stopped it.
  void set_pc(u32 core, u64 pc);

  // Runs every core that is ready (not stopped for good) for at most
  // `max_cycles` more instructions each.
  RunSummary execute(u64 max_cycles);

  // Everything core `core` wrote to fd 1, and forgetting it.
  std::string output(u32 core) const;
  void clear_output(u32 core);

 private:
  void check_core(u32 core) const;
  void check_range(u64 address, u64 size) const;
  u32 drain_full_outputs();

  Geometry geometry_;
  std::unique_ptr<Backend> backend_;
  MachineView view_;  // host addresses, without the program image
  std::vector<MicroOp> program_;  // the shared image, predecoded
  std::vector<u32> words_;        // ... and as loaded
  ProgramImage image_;
  std::vector<std::string> drained_output_;
};

}  // namespace ingot::arm64
