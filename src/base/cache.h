// Where ingot keeps what it compiles (programs, GPU kernels), and how an
// entry gets there.
//
// The cache is $INGOT_CACHE_DIR, else $XDG_CACHE_HOME/ingot, else
// ~/.cache/ingot; each kind of entry has a folder of its own in it. Entries
// are written under a temporary name and renamed into place, so a reader
// sees a whole entry or none, however many processes fill the cache at once.
#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/sha256.h"

namespace ingot {

// The name of a cache entry: a SHA-256 of every field that decides it, each
// length-prefixed so that no two field lists hash alike ("ab", "c" against
// "a", "bc").
class CacheKey {
 public:
  CacheKey& add(std::string_view field);
  CacheKey& add(uint64_t number) { return add(std::to_string(number)); }
  std::string hex() { return hash_.hex_digest(); }  // 64 hex digits; ends the key

 private:
  Sha256 hash_;
};

// The folder for one kind of entry ("programs", "kernels"); nullopt where
// the environment names no cache at all.
std::optional<std::filesystem::path> cache_directory(std::string_view kind);

// What stands for a file's contents in a cache key without reading them:
// its size and modification time (nanoseconds), or "absent". A rewritten
// file changes its time, so a key built from stamps never matches stale
// contents; a stat costs microseconds where hashing costs milliseconds.
std::string file_stamp(const std::filesystem::path& path);
// The same from a stat already taken.
std::string file_stamp(const struct stat& info);

// A name beside `path` that no other process or thread will pick.
std::filesystem::path temporary_path_beside(const std::filesystem::path& path);

// Writes `bytes` to `path` atomically, creating its folder. False, and
// nothing written, where that fails: a cache is an optimization, never a
// failure.
bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace ingot
