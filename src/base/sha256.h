// SHA-256, for the keys of ingot's caches (compiled programs, GPU kernels):
// a key names a compiled binary on disk, so a collision would run the wrong
// code. No library in the build provides it, and it is small.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ingot {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  std::array<uint8_t, 32> digest();  // ends the hash
  std::string hex_digest();

 private:
  void compress(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> pending_{};
  size_t pending_size_ = 0;
  uint64_t total_bytes_ = 0;
};

}  // namespace ingot
