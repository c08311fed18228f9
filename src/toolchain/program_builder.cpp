#include "toolchain/program_builder.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "toolchain/runtime_paths.h"

namespace ingot::toolchain {
namespace {

std::vector<std::string> split(std::string_view list) {
  std::vector<std::string> items;
  std::stringstream in{std::string(list)};
  for (std::string item; std::getline(in, item, ';');)
    if (!item.empty()) items.push_back(item);
  return items;
}

}  // namespace

std::string ProgramBuilder::runtime_stamp() {
  std::vector<std::filesystem::path> files;
  for (const std::string& archive : split(INGOT_RUNTIME_ARCHIVES)) files.emplace_back(archive);
  std::error_code error;
  for (const char* folder : {"runtime", "unicode"})
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(INGOT_RUNTIME_INCLUDE_DIR) / folder, error))
      if (entry.path().extension() == ".h") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string stamp;
  for (const auto& file : files) {
    struct stat info {};
    if (stat(file.c_str(), &info) != 0) continue;
    stamp += file.string() + ' ' + std::to_string(info.st_size) + ' ' + std::to_string(info.st_mtim.tv_sec) + '.' +
             std::to_string(info.st_mtim.tv_nsec) + '\n';
  }
  return stamp;
}

std::vector<std::string> ProgramBuilder::flags(Optimization optimization) const {
  std::vector<std::string> flags{"-std=c++20", "-I" INGOT_RUNTIME_INCLUDE_DIR};
  if (optimization == Optimization::Debug) {
    flags.insert(flags.end(), {"-O0", "-g"});
  } else {
    // No -ffast-math and no contraction of a*b+c: Python rounds every step.
    // Stripped: the runtime archive's debug info would make hello world
    // about 3 MB instead of 0.6 MB; -O0 builds keep it for debuggers.
    // -O3's limit for inlining functions declared inline: the generated
    // code declares its self-recursive functions so (codegen/functions.cpp)
    // and the runtime's hot paths are inline members. --gc-sections drops
    // the runtime functions the program never reaches (the runtime is
    // compiled with a section per function).
    flags.insert(flags.end(),
                 {"-O2", "-ffp-contract=off", "-s", "-Wl,--gc-sections", "--param=max-inline-insns-single=200"});
  }
  for (const std::string& flag : split(INGOT_RUNTIME_CXX_FLAGS)) flags.push_back(flag);
  return flags;
}

BuildResult ProgramBuilder::build(const std::string& key, const std::string& cpp, Optimization optimization) const {
  std::filesystem::path scratch = cache_.scratch_directory();
  CompileJob job;
  job.sources = {scratch / "program.cpp"};
  job.output = scratch / "program";
  job.flags = flags(optimization);
  job.link_inputs = split(INGOT_RUNTIME_ARCHIVES);
  for (const std::string& library : split(INGOT_RUNTIME_SYSTEM_LIBRARIES)) job.link_inputs.push_back(library);
  job.log = scratch / "compiler.log";
  std::ofstream(job.sources[0], std::ios::binary) << cpp;

  BuildResult result;
  result.log = job.log;
  if (compile(compiler_, job)) result.executable = cache_.install(key, job.output);
  if (result.executable) {
    std::error_code ignored;
    std::filesystem::remove_all(scratch, ignored);
  }
  return result;
}

}  // namespace ingot::toolchain
