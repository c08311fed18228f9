#include "runtime/green_thread.h"

#include <cxxabi.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "runtime/exception.h"
#include "runtime/memory.h"
#include "runtime/recursion.h"

namespace ingot::rt::threads {

namespace {

// As large as the main thread's default stack, so a thread reaches the same
// recursion limit; the mapping commits pages only as the stack touches them.
constexpr size_t kStackBytes = size_t{8} << 20;
// Stacks of ended threads kept for the next ones (a pool of workers that
// come and go maps none after the first few).
constexpr size_t kSpareStacks = 16;

GreenThread* running = nullptr;
std::vector<GreenThread*> live;  // every thread not yet ended, the running one included
std::vector<char*> spare_stacks;
GreenThread* ended = nullptr;  // the thread exit_to left, released by the next one to run
void (*thread_body)(GreenThread*) = nullptr;
int64_t last_ident = 0;
GC_push_other_roots_proc earlier_push = nullptr;

EhGlobals& eh_globals() { return *reinterpret_cast<EhGlobals*>(abi::__cxa_get_globals()); }

// The collector's callback, as a collection marks its roots: the stacks of
// the suspended threads, from the registers their switch saved upwards.
void push_suspended_stacks() {
  if (earlier_push) earlier_push();
  for (GreenThread* t : live)
    if (t != running && t->context) GC_push_all_eager(t->context, t->top);
}

void* set_stack_bottom(void* top) {
  GC_stack_base bottom{};
  bottom.mem_base = top;
  GC_set_stackbottom(nullptr, &bottom);
  return nullptr;
}

GreenThread* new_record() {
  auto* t = static_cast<GreenThread*>(GC_MALLOC_UNCOLLECTABLE(sizeof(GreenThread)));
  new (t) GreenThread();
  t->ident = ++last_ident;
  live.push_back(t);
  return t;
}

GreenThread* main_record() {
  GreenThread* t = new_record();
  GC_stack_base bottom{};
  GC_get_my_stackbottom(&bottom);
  t->top = static_cast<char*>(bottom.mem_base);
  earlier_push = GC_get_push_other_roots();
  GC_set_push_other_roots(push_suspended_stacks);
  return t;
}

char* map_stack() {
  if (!spare_stacks.empty()) {
    char* base = spare_stacks.back();
    spare_stacks.pop_back();
    return base;
  }
  void* base = mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (base == MAP_FAILED) raise(exc::RuntimeError, "can't start new thread");
  mprotect(base, static_cast<size_t>(sysconf(_SC_PAGESIZE)), PROT_NONE);  // overflow faults instead of writing below
  return static_cast<char*>(base);
}

void release_ended() {
  if (!ended) return;
  if (spare_stacks.size() < kSpareStacks)
    spare_stacks.push_back(ended->base);
  else
    munmap(ended->base, kStackBytes);
  ended->~GreenThread();
  GC_FREE(ended);
  ended = nullptr;
}

void save(GreenThread* t) {
  t->call_depth = detail::call_depth;
  t->handled = handled_exception();
  t->eh = eh_globals();
}

// Makes `t` the running thread: its state back, and its stack the one the
// collector scans from the stack pointer. Nothing allocates between this and
// the jump onto that stack.
void enter(GreenThread* t) {
  detail::call_depth = t->call_depth;
  set_handled_exception(t->handled);
  eh_globals() = t->eh;
  running = t;
  GC_call_with_alloc_lock(set_stack_bottom, t->top);
}

void start_running() {
  release_ended();
  thread_body(running);
  std::abort();  // the body ends with exit_to
}

// A context that begins `t` (never run yet) at start_running on its stack.
void prepare_start(GreenThread* t, ucontext_t& start) {
  getcontext(&start);
  start.uc_stack.ss_sp = t->base;
  start.uc_stack.ss_size = static_cast<size_t>(t->top - t->base);
  start.uc_link = nullptr;
  makecontext(&start, start_running, 0);
}

}  // namespace

GreenThread* current() {
  if (!running) running = main_record();
  return running;
}

GreenThread* create(Value run, void (*entry)(GreenThread*)) {
  current();
  char* base = map_stack();
  GreenThread* t = new_record();
  t->run = run;
  t->base = base;
  t->top = base + kStackBytes;
  thread_body = entry;
  return t;
}

void switch_to(GreenThread* next) {
  GreenThread* self = current();
  ucontext_t here;
  ucontext_t start;
  if (!next->context) prepare_start(next, start);
  ucontext_t* target = next->context ? next->context : &start;
  save(self);
  self->context = &here;
  enter(next);
  swapcontext(&here, target);
  self->context = nullptr;
  release_ended();
}

void exit_to(GreenThread* next) {
  GreenThread* self = current();
  live.erase(std::find(live.begin(), live.end(), self));
  ended = self;
  ucontext_t start;
  if (!next->context) prepare_start(next, start);
  ucontext_t* target = next->context ? next->context : &start;
  enter(next);
  setcontext(target);
  std::abort();
}

}  // namespace ingot::rt::threads
