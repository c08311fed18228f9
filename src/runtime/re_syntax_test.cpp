#include "runtime/re_syntax.h"

#include <gtest/gtest.h>

#include "runtime/test_support.h"

namespace ingot::rt::re {
namespace {

// Every pattern below is either valid to both CPython and the translator,
// or invalid to both with the same message at the same position.
TEST(ReSyntax, ErrorsAndFlagsMatchCPython) {
  std::vector<std::string> lines = testing::python(R"(
import re
patterns = [
    'abc', '(a)(b)', '(?P<name>x)(?P=name)', r'(a)\1', r'\d+\w*\s?', '[a-z0-9_]', '[]a]', '[^]a]', '[a-]',
    'a{2,3}', 'a{,3}', 'a{2,}', 'x{}', 'x{a}', 'a*?', 'a++', '(?:a|b)*', '(?=a)', '(?<!b)c', '(?>a+)',
    '(?i)abc', '(?m)(?s)x', '(?x) a b # c', '(?i:a)b', '(?-i:a)', r'\Z', r'\x41\u00e9\U0001F600', r'\N{EM DASH}',
    r'\0\07\101', r'[\1]', '(?#comment)a', '(?(1)a|b)', '(a)(?(1)b|c)', '(?P<a>x)(?(a)y)', 'é+',
    '(a', 'a)', '[a', '[a-', '*', 'a**', '(*)', '^*', r'\b+', 'a|*', r'\q', r'\8', r'(a)\2', r'(a\1)',
    r'\x4', r'\u12', r'\N{NOPE}', r'\N', '[z-a]', r'[\w-z]', r'[a-\d]', 'a{3,2}', '(?P<1>a)', '(?P<a>a)(?P<a>b)',
    '(?P=x)', '(?P<x>a(?P=x))', '(?Px)', '(?<x>a)', '(?Q)', 'a(?i)', '(?z)', '(?i', '(?#x', r'\400', '(?P<>a)',
    '(?P<a', '(?(2)a)', '(?(x)a)', 'a\n)', r'\\', '\\', '(?a)x', '(?i-i:a)', '(?-:a)', '(?iL)', '(?uL)',
    '(?(1)a)(b)', 'a{1,2}{3}', 'a{2}*', '(?i)(?x)a', '(?x)(?i) a', '[\\]]', r'[a\-z]', 'x{2,1', '(?P<é>a)',
]
for p in patterns:
    try:
        c = re.compile(p)
        print(hexstr(p) + '|ok|' + str(int(c.flags & ~re.UNICODE)) + '|' + str(c.groups))
    except re.error as e:
        print(hexstr(p) + '|' + e.msg + '|' + str(e.pos))
)");
  ASSERT_FALSE(lines.empty());
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_GE(fields.size(), 3u) << line;
    std::string pattern = testing::unhex(fields[0]);
    Translation t = translate(pattern, true, 0);
    std::string got = t.error.empty() ? "ok|" + std::to_string(t.flags) + "|" + std::to_string(t.groups)
                                      : t.error + "|" + std::to_string(t.position);
    EXPECT_EQ(got, line.substr(fields[0].size() + 1)) << "pattern: " << pattern << "\nPCRE2: " << t.pcre;
  }
}

TEST(ReSyntax, RewritesWhatPcre2ReadsDifferently) {
  EXPECT_EQ(translate(R"(a\Z)", true, 0).pcre, R"(a\z)");
  EXPECT_EQ(translate("a{,3}", true, 0).pcre, "a{0,3}");
  EXPECT_EQ(translate("x{}", true, 0).pcre, R"(x\x{7b}\x{7d})");
  EXPECT_EQ(translate(R"(\v)", true, 0).pcre, R"(\x{b})");
  EXPECT_EQ(translate("[[:a:]]", true, 0).pcre, R"([\x{5b}\x{3a}a\x{3a}]\x{5d})");
  EXPECT_EQ(translate(R"((a)\1)", true, 0).pcre, R"((a)\g{1})");
  EXPECT_EQ(translate("a b # c\n", true, kVerbose).pcre, "ab");
  Translation nested = translate("((a)(b))(c)", true, 0);
  EXPECT_EQ(nested.parents, (std::vector<int64_t>{0, 0, 1, 1, 0}));
}

}  // namespace
}  // namespace ingot::rt::re
