#include "gpu/memory_pool.h"

#include <algorithm>
#include <string>

#include "gpu/error.h"

namespace ingot::gpu {
namespace {

constexpr size_t kSmallLimit = size_t(1) << 20;
constexpr size_t kSmallGranule = 512;
constexpr size_t kLargeGranule = size_t(2) << 20;

size_t round_up(size_t n, size_t granule) { return (n + granule - 1) / granule * granule; }

}  // namespace

size_t MemoryPool::size_class(size_t bytes) {
  return bytes <= kSmallLimit ? round_up(bytes, kSmallGranule) : round_up(bytes, kLargeGranule);
}

MemoryPool::~MemoryPool() { release_cached_locked(); }

CUdeviceptr MemoryPool::allocate(size_t bytes, StreamId stream) {
  size_t size = size_class(bytes);
  if (size == 0) return 0;
  std::lock_guard lock(mutex_);
  CUdeviceptr block = 0;
  if (auto it = cached_.find({stream, size}); it != cached_.end() && !it->second.empty()) {
    block = it->second.back();
    it->second.pop_back();
    stats_.bytes_cached -= size;
    ++stats_.reuses;
  } else {
    block = source_.allocate(size);
    if (!block && stats_.bytes_cached > 0) {
      source_.synchronize();
      release_cached_locked();
      block = source_.allocate(size);
    }
    if (!block)
      throw OutOfMemoryError("out of device memory allocating " + std::to_string(bytes) + " bytes (" +
                             std::to_string(stats_.bytes_in_use) + " bytes in use)");
    ++stats_.source_allocations;
  }
  ++blocks_in_use_by_stream_[stream];
  stats_.bytes_in_use += size;
  stats_.peak_bytes_in_use = std::max(stats_.peak_bytes_in_use, stats_.bytes_in_use);
  return block;
}

void MemoryPool::release(CUdeviceptr block, size_t bytes, StreamId stream) {
  size_t size = size_class(bytes);
  if (size == 0) return;
  std::lock_guard lock(mutex_);
  auto in_use = blocks_in_use_by_stream_.find(stream);
  bool last = --in_use->second == 0;
  if (last) blocks_in_use_by_stream_.erase(in_use);
  if (retired_.contains(stream)) {
    if (last) retired_.erase(stream);
    stream = kDefaultStreamId;
  }
  cached_[{stream, size}].push_back(block);
  stats_.bytes_in_use -= size;
  stats_.bytes_cached += size;
}

bool MemoryPool::holds(StreamId stream) const {
  std::lock_guard lock(mutex_);
  if (blocks_in_use_by_stream_.contains(stream)) return true;
  for (const auto& [key, blocks] : cached_)
    if (key.stream == stream && !blocks.empty()) return true;
  return false;
}

void MemoryPool::retire_stream(StreamId stream) {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<size_t, std::vector<CUdeviceptr>>> orphans;
  for (auto it = cached_.begin(); it != cached_.end();) {
    if (it->first.stream == stream) {
      orphans.emplace_back(it->first.size, std::move(it->second));
      it = cached_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto& [size, blocks] : orphans) {
    std::vector<CUdeviceptr>& to = cached_[{kDefaultStreamId, size}];
    to.insert(to.end(), blocks.begin(), blocks.end());
  }
  if (blocks_in_use_by_stream_.contains(stream)) retired_.insert(stream);
}

void MemoryPool::trim() {
  std::lock_guard lock(mutex_);
  source_.synchronize();
  release_cached_locked();
}

void MemoryPool::release_cached_locked() {
  for (auto& [key, blocks] : cached_)
    for (CUdeviceptr block : blocks) source_.release(block);
  cached_.clear();
  stats_.bytes_cached = 0;
}

MemoryPool::Stats MemoryPool::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

}  // namespace ingot::gpu
