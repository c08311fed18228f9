#include "runtime/str.h"

#include <gtest/gtest.h>

#include "runtime/str_methods.h"
#include "runtime/test_support.h"
#include "unicode/unicode.h"

namespace ingot::rt {
namespace {

using testing::outcome;
using testing::show;
using testing::show_sequence;

// One generated case: strings s and t, optional indexes i, j (kNone for
// None), a step k and a small count n.
struct Args {
  Str s, t;
  int64_t i, j, k, n;
};

struct StrCase {
  const char* python;
  std::string (*runtime)(const Args& a);
};

std::string iterate(Str s) {
  GcVector<Str> chars;  // not std::vector: the collector must see the strings
  StrIterator it(s);
  for (Str c; it.next(c);) chars.push_back(c);
  return show_sequence(chars);
}

const StrCase kStrCases[] = {
    {"len(s)", [](const Args& a) { return show(len(a.s)); }},
    {"s[n - 6]", [](const Args& a) { return show(subscript(a.s, a.n - 6)); }},
    {"s[i:j]", [](const Args& a) { return show(slice(a.s, a.i, a.j)); }},
    {"s[i:j:k]", [](const Args& a) { return show(slice(a.s, a.i, a.j, a.k)); }},
    {"s[::-1]", [](const Args& a) { return show(slice(a.s, kNone, kNone, -1)); }},
    {"s + t", [](const Args& a) { return show(a.s + a.t); }},
    {"s * (n - 2)", [](const Args& a) { return show(repeat(a.s, a.n - 2)); }},
    {"s < t", [](const Args& a) { return show(a.s < a.t); }},
    {"s == t", [](const Args& a) { return show(a.s == a.t); }},
    {"s[:] == s[:len(s)] + ''", [](const Args& a) { return show(slice(a.s, kNone, kNone) == slice(a.s, 0, len(a.s)) + Str()); }},
    {"t in s", [](const Args& a) { return show(contains(a.s, a.t)); }},
    {"list(s)", [](const Args& a) { return iterate(a.s); }},
    {"repr(s)", [](const Args& a) { return show(repr(a.s)); }},
    {"ord(s)", [](const Args& a) { return show(ord(a.s)); }},
    {"chr(n * 7919 + (i * 65000 if i is not None else 0))", [](const Args& a) {
       return show(chr(Int(a.n * 7919 + (a.i == kNone ? 0 : a.i * 65000))));
     }},
    {"s.find(t)", [](const Args& a) { return show(str_find(a.s, a.t)); }},
    {"s.find(t, i, j)", [](const Args& a) { return show(str_find(a.s, a.t, a.i, a.j)); }},
    {"s.rfind(t, i)", [](const Args& a) { return show(str_rfind(a.s, a.t, a.i)); }},
    {"s.index(t, i, j)", [](const Args& a) { return show(str_index(a.s, a.t, a.i, a.j)); }},
    {"s.rindex(t)", [](const Args& a) { return show(str_rindex(a.s, a.t)); }},
    {"s.count(t)", [](const Args& a) { return show(str_count(a.s, a.t)); }},
    {"s.count(t, i, j)", [](const Args& a) { return show(str_count(a.s, a.t, a.i, a.j)); }},
    {"s.startswith(t)", [](const Args& a) { return show(str_startswith(a.s, a.t)); }},
    {"s.startswith(t, i, j)", [](const Args& a) { return show(str_startswith(a.s, a.t, a.i, a.j)); }},
    {"s.endswith(t, i)", [](const Args& a) { return show(str_endswith(a.s, a.t, a.i)); }},
    {"s.startswith((t, 'a'), i, j)", [](const Args& a) {
       return show(str_startswith(a.s, TupleOf<Str>{a.t, Str::from_ascii("a")}, a.i, a.j));
     }},
    {"s.endswith(('\u00e9', t), i)", [](const Args& a) {
       return show(str_endswith(a.s, TupleOf<Str>{Str::from_utf8("\u00e9"), a.t}, a.i));
     }},
    {"s.startswith(())", [](const Args& a) { return show(str_startswith(a.s, TupleOf<Str>())); }},
    {"s.expandtabs()", [](const Args& a) { return show(str_expandtabs(a.s)); }},
    {"s.expandtabs(n - 3)", [](const Args& a) { return show(str_expandtabs(a.s, a.n - 3)); }},
    {"s.replace(t, 'XY')", [](const Args& a) { return show(str_replace(a.s, a.t, Str::from_ascii("XY"))); }},
    {"s.replace(t, '\u00e9', n - 2)", [](const Args& a) { return show(str_replace(a.s, a.t, Str::from_utf8("\u00e9"), a.n - 2)); }},
    {"s.split()", [](const Args& a) { return show_sequence(str_split(a.s)); }},
    {"s.split(None, n - 2)", [](const Args& a) { return show_sequence(str_split(a.s, a.n - 2)); }},
    {"s.rsplit(None, n - 2)", [](const Args& a) { return show_sequence(str_rsplit(a.s, a.n - 2)); }},
    {"s.split(t)", [](const Args& a) { return show_sequence(str_split(a.s, a.t)); }},
    {"s.split(t, n - 2)", [](const Args& a) { return show_sequence(str_split(a.s, a.t, a.n - 2)); }},
    {"s.rsplit(t, n - 2)", [](const Args& a) { return show_sequence(str_rsplit(a.s, a.t, a.n - 2)); }},
    {"s.splitlines()", [](const Args& a) { return show_sequence(str_splitlines(a.s)); }},
    {"s.splitlines(True)", [](const Args& a) { return show_sequence(str_splitlines(a.s, true)); }},
    {"t.join(s.split())", [](const Args& a) { StrList parts = str_split(a.s); return show(str_join(a.t, parts)); }},
    {"s.strip()", [](const Args& a) { return show(str_strip(a.s)); }},
    {"s.lstrip()", [](const Args& a) { return show(str_lstrip(a.s)); }},
    {"s.rstrip()", [](const Args& a) { return show(str_rstrip(a.s)); }},
    {"s.strip(t)", [](const Args& a) { return show(str_strip(a.s, a.t)); }},
    {"s.lstrip(t)", [](const Args& a) { return show(str_lstrip(a.s, a.t)); }},
    {"s.rstrip(t)", [](const Args& a) { return show(str_rstrip(a.s, a.t)); }},
    {"s.zfill(n * 2)", [](const Args& a) { return show(str_zfill(a.s, a.n * 2)); }},
    {"s.center(n * 2, '*')", [](const Args& a) { return show(str_center(a.s, a.n * 2, Str::from_ascii("*"))); }},
    {"s.center(n * 2 + 1)", [](const Args& a) { return show(str_center(a.s, a.n * 2 + 1)); }},
    {"s.ljust(n * 2, t)", [](const Args& a) { return show(str_ljust(a.s, a.n * 2, a.t)); }},
    {"s.rjust(n * 2, '\u00e9')", [](const Args& a) { return show(str_rjust(a.s, a.n * 2, Str::from_utf8("\u00e9"))); }},
    {"s.partition(t)", [](const Args& a) { return show_sequence(str_partition(a.s, a.t)); }},
    {"s.rpartition(t)", [](const Args& a) { return show_sequence(str_rpartition(a.s, a.t)); }},
    {"s.upper()", [](const Args& a) { return show(str_upper(a.s)); }},
    {"s.lower()", [](const Args& a) { return show(str_lower(a.s)); }},
    {"s.casefold()", [](const Args& a) { return show(str_casefold(a.s)); }},
    {"s.swapcase()", [](const Args& a) { return show(str_swapcase(a.s)); }},
    {"s.capitalize()", [](const Args& a) { return show(str_capitalize(a.s)); }},
    {"s.title()", [](const Args& a) { return show(str_title(a.s)); }},
    {"s.isdigit()", [](const Args& a) { return show(str_isdigit(a.s)); }},
    {"s.isdecimal()", [](const Args& a) { return show(str_isdecimal(a.s)); }},
    {"s.isnumeric()", [](const Args& a) { return show(str_isnumeric(a.s)); }},
    {"s.isalpha()", [](const Args& a) { return show(str_isalpha(a.s)); }},
    {"s.isalnum()", [](const Args& a) { return show(str_isalnum(a.s)); }},
    {"s.isspace()", [](const Args& a) { return show(str_isspace(a.s)); }},
    {"s.islower()", [](const Args& a) { return show(str_islower(a.s)); }},
    {"s.isupper()", [](const Args& a) { return show(str_isupper(a.s)); }},
    {"s.istitle()", [](const Args& a) { return show(str_istitle(a.s)); }},
    {"s.isascii()", [](const Args& a) { return show(str_isascii(a.s)); }},
    {"s.isprintable()", [](const Args& a) { return show(str_isprintable(a.s)); }},
    {"s.isidentifier()", [](const Args& a) { return show(str_isidentifier(a.s)); }},
};

int64_t parse_index(const std::string& field) { return field == "None" ? kNone : std::stoll(field); }

TEST(Str, MatchesPythonOnGeneratedStrings) {
  std::string ops;
  for (const StrCase& c : kStrCases) ops += "lambda s, t, i, j, k, n: " + std::string(c.python) + ",\n";
  std::vector<std::string> lines = testing::python(R"(
ops = [)" + ops + R"(]
random.seed(5)
alphabet = ('aab  c\tAZ0_x\u0663\u00b2\u00bd\u00e9\u00df\u03a3\u03c3\u03c2\u01c5\u0130\ufb01\u2028\r\n\x00\x7f\x85'
            '\u00a0\U0001d4b3\U0001f600\'"\\-+.\u0301\u1e9e\U0010ffff\udc80\u0345\u02bc\x1c')
def gen_str(longer=False):
    size = random.choice([0, 1, 1, 2, 3, 5, 8, 12]) if not longer else random.randint(60, 200)
    ascii_only = random.random() < 0.3
    pool = 'ab c\tA0_-\n' if ascii_only else alphabet
    return ''.join(random.choice(pool) for _ in range(size))
indexes = list(range(-14, 15)) + [None, None, 100, -100, 200]
for case in range(2500):
    s = gen_str(case % 10 == 0)
    r = random.random()
    if r < 0.35 and s:
        a = random.randrange(len(s)); t = s[a:a + random.randint(0, 3)]
    elif r < 0.5: t = random.choice(['', ' ', 'a', '\u03a3', '\U0001f600'])
    else: t = gen_str()
    i, j = random.choice(indexes), random.choice(indexes)
    k = random.choice([None, 1, 2, 3, -1, -2, -5, 0, 7])
    n = random.randint(0, 12)
    print('|'.join([hexstr(s), hexstr(t), str(i), str(j), str(k), str(n)] + [out(lambda: op(s, t, i, j, k, n)) for op in ops]))
)");
  ASSERT_EQ(lines.size(), 2500u);
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> fields = testing::split(line);
    ASSERT_EQ(fields.size(), std::size(kStrCases) + 6) << line;
    Args a{Str::from_utf8(testing::unhex(fields[0])), Str::from_utf8(testing::unhex(fields[1])),
           parse_index(fields[2]), parse_index(fields[3]), parse_index(fields[4]), std::stoll(fields[5])};
    for (size_t c = 0; c < std::size(kStrCases); ++c) {
      std::string got = outcome([&] { return kStrCases[c].runtime(a); });
      if (got != fields[c + 6] && ++failures <= 20)
        ADD_FAILURE() << kStrCases[c].python << " with s=" << repr(a.s).view() << " t=" << repr(a.t).view()
                      << " i=" << fields[2] << " j=" << fields[3] << " k=" << fields[4] << " n=" << fields[5]
                      << ": got " << got << ", CPython " << fields[c + 6];
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Str, IndexesEveryCodePointOfALongNonAsciiString) {
  std::string text;
  std::vector<char32_t> expected;
  for (char32_t c = 0x20; c < 0x20 + 1000; ++c) {
    char32_t cp = c % 3 == 0 ? c : c % 3 == 1 ? c + 0x400 : c + 0x1F000;
    unicode::append_utf8(text, cp);
    expected.push_back(cp);
  }
  Str s = Str::from_utf8(text);
  ASSERT_EQ(len(s), 1000);
  // Backwards first, so the index is built by a late code point.
  for (int64_t i = 999; i >= 0; --i) ASSERT_EQ(s.code_point_at(i), expected[i]) << i;
  for (int64_t i = 0; i < 1000; ++i) ASSERT_EQ(ord(subscript(s, i - 1000)), static_cast<int64_t>(expected[i]));
  EXPECT_EQ(outcome([&] { return show(subscript(s, 1000)); }), "IndexError: string index out of range");
}

TEST(Str, HashIsCachedAndAgreesWithEquality) {
  Str a = Str::from_utf8("h\u00e9llo"), b = Str::from_ascii("h") + Str::from_utf8("\u00e9llo");
  EXPECT_NE(a.object(), b.object());
  EXPECT_EQ(hash(a), hash(b));
  EXPECT_EQ(a.object()->hash, hash(a));
  EXPECT_NE(hash(a), -1);
}

TEST(Str, BuilderCountsCodePoints) {
  StrBuilder builder;
  builder.append(Str::from_ascii("ab"));
  builder.append_code_point(0x1F600);
  builder.append_utf8("\u00e9\u00e9");
  Str s = builder.finish();
  EXPECT_EQ(len(s), 5);
  EXPECT_EQ(ord(subscript(s, 2)), 0x1F600);
  EXPECT_EQ(outcome([&] { return show(repeat(s, Int(1) << Int(70))); }),
            "OverflowError: cannot fit 'int' into an index-sized integer");
}

}  // namespace
}  // namespace ingot::rt
