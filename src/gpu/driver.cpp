#include "gpu/driver.h"

namespace ingot::gpu {

DriverLoad load_driver(const std::vector<std::string>& candidates) {
  DriverLoad load;
  load.library = std::make_unique<SharedLibrary>(candidates);
  const SharedLibrary& lib = *load.library;
  if (!lib.loaded()) {
    load.failure = "the CUDA driver library could not be loaded (" + lib.error() + ")";
    return load;
  }
  std::string missing;
  DriverApi& api = load.api;
#define INGOT_DRIVER_OPTIONAL_FN(name, sym, params) api.name = reinterpret_cast<decltype(api.name)>(lib.symbol(sym));
#define INGOT_DRIVER_FN(name, sym, params)                           \
  INGOT_DRIVER_OPTIONAL_FN(name, sym, params)                        \
  if (!api.name) missing += std::string(missing.empty() ? "" : ", ") + sym;
#include "gpu/driver_functions.def"
#undef INGOT_DRIVER_FN
#undef INGOT_DRIVER_OPTIONAL_FN
  if (!missing.empty()) {
    api = {};
    load.failure = lib.name() + " lacks " + missing + " (a driver older than ingot supports)";
    return load;
  }
  if (CUresult r = api.cuInit(0)) {
    load.failure = "cuInit failed: " + describe_driver_error(&api, r);
    return load;
  }
  api.cuDriverGetVersion(&load.version);
  api.cuDeviceGetCount(&load.device_count);
  if (load.device_count == 0) load.failure = "the driver sees no device";
  return load;
}

const DriverLoad& process_driver() {
  // Never destroyed: objects freed during static destruction still call it.
  static const DriverLoad* load =
      new DriverLoad(load_driver(library_candidates("INGOT_CUDA_DRIVER", {"libcuda.so.1"})));
  return *load;
}

const DriverApi& driver() {
  const DriverLoad& load = process_driver();
  if (!load.failure.empty()) throw NoDeviceError("no CUDA device: " + load.failure);
  return load.api;
}

bool is_available() { return process_driver().failure.empty(); }

int device_count() { return is_available() ? process_driver().device_count : 0; }

std::string unavailable_reason() { return process_driver().failure; }

}  // namespace ingot::gpu
