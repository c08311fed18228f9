// Memory-heavy: FNV-1a over generated keys, and an open-addressing hash
// table with insertion, lookup and deletion by tombstone.
#include "runtime.h"

#define SLOTS 8192
struct slot {
  u64 key;
  u64 value;
  u8 state;  // 0 empty, 1 full, 2 deleted
};
static struct slot table[SLOTS];

static u64 fnv1a(const u8* p, u64 n) {
  u64 h = 14695981039346656037ul;
  for (u64 i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 1099511628211ul;
  }
  return h;
}

static u64 key_hash(u64 key) { return fnv1a((const u8*)&key, sizeof key); }

static void insert(u64 key, u64 value) {
  u64 i = key_hash(key) & (SLOTS - 1);
  while (table[i].state == 1 && table[i].key != key) i = (i + 1) & (SLOTS - 1);
  table[i].key = key;
  table[i].value = value;
  table[i].state = 1;
}

static struct slot* find(u64 key) {
  u64 i = key_hash(key) & (SLOTS - 1);
  while (table[i].state != 0) {
    if (table[i].state == 1 && table[i].key == key) return &table[i];
    i = (i + 1) & (SLOTS - 1);
  }
  return 0;
}

int main(void) {
  char text[32];
  u64 combined = 0;
  for (u64 i = 0; i < 500; ++i) {
    u64 n = i * 2654435761u, len = 0;
    do {
      text[len++] = (char)('a' + n % 26);
      n /= 26;
    } while (n);
    combined ^= fnv1a((const u8*)text, len) + i;
  }
  print("strings ");
  print_hex(combined);
  print("\n");
  for (u64 k = 0; k < 5000; ++k) insert(k * 7919 + 13, k * k);
  for (u64 k = 0; k < 5000; k += 3) find(k * 7919 + 13)->state = 2;
  u64 found = 0, total = 0;
  for (u64 k = 0; k < 6000; ++k) {
    struct slot* s = find(k * 7919 + 13);
    if (s) {
      ++found;
      total += s->value;
    }
  }
  print_line("found", found);
  print_line("total", total);
  return (int)(found % 200);
}
