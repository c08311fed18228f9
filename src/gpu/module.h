// Modules: compiled device code loaded onto a device, and the kernels in it.
// Source is compiled with NVRTC (compiler.h) through two caches: modules
// already loaded in this process, then the on-disk cache (kernel_cache.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "gpu/compiler.h"
#include "gpu/device.h"
#include "gpu/kernel.h"

namespace ingot::gpu {

namespace detail {
struct ModuleState;
}

class Module {
 public:
  // Compiles CUDA C++ for `device`. Throws CompileError with NVRTC's log.
  static Module compile(const Device& device, std::string_view source, const CompileOptions& options = {});

  // Loads a cubin, fatbin or PTX, from a file or from memory. The driver
  // compiles PTX for the device itself.
  static Module load(const Device& device, const std::filesystem::path& path);
  static Module from_image(const Device& device, const KernelImage& image);

  // The kernel called `name`: a name expression given when compiling
  // ("scale<float>"), or an extern "C" function.
  Kernel kernel(std::string_view name) const;

  // The symbol NVRTC gave name expression `expression`; empty if none.
  std::string_view lowered_name(std::string_view expression) const;

 private:
  explicit Module(std::shared_ptr<const detail::ModuleState> state) : state_(std::move(state)) {}
  std::shared_ptr<const detail::ModuleState> state_;
};

}  // namespace ingot::gpu
