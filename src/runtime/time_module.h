// The time module's clocks and sleep, on the clocks CPython 3.11 uses on
// Linux: time() is CLOCK_REALTIME, perf_counter() and monotonic() are
// CLOCK_MONOTONIC, process_time() is CLOCK_PROCESS_CPUTIME_ID. Its
// calendar functions (gmtime, localtime, mktime, strftime, asctime, ctime)
// work on time.struct_time, a struct sequence (struct_sequence.h) whose
// tm_zone and tm_gmtoff are attributes only, as CPython's.
#pragma once

#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/value.h"

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
namespace detail {
// What sleep() does once the program has started a thread (thread_module.cpp
// sets it): the sleeper parks and the other threads run meanwhile.
extern void (*threaded_sleep)(int64_t nanoseconds);
}  // namespace detail

// `secs` is None (now), an int or a float (floored); "Invalid value NaN
// (not a number)", "timestamp out of range for platform time_t".
Value gmtime(Value secs);
Value localtime(Value secs);
// `t` is a struct_time or a tuple of 9 ints ("Tuple or struct_time
// argument required", "function takes exactly 9 arguments (N given)");
// OverflowError "mktime argument out of range".
double mktime(Value t);
// glibc's strftime on t (None: localtime()), after CPython's range checks
// ("month out of range", ...).
Str strftime(Str format, Value t);
Str asctime(Value t);
Str ctime(Value secs);

}  // namespace ingot::rt::time
