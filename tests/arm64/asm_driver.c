// The C side of the assembly tests: run_test (in the .S file) stores its
// results in an array, and this prints them, one hex number a line, for
// comparison with qemu-aarch64.
#include "runtime.h"

u64 run_test(u64* results);

static u64 results[4096];

int main(void) {
  u64 count = run_test(results);
  for (u64 i = 0; i < count; ++i) {
    print_u64(i);
    print(": ");
    print_hex(results[i]);
    print("\n");
  }
  return (int)(count & 0x7f);
}
