// The compression functions of MD5 (RFC 1321) and SHA-1, with the SHA-2
// family's from base/sha2_block.h, for hashlib.py (design: hash_module.h).
#include "runtime/hash_module.h"

#include <bit>
#include <cstdint>
#include <cstring>

#include "base/sha2_block.h"
#include "runtime/exception.h"

namespace ingot::rt::hashlib {
namespace {

using sha2::load_big;

template <typename Word>
void store_big(unsigned char* p, Word w) {
  for (size_t i = sizeof(Word); i-- > 0; w >>= 8) p[i] = static_cast<unsigned char>(w);
}

uint32_t load_little(const unsigned char* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

void store_little(unsigned char* p, uint32_t w) {
  for (int i = 0; i < 4; ++i, w >>= 8) p[i] = static_cast<unsigned char>(w);
}

void md5(uint32_t h[4], const unsigned char* block) {
  static constexpr uint32_t k[64] = {
      0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
      0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
      0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
      0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
      0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
      0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
      0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
      0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
  static constexpr int shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
  uint32_t m[16];
  for (int i = 0; i < 16; ++i) m[i] = load_little(block + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; ++i) {
    uint32_t f;
    int g;
    switch (i / 16) {
      case 0: f = (b & c) | (~b & d), g = i; break;
      case 1: f = (d & b) | (~d & c), g = (5 * i + 1) % 16; break;
      case 2: f = b ^ c ^ d, g = (3 * i + 5) % 16; break;
      default: f = c ^ (b | ~d), g = (7 * i) % 16; break;
    }
    uint32_t rotated = std::rotl(a + f + k[i] + m[g], shift[i / 16 * 4 + i % 4]);
    a = d, d = c, c = b, b = b + rotated;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

void sha1(uint32_t h[5], const unsigned char* block) {
  uint32_t w[80];
  for (int i = 0; i < 16; ++i) w[i] = load_big<uint32_t>(block + 4 * i);
  for (int i = 16; i < 80; ++i) w[i] = std::rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; ++i) {
    uint32_t f, k;
    if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
    else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
    else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
    else f = b ^ c ^ d, k = 0xca62c1d6;
    uint32_t t = std::rotl(a, 5) + f + e + k + w[i];
    e = d, d = c, c = std::rotl(b, 30), b = a, a = t;
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

// Runs `step` over each block with the state as Words: loaded from and
// stored back to bytes in the algorithm's order.
template <typename Word, size_t Words, size_t BlockSize, bool Little = false>
Bytes run(Bytes state, Bytes blocks, void (*step)(Word*, const unsigned char*)) {
  if (state.size() != int64_t(Words * sizeof(Word)) || blocks.size() % BlockSize)
    raise(exc::ValueError, "hash state or blocks of the wrong size");
  auto* in = reinterpret_cast<const unsigned char*>(state.view().data());
  Word h[Words];
  for (size_t i = 0; i < Words; ++i) {
    if constexpr (Little) h[i] = load_little(in + 4 * i);
    else h[i] = load_big<Word>(in + sizeof(Word) * i);
  }
  auto* data = reinterpret_cast<const unsigned char*>(blocks.view().data());
  for (int64_t at = 0; at < blocks.size(); at += BlockSize) step(h, data + at);
  Bytes out = Bytes::allocate(state.size());
  auto* o = reinterpret_cast<unsigned char*>(out.mutable_data());
  for (size_t i = 0; i < Words; ++i) {
    if constexpr (Little) store_little(o + 4 * i, h[i]);
    else store_big<Word>(o + sizeof(Word) * i, h[i]);
  }
  return out;
}

}  // namespace

Bytes compress(Int function, Bytes state, Bytes blocks) {
  std::optional<int64_t> f = function.to_int64();
  switch (f.value_or(-1)) {
    case 0: return run<uint32_t, 4, 64, true>(state, blocks, md5);
    case 1: return run<uint32_t, 5, 64>(state, blocks, sha1);
    case 2: return run<uint32_t, 8, 64>(state, blocks, sha2::block256);
    case 3: return run<uint64_t, 8, 128>(state, blocks, sha2::block512);
    default: raise(exc::ValueError, "unknown hash function");
  }
}

}  // namespace ingot::rt::hashlib
