// An undefined instruction (UDF #0): qemu-aarch64 dies of SIGILL, and the
// emulator stops the core there, with the word and its address.
#include "runtime.h"

int main(void) {
  print("before\n");
  __asm__ volatile(".global undefined_here\nundefined_here: .inst 0x00000000");
  print("after\n");
  return 0;
}
