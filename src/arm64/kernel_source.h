// The GPU kernel's source (gpu_kernel.h and the interpreter headers it
// includes, as one text), embedded in the library when it is built.
#pragma once

#include <string_view>

namespace ingot::arm64 {

std::string_view kernel_source();

// translated_kernel.h and the headers it includes: what the block
// translator's kernels (block_translator.h) are built on.
std::string_view translated_kernel_source();

}  // namespace ingot::arm64
