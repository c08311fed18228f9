// NVRTC, CUDA's run-time compiler, loaded with dlopen on first use from
// libnvrtc.so.13 or .12 (or the file named by $INGOT_NVRTC). It needs no GPU:
// a machine with NVRTC and no device can compile kernels, and fill the cache.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "gpu/cuda_types.h"
#include "gpu/error.h"
#include "gpu/shared_library.h"

namespace ingot::gpu {

struct NvrtcApi {
#define INGOT_NVRTC_FN(ret, name, params) ret(*name) params = nullptr;
#include "gpu/nvrtc_functions.def"
#undef INGOT_NVRTC_FN
};

// An NVRTC library after loading: usable when `failure` is empty.
struct NvrtcLoad {
  std::unique_ptr<SharedLibrary> library;
  NvrtcApi api;
  std::string version;  // "13.0"
  std::vector<int> architectures;  // the sm_XY it can target, as XY, ascending
  std::string failure;
};

NvrtcLoad load_nvrtc(const std::vector<std::string>& candidates);

const NvrtcLoad& process_nvrtc();

// The process's NVRTC; throws Error where it could not be loaded.
const NvrtcLoad& nvrtc();

}  // namespace ingot::gpu

// Calls NVRTC function `fn` and throws, naming it, if it fails.
#define INGOT_NVRTC(fn, ...)                                                            \
  do {                                                                                  \
    if (::ingot::gpu::nvrtcResult r_ = ::ingot::gpu::nvrtc().api.fn(__VA_ARGS__)) \
      ::ingot::gpu::throw_nvrtc_error(#fn, r_);                                         \
  } while (0)
