#include "runtime/dynamic.h"

#include <gtest/gtest.h>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

// The operands, the same list on both sides: every built-in class the
// dynamic paths dispatch on, and a list of ints (a List<Int>, not boxed
// items) next to a list of Values.
constexpr std::string_view kPythonValues =
    "[None, True, False, 0, 5, -3, 2**70, 1.5, -0.0, 'ab', '', [1, 'a'], [2, 3], (2, 3), (), {1: 2}, {3}, "
    "frozenset({3, 4}), range(3)]";
GcVector<Value> runtime_values() {
  Dict<Value, Value> d;
  d.set(Int(1), Int(2));
  Set<Value> s;
  s.add(Int(3));
  Set<Int> f;
  f.add(Int(3));
  f.add(Int(4));
  return {Value::none(),
          Value::of_bool(true),
          Value::of_bool(false),
          Int(0),
          Int(5),
          Int(-3),
          pow(Int(2), Int(70)),
          Value::of_float(1.5),
          Value::of_float(-0.0),
          Str::from_ascii("ab"),
          Str(),
          box(List<Value>{Int(1), Str::from_ascii("a")}),
          box(List<Int>{Int(2), Int(3)}),
          box(Tuple<Int, Int>(Int(2), Int(3))),
          box(TupleOf<Value>()),
          box(d),
          box(s),
          box(f.frozen()),
          box(Range(3))};
}

// Line by line, so that a failure names only the cases that differ.
void expect_lines(const std::vector<std::string>& got, const std::vector<std::string>& expected) {
  ASSERT_EQ(got.size(), expected.size());
  int shown = 0;
  for (size_t i = 0; i < got.size() && shown < 10; ++i)
    if (got[i] != expected[i]) {
      std::vector<std::string> a = testing::split(got[i]), b = testing::split(expected[i]);
      size_t k = 0;
      while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
      ADD_FAILURE() << "case " << i << " field " << k << ":\n  got      " << (k < a.size() ? a[k] : "")
                    << "\n  expected " << (k < b.size() ? b[k] : "");
      ++shown;
    }
}

constexpr std::string_view kPythonPrelude = R"(
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
values = )";

TEST(Dynamic, BinaryOperatorsMatchPython) {
  std::vector<std::string> expected = testing::python(std::string(kPythonPrelude) + std::string(kPythonValues) + R"(
import operator
ops = [operator.add, operator.sub, operator.mul, operator.matmul, operator.truediv, operator.mod, operator.pow,
       operator.lshift, operator.rshift, operator.or_, operator.xor, operator.and_, operator.floordiv]
for op in ops:
    for a in values:
        for b in values:
            if op is operator.pow and isinstance(b, int) and b > 100: continue
            if op is operator.mod and isinstance(b, range): continue  # str % range: str_percent's
            print(R(lambda: op(a, b)))
)");
  GcVector<Value> values = runtime_values();
  std::vector<std::string> got;
  for (int op = 0; op <= int(BinaryOp::floordiv); ++op)
    for (Value a : values)
      for (Value b : values) {
        if (BinaryOp(op) == BinaryOp::pow && is_integer(b) && integer_of(b) > Int(100)) continue;
        if (BinaryOp(op) == BinaryOp::mod && is_a(b, range_type)) continue;
        got.push_back(outcome([&] { return R(binary(BinaryOp(op), a, b)); }));
      }
  expect_lines(got, expected);
}

TEST(Dynamic, InPlaceAndUnaryOperatorsMatchPython) {
  std::vector<std::string> expected = testing::python(std::string(kPythonPrelude) + std::string(kPythonValues) + R"(
def iadd(a, b):
    a = list(a) if isinstance(a, list) else a
    a += b
    return a
for a in values:
    for b in values:
        print(R(lambda: iadd(a, b)))
for a in values:
    print(R(lambda: -a) + '|' + R(lambda: +a) + '|' + R(lambda: ~a) + '|' + R(lambda: bool(a)) + '|' + R(lambda: len(a))
          + '|' + R(lambda: int(a)) + '|' + R(lambda: float(a)) + '|' + R(lambda: abs(a)) + '|' + R(lambda: hash(a) if isinstance(a, (int, float)) else 0))
)");
  GcVector<Value> values = runtime_values();
  std::vector<std::string> got;
  for (Value a : values)
    for (Value b : values)
      got.push_back(outcome([&] {
        Value copy = is_a(a, list_type) ? box(boxed_list(sequence_of(a))) : a;
        return R(inplace(BinaryOp::add, copy, b));
      }));
  for (Value a : values) {
    std::string line = outcome([&] { return R(unary(UnaryOp::minus, a)); });
    line += "|" + outcome([&] { return R(unary(UnaryOp::plus, a)); });
    line += "|" + outcome([&] { return R(unary(UnaryOp::invert, a)); });
    line += "|" + outcome([&] { return R(truth(a)); });
    line += "|" + outcome([&] { return R(len(a)); });
    line += "|" + outcome([&] { return R(to_int(a)); });
    line += "|" + outcome([&] { return R(to_float(a)); });
    line += "|" + outcome([&] { return R(abs(a)); });
    line += "|" + outcome([&] { return R(is_integer(a) || is_a(a, float_type) ? hash(a) : int64_t{0}); });
    got.push_back(line);
  }
  expect_lines(got, expected);
}

TEST(Dynamic, ContainersMatchPython) {
  std::vector<std::string> expected = testing::python(std::string(kPythonPrelude) + std::string(kPythonValues) + R"(
for a in values:
    line = [R(lambda: list(a))]
    for b in values:
        line.append(R(lambda: b in a))
        line.append(R(lambda: a[b]))
    line.append(R(lambda: a[1:]))
    line.append(R(lambda: a[::-1]))
    print('|'.join(line))
)");
  GcVector<Value> values = runtime_values();
  std::vector<std::string> got;
  for (Value a : values) {
    std::string line = outcome([&] {
      List<Value> items;
      ValueIterator it(a);
      for (Value x; it.next(x);) items.append(x);
      return R(items);
    });
    for (Value b : values) {
      line += "|" + outcome([&] { return R(contains(a, b)); });
      line += "|" + outcome([&] { return R(getitem(a, b)); });
    }
    line += "|" + outcome([&] { return R(getslice(a, 1, kNone, kNone)); });
    line += "|" + outcome([&] { return R(getslice(a, kNone, kNone, -1)); });
    got.push_back(line);
  }
  expect_lines(got, expected);
}

TEST(Dynamic, AttributesCallsAndIteratorsOfBuiltinsRaiseAsPython) {
  std::vector<std::string> expected = testing::python(std::string(kPythonPrelude) + std::string(kPythonValues) + R"(
for a in values:
    print(R(lambda: a.x) + '|' + R(lambda: a()) + '|' + R(lambda: type(iter(a)).__name__) + '|' + R(lambda: next(a)))
)");
  GcVector<Value> values = runtime_values();
  std::vector<std::string> got;
  Str x = Str::from_ascii("x");
  for (Value a : values) {
    std::string line = outcome([&] { return R(getattr(a, x)); });
    line += "|" + outcome([&] { return R(call(a, {})); });
    line += "|" + outcome([&] { return R(Str::from_utf8(iter(a).type().name)); });
    line += "|" + outcome([&] {
      Value out;
      return next(a, &out) ? R(out) : std::string("StopIteration: ");
    });
    got.push_back(line);
  }
  expect_lines(got, expected);
}

TEST(Dynamic, UnboxingChecksTheClassAndConvertsContainers) {
  EXPECT_EQ(unbox<Int>(Int(7)), Int(7));
  EXPECT_EQ(unbox<Int>(Value::of_bool(true)), Int(1));
  EXPECT_EQ(outcome([] { return R(unbox<Int>(Value::none())); }),
            "TypeError: 'NoneType' object cannot be interpreted as an integer");
  EXPECT_EQ(outcome([] { return R(unbox<Str>(Int(1))); }), "TypeError: expected str, got int");
  // The same representation is the same object; another one is a copy.
  List<Int> ints{Int(1), Int(2)};
  EXPECT_EQ(unbox<List<Int>>(box(ints)).object(), ints.object());
  List<Value> boxed{Int(1), Int(2)};
  List<Int> copy = unbox<List<Int>>(box(boxed));
  EXPECT_NE(copy.object(), reinterpret_cast<ListObject<Int>*>(boxed.object()));
  EXPECT_EQ(R(copy), "[1, 2]");
  Tuple<Int, Str> pair = unbox<Tuple<Int, Str>>(box(Tuple<Value, Value>(Int(1), Str::from_ascii("a"))));
  EXPECT_EQ(R(pair), "(1, 'a')");
  EXPECT_TRUE(isinstance(Value::of_bool(true), int_type));
  EXPECT_TRUE(isinstance(Value::of_float(1.0), {&int_type, &float_type}));
  EXPECT_FALSE(isinstance(Value::none(), {&int_type, &float_type}));
}

}  // namespace
}  // namespace ingot::rt
