// The GPU kernel's source (gpu_kernel.h and the interpreter headers it
// includes, as one text), embedded in the library when it is built.
#pragma once

#include <string_view>

namespace ingot::arm64 {

std::string_view kernel_source();

}  // namespace ingot::arm64
