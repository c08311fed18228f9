#include "runtime/list.h"

#include <gtest/gtest.h>

#include "runtime/dict.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::R;

// One generated case: lists a and b, slice bounds i, j (kNone for None),
// step k, an index n and an item x.
template <typename T>
struct Args {
  List<T> a, b;
  int64_t i, j, k, n;
  T x;
};

// repr(x) as text, as the Python side prints every result.
template <typename X, typename Y>
std::string R2(X x, Y y) {
  return "(" + R(x) + ", " + R(y) + ")";
}

Int sort_key(Int v) { return mod(v, Int(3)); }
Int sort_key(Str s) { return Int(len(s)); }
int64_t floor_mod(int64_t a, int64_t b) { return ((a % b) + b) % b; }

// Loops over a while appending to it and removing from it: CPython's
// index-based iteration decides what the loop sees.
template <typename T>
std::string iterate_while_mutating(List<T> a, T x) {
  List<T> seen;
  for (T v : a) {
    seen.append(v);
    if (same_or_equal(v, x) && a.size() < 12) a.append(v);
    else if (a.size() > 6) a.pop(0);
  }
  return R2(seen, a);
}

template <typename T>
struct ListCase {
  const char* python;
  std::string (*runtime)(Args<T>& a);
};

template <typename T>
const std::vector<ListCase<T>> kListCases = {
    {"len(a)", [](Args<T>& a) { return R(len(a.a)); }},
    {"a[n]", [](Args<T>& a) { return R(a.a.get(a.n)); }},
    {"a[i:j]", [](Args<T>& a) { return R(a.a.slice(a.i, a.j)); }},
    {"a[i:j:k]", [](Args<T>& a) { return R(a.a.slice(a.i, a.j, a.k)); }},
    {"a + b", [](Args<T>& a) { return R(a.a + a.b); }},
    {"a * (n % 5 - 1)", [](Args<T>& a) { return R(repeat(a.a, floor_mod(a.n, 5) - 1)); }},
    {"x in a", [](Args<T>& a) { return R(contains(a.a, a.x)); }},
    {"a == b", [](Args<T>& a) { return R(equal(a.a, a.b)); }},
    {"a == a[:]", [](Args<T>& a) { return R(equal(a.a, a.a.copy())); }},
    {"a < b", [](Args<T>& a) { return R(rich_compare(a.a, a.b, CompareOp::lt)); }},
    {"a <= b", [](Args<T>& a) { return R(rich_compare(a.a, a.b, CompareOp::le)); }},
    {"a > b", [](Args<T>& a) { return R(rich_compare(a.a, a.b, CompareOp::gt)); }},
    {"a >= b", [](Args<T>& a) { return R(rich_compare(a.a, a.b, CompareOp::ge)); }},
    {"a.index(x)", [](Args<T>& a) { return R(a.a.index(a.x)); }},
    {"a.index(x, n)", [](Args<T>& a) { return R(a.a.index(a.x, a.n)); }},
    {"a.index(x, n, j if j is not None else 3)", [](Args<T>& a) { return R(a.a.index(a.x, a.n, a.j == kNone ? 3 : a.j)); }},
    {"a.count(x)", [](Args<T>& a) { return R(a.a.count(a.x)); }},
    {"M(a, lambda a: a.append(x))", [](Args<T>& a) { a.a.append(a.x); return R(a.a); }},
    {"M(a, lambda a: a.extend(b))", [](Args<T>& a) { a.a.extend(a.b); return R(a.a); }},
    {"M(a, lambda a: a.extend(a))", [](Args<T>& a) { a.a.extend(a.a); return R(a.a); }},
    {"M(a, lambda a: a.insert(n, x))", [](Args<T>& a) { a.a.insert(a.n, a.x); return R(a.a); }},
    {"(a.pop(), a)", [](Args<T>& a) { T v = a.a.pop(); return R2(v, a.a); }},
    {"(a.pop(n), a)", [](Args<T>& a) { T v = a.a.pop(a.n); return R2(v, a.a); }},
    {"M(a, lambda a: a.remove(x))", [](Args<T>& a) { a.a.remove(a.x); return R(a.a); }},
    {"M(a, lambda a: a.reverse())", [](Args<T>& a) { a.a.reverse(); return R(a.a); }},
    {"M(a, lambda a: a.sort())", [](Args<T>& a) { a.a.sort(); return R(a.a); }},
    {"M(a, lambda a: a.sort(reverse=True))", [](Args<T>& a) { a.a.sort(true); return R(a.a); }},
    {"M(a, lambda a: a.sort(key=K))", [](Args<T>& a) { a.a.sort_by([](T v) { return sort_key(v); }); return R(a.a); }},
    {"M(a, lambda a: a.sort(key=K, reverse=True))", [](Args<T>& a) { a.a.sort_by([](T v) { return sort_key(v); }, true); return R(a.a); }},
    {"M(a, lambda a: a.clear())", [](Args<T>& a) { a.a.clear(); return R(a.a); }},
    {"M(a, lambda a: a.__setitem__(n, x))", [](Args<T>& a) { a.a.set(a.n, a.x); return R(a.a); }},
    {"M(a, lambda a: a.__setitem__(slice(i, j), b))", [](Args<T>& a) { a.a.set_slice(a.i, a.j, kNone, a.b); return R(a.a); }},
    {"M(a, lambda a: a.__setitem__(slice(i, j, k), b))", [](Args<T>& a) { a.a.set_slice(a.i, a.j, a.k, a.b); return R(a.a); }},
    {"M(a, lambda a: a.__setitem__(slice(i, j, k), a))", [](Args<T>& a) { a.a.set_slice(a.i, a.j, a.k, a.a); return R(a.a); }},
    {"M(a, lambda a: a.__delitem__(n))", [](Args<T>& a) { a.a.del_item(a.n); return R(a.a); }},
    {"M(a, lambda a: a.__delitem__(slice(i, j, k)))", [](Args<T>& a) { a.a.del_slice(a.i, a.j, a.k); return R(a.a); }},
    {"M(a, lambda a: a.__imul__(n % 4))", [](Args<T>& a) { a.a.repeat_in_place(floor_mod(a.n, 4)); return R(a.a); }},
    {"iterate_while_mutating(a, x)", [](Args<T>& a) { return iterate_while_mutating(a.a, a.x); }},
    {"str(a)", [](Args<T>& a) { return R(str(a.a)); }},
};

template <typename T>
void check_against_python(const std::string& items, const std::string& parse_script, T (*parse)(const std::string&)) {
  std::string ops;
  for (const ListCase<T>& c : kListCases<T>) ops += "lambda a, b, i, j, k, n, x: " + std::string(c.python) + ",\n";
  std::vector<std::string> lines = testing::python(R"(
def M(a, f):
    f(a)
    return a
def iterate_while_mutating(a, x):
    seen = []
    for v in a:
        seen.append(v)
        if v == x and len(a) < 12: a.append(v)
        elif len(a) > 6: a.pop(0)
    return (seen, a)
def R(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
)" + parse_script + R"(
ops = [)" + ops + R"(]
random.seed(7)
bounds = list(range(-9, 10)) + [None, None, 100, -100]
for case in range(1500):
    a = [random.choice(items) for _ in range(random.choice([0, 1, 2, 3, 5, 8, 11]))]
    b = [random.choice(items) for _ in range(random.choice([0, 1, 2, 3, 5]))]
    if random.random() < 0.3: b = a[:len(b)]
    i, j = random.choice(bounds), random.choice(bounds)
    k = random.choice([None, 1, 2, 3, -1, -2, -3, 0])
    n = random.randint(-9, 9)
    x = random.choice(items)
    print('|'.join([enc(a), enc(b), str(i), str(j), str(k), str(n), enc([x])] + [R(lambda: op(list(a), list(b), i, j, k, n, x)) for op in ops]))
)");
  ASSERT_EQ(lines.size(), 1500u);
  auto parse_list = [&](const std::string& field) {
    List<T> l;
    for (const std::string& item : testing::split(field, ','))
      if (!item.empty()) l.append(parse(item));
    return l;
  };
  auto parse_bound = [](const std::string& field) { return field == "None" ? kNone : std::stoll(field); };
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    ASSERT_EQ(f.size(), kListCases<T>.size() + 7) << line;
    for (size_t c = 0; c < kListCases<T>.size(); ++c) {
      Args<T> a{parse_list(f[0]), parse_list(f[1]), parse_bound(f[2]), parse_bound(f[3]),
                parse_bound(f[4]), std::stoll(f[5]), parse_list(f[6])[0]};
      std::string got = outcome([&] { return kListCases<T>[c].runtime(a); });
      if (got != f[c + 7] && ++failures <= 20)
        ADD_FAILURE() << kListCases<T>[c].python << " with a=" << f[0] << " b=" << f[1] << " i=" << f[2]
                      << " j=" << f[3] << " k=" << f[4] << " n=" << f[5] << " x=" << f[6] << ": got " << got
                      << ", CPython " << f[c + 7];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(List, OfIntMatchesPython) {
  check_against_python<Int>("", R"(
items = list(range(-3, 6)) + [2**70]
K = lambda v: v % 3
def enc(l): return ','.join(map(str, l))
)", [](const std::string& s) { return int_from_string(s); });
}

TEST(List, OfStrMatchesPython) {
  check_against_python<Str>("", R"(
items = ['', 'a', 'b', 'ab', 'ba', "it's", '\u00e9', '"', '\\', 'a\nb', '\U0001f600']
K = len
def enc(l): return ','.join('h' + hexstr(s) for s in l)
)", [](const std::string& s) { return Str::from_utf8(testing::unhex(s.substr(1))); });
}

TEST(List, OfValuesComparesAcrossNumbersAndNestsItsRepr) {
  std::vector<std::string> expected = testing::python(R"(
a = [1, 2.0, True, 'x', None, [3, [4.5]]]
a.append(a)
print(repr(a))
print(a.index(1.0), a.count(1), a.count(True), [2, 1.0] == [2.0, True], [1, 2] < [1, 2.5], 2 in a)
b = [3, 1.5, True, -2, 0.0, False, 10**20]
b.sort()
print(repr(b))
try: [1, 'a'].sort()
except TypeError as e: print(e)
try: [1, 'a'] <= [1, 2]
except TypeError as e: print(e)
nan = float('nan')
print([nan] == [nan], [float('nan')] == [float('nan')], [nan].count(nan))
)");
  List<Value> inner = {Int(3), box(List<double>{4.5})};
  List<Value> a = {Int(1), Value::of_float(2.0), Value::of_bool(true), Str::from_ascii("x"), Value::none(), box(inner)};
  a.append(box(a));
  Value nan = Value::of_float(std::nan(""));
  List<Value> b = {Int(3), Value::of_float(1.5), Value::of_bool(true), Int(-2), Value::of_float(0.0),
                   Value::of_bool(false), pow(Int(10), Int(20))};
  b.sort();
  std::vector<std::string> got = {
      R(a),
      R(a.index(Int(1))) + " " + R(a.count(Value::of_float(1.0))) + " " + R(a.count(Value::of_bool(true))) + " " +
          R(equal(List<Value>{Int(2), Value::of_float(1.0)}, List<Value>{Value::of_float(2.0), Value::of_bool(true)})) +
          " " + R(less(List<Value>{Int(1), Int(2)}, List<Value>{Int(1), Value::of_float(2.5)})) + " " +
          R(contains(a, Value(Int(2)))),
      R(b),
      outcome([] { List<Value>{Int(1), Str::from_ascii("a")}.sort(); return std::string(); }).substr(11),
      outcome([] { return R(rich_compare(List<Value>{Int(1), Str::from_ascii("a")}, List<Value>{Int(1), Int(2)}, CompareOp::le)); }).substr(11),
      R(equal(List<Value>{nan}, List<Value>{nan})) + " " +
          R(equal(List<Value>{Value::of_float(float_from_string("nan"))},  // two float('nan') objects
                  List<Value>{Value::of_float(float_from_string("nan"))})) + " " +
          R(List<Value>{nan}.count(nan))};
  EXPECT_EQ(got, expected);
}

TEST(List, IsUnhashableThroughValues) {
  std::vector<std::string> expected = testing::python(R"(
try: hash([1])
except TypeError as e: print(e)
try: {[1]: 2}
except TypeError as e: print(e)
)");
  List<Int> l = {Int(1)};
  std::vector<std::string> got = {
      outcome([&] { return R(hash(box(l))); }).substr(11),
      outcome([&] { return R(Dict<Value, Int>{{box(l), Int(2)}}); }).substr(11)};
  EXPECT_EQ(got, expected);
}

TEST(List, AppendKeepsItemsAliveAcrossCollections) {
  List<Str> l;
  for (int i = 0; i < 200000; ++i) l.append(Str::from_ascii(std::to_string(i)));
  GC_gcollect();
  int64_t total = 0;
  for (Str s : l) total += len(s);
  EXPECT_EQ(total, 1088890);
  EXPECT_EQ(std::string(l.get(-1).view()), "199999");
}

}  // namespace
}  // namespace ingot::rt
