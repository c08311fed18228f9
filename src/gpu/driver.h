// The CUDA driver API, loaded with dlopen from libcuda.so.1 (or the file named
// by $INGOT_CUDA_DRIVER) on first use. Without it everything still links and
// runs; creating a device then raises NoDeviceError saying why.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "gpu/cuda_types.h"
#include "gpu/error.h"
#include "gpu/shared_library.h"

namespace ingot::gpu {

struct DriverApi {
#define INGOT_DRIVER_FN(name, sym, params) CUresult(*name) params = nullptr;
#define INGOT_DRIVER_OPTIONAL_FN INGOT_DRIVER_FN
#include "gpu/driver_functions.def"
#undef INGOT_DRIVER_FN
#undef INGOT_DRIVER_OPTIONAL_FN
};

// A driver library after loading and cuInit: usable when `failure` is empty.
struct DriverLoad {
  std::unique_ptr<SharedLibrary> library;
  DriverApi api;  // all null unless every required symbol resolved
  int version = 0;  // 1000 * major + 10 * minor, as cuDriverGetVersion says
  int device_count = 0;
  std::string failure;
};

// Loads the first of `candidates`, resolves the function table and calls
// cuInit. Never throws: what went wrong is in `failure`.
DriverLoad load_driver(const std::vector<std::string>& candidates);

// The process's driver, loaded once.
const DriverLoad& process_driver();

// The process driver's functions; throws NoDeviceError where it is unusable.
const DriverApi& driver();

bool is_available();
int device_count();           // 0 where the driver is unusable
std::string unavailable_reason();  // empty where available

}  // namespace ingot::gpu

// Calls driver function `fn` and throws, naming it, if it fails.
#define INGOT_CU(fn, ...) ::ingot::gpu::check_driver(::ingot::gpu::driver().fn(__VA_ARGS__), #fn)
