#include "gpu/error.h"

#include <gtest/gtest.h>

#include "gpu/driver.h"

namespace ingot::gpu {
namespace {

template <class Expected>
std::string thrown_by(CUresult code) {
  try {
    throw_driver_error("cuSomething", code);
  } catch (const Expected& e) {
    return e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "code " << code << " threw the wrong type: " << e.what();
  }
  return {};
}

// The class follows the code; the message names the call and the code.
TEST(DriverErrors, MapToExceptionClasses) {
  std::string oom = thrown_by<OutOfMemoryError>(2);
  EXPECT_EQ(oom.rfind("cuSomething failed: ", 0), 0u) << oom;
  EXPECT_NE(oom.find("2"), std::string::npos) << oom;
  for (CUresult code : {3, 4, 34, 46, 100, 101, 803, 804}) {
    std::string message = thrown_by<NoDeviceError>(code);
    EXPECT_EQ(message.rfind("no CUDA device: cuSomething failed: ", 0), 0u) << message;
  }
  for (CUresult code : {1, 36, 200, 500, 700, 719, 999}) {
    std::string message = thrown_by<Error>(code);
    EXPECT_EQ(message.rfind("cuSomething failed: ", 0), 0u) << message;
    EXPECT_NE(message.find(std::to_string(code)), std::string::npos) << message;
  }
}

TEST(DriverErrors, DetailEndsTheMessage) {
  try {
    throw_driver_error("cuModuleGetFunction", 500, "no kernel named 'k'");
    FAIL();
  } catch (const Error& e) {
    std::string message = e.what();
    EXPECT_EQ(message.substr(message.size() - 20), "\nno kernel named 'k'");
  }
}

TEST(DriverErrors, DescribedByTheDriverWhenThereIsOne) {
  EXPECT_EQ(describe_driver_error(nullptr, 2), "CUresult 2");
  DriverApi fake;
  fake.cuGetErrorName = [](CUresult, const char** name) {
    *name = "CUDA_ERROR_OUT_OF_MEMORY";
    return 0;
  };
  fake.cuGetErrorString = [](CUresult, const char** text) {
    *text = "out of memory";
    return 0;
  };
  EXPECT_EQ(describe_driver_error(&fake, 2), "CUDA_ERROR_OUT_OF_MEMORY (2): out of memory");
  fake.cuGetErrorName = [](CUresult, const char**) { return 1; };  // a code the driver does not know
  EXPECT_EQ(describe_driver_error(&fake, 12345), "CUresult 12345: out of memory");
}

TEST(NvrtcErrors, NameTheCall) {
  try {
    throw_nvrtc_error("nvrtcCreateProgram", 3);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("nvrtcCreateProgram failed: ", 0), 0u) << e.what();
  }
  EXPECT_THROW(throw_nvrtc_error("nvrtcCompileProgram", 1), OutOfMemoryError);
}

TEST(CompileErrors, CarryTheLog) {
  CompileError e("compiling k.cu failed:\nk.cu(1): error", "k.cu(1): error");
  EXPECT_EQ(e.log(), "k.cu(1): error");
  const Error& base = e;
  EXPECT_NE(std::string(base.what()).find("k.cu(1)"), std::string::npos);
}

}  // namespace
}  // namespace ingot::gpu
