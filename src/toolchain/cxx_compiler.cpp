#include "toolchain/cxx_compiler.h"

#include <cstdlib>
#include <fstream>

#include "base/cache.h"
#include "toolchain/process.h"

namespace ingot::toolchain {
namespace {

std::string first_line_of(const std::filesystem::path& path) {
  std::ifstream file(path);
  std::string line;
  std::getline(file, line);
  return line;
}

}  // namespace

CxxCompiler CxxCompiler::find() {
  std::vector<std::string> candidates;
  for (const char* name : {"INGOT_CXX", "CXX"})
    if (const char* value = std::getenv(name); value && *value) candidates.emplace_back(value);
  candidates.emplace_back("c++");
  for (const std::string& command : candidates) {
    std::filesystem::path log = temporary_path_beside(std::filesystem::temp_directory_path() / "ingot-cxx-version");
    ProcessResult r = run_process({command, "--version"}, log);
    std::string version = first_line_of(log);
    std::error_code ignored;
    std::filesystem::remove(log, ignored);
    if (r.started && r.exit_code == 0) return {command, version};
  }
  return {};
}

bool compile(const CxxCompiler& compiler, const CompileJob& job) {
  std::vector<std::string> argv{compiler.command};
  argv.insert(argv.end(), job.flags.begin(), job.flags.end());
  for (const auto& source : job.sources) argv.push_back(source.string());
  argv.push_back("-o");
  argv.push_back(job.output.string());
  argv.insert(argv.end(), job.link_inputs.begin(), job.link_inputs.end());
  ProcessResult r = run_process(argv, job.log);
  return r.started && r.exit_code == 0 && std::filesystem::exists(job.output);
}

}  // namespace ingot::toolchain
