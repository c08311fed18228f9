// Finding the CUDA libraries, and what happens where they are missing: the
// path every machine without a GPU takes.
#include <gtest/gtest.h>

#include <cstdlib>

#include "gpu/device.h"
#include "gpu/driver.h"
#include "gpu/nvrtc.h"
#include "gpu/shared_library.h"

namespace ingot::gpu {
namespace {

TEST(SharedLibrary, ReportsEveryCandidateThatFailed) {
  SharedLibrary lib({"/nonexistent/libfirst.so", "libingot-no-such-library.so.7"});
  EXPECT_FALSE(lib.loaded());
  EXPECT_NE(lib.error().find("/nonexistent/libfirst.so"), std::string::npos) << lib.error();
  EXPECT_NE(lib.error().find("libingot-no-such-library.so.7"), std::string::npos) << lib.error();
  EXPECT_EQ(lib.symbol("anything"), nullptr);
}

TEST(SharedLibrary, TakesTheFirstThatLoads) {
  SharedLibrary lib({"/nonexistent/libfirst.so", "libc.so.6"});
  ASSERT_TRUE(lib.loaded()) << lib.error();
  EXPECT_EQ(lib.name(), "libc.so.6");
  EXPECT_NE(lib.symbol("malloc"), nullptr);
  EXPECT_EQ(lib.symbol("ingot_no_such_symbol"), nullptr);
}

TEST(LibraryCandidates, EnvironmentOverridesTheDefaults) {
  unsetenv("INGOT_TEST_LIBRARY");
  EXPECT_EQ(library_candidates("INGOT_TEST_LIBRARY", {"a.so", "b.so"}), (std::vector<std::string>{"a.so", "b.so"}));
  setenv("INGOT_TEST_LIBRARY", "", 1);
  EXPECT_EQ(library_candidates("INGOT_TEST_LIBRARY", {"a.so"}), (std::vector<std::string>{"a.so"}));
  setenv("INGOT_TEST_LIBRARY", "/opt/c.so", 1);
  EXPECT_EQ(library_candidates("INGOT_TEST_LIBRARY", {"a.so"}), (std::vector<std::string>{"/opt/c.so"}));
  unsetenv("INGOT_TEST_LIBRARY");
}

TEST(LoadDriver, MissingLibrarySaysSo) {
  DriverLoad load = load_driver({"/nonexistent/libcuda.so.1"});
  EXPECT_NE(load.failure.find("the CUDA driver library could not be loaded"), std::string::npos) << load.failure;
  EXPECT_NE(load.failure.find("/nonexistent/libcuda.so.1"), std::string::npos) << load.failure;
  EXPECT_EQ(load.api.cuInit, nullptr);
}

TEST(LoadDriver, LibraryWithoutTheApiSaysWhatIsMissing) {
  DriverLoad load = load_driver({"libc.so.6"});
  EXPECT_NE(load.failure.find("libc.so.6 lacks cuInit"), std::string::npos) << load.failure;
  EXPECT_EQ(load.api.cuInit, nullptr);
}

// The toolkit's stub libcuda exports every driver symbol, and fails cuInit.
TEST(LoadDriver, StubLibraryResolvesEverySymbol) {
#ifndef INGOT_CUDA_STUB_LIBRARY
  GTEST_SKIP() << "no stub libcuda.so in the CUDA toolkit here";
#else
  // Loading the real driver first keeps the stub, whose soname is also
  // libcuda.so.1, from standing in for it in this process.
  if (is_available()) GTEST_SKIP() << "a real driver is loaded; the GPU tests exercise it";
  DriverLoad load = load_driver({INGOT_CUDA_STUB_LIBRARY});
  EXPECT_NE(load.api.cuInit, nullptr) << load.failure;
  EXPECT_NE(load.api.cuFuncGetParamInfo, nullptr);
  EXPECT_NE(load.failure.find("cuInit failed"), std::string::npos) << load.failure;
#endif
}

TEST(LoadNvrtc, MissingLibrarySaysSo) {
  NvrtcLoad load = load_nvrtc({"/nonexistent/libnvrtc.so.13"});
  EXPECT_NE(load.failure.find("NVRTC could not be loaded"), std::string::npos) << load.failure;
}

// What a machine without a GPU sees; on a GPU machine, the opposite.
TEST(ProcessDriver, AvailabilityAndItsReasonAgree) {
  if (is_available()) {
    EXPECT_EQ(unavailable_reason(), "");
    EXPECT_GE(device_count(), 1);
    EXPECT_NO_THROW(Device(0));
    return;
  }
  EXPECT_NE(unavailable_reason(), "");
  EXPECT_EQ(device_count(), 0);
  EXPECT_TRUE(Device::all().empty());
  try {
    Device device(0);
    FAIL();
  } catch (const NoDeviceError& e) {
    EXPECT_EQ(std::string(e.what()), "no CUDA device: " + unavailable_reason());
  }
}

TEST(ProcessDriver, OrdinalOutOfRange) {
  if (!is_available()) GTEST_SKIP() << "no CUDA device: " << unavailable_reason();
  try {
    Device device(device_count());
    FAIL();
  } catch (const NoDeviceError& e) {
    EXPECT_NE(std::string(e.what()).find("out of range"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ingot::gpu
