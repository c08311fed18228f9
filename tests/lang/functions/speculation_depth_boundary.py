# The deepest pure recursion that still fits the limit, called from
# different depths: the machine-integer clone runs without depth checks
# only where none could fail (codegen/int_speculation.cpp).
import sys


def down(n):
    if n <= 0:
        return 0
    return down(n - 1) + 1


def down2(n):
    # No measure: the argument does not decrease by a constant.
    if n < 1:
        return 0
    return down2(n // 2 + n // 2 - 1 + (n % 2)) + 1


def probe(f, lo, hi):
    deepest = None
    for n in range(lo, hi):
        try:
            f(n)
            deepest = n
        except RecursionError:
            pass
    return deepest


def nested(k, f, lo, hi):
    if k == 0:
        return probe(f, lo, hi)
    return nested(k - 1, f, lo, hi)


print(probe(down, 980, 1005), nested(10, down, 970, 1000), probe(down2, 980, 1005))
sys.setrecursionlimit(200)
print(probe(down, 180, 205), nested(5, down, 180, 205), probe(down2, 180, 205))
sys.setrecursionlimit(3000)
print(probe(down, 2980, 3005))
