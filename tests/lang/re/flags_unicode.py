# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline), and str
# patterns on non-ASCII text: positions are code points.
import re

print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE))
print(re.findall(r"^\w+", "one\ntwo"))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S).group() == "a\nc")
print(re.findall(r"straße", "STRASSE Straße", re.I))
print(re.match(r"ÉTÉ", "été", re.IGNORECASE).group())
pattern = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.search("call 555 1234 now").groups())
print(pattern.flags)
print(re.findall(r"\w+", "naïve café ünï 42"))
print(re.findall(r"\w+", "naïve café", re.ASCII))
print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.A))
s = "héllo wörld ñ"
for m in re.finditer(r"\w+", s):
    print(m.group(), m.span(), s[m.start():m.end()])
print(re.sub(r"ö", "oe", s), re.split(r"\s", s))
print(re.compile(r"(?P<w>w\w+)").search(s, 3).span("w"))
print(re.compile("é+", re.I).search("xÉéÉy").span())
print(re.match(r"\u00e9\N{LATIN SMALL LETTER E WITH ACUTE}\x41", "ééA").group())
print(re.search(r"[^\W\d]+", "12àb3").group())
print(re.compile("a", re.I | re.S | re.X | re.A))
print(re.findall(r"(?x) a b  c # comment", "abc a b c"))
print(re.match(r"a{,2}b{2,}c{1}", "aabbbc").group(), re.match(r"x{}", "x{}").group())
