// `_ingot_gc`: the native core under src/stdlib/gc.py, on the Boehm
// collector every allocation goes through (memory.h).
// - collect(): a full collection now.
// - enable(on): collections on or off (allocation goes on growing the
//   heap while off); isenabled(): whether they are on.
#pragma once

namespace ingot::rt::gc {

void collect();
void enable(bool on);
bool isenabled();

}  // namespace ingot::rt::gc
