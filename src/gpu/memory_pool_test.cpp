#include "gpu/memory_pool.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "gpu/error.h"

namespace ingot::gpu {
namespace {

// Device memory without a device: hands out fake addresses up to a limit.
class FakeSource : public BlockSource {
 public:
  explicit FakeSource(size_t capacity) : capacity_(capacity) {}
  CUdeviceptr allocate(size_t bytes) override {
    if (used_ + bytes > capacity_) return 0;
    used_ += bytes;
    CUdeviceptr block = next_;
    next_ += bytes;
    live_.insert(block);
    sizes_[block] = bytes;
    return block;
  }
  void release(CUdeviceptr block) override {
    ASSERT_TRUE(live_.erase(block)) << "released twice, or never allocated";
    used_ -= sizes_[block];
  }
  void synchronize() override { ++synchronizations; }

  size_t used() const { return used_; }
  int synchronizations = 0;

 private:
  size_t capacity_;
  size_t used_ = 0;
  CUdeviceptr next_ = 0x10000;
  std::set<CUdeviceptr> live_;
  std::map<CUdeviceptr, size_t> sizes_;
};

TEST(MemoryPool, SizeClasses) {
  EXPECT_EQ(MemoryPool::size_class(0), 0u);
  EXPECT_EQ(MemoryPool::size_class(1), 512u);
  EXPECT_EQ(MemoryPool::size_class(512), 512u);
  EXPECT_EQ(MemoryPool::size_class(513), 1024u);
  EXPECT_EQ(MemoryPool::size_class(1 << 20), size_t(1) << 20);
  EXPECT_EQ(MemoryPool::size_class((1 << 20) + 1), size_t(2) << 20);
  EXPECT_EQ(MemoryPool::size_class(size_t(5) << 20), size_t(6) << 20);
}

TEST(MemoryPool, ReusesFreedBlocksOfTheSameClass) {
  FakeSource source(1 << 30);
  MemoryPool pool(source);
  CUdeviceptr a = pool.allocate(1000, kDefaultStreamId);
  pool.release(a, 1000, kDefaultStreamId);
  for (int i = 0; i < 100; ++i) {
    CUdeviceptr b = pool.allocate(1024, kDefaultStreamId);  // 1000 and 1024 share a class
    EXPECT_EQ(b, a);
    pool.release(b, 1024, kDefaultStreamId);
  }
  MemoryPool::Stats stats = pool.stats();
  EXPECT_EQ(stats.source_allocations, 1u);
  EXPECT_EQ(stats.reuses, 100u);
  EXPECT_EQ(stats.bytes_in_use, 0u);
  EXPECT_EQ(stats.bytes_cached, 1024u);
  EXPECT_EQ(stats.peak_bytes_in_use, 1024u);
}

TEST(MemoryPool, ZeroBytesTakeNoBlock) {
  FakeSource source(1 << 20);
  MemoryPool pool(source);
  EXPECT_EQ(pool.allocate(0, kDefaultStreamId), 0u);
  pool.release(0, 0, kDefaultStreamId);
  EXPECT_EQ(pool.stats().source_allocations, 0u);
}

// A block freed by one stream's work is not handed to another stream, whose
// work could run before the first stream is done with it.
TEST(MemoryPool, ReuseStaysOnTheStream) {
  FakeSource source(1 << 30);
  MemoryPool pool(source);
  CUdeviceptr a = pool.allocate(4096, 7);
  pool.release(a, 4096, 7);
  CUdeviceptr b = pool.allocate(4096, 8);
  EXPECT_NE(b, a);
  EXPECT_EQ(pool.allocate(4096, 7), a);
}

TEST(MemoryPool, RetiredStreamsBlocksGoToTheDefaultStream) {
  FakeSource source(1 << 30);
  MemoryPool pool(source);
  CUdeviceptr cached = pool.allocate(4096, 7);
  CUdeviceptr held = pool.allocate(4096, 7);
  pool.release(cached, 4096, 7);
  pool.retire_stream(7);
  EXPECT_EQ(pool.allocate(4096, kDefaultStreamId), cached);
  pool.release(held, 4096, 7);  // in use when its stream went away
  EXPECT_EQ(pool.allocate(4096, kDefaultStreamId), held);
}

TEST(MemoryPool, KnowsWhichStreamsHoldBlocks) {
  FakeSource source(1 << 30);
  MemoryPool pool(source);
  EXPECT_FALSE(pool.holds(5));
  CUdeviceptr a = pool.allocate(100, 5);
  EXPECT_TRUE(pool.holds(5));
  pool.release(a, 100, 5);
  EXPECT_TRUE(pool.holds(5));  // cached for it
  pool.retire_stream(5);
  EXPECT_FALSE(pool.holds(5));
  EXPECT_TRUE(pool.holds(kDefaultStreamId));
}

TEST(MemoryPool, OutOfMemoryReleasesTheCacheAndRetries) {
  FakeSource source(8 << 20);
  MemoryPool pool(source);
  CUdeviceptr a = pool.allocate(6 << 20, kDefaultStreamId);
  pool.release(a, 6 << 20, kDefaultStreamId);
  CUdeviceptr b = pool.allocate(4 << 20, kDefaultStreamId);  // needs the cached 6 MiB back
  EXPECT_NE(b, 0u);
  EXPECT_EQ(source.synchronizations, 1);
  EXPECT_EQ(pool.stats().bytes_cached, 0u);
  EXPECT_THROW(pool.allocate(6 << 20, kDefaultStreamId), OutOfMemoryError);
  pool.release(b, 4 << 20, kDefaultStreamId);
}

TEST(MemoryPool, TrimReturnsEverythingCached) {
  FakeSource source(1 << 30);
  {
    MemoryPool pool(source);
    for (size_t bytes : {100, 5000, 3 << 20}) pool.release(pool.allocate(bytes, 3), bytes, 3);
    EXPECT_GT(source.used(), 0u);
    pool.trim();
    EXPECT_EQ(source.used(), 0u);
    EXPECT_EQ(source.synchronizations, 1);
    pool.release(pool.allocate(100, 3), 100, 3);
  }
  EXPECT_EQ(source.used(), 0u);  // the destructor returns the cache too
}

}  // namespace
}  // namespace ingot::gpu
