// memcpy and memset, which GCC emits calls to even in freestanding code.
#include "runtime.h"

void* memcpy(void* dst, const void* src, u64 n) {
  u8* d = dst;
  const u8* s = src;
  while (n--) *d++ = *s++;
  return dst;
}

void* memset(void* dst, int byte, u64 n) {
  u8* d = dst;
  while (n--) *d++ = (u8)byte;
  return dst;
}
