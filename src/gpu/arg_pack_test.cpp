#include "gpu/arg_pack.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

#include "gpu/buffer.h"

namespace ingot::gpu {
namespace {

template <class T>
T read(const ArgPack& pack, size_t index) {
  std::span<const std::byte> bytes = pack.bytes(index);
  EXPECT_EQ(bytes.size(), sizeof(T));
  T value;
  std::memcpy(&value, bytes.data(), sizeof value);
  return value;
}

TEST(ArgPack, ScalarsOfEveryWidth) {
  ArgPack pack;
  pack.add(int8_t(-5)).add(uint8_t(250)).add(int16_t(-30000)).add(uint16_t(60000));
  pack.add(int32_t(-2000000000)).add(uint32_t(4000000000u)).add(int64_t(-1) << 40).add(uint64_t(1) << 63);
  pack.add(1.5f).add(-2.25).add(true).add('x');
  ASSERT_EQ(pack.count(), 12u);
  EXPECT_EQ(read<int8_t>(pack, 0), -5);
  EXPECT_EQ(read<uint8_t>(pack, 1), 250);
  EXPECT_EQ(read<int16_t>(pack, 2), -30000);
  EXPECT_EQ(read<uint16_t>(pack, 3), 60000);
  EXPECT_EQ(read<int32_t>(pack, 4), -2000000000);
  EXPECT_EQ(read<uint32_t>(pack, 5), 4000000000u);
  EXPECT_EQ(read<int64_t>(pack, 6), int64_t(-1) << 40);
  EXPECT_EQ(read<uint64_t>(pack, 7), uint64_t(1) << 63);
  EXPECT_EQ(read<float>(pack, 8), 1.5f);
  EXPECT_EQ(read<double>(pack, 9), -2.25);
  EXPECT_EQ(read<bool>(pack, 10), true);
  EXPECT_EQ(read<char>(pack, 11), 'x');
}

// cuLaunchKernel reads each argument through its own pointer.
TEST(ArgPack, PointersAddressEachArgumentAligned) {
  ArgPack pack;
  pack.add(uint8_t(1)).add(2.0).add(uint16_t(3));
  struct Triple {
    float x, y, z;
  } triple{1, 2, 3};
  pack.add_bytes(&triple, sizeof triple, alignof(Triple));
  void** pointers = pack.pointers();
  EXPECT_EQ(*static_cast<uint8_t*>(pointers[0]), 1);
  EXPECT_EQ(*static_cast<double*>(pointers[1]), 2.0);
  EXPECT_EQ(*static_cast<uint16_t*>(pointers[2]), 3);
  EXPECT_EQ(std::memcmp(pointers[3], &triple, sizeof triple), 0);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(pointers[1]) % alignof(double), 0u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(pointers[3]) % alignof(Triple), 0u);
}

TEST(ArgPack, RejectsAlignmentsThatAreNotPowersOfTwo) {
  ArgPack pack;
  char bytes[3] = {};
  EXPECT_THROW(pack.add_bytes(bytes, 3, 3), std::invalid_argument);
  EXPECT_THROW(pack.add_bytes(bytes, 3, 0), std::invalid_argument);
}

TEST(ArgPack, BufferIsItsDeviceAddress) {
  ArgPack pack;
  pack.add(Buffer());
  EXPECT_EQ(read<CUdeviceptr>(pack, 0), 0u);
  EXPECT_EQ(pack.keepalive().size(), 1u);
}

TEST(CheckArguments, CountAndSizesMustMatch) {
  std::vector<ParamInfo> params = {{0, 8}, {8, 4}};
  ArgPack good;
  good.add(uint64_t(1)).add(1.0f);
  EXPECT_NO_THROW(check_arguments("k", params, good));

  ArgPack too_few;
  too_few.add(uint64_t(1));
  try {
    check_arguments("vector_add", params, too_few);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "vector_add takes 2 arguments, not 1");
  }

  ArgPack wrong_size;
  wrong_size.add(uint64_t(1)).add(1.0);
  try {
    check_arguments("k", params, wrong_size);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "argument 1 of k is 8 bytes; the kernel's parameter is 4");
  }
}

}  // namespace
}  // namespace ingot::gpu
