// FIPS 180-4, section 6.2.
#include "base/sha256.h"

#include <cstring>

#include "base/sha2_block.h"

namespace ingot {

Sha256::Sha256()
    : state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {}

void Sha256::compress(const uint8_t* block) { sha2::block256(state_.data(), block); }

Sha256& Sha256::update(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t n = bytes.size();
  total_bytes_ += n;
  if (pending_size_ > 0) {
    size_t take = std::min(n, 64 - pending_size_);
    std::memcpy(pending_.data() + pending_size_, p, take);
    pending_size_ += take, p += take, n -= take;
    if (pending_size_ < 64) return *this;
    compress(pending_.data());
    pending_size_ = 0;
  }
  for (; n >= 64; p += 64, n -= 64) compress(p);
  std::memcpy(pending_.data(), p, n);
  pending_size_ = n;
  return *this;
}

std::array<uint8_t, 32> Sha256::digest() {
  uint64_t bits = total_bytes_ * 8;
  uint8_t pad[72] = {0x80};
  size_t pad_size = (pending_size_ < 56 ? 56 : 120) - pending_size_;
  for (int i = 0; i < 8; ++i) pad[pad_size + i] = uint8_t(bits >> (56 - 8 * i));
  update(std::string_view(reinterpret_cast<const char*>(pad), pad_size + 8));
  std::array<uint8_t, 32> out;
  for (int i = 0; i < 8; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = uint8_t(state_[i] >> (24 - 8 * j));
  return out;
}

std::string Sha256::hex_digest() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t byte : digest()) out += {kHex[byte >> 4], kHex[byte & 15]};
  return out;
}

}  // namespace ingot
