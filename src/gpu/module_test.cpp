#include "gpu/module.h"

#include <chrono>
#include <fstream>

#include "gpu/kernel_cache.h"
#include "gpu/test_device.h"

namespace ingot::gpu {
namespace {

class ModuleTest : public GpuTest {
 protected:
  void SetUp() override {
    GpuTest::SetUp();
    if (!IsSkipped() && !process_nvrtc().failure.empty()) GTEST_SKIP() << process_nvrtc().failure;
  }

  // Runs `kernel` as vector_add over 1000 elements and checks the sums.
  void check_vector_add(const Kernel& kernel) {
    unsigned n = 1000;
    std::vector<float> a = random_floats(n, 1), b = random_floats(n, 2);
    Buffer da = upload(a), db = upload(b), dc = Buffer::device(device(), n * sizeof(float));
    kernel({{(n + 255) / 256}, {256}}, Stream::default_for(device()), da, db, dc, n);
    std::vector<float> c = download<float>(dc);
    for (unsigned i = 0; i < n; ++i) ASSERT_EQ(c[i], a[i] + b[i]) << i;
  }

  std::filesystem::path temp_file(const std::string& name) {
    return std::filesystem::temp_directory_path() / (std::to_string(getpid()) + "-" + name);
  }
};

TEST_F(ModuleTest, CompileAndRun) { check_vector_add(compile(kVectorAdd).kernel("vector_add")); }

TEST_F(ModuleTest, TemplatesThroughNameExpressions) {
  CompileOptions options;
  options.name_expressions = {"scale<float>", "scale<double>"};
  Module module = compile(R"(
    template <class T> __global__ void scale(T* x, T by, unsigned n) {
      unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
      if (i < n) x[i] *= by;
    })",
                          options);
  EXPECT_FALSE(module.lowered_name("scale<float>").empty());
  Buffer f = upload(std::vector<float>(100, 1.5f));
  Buffer d = upload(std::vector<double>(100, 2.5));
  Stream stream = Stream::default_for(device());
  module.kernel("scale<float>")({{1}, {128}}, stream, f, 2.0f, 100u);
  module.kernel("scale<double>")({{1}, {128}}, stream, d, 3.0, 100u);
  EXPECT_EQ(download<float>(f), std::vector<float>(100, 3.0f));
  EXPECT_EQ(download<double>(d), std::vector<double>(100, 7.5));
}

TEST_F(ModuleTest, MissingKernelNamesItself) {
  Module module = compile(kVectorAdd);
  try {
    module.kernel("vector_sub");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no kernel named 'vector_sub'"), std::string::npos) << e.what();
  }
}

TEST_F(ModuleTest, CompileErrorCarriesNvrtcsLog) {
  try {
    compile("extern \"C\" __global__ void k(float* x) { x[0] = missing_variable; }");
    FAIL();
  } catch (const CompileError& e) {
    EXPECT_NE(e.log().find("missing_variable"), std::string::npos) << e.log();
  }
}

// The same source is compiled once per process; later compiles are lookups.
TEST_F(ModuleTest, SecondCompileIsACacheHit) {
  std::string source = std::string(kVectorAdd) + "// " + std::to_string(getpid()) + "\n";
  compile(source);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 100; ++i) compile(source);
  double each_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 100;
  EXPECT_LT(each_us, 1000) << "a cache hit must cost well under a millisecond";
}

// What the disk cache holds under a source's key is what compiling it
// gives, without NVRTC: here a planted entry whose kernel has another name.
TEST_F(ModuleTest, DiskCacheEntriesAreUsed) {
  std::string source = "// planted " + std::to_string(getpid()) + "\n" + kVectorAdd;
  const NvrtcLoad& compiler = nvrtc();
  Target target = choose_target({}, device().properties().architecture(), compiler.architectures);
  KernelImage planted = compile_image("extern \"C\" __global__ void planted() {}", {}, target);
  KernelCache cache(*KernelCache::default_directory());
  ASSERT_TRUE(cache.store(kernel_cache_key(source, {}, compiler.version, target), planted));
  Module module = compile(source);
  EXPECT_NO_THROW(module.kernel("planted"));
  EXPECT_THROW(module.kernel("vector_add"), Error);
}

TEST_F(ModuleTest, CompilingFillsTheDiskCache) {
  std::string source = "// fills " + std::to_string(getpid()) + "\n" + kVectorAdd;
  compile(source);
  const NvrtcLoad& compiler = nvrtc();
  Target target = choose_target({}, device().properties().architecture(), compiler.architectures);
  KernelCache cache(*KernelCache::default_directory());
  std::optional<KernelImage> image = cache.load(kernel_cache_key(source, {}, compiler.version, target));
  ASSERT_TRUE(image);
  EXPECT_EQ(image->format, target.format);
}

TEST_F(ModuleTest, LoadsPtxAndCubinFiles) {
  std::string arch = std::to_string(device().properties().architecture());
  for (Target target : {Target{"compute_" + arch, KernelImage::Format::ptx},
                        Target{"sm_" + arch, KernelImage::Format::cubin}}) {
    std::filesystem::path path = temp_file("vector_add." + target.architecture);
    {
      std::ofstream file(path, std::ios::binary);
      std::string bytes = compile_image(kVectorAdd, {}, target).bytes;
      file.write(bytes.data(), std::streamsize(bytes.size()));
    }
    check_vector_add(Module::load(device(), path).kernel("vector_add"));
    std::filesystem::remove(path);
  }
  EXPECT_THROW(Module::load(device(), temp_file("missing.cubin")), Error);
}

TEST_F(ModuleTest, BadImageIsAnError) {
  KernelImage garbage;
  garbage.format = KernelImage::Format::ptx;
  garbage.bytes = ".version 99.0\nthis is not ptx";
  EXPECT_THROW(Module::from_image(device(), garbage), Error);
}

}  // namespace
}  // namespace ingot::gpu
