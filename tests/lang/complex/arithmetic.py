# complex arithmetic with ints, floats and complex, as CPython 3.11 does it
a = 3 + 4j
b = complex(1, -2)
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 1 / a, 2 ** a, a ** 3)
print(-a, +a, abs(a), abs(complex(-5, 12)), a.real, a.imag, a.conjugate(), (2j).conjugate())
print(1j * 1j, 1j ** 2, (1 + 1j) ** 10, (0.5 + 0.5j) ** 200, 0j ** 0, 0j ** 2)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, (-8.0) ** 2.0, 8 ** (1 / 3))
z = 0j
for k in range(1, 6):
    z = z * 1j + complex(k, -k)
print(z, bool(z), bool(0j), bool(-0.0j), not 1j)
c = 1 + 2j
c += 1
c *= 2j
c -= 0.5
c /= 1 + 1j
print(c)
def roots(p, q):
    d = (p * p - 4 * q) ** 0.5
    return (-p + d) / 2, (-p - d) / 2
print(roots(2, 5), roots(-3, 2))
def mandel(c):
    z = 0j
    for i in range(50):
        z = z * z + c
        if abs(z) > 2:
            return i
    return -1
print([mandel(complex(x / 4, 0.5)) for x in range(-8, 3)])
