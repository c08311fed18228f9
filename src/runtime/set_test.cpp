#include "runtime/set.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

Set<Int> build(const std::string& field) {
  Set<Int> s;
  for (const std::string& item : testing::split(field, ','))
    if (!item.empty()) s.add(int_from_string(item));
  return s;
}

// Int sets built from generated lists, so slot order — what print(s)
// shows — is compared on every result.
TEST(Set, IntSetsMatchPythonIncludingOrder) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(12)
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
def I(f, a):
    f(a)
    return a
def pops(s):
    out = []
    while s and len(out) < 4: out.append(s.pop())
    return (out, s)
def churn(a, b, x):
    for v in b: a.discard(v)
    for v in b: a.add(v + x)
    a.discard(x)
    return a
pool = list(range(-10, 40)) + [64, 65, 128, 1000, 1024 + 3, 2**40, -2**61, 2**61 - 1, 2**61, 2**64, -1, -2]
for case in range(700):
    na, nb = random.choice([0, 1, 3, 5, 8, 12, 20, 40, 90]), random.choice([0, 1, 2, 5, 9, 30])
    la = [random.choice(pool) for _ in range(na)]
    lb = [random.choice(pool) for _ in range(nb)] if random.random() < 0.7 else la[:nb]
    x = random.choice(pool)
    a, b = set(la), set(lb)
    ops = [lambda: a, lambda: a | b, lambda: a & b, lambda: b & a, lambda: a - b, lambda: b - a, lambda: a ^ b,
           lambda: I(lambda s: s.update(b), set(a)), lambda: I(lambda s: s.intersection_update(b), set(a)),
           lambda: I(lambda s: s.difference_update(b), set(a)), lambda: I(lambda s: s.symmetric_difference_update(b), set(a)),
           lambda: (a <= b, a < b, a >= b, a > b, a == b, a.isdisjoint(b), x in a),
           lambda: pops(set(a)), lambda: I(lambda s: s.remove(x), set(a)), lambda: I(lambda s: s.discard(x), set(a)),
           lambda: churn(set(a), lb, x), lambda: [v for v in a], lambda: hash(frozenset(a)), lambda: frozenset(a) - b,
           lambda: a.copy(), lambda: len(a)]
    print('|'.join([','.join(map(str, la)), ','.join(map(str, lb)), str(x)] + [R(f) for f in ops]))
)");
  ASSERT_EQ(lines.size(), 700u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    Set<Int> a = build(f[0]), b = build(f[1]);
    GcVector<Int> lb;
    for (const std::string& item : testing::split(f[1], ','))
      if (!item.empty()) lb.push_back(int_from_string(item));
    Int x = int_from_string(f[2]);
    auto in_place = [&](auto op) {
      Set<Int> s = a.copy();
      op(s);
      return R(s);
    };
    using Op = std::function<std::string()>;
    std::vector<Op> ops = {
        [&] { return R(a); }, [&] { return R(a | b); }, [&] { return R(a & b); }, [&] { return R(b & a); },
        [&] { return R(a - b); }, [&] { return R(b - a); }, [&] { return R(a ^ b); },
        [&] { return in_place([&](Set<Int> s) { s.update(b); }); },
        [&] { return in_place([&](Set<Int> s) { s.intersection_update(b); }); },
        [&] { return in_place([&](Set<Int> s) { s.difference_update(b); }); },
        [&] { return in_place([&](Set<Int> s) { s.symmetric_difference_update(b); }); },
        [&] {
          return "(" + R(rich_compare(a, b, CompareOp::le)) + ", " + R(rich_compare(a, b, CompareOp::lt)) + ", " +
                 R(rich_compare(a, b, CompareOp::ge)) + ", " + R(rich_compare(a, b, CompareOp::gt)) + ", " +
                 R(equal(a, b)) + ", " + R(a.isdisjoint(b)) + ", " + R(contains(a, x)) + ")";
        },
        [&] {
          Set<Int> s = a.copy();
          List<Int> out;
          while (len(s) && len(out) < 4) out.append(s.pop());
          return "(" + R(out) + ", " + R(s) + ")";
        },
        [&] { return in_place([&](Set<Int> s) { s.remove(x); }); },
        [&] { return in_place([&](Set<Int> s) { s.discard(x); }); },
        [&] {
          return in_place([&](Set<Int> s) {
            for (Int v : lb) s.discard(v);
            for (Int v : lb) s.add(v + x);
            s.discard(x);
          });
        },
        [&] { return R(List<Int>::from_range(a)); }, [&] { return R(hash(a.frozen())); },
        [&] { return R(a.frozen() - b); }, [&] { return R(a.copy()); }, [&] { return R(len(a)); }};
    ASSERT_EQ(f.size(), ops.size() + 3);
    for (size_t c = 0; c < ops.size(); ++c) {
      std::string got = outcome(ops[c]);
      if (got != f[c + 3] && ++failures <= 20)
        ADD_FAILURE() << "op " << c << " with a=" << f[0] << " b=" << f[1] << " x=" << f[2] << ": got " << got
                      << ", CPython " << f[c + 3];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Set, ValueSetsMergeEqualNumbersAndIterationChecksSize) {
  std::vector<std::string> expected = testing::python(R"(
s = {1, 1.0, True, 2.5, 'a', (1, 2), None, 0, False, 0.0}
print(len(s), 1.0 in s, (1.0, 2) in s, 'b' in s)
print(repr(set()), repr(frozenset()), repr(frozenset([3, 1])))
try:
    for v in s: s.add(99)
except RuntimeError as e: print(e)
try: set().pop()
except KeyError as e: print(repr(str(e)))
)");
  Set<Value> s = {Int(1), Value::of_float(1.0), Value::of_bool(true), Value::of_float(2.5), Str::from_ascii("a"),
                  box(Tuple<Int, Int>(Int(1), Int(2))), Value::none(), Int(0), Value::of_bool(false), Value::of_float(0.0)};
  std::vector<std::string> got = {
      R(len(s)) + " " + R(contains(s, Value::of_float(1.0))) + " " +
          R(contains(s, box(Tuple<double, Int>(1.0, Int(2))))) + " " + R(contains(s, Value(Str::from_ascii("b")))),
      R(Set<Int>()) + " " + R(Set<Int>().frozen()) + " " + R(Set<Int>{Int(3), Int(1)}.frozen()),
      outcome([&] {
        for (Value v : s) s.add(Int(99)), (void)v;
        return std::string();
      }).substr(14),
      R(Str::from_utf8(outcome([] { return R(Set<Int>().pop()); }).substr(10)))};
  EXPECT_EQ(got, expected);
}

// Keys whose hashes share their low 7 bits (the control tag) and negative
// keys (whose runs start near the table's end), added and removed until
// dummies fill the runs: every lookup must still agree with std::set.
TEST(Set, LookupsThroughDummiesAndSharedTags) {
  Set<Int> s;
  std::set<int64_t> model;
  uint64_t seed = 7;
  for (int step = 0; step < 20000; ++step) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    int64_t key = static_cast<int64_t>((seed >> 33) % 24) * 128 - 1000;
    if ((seed >> 20) % 3 == 0) {
      s.discard(Int(key));
      model.erase(key);
    } else {
      s.add(Int(key));
      model.insert(key);
    }
    ASSERT_EQ(s.size(), static_cast<int64_t>(model.size()));
    for (int64_t probe = -1000; probe < 24 * 128 - 1000; probe += 64)
      ASSERT_EQ(s.contains(Int(probe)), model.count(probe) == 1) << "step " << step << " key " << probe;
  }
}

}  // namespace
}  // namespace ingot::rt
