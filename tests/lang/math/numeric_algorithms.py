import math
def newton_sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2), newton_sqrt(2) == math.sqrt(2), newton_sqrt(1e10))
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += f(a + i * h) * (4 if i % 2 else 2)
    return s * h / 3
print(simpson(math.sin, 0, math.pi), simpson(lambda x: x * x, 0, 3))
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
ps = sieve(1000)
print(len(ps), ps[-5:], sum(ps))
print(sum(1 / math.factorial(k) for k in range(20)), math.e)
