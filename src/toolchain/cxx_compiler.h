// The system C++ compiler, as ingot calls it on generated code.
//
// Its diagnostics are never shown to the user: generated code that does not
// compile is an ingot bug, reported as an internal error that names the log
// file holding them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ingot::toolchain {

struct CxxCompiler {
  std::string command;  // run through PATH
  std::string version;  // the first line of `command --version`

  // $INGOT_CXX, else $CXX, else c++; nullopt-like (empty command) where
  // none runs.
  static CxxCompiler find();
  // What tells apart the compilers find() would choose between, without
  // running one (find() starts a process: milliseconds on every cached
  // run): each candidate's command and the file PATH resolves it to, with
  // that file's stamp. An upgrade or another compiler changes it.
  static std::string stamp();
  bool found() const { return !command.empty(); }
};

struct CompileJob {
  std::vector<std::filesystem::path> sources;
  std::filesystem::path output;            // the executable
  std::vector<std::string> flags;          // -O2, -I..., -include ...
  std::vector<std::string> link_inputs;    // libraries, -l...
  std::filesystem::path log;               // where the compiler's output goes
};

// True where the compiler built `job.output`; its output is in `job.log`
// either way.
bool compile(const CxxCompiler& compiler, const CompileJob& job);

}  // namespace ingot::toolchain
