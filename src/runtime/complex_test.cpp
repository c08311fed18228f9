#include "runtime/complex.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "runtime/format.h"
#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;

std::string show(Complex z) { return complex_repr_string(z); }
std::string show(double d) { return testing::show(d); }

struct ComplexCase {
  const char* python;  // an expression in x and y
  std::string (*runtime)(Complex x, Complex y);
};

const ComplexCase kComplexCases[] = {
    {"repr(x)", [](Complex x, Complex) { return testing::show(repr(x)); }},
    {"hash(x) if x == x else 0", [](Complex x, Complex) {
       return std::isnan(x.real) || std::isnan(x.imag) ? std::string("0") : std::to_string(hash(x));
     }},
    {"x + y", [](Complex x, Complex y) { return show(x + y); }},
    {"x - y", [](Complex x, Complex y) { return show(x - y); }},
    {"x * y", [](Complex x, Complex y) { return show(x * y); }},
    {"x / y", [](Complex x, Complex y) { return show(complex_truediv(x, y)); }},
    {"x ** y", [](Complex x, Complex y) { return show(complex_pow(x, y)); }},
    {"x ** y.real", [](Complex x, Complex y) { return show(complex_pow(x, {y.real, 0.0})); }},
    {"abs(x)", [](Complex x, Complex) { return show(abs(x)); }},
    {"x == y.real", [](Complex x, Complex y) { return testing::show(equal(x, y.real)); }},
    {"complex(repr(x)) == x or x != x", [](Complex x, Complex) {
       Complex back = complex_from_string(complex_repr_string(x));
       return testing::show(back == x || x.real != x.real || x.imag != x.imag);
     }},
    {"format(x, '.3g')", [](Complex x, Complex) { return testing::show(format(x, Str::from_ascii(".3g"))); }},
    {"format(x, '>30')", [](Complex x, Complex) { return testing::show(format(x, Str::from_ascii(">30"))); }},
    {"format(x, '+,.2f')", [](Complex x, Complex) { return testing::show(format(x, Str::from_ascii("+,.2f"))); }},
};

TEST(Complex, MatchesPythonOnGeneratedValues) {
  std::string ops;
  for (const ComplexCase& c : kComplexCases) ops += "lambda x, y: " + std::string(c.python) + ",\n";
  std::vector<std::string> lines = testing::python(R"(
ops = [)" + ops + R"(]
random.seed(7)
parts = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e-300, 1e300, 1e16, math.inf, -math.inf, math.nan, 3.0, -2.5, 0.1, 100.0]
def part():
    r = random.random()
    if r < 0.4: return random.choice(parts)
    if r < 0.7: return float(random.randint(-5, 5))
    return random.uniform(-1e3, 1e3) * 10.0 ** random.randint(-5, 5)
for _ in range(3000):
    x, y = complex(part(), part()), complex(part(), part())
    if random.random() < 0.2: y = complex(random.choice([0.5, -1.5, 2.0, 3.0, -2.0, 101.0, 0.0]), 0.0)
    print('|'.join([x.real.hex(), x.imag.hex(), y.real.hex(), y.imag.hex()] + [out(lambda: op(x, y)) for op in ops]))
)");
  ASSERT_EQ(lines.size(), 3000u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_EQ(fields.size(), std::size(kComplexCases) + 4) << line;
    auto number = [&](int i) { return std::strtod(fields[i].c_str(), nullptr); };
    Complex x{number(0), number(1)}, y{number(2), number(3)};
    for (size_t i = 0; i < std::size(kComplexCases); ++i) {
      std::string got = outcome([&] { return kComplexCases[i].runtime(x, y); });
      if (got != fields[i + 4] && ++failures <= 20)
        ADD_FAILURE() << kComplexCases[i].python << " with x=" << show(x) << " y=" << show(y) << ": got " << got
                      << ", CPython " << fields[i + 4];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Complex, ParsesStringsLikePython) {
  std::vector<std::string> lines = testing::python(R"(
texts = ['1+2j', ' (3-j) ', '-1.5e3J', 'inf', '-nanj', 'j', '+j', '-j', '1-j', '1_000.5+2_0j', ' 4 ', '(2)', '1e+2j',
         '1e+2', 'infj', '-infinityj', 'nan+nanj', '1+', '1__2j', 'x', '', '()', '( 1+1j )', '(1+1j', '1+1j)', '1 + 1j',
         '1j+1', '.5j', '5.j', '1e5e5', 'j1', '\u0661+\u0662j', '1+2jj', '+1.5-2.5J', '0x1j', '1e', '1e+', '2e-3-1e2j']
random.seed(5)
for _ in range(400):
    texts.append(''.join(random.choice('0123456789.+-ejJ_ ()') for _ in range(random.randint(0, 8))))
def complex_out(t):
    z = complex(t)
    return repr(z)
for t in texts:
    print(hexstr(t) + '|' + out(lambda: complex_out(t)))
)");
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_EQ(fields.size(), 2u) << line;
    std::string text = testing::unhex(fields[0]);
    std::string got = outcome([&] { return testing::show(Str::from_ascii(show(complex_from_string(text)))); });
    if (got != fields[1] && ++failures <= 20)
      ADD_FAILURE() << "complex(" << repr(Str::from_utf8(text)).view() << "): got " << got << ", CPython " << fields[1];
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace ingot::rt
