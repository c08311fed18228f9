#include "toolchain/cxx_compiler.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

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

// $INGOT_CXX, $CXX and c++, in the order find() tries them.
std::vector<std::string> candidates() {
  std::vector<std::string> commands;
  for (const char* name : {"INGOT_CXX", "CXX"})
    if (const char* value = std::getenv(name); value && *value) commands.emplace_back(value);
  commands.emplace_back("c++");
  return commands;
}

// The file `command` runs, symbolic links (alternatives) followed, as
// execvp finds it; empty where there is none.
std::filesystem::path resolve(const std::string& command) {
  std::error_code error;
  auto executable = [&](const std::filesystem::path& path) { return access(path.c_str(), X_OK) == 0; };
  if (command.find('/') != std::string::npos)
    return executable(command) ? std::filesystem::canonical(command, error) : std::filesystem::path();
  const char* path = std::getenv("PATH");
  std::stringstream folders(path ? path : "/usr/local/bin:/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');)
    if (std::filesystem::path file = std::filesystem::path(folder.empty() ? "." : folder) / command; executable(file))
      return std::filesystem::canonical(file, error);
  return {};
}

}  // namespace

std::string CxxCompiler::stamp() {
  std::string stamp;
  for (const std::string& command : candidates()) {
    std::filesystem::path file = resolve(command);
    stamp += command + ' ' + file.string() + ' ' + file_stamp(file) + '\n';
  }
  return stamp;
}

CxxCompiler CxxCompiler::find() {
  for (const std::string& command : candidates()) {
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
