// A caching allocator for device memory. cuMemAlloc and cuMemFree cost
// microseconds to milliseconds and cuMemFree waits for the device, so freed
// blocks are kept and handed out again; allocating in a loop then costs a
// hash-map lookup.
//
// Reuse follows stream order, as in CuPy and PyTorch: a block freed by work
// on stream S is reused only for work on S, which the stream runs after
// everything that used the block before. Work that used a buffer on other
// streams must be synchronized before the buffer is dropped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gpu/cuda_types.h"

namespace ingot::gpu {

// Identifies a stream to the pool; unlike a CUstream it is never reused.
using StreamId = uint64_t;
inline constexpr StreamId kDefaultStreamId = 0;

// Where the pool's memory comes from: the driver (device.cpp) or a test's fake.
class BlockSource {
 public:
  virtual ~BlockSource() = default;
  // A new block of `bytes`, or 0 when the device has no memory left.
  virtual CUdeviceptr allocate(size_t bytes) = 0;
  virtual void release(CUdeviceptr block) = 0;
  // Waits for all work on the device, which may still use cached blocks.
  virtual void synchronize() = 0;
};

class MemoryPool {
 public:
  struct Stats {
    size_t bytes_in_use = 0;
    size_t bytes_cached = 0;
    size_t peak_bytes_in_use = 0;
    uint64_t source_allocations = 0;  // blocks taken from the source
    uint64_t reuses = 0;              // allocations served from the cache
  };

  explicit MemoryPool(BlockSource& source) : source_(source) {}
  ~MemoryPool();
  MemoryPool(const MemoryPool&) = delete;
  MemoryPool& operator=(const MemoryPool&) = delete;

  // A block of size_class(bytes) for work on `stream`; 0 for 0 bytes. When
  // the source is out of memory, waits for the device, returns every cached
  // block and tries once more before throwing OutOfMemoryError.
  CUdeviceptr allocate(size_t bytes, StreamId stream);

  // Takes back a block allocate(bytes, stream) returned.
  void release(CUdeviceptr block, size_t bytes, StreamId stream);

  // Whether any block, in use or cached, belongs to `stream`.
  bool holds(StreamId stream) const;

  // `stream` was synchronized and destroyed: its cached blocks, and those
  // still in use that come back later, go to the default stream.
  void retire_stream(StreamId stream);

  // Waits for the device and returns every cached block to the source.
  void trim();

  Stats stats() const;

  // Sizes are rounded up to 512 bytes below 1 MiB and to 2 MiB above (the
  // driver's own granularity there), so that similar sizes share blocks.
  static size_t size_class(size_t bytes);

 private:
  struct Key {
    StreamId stream;
    size_t size;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const { return std::hash<uint64_t>()(k.stream * 0x9e3779b97f4a7c15ull ^ k.size); }
  };

  void release_cached_locked();

  BlockSource& source_;
  mutable std::mutex mutex_;
  std::unordered_map<Key, std::vector<CUdeviceptr>, KeyHash> cached_;
  std::unordered_map<StreamId, size_t> blocks_in_use_by_stream_;
  std::unordered_set<StreamId> retired_;
  Stats stats_;
};

}  // namespace ingot::gpu
