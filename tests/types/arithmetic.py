a = 7 // 2
b = 7 / 2
c = 7 % 3
d = 2 ** 10
e = 2 ** -1
f = 1.5 * 2
g = -a
h = ~a
k = 1 << 4
def power(x, y):
    return x ** y
p = power(2, 3)
q = True + True
r = True & False
print(a, b, c, d, e, f, g, h, k, p, q, r)
