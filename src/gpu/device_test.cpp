#include "gpu/device.h"

#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

using DeviceTest = GpuTest;

TEST_F(DeviceTest, PropertiesAreThoseOfARealDevice) {
  const DeviceProperties& p = device().properties();
  EXPECT_FALSE(p.name.empty());
  EXPECT_FALSE(p.pci_bus_id.empty());
  EXPECT_GE(p.compute_capability_major, 5);
  EXPECT_EQ(p.architecture(), p.compute_capability_major * 10 + p.compute_capability_minor);
  EXPECT_GT(p.multiprocessor_count, 0);
  EXPECT_GT(p.total_memory, size_t(1) << 30);
  EXPECT_GE(p.max_threads_per_block, 512);
  EXPECT_GE(p.max_threads_per_multiprocessor, p.max_threads_per_block);
  EXPECT_GE(p.max_shared_memory_per_block, 48 * 1024);
  EXPECT_GE(p.max_shared_memory_per_block_optin, p.max_shared_memory_per_block);
  EXPECT_GE(p.max_shared_memory_per_multiprocessor, p.max_shared_memory_per_block_optin);
  EXPECT_GT(p.l2_cache_size, 0);
  EXPECT_EQ(p.warp_size, 32);
  EXPECT_GT(p.clock_rate_khz, 0);
  EXPECT_TRUE(p.can_map_host_memory);
  EXPECT_TRUE(p.unified_addressing);
}

TEST_F(DeviceTest, HandlesShareOneStatePerOrdinal) {
  EXPECT_EQ(Device(0), device());
  EXPECT_EQ(&Device(0).memory_pool(), &device().memory_pool());
  EXPECT_EQ(Device::all().size(), size_t(device_count()));
  EXPECT_EQ(Device::all()[0], device());
  EXPECT_NE(device().context(), nullptr);
}

TEST_F(DeviceTest, MemoryInfo) {
  auto [free, total] = device().memory_info();
  EXPECT_GT(free, 0u);
  EXPECT_LE(free, total);
}

TEST_F(DeviceTest, SynchronizeOnAnIdleDevice) { EXPECT_NO_THROW(device().synchronize()); }

}  // namespace
}  // namespace ingot::gpu
