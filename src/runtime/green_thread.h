// Green threads: the execution contexts under `threading` (thread_module.h
// schedules them). A program stays on one OS thread; each Python thread
// other than the main one runs on a stack of its own, and control moves
// between stacks only at switch_to/exit_to, so the runtime's single-threaded
// state (the collector's free lists, the recursion counter, the exception
// being handled) is never touched by two threads at once. What is per
// Python thread is saved in the thread's record at a switch and put back
// when it resumes: the recursion depth, the handled exception (sys.exc_info)
// and the C++ runtime's chain of caught exceptions (a thread may block inside
// an `except` block, whose C++ catch is still open).
//
// Memory: the collector scans the running stack from its stack pointer to
// the stack bottom it is told (GC_set_stackbottom at each switch); the
// stacks of suspended threads, the main one included, are pushed as roots
// from each one's saved stack pointer up (a push_other_roots callback). A
// switch leaves its registers in a ucontext_t on the suspended stack itself,
// inside the scanned range, so a pointer that lived only in a register is
// still seen. Records are uncollectable (they hold the callable a thread
// runs) and freed when the thread ends.
#pragma once

#include <ucontext.h>

#include <cstddef>
#include <cstdint>

#include "runtime/value.h"

namespace ingot::rt {
struct ExceptionObject;
}

namespace ingot::rt::threads {

// The C++ runtime's per-OS-thread exception state (libstdc++'s
// __cxa_eh_globals): the chain of exceptions whose catch blocks are open,
// and the count of exceptions being thrown.
struct EhGlobals {
  void* caught = nullptr;
  unsigned int uncaught = 0;
};

struct GreenThread {
  int64_t ident = 0;
  Value run;  // what it calls (a boxed callable of no arguments)
  // Its stack: [base, top), a guard page at base; null base for the main
  // thread, which runs on the process stack.
  char* base = nullptr;
  char* top = nullptr;
  // While suspended: where its registers are and the lowest address to scan.
  ucontext_t* context = nullptr;
  // Per-thread runtime state, saved while it is suspended.
  int64_t call_depth = 1;
  ExceptionObject* handled = nullptr;
  EhGlobals eh;
  // The scheduler's (thread_module.cpp).
  bool parked = false;  // waiting in park(), for unpark() or its deadline
  bool woken = false;   // the last park() ended by unpark()
  int64_t deadline = -1;  // of its park(), in monotonic nanoseconds; -1: none
  uint64_t park_order = 0;  // which of those with the same deadline wakes first
};

// The thread running now (the main thread's record before any other exists).
GreenThread* current();
// A new thread that will call `run` once switched to; its body is
// `entry`, which must never return (it ends with exit_to).
GreenThread* create(Value run, void (*entry)(GreenThread*));
// Suspends the running thread and resumes `next` (which must be another,
// suspended or new); returns when something switches back to it.
void switch_to(GreenThread* next);
// Ends the running thread and resumes `next`; its stack and record are
// released once off them.
[[noreturn]] void exit_to(GreenThread* next);

}  // namespace ingot::rt::threads
