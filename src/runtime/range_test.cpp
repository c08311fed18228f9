#include "runtime/range.h"

#include <gtest/gtest.h>

#include <functional>

#include "runtime/list.h"
#include "runtime/slice_object.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

int64_t bound(const std::string& field) { return field == "None" ? kNone : std::stoll(field); }
Value bound_value(const std::string& field) { return field == "None" ? Value::none() : Value(Int(std::stoll(field))); }

TEST(Range, MatchesPythonOnGeneratedRangesAndSlices) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(21)
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
big = [2**62 - 1, -2**62, 2**61, -2**61]  # lengths within int64 (see docs: longer ranges)
for case in range(1500):
    a, b = random.randint(-15, 15), random.randint(-15, 15)
    c = random.choice([1, 1, 2, 3, -1, -2, -4, 7, 0])
    if case % 50 == 0: a, b, c = random.choice(big), random.choice(big), random.choice([1, -1, 2**61, -2**61])
    i, j = random.choice([None, -20, -3, -1, 0, 1, 2, 5, 30]), random.choice([None, -20, -2, 0, 3, 8, 30])
    k = random.choice([None, 1, 2, -1, -3, 0])
    x = random.randint(-16, 16)
    r = lambda: range(a, b, c)
    fs = [lambda: r(), lambda: len(r()), lambda: list(r()) if len(r()) < 100 else len(r()), lambda: r()[x],
          lambda: r()[i:j:k], lambda: x in r(), lambda: r().index(x), lambda: r().count(x),
          lambda: r() == range(a, b + 1, c), lambda: r()[i:j:k] == r()[i:j:k][:], lambda: float(x) in r() if len(r()) < 100 else 0,
          lambda: slice(i, j, k), lambda: slice(i, j, k).indices(abs(x)), lambda: slice(i, j, k) == slice(i, j, k),
          lambda: list(range(a, b))[i:j:k] if abs(a) < 100 else 0]
    print('|'.join([str(a), str(b), str(c), str(i), str(j), str(k), str(x)] + [R(f) for f in fs]))
)");
  ASSERT_EQ(lines.size(), 1500u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    int64_t a = std::stoll(f[0]), b = std::stoll(f[1]), c = std::stoll(f[2]);
    int64_t i = bound(f[3]), j = bound(f[4]), k = bound(f[5]), x = std::stoll(f[6]);
    Slice s{bound_value(f[3]), bound_value(f[4]), bound_value(f[5])};
    auto r = [&] { return Range(a, b, c); };

    std::vector<std::function<std::string()>> ops = {
        [&] { return R(r()); },
        [&] { return R(len(r())); },
        [&] { return len(r()) < 100 ? R(List<Int>::from_range(r())) : R(len(r())); },
        [&] { return R(r().get(x)); },
        [&] { return R(r().slice(i, j, k)); },
        [&] { return R(contains(r(), x)); },
        [&] { return R(r().index(x)); },
        [&] { return R(r().count(x)); },
        [&] { return R(equal(r(), Range(a, b + 1, c))); },
        [&] { return R(equal(r().slice(i, j, k), r().slice(i, j, k).slice(kNone, kNone))); },
        [&] { return len(r()) < 100 ? R(contains(r(), Value::of_float(static_cast<double>(x)))) : R(Int(0)); },
        [&] { return R(s); },
        [&] { return R(indices(s, x < 0 ? -x : x)); },
        [&] { return R(equal(s, Slice{s.start, s.stop, s.step})); },
        [&] { return a > -100 && a < 100 ? R(List<Int>::from_range(Range(a, b)).slice(i, j, k)) : R(Int(0)); },
    };

    ASSERT_EQ(f.size(), ops.size() + 7);
    for (size_t op = 0; op < ops.size(); ++op) {
      std::string got = outcome(ops[op]);
      if (got != f[op + 7] && ++failures <= 20)
        ADD_FAILURE() << "op " << op << " in " << line << ": got " << got << ", CPython " << f[op + 7];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Range, BigBoundsMatchPython) {
  std::vector<std::string> expected = testing::python(R"(
r = range(-10**30, 10**30, 10**28)
for f in [lambda: r, lambda: r[0], lambda: r[-1], lambda: r[100], lambda: 0 in r, lambda: 10**28 + 1 in r,
          lambda: r[5:-5:7], lambda: r[::-1], lambda: r.index(10**28), lambda: len(r), lambda: list(r[:3])]:
    print(repr(f()))
)");
  Int e30 = int_from_string("1" + std::string(30, '0')), e28 = int_from_string("1" + std::string(28, '0'));
  Range r = Range::of(-e30, e30, e28);
  std::vector<std::string> got = {R(r), R(r.get(Int(0))), R(r.get(Int(-1))), R(r.get(Int(100))), R(r.contains(Int(0))),
                                  R(r.contains(e28 + Int(1))), R(r.slice(5, -5, 7)), R(r.slice(kNone, kNone, -1)),
                                  R(r.index(e28)), R(r.size()), R(List<Int>::from_range(r.slice(kNone, 3)))};
  EXPECT_EQ(got, expected);
}

TEST(Range, CompiledLoopIteratorReachesTheLastValueWithoutOverflow) {
  RangeIterator it(Range(INT64_MAX - 10, INT64_MAX, 4));
  List<Int> seen;
  for (Int v; it.next(v);) seen.append(v);
  EXPECT_EQ(R(seen), "[9223372036854775797, 9223372036854775801, 9223372036854775805]");
}

}  // namespace
}  // namespace ingot::rt
