// The subset of the CUDA driver API and NVRTC types that ingot uses, declared
// here so that ingot builds without the CUDA toolkit: both libraries are opened
// with dlopen at run time (driver.h, nvrtc.h). These declarations are the
// libraries' stable C ABI; cuda_abi_test.cpp checks them against cuda.h and
// nvrtc.h wherever those headers are installed.
//
// Handle types use CUDA's own struct tags, so a translation unit that also
// includes cuda.h sees identical types. Constants get their own names in
// scoped enums: cuda.h defines some of CUDA's names as macros.
#pragma once

#include <cstddef>

struct CUctx_st;
struct CUmod_st;
struct CUfunc_st;
struct CUstream_st;
struct CUevent_st;
struct CUgraph_st;
struct CUgraphExec_st;
struct _nvrtcProgram;

namespace ingot::gpu {

using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using CUcontext = CUctx_st*;
using CUmodule = CUmod_st*;
using CUfunction = CUfunc_st*;
using CUstream = CUstream_st*;
using CUevent = CUevent_st*;
using CUgraph = CUgraph_st*;
using CUgraphExec = CUgraphExec_st*;
using CUoccupancyB2DSize = size_t (*)(int block_size);

using nvrtcResult = int;
using nvrtcProgram = _nvrtcProgram*;

// The CUresult values that ingot treats specially (error.cpp).
enum class DriverStatus : CUresult {
  success = 0,
  out_of_memory = 2,
  not_initialized = 3,
  deinitialized = 4,
  stub_library = 34,
  device_unavailable = 46,
  no_device = 100,
  invalid_device = 101,
  not_ready = 600,
  system_driver_mismatch = 803,
  compat_not_supported_on_device = 804,
};

enum class NvrtcStatus : nvrtcResult {
  success = 0,
  out_of_memory = 1,
  compilation = 6,
};

enum class DeviceAttribute : int {
  max_threads_per_block = 1,
  max_shared_memory_per_block = 8,
  warp_size = 10,
  clock_rate_khz = 13,
  multiprocessor_count = 16,
  can_map_host_memory = 19,
  memory_clock_rate_khz = 36,
  global_memory_bus_width = 37,
  l2_cache_size = 38,
  max_threads_per_multiprocessor = 39,
  unified_addressing = 41,
  compute_capability_major = 75,
  compute_capability_minor = 76,
  max_shared_memory_per_multiprocessor = 81,
  max_shared_memory_per_block_optin = 97,
};

enum class FunctionAttribute : int {
  max_threads_per_block = 0,
  shared_size_bytes = 1,
  local_size_bytes = 3,
  num_regs = 4,
  max_dynamic_shared_size_bytes = 8,
};

enum class JitOption : int {
  error_log_buffer = 5,
  error_log_buffer_size_bytes = 6,
};

enum class CaptureMode : int {
  relaxed = 2,
};

// Flags of cuMemHostAlloc, cuStreamCreateWithPriority and cuEventCreate.
enum HostAllocFlags : unsigned { host_alloc_portable = 0x01, host_alloc_device_map = 0x02 };
enum StreamFlags : unsigned { stream_default = 0x0, stream_non_blocking = 0x1 };
enum EventFlags : unsigned { event_default = 0x0, event_disable_timing = 0x2 };

}  // namespace ingot::gpu
