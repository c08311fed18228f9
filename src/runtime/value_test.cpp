#include "runtime/value.h"

#include <gtest/gtest.h>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::show;

TEST(Value, StrAndReprDispatchOnTheClass) {
  std::vector<std::string> expected = testing::python(R"(
for v in [None, True, False, 0, -7, 2**62, -2**62 - 1, 10**30, 1.5, -0.0, 1e16, float('nan'), '', 'it\'s', '\u00e9\n']:
    print(type(v).__name__ + '|' + show(str(v)) + '|' + show(repr(v)))
)");
  GcVector<Value> values = {Value::none(),
                               Value::of_bool(true),
                               Value::of_bool(false),
                               Int(0),
                               Int(-7),
                               Int(Int::kSmallMax) + 1,
                               Int(Int::kSmallMin) - 1,
                               pow(Int(10), Int(30)),
                               Value::of_float(1.5),
                               Value::of_float(-0.0),
                               Value::of_float(1e16),
                               Value::of_float(std::nan("")),
                               Str(),
                               Str::from_ascii("it's"),
                               Str::from_utf8("\u00e9\n")};
  std::vector<std::string> got;
  for (Value v : values) got.push_back(std::string(v.type().name) + "|" + show(str(v)) + "|" + show(repr(v)));
  EXPECT_EQ(got, expected);
}

TEST(Value, IntsBoxWithoutChangingBits) {
  Int big = pow(Int(3), Int(100));
  Value boxed = big;
  EXPECT_FALSE(boxed.is_small_int());
  EXPECT_EQ(&boxed.type(), &int_type);
  EXPECT_EQ(boxed.as_int(), big);
  Value small = Int(-5);
  EXPECT_TRUE(small.is_small_int());
  EXPECT_EQ(small.as_int(), Int(-5));
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_TRUE(bool_type.is_subclass_of(int_type));
}

}  // namespace
}  // namespace ingot::rt
