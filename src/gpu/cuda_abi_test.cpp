// Our hand-written declarations (cuda_types.h and the X-macro lists) against
// the CUDA toolkit's headers, where this machine has them: every function's
// signature, every versioned symbol, every constant. Elsewhere it skips.
#include <gtest/gtest.h>

#if __has_include(<cuda.h>) && __has_include(<nvrtc.h>)
#define INGOT_HAVE_CUDA_HEADERS 1
// Ours first: cuda.h defines macros that would rename our declarations.
#include "gpu/cuda_types.h"
#include <cuda.h>
#include <nvrtc.h>
#endif

#include <string_view>
#include <type_traits>

namespace ingot::gpu {
namespace {

#ifdef INGOT_HAVE_CUDA_HEADERS

// Types as the ABI sees them: enums and integers by size alone, since our
// enums and CUDA's are different types of the same width.
template <size_t N>
struct Int {};

template <class T>
struct Abi {
  using type = T;
};
template <class T>
  requires((std::is_enum_v<T> || std::is_integral_v<T>) && !std::is_const_v<T>)
struct Abi<T> {
  using type = Int<sizeof(T)>;
};
template <class T>
struct Abi<const T> {
  using type = const typename Abi<T>::type;
};
template <class T>
struct Abi<T*> {
  using type = typename Abi<T>::type*;
};
template <class R, class... A>
struct Abi<R (*)(A...)> {
  using type = typename Abi<R>::type (*)(typename Abi<A>::type...);
};
template <class T>
using abi = typename Abi<T>::type;

#define INGOT_STRINGIZE(x) #x
#define INGOT_EXPANDED_NAME(x) INGOT_STRINGIZE(x)

// Where our symbol is older than cuda.h's, with the same signature (see
// driver_functions.def).
bool pinned_to_an_older_symbol(std::string_view name) { return name == "cuEventElapsedTime"; }

TEST(CudaAbi, DriverFunctionsMatchCudaH) {
  // cuda.h's macros map `name` to the versioned symbol it declares.
#define INGOT_DRIVER_FN(name, sym, params)                                                              \
  static_assert(std::is_same_v<abi<CUresult(*) params>, abi<decltype(&::name)>>, #name " signature");   \
  if (!pinned_to_an_older_symbol(#name)) {                                                              \
    EXPECT_EQ(std::string_view(sym), INGOT_EXPANDED_NAME(name));                                        \
  }
#define INGOT_DRIVER_OPTIONAL_FN INGOT_DRIVER_FN
#include "gpu/driver_functions.def"
#undef INGOT_DRIVER_FN
#undef INGOT_DRIVER_OPTIONAL_FN
}

TEST(CudaAbi, NvrtcFunctionsMatchNvrtcH) {
#define INGOT_NVRTC_FN(ret, name, params) \
  static_assert(std::is_same_v<abi<ret(*) params>, abi<decltype(&::name)>>, #name " signature");
#include "gpu/nvrtc_functions.def"
#undef INGOT_NVRTC_FN
}

TEST(CudaAbi, HandleTypesAreCudas) {
  static_assert(std::is_same_v<CUcontext, ::CUcontext>);
  static_assert(std::is_same_v<CUmodule, ::CUmodule>);
  static_assert(std::is_same_v<CUfunction, ::CUfunction>);
  static_assert(std::is_same_v<CUstream, ::CUstream>);
  static_assert(std::is_same_v<CUevent, ::CUevent>);
  static_assert(std::is_same_v<CUgraph, ::CUgraph>);
  static_assert(std::is_same_v<CUgraphExec, ::CUgraphExec>);
  static_assert(std::is_same_v<CUdeviceptr, ::CUdeviceptr>);
  static_assert(std::is_same_v<CUdevice, ::CUdevice>);
  static_assert(std::is_same_v<nvrtcProgram, ::nvrtcProgram>);
}

TEST(CudaAbi, ConstantsMatch) {
  using A = DeviceAttribute;
  static_assert(int(A::max_threads_per_block) == CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK);
  static_assert(int(A::max_shared_memory_per_block) == CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK);
  static_assert(int(A::warp_size) == CU_DEVICE_ATTRIBUTE_WARP_SIZE);
  static_assert(int(A::clock_rate_khz) == CU_DEVICE_ATTRIBUTE_CLOCK_RATE);
  static_assert(int(A::multiprocessor_count) == CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
  static_assert(int(A::can_map_host_memory) == CU_DEVICE_ATTRIBUTE_CAN_MAP_HOST_MEMORY);
  static_assert(int(A::memory_clock_rate_khz) == CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE);
  static_assert(int(A::global_memory_bus_width) == CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH);
  static_assert(int(A::l2_cache_size) == CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE);
  static_assert(int(A::max_threads_per_multiprocessor) == CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_MULTIPROCESSOR);
  static_assert(int(A::unified_addressing) == CU_DEVICE_ATTRIBUTE_UNIFIED_ADDRESSING);
  static_assert(int(A::compute_capability_major) == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
  static_assert(int(A::compute_capability_minor) == CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
  static_assert(int(A::max_shared_memory_per_multiprocessor) ==
                CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_MULTIPROCESSOR);
  static_assert(int(A::max_shared_memory_per_block_optin) == CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN);

  using F = FunctionAttribute;
  static_assert(int(F::max_threads_per_block) == CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK);
  static_assert(int(F::shared_size_bytes) == CU_FUNC_ATTRIBUTE_SHARED_SIZE_BYTES);
  static_assert(int(F::local_size_bytes) == CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES);
  static_assert(int(F::num_regs) == CU_FUNC_ATTRIBUTE_NUM_REGS);
  static_assert(int(F::max_dynamic_shared_size_bytes) == CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES);

  static_assert(int(JitOption::error_log_buffer) == CU_JIT_ERROR_LOG_BUFFER);
  static_assert(int(JitOption::error_log_buffer_size_bytes) == CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES);
  static_assert(int(CaptureMode::relaxed) == CU_STREAM_CAPTURE_MODE_RELAXED);
  static_assert(host_alloc_portable == CU_MEMHOSTALLOC_PORTABLE);
  static_assert(host_alloc_device_map == CU_MEMHOSTALLOC_DEVICEMAP);
  static_assert(int(stream_non_blocking) == int(CU_STREAM_NON_BLOCKING));
  static_assert(int(event_disable_timing) == int(CU_EVENT_DISABLE_TIMING));

  using S = DriverStatus;
  static_assert(int(S::success) == CUDA_SUCCESS);
  static_assert(int(S::out_of_memory) == CUDA_ERROR_OUT_OF_MEMORY);
  static_assert(int(S::not_initialized) == CUDA_ERROR_NOT_INITIALIZED);
  static_assert(int(S::deinitialized) == CUDA_ERROR_DEINITIALIZED);
  static_assert(int(S::stub_library) == CUDA_ERROR_STUB_LIBRARY);
  static_assert(int(S::device_unavailable) == CUDA_ERROR_DEVICE_UNAVAILABLE);
  static_assert(int(S::no_device) == CUDA_ERROR_NO_DEVICE);
  static_assert(int(S::invalid_device) == CUDA_ERROR_INVALID_DEVICE);
  static_assert(int(S::not_ready) == CUDA_ERROR_NOT_READY);
  static_assert(int(S::system_driver_mismatch) == CUDA_ERROR_SYSTEM_DRIVER_MISMATCH);
  static_assert(int(S::compat_not_supported_on_device) == CUDA_ERROR_COMPAT_NOT_SUPPORTED_ON_DEVICE);
  static_assert(int(NvrtcStatus::success) == NVRTC_SUCCESS);
  static_assert(int(NvrtcStatus::out_of_memory) == NVRTC_ERROR_OUT_OF_MEMORY);
  static_assert(int(NvrtcStatus::compilation) == NVRTC_ERROR_COMPILATION);
}

#else

TEST(CudaAbi, NeedsTheToolkitHeaders) { GTEST_SKIP() << "cuda.h and nvrtc.h are not installed here"; }

#endif

}  // namespace
}  // namespace ingot::gpu
