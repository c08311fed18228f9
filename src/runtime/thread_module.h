// `_ingot_thread`: the native core under src/stdlib/threading.py, a
// deterministic scheduler of green threads (green_thread.h). A thread runs
// until it blocks (park), starts another or ends; then the longest-waiting
// runnable thread runs. There is no preemption, so a program's output is
// one of the orders CPython may give, the same at every run. Locks,
// conditions, events and the rest are Python (threading.py), on park and
// unpark.
//
// - start(run): a new thread that calls run(); it runs at once, the
//   caller waits at the back of the queue (CPython's start() too waits until
//   the thread has begun, which then keeps the interpreter until it blocks).
//   Returns its ident.
// - get_ident(), native_id(): the running thread's numbers.
// - park(timeout): blocks the running thread until unpark() names it (true)
//   or `timeout` seconds pass (false; a negative timeout never passes).
// - unpark(ident): makes a parked thread runnable; nothing for any other.
// - time.sleep() in a program that has started a thread parks the sleeper,
//   so the others run meanwhile; the process sleeps only when every thread
//   waits for a time.
// - at_shutdown(hook): what finish() calls, threading's _shutdown (it joins
//   the non-daemon threads, as CPython's shutdown does).
// - finish(status): the end of the main thread's code (codegen/module.cpp),
//   uncaught exception reported or not: calls the hook, returns status.
//   Daemon threads still blocked then are left where they are.
//
// Deadlock: when no thread can run and none waits for a time, CPython would
// hang forever. ingot flushes stdout, prints "Fatal Python error: deadlock:
// every thread is blocked and none can wake another" to stderr and exits with
// status 1.
#pragma once

#include "runtime/int.h"
#include "runtime/value.h"

namespace ingot::rt::threads {

Int start(Value run);
Int get_ident();
Int native_id();
bool park(double timeout);
void unpark(Int ident);
void at_shutdown(Value hook);
int finish(int status);

}  // namespace ingot::rt::threads
