#include "runtime/format.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "runtime/test_support.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::show;

// Lines "kind|value|spec hex|CPython's outcome" for ints, floats and strs.
TEST(Format, MatchesPythonOnGeneratedSpecs) {
  std::vector<std::string> lines = testing::python(R"(
random.seed(11)
ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**20, -2**100, 65, 0x10ffff, 0x110000, 2**63]
floats = [0.0, -0.0, 0.1, -1.5, 2.5, 1e16, 1e-5, 5e-324, 1.7976931348623157e308, 1234567.891, -0.0001234,
          math.inf, -math.inf, math.nan, 123456789.0, 0.5, 99.995, 1e100, 12.0]
strs = ['', 'a', 'hello', 'h\u00e9llo', '\U0001f600x', 'abc def']
fixed = ['', 'd', '5', '<5', '>5', '^6', '=8', '*^9', '0', '08', '+', '-', ' ', '+08', ' 5', ',', '_', ',d', '_b',
         '_x', '#x', '#X', '#o', '#b', '08b', '#010x', 'x', 'X', 'o', 'b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%',
         '.2f', '.0f', '.0e', '.3g', '#.3g', '#.0f', '.2', '.10', '10.4', ',.2f', '_.3e', '015,.2f', '020,', '0=12',
         'z.1f', 'z', '+z.0f', 'z,d', 's', '.3s', '10.3s', '^10s', '=10', '+s', ' s', '#s', 'zs', '\u00e9^10', '0<8',
         '.', '.f', '5.', ',,', ',_', '_,', '__', 'q', 'ss', '10.2z', '0>10.1%', '#', '\u0663\u0663', '<\u0663',
         ',b', ',x', ',n', '_n', ',c', '_o', '.100f', '.60g', '.30e', '1000000000000000000000000', ',s',
         '\x85', ',\x85', '%x', '.2%', '#g', '#e', '#.0e', '#%', 'G', '.1G', '\u00e9']
pieces = [['', '', '', '', '*<', '0>', '^', '=', '<', '>'], ['', '', '+', '-', ' '], ['', '', 'z'], ['', '', '#'],
          ['', '', '0'], ['', '', '3', '12', '20'], ['', '', ',', '_'], ['', '', '.0', '.1', '.3', '.12'],
          ['', 'd', 'x', 'X', 'b', 'o', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']]
specs = fixed + [''.join(random.choice(p) for p in pieces) for _ in range(700)]
for spec in specs:
    for kind, values in (('i', ints), ('f', floats), ('s', strs)):
        for v in values:
            shown = v.hex() if kind == 'f' else hexstr(v) if kind == 's' else str(v)
            print(kind + '|' + shown + '|' + hexstr(spec) + '|' + out(lambda: format(v, spec)))
)");
  ASSERT_GT(lines.size(), 20000u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = testing::split(line);
    ASSERT_EQ(f.size(), 4u) << line;
    Str spec = Str::from_utf8(testing::unhex(f[2]));
    std::string got = outcome([&] {
      if (f[0] == "i") return show(format(int_from_string(f[1]), spec));
      if (f[0] == "f") return show(format(std::strtod(f[1].c_str(), nullptr), spec));
      return show(format(Str::from_utf8(testing::unhex(f[1])), spec));
    });
    if (got != f[3] && ++failures <= 25)
      ADD_FAILURE() << "format(" << f[0] << " " << f[1] << ", " << repr(spec).view() << "): got " << got
                    << ", CPython " << f[3];
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
}  // namespace ingot::rt
