// The command line of `ingot`: which command, which program, and the
// switches that change how it is built.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "toolchain/program_builder.h"

namespace ingot::driver {

enum class Command { Run, Build, Cpp, Ast, Scopes, Types, Help, Version };

struct Options {
  Command command = Command::Run;
  std::string program;              // FILE.py; empty with -c
  std::optional<std::string> code;  // -c CODE: the program text itself
  std::vector<std::string> args;    // the program's arguments (sys.argv[1:])
  std::string output;               // build -o OUT
  std::string emit_cpp;             // --emit-cpp DIR
  bool force = false;               // --force: build even when cached
  bool quiet = false;               // -q / --quiet: no progress notes
  toolchain::Optimization optimization = toolchain::Optimization::Release;
};

// The options, or the exit status after printing a usage error.
struct ParsedOptions {
  std::optional<Options> options;
  int status = 0;
};

ParsedOptions parse_options(std::span<const std::string_view> args);

extern const char* const kUsage;

}  // namespace ingot::driver
