// The fixture of tests that need a GPU: each is skipped, saying why, on a
// machine without one. Kernels compile into a temporary kernel cache, so
// tests neither read nor fill the user's.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "gpu/gpu.h"
#include "gpu/nvrtc.h"

namespace ingot::gpu {

// A kernel cache private to the test process, removed when it exits.
class PrivateKernelCache {
 public:
  PrivateKernelCache() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ingot-gpu-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
    setenv("INGOT_CACHE_DIR", path_.c_str(), 1);
  }
  ~PrivateKernelCache() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

 private:
  std::filesystem::path path_;
};

class GpuTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!is_available()) GTEST_SKIP() << "no CUDA device: " << unavailable_reason();
    static PrivateKernelCache cache;
    device_.emplace(0);
  }

  const Device& device() const { return *device_; }

  Module compile(const std::string& source, const CompileOptions& options = {}) {
    return Module::compile(device(), source, options);
  }

  static std::vector<float> random_floats(size_t n, unsigned seed = 1) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1, 1);
    std::vector<float> out(n);
    for (float& x : out) x = dist(rng);
    return out;
  }

  template <class T>
  std::vector<T> download(const Buffer& buffer) {
    std::vector<T> out(buffer.size() / sizeof(T));
    Stream stream = Stream::default_for(device());
    stream.download(out.data(), buffer);
    stream.synchronize();
    return out;
  }

  template <class T>
  Buffer upload(const std::vector<T>& values) {
    Buffer buffer = Buffer::device(device(), values.size() * sizeof(T));
    Stream stream = Stream::default_for(device());
    stream.upload(buffer, values.data());
    stream.synchronize();
    return buffer;
  }

 private:
  std::optional<Device> device_;
};

inline constexpr const char* kVectorAdd = R"(
extern "C" __global__ void vector_add(const float* a, const float* b, float* c, unsigned n) {
  unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) c[i] = a[i] + b[i];
}
)";

}  // namespace ingot::gpu
