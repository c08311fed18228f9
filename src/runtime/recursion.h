// Python's recursion limit. Generated code puts a CallDepth at the top of
// every function it compiles, before the try block that adds the function to
// tracebacks: like CPython, the call that would exceed the limit raises
// RecursionError in its caller's frame.
//
// The counter is one global increment and decrement per call; the native
// stack must hold `limit` frames of compiled code, which the default 8 MiB
// does for the default limit of 1000 (a raised limit needs a bigger stack:
// see docs/runtime.md).
#pragma once

#include <cstdint>

namespace ingot::rt {

namespace detail {
extern int64_t call_depth;
extern int64_t recursion_limit;
[[noreturn, gnu::cold]] void raise_recursion_error();
}  // namespace detail

class CallDepth {
 public:
  CallDepth() {
    if (++detail::call_depth > detail::recursion_limit) [[unlikely]] {
      --detail::call_depth;
      detail::raise_recursion_error();
    }
  }
  ~CallDepth() { --detail::call_depth; }
  CallDepth(const CallDepth&) = delete;
  CallDepth& operator=(const CallDepth&) = delete;
};

// sys.getrecursionlimit / sys.setrecursionlimit. Setting a limit at or below
// the current depth raises RecursionError, as CPython does.
int64_t recursion_limit();
void set_recursion_limit(int64_t limit);

}  // namespace ingot::rt
