# Pure self-recursive int functions run on machine integers first
# (codegen/int_speculation.cpp); every result here must be CPython's,
# also where int64 overflows and the rt::Int run takes over.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_pair(n, a, b):
    # A pure tail call: the accumulator stays 0.
    if n < 1:
        return a
    return fib_pair(n - 1, b, a + b)


def repeat_add(n, k):
    if n < 1:
        return 0
    return k + repeat_add(n - 1, k)


def power3(n):
    if n <= 0:
        return 1
    return 3 * power3(n - 1)


def digits(n):
    # Floor division and modulo of negative numbers, a local, an if-expression.
    if n == 0 or n == -1:
        return n
    last = n % 10
    return (last if last < 5 else -last) + digits(n // 10)


def bits(n, s):
    if s < 1:
        return n
    x = (n << 1) ^ (n >> 2) | (n & 7)
    return bits(x, s - 1) + ~s


def logic(a, b):
    if a <= 0 or b <= 0:
        return a and b or 7
    return logic(a - 1, b) + (a > b) + (not b) + (0 < a <= b < 100)


def unbound(n):
    if n > 3:
        y = n * 2
    if n < 1:
        return 0
    return unbound(n - 1) + (y if n > 3 else 1)


def halve(n, steps):
    # Parameters assigned in the body: no measure, the depth is checked.
    if n < 2:
        return steps
    n = n // 2
    steps += 1
    return halve(n, steps) + 0


def flag(b, n):
    if n < 1:
        return b + 0
    return flag(b, n - 1) + b


print([fib(n) for n in range(15)], fib(20))
print(fib(-3), fib(True), fib(False), fib(2.5), fib(2 ** 70 - 2 ** 70 + 10))
print(fib_pair(90, 0, 1), fib_pair(93, 0, 1), fib_pair(300, 0, 1) > 2 ** 200, fib_pair(300, 0, 1) % 1000003)
print(repeat_add(10, 2 ** 61), repeat_add(10, -(2 ** 61)), repeat_add(4, 2 ** 62), repeat_add(900, 2 ** 60) - 900 * 2 ** 60)
print(power3(39), power3(40), power3(41), power3(140) > 2 ** 200, power3(140) % 999983)
print(digits(123456789), digits(-98765), digits(10 ** 17 + 9))
print(bits(5, 10), bits(-5, 7), bits(2 ** 40, 30) % 1000007)
print(logic(5, 3), logic(3, 5), logic(0, 4), logic(4, 0), logic(-2, 3))
print(unbound(0), unbound(3), unbound(6))
print(flag(True, 5), flag(False, 5), flag(3, 5))
print(halve(1000, 0), halve(2 ** 61, 0), halve(2 ** 200, 3))
