#include <gtest/gtest.h>

#include <string>

#include "unicode/oracle_test.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

// What "\N{query}" gives in CPython, as lines "query;HEX" or "query;-".
// unicodedata.lookup resolves names as \N{} does, except that \N{} refuses
// named sequences, which lookup returns as several characters.
constexpr char kPrint[] = R"(
def expect(queries):
    for q in queries:
        try:
            found = unicodedata.lookup(q)
        except KeyError:
            found = ''
        print(q + ';' + ('%X' % ord(found) if len(found) == 1 else '-'))
)";

// Every name, and variants of every 5th: case, spacing and hex spellings.
constexpr char kNamesScript[] = R"(
names = [n for n in map(unicodedata.name, map(chr, range(0x110000)), [None] * 0x110000) if n]
variants = []
for n in names[::5]:
    variants += [n.lower(), n.title(), n[:-1], n + ' ', n.replace(' ', '  ', 1),
                 n.replace(' ', '-', 1), n.replace('-', ' '), n + '0', n[:-4] + n[-4:].lower(),
                 n.replace('-', '-0')]
variants += ['', ' ', 'A', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGG',
             'hangul syllable GA', 'Hangul Syllable GAG', 'HANGUL SYLLABLE ga',
             'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-004E00',
             'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-3134B',
             'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-4E0G', 'CJK COMPATIBILITY IDEOGRAPH-FA6E',
             'NUSHU CHARACTER-1B2FC', 'TANGUT IDEOGRAPH-17000', 'LATIN SMALL LETTER \u00e9',
             # named sequences
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN',
             'TAMIL SYLLABLE KSSA', 'latin small letter i with macron and grave']
expect(names + variants)
)";

std::vector<std::string> oracle(const std::string& script) {
  auto lines = testing::unicode_oracle(std::string(kPrint) + script);
  return lines ? *lines : std::vector<std::string>{};
}

void expect_as_cpython(const std::vector<std::string>& lines) {
  int failures = 0;
  for (const std::string& line : lines) {
    size_t semicolon = line.rfind(';');
    std::string expected = line.substr(semicolon + 1);
    std::optional<char32_t> got = lookup(std::string_view(line).substr(0, semicolon));
    bool same = expected == "-" ? !got : got && *got == std::stoul(expected, nullptr, 16);
    if (!same && ++failures <= 10) ADD_FAILURE() << line << " gave " << (got ? std::to_string(*got) : "none");
  }
  EXPECT_EQ(failures, 0);
}

TEST(Lookup, EveryNameAndVariantsAsCPython) {
  std::vector<std::string> lines = oracle(kNamesScript);
  if (lines.empty()) GTEST_SKIP() << "python3's unicodedata is not Unicode 14.0.0";
  ASSERT_GT(lines.size(), 250000u);
  expect_as_cpython(lines);
}

// The aliases the generator found, from this checkout's tools/gen_unicode.py.
TEST(Lookup, EveryAliasAsCPython) {
  std::string source = __FILE__;
  std::string tools = source.substr(0, source.rfind("src/unicode/")) + "tools";
  std::vector<std::string> lines = oracle(
      "import sys\nsys.path.insert(0, '" + tools + "')\n"
      "import gen_unicode\n"
      "try:\n    aliases = sorted(name for name, _ in gen_unicode.name_aliases())\n"
      "except SystemExit:\n    aliases = []\n"
      "expect(aliases + [a.lower() for a in aliases])\n");
  if (lines.empty()) GTEST_SKIP() << "no Unicode 14.0.0 python3, or no alias list on this machine";
  ASSERT_EQ(lines.size(), 2 * 470u);
  expect_as_cpython(lines);
}

TEST(Lookup, KnownNames) {
  EXPECT_EQ(lookup("LATIN SMALL LETTER A"), U'a');
  EXPECT_EQ(lookup("latin small letter a"), U'a');
  EXPECT_EQ(lookup("EM DASH"), U'\u2014');
  EXPECT_EQ(lookup("NULL"), U'\0');                       // alias
  EXPECT_EQ(lookup("BYTE ORDER MARK"), U'\uFEFF');        // alias
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAG"), U'\uAC01');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E00"), U'\u4E00');
  EXPECT_EQ(lookup("cjk compatibility ideograph-f900"), U'\uF900');
  EXPECT_EQ(lookup("KEYCAP NUMBER SIGN"), std::nullopt);  // a named sequence
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt);
  EXPECT_EQ(lookup("NO SUCH CHARACTER"), std::nullopt);
}

}  // namespace
}  // namespace ingot::unicode
