// The time module's clocks and sleep, on the clocks CPython 3.11 uses on
// Linux: time() is CLOCK_REALTIME, perf_counter() and monotonic() are
// CLOCK_MONOTONIC, process_time() is CLOCK_PROCESS_CPUTIME_ID.
#pragma once

#include "runtime/int.h"

namespace ingot::rt::time {

double time();
Int time_ns();
double perf_counter();
Int perf_counter_ns();
double monotonic();
Int monotonic_ns();
double process_time();
Int process_time_ns();
// ValueError "sleep length must be non-negative"; interrupted sleeps resume.
void sleep(double seconds);

}  // namespace ingot::rt::time
