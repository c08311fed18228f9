// What the GPU layer keeps for each open device. Internal: the public handles
// (Device, Buffer, Stream, Module ...) point here.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "gpu/device.h"
#include "gpu/memory_pool.h"

namespace ingot::gpu::detail {

struct StreamState;
struct ModuleState;

struct DeviceState final : BlockSource {
  DeviceState(int ordinal, CUdevice handle);

  // Makes the device's context current on the calling thread, if it is not.
  void make_current() const;

  Device handle() { return Device(*this); }

  // BlockSource: the memory pool's supply of device memory.
  CUdeviceptr allocate(size_t bytes) override;
  void release(CUdeviceptr block) override;
  void synchronize() override;

  const int ordinal;
  const CUdevice device;
  CUcontext context = nullptr;
  DeviceProperties properties;
  MemoryPool pool{*this};
  std::shared_ptr<StreamState> default_stream;

  // Modules compiled in this process, by kernel-cache key.
  std::mutex compiled_mutex;
  std::unordered_map<std::string, std::shared_ptr<const ModuleState>> compiled;
};

// The state of device `ordinal`, opened on first use and never closed: it
// owns the primary context, which must outlive every buffer, stream and
// module, including those Python's garbage collector frees at exit.
DeviceState& device_state(int ordinal);

}  // namespace ingot::gpu::detail
