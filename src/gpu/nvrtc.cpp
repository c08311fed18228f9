#include "gpu/nvrtc.h"

#include <algorithm>

namespace ingot::gpu {

NvrtcLoad load_nvrtc(const std::vector<std::string>& candidates) {
  NvrtcLoad load;
  load.library = std::make_unique<SharedLibrary>(candidates);
  const SharedLibrary& lib = *load.library;
  if (!lib.loaded()) {
    load.failure = "NVRTC could not be loaded (" + lib.error() + ")";
    return load;
  }
  std::string missing;
  NvrtcApi& api = load.api;
#define INGOT_NVRTC_FN(ret, name, params)                                \
  api.name = reinterpret_cast<decltype(api.name)>(lib.symbol(#name)); \
  if (!api.name) missing += std::string(missing.empty() ? "" : ", ") + #name;
#include "gpu/nvrtc_functions.def"
#undef INGOT_NVRTC_FN
  if (!missing.empty()) {
    api = {};
    load.failure = lib.name() + " lacks " + missing + " (an NVRTC older than ingot supports)";
    return load;
  }
  int major = 0, minor = 0, count = 0;
  api.nvrtcVersion(&major, &minor);
  load.version = std::to_string(major) + "." + std::to_string(minor);
  api.nvrtcGetNumSupportedArchs(&count);
  load.architectures.resize(count);
  if (count > 0) api.nvrtcGetSupportedArchs(load.architectures.data());
  std::sort(load.architectures.begin(), load.architectures.end());
  return load;
}

const NvrtcLoad& process_nvrtc() {
  static const NvrtcLoad* load =
      new NvrtcLoad(load_nvrtc(library_candidates("INGOT_NVRTC", {"libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"})));
  return *load;
}

const NvrtcLoad& nvrtc() {
  const NvrtcLoad& load = process_nvrtc();
  if (!load.failure.empty()) throw Error(load.failure);
  return load;
}

}  // namespace ingot::gpu
