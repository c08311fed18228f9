# `s += t` and `s = s + t` on a local grow the string in place only while
# no one else holds it: every value taken from the variable (a copy, a list
# item, a dict value, locals(), a loop rebinding it) keeps what it saw.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def lines(words, width):
    out = []
    line = ""
    for w in words:
        if len(line) + len(w) + 1 > width and line:
            out.append(line)
            line = ""
        line += (" " if line else "") + w
    out.append(line)
    return out


def aliasing():
    s = "ab"
    s += "c"
    t = s
    s += "d"
    keep = [s]
    s += "e"
    s += s
    d = {"k": s}
    s += "é"
    s += "ü" * 70
    u = s
    s += "x"
    for s in ["p", "q"]:
        s += "!"
        keep.append(s)
    return t, keep, d, u[-3:], len(u), s, u[70], u[72]


def non_ascii():
    w = "é" * 100
    w += "x" * 100
    first = w[150]
    w += "ü"
    w += "y" * 64
    return first, w[150], w[199], w[200], w[-1], len(w), w.index("ü"), hash(w) == hash("é" * 100 + "x" * 100 + "ü" + "y" * 64)


def rebuilt(n):
    s = ""
    seen = []
    for i in range(n):
        s = s + chr(97 + i % 26)
        if i % 10 == 9:
            seen.append(s)
        s = s + ""
    t = s
    s = s + "!"
    return len(s), s[-5:], t[-5:], seen[:2], len(seen[-1])


def through_locals():
    s = "a"
    s += "b"
    names = locals()
    s += "c"
    return names["s"], s


def unbound():
    if False:
        s = ""
    s += "x"


print(len(build(100000)), build(25))
print(lines("the quick brown fox jumps over the lazy dog again and again".split(), 12))
print(aliasing())
print(non_ascii())
print(through_locals())
print(rebuilt(50000))
unbound()
