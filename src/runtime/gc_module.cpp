#include "runtime/gc_module.h"

#include "runtime/memory.h"

namespace ingot::rt::gc {

void collect() { GC_gcollect(); }

// GC_disable nests (each needs its GC_enable); gc.disable() twice and
// gc.enable() once leave CPython's collector on, so only a change counts.
void enable(bool on) {
  if (on == isenabled()) return;
  if (on)
    GC_enable();
  else
    GC_disable();
}

bool isenabled() { return GC_is_disabled() == 0; }

}  // namespace ingot::rt::gc
