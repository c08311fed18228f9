// The on-disk cache of compiled kernels, so that a program compiles each
// kernel once per machine rather than once per run. An entry is found by a
// SHA-256 of everything that decides the binary: the source, the options and
// name expressions, NVRTC's version and the target architecture.
//
// The cache is the "kernels" folder of ingot's cache (base/cache.h), whose
// entries are written atomically; an entry that does not parse is a miss.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "gpu/compiler.h"

namespace ingot::gpu {

// The entry's name: 64 hex digits.
std::string kernel_cache_key(std::string_view source, const CompileOptions& options, std::string_view nvrtc_version,
                             const Target& target);

// An entry's bytes, and back; nullopt for bytes that are not a whole entry.
std::string serialize_kernel_image(const KernelImage& image);
std::optional<KernelImage> deserialize_kernel_image(std::string_view bytes);

class KernelCache {
 public:
  explicit KernelCache(std::filesystem::path directory) : directory_(std::move(directory)) {}

  // The directory the environment names; nullopt where it names none.
  static std::optional<std::filesystem::path> default_directory();

  std::optional<KernelImage> load(const std::string& key) const;

  // Writes the entry atomically. False, and no entry, where the directory
  // cannot be written: the cache is an optimization, never a failure.
  bool store(const std::string& key, const KernelImage& image) const;

  std::filesystem::path path_for(const std::string& key) const { return directory_ / (key + ".kernel"); }

 private:
  std::filesystem::path directory_;
};

}  // namespace ingot::gpu
