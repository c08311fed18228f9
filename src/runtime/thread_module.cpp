#include "runtime/thread_module.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <set>
#include <tuple>
#include <unordered_map>

#include "runtime/dynamic_access.h"
#include "runtime/exception.h"
#include "runtime/green_thread.h"
#include "runtime/print.h"
#include "runtime/time_module.h"
#include "runtime/traceback.h"

namespace ingot::rt::threads {

namespace {

std::deque<GreenThread*> runnable;  // in the order they became runnable
std::set<std::tuple<int64_t, uint64_t, GreenThread*>> timed;  // parked with a deadline, soonest first
std::unordered_map<int64_t, GreenThread*> by_ident;            // the main thread, and those start() made until they end
uint64_t parks = 0;
// What finish() calls, from at_shutdown() (static data: the collector
// scans it); the placeholder small int 0 until then.
Value shutdown_hook;

int64_t now() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t{t.tv_sec} * 1000000000 + t.tv_nsec;
}

void make_runnable(GreenThread* t, bool woken) {
  if (t->deadline >= 0) timed.erase({t->deadline, t->park_order, t});
  t->parked = false;
  t->woken = woken;
  t->deadline = -1;
  runnable.push_back(t);
}

[[noreturn]] void deadlock() {
  flush_stdout();
  std::fputs("Fatal Python error: deadlock: every thread is blocked and none can wake another\n", stderr);
  std::exit(1);
}

// The thread to run next: the first runnable one, after those whose
// deadline has passed joined the queue; the process sleeps until the
// soonest deadline when none can run.
GreenThread* next_thread() {
  for (;;) {
    int64_t t = now();
    while (!timed.empty() && std::get<0>(*timed.begin()) <= t) make_runnable(std::get<2>(*timed.begin()), false);
    if (!runnable.empty()) {
      GreenThread* next = runnable.front();
      runnable.pop_front();
      return next;
    }
    if (timed.empty()) deadlock();
    int64_t wake = std::get<0>(*timed.begin());
    timespec until{static_cast<time_t>(wake / 1000000000), static_cast<long>(wake % 1000000000)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr) == EINTR) {
    }
  }
}

void run_next() {
  GreenThread* next = next_thread();
  if (next != current()) switch_to(next);
}

bool park_for(int64_t nanoseconds) {
  GreenThread* self = current();
  self->parked = true;
  self->woken = false;
  if (nanoseconds >= 0) {
    self->deadline = now() + nanoseconds;
    self->park_order = ++parks;
    timed.insert({self->deadline, self->park_order, self});
  }
  run_next();
  return self->woken;
}

void sleep_threaded(int64_t nanoseconds) {
  // Only the deadline ends a sleep: an unpark meant for an earlier wait
  // of this thread must not cut it short.
  int64_t until = now() + nanoseconds;
  do park_for(until - now());
  while (now() < until);
}

[[noreturn]] void thread_main(GreenThread* self) {
  try {
    call(self->run, {});
  } catch (const PyException& e) {
    // threading's bootstrap reports what its target raises; this is for an
    // exception its own reporting raised.
    flush_stdout();
    report_uncaught(e.object());
  }
  by_ident.erase(self->ident);
  exit_to(next_thread());
}

}  // namespace

Int start(Value run) {
  GreenThread* self = current();
  if (by_ident.empty()) {  // the first thread: the main one becomes one of several
    by_ident[self->ident] = self;
    time::detail::threaded_sleep = sleep_threaded;
  }
  GreenThread* t = create(run, thread_main);
  by_ident[t->ident] = t;
  runnable.push_back(self);
  switch_to(t);
  return Int(t->ident);
}

Int get_ident() { return Int(current()->ident); }

Int native_id() { return Int(getpid() + current()->ident - 1); }

bool park(double timeout) { return park_for(timeout < 0 ? -1 : static_cast<int64_t>(timeout * 1e9)); }

void unpark(Int ident) {
  if (!ident.is_small()) return;
  auto found = by_ident.find(ident.small());
  if (found != by_ident.end() && found->second->parked) make_runnable(found->second, true);
}

void at_shutdown(Value hook) { shutdown_hook = hook; }

int finish(int status) {
  if (shutdown_hook.is_small_int()) return status;
  try {
    call(shutdown_hook, {});
  } catch (const PyException& e) {
    flush_stdout();
    report_uncaught(e.object());
  }
  flush_stdout();
  return status;
}

}  // namespace ingot::rt::threads
