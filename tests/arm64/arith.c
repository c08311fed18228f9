// Integer arithmetic the compiler maps onto the less common instructions:
// 128-bit products and sums (UMULH, SMULH, ADDS/ADC), division of every
// sign, bit counting, rotations, bit-fields, and sign extension of narrow
// loads.
#include "runtime.h"

struct fields {
  u64 a : 3;
  i64 b : 7;
  u64 c : 13;
  i64 d : 29;
  u64 e : 12;
};

static volatile i64 signed_values[] = {0, 1, -1, 7, -7, 1000003, -1000003, 0x7fffffffffffffffl, (i64)0x8000000000000000ul};
static volatile i8 bytes[] = {0, 1, -1, 127, -128, 55};
static volatile short halves[] = {0, 1, -1, 32767, -32768, 1234};
static volatile i32 words[] = {0, 1, -1, 0x7fffffff, (i32)0x80000000, -99};

static u64 mix(u64 h, u64 v) { return (h ^ v) * 0x100000001b3ul + (h >> 29); }

int main(void) {
  u64 h = 0;
  unsigned __int128 wide = 1;
  for (int i = 0; i < 40; ++i) {
    wide = wide * 0x9e3779b97f4a7c15ul + (unsigned __int128)signed_values[i % 9];
    h = mix(h, (u64)(wide >> 64));
    __int128 s = (__int128)signed_values[i % 9] * signed_values[(i + 4) % 9];
    h = mix(h, (u64)(s >> 64));
  }
  print("wide ");
  print_hex(h);
  print("\n");
  for (int i = 0; i < 9; ++i)
    for (int j = 0; j < 9; ++j) {
      i64 a = signed_values[i], b = signed_values[j];
      if (b == 0 || (b == -1 && a == (i64)0x8000000000000000ul)) continue;
      h = mix(h, (u64)(a / b));
      h = mix(h, (u64)(a % b));
      h = mix(h, (u64)a / (u64)b);
      h = mix(h, (u64)(i32)a / (u32)(i32)b + 1);
    }
  print("division ");
  print_hex(h);
  print("\n");
  for (int i = 0; i < 9; ++i) {
    u64 v = (u64)signed_values[i] ^ 0x0f00f00f;
    h = mix(h, __builtin_clzl(v | 1));
    h = mix(h, __builtin_ctzl(v | 0x8000000000000000ul));
    h = mix(h, __builtin_bswap64(v));
    h = mix(h, __builtin_bswap32((u32)v));
    h = mix(h, (v << 13) | (v >> 51));
    h = mix(h, __builtin_clrsbl((i64)v));
  }
  print("bits ");
  print_hex(h);
  print("\n");
  struct fields f = {0};
  for (int i = 0; i < 50; ++i) {
    f.a += 3;
    f.b -= 5;
    f.c = f.c * 3 + 1;
    f.d = f.d * -3 + i;
    f.e ^= (u64)i << 5;
    h = mix(h, f.a + (u64)f.b + f.c + (u64)f.d + f.e);
  }
  print("fields ");
  print_hex(h);
  print("\n");
  i64 narrow = 0;
  for (int i = 0; i < 6; ++i) narrow = narrow * 3 + bytes[i] + halves[i] + words[i] + (u8)bytes[i] + (unsigned short)halves[i];
  print("narrow ");
  print_i64(narrow);
  print("\n");
  return (int)(h & 0x7f);
}
