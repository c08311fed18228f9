#include "runtime/str_format.h"

#include <gtest/gtest.h>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/test_support.h"
#include "runtime/tuple.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::show;

// The arguments both sides format, by position and by name.
constexpr std::string_view kPythonArgs = R"(
args = (42, -3.5, 'h\u00e9llo', True, [1, 'a'], {'k': 7, 1: 'one'}, (5, 6), None, 0, 255, -7, 1e100, 65)
kwargs = {'name': 'x\u00e9', 'n': 255, 'f': 2.5, 'l': [3, 4], 'b': False}
)";
struct Args {
  GcVector<Value> positional;
  GcVector<KeywordArg> keywords;
};
Args runtime_args() {
  Dict<Value, Value> d{{Str::from_ascii("k"), Int(7)}, {Int(1), Str::from_ascii("one")}};
  return {{Int(42), Value::of_float(-3.5), Str::from_utf8("h\u00e9llo"), Value::of_bool(true),
           box(List<Value>{Int(1), Str::from_ascii("a")}), box(d), box(Tuple<Int, Int>(Int(5), Int(6))),
           Value::none(), Int(0), Int(255), Int(-7), Value::of_float(1e100), Int(65)},
          {{Str::from_ascii("name"), Str::from_utf8("x\u00e9")},
           {Str::from_ascii("n"), Int(255)},
           {Str::from_ascii("f"), Value::of_float(2.5)},
           {Str::from_ascii("l"), box(List<Int>{Int(3), Int(4)})},
           {Str::from_ascii("b"), Value::of_bool(false)}}};
}

// Lines "format hex|CPython's fmt.format(*args, **kwargs)".
TEST(StrFormat, FormatMethodMatchesPython) {
  std::vector<std::string> lines = testing::python(std::string(kPythonArgs) + R"(
random.seed(31)
fields = ['{}', '{}', '{0}', '{1}', '{2!r}', '{3}', '{4}', '{5}', '{6}', '{7}', '{name}', '{n:x}', '{f:.3}', '{l[1]}',
          '{4[1]}', '{5[k]}', '{5[1]}', '{6[0]:>4}', '{0:{9}}', '{1:{n}.{0}}', '{2:*^{8}}', '{2!a}', '{4!s:>12}',
          '{b}', '{b:d}', '{3:>5}', '{11:e}', '{12:c}', '{:,}', '{0:_b}', '{name!r:^10}', '{1!r}', '{7:}', '{7:x}',
          '{99}', '{nope}', '{0!x}', '{0!}', '{0', '}', '{', '{{', '}}', '{0:{1:{2}}}', '{0.}', '{4[x]}', '{l[9]}',
          '{0[0]}', '{6[]}', '{l[0}', '{0!r', '{:{}}', '{:d}', ' ', 'a\u00e9', '{2:.2}', '{0:%}', '{1:=+8.2f}']
for case in range(3000):
    fmt = ''.join(random.choice(fields) for _ in range(random.randint(1, 4)))
    print(hexstr(fmt) + '|' + out(lambda: fmt.format(*args, **kwargs)))
)");
  ASSERT_EQ(lines.size(), 3000u);
  Args args = runtime_args();
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    Str fmt = Str::from_utf8(testing::unhex(f[0]));
    std::string got = outcome([&] { return show(str_format(fmt, args.positional, args.keywords)); });
    if (got != f[1] && ++failures <= 20)
      ADD_FAILURE() << repr(fmt).view() << ": got " << got << ", CPython " << f[1];
  }
  EXPECT_EQ(failures, 0);
}

// Lines "format hex|argument|CPython's fmt % arg", the argument being an
// index into args, -1 for the args tuple, -2 for kwargs, or "t" and the
// indexes into `small` of a generated tuple.
TEST(StrFormat, PercentMatchesPython) {
  std::vector<std::string> lines = testing::python(std::string(kPythonArgs) + R"(
random.seed(32)
small = [5, 2, -3, 'x', 2.5, 65]
flags = ['', '', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' #']
widths = ['', '', '5', '12', '*', '0']
precisions = ['', '', '.0', '.2', '.10', '.*']
types = list('sdiouxXeEfFgGcra%') + ['z', '\u00e9']
def spec():
    key = random.choice(['', '', '', '(name)', '(n)', '(f)', '(nope)', '(b)'])
    return '%' + key + random.choice(flags) + random.choice(widths) + random.choice(precisions) + random.choice(types)
for case in range(3000):
    fmt = random.choice(['', 'a', 'x\u00e9 ']) + spec() + random.choice(['', ' ', spec(), '%', '%%'])
    which = random.randrange(-2, len(args))
    arg = kwargs if which == -2 else args if which == -1 else args[which]
    if which == -1 and random.random() < 0.5:
        picks = [random.randrange(len(small)) for _ in range(random.randint(0, 4))]
        arg, which = tuple(small[i] for i in picks), 't' + ','.join(map(str, picks))
    print(hexstr(fmt) + '|' + str(which) + '|' + out(lambda: fmt % arg))
)");
  ASSERT_EQ(lines.size(), 3000u);
  Args args = runtime_args();
  GcVector<Value> small = {Int(5), Int(2), Int(-3), Str::from_ascii("x"), Value::of_float(2.5), Int(65)};
  Dict<Value, Value> kwargs;
  for (const KeywordArg& k : args.keywords) kwargs.set(k.name, k.value);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    Str fmt = Str::from_utf8(testing::unhex(f[0]));
    Value arg;
    if (f[1][0] == 't') {
      GcVector<Value> picked;
      for (const std::string& i : testing::split(f[1].substr(1), ','))
        if (!i.empty()) picked.push_back(small[std::stoll(i)]);
      arg = box(TupleOf<Value>(std::span<const Value>(picked.data(), picked.size())));
    } else if (int64_t which = std::stoll(f[1]); which == -2) {
      arg = box(kwargs);
    } else if (which == -1) {
      arg = box(TupleOf<Value>(std::span<const Value>(args.positional.data(), args.positional.size())));
    } else {
      arg = args.positional[which];
    }
    std::string got = outcome([&] { return show(str_percent(fmt, arg)); });
    if (got != f[2] && ++failures <= 20)
      ADD_FAILURE() << repr(fmt).view() << " % arg " << f[1] << ": got " << got << ", CPython " << f[2];
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace ingot::rt
