i = 42
f = 3.5
b = True
s = "text"
by = b"raw"
n = None
big = 2 ** 100
print(i, f, b, s, by, n, big)
