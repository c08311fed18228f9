#include "gpu/buffer.h"

#include <cstring>

#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

using BufferTest = GpuTest;

TEST_F(BufferTest, UploadAndDownloadRoundTrip) {
  for (size_t n : {size_t(1), size_t(1000), size_t(3) << 20}) {
    std::vector<float> values = random_floats(n, unsigned(n));
    Buffer buffer = upload(values);
    EXPECT_EQ(buffer.size(), n * sizeof(float));
    EXPECT_FALSE(buffer.is_shared());
    EXPECT_EQ(buffer.host_ptr(), nullptr);
    EXPECT_EQ(download<float>(buffer), values) << n;
  }
}

TEST_F(BufferTest, EmptyBuffer) {
  Buffer buffer = Buffer::device(device(), 0);
  EXPECT_EQ(buffer.size(), 0u);
  EXPECT_EQ(buffer.device(), device());
  EXPECT_NO_THROW(Stream::default_for(device()).fill(buffer, 1));
}

TEST_F(BufferTest, CopyFillAndSlice) {
  std::vector<float> values = random_floats(4096);
  Buffer src = upload(values);
  Buffer dst = Buffer::device(device(), src.size());
  Stream stream = Stream::default_for(device());
  stream.copy(dst, src);
  EXPECT_EQ(download<float>(dst), values);

  stream.fill(dst.slice(0, 1024 * sizeof(float)), 0);
  std::vector<float> expected = values;
  std::fill(expected.begin(), expected.begin() + 1024, 0.0f);
  EXPECT_EQ(download<float>(dst), expected);

  Buffer tail = dst.slice(4000 * sizeof(float), 96 * sizeof(float));
  EXPECT_EQ(tail.device_ptr(), dst.device_ptr() + 4000 * sizeof(float));
  EXPECT_EQ(download<float>(tail), std::vector<float>(values.begin() + 4000, values.end()));
  EXPECT_THROW(dst.slice(4000 * sizeof(float), 97 * sizeof(float)), std::out_of_range);
  EXPECT_THROW(stream.copy(tail, src), std::invalid_argument);
}

TEST_F(BufferTest, SharedMemoryIsTheSameBytesOnBothSides) {
  Buffer shared = Buffer::shared(device(), 1 << 20);
  ASSERT_TRUE(shared.is_shared());
  ASSERT_NE(shared.host_ptr(), nullptr);
  ASSERT_NE(shared.device_ptr(), 0u);
  std::vector<float> values = random_floats(shared.size() / sizeof(float));
  std::memcpy(shared.host_ptr(), values.data(), shared.size());
  // A device-side copy out of it reads what the CPU wrote, with no upload.
  Buffer copy = Buffer::device(device(), shared.size());
  Stream stream = Stream::default_for(device());
  stream.copy(copy, shared);
  EXPECT_EQ(download<float>(copy), values);
  // And the CPU sees what the device writes into it.
  stream.fill(shared, 0);
  stream.synchronize();
  EXPECT_EQ(shared.host_ptr()[12345], std::byte(0));
}

// Allocating in a loop is served by the pool after the first time.
TEST_F(BufferTest, PoolReusesMemory) {
  MemoryPool& pool = device().memory_pool();
  { Buffer warm = Buffer::device(device(), 12345); }
  MemoryPool::Stats before = pool.stats();
  for (int i = 0; i < 1000; ++i) Buffer buffer = Buffer::device(device(), 12345);
  MemoryPool::Stats after = pool.stats();
  EXPECT_EQ(after.source_allocations, before.source_allocations);
  EXPECT_EQ(after.reuses, before.reuses + 1000);
}

TEST_F(BufferTest, TrimReturnsMemoryToTheDriver) {
  { Buffer big = Buffer::device(device(), size_t(256) << 20); }
  EXPECT_GE(device().memory_pool().stats().bytes_cached, size_t(256) << 20);
  device().memory_pool().trim();
  EXPECT_EQ(device().memory_pool().stats().bytes_cached, 0u);
}

TEST_F(BufferTest, AskingForTooMuchIsOutOfMemory) {
  EXPECT_THROW(Buffer::device(device(), device().properties().total_memory * 2), OutOfMemoryError);
}

}  // namespace
}  // namespace ingot::gpu
