// Running another program (the C++ compiler, a compiled Python program) and
// waiting for it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ingot::toolchain {

struct ProcessResult {
  bool started = false;  // false: the program could not be run at all
  int exit_code = -1;    // the exit status, or 128 + the signal that ended it
};

// Runs argv[0] (searched on PATH) with `argv`. With `output`, its stdout and
// stderr both go to that file (created or truncated); otherwise they are
// this process's.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::optional<std::filesystem::path>& output = std::nullopt);

}  // namespace ingot::toolchain
