// The interpreter as a CUDA kernel (gpu_kernel.h), compiled at run time by
// NVRTC through the GPU layer's caches. The machine's state, memory and
// output are zero-copy shared buffers, which Python views in place; a run
// copies them to device memory, launches one thread per core, and copies
// them back: one bulk copy each way instead of a trip across the bus at
// every fetch, load and store (GpuOptions::mapped runs in place).
//
// With translation (GpuOptions::translation), the shared program image also
// becomes a kernel of its own (block_translator.h), compiled when a run
// first meets that image and launched instead of the interpreter's.
#pragma once

#include <optional>
#include <vector>

#include "arm64/backend.h"
#include "gpu/gpu.h"

namespace ingot::arm64 {

class GpuBackend final : public Backend {
 public:
  GpuBackend(const Geometry& geometry, const GpuOptions& options);

  std::string_view name() const override { return "gpu"; }
  MachineAddresses host_addresses() const override;
  double run(std::span<const MicroOp> program, const ProgramImage& image) override;

  const gpu::Kernel& kernel() const { return kernel_; }
  // Whether runs of `image` go through translated blocks.
  bool translates(const ProgramImage& image) const;
  // The translated kernel of `image`, compiled if it is not the last one's.
  const gpu::Kernel& translated_kernel(const ProgramImage& image);

 private:
  void upload_program(std::span<const MicroOp> program);

  Geometry geometry_;
  StateLayout layout_;
  GpuOptions options_;
  gpu::Device device_;
  gpu::Kernel kernel_;
  gpu::Buffer state_, memory_, output_;                       // shared
  gpu::Buffer device_state_, device_memory_, device_output_;  // staged copies, unless mapped
  gpu::Buffer program_;
  std::vector<MicroOp> program_on_device_;
  std::optional<gpu::Kernel> translated_;
  std::vector<u32> translated_words_;  // the image translated_ runs, at translated_start_
  u64 translated_start_ = 0;
};

}  // namespace ingot::arm64
