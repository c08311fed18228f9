// Who runs a machine's cores: the CPU backend (the interpreter compiled for
// the host, everywhere) or the GPU backend (the same interpreter as a CUDA
// kernel). A backend also allocates the machine's memory, since only it
// knows where its cores can reach it.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "arm64/state_layout.h"

namespace ingot::arm64 {

enum class BackendKind { automatic, cpu, gpu };

// Whether the GPU backend runs the shared program image as blocks translated
// to CUDA (block_translator.h) rather than through the interpreter loop:
// `automatic` does for a machine of one core, where the interpreter's cost
// per instruction is the whole run's; farms of one program already run 32
// cores per instruction issued (README).
enum class Translation { automatic, on, off };

struct GpuOptions {
  int device = 0;
  // Run on the shared buffers in place, across the bus, instead of on a
  // device copy of them: no copies, but every access crosses PCIe.
  bool mapped = false;
  // Lowest-pc-first scheduling within a warp (gpu_kernel.h). Off by
  // default: it paid only on a loop built to diverge, and cost real
  // programs 15 to 40% (src/arm64/README.md).
  bool reconverge = false;
  unsigned threads_per_block = 128;
  Translation translation = Translation::automatic;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;

  // The machine's state, memory and output, zeroed, in host memory (shared
  // with the device, for the GPU backend). Valid as long as the backend.
  virtual MachineAddresses host_addresses() const = 0;

  // Runs every resumable core until it stops or reaches its cycle limit,
  // running the shared image as `program`, its micro-ops (predecode.h).
  // Returns the seconds the cores ran, without copies to and from the device.
  virtual double run(std::span<const MicroOp> program, const ProgramImage& image) = 0;
};

// Whether a GPU backend can run here; if not, `reason` says why.
bool gpu_backend_available(std::string* reason = nullptr);

// `automatic` is the GPU where there is one, else the CPU.
std::unique_ptr<Backend> make_backend(BackendKind kind, const Geometry& geometry, const GpuOptions& options = {});

}  // namespace ingot::arm64
