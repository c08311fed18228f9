// Nested loops over arrays: an integer matrix product and its trace.
#include "runtime.h"

#define N 48
static i64 a[N][N], b[N][N], c[N][N];

int main(void) {
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) {
      a[i][j] = (i * 31 + j * 17) % 23 - 11;
      b[i][j] = (i * 7 - j * 13) % 19;
    }
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) {
      i64 sum = 0;
      for (int k = 0; k < N; ++k) sum += a[i][k] * b[k][j];
      c[i][j] = sum;
    }
  i64 trace = 0, total = 0;
  for (int i = 0; i < N; ++i) {
    trace += c[i][i];
    for (int j = 0; j < N; ++j) total += c[i][j] * (i - j);
  }
  print("trace ");
  print_i64(trace);
  print("\ntotal ");
  print_i64(total);
  print("\n");
  return (int)(trace & 0xff);
}
