// The interpreter compiled for the host: runs where there is no GPU, and is
// the reference the GPU backend is tested against. Cores run in parallel on
// the host's threads; each runs on its registers in place.
#pragma once

#include <cstdlib>
#include <memory>

#include "arm64/backend.h"

namespace ingot::arm64 {

class CpuBackend final : public Backend {
 public:
  explicit CpuBackend(const Geometry& geometry);

  std::string_view name() const override { return "cpu"; }
  MachineAddresses host_addresses() const override;
  double run(std::span<const MicroOp> program, const ProgramImage& image) override;

 private:
  struct Free {
    void operator()(void* p) const { std::free(p); }
  };
  // calloc, so that a large farm's memory costs only the pages it touches.
  using Memory = std::unique_ptr<std::byte, Free>;
  static Memory zeroed(size_t bytes);

  Geometry geometry_;
  StateLayout layout_;
  Memory state_, memory_, output_;
};

}  // namespace ingot::arm64
