#include "toolchain/program_cache.h"

#include <unistd.h>

#include "base/cache.h"

namespace ingot::toolchain {

std::string program_key(const std::vector<ProgramSource>& sources, const BuildSettings& settings) {
  CacheKey key;
  key.add("ingot-program-1").add(settings.ingot_version).add(settings.compiler_version);
  key.add(settings.flags.size());
  for (const std::string& flag : settings.flags) key.add(flag);
  key.add(settings.runtime);
  key.add(sources.size());
  for (const ProgramSource& source : sources) key.add(source.path).add(source.text);
  return key.hex();
}

std::optional<std::filesystem::path> ProgramCache::default_directory() { return cache_directory("programs"); }

std::optional<std::filesystem::path> ProgramCache::find(const std::string& key) const {
  std::filesystem::path path = path_for(key);
  if (access(path.c_str(), X_OK) != 0) return std::nullopt;
  return path;
}

std::optional<std::filesystem::path> ProgramCache::install(const std::string& key,
                                                           const std::filesystem::path& executable) const {
  std::error_code error;
  std::filesystem::create_directories(directory_, error);
  std::filesystem::rename(executable, path_for(key), error);
  if (error) return std::nullopt;
  return path_for(key);
}

bool ProgramCache::add_name(const std::string& key, const std::filesystem::path& executable) const {
  std::filesystem::path link = temporary_path_beside(path_for(key));
  std::error_code error;
  std::filesystem::create_hard_link(executable, link, error);
  if (!error) std::filesystem::rename(link, path_for(key), error);
  bool added = !error;
  // rename does nothing where both names are already the one file (the
  // entry was named so before), which leaves the temporary name.
  std::filesystem::remove(link, error);
  return added;
}

std::filesystem::path ProgramCache::scratch_directory() const {
  std::filesystem::path scratch = temporary_path_beside(directory_ / "build");
  std::error_code error;
  std::filesystem::create_directories(scratch, error);
  return scratch;
}

}  // namespace ingot::toolchain
