# str.split/rsplit/strip/lstrip/rstrip with a separator or character set
# that is a variable which may hold None, as wrappers pass their defaults on.
def fields(line, sep=None, maxsplit=-1):
    return line.split(sep, maxsplit), line.rsplit(sep, 1)


def trimmed(text, chars=None):
    return text.strip(chars), text.lstrip(chars), text.rstrip(chars)


print(fields("a b  c"), fields("a,b,,c", ","), fields("k=v=w", "=", 1))
print(trimmed("  x y  "), trimmed("--x-y--", "-"), trimmed("xxyxx", "x"))
for sep in [None, " ", "b"]:
    print(repr(sep), "a b  b c".split(sep), " a b ".strip(sep))
