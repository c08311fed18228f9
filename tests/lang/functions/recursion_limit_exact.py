# The recursion limit is exact for functions that recurse through nothing
# but themselves (their depth is passed down, not counted in a global) as
# for any other: the deepest call that works, at two limits, from two depths.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def pairs(n):
    """Builds nested tuples: allocation, still nothing but itself."""
    if n <= 0:
        return (n, None)
    n -= 1
    return (pairs(n), n * 2.5)


def deepest(f):
    n = 0
    while True:
        try:
            f(n)
        except RecursionError as e:
            return n - 1, str(e)
        n += 1


def one_level_down(f):
    return deepest(f)


sys.setrecursionlimit(120)
print(deepest(down), one_level_down(down))
print(deepest(pairs), one_level_down(pairs))
sys.setrecursionlimit(75)
print(deepest(down), one_level_down(down))
sys.setrecursionlimit(1000)
print(down(900), pairs(3))
