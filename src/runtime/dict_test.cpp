#include "runtime/dict.h"

#include <gtest/gtest.h>

#include "runtime/dict_views.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

// The keys the generated programs use, the same list on both sides.
constexpr std::string_view kPythonKeys = "[0, 1, 2, -1, 1.0, True, False, 0.0, 2.5, 'a', 'b', (1, 2), (1.0, 2), 10**20, 7, -0.0, None, 'it\\'s']";
GcVector<Value> runtime_keys() {
  return {Int(0), Int(1), Int(2), Int(-1), Value::of_float(1.0), Value::of_bool(true), Value::of_bool(false),
          Value::of_float(0.0), Value::of_float(2.5), Str::from_ascii("a"), Str::from_ascii("b"),
          box(Tuple<Int, Int>(Int(1), Int(2))), box(Tuple<double, Int>(1.0, Int(2))), pow(Int(10), Int(20)),
          Int(7), Value::of_float(-0.0), Value::none(), Str::from_ascii("it's")};
}

// Each line: a program of operations on a dict with Value keys and int
// values ("op key value" words), then what CPython printed for each step.
TEST(Dict, MatchesPythonOnGeneratedOperationSequences) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(9)
keys = )" + std::string(kPythonKeys) + R"(
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
ops = ['set', 'set', 'set', 'get', 'getd', 'del', 'pop', 'popd', 'sd', 'popitem', 'in', 'update', 'repr', 'eq']
for case in range(400):
    d = {}
    program, log = [], []
    for step in range(random.randint(1, 30)):
        op, k, v = random.choice(ops), random.randrange(len(keys)), random.randint(0, 9)
        program.append(f'{op} {k} {v}')
        key = keys[k]
        if op == 'set': log.append(R(lambda: d.__setitem__(key, v)))
        elif op == 'get': log.append(R(lambda: d[key]))
        elif op == 'getd': log.append(R(lambda: d.get(key, -1)))
        elif op == 'del': log.append(R(lambda: d.__delitem__(key)))
        elif op == 'pop': log.append(R(lambda: d.pop(key)))
        elif op == 'popd': log.append(R(lambda: d.pop(key, -1)))
        elif op == 'sd': log.append(R(lambda: d.setdefault(key, v)))
        elif op == 'popitem': log.append(R(lambda: d.popitem()))
        elif op == 'in': log.append(R(lambda: (key in d, key in d.keys(), (key, v) in d.items(), v in d.values(), len(d))))
        elif op == 'update': log.append(R(lambda: d.update({key: v, keys[(k + 1) % len(keys)]: v + 1})))
        elif op == 'repr': log.append(R(lambda: (d, d.keys(), d.values(), d.items(), str(d))))
        elif op == 'eq': log.append(R(lambda: (d == d.copy(), d == {key: v}, d == dict(reversed(d.items())))))
    print(','.join(program) + '|' + '|'.join(log) + '|' + repr(d))
)");
  ASSERT_EQ(lines.size(), 400u);
  GcVector<Value> pool = runtime_keys();
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    std::vector<std::string> program = testing::split(f[0], ',');
    ASSERT_EQ(f.size(), program.size() + 2) << line;
    Dict<Value, Int> d;
    for (size_t step = 0; step < program.size(); ++step) {
      std::vector<std::string> words = testing::split(program[step], ' ');
      const std::string& op = words[0];
      int64_t k = std::stoll(words[1]);
      Value key = pool[k];
      Int v = std::stoll(words[2]);
      std::string got = outcome([&]() -> std::string {
        if (op == "set") return d.set(key, v), "None";
        if (op == "get") return R(d.get(key));
        if (op == "getd") return R(d.get(key, Int(-1)));
        if (op == "del") return d.del(key), "None";
        if (op == "pop") return R(d.pop(key));
        if (op == "popd") return R(d.pop(key, Int(-1)));
        if (op == "sd") return R(d.setdefault(key, v));
        if (op == "popitem") return R(d.popitem());
        if (op == "in")
          return "(" + R(d.contains(key)) + ", " + R(contains(keys(d), key)) + ", " +
                 R(contains(items(d), Tuple<Value, Int>(key, v))) + ", " + R(contains(values(d), v)) + ", " +
                 R(len(d)) + ")";
        if (op == "update") return d.update(Dict<Value, Int>{{key, v}, {pool[(k + 1) % pool.size()], v + 1}}), "None";
        if (op == "repr")
          return "(" + R(d) + ", " + R(keys(d)) + ", " + R(values(d)) + ", " + R(items(d)) + ", " + R(str(d)) + ")";
        Dict<Value, Int> reversed;
        List<Tuple<Value, Int>> all = to_list(items(d));
        for (int64_t i = all.size() - 1; i >= 0; --i) reversed.set(all[i].get<0>(), all[i].get<1>());
        return "(" + R(equal(d, d.copy())) + ", " + R(equal(d, Dict<Value, Int>{{key, v}})) + ", " +
               R(equal(box(d), box(reversed))) + ")";
      });
      if (got != f[step + 1] && ++failures <= 20)
        ADD_FAILURE() << "step " << step << " (" << program[step] << ") of " << f[0] << ": got " << got
                      << ", CPython " << f[step + 1];
    }
    EXPECT_EQ(R(d), f.back());
  }
  EXPECT_EQ(failures, 0);
}

// Loops that change the dict they iterate.
TEST(Dict, IterationChecksLikeCPython) {
  std::vector<std::string> expected = testing::python(R"(
def run(f):
    d = {i: i for i in range(6)}
    seen = []
    try: f(d, seen)
    except RuntimeError as e: seen.append(str(e))
    print(repr(seen) + ' ' + repr(d))
def grow(d, seen):
    for k in d:
        seen.append(k)
        if k == 2: d[10] = 0
def swap(d, seen):
    for k in d:
        seen.append(k)
        if k == 2: del d[0]; d[20] = 1
def update_values(d, seen):
    for k, v in d.items():
        seen.append(v)
        d[k] = v * 10
def pop_then_add(d, seen):
    for k in d:
        seen.append(k)
        if k < 5: del d[k]; d[k + 100] = k
for f in (grow, swap, update_values, pop_then_add): run(f)
)");
  using Body = void (*)(Dict<Int, Int>, List<Int>);
  Body bodies[] = {
      [](Dict<Int, Int> d, List<Int> seen) {
        for (Int k : keys(d)) {
          seen.append(k);
          if (k == Int(2)) d.set(10, 0);
        }
      },
      [](Dict<Int, Int> d, List<Int> seen) {
        for (Int k : keys(d)) {
          seen.append(k);
          if (k == Int(2)) d.del(0), d.set(20, 1);
        }
      },
      [](Dict<Int, Int> d, List<Int> seen) {
        for (Tuple<Int, Int> kv : items(d)) {
          seen.append(kv.get<1>());
          d.set(kv.get<0>(), kv.get<1>() * 10);
        }
      },
      [](Dict<Int, Int> d, List<Int> seen) {
        for (Int k : keys(d)) {
          seen.append(k);
          if (k < Int(5)) d.del(k), d.set(k + 100, k);
        }
      },
  };
  std::vector<std::string> got;
  for (Body body : bodies) {
    Dict<Int, Int> d;
    for (int64_t i = 0; i < 6; ++i) d.set(i, i);
    List<Int> seen;
    std::string error;
    try {
      body(d, seen);
    } catch (const PyException& e) {
      error = ", '" + std::string(exception_str(e.object()).view()) + "'";
    }
    std::string shown = R(seen);
    if (!error.empty()) shown = shown.substr(0, shown.size() - 1) + (seen.size() ? error : error.substr(2)) + "]";
    got.push_back(shown + " " + R(d));
  }
  EXPECT_EQ(got, expected);
}

TEST(Dict, GrowsThroughManyIntAndStrKeys) {
  Dict<Int, Int> squares;
  Dict<Str, Int> names;
  for (int64_t i = 0; i < 100000; ++i) {
    squares.set(i, Int(i) * Int(i));
    names.set(Str::from_ascii(std::to_string(i)), i);
  }
  for (int64_t i = 0; i < 100000; i += 2) squares.del(i);
  GC_gcollect();
  EXPECT_EQ(len(squares), 50000);
  EXPECT_EQ(squares.get(99999), Int(99999) * Int(99999));
  EXPECT_EQ(names.get(Str::from_ascii("31337")), Int(31337));
  EXPECT_FALSE(squares.contains(4));
  EXPECT_EQ(outcome([&] { return R(names.get(Str::from_ascii("x"))); }), "KeyError: 'x'");
}

}  // namespace
}  // namespace ingot::rt
