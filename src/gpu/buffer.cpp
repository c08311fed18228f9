#include "gpu/buffer.h"

#include <stdexcept>
#include <string>

#include "gpu/device_state.h"
#include "gpu/driver.h"
#include "gpu/stream.h"

namespace ingot::gpu {
namespace detail {

struct Allocation {
  Allocation(DeviceState& device, size_t size, bool shared) : device(device), size(size), shared(shared) {}
  virtual ~Allocation() = default;

  DeviceState& device;
  const size_t size;
  const bool shared;
  CUdeviceptr device_ptr = 0;
  std::byte* host_ptr = nullptr;
};

namespace {

struct PoolAllocation final : Allocation {
  PoolAllocation(DeviceState& device, size_t size, StreamId stream)
      : Allocation(device, size, /*shared=*/false), stream(stream) {
    device_ptr = device.pool.allocate(size, stream);
  }
  ~PoolAllocation() override { device.pool.release(device_ptr, size, stream); }

  const StreamId stream;
};

struct HostMappedAllocation final : Allocation {
  HostMappedAllocation(DeviceState& device, size_t size) : Allocation(device, size, /*shared=*/true) {
    if (size == 0) return;
    device.make_current();
    void* host = nullptr;
    INGOT_CU(cuMemHostAlloc, &host, size, host_alloc_portable | host_alloc_device_map);
    host_ptr = static_cast<std::byte*>(host);
    if (CUresult r = driver().cuMemHostGetDevicePointer(&device_ptr, host, 0)) {
      driver().cuMemFreeHost(host);
      throw_driver_error("cuMemHostGetDevicePointer", r);
    }
  }
  ~HostMappedAllocation() override {
    // Errors are ignored: at process exit the driver may be gone first.
    if (host_ptr) driver().cuMemFreeHost(host_ptr);
  }
};

}  // namespace
}  // namespace detail

Buffer Buffer::device(const Device& device, size_t bytes) {
  return Buffer(std::make_shared<detail::PoolAllocation>(device.state(), bytes, kDefaultStreamId), 0, bytes);
}

Buffer Buffer::device(const Stream& stream, size_t bytes) {
  return Buffer(std::make_shared<detail::PoolAllocation>(stream.device().state(), bytes, stream.id()), 0, bytes);
}

Buffer Buffer::shared(const Device& device, size_t bytes) {
  return Buffer(std::make_shared<detail::HostMappedAllocation>(device.state(), bytes), 0, bytes);
}

CUdeviceptr Buffer::device_ptr() const { return allocation_ ? allocation_->device_ptr + offset_ : 0; }

std::byte* Buffer::host_ptr() const {
  return allocation_ && allocation_->host_ptr ? allocation_->host_ptr + offset_ : nullptr;
}

bool Buffer::is_shared() const { return allocation_ && allocation_->shared; }

Device Buffer::device() const {
  if (!allocation_) throw std::logic_error("an empty Buffer has no device");
  return allocation_->device.handle();
}

Buffer Buffer::slice(size_t offset, size_t bytes) const {
  if (offset > size_ || bytes > size_ - offset)
    throw std::out_of_range("slice of " + std::to_string(bytes) + " bytes at " + std::to_string(offset) +
                            " is outside a buffer of " + std::to_string(size_));
  return Buffer(allocation_, offset_ + offset, bytes);
}

}  // namespace ingot::gpu
