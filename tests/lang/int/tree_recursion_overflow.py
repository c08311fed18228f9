# Tree recursion on ints whose sums reach past 2**63: the compiled program
# first tries machine integers (and, where it can bound the values, runs
# them without overflow checks); every result must still be the exact int.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def scaled(n, x):
    # Each leaf is x: the sum is fib-like times x.
    if n < 1:
        return x
    return scaled(n - 1, x) + scaled(n - 2, x)


def drift(n, k):
    # k moves up and down by 1 per level: leaves near 2**63 leave int64.
    if n <= 0:
        return k
    return drift(n - 1, k + 1) + drift(n - 1, k - 1) - k


def wave(n, x):
    # Mixed signs: partial sums in another grouping could pass 2**63.
    if n < 1:
        return -x
    return x + wave(n - 1, x) + x + wave(n - 2, x) - x


def power_tree(n, b):
    if n < 1:
        return 1
    return power_tree(n - 1, b) * b + power_tree(n - 1, b) - power_tree(n - 1, b)


def shifts(n, s):
    if n < 1:
        return s
    return (shifts(n - 1, s) << 1) + (shifts(n - 2, s) >> 1) + (shifts(n - 1, s) & 7)


for n in (0, 1, 2, 20, 25):
    print("fib", n, fib(n))
for x in (1, 3, -5, 2**40, 2**50, 2**55, 2**62, -2**62, 2**63 - 1, -2**63, 2**64):
    print("scaled", x, scaled(12, x), scaled(1, x), scaled(0, x))
for k in (0, 2**63 - 12, 2**63 - 2, -2**63 + 3, 2**63, -2**63 - 1):
    print("drift", k, drift(6, k))
for x in (7, 2**58, 2**59, 2**60, -2**60, 2**62):
    print("wave", x, wave(8, x))
for b in (2, 3, 2**20, 2**21, 2**31, -2**31, 2**40):
    print("power_tree", b, power_tree(3, b))
for s in (1, 2**50, 2**55, -2**55, 2**60):
    print("shifts", s, shifts(10, s))
# A negative measure: no recursion at all.
print(fib(-5), scaled(-3, 2**63), drift(-1, 2**70))
