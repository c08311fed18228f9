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

#include <cstddef>
#include <type_traits>
#include <vector>

namespace ingot::rt {

// Scanned memory, zero-filled.
inline void* gc_alloc(size_t bytes) { return GC_MALLOC(bytes); }
// Unscanned memory for payloads that hold no pointers; not zero-filled.
inline void* gc_alloc_atomic(size_t bytes) { return GC_MALLOC_ATOMIC(bytes); }

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
