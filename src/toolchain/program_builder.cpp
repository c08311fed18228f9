#include "toolchain/program_builder.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/cache.h"
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
  auto headers = runtime_headers();
  std::vector<std::pair<std::string, std::string>> files;  // path, stamp
  for (const auto& [header, info] : headers) files.emplace_back(header.string(), file_stamp(info));
  for (const std::string& archive : split(INGOT_RUNTIME_ARCHIVES)) files.emplace_back(archive, file_stamp(archive));
  if (auto pch = usable_pch(headers)) files.emplace_back(pch->string(), file_stamp(*pch));
  std::sort(files.begin(), files.end());
  std::string stamp;
  for (const auto& [file, file_time] : files) stamp += file + ' ' + file_time + '\n';
  return stamp;
}

std::vector<std::string> ProgramBuilder::flags(Optimization optimization) {
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
