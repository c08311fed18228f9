// Compiling CUDA C++ source with NVRTC, straight to a cubin for the device's
// architecture (sm_90 on an H100). Where NVRTC is older than the device, it
// emits PTX for the newest architecture it knows, which the driver finishes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ingot::gpu {

struct CompileOptions {
  // NVRTC's options, e.g. "-use_fast_math", "-DN=4". An -arch option here
  // replaces the device's architecture.
  std::vector<std::string> options;
  // Names of template instances to compile and find later, e.g.
  // "scale<float>" (NVRTC name expressions).
  std::vector<std::string> name_expressions;
  // What NVRTC's messages call the source.
  std::string program_name = "kernel.cu";
  // Whether to read and write the on-disk kernel cache (kernel_cache.h).
  bool use_cache = true;
};

// A compiled module, ready for the driver.
struct KernelImage {
  enum class Format : uint8_t { cubin = 1, ptx = 2 };
  Format format = Format::cubin;
  std::string bytes;
  // Each name expression and the mangled symbol NVRTC gave it.
  std::vector<std::pair<std::string, std::string>> lowered_names;

  bool operator==(const KernelImage&) const = default;
};

// What NVRTC is asked to produce: "sm_90" (a cubin) or "compute_90" (PTX).
struct Target {
  std::string architecture;
  KernelImage::Format format;

  bool operator==(const Target&) const = default;
};

// The target for a device of `device_architecture` (90 for sm_90) given the
// architectures NVRTC supports, unless `options` name one themselves.
Target choose_target(const CompileOptions& options, int device_architecture, std::span<const int> supported);

// NVRTC's arguments: the options, and the target's -arch unless they have one.
std::vector<std::string> nvrtc_arguments(const CompileOptions& options, const Target& target);

// Compiles with the process's NVRTC. Throws CompileError with NVRTC's log
// when the source does not compile.
KernelImage compile_image(std::string_view source, const CompileOptions& options, const Target& target);

}  // namespace ingot::gpu
