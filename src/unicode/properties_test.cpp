#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <sstream>

#include "unicode/oracle_test.h"
#include "unicode/unicode.h"

namespace ingot::unicode {
namespace {

using testing::parse_hex_code_points;
using testing::u_plus;

// What CPython says for every code point. Each script prints lines of a
// property name and either one character per code point (flag() and digit
// lines), two ("category"), or ";"-separated "cp=value" exceptions (where a
// mapping is not the identity, or a value exists).
constexpr char kPrelude[] = R"(
import ctypes, itertools
chars = [chr(c) for c in range(0x110000)]
def flag(name, values):
    print(name, bytes(map(bool, values)).translate(bytes.maketrans(b'\0\1', b'01')).decode())
def capi(name):
    f = getattr(ctypes.pythonapi, name)
    f.restype, f.argtypes = ctypes.c_uint32, [ctypes.c_uint32]
    return map(f, range(0x110000))
def exceptions(name, values):
    print(name, ';'.join('%X=%s' % (c, v) for c, v in enumerate(values) if v is not None))
)";

constexpr char kFlagsScript[] = R"(
flag('id_start', map(str.isidentifier, chars))
flag('id_continue', map(str.isidentifier, ['a' + s for s in chars]))
flag('printable', map(str.isprintable, chars))
flag('space', map(str.isspace, chars))
flag('linebreak', (len(('a' + s + 'b').splitlines()) == 2 for s in chars))
for name in ['alpha', 'alnum', 'decimal', 'digit', 'numeric', 'lower', 'upper']:
    flag(name, map(getattr(str, 'is' + name), chars))
flag('title', capi('_PyUnicode_IsTitlecase'))
flag('cased', capi('_PyUnicode_IsCased'))
flag('case_ignorable', capi('_PyUnicode_IsCaseIgnorable'))
)";

constexpr char kValuesScript[] = R"(
print('category', ''.join(map(unicodedata.category, chars)))
for name in ['decimal', 'digit']:
    values = map(getattr(unicodedata, name), chars, itertools.repeat(-1))
    print(name, ''.join('-' if v < 0 else str(v) for v in values))
exceptions('numeric', (None if v is None else repr(v)
                       for v in map(unicodedata.numeric, chars, itertools.repeat(None))))
)";

constexpr char kCaseScript[] = R"(
# U+0000 separates the characters: it is uncased and maps to itself, so no
# character's mapping sees another (str.title, final sigma).
for name in ['upper', 'lower', 'title', 'casefold']:
    mapped = ['\0'] + getattr(str, name)('\0'.join(chars[1:])).split('\0')
    exceptions(name, (None if m == chr(c) else ' '.join('%X' % ord(x) for x in m)
                      for c, m in enumerate(mapped)))
for name, function in [('simple_upper', '_PyUnicode_ToUppercase'),
                       ('simple_lower', '_PyUnicode_ToLowercase'),
                       ('simple_title', '_PyUnicode_ToTitlecase')]:
    exceptions(name, (None if m == c else '%X' % m for c, m in enumerate(capi(function))))
)";

// A script's lines by property name.
class Oracle {
 public:
  explicit Oracle(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
      size_t space = line.find(' ');
      std::string payload = space == std::string::npos ? "" : line.substr(space + 1);
      lines_[line.substr(0, space)] = payload;
    }
  }

  const std::string& line(const std::string& name) const { return lines_.at(name); }

  // A ";"-separated "cp=value" line as a map.
  std::map<char32_t, std::string> exceptions(const std::string& name) const {
    std::map<char32_t, std::string> values;
    std::stringstream entries(line(name));
    for (std::string entry; std::getline(entries, entry, ';');) {
      size_t equals = entry.find('=');
      values[std::stoul(entry.substr(0, equals), nullptr, 16)] = entry.substr(equals + 1);
    }
    return values;
  }

 private:
  std::map<std::string, std::string> lines_;
};

std::optional<Oracle> oracle(const char* script) {
  auto lines = testing::unicode_oracle(std::string(kPrelude) + script);
  if (!lines) return std::nullopt;
  return Oracle(*lines);
}

constexpr char kNotUnicode14[] = "python3's unicodedata is not Unicode 14.0.0";

TEST(Properties, FlagsMatchCPythonForEveryCodePoint) {
  auto oracle = unicode::oracle(kFlagsScript);
  if (!oracle) GTEST_SKIP() << kNotUnicode14;
  const std::pair<const char*, std::function<bool(char32_t)>> predicates[] = {
      {"id_start", is_id_start}, {"id_continue", is_id_continue}, {"printable", is_printable},
      {"space", is_space},       {"linebreak", is_linebreak},     {"alpha", is_alpha},
      {"alnum", is_alnum},       {"decimal", is_decimal},         {"digit", is_digit},
      {"numeric", is_numeric},   {"lower", is_lower},             {"upper", is_upper},
      {"title", is_title},       {"cased", is_cased},             {"case_ignorable", is_case_ignorable},
  };
  for (const auto& [name, predicate] : predicates) {
    const std::string& expected = oracle->line(name);
    ASSERT_EQ(expected.size(), kMaxCodePoint + 1) << name;
    int failures = 0;
    for (char32_t c = 0; c <= kMaxCodePoint && failures < 5; ++c)
      if (predicate(c) != (expected[c] == '1')) {
        ADD_FAILURE() << name << " of " << u_plus(c);
        ++failures;
      }
  }
}

TEST(Properties, CategoriesAndValuesMatchCPythonForEveryCodePoint) {
  auto oracle = unicode::oracle(kValuesScript);
  if (!oracle) GTEST_SKIP() << kNotUnicode14;
  const std::string& categories = oracle->line("category");
  const std::string& decimals = oracle->line("decimal");
  const std::string& digits = oracle->line("digit");
  std::map<char32_t, std::string> numerics = oracle->exceptions("numeric");
  ASSERT_GT(numerics.size(), 1000u);
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    ASSERT_EQ(category(c), categories.substr(2 * c, 2)) << u_plus(c);
    ASSERT_EQ(decimal_value(c), decimals[c] == '-' ? -1 : decimals[c] - '0') << u_plus(c);
    ASSERT_EQ(digit_value(c), digits[c] == '-' ? -1 : digits[c] - '0') << u_plus(c);
    auto numeric = numerics.find(c);
    std::optional<double> expected;
    if (numeric != numerics.end()) expected = std::stod(numeric->second);
    ASSERT_EQ(numeric_value(c), expected) << u_plus(c);
  }
}

TEST(Properties, CaseMappingsMatchCPythonForEveryCodePoint) {
  auto oracle = unicode::oracle(kCaseScript);
  if (!oracle) GTEST_SKIP() << kNotUnicode14;
  const std::pair<const char*, CaseMapping (*)(char32_t)> full[] = {
      {"upper", to_upper}, {"lower", to_lower}, {"title", to_title}, {"casefold", to_casefold}};
  for (const auto& [name, map] : full) {
    std::map<char32_t, std::string> expected = oracle->exceptions(name);
    ASSERT_GT(expected.size(), 1000u) << name;
    for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
      auto found = expected.find(c);
      std::u32string want = found == expected.end() ? std::u32string(1, c) : parse_hex_code_points(found->second);
      CaseMapping got = map(c);
      ASSERT_EQ(std::u32string(got.begin(), got.end()), want) << name << " of " << u_plus(c);
    }
  }
  const std::pair<const char*, char32_t (*)(char32_t)> simple[] = {
      {"simple_upper", simple_upper}, {"simple_lower", simple_lower}, {"simple_title", simple_title}};
  for (const auto& [name, map] : simple) {
    std::map<char32_t, std::string> expected = oracle->exceptions(name);
    for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
      auto found = expected.find(c);
      char32_t want = found == expected.end() ? c : std::stoul(found->second, nullptr, 16);
      ASSERT_EQ(map(c), want) << name << " of " << u_plus(c);
    }
  }
}

// Spot checks that read without the oracle.
TEST(Properties, KnownCharacters) {
  EXPECT_TRUE(is_id_start(U'_'));
  EXPECT_FALSE(is_id_start(U'1'));
  EXPECT_TRUE(is_id_continue(U'1'));
  EXPECT_TRUE(is_id_start(U'\u00e9'));
  EXPECT_FALSE(is_printable(U'\n'));
  EXPECT_FALSE(is_printable(U'\u00a0'));  // Zs other than ' ' is escaped by repr
  EXPECT_TRUE(is_printable(U' '));
  EXPECT_TRUE(is_space(U'\u3000'));
  EXPECT_TRUE(is_linebreak(U'\u2028'));
  EXPECT_EQ(category(U'A'), "Lu");
  EXPECT_EQ(category(0x0378), "Cn");
  EXPECT_EQ(category(0xD800), "Cs");
  EXPECT_EQ(category(kMaxCodePoint + 1), "Cn");
  EXPECT_EQ(decimal_value(U'\u0663'), 3);  // ARABIC-INDIC DIGIT THREE
  EXPECT_EQ(digit_value(U'\u00b2'), 2);
  EXPECT_EQ(decimal_value(U'\u00b2'), -1);
  EXPECT_EQ(numeric_value(U'\u00bd'), 0.5);
  EXPECT_EQ(numeric_value(U'x'), std::nullopt);
  CaseMapping sharp_s = to_upper(U'\u00df');
  EXPECT_EQ(std::u32string(sharp_s.begin(), sharp_s.end()), U"SS");
  EXPECT_EQ(simple_upper(U'\u00df'), 0x53u);  // CPython's, not Unicode's (U+00DF)
  EXPECT_EQ(simple_lower(U'\u03a3'), 0x03C3u);
  EXPECT_TRUE(is_cased(U'a'));
  EXPECT_TRUE(is_case_ignorable(U'\''));
}

}  // namespace
}  // namespace ingot::unicode
