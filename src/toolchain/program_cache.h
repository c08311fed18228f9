// Compiled programs, kept by a key over everything that decides the
// executable, so that `ingot app.py` compiles once and runs from the cache
// afterwards, and never runs a stale build: changing any source, the
// compiler, its flags or ingot itself changes the key.
//
// An entry is an executable in the "programs" folder of ingot's cache
// (base/cache.h), moved into place by rename, so concurrent runs that build
// the same program each install a whole executable and readers never see a
// partial one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::toolchain {

struct ProgramSource {
  std::string path;  // as the program names it (module file)
  std::string text;
};

struct BuildSettings {
  std::string ingot_version;
  std::string compiler_version;
  std::vector<std::string> flags;
  std::string runtime;  // ProgramBuilder::runtime_stamp()
};

std::string program_key(const std::vector<ProgramSource>& sources, const BuildSettings& settings);

class ProgramCache {
 public:
  explicit ProgramCache(std::filesystem::path directory) : directory_(std::move(directory)) {}
  static std::optional<std::filesystem::path> default_directory();

  // The cached executable for `key`, if there is one.
  std::optional<std::filesystem::path> find(const std::string& key) const;
  // Moves the freshly built `executable` into the cache; returns where it
  // now is, or nullopt (the executable left where it was) if that fails.
  std::optional<std::filesystem::path> install(const std::string& key, const std::filesystem::path& executable) const;
  // Files the cached `executable` under `key` too (a hard link, put in place
  // by rename as install does); false where that fails.
  bool add_name(const std::string& key, const std::filesystem::path& executable) const;
  // A folder for one build to work in, inside the cache so that install is
  // a rename on one file system.
  std::filesystem::path scratch_directory() const;

  std::filesystem::path path_for(const std::string& key) const { return directory_ / key; }

 private:
  std::filesystem::path directory_;
};

}  // namespace ingot::toolchain
