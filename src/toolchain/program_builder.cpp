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

// The headers a program may include, with their status.
std::vector<std::pair<std::filesystem::path, struct stat>> runtime_headers() {
  std::vector<std::pair<std::filesystem::path, struct stat>> headers;
  std::error_code error;
  for (const char* folder : {"runtime", "unicode"})
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(INGOT_RUNTIME_INCLUDE_DIR) / folder, error))
      if (struct stat info {}; entry.path().extension() == ".h" && stat(entry.path().c_str(), &info) == 0)
        headers.emplace_back(entry.path(), info);
  return headers;
}

bool newer(const struct stat& a, const struct stat& b) {
  return a.st_mtim.tv_sec != b.st_mtim.tv_sec ? a.st_mtim.tv_sec > b.st_mtim.tv_sec : a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

// The .gch, unless one of `headers` is newer (g++ would not notice).
std::optional<std::filesystem::path> usable_pch(const std::vector<std::pair<std::filesystem::path, struct stat>>& headers) {
  struct stat pch {};
  if (std::string_view(INGOT_PRECOMPILED_HEADER).empty() || stat(INGOT_PRECOMPILED_HEADER, &pch) != 0) return std::nullopt;
  for (const auto& [header, info] : headers)
    if (newer(info, pch)) return std::nullopt;
  return std::filesystem::path(INGOT_PRECOMPILED_HEADER);
}

}  // namespace

std::optional<std::filesystem::path> ProgramBuilder::precompiled_header() { return usable_pch(runtime_headers()); }

std::string ProgramBuilder::runtime_stamp() {
  auto files = runtime_headers();
  std::vector<std::string> others = split(INGOT_RUNTIME_ARCHIVES);
  if (auto pch = usable_pch(files)) others.push_back(pch->string());
  for (const std::string& file : others)
    if (struct stat info {}; stat(file.c_str(), &info) == 0) files.emplace_back(file, info);
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string stamp;
  for (const auto& [file, info] : files)
    stamp += file.string() + ' ' + std::to_string(info.st_size) + ' ' + std::to_string(info.st_mtim.tv_sec) + '.' +
             std::to_string(info.st_mtim.tv_nsec) + '\n';
  return stamp;
}

std::vector<std::string> ProgramBuilder::flags(Optimization optimization) const {
  std::vector<std::string> flags;
  if (optimization == Optimization::Debug) {
    flags = {"-std=c++20", "-I" INGOT_RUNTIME_INCLUDE_DIR, "-O0", "-g"};
    for (const std::string& flag : split(INGOT_RUNTIME_CXX_FLAGS)) flags.push_back(flag);
    return flags;
  }
  // The precompiled runtime/program.h, found before the header itself
  // (toolchain/CMakeLists.txt, which also has the compile flags).
  if (auto pch = precompiled_header()) flags.push_back("-I" + pch->parent_path().parent_path().string());
  flags.push_back("-I" INGOT_RUNTIME_INCLUDE_DIR);
  for (const std::string& flag : split(INGOT_RELEASE_CXX_FLAGS)) flags.push_back(flag);
  // Stripped: the runtime archive's debug info would make hello world
  // about 3 MB instead of 0.6 MB; -O0 builds keep it for debuggers.
  // --gc-sections drops the runtime functions the program never reaches
  // (the runtime is compiled with a section per function).
  flags.insert(flags.end(), {"-s", "-Wl,--gc-sections"});
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
