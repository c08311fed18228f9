#include "gpu/device.h"

#include <memory>
#include <vector>

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/stream_state.h"

namespace ingot::gpu {
namespace detail {
namespace {

int attribute(DeviceAttribute which, CUdevice device) {
  int value = 0;
  INGOT_CU(cuDeviceGetAttribute, &value, which, device);
  return value;
}

DeviceProperties query_properties(CUdevice device) {
  using A = DeviceAttribute;
  DeviceProperties p;
  char text[256] = {};
  INGOT_CU(cuDeviceGetName, text, sizeof text - 1, device);
  p.name = text;
  INGOT_CU(cuDeviceGetPCIBusId, text, sizeof text - 1, device);
  p.pci_bus_id = text;
  INGOT_CU(cuDeviceTotalMem, &p.total_memory, device);
  p.compute_capability_major = attribute(A::compute_capability_major, device);
  p.compute_capability_minor = attribute(A::compute_capability_minor, device);
  p.multiprocessor_count = attribute(A::multiprocessor_count, device);
  p.max_threads_per_block = attribute(A::max_threads_per_block, device);
  p.max_threads_per_multiprocessor = attribute(A::max_threads_per_multiprocessor, device);
  p.max_shared_memory_per_block = attribute(A::max_shared_memory_per_block, device);
  p.max_shared_memory_per_block_optin = attribute(A::max_shared_memory_per_block_optin, device);
  p.max_shared_memory_per_multiprocessor = attribute(A::max_shared_memory_per_multiprocessor, device);
  p.l2_cache_size = attribute(A::l2_cache_size, device);
  p.warp_size = attribute(A::warp_size, device);
  p.clock_rate_khz = attribute(A::clock_rate_khz, device);
  p.memory_clock_rate_khz = attribute(A::memory_clock_rate_khz, device);
  p.memory_bus_width = attribute(A::global_memory_bus_width, device);
  p.can_map_host_memory = attribute(A::can_map_host_memory, device) != 0;
  p.unified_addressing = attribute(A::unified_addressing, device) != 0;
  return p;
}

}  // namespace

DeviceState::DeviceState(int ordinal, CUdevice device) : ordinal(ordinal), device(device) {
  INGOT_CU(cuDevicePrimaryCtxRetain, &context, device);
  properties = query_properties(device);
  default_stream = std::make_shared<StreamState>(*this, nullptr, kDefaultStreamId, /*owned=*/false);
}

void DeviceState::make_current() const {
  const DriverApi& api = driver();
  CUcontext current = nullptr;
  if (api.cuCtxGetCurrent(&current) == 0 && current == context) return;
  check_driver(api.cuCtxSetCurrent(context), "cuCtxSetCurrent");
}

CUdeviceptr DeviceState::allocate(size_t bytes) {
  make_current();
  CUdeviceptr block = 0;
  CUresult r = driver().cuMemAlloc(&block, bytes);
  if (r == CUresult(DriverStatus::out_of_memory)) return 0;
  check_driver(r, "cuMemAlloc");
  return block;
}

void DeviceState::release(CUdeviceptr block) {
  make_current();
  INGOT_CU(cuMemFree, block);
}

void DeviceState::synchronize() {
  make_current();
  INGOT_CU(cuCtxSynchronize);
}

DeviceState& device_state(int ordinal) {
  static std::mutex mutex;
  static auto* states = new std::vector<std::unique_ptr<DeviceState>>();
  std::lock_guard lock(mutex);
  driver();  // throws NoDeviceError, saying why, where there is no driver
  int count = device_count();
  if (ordinal < 0 || ordinal >= count)
    throw NoDeviceError("no CUDA device: ordinal " + std::to_string(ordinal) + " is out of range (" +
                        std::to_string(count) + (count == 1 ? " device)" : " devices)"));
  if (states->empty()) states->resize(count);
  std::unique_ptr<DeviceState>& state = (*states)[ordinal];
  if (!state) {
    CUdevice device = 0;
    INGOT_CU(cuDeviceGet, &device, ordinal);
    state = std::make_unique<DeviceState>(ordinal, device);
  }
  return *state;
}

}  // namespace detail

Device::Device(int ordinal) : state_(&detail::device_state(ordinal)) {}

std::vector<Device> Device::all() {
  std::vector<Device> out;
  for (int i = 0; i < device_count(); ++i) out.emplace_back(i);
  return out;
}

int Device::ordinal() const { return state_->ordinal; }
const DeviceProperties& Device::properties() const { return state_->properties; }
CUcontext Device::context() const { return state_->context; }
MemoryPool& Device::memory_pool() const { return state_->pool; }

std::pair<size_t, size_t> Device::memory_info() const {
  state_->make_current();
  size_t free = 0, total = 0;
  INGOT_CU(cuMemGetInfo, &free, &total);
  return {free, total};
}

void Device::synchronize() const { state_->synchronize(); }

}  // namespace ingot::gpu
