# Self-recursive sums whose calls have effects keep CPython's order: not
# speculated, their prints show each call as it happens.
calls = []


def fib(n):
    print('enter', n)
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count(n):
    calls.append(n)
    if n < 1:
        return 0
    return n + count(n - 1)


print(fib(4))
print(count(5), calls)
