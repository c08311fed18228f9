// Literal tokens against CPython, computed by python3 at test time: every
// string prefix, generated string literals mixing every kind of escape (valid
// and broken) with non-ASCII text, and numbers of every base, size and form.
#include "parse/literal.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>

#include "base/python_oracle.h"

namespace ingot {
namespace {

using testing::unhex;

std::vector<std::string> fields(const std::string& line) { return testing::split_fields(line, ' '); }

TEST(SplitStringToken, EveryPrefixAndQuote) {
  std::vector<std::string> lines = testing::python_lines(R"py(
import ast, itertools
for n in range(4):
    for letters in itertools.product('rRbBfFuU', repeat=n):
        prefix = ''.join(letters)
        try: ast.parse(prefix + "''")
        except SyntaxError: continue
        for quote in ["'", '"', "'''", '"""']:
            body = 'a\\n{1}' + ('"' if "'" in quote else "'")
            token = prefix + quote + body + quote
            value = ast.parse(token, mode='eval').body
            raw = len(eval(prefix.replace('f', '').replace('F', '') + "'\\n'")) == 2
            print(token.encode().hex(), int(raw), int('b' in prefix.lower()), int(isinstance(value, ast.JoinedStr)),
                  int(getattr(value, 'kind', None) == 'u'), body.encode().hex(), len(prefix) + len(quote))
)py");
  ASSERT_EQ(lines.size(), 25u * 4);  // '', 8 one-letter and 16 two-letter prefixes
  for (const std::string& line : lines) {
    std::vector<std::string> f = fields(line);
    std::string token = unhex(f[0]);
    StringToken s = split_string_token(token);
    EXPECT_EQ(s.raw, f[1] == "1") << token;
    EXPECT_EQ(s.bytes, f[2] == "1") << token;
    EXPECT_EQ(s.fstring, f[3] == "1") << token;
    EXPECT_EQ(s.unicode, f[4] == "1") << token;
    EXPECT_EQ(s.body, unhex(f[5])) << token;
    EXPECT_EQ(s.body_offset, std::stoi(f[6])) << token;
  }
}

TEST(DecodeString, AppendsToOutput) {
  std::string out = "x", error;
  ASSERT_TRUE(decode_string("\\x41", false, false, out, error));
  ASSERT_TRUE(decode_string("\\x41", true, true, out, error));
  EXPECT_EQ(out, "xA\\x41");
}

// Literal bodies built from fragments: every escape, complete and cut short,
// \N{} with real names in any case, aliases, algorithmic and bogus names,
// non-ASCII text (which shifts CPython's error positions), backslashes
// before non-ASCII characters, and quotes. Only texts that tokenize as one
// STRING token are kept.
constexpr const char* kStringLiterals = R"py(
import io, random, sys, tokenize, unicodedata, warnings
warnings.simplefilter('ignore')
random.seed(2)
names = [unicodedata.name(chr(c), '') for c in range(0x30000)]
names = [n for n in names if n]
hexdigits = '0123456789abcdefABCDEF'
def hex_run(n): return ''.join(random.choice(hexdigits) for _ in range(n))
def name():
    r = random.random()
    if r < 0.5: n = random.choice(names)
    elif r < 0.6: n = random.choice(['NBSP', 'BOM', 'LATIN CAPITAL LETTER GHA', 'ZWJ', 'NULL', 'LINE FEED',
                                     'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'HANGUL SYLLABLE GAG'])
    elif r < 0.7: n = 'CJK UNIFIED IDEOGRAPH-' + random.choice(['4E00', '4e00', '20000', '9FFF', '4DBF', 'FFFF', '4E0'])
    elif r < 0.8: n = random.choice(['', 'foo', 'LATIN SMALL LETTER', 'ä', 'A\\', '\\}', 'SPACE '])
    else: n = random.choice(names).lower()
    return n if random.random() < 0.5 else ''.join(random.choice([c.lower(), c.upper()]) for c in n)
def fragment():
    return random.choice([
        lambda: random.choice('abc xyz019{}'),
        lambda: random.choice(['\'', '"', '\t', '\x0c', '\x7f', '\x01']),
        lambda: random.choice(['é', '€', '😀', 'ÿ', '\u2028', chr(random.randrange(0x80, 0xd800)), chr(random.randrange(0xe000, 0x110000))]),
        lambda: '\\' + random.choice('\\\'"abfnrtv\n'),
        lambda: '\\' + ''.join(random.choice('012345678') for _ in range(random.randint(1, 4))),
        lambda: '\\x' + hex_run(random.randint(0, 3)),
        lambda: '\\u' + hex_run(random.randint(0, 5)),
        lambda: '\\U' + random.choice([hex_run(random.randint(0, 9)), '0010ffff', '00110000', 'ffffffff', '0000d800', '0001F600']),
        lambda: '\\N' + random.choice(['{' + name() + '}', '{' + name() + '}', '{' + name(), '', 'x', '{}']),
        lambda: '\\' + random.choice(['d', 'z', '8', '9', ' ', 'é', '€', '😀', '{', 'N{']),
    ])()
def valid_token(text):
    try: tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError): return False
    return tokens[0].type == tokenize.STRING and tokens[0].string == text
for _ in range(60000):
    body = ''.join(fragment() for _ in range(random.randint(0, 6)))
    prefix = random.choice(['', '', 'r', 'u', 'R', 'b', 'B', 'rb', 'bR'])
    if 'b' in prefix.lower() and random.random() < 0.8:
        body = body.encode('ascii', 'ignore').decode()
    quote = random.choice(["'", '"', "'''", '"""'])
    token = prefix + quote + body + quote
    if not valid_token(token): continue
    try: value = eval(compile(token, '<s>', 'eval'))
    except SyntaxError as e: print(token.encode().hex(), 'error', e.msg.encode().hex()); continue
    if isinstance(value, str): value = value.encode('utf-8', 'surrogatepass')
    print(token.encode().hex(), 'ok', value.hex())
)py";

TEST(DecodeString, MatchesPython) {
  std::vector<std::string> lines = testing::python_lines(kStringLiterals);
  ASSERT_GT(lines.size(), 10000u);
  int failures = 0, errors = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = fields(line);
    std::string token = unhex(f[0]), expected = unhex(f[2]);
    StringToken s = split_string_token(token);
    std::string out, error;
    bool ok = decode_string(s.body, s.raw, s.bytes, out, error);
    std::string got = ok ? out : error;
    EXPECT_EQ(ok, f[1] == "ok") << token;
    EXPECT_EQ(got, expected) << token;
    errors += !ok;
    if ((ok != (f[1] == "ok") || got != expected) && ++failures == 20) FAIL() << "giving up after 20 failures";
  }
  EXPECT_GT(errors, 1000);  // the generator reaches the error paths
}

// Ints of every base and up to thousands of digits; floats in every layout,
// with long mantissas, huge and tiny exponents, and the exact decimal
// expansions of halfway points between neighbouring doubles (the hard case
// for correct rounding); imaginary numbers.
constexpr const char* kNumbers = R"py(
import random, struct, sys
from decimal import Decimal, getcontext
import math
sys.set_int_max_str_digits(0)
getcontext().prec = 2000
random.seed(3)
def digits(n, alphabet='0123456789'): return ''.join(random.choice(alphabet) for _ in range(n))
def underscored(s):
    return ''.join(c + ('_' if random.random() < 0.1 and i + 1 < len(s) else '') for i, c in enumerate(s))
def decimal_int():
    n = random.choice([1, 2, 5, 19, 20, 40, 300, 5000])
    return underscored(random.choice('123456789') + digits(random.randint(0, n - 1))) if random.random() < 0.95 else random.choice(['0', '00', '0_0'])
def based_int():
    base, alphabet = random.choice([('x', '0123456789abcdefABCDEF'), ('o', '01234567'), ('b', '01')])
    body = underscored(digits(random.randint(1, random.choice([1, 3, 16, 64, 2000])), alphabet))
    return '0' + random.choice([base, base.upper()]) + ('_' if random.random() < 0.2 else '') + body
def halfway():
    x = abs(struct.unpack('<d', struct.pack('<Q', random.getrandbits(63)))[0])
    if not math.isfinite(x): x = 1.0
    text = format(Decimal(x) + (Decimal(math.nextafter(x, math.inf)) - Decimal(x)) / 2, 'E')
    return text.replace('+', '')
def float_text():
    r = random.random()
    if r < 0.3: return halfway()
    mantissa = digits(random.randint(0, 25))
    frac = digits(random.randint(0, 25))
    if not mantissa and not frac: mantissa = '0'
    text = underscored(mantissa) + random.choice(['.', '.', '']) + underscored(frac) if mantissa else '.' + underscored(frac)
    if '.' not in text or random.random() < 0.5:
        text += random.choice('eE') + random.choice(['', '+', '-']) + underscored(str(random.choice([random.randint(0, 30), random.randint(0, 400), 10**random.randint(1, 30)])))
    return text
def bits(x): return format(struct.unpack('<Q', struct.pack('<d', x))[0], '016x')
for _ in range(30000):
    r = random.random()
    text = decimal_int() if r < 0.2 else based_int() if r < 0.4 else float_text()
    if random.random() < 0.15 and text[:2].lower() not in ('0x', '0o', '0b'): text += random.choice('jJ')
    value = eval(text)
    if isinstance(value, int): print(text, 'int', value)
    elif isinstance(value, float): print(text, 'float', bits(value))
    else: print(text, 'complex', bits(value.imag))
)py";

TEST(ParseNumber, MatchesPython) {
  std::vector<std::string> lines = testing::python_lines(kNumbers);
  ASSERT_EQ(lines.size(), 30000u);
  Arena arena;
  int failures = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> f = fields(line);
    ast::Value value = parse_number(f[0], arena);
    bool ok;
    if (f[1] == "int") {
      ok = value.kind == ast::Value::Kind::Int && value.text == f[2];
    } else {
      auto kind = f[1] == "float" ? ast::Value::Kind::Float : ast::Value::Kind::Complex;
      ok = value.kind == kind && std::bit_cast<uint64_t>(value.number) == std::stoull(f[2], nullptr, 16);
    }
    EXPECT_TRUE(ok) << f[0] << " should be " << f[1] << " " << f[2] << "; got " << static_cast<int>(value.kind) << " "
                    << value.text << " " << value.number;
    if (!ok && ++failures == 20) FAIL() << "giving up after 20 failures";
  }
}

}  // namespace
}  // namespace ingot
