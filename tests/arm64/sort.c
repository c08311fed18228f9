// Memory-heavy: quicksort and merge sort of pseudo-random 64-bit numbers,
// and signed 32-bit ones, checked and summarized.
#include "runtime.h"

#define N 12000
static u64 data[N], copy[N], scratch[N];
static i32 small[N];

static u64 state = 88172645463325252ul;
static u64 next_random(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static void quicksort(u64* a, i64 lo, i64 hi) {
  while (lo < hi) {
    u64 pivot = a[lo + (hi - lo) / 2];
    i64 i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) ++i;
      while (a[j] > pivot) --j;
      if (i <= j) {
        u64 t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (j - lo < hi - i) {
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
}

static void merge_sort(u64* a, u64* tmp, u64 n) {
  if (n < 2) return;
  u64 half = n / 2;
  merge_sort(a, tmp, half);
  merge_sort(a + half, tmp, n - half);
  u64 i = 0, j = half, k = 0;
  while (i < half && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < half) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  for (k = 0; k < n; ++k) a[k] = tmp[k];
}

static void insertion_sort(i32* a, u64 n) {
  for (u64 i = 1; i < n; ++i) {
    i32 v = a[i];
    u64 j = i;
    while (j > 0 && a[j - 1] > v) {
      a[j] = a[j - 1];
      --j;
    }
    a[j] = v;
  }
}

int main(void) {
  for (u64 i = 0; i < N; ++i) data[i] = copy[i] = next_random();
  for (u64 i = 0; i < N; ++i) small[i] = (i32)(next_random() >> 40) - (1 << 23);
  quicksort(data, 0, N - 1);
  merge_sort(copy, scratch, N);
  insertion_sort(small, 1500);
  u64 sorted = 1, same = 1, checksum = 0;
  for (u64 i = 0; i < N; ++i) {
    if (i && data[i - 1] > data[i]) sorted = 0;
    if (data[i] != copy[i]) same = 0;
    checksum = checksum * 31 + (data[i] >> 17);
  }
  for (u64 i = 1; i < 1500; ++i)
    if (small[i - 1] > small[i]) sorted = 0;
  print_line("sorted", sorted);
  print_line("same", same);
  print("checksum ");
  print_hex(checksum);
  print("\nmin ");
  print_hex(data[0]);
  print("\nmax ");
  print_hex(data[N - 1]);
  print("\nsmallest ");
  print_i64(small[0]);
  print("\nlargest ");
  print_i64(small[1499]);
  print("\n");
  return sorted && same ? 0 : 1;
}
