#include "runtime/time_module.h"

#include <cerrno>
#include <cmath>
#include <ctime>

#include "runtime/exception.h"

namespace ingot::rt::time {
namespace {

int64_t nanoseconds(clockid_t clock) {
  timespec t;
  clock_gettime(clock, &t);
  return int64_t{t.tv_sec} * 1000000000 + t.tv_nsec;
}

// CPython's _PyTime_AsSecondsDouble.
double seconds(int64_t ns) {
  if (ns % 1000000000 == 0) return static_cast<double>(ns / 1000000000);
  return static_cast<double>(ns) / 1e9;
}

}  // namespace

void (*detail::threaded_sleep)(int64_t) = nullptr;

double time() { return seconds(nanoseconds(CLOCK_REALTIME)); }
Int time_ns() { return Int(nanoseconds(CLOCK_REALTIME)); }
double perf_counter() { return seconds(nanoseconds(CLOCK_MONOTONIC)); }
Int perf_counter_ns() { return Int(nanoseconds(CLOCK_MONOTONIC)); }
double monotonic() { return seconds(nanoseconds(CLOCK_MONOTONIC)); }
Int monotonic_ns() { return Int(nanoseconds(CLOCK_MONOTONIC)); }
double process_time() { return seconds(nanoseconds(CLOCK_PROCESS_CPUTIME_ID)); }
Int process_time_ns() { return Int(nanoseconds(CLOCK_PROCESS_CPUTIME_ID)); }

void sleep(double secs) {
  if (std::isnan(secs)) raise(exc::ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) raise(exc::ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  double whole;
  double fraction = std::modf(secs, &whole);
  if (detail::threaded_sleep) return detail::threaded_sleep(static_cast<int64_t>(whole) * 1000000000 + static_cast<int64_t>(fraction * 1e9));
  timespec request{static_cast<time_t>(whole), static_cast<long>(fraction * 1e9)};
  timespec remaining;
  while (nanosleep(&request, &remaining) != 0 && errno == EINTR) request = remaining;
}

}  // namespace ingot::rt::time
