// Every runtime allocation goes through the Boehm collector (docs/runtime.md,
// "Memory"). Pointer-free payloads (string bytes, GMP limbs, float boxes) are
// allocated atomically so the collector never scans them.
//
// GC rule for runtime code: a pointer to a collected object must live on the
// stack, in registers, in static data or inside another collected object.
// malloc'd memory (std::vector, std::string, C++ exception objects) is not
// scanned; use GcVector for containers of objects, and see PyException for
// how a thrown exception keeps its object alive.
#pragma once

#include <gc/gc.h>
#include <gc/gc_allocator.h>
#include <gc/gc_tiny_fl.h>

#include <cstddef>
#include <type_traits>
#include <vector>

namespace ingot::rt {

namespace detail {
// Scanned objects up to this many 16-byte granules come from free lists
// held here (one per size, GC_TINY_FREELISTS of them, as the collector's
// own), refilled a block at a time by GC_generic_malloc_many: taking one
// is a load and a store inlined where the object is made, where
// GC_malloc is a call that finds its thread's lists first (binary_trees
// spends a sixth of its time there). Programs are single-threaded (no
// GC_THREADS yet), so one static array serves; being static data, it is
// a root, and the objects waiting in a list are kept through their link
// words, so none is handed out twice. Atomic objects are not linked
// through scanned words, hence not kept that way, and stay with
// GC_MALLOC_ATOMIC.
inline constexpr size_t kFreeLists = GC_TINY_FREELISTS;
extern void* free_lists[kFreeLists];
// Refills free_lists[granules] and returns its first object.
void* refill_free_list(size_t granules);

// The granules GC_MALLOC would give `bytes`: it adds a byte, so that a
// pointer just past the object still keeps it, and does not scan the
// last word of the object, so that word must be past the payload.
constexpr size_t granules_for(size_t bytes) { return (bytes + 7) / 16 + 1; }
// The granules `bytes` fill (one at least), for objects allocated
// without that byte.
constexpr size_t exact_granules_for(size_t bytes) {
  return bytes == 0 ? 1 : (bytes + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES;
}

// The first object of lists[granules], refilling the list when empty.
template <void* (*kRefill)(size_t)>
inline void* take_from_free_list(void** lists, size_t granules) {
  void* object = lists[granules];
  if (object == nullptr) [[unlikely]] object = kRefill(granules);
  lists[granules] = *static_cast<void**>(object);
  return object;
}
}  // namespace detail

// Scanned memory, zero-filled.
inline void* gc_alloc(size_t bytes) {
  size_t granules = detail::granules_for(bytes);
  if (granules >= detail::kFreeLists) [[unlikely]] return GC_MALLOC(bytes);
  void* object = detail::take_from_free_list<detail::refill_free_list>(detail::free_lists, granules);
  *static_cast<void**>(object) = nullptr;
  return object;
}

namespace detail {
// Free lists of exactly sized scanned objects (see gc_alloc_exact).
extern void* exact_free_lists[kFreeLists];
void* refill_exact_free_list(size_t granules);
void* alloc_exact_large(size_t bytes);
}  // namespace detail

// Scanned memory, zero-filled, of `bytes` rounded up to granules only: for
// objects of a fixed size that nothing points past (instances, recursive
// tuples' nodes). gc_alloc adds a byte, as GC_MALLOC does, because the
// collector's normal kind leaves an object's last word unscanned; these
// come from a kind of memory.cpp's own that scans every word, so a 32-byte
// tree node (a class with three fields) takes two granules, not three: a
// third less memory to fill, sweep and mark (docs/runtime.md, "Memory").
inline void* gc_alloc_exact(size_t bytes) {
  size_t granules = detail::exact_granules_for(bytes);
  if (granules >= detail::kFreeLists) [[unlikely]] return detail::alloc_exact_large(bytes);
  void* object = detail::take_from_free_list<detail::refill_exact_free_list>(detail::exact_free_lists, granules);
  *static_cast<void**>(object) = nullptr;
  return object;
}
// Unscanned memory for payloads that hold no pointers; not zero-filled.
inline void* gc_alloc_atomic(size_t bytes) { return GC_MALLOC_ATOMIC(bytes); }

namespace detail {
// Free lists of unscanned objects, by granules (see gc_alloc_exact_atomic).
extern void* atomic_free_lists[kFreeLists];
void* refill_atomic_free_list(size_t granules);
}  // namespace detail

// Unscanned memory of at least `bytes`, not zero-filled, without the byte
// GC_MALLOC_ATOMIC adds so that a pointer just past the object keeps it:
// for objects nothing points past (pointer-free instances: a 32-byte
// Point takes two granules, not three). Small ones come from free lists
// held here, taken inline as gc_alloc's are; atomic objects are not kept
// alive by their link words, so memory.cpp forgets the lists as each
// collection starts, and none waiting there is reclaimed and handed out
// twice.
inline void* gc_alloc_exact_atomic(size_t bytes) {
  size_t granules = detail::exact_granules_for(bytes);
  if (granules >= detail::kFreeLists) [[unlikely]] return GC_MALLOC_ATOMIC(bytes);
  return detail::take_from_free_list<detail::refill_atomic_free_list>(detail::atomic_free_lists, granules);
}

// Storage for n items of T: atomic (unscanned) when T holds no pointers.
template <typename T>
T* gc_new_array(size_t n) {
  size_t bytes = sizeof(T) * n;
  return static_cast<T*>(std::is_arithmetic_v<T> ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
}

// A std::vector whose storage the collector scans and frees.
template <typename T>
using GcVector = std::vector<T, gc_allocator<T>>;

// Starts the collector and routes GMP's allocations to it. Runs from a static
// constructor before main (and before any GMP use), so neither generated code
// nor tests need to call it; calling it again does nothing.
void initialize_memory();

namespace detail {
extern const bool memory_initializer_linked;
// memory.cpp holds that constructor, but nothing calls into it: a program
// linking the runtime archive would leave it out, and run with GMP on malloc
// and the collector unprepared for tagged pointers. Every file that
// allocates refers to it through this, so the linker keeps it.
[[gnu::used]] static const bool* const memory_initializer_anchor = &memory_initializer_linked;
}  // namespace detail

}  // namespace ingot::rt
