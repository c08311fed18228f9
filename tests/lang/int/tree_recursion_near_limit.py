# Tree recursion whose arguments sit next to the int64 bounds and whose
# measure is large: the values must stay exact, whichever path computes them.
import sys


def count(n, lo, hi):
    # Two calls per level, only the measure n changes.
    if n < 3:
        return hi - lo
    return count(n - 1, lo, hi) + count(n - 3, lo, hi)


def steps(n, a):
    if n <= 1:
        return a * n
    return steps(n - 2, a + 3) - steps(n - 1, a - 2)


def both(n, m):
    if n < 1:
        return m
    if m > 10**18:
        return both(n - 1, m // 2) + both(n - 2, m // 3)
    return both(n - 1, m * 3) + both(n - 2, m - 1)


for lo, hi in ((0, 1), (-2**62, 2**62), (-2**63, 2**63 - 1), (2**63 - 1, -2**63), (5, 2**61)):
    print("count", lo, hi, count(18, lo, hi))
for a in (0, 1, -1, 2**62, -2**63, 2**63 - 7):
    print("steps", a, steps(16, a), steps(1, a), steps(0, a))
for m in (1, 10**17, 10**18, 2**62, -2**62):
    print("both", m, both(12, m))
def wide(n, x):
    # Deep but few calls: the depth check, not the values, is what is near.
    if n < 1:
        return x
    return wide(n - 1, x) + wide(n - 50, x)


sys.setrecursionlimit(120)
print("wide", wide(100, 2**57), wide(100, 2**62))
try:
    print(wide(130, 1))
except RecursionError:
    print("wide 130: RecursionError")
