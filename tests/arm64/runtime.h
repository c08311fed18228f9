// What the test programs have instead of a C library: Linux's write and
// exit through SVC, and printing of strings and numbers.
#pragma once

typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef int i32;
typedef unsigned char u8;
typedef signed char i8;

static inline long sys_write(int fd, const void* buffer, u64 count) {
  register long x0 __asm__("x0") = fd;
  register const void* x1 __asm__("x1") = buffer;
  register u64 x2 __asm__("x2") = count;
  register long x8 __asm__("x8") = 64;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x1), "r"(x2), "r"(x8) : "memory");
  return x0;
}

static inline u64 string_length(const char* s) {
  u64 n = 0;
  while (s[n]) ++n;
  return n;
}

static inline void print(const char* s) { sys_write(1, s, string_length(s)); }

static inline void print_unsigned(u64 value, u32 base) {
  char digits[66];
  int at = 65;
  digits[at] = 0;
  do {
    digits[--at] = "0123456789abcdef"[value % base];
    value /= base;
  } while (value);
  print(digits + at);
}

static inline void print_u64(u64 value) { print_unsigned(value, 10); }
static inline void print_hex(u64 value) { print_unsigned(value, 16); }
static inline void print_i64(i64 value) {
  if (value < 0) {
    print("-");
    print_unsigned(0 - (u64)value, 10);
  } else {
    print_unsigned((u64)value, 10);
  }
}

static inline void print_line(const char* label, u64 value) {
  print(label);
  print(" ");
  print_u64(value);
  print("\n");
}

// The compiler may call these for struct copies and initializers.
void* memcpy(void* dst, const void* src, u64 n);
void* memset(void* dst, int byte, u64 n);
