import sys


def describe(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"


def total(n):
    return sum(i * i for i in range(n) if i % 3 != 0)


print(describe(-3), describe(0), describe(5))
print(str(42) + "!", repr("it's"), str(2.5), str(True), int("  -17 "), int(3.99), int(-3.99), float("1e3"))
print(abs(-7), abs(-2.5), abs(True), len("héllo"), len(sys.argv))
print(total(10), total(0), sum(i for i in range(-3, 100, 7)))
print("%d items at %.2f each, %s" % (3, 1.5, "ok"), "%5d|" % 42)
a, b = 1, 2
a, b = b, a + b
x = y = 7
print(a, b, x, y)
print(1e300 * 1e10, -1e300 * 1e10, 2 ** 0.5 == 2 ** 0.5)
