// Python's recursion limit. Generated code puts a CallDepth at the top of
// every function it compiles, before the try block that adds the function to
// tracebacks: like CPython, the call that would exceed the limit raises
// RecursionError in its caller's frame.
//
// The counter is one global, read once on entry and written twice: the
// depth each call reached lives in the guard, so leaving stores it back
// instead of decrementing. A decrement would read the counter the callee
// just wrote, putting a store-to-load round trip on every return of a
// recursive function (it doubled the time of fib). The native stack must
// hold `limit` frames of compiled code, which the default 8 MiB does for
// the default limit of 1000 (a raised limit needs a bigger stack: see
// docs/runtime.md).
#pragma once

#include <cstdint>

namespace ingot::rt {

namespace detail {
extern int64_t call_depth;
extern int64_t recursion_limit;
[[noreturn, gnu::cold]] void raise_recursion_error();
}  // namespace detail

// Guards nest (they are locals of nested calls), so the depth stored on
// leaving is always the one the enclosing call entered with.
class CallDepth {
 public:
  CallDepth() : depth_(detail::call_depth + 1) {
    if (depth_ > detail::recursion_limit) [[unlikely]] detail::raise_recursion_error();
    detail::call_depth = depth_;
  }
  ~CallDepth() { detail::call_depth = depth_ - 1; }
  CallDepth(const CallDepth&) = delete;
  CallDepth& operator=(const CallDepth&) = delete;

 private:
  int64_t depth_;
};

// The guard of a function that is handed its depth (codegen/depth_passing.cpp):
// it calls only itself and runs no other Python code, so no frame above it
// ever reads the counter, and it neither reads nor writes it. A call from
// elsewhere passes entry_depth().
inline int64_t entry_depth() { return detail::call_depth + 1; }
inline void check_depth(int64_t depth) {
  if (depth > detail::recursion_limit) [[unlikely]] detail::raise_recursion_error();
}

// sys.getrecursionlimit / sys.setrecursionlimit. Setting a limit at or below
// the current depth raises RecursionError, as CPython does.
int64_t recursion_limit();
void set_recursion_limit(int64_t limit);

}  // namespace ingot::rt
