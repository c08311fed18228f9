// From a loaded program to a cached executable: code generation, then the
// system C++ compiler through the program cache (src/toolchain).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "driver/options.h"
#include "driver/program.h"

namespace ingot::driver {

// The generated C++ for the program (all its modules in one translation
// unit), or nullopt after printing why there is none (an unsupported
// construct, or an internal error).
std::optional<std::string> compile_to_cpp(const LoadedProgram& program);

// The program's executable, from the cache or built now (and, with
// --emit-cpp, its C++ written out); nullopt after printing why not.
std::optional<std::filesystem::path> executable_for(const LoadedProgram& program, const Options& options);

}  // namespace ingot::driver
