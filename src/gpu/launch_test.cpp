#include "gpu/kernel.h"

#include <cstring>

#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

class LaunchTest : public GpuTest {
 protected:
  void SetUp() override {
    GpuTest::SetUp();
    if (!IsSkipped() && !process_nvrtc().failure.empty()) GTEST_SKIP() << process_nvrtc().failure;
  }
};

// Every scalar width and a struct by value arrive intact.
TEST_F(LaunchTest, ArgumentsOfEveryKind) {
  Module module = compile(R"(
    struct Triple { float x, y, z; };
    extern "C" __global__ void echo(signed char a, unsigned char b, short c, unsigned short d, int e, unsigned f,
                                    long long g, unsigned long long h, float i, double j, bool k, Triple t,
                                    double* out) {
      double values[] = {double(a), double(b), double(c), double(d), double(e), double(f), double(g),
                         double(h), double(i), j, double(k), double(t.x), double(t.y), double(t.z)};
      for (int n = 0; n < 14; ++n) out[n] = values[n];
    })");
  Kernel echo = module.kernel("echo");
  ASSERT_TRUE(echo.parameters());
  EXPECT_EQ(echo.parameters()->size(), 13u);
  Buffer out = Buffer::device(device(), 14 * sizeof(double));
  struct Triple {
    float x, y, z;
  } triple{0.5f, -1.5f, 2.5f};
  ArgPack args;
  args.add(int8_t(-100)).add(uint8_t(200)).add(int16_t(-30000)).add(uint16_t(60000)).add(int32_t(-2000000000));
  args.add(uint32_t(4000000000u)).add(int64_t(-1) << 40).add(uint64_t(1) << 53).add(1.25f).add(-3.5).add(true);
  args.add_bytes(&triple, sizeof triple, alignof(Triple)).add(out);
  echo.launch({{1}, {1}}, args);
  std::vector<double> expected = {-100,    200,  -30000, 60000, -2000000000, 4000000000.0, -1099511627776.0,
                                  9007199254740992.0, 1.25, -3.5, 1,           0.5,          -1.5, 2.5};
  EXPECT_EQ(download<double>(out), expected);
}

TEST_F(LaunchTest, WrongArgumentsAreRejectedBeforeLaunch) {
  Kernel add = compile(kVectorAdd).kernel("vector_add");
  if (!add.parameters()) GTEST_SKIP() << "this driver cannot describe kernel parameters";
  Buffer a = Buffer::device(device(), 16);
  Stream stream = Stream::default_for(device());
  EXPECT_THROW(add({{1}, {1}}, stream, a, a, a), std::invalid_argument);
  EXPECT_THROW(add({{1}, {1}}, stream, a, a, a, uint64_t(4)), std::invalid_argument);
  EXPECT_NO_THROW(add({{1}, {1}}, stream, a, a, a, 4u));
  device().synchronize();
}

TEST_F(LaunchTest, BadConfigurationNamesTheKernel) {
  Kernel add = compile(kVectorAdd).kernel("vector_add");
  Buffer a = Buffer::device(device(), 16);
  try {
    add({{1}, {4096}}, Stream::default_for(device()), a, a, a, 4u);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("launching vector_add"), std::string::npos) << e.what();
  }
}

TEST_F(LaunchTest, KernelAttributesAndOccupancy) {
  Kernel add = compile(kVectorAdd).kernel("vector_add");
  EXPECT_EQ(add.name(), "vector_add");
  EXPECT_GT(add.max_threads_per_block(), 0);
  EXPECT_GT(add.registers(), 0);
  EXPECT_EQ(add.static_shared_bytes(), 0);
  int block = add.suggested_block_size();
  EXPECT_GE(block, 32);
  EXPECT_LE(block, add.max_threads_per_block());
}

// Kernels read and write shared memory in place: no copies either way.
TEST_F(LaunchTest, ZeroCopySharedBuffers) {
  unsigned n = 1 << 16;
  Buffer a = Buffer::shared(device(), n * 4), b = Buffer::shared(device(), n * 4), c = Buffer::shared(device(), n * 4);
  std::vector<float> x = random_floats(n, 1), y = random_floats(n, 2);
  std::memcpy(a.host_ptr(), x.data(), n * 4);
  std::memcpy(b.host_ptr(), y.data(), n * 4);
  compile(kVectorAdd).kernel("vector_add")({{n / 256}, {256}}, Stream::default_for(device()), a, b, c, n);
  device().synchronize();
  const float* out = reinterpret_cast<const float*>(c.host_ptr());
  for (unsigned i = 0; i < n; ++i) ASSERT_EQ(out[i], x[i] + y[i]) << i;
}

TEST_F(LaunchTest, ThreeDimensionalGrid) {
  Module module = compile(R"(
    extern "C" __global__ void mark(unsigned* out) {
      unsigned x = blockIdx.x * blockDim.x + threadIdx.x, y = blockIdx.y * blockDim.y + threadIdx.y;
      unsigned z = blockIdx.z * blockDim.z + threadIdx.z;
      out[(z * 8 + y) * 8 + x] = x + 10 * y + 100 * z;
    })");
  Buffer out = Buffer::device(device(), 512 * 4);
  module.kernel("mark")({{2, 2, 2}, {4, 4, 4}}, Stream::default_for(device()), out);
  std::vector<unsigned> got = download<unsigned>(out);
  for (unsigned z = 0; z < 8; ++z)
    for (unsigned y = 0; y < 8; ++y)
      for (unsigned x = 0; x < 8; ++x) ASSERT_EQ(got[(z * 8 + y) * 8 + x], x + 10 * y + 100 * z);
}

// Past 48 KiB of dynamic shared memory a kernel must opt in; launch does it.
TEST_F(LaunchTest, LargeDynamicSharedMemory) {
  unsigned bytes = unsigned(device().properties().max_shared_memory_per_block_optin);
  if (bytes <= 48 * 1024) GTEST_SKIP() << "this device offers no more than 48 KiB";
  Module module = compile(R"(
    extern "C" __global__ void fill_and_sum(unsigned* out, unsigned words) {
      extern __shared__ unsigned scratch[];
      for (unsigned i = threadIdx.x; i < words; i += blockDim.x) scratch[i] = i;
      __syncthreads();
      if (threadIdx.x == 0) {
        unsigned long long sum = 0;
        for (unsigned i = 0; i < words; ++i) sum += scratch[i];
        *out = unsigned(sum % 1000000007ull);
      }
    })");
  Buffer out = Buffer::device(device(), 4);
  unsigned words = bytes / 4;
  module.kernel("fill_and_sum")({{1}, {256}, bytes}, Stream::default_for(device()), out, words);
  unsigned long long expected = (unsigned long long)words * (words - 1) / 2 % 1000000007ull;
  EXPECT_EQ(download<unsigned>(out)[0], expected);
}

}  // namespace
}  // namespace ingot::gpu
