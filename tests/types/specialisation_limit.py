def show(x):
    return [x]

a = show(1)
b = show(1.5)
c = show("s")
d = show(b"b")
e = show(None)
f = show((1, 2))
print(a, b, c, d, e, f)
