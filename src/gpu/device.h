// A CUDA device and what it can do. Device is a small handle: every Device
// for one ordinal shares that device's state (its primary context, memory
// pool and compiled modules), which lives until the process exits.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "gpu/cuda_types.h"

namespace ingot::gpu {

namespace detail {
struct DeviceState;
}
class MemoryPool;

struct DeviceProperties {
  std::string name;
  std::string pci_bus_id;
  int compute_capability_major = 0;
  int compute_capability_minor = 0;
  int multiprocessor_count = 0;
  size_t total_memory = 0;
  int max_threads_per_block = 0;
  int max_threads_per_multiprocessor = 0;
  int max_shared_memory_per_block = 0;        // without opting in
  int max_shared_memory_per_block_optin = 0;  // what a kernel may ask for
  int max_shared_memory_per_multiprocessor = 0;
  int l2_cache_size = 0;
  int warp_size = 0;
  int clock_rate_khz = 0;
  int memory_clock_rate_khz = 0;
  int memory_bus_width = 0;  // bits
  bool can_map_host_memory = false;
  bool unified_addressing = false;

  // 90 for compute capability 9.0: the XY of sm_XY.
  int architecture() const { return compute_capability_major * 10 + compute_capability_minor; }
};

class Device {
 public:
  // Opens device `ordinal` (its primary context, shared with CUDA's runtime
  // and so with CuPy and PyTorch). Throws NoDeviceError without one.
  explicit Device(int ordinal = 0);

  // Every device the driver sees; empty where there is none.
  static std::vector<Device> all();

  int ordinal() const;
  const DeviceProperties& properties() const;
  CUcontext context() const;
  MemoryPool& memory_pool() const;

  // Free and total device memory, in bytes, as the driver counts them.
  std::pair<size_t, size_t> memory_info() const;

  // Waits for all work on the device.
  void synchronize() const;

  detail::DeviceState& state() const { return *state_; }
  bool operator==(const Device& other) const { return state_ == other.state_; }

 private:
  explicit Device(detail::DeviceState& state) : state_(&state) {}
  friend struct detail::DeviceState;

  detail::DeviceState* state_;
};

}  // namespace ingot::gpu
