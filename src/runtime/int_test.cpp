#include "runtime/int.h"

#include <gtest/gtest.h>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::show;

struct BinaryCase {
  const char* python;  // an expression in a and b
  std::string (*runtime)(Int a, Int b);
};

// Each operation twice: as Python spells it and as generated code calls it.
const BinaryCase kBinaryCases[] = {
    {"a + b", [](Int a, Int b) { return show(a + b); }},
    {"a - b", [](Int a, Int b) { return show(a - b); }},
    {"a * b", [](Int a, Int b) { return show(a * b); }},
    {"a // b", [](Int a, Int b) { return show(floordiv(a, b)); }},
    {"a % b", [](Int a, Int b) { return show(mod(a, b)); }},
    {"divmod(a, b)", [](Int a, Int b) { IntDivMod d = divmod(a, b); return testing::show_pair(d.quotient, d.remainder); }},
    {"a & b", [](Int a, Int b) { return show(a & b); }},
    {"a | b", [](Int a, Int b) { return show(a | b); }},
    {"a ^ b", [](Int a, Int b) { return show(a ^ b); }},
    {"~a", [](Int a, Int) { return show(~a); }},
    {"-a", [](Int a, Int) { return show(-a); }},
    {"abs(a)", [](Int a, Int) { return show(abs(a)); }},
    {"a < b", [](Int a, Int b) { return show(a < b); }},
    {"a <= b", [](Int a, Int b) { return show(a <= b); }},
    {"a == b", [](Int a, Int b) { return show(a == b); }},
    {"a != b", [](Int a, Int b) { return show(a != b); }},
    {"a >= b", [](Int a, Int b) { return show(a >= b); }},
    {"hash(a)", [](Int a, Int) { return show(Int(hash(a))); }},
    {"a.bit_length()", [](Int a, Int) { return show(Int(a.bit_length())); }},
    {"a / b", [](Int a, Int b) { return show(true_divide(a, b)); }},
    {"float(a)", [](Int a, Int) { return show(to_double(a)); }},
    {"a << (b % 100 - 50)", [](Int a, Int b) { return show(a << (mod(b, 100) - 50)); }},
    {"a >> (b % 200 - 20)", [](Int a, Int b) { return show(a >> (mod(b, 200) - 20)); }},
    {"a ** (b % 30)", [](Int a, Int b) { return show(pow(a, mod(b, 30))); }},
    {"a ** (-(b % 5) - 1)", [](Int a, Int b) { return show(pow_to_float(a, -mod(b, 5) - 1)); }},
    {"pow(a, b, b % 97 - 48)", [](Int a, Int b) { return show(pow(a, b, mod(b, 97) - 48)); }},
    {"pow(a, b % 1000, b)", [](Int a, Int b) { return show(pow(a, mod(b, 1000), b)); }},
    {"a == float(a)", [](Int a, Int) { return show(equal(a, to_double(a))); }},
    {"a < b / 3", [](Int a, Int b) { return show(compare(a, true_divide(b, 3)) == Ordering::less); }},
    {"a > b / 3", [](Int a, Int b) { return show(compare(a, true_divide(b, 3)) == Ordering::greater); }},
    {"a == a + 1 - 1", [](Int a, Int) { return show(a == a + 1 - 1); }},
};

TEST(Int, MatchesPythonOnGeneratedPairs) {
  std::string ops;
  for (const BinaryCase& c : kBinaryCases) ops += "lambda a, b: " + std::string(c.python) + ",\n";
  std::vector<std::string> lines = testing::python(R"(
ops = [)" + ops + R"(]
random.seed(20261125)
special = [0, 1, -1, 2, -2, 3, 7, -7, 2**53, 2**53 + 1, 2**62, -2**62, 2**62 - 1, -2**62 - 1, 2**63, -2**63,
           2**63 - 1, 2**64, -2**64, 2**200, -2**200, math.factorial(100), -math.factorial(100), 10**30, 2**61 - 1]
def gen():
    if random.random() < 0.15: return random.choice(special) + random.randint(-2, 2)
    bits = random.choice([1, 2, 4, 8, 16, 31, 32, 52, 53, 54, 60, 61, 62, 63, 64, 65, 100, 128, 200, 300])
    v = random.getrandbits(bits)
    return -v if random.random() < 0.5 else v
for _ in range(3000):
    a, b = gen(), gen()
    print('|'.join([str(a), str(b)] + [out(lambda: op(a, b)) for op in ops]))
)");
  ASSERT_EQ(lines.size(), 3000u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_EQ(fields.size(), std::size(kBinaryCases) + 2) << line;
    Int a = int_from_string(fields[0]), b = int_from_string(fields[1]);
    ASSERT_EQ(show(a), fields[0]);
    for (size_t i = 0; i < std::size(kBinaryCases); ++i) {
      std::string got = outcome([&] { return kBinaryCases[i].runtime(a, b); });
      if (got != fields[i + 2] && ++failures <= 20)
        ADD_FAILURE() << kBinaryCases[i].python << " with a=" << fields[0] << " b=" << fields[1] << ": got " << got
                      << ", CPython " << fields[i + 2];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Int, ParsesStringsLikePython) {
  std::vector<std::string> lines = testing::python(R"(
texts = ['0', '-0', '+5', ' 12 ', '\t\n42\x0c', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
         '0x_1f', '0x__1f', '0_0', '00', '010', '0b', '0x', '', ' ', '-', '+-1', '12a', 'z', 'Z', '1.0', '1e3',
         '\u0661\u0662', '\u00a0 7 \u2003', '\U0001d7ce', '\u00b2', '1\x00', 'abc' * 100, '9' * 50, '-' + '7' * 40,
         'ffffffffffffffffffffffff', '1' * 4300, '1' * 4301, '1_' * 4300 + '1', 'inf', '0x' + 'f' * 5000, "it's"]
bases = [10, 0, 16, 2, 8, 36, 3, 1, 37, -1]
random.seed(7)
for _ in range(300):
    texts.append(''.join(random.choice('0123456789abcdefxob_ -+') for _ in range(random.randint(0, 8))))
for t in texts:
    for base in bases:
        print(hexstr(t) + '|' + str(base) + '|' + out(lambda: int(t, base)))
)");
  ASSERT_GT(lines.size(), 3000u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_EQ(fields.size(), 3u) << line;
    std::string text = testing::unhex(fields[0]);
    std::string got = outcome([&] { return show(int_from_string(text, std::stoi(fields[1]))); });
    if (got != fields[2] && ++failures <= 20)
      ADD_FAILURE() << "int(" << repr(Str::from_utf8(text)).view() << ", " << fields[1] << "): got " << got
                    << ", CPython " << fields[2];
  }
  EXPECT_EQ(failures, 0);
}

TEST(Int, DecimalDigitLimitAsPython) {
  std::vector<std::string> lines = testing::python(R"(
for e in [4298, 4299, 4300, 5000]:
    for v in [10**e, -10**e, 10**e - 1, -(10**e - 1)]:
        print(out(lambda: len(str(v))))
)");
  std::vector<std::string> got;
  for (int e : {4298, 4299, 4300, 5000}) {
    Int p = pow(Int(10), Int(e));
    for (Int v : {p, -p, p - 1, -(p - 1)})
      got.push_back(outcome([&] { return show(Int(static_cast<int64_t>(to_decimal_string(v).size()))); }));
  }
  EXPECT_EQ(got, lines);
}

TEST(Int, SmallRangeEdgesPromoteInsteadOfWrapping) {
  Int top(Int::kSmallMax);
  EXPECT_TRUE(top.is_small());
  EXPECT_FALSE((top + 1).is_small());
  EXPECT_EQ(to_decimal_string(top + 1), "4611686018427387904");
  EXPECT_TRUE((top + 1 - 1).is_small());
  EXPECT_EQ(top + 1 - 1, top);
  EXPECT_EQ(to_decimal_string(Int(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(to_decimal_string(Int::from_uint64(UINT64_MAX)), "18446744073709551615");
  EXPECT_EQ(to_decimal_string(floordiv(Int(Int::kSmallMin), Int(-1))), "4611686018427387904");
  EXPECT_EQ(to_decimal_string(-Int(Int::kSmallMin)), "4611686018427387904");
  EXPECT_EQ(Int(-5).to_int64(), -5);
  EXPECT_FALSE(pow(Int(2), Int(64)).to_int64().has_value());
}

}  // namespace
}  // namespace ingot::rt
