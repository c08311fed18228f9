# The byte-level fast paths of str against their Unicode paths: the
# is*() predicates answered from a table for ASCII characters, title /
# capitalize / swapcase of ASCII text, case mappings that keep or change
# a character's UTF-8 size, splitlines over every line break, the searches
# with one- and many-byte needles, and equality and hashing of keys of
# every length up to past 32 bytes (compared a word at a time).

samples = [chr(c) for c in range(0x180)] + ["\u0660", "\u00b2", "\u2160", "\u2028", "\u3000", "\u01c5",
                                             "\u1e9e", "\U0001d4b3", "\U0001f600", "\u0345"]
predicates = [("isdigit", lambda c: c.isdigit()), ("isdecimal", lambda c: c.isdecimal()),
              ("isnumeric", lambda c: c.isnumeric()), ("isalpha", lambda c: c.isalpha()),
              ("isalnum", lambda c: c.isalnum()), ("isspace", lambda c: c.isspace()),
              ("isprintable", lambda c: c.isprintable()), ("islower", lambda c: c.islower()),
              ("isupper", lambda c: c.isupper()), ("istitle", lambda c: c.istitle()),
              ("isidentifier", lambda c: c.isidentifier())]
for name, predicate in predicates:
    bits = "".join("1" if predicate(c) else "0" for c in samples)
    print(name, bits.count("1"), int(bits, 2) % 1000000007)

words = ["", "a", "hello world", "HELLO wORLD", "o'neil mc-donald", "3rd place 2ND", "abc\tdef\nghi",
         "ǅemal", "ßtraße", "hello ñandú", "ΣΑΣ σας", "ﬁsh ﬂy", "éa éB", "x_y z9a", "İi ıI", "ŉ ǰ"]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.upper()), repr(w.lower()))
    print(w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum(), w.isspace(), w.isprintable(),
          w.isascii(), w.isidentifier())

# Mappings that change a character's size in the middle of ASCII text.
for w in ["xxİxx", "aȺb", "aⱥb", "ǅx", "Ω K Å", "ß" * 3, "abcﬃ", "tesT\u0130", "ABC\u03a3", "\u03a3abc"]:
    print(repr(w.lower()), repr(w.upper()), repr(w.casefold()), len(w.lower()), len(w.upper()))

lines = ["", "a", "a\n", "a\nb", "a\r\nb\rc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u2029k", "\n\n", "\r\n\r",
         "é\nü\r\n", "no break é", "\x1f\x1b\u2027\u202a", "x\r", "\r\n"]
for t in lines:
    print(t.splitlines(), t.splitlines(True), [len(x) for x in t.splitlines()])

text = "the quick brown fox, jumps over. the lazy dog; Zürich naïve café = ok"
for needle in ["o", "the", ",", "é", "ü", "naïve", "", "z", "dog;", "café = ok", "Zürich naïve café = ok!"]:
    print(repr(needle), text.find(needle), text.rfind(needle), text.count(needle), needle in text,
          text.startswith(needle), text.endswith(needle), text.find(needle, 10), text.find(needle, 5, 30),
          len(text.replace(needle, "<>")), text.partition(needle)[0][-5:] if needle else 0,
          text.split(needle)[:3] if needle else 0)
print("ab".endswith("é"), "é".endswith("b"), "aé".startswith("é", 1), "aé".endswith("aé", 0, 1))

# Keys of each size, differing in one byte at each place (same length,
# same first and last bytes), and equal ones made apart.
for size in [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40, 70]:
    base = "".join(chr(97 + i % 26) for i in range(size))
    keys = [base] + [base[:i] + "#" + base[i + 1:] for i in range(size)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    same = "".join(base[i] for i in range(size))
    print(size, len(d), d[same] if size else d[""], same == base, [d[k] for k in keys] == list(range(len(keys))),
          hash(same) == hash(base), same in set(keys), (same + "x")[:-1] in d)
print(hash(""), hash(b""), hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(b"ab" + b"c"),
      hash("é" * 20) == hash("é" * 10 + "é" * 10), hash("x") != -1)

counts = {}
for w in (text + " " + text.upper()).lower().split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
del counts["the"]
counts["the"] = 9
print(list(counts)[-3:], counts.pop("dog;"), "dog;" in counts, len(counts))
