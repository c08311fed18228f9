// The driver's subcommands.
#pragma once

#include <span>
#include <string_view>

#include "driver/options.h"

namespace ingot::driver {

// ingot ast [--quiet] FILE...: exit code 0, or 1 if any file has a SyntaxError.
int ast_command(std::span<const std::string_view> args);
// ingot scopes FILE...: exit code 0, or 1 if any file does not compile.
int scopes_command(std::span<const std::string_view> args);
// ingot types FILE...: exit code 0, or 1 if any file does not compile.
int types_command(std::span<const std::string_view> args);
// ingot [run] FILE [ARGS...], ingot -c CODE: compiles, builds (cached) and
// runs the program; its exit status, or 1 if it does not compile.
int run_command(const Options& options);
// ingot build FILE [-o OUT]: the program's executable, copied to OUT.
int build_command(const Options& options);
// ingot cpp FILE: prints the generated C++; 1 if the program does not compile.
int cpp_command(const Options& options);

}  // namespace ingot::driver
