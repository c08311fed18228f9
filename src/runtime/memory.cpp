#include "runtime/memory.h"

#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <gmp.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>

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

// Once the heap is past this size, its pages are advised huge (THP's
// "madvise" mode, the usual default, leaves memory on 4 KiB pages
// otherwise): filling a large heap then faults once per 2 MiB instead of
// once per 4 KiB, which was a fifth of float's time (800000 new Points).
// Smaller programs stay on small pages, of which they touch few.
constexpr size_t kHugePageHeapBytes = size_t{8} << 20;

// The collector maps its sections next to each other; whatever else
// anonymous lies between its bounds gets the same advice, which changes
// only page sizes.
void advise_huge_pages(GC_word heap_bytes) {
  if (heap_bytes < kHugePageHeapBytes) return;
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  uintptr_t low = reinterpret_cast<uintptr_t>(GC_least_plausible_heap_addr) & ~(kHugePage - 1);
  uintptr_t high = reinterpret_cast<uintptr_t>(GC_greatest_plausible_heap_addr);
  if (high > low) madvise(reinterpret_cast<void*>(low), high - low, MADV_HUGEPAGE);  // ENOMEM for gaps: still applied
}

// Before the default-priority constructors, which may already allocate.
[[gnu::constructor(101)]] void initialize_at_startup() { initialize_memory(); }

// The collector waits for as many bytes as are live before collecting
// again, weighing pointer-free bytes at a quarter: they are not scanned.
// But marking costs per object too, and a program that keeps many small
// strings (a list of 300000 lines) then collected every 16 MB while
// 40 MB were live, marking them all each time. Checked after each
// refill below (outside the collector's lock), a collection's live bytes
// become the least it waits for: the heap stays about twice the live
// data, as with pointers, and such a program collects half as often.
// Programs whose live data is mostly pointers are unchanged.
GC_word collections_seen = 0;

void follow_live_bytes() {
  GC_word collections = GC_get_gc_no();
  if (collections == collections_seen) [[likely]] return;
  collections_seen = collections;
  GC_word heap = 0, free_bytes = 0;
  GC_get_heap_usage_safe(&heap, &free_bytes, nullptr, nullptr, nullptr);
  GC_set_min_bytes_allocd(heap > free_bytes ? heap - free_bytes : 1);
}

// The kind of gc_alloc_exact's objects: cleared, and scanned whole (a
// length descriptor of 0 that the collector relocates by each block's
// object size), where the normal kind's stops a word short.
int exact_kind = -1;

// Fills lists[granules] with a block's worth of objects of `kind`, linked
// through their first word, and returns the first. Scanned kinds clear
// the rest of each (gc_alloc clears the link as it takes one). No
// GC_end_stubborn_change is needed on taking one: that serves incremental
// collection, which is off.
void* refill(void** lists, size_t granules, int kind) {
  GC_generic_malloc_many(granules * GC_GRANULE_BYTES, kind, &lists[granules]);
  follow_live_bytes();
  if (void* first = lists[granules]) return first;
  return GC_get_oom_fn()(granules * GC_GRANULE_BYTES);
}

}  // namespace

const bool detail::memory_initializer_linked = true;

void* detail::free_lists[kFreeLists];
void* detail::refill_free_list(size_t granules) { return refill(free_lists, granules, GC_I_NORMAL); }

void* detail::exact_free_lists[kFreeLists];
void* detail::refill_exact_free_list(size_t granules) { return refill(exact_free_lists, granules, exact_kind); }

void* detail::alloc_exact_large(size_t bytes) {
  if (void* object = GC_generic_malloc(bytes, exact_kind)) return object;
  return GC_get_oom_fn()(bytes);
}

void* detail::atomic_free_lists[kFreeLists];
void* detail::refill_atomic_free_list(size_t granules) { return refill(atomic_free_lists, granules, GC_I_PTRFREE); }

namespace {
// The collector's start callback (it holds its lock: no allocation here).
void forget_atomic_free_lists() { std::fill(std::begin(detail::atomic_free_lists), std::end(detail::atomic_free_lists), nullptr); }
}  // namespace

void initialize_memory() {
  if (initialized) return;
  initialized = true;
  GC_INIT();
  exact_kind = static_cast<int>(GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, /*adjust=*/1, /*clear=*/1));
  GC_set_on_heap_resize(advise_huge_pages);
  GC_set_start_callback(forget_atomic_free_lists);
  if (size_t heap = GC_get_heap_size(); heap < kInitialHeapBytes) GC_expand_hp(kInitialHeapBytes - heap);
  // Objects are referenced through tagged words (pointer + 1, see value.h).
  GC_register_displacement(1);
  GC_set_free_space_divisor(kFreeSpaceDivisor);
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free);
}

}  // namespace ingot::rt
