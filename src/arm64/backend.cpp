#include "arm64/backend.h"

#include "arm64/cpu_backend.h"
#include "arm64/gpu_backend.h"
#include "gpu/nvrtc.h"

namespace ingot::arm64 {

bool gpu_backend_available(std::string* reason) {
  std::string why;
  if (!gpu::is_available()) why = "no CUDA device: " + gpu::unavailable_reason();
  else if (!gpu::process_nvrtc().failure.empty()) why = "no NVRTC: " + gpu::process_nvrtc().failure;
  if (reason) *reason = why;
  return why.empty();
}

std::unique_ptr<Backend> make_backend(BackendKind kind, const Geometry& geometry, const GpuOptions& options) {
  if (kind == BackendKind::automatic) kind = gpu_backend_available() ? BackendKind::gpu : BackendKind::cpu;
  if (kind == BackendKind::gpu) return std::make_unique<GpuBackend>(geometry, options);
  return std::make_unique<CpuBackend>(geometry);
}

}  // namespace ingot::arm64
