// Generated C++ to a cached executable: the last step of `ingot app.py`.
//
// The program is one translation unit that includes runtime/program.h
// (precompiled where this build made it) and links this build's runtime
// archives. A build that fails is an ingot bug: the result names the log
// holding the compiler's output, which the user never sees otherwise.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "toolchain/cxx_compiler.h"
#include "toolchain/program_cache.h"

namespace ingot::toolchain {

enum class Optimization { Debug, Release };  // -O0 -g, -O2

struct BuildResult {
  std::optional<std::filesystem::path> executable;
  std::filesystem::path log;  // the compiler's output, when the build failed
};

class ProgramBuilder {
 public:
  ProgramBuilder(CxxCompiler compiler, ProgramCache cache) : compiler_(std::move(compiler)), cache_(std::move(cache)) {}

  // The flags a build uses: part of the program's cache key.
  static std::vector<std::string> flags(Optimization optimization);
  // What the program is built against: each runtime archive and header with
  // its size and modification time. Part of the cache key, so a rebuilt
  // runtime (same ingot version, as in development) never serves a program
  // linked against the old one; a stat per file costs microseconds.
  static std::string runtime_stamp();
  // The precompiled runtime/program.h this build made, unless a runtime
  // header changed since: g++ would take it without looking at the header.
  static std::optional<std::filesystem::path> precompiled_header();
  const CxxCompiler& compiler() const { return compiler_; }
  const ProgramCache& cache() const { return cache_; }

  // Compiles `cpp` and installs the executable in the cache under `key`.
  BuildResult build(const std::string& key, const std::string& cpp, Optimization optimization) const;

 private:
  CxxCompiler compiler_;
  ProgramCache cache_;
};

}  // namespace ingot::toolchain
