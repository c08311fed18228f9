// Calls and recursion: naive Fibonacci, Ackermann, and mutual recursion.
#include "runtime.h"

static u64 fib(u64 n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static u64 ackermann(u64 m, u64 n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static int is_odd(u64 n);
static int is_even(u64 n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(u64 n) { return n == 0 ? 0 : is_even(n - 1); }

int main(void) {
  for (u64 n = 0; n <= 24; n += 3) print_line("fib", fib(n));
  print_line("ackermann(2,3)", ackermann(2, 3));
  print_line("ackermann(3,3)", ackermann(3, 3));
  print_line("even(1001)", is_even(1001));
  print_line("odd(777)", is_odd(777));
  return (int)(fib(20) % 251);
}
