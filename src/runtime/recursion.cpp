#include "runtime/recursion.h"

#include <string>

#include "runtime/exception.h"

namespace ingot::rt {

namespace detail {

// The module's own frame counts, as in CPython: the program starts at depth 1.
int64_t call_depth = 1;
int64_t recursion_limit = 1000;

void raise_recursion_error() { raise(exc::RecursionError, "maximum recursion depth exceeded"); }

}  // namespace detail

int64_t recursion_limit() { return detail::recursion_limit; }

void set_recursion_limit(int64_t limit) {
  if (limit < 1) raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  // CPython 3.11 counts the running sys.setrecursionlimit call itself.
  int64_t depth = detail::call_depth + 1;
  if (limit <= depth)
    raise(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                   " at the recursion depth " + std::to_string(depth) + ": the limit is too low");
  detail::recursion_limit = limit;
}

}  // namespace ingot::rt
