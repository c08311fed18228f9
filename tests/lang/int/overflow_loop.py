a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
p = 1
for i in range(1, 40):
    p = p * 1000003 + i
print(p, p % 2 ** 64, p.bit_length())
n = 2 ** 63 - 1
print(n + 1, n * 2, -n - 2, n * n)
s = 0
for i in range(1000):
    s += i * i * i * i * i * i * i
print(s)
