// From a loaded program to a cached executable: code generation, then the
// system C++ compiler through the program cache (src/toolchain).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "driver/load.h"
#include "driver/options.h"

namespace ingot::driver {

// The generated C++ for the file, or nullopt after printing why there is none
// (an unsupported construct, or an internal error).
std::optional<std::string> compile_to_cpp(const LoadedFile& file);

// The program's executable, from the cache or built now (and, with
// --emit-cpp, its C++ written out); nullopt after printing why not.
std::optional<std::filesystem::path> executable_for(const LoadedFile& file, const Options& options);

}  // namespace ingot::driver
