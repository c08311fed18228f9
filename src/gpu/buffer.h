// Memory the GPU reads and writes. A Buffer is a handle: copies share the
// memory, which goes back when the last handle (or the last graph or launch
// that needs it) lets go.
//   device memory  from the device's caching pool (memory_pool.h); the CPU
//                  reaches it only by copies (stream.h).
//   shared memory  pinned host memory mapped into the device's address
//                  space: the CPU and the GPU see the same bytes, with no
//                  copy (GPU accesses cross the bus). Never managed memory.
#pragma once

#include <cstddef>
#include <memory>

#include "gpu/cuda_types.h"
#include "gpu/device.h"

namespace ingot::gpu {

class Stream;
namespace detail {
struct Allocation;
}

class Buffer {
 public:
  Buffer() = default;

  // `bytes` of device memory for work on the device's default stream, or on
  // `stream` (the pool reuses memory in stream order).
  static Buffer device(const Device& device, size_t bytes);
  static Buffer device(const Stream& stream, size_t bytes);

  // `bytes` of shared memory.
  static Buffer shared(const Device& device, size_t bytes);

  CUdeviceptr device_ptr() const;
  std::byte* host_ptr() const;  // null for device memory
  size_t size() const { return size_; }
  bool is_shared() const;
  Device device() const;

  // `bytes` from `offset` of the same memory.
  Buffer slice(size_t offset, size_t bytes) const;

  // What keeps the memory alive: work that outlives this handle holds it.
  std::shared_ptr<const void> keepalive() const { return allocation_; }

 private:
  Buffer(std::shared_ptr<const detail::Allocation> allocation, size_t offset, size_t size)
      : allocation_(std::move(allocation)), offset_(offset), size_(size) {}

  std::shared_ptr<const detail::Allocation> allocation_;
  size_t offset_ = 0;
  size_t size_ = 0;
};

}  // namespace ingot::gpu
