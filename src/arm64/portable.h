// What lets the interpreter be written once and compiled twice: by the host
// C++ compiler (the CPU backend) and by NVRTC (the GPU backend, which gets
// these headers' text embedded in the library, see embed_kernel_source.py).
// NVRTC has no standard headers, so nothing here includes one: integer types
// are spelled out, and the few intrinsics differ by compiler.
#pragma once

#if defined(__CUDACC__)
#define ARM64_FN __device__ __forceinline__
#else
#define ARM64_FN inline
#endif

namespace ingot::arm64 {

using u8 = unsigned char;
using u16 = unsigned short;
using u32 = unsigned int;
using u64 = unsigned long long;
using i32 = int;
using i64 = long long;
static_assert(sizeof(u16) == 2 && sizeof(u32) == 4 && sizeof(u64) == 8, "fixed-width types");

ARM64_FN u64 ones(u32 bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

// `value`'s low `bits` bits, sign-extended to 64.
ARM64_FN u64 sign_extend(u64 value, u32 bits) {
  u32 unused = 64 - bits;
  return u64(i64(value << unused) >> unused);
}

// Shifts are defined for any amount: C++ leaves `x << 64` undefined, and the
// host and the GPU really do answer differently.
ARM64_FN u64 shift_left(u64 value, u32 amount) { return amount >= 64 ? 0 : value << amount; }
ARM64_FN u64 shift_right(u64 value, u32 amount) { return amount >= 64 ? 0 : value >> amount; }

ARM64_FN u32 count_leading_zeros(u64 value) {
#if defined(__CUDACC__)
  return u32(__clzll(i64(value)));
#else
  return value == 0 ? 64 : u32(__builtin_clzll(value));
#endif
}

ARM64_FN u64 multiply_high_unsigned(u64 a, u64 b) {
#if defined(__CUDACC__)
  return __umul64hi(a, b);
#else
  return u64((unsigned __int128)a * b >> 64);
#endif
}

ARM64_FN u64 multiply_high_signed(u64 a, u64 b) {
#if defined(__CUDACC__)
  return u64(__mul64hi(i64(a), i64(b)));
#else
  return u64((__int128)i64(a) * i64(b) >> 64);
#endif
}

// Loads and stores of naturally aligned values in guest memory. The host
// goes through memcpy, which its compiler turns into one instruction, so as
// not to break C++'s aliasing rules.
template <class T>
ARM64_FN T load_aligned(const u8* p) {
#if defined(__CUDACC__)
  return *reinterpret_cast<const T*>(p);
#else
  T value;
  __builtin_memcpy(&value, p, sizeof value);
  return value;
#endif
}

template <class T>
ARM64_FN void store_aligned(u8* p, T value) {
#if defined(__CUDACC__)
  *reinterpret_cast<T*>(p) = value;
#else
  __builtin_memcpy(p, &value, sizeof value);
#endif
}

}  // namespace ingot::arm64
