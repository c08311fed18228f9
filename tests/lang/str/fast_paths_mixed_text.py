# The str fast paths (ASCII bytes inside non-ASCII text, exact-size
# building, int digits written in place) against their slow paths:
# non-ASCII, empty strings, final sigma, multi-character case mappings,
# Unicode whitespace and digits, and the error messages.

words = ["Zürich", "NAÏVE", "café", "ΣΑΣ", "ΟΔΟΣ ΣΑΣ.", "İstanbul", "straße", "ﬁne", "", "abc", "\u0345x"]
for w in words:
    print(repr(w.lower()), repr(w.upper()), repr(w.casefold()), len(w.lower()), len(w.upper()))

texts = [" héllo\u3000wörld\u2028x ", "a\x1cb\x1dc\x1ed\x1fe", "\u00a0x\u00a0y", "", "   ", "naïve",
         "one two  three ", " é ", "\x85tab\tline\nend\x0b"]
for t in texts:
    parts = t.split()
    print(parts, [len(p) for p in parts], t.split(maxsplit=0), t.split(None, 1), t.rsplit(None, 1))
    print(t.split(maxsplit=2), [p.upper() for p in t.split()])

for s, old, new in [("aXbXc", "X", "--"), ("héllo", "l", "L"), ("abc", "", "-"), ("é", "", "·"),
                    ("aaa", "a", ""), ("aaaa", "a", "bb"), ("abc", "z", "y"), ("ééé", "é", "e"), ("", "", "x")]:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 2)), repr(s.replace(old, new, 0)),
          len(s.replace(old, new)))

for text in [" 42 ", "-7", "+0", "007", "1_000", "٣٤", "\u3000 12\u3000", "-999999999999999999",
             "123456789012345678901234", "  +5\n", "0"]:
    print(int(text))
for bad in ["", " ", "+", "1 2", "1__0", "4a", "-", "_1", "1_", "0x10", "١ ٢", "é"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)

n = 12345
big = 10 ** 25
neg = -(2 ** 62)
print(f"{n}:{n * n}|{big}|{neg}|{neg - 1}|{True}|{0}|{-1}|{n!s}|{n!r}|{n:>8}|{'é'}{''}")
print(f"", f"{'a'}", f"{7}", f"x{''}y")
print("k" + str(n) + ":" + str(-n) + "é", "k" + str(big), "a" + "" + "b", "" + str(0))
sep = "é"
print(sep + str(n) + sep, len(sep + str(n) + sep))
print(",".join(f"{i}:{i * i}" for i in range(12)), "".join(s for s in []), "-".join(c for c in "héllo" if c != "l"))
print(repr(" ".join(str(i) for i in range(3))), "|".join(w.lower() for w in words if w))
