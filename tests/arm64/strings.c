// Byte-wise memory work: reversing, searching, formatting in several bases
// into a buffer, and a small state machine that counts words.
#include "runtime.h"

static char buffer[4096];

static u64 append_number(char* out, i64 value, u32 base) {
  char digits[70];
  u64 n = 0, magnitude = value < 0 ? 0 - (u64)value : (u64)value;
  do {
    digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[magnitude % base];
    magnitude /= base;
  } while (magnitude);
  u64 length = 0;
  if (value < 0) out[length++] = '-';
  while (n) out[length++] = digits[--n];
  return length;
}

static void reverse(char* s, u64 n) {
  for (u64 i = 0, j = n - 1; i < j; ++i, --j) {
    char t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
}

static u64 count_words(const char* s, u64 n) {
  u64 words = 0;
  int inside = 0;
  for (u64 i = 0; i < n; ++i) {
    int letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-';
    if (letter && !inside) ++words;
    inside = letter;
  }
  return words;
}

int main(void) {
  u64 length = 0;
  i64 value = 1;
  for (u32 base = 2; base <= 36; base += 3) {
    value = value * -7 + base;
    length += append_number(buffer + length, value, base);
    buffer[length++] = ' ';
  }
  buffer[length++] = '\n';
  sys_write(1, buffer, length);
  reverse(buffer, length - 1);
  sys_write(1, buffer, length);
  print_line("words", count_words(buffer, length));
  u64 found = 0;
  for (u64 i = 0; i + 1 < length; ++i) found += buffer[i] == '-' && buffer[i + 1] != ' ';
  print_line("minus signs", found);
  return (int)length;
}
