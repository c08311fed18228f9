#include <gtest/gtest.h>

#include "unicode/oracle_test.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using testing::parse_hex_code_points;

std::string utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

// Lines "input;NFKC(input)" of hex code points: every character with a
// decomposition alone, every 7th Hangul syllable, and random mixes of
// composable starters, combining marks of many classes, conjoining jamo,
// syllables, compatibility characters and ASCII.
constexpr char kScript[] = R"(
import random
rng = random.Random(263)
decomposable = [c for c in range(0x110000) if unicodedata.decomposition(chr(c))]
marks = [c for c in range(0x110000) if unicodedata.combining(chr(c))]
starters = sorted({int(unicodedata.decomposition(chr(c)).split()[0], 16) for c in decomposable
                   if not unicodedata.decomposition(chr(c)).startswith('<')})
jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11a7, 0x11c3))
syllables = list(range(0xac00, 0xd7a4, 7))
pools = [decomposable, marks, starters, jamo, syllables, list(range(0x20, 0x7f)), [0xd800, 0xdfff]]
cases = [[c] for c in decomposable + syllables]
for _ in range(4000):
    cases.append([rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 8))])
    cases.append([rng.choice(starters)] + rng.sample(marks, rng.randint(1, 4)))
    cases.append([rng.choice(jamo) for _ in range(rng.randint(2, 5))])
for case in cases:
    text = ''.join(map(chr, case))
    print(' '.join('%X' % ord(c) for c in text) + ';' +
          ' '.join('%X' % ord(c) for c in unicodedata.normalize('NFKC', text)))
)";

TEST(Nfkc, MatchesCPythonOnDecompositionsAndMixes) {
  auto lines = testing::unicode_oracle(kScript);
  if (!lines) GTEST_SKIP() << "python3's unicodedata is not Unicode 14.0.0";
  ASSERT_GT(lines->size(), 15000u);
  int failures = 0;
  for (const std::string& line : *lines) {
    size_t semicolon = line.find(';');
    std::string input = utf8(parse_hex_code_points(line.substr(0, semicolon)));
    std::string expected = utf8(parse_hex_code_points(line.substr(semicolon + 1)));
    if (nfkc(input) != expected && ++failures <= 10) ADD_FAILURE() << "NFKC of " << line;
  }
  EXPECT_EQ(failures, 0);
}

TEST(Nfkc, KnownCases) {
  EXPECT_EQ(nfkc("plain_ascii"), "plain_ascii");
  EXPECT_EQ(nfkc(""), "");
  EXPECT_EQ(nfkc("\uFB01"), "fi");                     // ligature: compatibility
  EXPECT_EQ(nfkc("\u212B"), "\u00C5");                 // ANGSTROM SIGN: singleton
  EXPECT_EQ(nfkc("A\u030A"), "\u00C5");                // composition
  EXPECT_EQ(nfkc("a\u0323\u0302"), nfkc("a\u0302\u0323"));  // reordering
  EXPECT_EQ(nfkc("\u1100\u1161\u11A8"), "\uAC01");     // conjoining jamo
  EXPECT_EQ(nfkc("\U0001D400"), "A");                  // MATHEMATICAL BOLD CAPITAL A
  EXPECT_EQ(nfkc("\u00B5"), "\u03BC");                 // MICRO SIGN
}

}  // namespace
}  // namespace ingot::unicode
