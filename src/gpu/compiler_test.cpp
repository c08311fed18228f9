// Choosing what NVRTC targets runs everywhere; compiling needs NVRTC, which
// needs no GPU, and is skipped only where the library is missing.
#include "gpu/compiler.h"

#include <gtest/gtest.h>

#include "gpu/error.h"
#include "gpu/nvrtc.h"

namespace ingot::gpu {
namespace {

using Format = KernelImage::Format;

TEST(ChooseTarget, TheDevicesOwnArchitectureWhenNvrtcKnowsIt) {
  std::vector<int> supported = {75, 80, 86, 89, 90, 100, 120};
  EXPECT_EQ(choose_target({}, 90, supported), (Target{"sm_90", Format::cubin}));
  EXPECT_EQ(choose_target({}, 75, supported), (Target{"sm_75", Format::cubin}));
}

// A device newer than NVRTC gets PTX the driver can compile for it.
TEST(ChooseTarget, PtxForADeviceNewerThanNvrtc) {
  std::vector<int> supported = {75, 80, 90};
  EXPECT_EQ(choose_target({}, 120, supported), (Target{"compute_90", Format::ptx}));
  EXPECT_EQ(choose_target({}, 87, supported), (Target{"compute_80", Format::ptx}));
}

TEST(ChooseTarget, ADeviceOlderThanNvrtcCannotBeTargeted) {
  std::vector<int> supported = {75, 80};
  try {
    choose_target({}, 70, supported);
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "NVRTC cannot compile for sm_70: its oldest target is sm_75");
  }
}

TEST(ChooseTarget, TheCallersArchOptionWins) {
  std::vector<int> supported = {90};
  CompileOptions options;
  options.options = {"-arch=sm_90a"};
  EXPECT_EQ(choose_target(options, 90, supported), (Target{"sm_90a", Format::cubin}));
  options.options = {"--gpu-architecture=compute_90"};
  EXPECT_EQ(choose_target(options, 90, supported), (Target{"compute_90", Format::ptx}));
  options.options = {"-arch", "sm_80"};
  EXPECT_EQ(choose_target(options, 90, supported), (Target{"sm_80", Format::cubin}));
}

TEST(NvrtcArguments, AddTheTargetUnlessGiven) {
  CompileOptions options;
  options.options = {"-use_fast_math"};
  Target target{"sm_90", Format::cubin};
  EXPECT_EQ(nvrtc_arguments(options, target), (std::vector<std::string>{"-use_fast_math", "-arch=sm_90"}));
  options.options = {"-arch=sm_90a"};
  EXPECT_EQ(nvrtc_arguments(options, {"sm_90a", Format::cubin}), options.options);
}

class NvrtcTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!process_nvrtc().failure.empty()) GTEST_SKIP() << process_nvrtc().failure;
  }
};

constexpr const char* kTemplateSource = R"(
template <class T> __global__ void scale(T* x, T by, unsigned n) {
  unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) x[i] *= by;
}
extern "C" __global__ void plain(float* x) { x[threadIdx.x] = 1.0f; }
)";

TEST_F(NvrtcTest, KnowsItsVersionAndTargets) {
  EXPECT_FALSE(nvrtc().version.empty());
  EXPECT_FALSE(nvrtc().architectures.empty());
}

TEST_F(NvrtcTest, CompilesToACubinWithLoweredNames) {
  CompileOptions options;
  options.name_expressions = {"scale<float>", "scale<double>"};
  KernelImage image = compile_image(kTemplateSource, options, {"sm_90", Format::cubin});
  EXPECT_EQ(image.format, Format::cubin);
  EXPECT_EQ(image.bytes.substr(0, 4), "\x7f" "ELF");
  ASSERT_EQ(image.lowered_names.size(), 2u);
  EXPECT_EQ(image.lowered_names[0].first, "scale<float>");
  EXPECT_EQ(image.lowered_names[0].second, "_Z5scaleIfEvPT_S0_j");
  EXPECT_EQ(image.lowered_names[1].second, "_Z5scaleIdEvPT_S0_j");
}

TEST_F(NvrtcTest, CompilesToPtx) {
  KernelImage image = compile_image(kTemplateSource, {}, {"compute_90", Format::ptx});
  EXPECT_EQ(image.format, Format::ptx);
  EXPECT_NE(image.bytes.find(".entry plain"), std::string::npos);
  EXPECT_NE(image.bytes.find(".target sm_90"), std::string::npos);
}

TEST_F(NvrtcTest, CompileErrorCarriesTheLog) {
  CompileOptions options;
  options.program_name = "broken.cu";
  try {
    compile_image("extern \"C\" __global__ void k() { undefined_thing(); }", options, {"sm_90", Format::cubin});
    FAIL();
  } catch (const CompileError& e) {
    EXPECT_NE(e.log().find("undefined_thing"), std::string::npos) << e.log();
    EXPECT_NE(e.log().find("broken.cu"), std::string::npos) << e.log();
    EXPECT_EQ(std::string(e.what()).rfind("compiling broken.cu failed:\n", 0), 0u) << e.what();
  }
}

TEST_F(NvrtcTest, BadOptionIsAnError) {
  CompileOptions options;
  options.options = {"--no-such-option"};
  EXPECT_THROW(compile_image("__global__ void k() {}", options, {"sm_90", Format::cubin}), Error);
}

}  // namespace
}  // namespace ingot::gpu
