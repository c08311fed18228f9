// A load from an address mapped neither under qemu-aarch64 (SIGSEGV) nor in
// the emulator's memory (a memory fault at that address).
#include "runtime.h"

int main(void) {
  print("before\n");
  u64 value;
  __asm__ volatile(
      "movz x9, #0x1000, lsl #32\n"
      "add x9, x9, #8\n"
      ".global fault_here\nfault_here: ldr %0, [x9]"
      : "=r"(value)
      :
      : "x9", "memory");
  print_line("after", value);
  return 0;
}
