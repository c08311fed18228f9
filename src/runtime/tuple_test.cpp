#include "runtime/tuple.h"

#include <gtest/gtest.h>

#include <type_traits>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

std::string comparisons(auto a, auto b) {
  return R(equal(a, b)) + " " + R(rich_compare(a, b, CompareOp::lt)) + " " + R(rich_compare(a, b, CompareOp::le)) +
         " " + R(rich_compare(a, b, CompareOp::gt)) + " " + R(rich_compare(a, b, CompareOp::ge));
}

// Trivially copyable, so small tuples travel in registers and no copy of
// one outlives a call in the caller's frame (runtime/tuple.h).
static_assert(std::is_trivially_copyable_v<Tuple<Value, Value>>);
static_assert(std::is_trivially_copyable_v<Tuple<Int, double, Str, Tuple<bool, Value>>>);

// Lines "x1 y1 x2 y2|repr|hash|comparisons" for pairs (int, float).
TEST(Tuple, FixedArityHashesAndComparesAsCPython) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(2)
ints = [0, 1, -1, -2, 2, 7, 2**61 - 1, 2**61, -2**61, 2**64 + 3, 10**30, -10**30]
floats = [0.0, -0.0, 1.0, 0.5, -1.5, 1e300, float('inf'), -float('inf'), 2.0**61, 3.25]
def cmp(a, b): return ' '.join(str(v) for v in (a == b, a < b, a <= b, a > b, a >= b))
for _ in range(800):
    a = (random.choice(ints), random.choice(floats))
    b = (random.choice(ints[:4]) if random.random() < 0.5 else a[0], random.choice(floats))
    print('|'.join([str(a[0]), a[1].hex(), str(b[0]), b[1].hex(), repr(a), str(hash(a)), cmp(a, b),
                    str(hash((a[0],))), repr((a[0],)), str(hash(())), str(hash((a, b[1], (a[0], a[0]))))]))
)");
  ASSERT_EQ(lines.size(), 800u);
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    Tuple<Int, double> a{int_from_string(f[0]), std::strtod(f[1].c_str(), nullptr)};
    Tuple<Int, double> b{int_from_string(f[2]), std::strtod(f[3].c_str(), nullptr)};
    Tuple<Int> one{a.get<0>()};
    Tuple<Tuple<Int, double>, double, Tuple<Int, Int>> nested{a, b.get<1>(), {a.get<0>(), a.get<0>()}};
    std::vector<std::string> got = {f[0], f[1], f[2], f[3], R(a), R(hash(a)), comparisons(a, b),
                                    R(hash(one)), R(one), R(hash(Tuple<>())), R(hash(nested))};
    ASSERT_EQ(got, f);
  }
}

// TupleOf<Int> operations on generated tuples, and boxed mixed tuples.
TEST(Tuple, VariableLengthMatchesPython) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(4)
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for _ in range(600):
    a = tuple(random.randint(-2, 4) for _ in range(random.choice([0, 1, 2, 3, 6])))
    b = tuple(random.randint(-2, 4) for _ in range(random.choice([0, 1, 2, 3])))
    i, j = random.choice([None, -7, -2, -1, 0, 1, 2, 5]), random.choice([None, -3, 0, 2, 9])
    k = random.choice([None, 1, 2, -1, -2])
    x = random.randint(-2, 4)
    print('|'.join([','.join(map(str, a)), ','.join(map(str, b)), str(i), str(j), str(k), str(x)] +
                   [R(f) for f in (lambda: a, lambda: hash(a), lambda: a[x], lambda: a[i:j:k], lambda: a + b,
                                   lambda: a * x, lambda: x in a, lambda: a.index(x), lambda: a.count(x),
                                   lambda: (a == b, a < b, a >= b), lambda: hash(a + (x * 0.5, str(x) == '1')),
                                   lambda: a + (x * 0.5, (b, None)))]))
)");
  ASSERT_EQ(lines.size(), 600u);
  auto parse = [](const std::string& field) {
    GcVector<Int> items;
    for (const std::string& item : testing::split(field, ','))
      if (!item.empty()) items.push_back(int_from_string(item));
    return TupleOf<Int>(std::span<const Int>(items.data(), items.size()));
  };
  auto bound = [](const std::string& field) { return field == "None" ? kNone : std::stoll(field); };
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    TupleOf<Int> a = parse(f[0]), b = parse(f[1]);
    int64_t i = bound(f[2]), j = bound(f[3]), k = bound(f[4]), x = std::stoll(f[5]);
    auto boxed = [&](auto... extra) {
      GcVector<Value> items(a.begin(), a.end());
      (items.push_back(extra), ...);
      return TupleOf<Value>(std::span<const Value>(items.data(), items.size()));
    };
    std::vector<std::string> got = {
        f[0], f[1], f[2], f[3], f[4], f[5], R(a), R(hash(a)),
        outcome([&] { return R(a.get(x)); }), outcome([&] { return R(a.slice(i, j, k)); }), R(a + b),
        R(repeat(a, x)), R(contains(a, Int(x))), outcome([&] { return R(a.index(Int(x))); }), R(a.count(Int(x))),
        "(" + R(equal(a, b)) + ", " + R(rich_compare(a, b, CompareOp::lt)) + ", " +
            R(rich_compare(a, b, CompareOp::ge)) + ")",
        R(hash(boxed(Value::of_float(x * 0.5), Value::of_bool(x == 1)))),
        R(boxed(Value::of_float(x * 0.5), box(Tuple<TupleOf<Int>, Value>(b, Value::none()))))};
    ASSERT_EQ(got, f);
  }
}

TEST(Tuple, BoxedTuplesAreKeysThatEqualAcrossNumbers) {
  Value a = box(Tuple<Int, double>(Int(1), 2.0));
  Value b = box(Tuple<double, bool>(1.0, false));
  Value c = box(Tuple<bool, Int>(true, Int(2)));
  EXPECT_TRUE(equal(a, c));
  EXPECT_EQ(hash(a), hash(c));
  EXPECT_FALSE(equal(a, b));
  EXPECT_TRUE(rich_compare(b, a, CompareOp::lt));
  EXPECT_EQ(outcome([&] { return R(rich_compare(a, box(Tuple<Str>(Str::from_ascii("x"))), CompareOp::gt)); }),
            "TypeError: '>' not supported between instances of 'int' and 'str'");
}

}  // namespace
}  // namespace ingot::rt
