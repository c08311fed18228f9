// Memory-heavy: the sieve of Eratosthenes over a byte array in .bss.
#include "runtime.h"

#define LIMIT 300000
static u8 composite[LIMIT + 1];

int main(void) {
  u64 count = 0, sum = 0, last = 0;
  for (u64 i = 2; i <= LIMIT; ++i) {
    if (composite[i]) continue;
    ++count;
    sum += i;
    last = i;
    for (u64 j = i * i; j <= LIMIT; j += i) composite[j] = 1;
  }
  print_line("primes", count);
  print_line("sum", sum);
  print_line("largest", last);
  return (int)(count % 256);
}
