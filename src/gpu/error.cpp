#include "gpu/error.h"

#include "gpu/driver.h"
#include "gpu/nvrtc.h"

namespace ingot::gpu {

std::string describe_driver_error(const DriverApi* api, CUresult code) {
  const char* name = nullptr;
  const char* text = nullptr;
  if (api && api->cuGetErrorName && api->cuGetErrorName(code, &name) != 0) name = nullptr;
  if (api && api->cuGetErrorString && api->cuGetErrorString(code, &text) != 0) text = nullptr;
  std::string out = name ? std::string(name) + " (" + std::to_string(code) + ")" : "CUresult " + std::to_string(code);
  if (text) out += std::string(": ") + text;
  return out;
}

void throw_driver_error(std::string_view call, CUresult code, std::string_view detail) {
  const DriverLoad& load = process_driver();
  std::string message = std::string(call) + " failed: " + describe_driver_error(&load.api, code);
  if (!detail.empty()) message += "\n" + std::string(detail);
  switch (DriverStatus(code)) {
    case DriverStatus::out_of_memory:
      throw OutOfMemoryError(message);
    case DriverStatus::not_initialized:
    case DriverStatus::deinitialized:
    case DriverStatus::stub_library:
    case DriverStatus::device_unavailable:
    case DriverStatus::no_device:
    case DriverStatus::invalid_device:
    case DriverStatus::system_driver_mismatch:
    case DriverStatus::compat_not_supported_on_device:
      throw NoDeviceError("no CUDA device: " + message);
    default:
      throw Error(message);
  }
}

void throw_nvrtc_error(std::string_view call, nvrtcResult code) {
  const NvrtcLoad& load = process_nvrtc();
  const char* text = load.api.nvrtcGetErrorString ? load.api.nvrtcGetErrorString(code) : nullptr;
  std::string message = std::string(call) + " failed: " + (text ? text : "nvrtcResult " + std::to_string(code));
  if (text) message += " (" + std::to_string(code) + ")";
  if (code == nvrtcResult(NvrtcStatus::out_of_memory)) throw OutOfMemoryError(message);
  throw Error(message);
}

}  // namespace ingot::gpu
