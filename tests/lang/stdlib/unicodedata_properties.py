# unicodedata: names both ways, the per-character properties, the four
# normal forms, and CPython's errors.
import unicodedata

samples = "aZ5\u00bd\u00e9\u0301\u0308\u00c5\u212b\u1e9b\u0323\uac00\uac01\u4e00\u20000"\
    "\uf900\u2163\u00b2\u0f33\u05d0\u0661\u06f5\uff21\u3000 (\u2028\ufb01\U0001f600\U0001d400"\
    "\u0378\ud800\ue000\U000e0001\x00\x7f"
for c in samples:
    print("%04x" % ord(c), unicodedata.name(c, "-"), unicodedata.category(c),
          repr(unicodedata.bidirectional(c)), unicodedata.combining(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))

for name in ["LATIN SMALL LETTER A", "latin small letter e with acute", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900", "GRINNING FACE",
             "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "SPACE"]:
    c = unicodedata.lookup(name)
    print(name, "%04x" % ord(c), unicodedata.name(c))

count = 0
for code in range(0, 0x3400, 7):
    c = chr(code)
    name = unicodedata.name(c, None)
    if name is not None:
        count += 1
        assert unicodedata.lookup(name) == c, name
print("names", count)

texts = ["caf\u00e9", "cafe\u0301", "\u212b\u2126", "\ufb01x\u00b2", "\u1e9b\u0323",
         "\u1100\u1161\u11a8", "\uac01", "q\u0307\u0323", "\u0041\u030a\u0301", "plain", ""]
for text in texts:
    forms = [unicodedata.normalize(form, text) for form in ["NFC", "NFD", "NFKC", "NFKD"]]
    print([ascii(f) for f in forms],
          [unicodedata.is_normalized(form, text) for form in ["NFC", "NFD", "NFKC", "NFKD"]])
print(unicodedata.unidata_version)

attempts = [
    lambda: unicodedata.name("\x00"), lambda: unicodedata.name("ab"),
    lambda: unicodedata.category(""), lambda: unicodedata.combining(5),
    lambda: unicodedata.decimal("a"), lambda: unicodedata.digit("x"),
    lambda: unicodedata.numeric("b"), lambda: unicodedata.lookup("NO SUCH THING"),
    lambda: unicodedata.normalize("NFX", "a"), lambda: unicodedata.normalize("NFC", 5),
    lambda: unicodedata.is_normalized(1, "a"),
]
for attempt in attempts:
    try:
        attempt()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
