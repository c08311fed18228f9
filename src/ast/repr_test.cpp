// repr() against CPython's repr(), computed by python3 at test time: every
// code point, quote mixes, all bytes, and floats of every magnitude.
#include "ast/repr.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>

#include "base/python_oracle.h"

namespace ingot::ast {
namespace {

using testing::unhex;

// Each line of the script's output is a value's encoding and its repr, both in
// hex; checks them all, stopping early if many fail.
void expect_reprs(Value::Kind kind, const std::string& script) {
  std::vector<std::string> lines = testing::python_lines("import random\nrandom.seed(1)\n" + script);
  ASSERT_GT(lines.size(), 100u);
  int failures = 0;
  for (const std::string& line : lines) {
    size_t space = line.find(' ');
    std::string input = line.substr(0, space), expected = unhex(line.substr(space + 1));
    Value value;
    value.kind = kind;
    std::string text = unhex(input);  // outlives `value`, which points into it
    if (kind == Value::Kind::Float || kind == Value::Kind::Complex)
      value.number = std::bit_cast<double>(std::stoull(input, nullptr, 16));
    else
      value.text = text;
    std::string got = repr(value);
    EXPECT_EQ(got, expected) << "input " << input;
    if (got != expected && ++failures == 20) FAIL() << "giving up after 20 failures";
  }
}

Value of(Value::Kind kind, std::string_view text = {}) {
  Value value;
  value.kind = kind;
  value.text = text;
  return value;
}

TEST(Repr, Singletons) {
  EXPECT_EQ(repr(of(Value::Kind::None)), "None");
  EXPECT_EQ(repr(of(Value::Kind::True)), "True");
  EXPECT_EQ(repr(of(Value::Kind::False)), "False");
  EXPECT_EQ(repr(of(Value::Kind::Ellipsis)), "Ellipsis");
}

TEST(Repr, IntIsItsDigits) { EXPECT_EQ(repr(of(Value::Kind::Int, "123456789012345678901234567890")), "123456789012345678901234567890"); }

// Doubles by bit pattern: decade boundaries (where the notation switches),
// subnormals, integral values around 1e16, decimal-looking and random bits.
constexpr const char* kFloats = R"py(
import math, struct
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
xs = [0.0, -0.0, 0.1, 0.3, 2/3, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
      math.inf, -math.inf, math.nan, 9007199254740993.0, 123456789012345678.0]
for k in range(-325, 309):
    p = float(f'1e{k}')
    xs += [p, -p, math.nextafter(p, 0), math.nextafter(p, math.inf), 1.5 * p, 9.999 * p]
for e in range(13, 18):
    xs += [float(random.randint(10**e, 10**(e + 1))) for _ in range(200)]
xs += [float(f'{random.randint(1, 10**random.randint(1, 17))}e{random.randint(-340, 320)}') for _ in range(20000)]
xs += [struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0] for _ in range(20000)]
)py";

TEST(Repr, FloatsMatchPython) {
  expect_reprs(Value::Kind::Float, std::string(kFloats) + "for x in xs: print(format(bits(x), '016x'), repr(x).encode().hex())\n");
}

TEST(Repr, ComplexMatchesPython) {
  expect_reprs(Value::Kind::Complex,
               std::string(kFloats) + "for x in xs: print(format(bits(x), '016x'), repr(complex(0, x)).encode().hex())\n");
}

TEST(Repr, StrMatchesPython) {
  expect_reprs(Value::Kind::Str, R"py(
import itertools
def case(s): print(s.encode('utf-8', 'surrogatepass').hex(), repr(s).encode('utf-8', 'surrogatepass').hex())
for start in range(0, 0x110000, 128):
    case(''.join(map(chr, range(start, start + 128))))
for n in range(5):
    for t in itertools.product(['\'', '"', '\\', 'a', '\n', '\x7f'], repeat=n): case(''.join(t))
pool = [chr(c) for c in range(0x100)] + ['\ud800', '\udfff', '\u2028', '\u00a0', '\u3000', '\ufeff', '\U0001f600', '\U000e0001', '\U0010ffff']
for _ in range(5000):
    case(''.join(random.choice(pool) if random.random() < 0.7 else chr(random.randrange(0x110000))
                 for _ in range(random.randint(0, 12))))
)py");
}

TEST(Repr, BytesMatchesPython) {
  expect_reprs(Value::Kind::Bytes, R"py(
import itertools
def case(b): print(b.hex(), repr(b).encode().hex())
case(bytes(range(256)))
for c in range(256): case(bytes([c]))
for n in range(5):
    for t in itertools.product([b'\'', b'"', b'\\', b'a', b'\x80'], repeat=n): case(b''.join(t))
for _ in range(5000): case(random.randbytes(random.randint(0, 12)))
)py");
}

}  // namespace
}  // namespace ingot::ast
