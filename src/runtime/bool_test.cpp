#include "runtime/bool.h"

#include <gtest/gtest.h>

#include "runtime/protocol.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::show;

// Lines "a|b|spec hex|str|repr|hash|a+b|a-b|a*b|-a|~a|a&b|a|b|a^b|a==1.0|format(a, spec)".
TEST(Bool, MatchesPythonOnEveryPairAndGeneratedSpecs) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(3)
specs = ['', 'd', '>5', '^6', '05', '+', 'x', '#b', 'f', '.2%', 's', 'c', 'n', '*<4', ',', 'e', 'z', '=+6', 'q']
for a in (False, True):
    for b in (False, True):
        for spec in specs:
            print('|'.join([str(a), str(b), hexstr(spec), show(str(a)), show(repr(a)), str(hash(a)), show(a + b),
                            show(a - b), show(a * b), show(-a), show(~a), show(a & b), show(a | b), show(a ^ b),
                            show(a == 1.0), out(lambda: format(a, spec)), show(str(None)), show(repr([a, None]))]))
)");
  ASSERT_EQ(lines.size(), 4u * 19u);
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    ASSERT_EQ(f.size(), 18u);
    bool a = f[0] == "True", b = f[1] == "True";
    Str spec = Str::from_utf8(testing::unhex(f[2]));
    std::vector<std::string> got = {
        f[0], f[1], f[2], show(str(a)), show(repr(a)), std::to_string(hash(a)), show(as_int(a) + as_int(b)),
        show(as_int(a) - as_int(b)), show(as_int(a) * as_int(b)), show(-as_int(a)), show(~as_int(a)),
        show(static_cast<bool>(a & b)), show(static_cast<bool>(a | b)), show(static_cast<bool>(a ^ b)),
        show(equal(box(a), Value::of_float(1.0))), outcome([&] { return show(format(a, spec)); }),
        show(str(Value::none())), show(Str::from_ascii("[") + repr(box(a)) + Str::from_ascii(", ") +
                                       repr(Value::none()) + Str::from_ascii("]"))};
    EXPECT_EQ(got, f) << line;
  }
}

TEST(Bool, BoxesToTheTwoStaticObjects) {
  EXPECT_TRUE(Value::of_bool(true).is(Value::of_bool(1 + 1 == 2)));
  EXPECT_TRUE(Value::of_bool(true).as_bool());
  EXPECT_FALSE(Value::of_bool(false).as_bool());
  EXPECT_EQ(hash(box(true)), hash(Int(1)));
  EXPECT_TRUE(equal(box(true), Value(Int(1))));
}

}  // namespace
}  // namespace ingot::rt
