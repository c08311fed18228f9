#include "runtime/memory.h"

#include <gmp.h>

namespace ingot::rt {
namespace {

// GMP's memory functions. Limbs hold no pointers: atomic. GMP frees only its
// own temporaries and the limbs of mpz_t values the runtime clears, so the
// explicit GC_FREE is safe and lets the space be reused at once.
void* gmp_allocate(size_t bytes) { return GC_MALLOC_ATOMIC(bytes); }
void* gmp_reallocate(void* old, size_t, size_t bytes) { return GC_REALLOC(old, bytes); }
void gmp_free(void* block, size_t) { GC_FREE(block); }

bool initialized = false;

// The heap the collector starts with. It collects once a fraction of the
// heap has been allocated since the last collection, so from its tiny
// default a program that churns small objects (slices, tuples) collects
// every few thousand allocations; 2 MiB makes that rarer while staying in
// the caches (bigger measured slower).
constexpr size_t kInitialHeapBytes = size_t{2} << 20;

// Past that heap, a collection waits until twice the traced live bytes
// have been allocated since the last one (the collector's default, 3,
// waits for two thirds): each collection marks everything live, so a
// program holding a large structure while it churns small objects
// (binary_trees keeps an 18 MB tree) spent most of its time marking it
// again; 1 marks it a third as often, for a heap about three times the
// live data instead of two.
constexpr GC_word kFreeSpaceDivisor = 1;

// Before the default-priority constructors, which may already allocate.
[[gnu::constructor(101)]] void initialize_at_startup() { initialize_memory(); }

}  // namespace

const bool detail::memory_initializer_linked = true;

void initialize_memory() {
  if (initialized) return;
  initialized = true;
  GC_INIT();
  if (size_t heap = GC_get_heap_size(); heap < kInitialHeapBytes) GC_expand_hp(kInitialHeapBytes - heap);
  // Objects are referenced through tagged words (pointer + 1, see value.h).
  GC_register_displacement(1);
  GC_set_free_space_divisor(kFreeSpaceDivisor);
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);
}

}  // namespace ingot::rt
