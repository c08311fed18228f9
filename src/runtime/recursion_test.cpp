#include "runtime/recursion.h"

#include <gtest/gtest.h>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;

#pragma GCC diagnostic ignored "-Winfinite-recursion"  // r ends by RecursionError, as in Python

// def r(n):
//     try: return r(n + 1)
//     except RecursionError: return n
int64_t r(int64_t n) {
  CallDepth depth;
  try {
    return r(n + 1);
  } catch (const PyException& e) {
    if (!e.matches(exc::RecursionError)) throw;
    return n;
  }
}

// def s(n): return 0 if n == 0 else s(n - 1) + 1
int64_t s(int64_t n) {
  CallDepth depth;
  return n == 0 ? 0 : s(n - 1) + 1;
}

TEST(Recursion, LimitIsReachedAtCPythonsDepth) {
  std::vector<std::string> expected = testing::python(R"(
def r(n):
    try: return r(n + 1)
    except RecursionError: return n
def s(n): return 0 if n == 0 else s(n - 1) + 1
# At module level, not inside out(): every Python frame counts.
print(r(0))
for limit in [0, 1, 2, 50]:
    try: sys.setrecursionlimit(limit); print('None')
    except Exception as e: print(type(e).__name__ + ': ' + str(e))
print(r(0))
for n in [47, 48, 49]:
    try: print(s(n))
    except RecursionError as e: print('RecursionError: ' + str(e))
sys.setrecursionlimit(1000)
)");
  std::vector<std::string> got;
  got.push_back(std::to_string(r(0)));
  for (int64_t limit : {0, 1, 2, 50})
    got.push_back(outcome([&] {
      set_recursion_limit(limit);
      return std::string("None");
    }));
  got.push_back(std::to_string(r(0)));
  for (int64_t n : {47, 48, 49}) got.push_back(outcome([&] { return std::to_string(s(n)); }));
  set_recursion_limit(1000);
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace ingot::rt
