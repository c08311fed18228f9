#include "base/cache.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <string>

namespace ingot {
namespace {

const char* environment(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

}  // namespace

CacheKey& CacheKey::add(std::string_view field) {
  std::string size = std::to_string(field.size()) + ":";
  hash_.update(size).update(field);
  return *this;
}

std::optional<std::filesystem::path> cache_directory(std::string_view kind) {
  if (const char* dir = environment("INGOT_CACHE_DIR")) return std::filesystem::path(dir) / kind;
  if (const char* dir = environment("XDG_CACHE_HOME")) return std::filesystem::path(dir) / "ingot" / kind;
  if (const char* home = environment("HOME")) return std::filesystem::path(home) / ".cache" / "ingot" / kind;
  return std::nullopt;
}

std::string file_stamp(const std::filesystem::path& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 ? file_stamp(info) : "absent";
}

std::string file_stamp(const struct stat& info) {
  return std::to_string(info.st_size) + ' ' + std::to_string(info.st_mtim.tv_sec) + '.' +
         std::to_string(info.st_mtim.tv_nsec);
}

std::filesystem::path temporary_path_beside(const std::filesystem::path& path) {
  // Unique among processes (the pid) and among threads (the counter).
  static std::atomic<uint64_t> counter = 0;
  std::filesystem::path temporary = path;
  temporary += ".tmp." + std::to_string(getpid()) + "." + std::to_string(counter++);
  return temporary;
}

bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  std::filesystem::path temporary = temporary_path_beside(path);
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), std::streamsize(bytes.size()));
    file.close();
    if (!file) {
      std::filesystem::remove(temporary, error);
      return false;
    }
  }
  std::filesystem::rename(temporary, path, error);
  if (!error) return true;
  std::filesystem::remove(temporary, error);
  return false;
}

}  // namespace ingot
