// The exceptions of the GPU layer. Every failed CUDA or NVRTC call becomes one,
// naming the call and the error; the class says what a caller can do about it
// (the Python module maps each to its own exception type).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "gpu/cuda_types.h"

namespace ingot::gpu {

struct DriverApi;

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// No usable device: no driver, no GPU, a driver too old, a bad ordinal.
class NoDeviceError : public Error {
 public:
  using Error::Error;
};

class OutOfMemoryError : public Error {
 public:
  using Error::Error;
};

// NVRTC rejected a kernel's source; log() is its full diagnostic output.
class CompileError : public Error {
 public:
  CompileError(const std::string& message, std::string log) : Error(message), log_(std::move(log)) {}
  const std::string& log() const { return log_; }

 private:
  std::string log_;
};

// "CUDA_ERROR_OUT_OF_MEMORY (2): out of memory", with the driver's own words
// where `api` can supply them, else "CUresult 2".
std::string describe_driver_error(const DriverApi* api, CUresult code);

// Throws the exception for driver call `call` having returned `code`;
// `detail`, where given, ends the message.
[[noreturn]] void throw_driver_error(std::string_view call, CUresult code, std::string_view detail = {});
[[noreturn]] void throw_nvrtc_error(std::string_view call, nvrtcResult code);

inline void check_driver(CUresult code, std::string_view call) {
  if (code != CUresult(DriverStatus::success)) throw_driver_error(call, code);
}

}  // namespace ingot::gpu
