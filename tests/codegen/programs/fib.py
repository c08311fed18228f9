def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_float(n):
    if n < 2:
        return n * 1.0
    return fib_float(n - 1) + fib_float(n - 2)


for i in range(20):
    print(i, fib(i), fib_float(i))
print(fib(24))
